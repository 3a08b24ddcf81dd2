#include "results/model_result_widget.h"

#include "results/profiles_panel.h"
#include "results/result_models.h"
#include "results/result_widgets.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

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
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildColumns(), tr("Columns"));
    m_tabs->addTab(buildPrimaryKeys(), tr("Primary keys"));
    m_tabs->addTab(buildValues(), tr("Values"));
    m_profiles = new ProfilesPanel(m_tabs);
    m_profiles->setObjectName(QStringLiteral("profilesPanel"));
    m_tabs->addTab(m_profiles, tr("Profiles"));
    m_tabs->addTab(buildDownstream(), tr("Downstream"));
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { Q_EMIT currentTabChanged(Tab(index)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ModelResultWidget::~ModelResultWidget() = default;

QWidget *ModelResultWidget::buildColumns()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_columnsSummary = bodyLabel(QStringLiteral("columnsSummaryLabel"), page);
    layout->addWidget(m_columnsSummary);
    m_columnsModel = new ColumnsModel(this);
    m_columnsProxy = sortProxy(m_columnsModel, this);
    m_columnsView = tableView(QStringLiteral("columnsView"), m_columnsProxy, page);
    layout->addWidget(m_columnsView, 1);
    return page;
}

QWidget *ModelResultWidget::buildPrimaryKeys()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    m_keyHeadline = bodyLabel(QStringLiteral("keyHeadlineLabel"), page);
    QFont f = m_keyHeadline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_keyHeadline->setFont(f);
    layout->addWidget(m_keyHeadline);

    auto *form = new QGridLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    m_keyColumns = bodyLabel(QStringLiteral("keyColumnsLabel"), page);
    m_keyRule = bodyLabel(QStringLiteral("keyRuleLabel"), page);
    form->addWidget(sectionTitle(tr("Key columns"), page), 0, 0, Qt::AlignTop);
    form->addWidget(m_keyColumns, 0, 1);
    form->addWidget(sectionTitle(tr("Found by"), page), 1, 0, Qt::AlignTop);
    form->addWidget(m_keyRule, 1, 1);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    auto *issues = card(page);
    auto *grid = new QGridLayout(issues);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(6);
    grid->addWidget(sectionTitle(tr("prod"), issues), 0, 1, Qt::AlignRight);
    grid->addWidget(sectionTitle(tr("PR"), issues), 0, 2, Qt::AlignRight);
    const QString rows[3]
        = {tr("Rows with a NULL in the key"), tr("Key values that occur more than once"),
           tr("Rows carrying those duplicated keys")};
    const char *names[6] = {"nullKeysA",      "nullKeysB",      "duplicateKeysA",
                            "duplicateKeysB", "duplicateRowsA", "duplicateRowsB"};
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(new QLabel(rows[r], issues), r + 1, 0);
        for (int side = 0; side < 2; ++side) {
            auto *value = new QLabel(issues);
            value->setObjectName(QString::fromLatin1(names[2 * r + side]));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(value, r + 1, side + 1);
            m_keyIssueValues[2 * r + side] = value;
        }
    }
    auto *issuesRow = new QHBoxLayout;
    issuesRow->addWidget(issues);
    issuesRow->addStretch(1);
    layout->addLayout(issuesRow);

    auto *explanation = bodyLabel(QStringLiteral("keyExplanationLabel"), page);
    explanation->setText(tr("Rows are matched between prod and PR by their key. A row whose key "
                            "has a NULL part, and every row "
                            "whose key value occurs more than once on its side, cannot be matched: "
                            "those rows take no part in the "
                            "value comparison and count against the Match Score. Duplicated keys "
                            "usually mean that the key is "
                            "wrong (set the model's primary key in its YAML) or that the model "
                            "produces duplicates (for example a "
                            "join that fans out)."));
    explanation->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
    layout->addWidget(explanation);
    layout->addStretch(1);
    return page;
}

