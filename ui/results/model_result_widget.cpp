#include "results/model_result_widget.h"

#include "results/columns_tab.h"
#include "results/downstream_tab.h"
#include "results/overview_tab.h"
#include "results/primary_keys_tab.h"
#include "results/profiles_panel.h"
#include "results/result_widgets.h"
#include "results/values_tab.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tidemark::ui {

using namespace results;
using namespace results::widgets;

ModelResultWidget::ModelResultWidget(QWidget *parent)
    : QWidget(parent)
{
    m_exportJsonAction = new QAction(tr("Export as JSON…"), this);
    m_exportJsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    m_exportCsvAction = new QAction(tr("Export as CSV…"), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportJsonAction, &QAction::triggered, this,
            &ModelResultWidget::exportJsonInteractively);
    connect(m_exportCsvAction, &QAction::triggered, this,
            &ModelResultWidget::exportCsvInteractively);
    addAction(m_exportJsonAction);
    addAction(m_exportCsvAction);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { color: %1; padding: 24px; }").arg(QLatin1String(kMutedText)));
    m_stack->addWidget(m_message);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(8, 8, 8, 8);
    pageLayout->setSpacing(8);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_exportButton = new QPushButton(tr("Export"), page);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(m_exportJsonAction);
    menu->addAction(m_exportCsvAction);
    m_exportButton->setMenu(menu);
    header->addWidget(m_exportButton, 0, Qt::AlignTop);
    pageLayout->addLayout(header);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new results::OverviewTab;
    m_tabs->addTab(m_overview, tr("Overview"));
    m_columns = new results::ColumnsTab;
    m_tabs->addTab(m_columns, tr("Columns"));
    m_primaryKeys = new results::PrimaryKeysTab;
    m_tabs->addTab(m_primaryKeys, tr("Primary keys"));
    m_values = new results::ValuesTab;
    m_tabs->addTab(m_values, tr("Values"));
    m_profiles = new ProfilesPanel(m_tabs);
    m_profiles->setObjectName(QStringLiteral("profilesPanel"));
    m_tabs->addTab(m_profiles, tr("Profiles"));
    m_downstream = new results::DownstreamTab;
    m_tabs->addTab(m_downstream, tr("Downstream"));
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { Q_EMIT currentTabChanged(Tab(index)); });
    connect(m_downstream, &results::DownstreamTab::activated, this,
            &ModelResultWidget::downstreamActivated);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ModelResultWidget::~ModelResultWidget() = default;

void ModelResultWidget::setResult(const diff::DiffResult &result, const ModelContext &context)
{
    m_result = result;
    m_context = context;
    m_exportJsonAction->setEnabled(true);
    m_exportCsvAction->setEnabled(true);
    m_exportButton->setEnabled(true);

    updateHeader();
    m_overview->setResult(result);
    m_columns->setResult(result);
    m_primaryKeys->setResult(result, context);
    m_values->setResult(result);
    m_profiles->setResult(result);
    m_downstream->setEntries(context.downstream);
    m_stack->setCurrentIndex(1);
}

void ModelResultWidget::showMessage(const QString &message)
{
    m_result.reset();
    m_message->setText(message);
    m_exportJsonAction->setEnabled(false);
    m_exportCsvAction->setEnabled(false);
    m_exportButton->setEnabled(false);
    m_stack->setCurrentIndex(0);
}

void ModelResultWidget::clear()
{
    m_result.reset();
    m_context = {};
    m_overview->clear();
    m_columns->clear();
    m_primaryKeys->clear();
    m_values->clear();
    m_profiles->clear();
    m_downstream->clear();
    showMessage(tr("No result to show."));
}

void ModelResultWidget::setDownstream(std::vector<DownstreamEntry> entries)
{
    m_context.downstream = entries;
    m_downstream->setEntries(std::move(entries));
}

ModelResultWidget::Tab ModelResultWidget::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ModelResultWidget::setValuesWidget(QWidget *widget)
{
    m_values->setValuesWidget(widget);
}

QWidget *ModelResultWidget::valuesWidget() const
{
    return m_values->valuesWidget();
}

void ModelResultWidget::updateHeader()
{
    const diff::DiffResult &r = *m_result;
    const QString title = m_context.modelName.isEmpty() ? tr("%1 ↔ %2").arg(r.tableA, r.tableB)
                                                        : m_context.modelName;
    m_title->setText(title);
    QStringList parts;
    if (m_context.status == QLatin1String("new"))
        parts << tr("new model");
    else if (m_context.status == QLatin1String("modified"))
        parts << tr("modified");
    else if (m_context.status == QLatin1String("impacted"))
        parts << tr("impacted");
    else if (!m_context.status.isEmpty())
        parts << m_context.status;
    parts << tr("prod: %1").arg(r.tableA) << tr("PR: %1").arg(r.tableB);
    m_subtitle->setText(parts.join(QStringLiteral("   ·   ")));
}

Expected<void> ModelResultWidget::exportJson(const QString &path) const
{
    if (!m_result)
        return Error {tr("There is no result to export.")};
    return exporting::writeJson(*m_result, path);
}

Expected<void> ModelResultWidget::exportCsv(const QString &path, CsvTable table) const
{
    if (!m_result)
        return Error {tr("There is no result to export.")};
    return exporting::writeCsv(*m_result, table, path);
}

namespace {

QString baseName(const ModelContext &context, const diff::DiffResult &result)
{
    QString name = context.modelName.isEmpty() ? result.tableB : context.modelName;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("diff") : name;
}

} // namespace

void ModelResultWidget::exportJsonInteractively()
{
    if (!m_result)
        return;
    const QString suggested
        = QDir::home().filePath(baseName(m_context, *m_result) + QStringLiteral(".json"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export as JSON"), suggested, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto written = exportJson(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
        Q_EMIT exportFailed(written.errorMessage());
        return;
    }
    Q_EMIT exported(path);
}

void ModelResultWidget::exportCsvInteractively()
{
    if (!m_result)
        return;
    const std::pair<CsvTable, QString> tables[] = {
        {CsvTable::Summary, tr("Summary table (*.csv)")},
        {CsvTable::Columns, tr("Columns table (*.csv)")},
        {CsvTable::Samples, tr("Samples table (*.csv)")},
        {CsvTable::Profiles, tr("Profiles table (*.csv)")},
    };
    // The table that matches the tab in view is offered first.
    CsvTable preferred = CsvTable::Summary;
    switch (m_tabs->currentIndex()) {
    case ColumnsTab: preferred = CsvTable::Columns; break;
    case ValuesTab: preferred = CsvTable::Samples; break;
    case ProfilesTab: preferred = CsvTable::Profiles; break;
    default: break;
    }
    QStringList filters;
    QString selected;
    for (const auto &[table, filter] : tables) {
        filters << filter;
        if (table == preferred)
            selected = filter;
    }
    const QString suggested = QDir::home().filePath(
        baseName(m_context, *m_result) + QLatin1Char('-')
        + QLatin1String(exporting::toString(preferred)) + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as CSV"), suggested, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    CsvTable chosen = preferred;
    for (const auto &[table, filter] : tables) {
        if (filter == selected)
            chosen = table;
    }
    const auto written = exportCsv(path, chosen);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
        Q_EMIT exportFailed(written.errorMessage());
        return;
    }
    Q_EMIT exported(path);
}

} // namespace tidemark::ui