QWidget *ModelResultWidget::buildValues()
{
    auto *page = new QWidget;
    m_valuesLayout = new QVBoxLayout(page);
    m_valuesLayout->setContentsMargins(8, 8, 8, 8);
    m_samplesPanel = new QWidget(page);
    m_samplesPanel->setObjectName(QStringLiteral("samplesPanel"));
    auto *layout = new QVBoxLayout(m_samplesPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_samplesSummary = bodyLabel(QStringLiteral("samplesSummaryLabel"), m_samplesPanel);
    bar->addWidget(m_samplesSummary, 1);
    m_samplesKind = new QComboBox(m_samplesPanel);
    m_samplesKind->setObjectName(QStringLiteral("samplesKindCombo"));
    m_samplesKind->addItem(tr("All samples"), QString());
    m_samplesKind->addItem(tr("Only in prod"), QStringLiteral("exclusive_a"));
    m_samplesKind->addItem(tr("Only in PR"), QStringLiteral("exclusive_b"));
    m_samplesKind->addItem(tr("Changed"), QStringLiteral("updated"));
    bar->addWidget(m_samplesKind);
    layout->addLayout(bar);
    m_samplesModel = new SamplesModel(this);
    m_samplesProxy = sortProxy(m_samplesModel, this);
    m_samplesProxy->setFilterRole(KindRole);
    m_samplesProxy->setFilterKeyColumn(0);
    m_samplesView = tableView(QStringLiteral("samplesView"), m_samplesProxy, m_samplesPanel);
    m_samplesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    layout->addWidget(m_samplesView, 1);
    connect(m_samplesKind, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_samplesKind->currentData().toString();
        m_samplesProxy->setFilterRegularExpression(
            kind.isEmpty() ? QRegularExpression()
                           : QRegularExpression(QLatin1Char('^') + kind + QLatin1Char('$')));
    });
    m_valuesLayout->addWidget(m_samplesPanel);
    return page;
}

QWidget *ModelResultWidget::buildDownstream()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_downstreamSummary = bodyLabel(QStringLiteral("downstreamSummaryLabel"), page);
    layout->addWidget(m_downstreamSummary);
    m_downstreamModel = new DownstreamModel(this);
    m_downstreamProxy = sortProxy(m_downstreamModel, this);
    m_downstreamView = tableView(QStringLiteral("downstreamView"), m_downstreamProxy, page);
    m_downstreamView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_downstreamView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_downstreamView, 1);
    connect(m_downstreamView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString uniqueId = index.data(UniqueIdRole).toString();
        if (!uniqueId.isEmpty())
            Q_EMIT downstreamActivated(uniqueId);
    });
    return page;
}

void ModelResultWidget::setResult(const diff::DiffResult &result, const ModelContext &context)
{
    m_result = result;
    m_context = context;
    m_exportJsonAction->setEnabled(true);
    m_exportCsvAction->setEnabled(true);
    m_exportButton->setEnabled(true);

    m_columnsModel->setResult(result);
    m_samplesModel->setResult(result);
    m_profiles->setResult(result);
    m_downstreamModel->setEntries(context.downstream);

    updateHeader();
    updateOverview();
    updatePrimaryKeys();
    updateDownstream();

    // Columns summary
    int changed = 0;
    int differing = 0;
    for (int r = 0; r < m_columnsModel->rowCount(); ++r) {
        const auto &row = m_columnsModel->columnRow(r);
        if (row.status != exporting::ColumnRow::Status::Unchanged)
            ++changed;
        if (row.different && *row.different > 0)
            ++differing;
    }
    m_columnsSummary->setText(
        tr("Compared columns: %1   ·   with differing values: %2   ·   schema changes: %3")
            .arg(number(qint64(result.columns.size())), number(differing), number(changed)));
    fitColumns(m_columnsView, 90, 320);

    const auto count = [&result](const char *kind) {
        return result.samples.is_object() && result.samples.contains(kind)
                && result.samples[kind].is_array()
            ? qint64(result.samples[kind].size())
            : qint64(0);
    };
    m_samplesSummary->setText(tr("Samples: %1 of %2 rows only in prod, %3 of %4 rows only in PR, "
                                 "%5 of %6 changed rows. Differing "
                                 "cells are marked: prod in red, PR in green.")
                                  .arg(number(count("exclusive_a")), number(result.rows.exclusiveA),
                                       number(count("exclusive_b")), number(result.rows.exclusiveB),
                                       number(count("updated")), number(result.rows.updated)));
    fitColumns(m_samplesView, 60, 280);

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
    m_columnsModel->setResult({});
    m_samplesModel->setResult({});
    m_profiles->clear();
    m_downstreamModel->setEntries({});
    showMessage(tr("No result to show."));
}

void ModelResultWidget::setDownstream(std::vector<DownstreamEntry> entries)
{
    m_context.downstream = entries;
    m_downstreamModel->setEntries(std::move(entries));
    updateDownstream();
}

ModelResultWidget::Tab ModelResultWidget::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void ModelResultWidget::setValuesWidget(QWidget *widget)
{
    if (widget == m_customValues)
        return;
    if (m_customValues) {
        m_valuesLayout->removeWidget(m_customValues);
        m_customValues->hide();
        m_customValues->deleteLater();
    }
    m_customValues = widget;
    if (widget) {
        m_samplesPanel->hide();
        widget->setParent(m_valuesLayout->parentWidget());
        m_valuesLayout->addWidget(widget);
        widget->show();
    } else {
        m_samplesPanel->show();
    }
}

QWidget *ModelResultWidget::valuesWidget() const
{
    return m_customValues ? m_customValues.data() : m_samplesPanel;
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

void ModelResultWidget::updatePrimaryKeys()
{
    const diff::DiffResult &r = *m_result;
    const diff::KeyIssues &k = r.primaryKey;
    const bool fromPlan
        = !m_context.primaryKeyColumns.isEmpty() || !m_context.primaryKeyRule.isEmpty();
    const QStringList columns
        = m_context.primaryKeyColumns.isEmpty() ? r.key : m_context.primaryKeyColumns;
    m_keyColumns->setText(columns.isEmpty() ? tr("none") : columns.join(QStringLiteral(", ")));
    if (fromPlan) {
        QString rule = m_context.primaryKeyRule;
        if (!m_context.primaryKeyDetail.isEmpty())
            rule += QStringLiteral(" — ") + m_context.primaryKeyDetail;
        m_keyRule->setText(rule);
    } else {
        m_keyRule->setText(tr("given for this diff"));
    }
    const qint64 values[6]
        = {k.nullA, k.nullB, k.duplicateA, k.duplicateB, k.duplicateRowsA, k.duplicateRowsB};
    for (int i = 0; i < 6; ++i) {
        m_keyIssueValues[i]->setText(number(values[i]));
        m_keyIssueValues[i]->setStyleSheet(
            values[i] > 0 ? QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kBad))
                          : QString());
    }
    const bool ok = k.nullA == 0 && k.nullB == 0 && k.duplicateA == 0 && k.duplicateB == 0;
    m_keyHeadline->setText(
        ok ? tr("✓ The key is unique and never NULL in prod and in PR.")
           : tr("⚠ The key is not unique or has NULLs. Rows that could not be matched: %1.")
                 .arg(number(k.nullA + k.nullB + k.duplicateRowsA + k.duplicateRowsB)));
    m_keyHeadline->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(ok ? kGood : kBad)));
}

void ModelResultWidget::updateDownstream()
{
    const int n = m_downstreamModel->rowCount();
    m_downstreamSummary->setText(
        n == 0 ? tr("Nothing is downstream of this model.")
               : tr("Models and exposures downstream of this model: %1. Double-click one "
                    "to open it.")
                     .arg(number(n)));
    fitColumns(m_downstreamView, 90, 360);
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
