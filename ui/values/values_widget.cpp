#include "values/values_widget.h"

#include "values/values_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui {

namespace {

enum KindChoice { AllKinds, OnlyA, OnlyB, Changed, OneSide };

} // namespace

ValuesWidget::ValuesWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new ValuesModel(this))
    , m_kind(new QComboBox(this))
    , m_column(new QComboBox(this))
    , m_hideUnchanged(new QCheckBox(tr("Hide unchanged columns"), this))
    , m_export(new QPushButton(tr("Export CSV\u2026"), this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_kind->setObjectName(QStringLiteral("valuesKind"));
    m_kind->addItem(tr("All differing rows"), AllKinds);
    m_kind->addItem(tr("Only in production"), OnlyA);
    m_kind->addItem(tr("Only in PR"), OnlyB);
    m_kind->addItem(tr("Changed"), Changed);
    m_kind->addItem(tr("Only in production or only in PR"), OneSide);
    m_kind->setToolTip(tr("Which differing rows to show"));
    m_column->setObjectName(QStringLiteral("valuesColumn"));
    m_column->setToolTip(tr("Show only the changed rows where this column differs"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hideUnchanged->setObjectName(QStringLiteral("valuesHideUnchanged"));
    m_hideUnchanged->setToolTip(
        tr("Hide the compared columns whose values are equal in every changed row"));
    m_export->setObjectName(QStringLiteral("valuesExport"));
    m_export->setToolTip(
        tr("Write the rows shown (all of them, not only those on screen) to a CSV file"));
    m_table->setObjectName(QStringLiteral("valuesTable"));
    m_status->setObjectName(QStringLiteral("valuesStatus"));
    m_error->setObjectName(QStringLiteral("valuesError"));
    m_progress->setObjectName(QStringLiteral("valuesProgress"));
    m_cancel->setObjectName(QStringLiteral("valuesCancel"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    // Fixed row heights: the view never asks a million rows for their size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d04040;"));
    m_error->hide();
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Rows:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("Differing in:"), this));
    filters->addWidget(m_column);
    filters->addWidget(m_hideUnchanged);
    filters->addStretch(1);
    filters->addWidget(m_export);
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ValuesWidget::applyFilter);
    connect(m_column, &QComboBox::currentIndexChanged, this, &ValuesWidget::applyFilter);
    connect(m_hideUnchanged, &QCheckBox::toggled, this, &ValuesWidget::updateColumns);
    connect(m_export, &QPushButton::clicked, this, &ValuesWidget::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, &ValuesWidget::cancel);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillColumnCombo();
        updateColumns();
    });
    connect(m_model, &ValuesModel::stateChanged, this, [this] {
        updateControls();
        updateStatus();
    });
    connect(m_model, &ValuesModel::countsChanged, this, [this] {
        fillColumnCombo();
        updateColumns();
        updateStatus();
        updateControls();
    });
    connect(m_model, &ValuesModel::progress, this, [this](double fraction, const QString &stage) {
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        m_stage = stage;
        updateStatus();
    });
    connect(m_model, &ValuesModel::failed, this, [this](const QString &message) {
        if (m_model->state() == ValuesModel::State::Failed) {
            m_error->setText(message);
            m_error->show();
        }
        updateStatus();
        updateControls();
    });
    connect(m_model, &ValuesModel::exportFinished, this,
            [this](bool ok, qint64, const QString &message) {
                m_exportMessage = message;
                if (!ok) {
                    m_error->setText(message);
                    m_error->show();
                }
                updateStatus();
                updateControls();
                Q_EMIT exportFinished(ok, message);
            });
    updateStatus();
    updateControls();
}

ValuesWidget::~ValuesWidget() = default;

void ValuesWidget::setRequest(const diff::DiffRequest &request,
                              std::optional<diff::KeyIssues> knownKeys)
{
    m_error->hide();
    m_exportMessage.clear();
    m_stage.clear();
    m_progress->setValue(0);
    {
        const QSignalBlocker kindBlocker(m_kind);
        const QSignalBlocker columnBlocker(m_column);
        m_kind->setCurrentIndex(0);
        m_column->clear();
    }
    m_model->setRequest(request, knownKeys);
}

void ValuesWidget::setResult(const diff::DiffRequest &request, const diff::DiffResult &result)
{
    setRequest(request, result.primaryKey);
}

void ValuesWidget::cancel()
{
    m_model->cancel();
}

void ValuesWidget::exportCsv(const QString &path)
{
    QList<int> compared;
    for (int i = 0; i < m_model->layout().comparedColumns.size(); ++i) {
        if (!m_table->isColumnHidden(m_model->firstComparedModelColumn() + 2 * i))
            compared << i;
    }
    if (compared.isEmpty() && !m_model->layout().comparedColumns.isEmpty())
        compared << 0; // every column hidden: export the first rather than all
    if (compared.size() == m_model->layout().comparedColumns.size())
        compared.clear();
    m_error->hide();
    m_exportMessage = tr("Exporting\u2026");
    m_model->exportCsv(path, compared);
    updateControls();
    updateStatus();
}

void ValuesWidget::chooseExportFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the differing rows"),
                                       QStringLiteral("values.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ValuesWidget::applyFilter()
{
    values::RowFilter filter;
    switch (m_kind->currentData().toInt()) {
    case OnlyA: filter = {true, false, false, -1}; break;
    case OnlyB: filter = {false, true, false, -1}; break;
    case Changed: filter = {false, false, true, -1}; break;
    case OneSide: filter = {true, true, false, -1}; break;
    default: break;
    }
    if (m_column->currentIndex() > 0)
        filter.differingColumn = m_column->currentData().toInt();
    m_model->setFilter(filter);
}

void ValuesWidget::fillColumnCombo()
{
    const values::ValuesLayout &layout = m_model->layout();
    const values::KindCounts &counts = m_model->counts();
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    m_column->addItem(tr("Any column"), -1);
    const QLocale locale;
    for (int i = 0; i < layout.comparedColumns.size(); ++i) {
        const bool known = i < int(counts.differingPerColumn.size())
            && m_model->state() != ValuesModel::State::Loading
            && m_model->state() != ValuesModel::State::Previewing;
        const QString label = known
            ? tr("%1 (%2)").arg(layout.comparedColumns.at(i),
                                locale.toString(counts.differingPerColumn[size_t(i)]))
            : layout.comparedColumns.at(i);
        m_column->addItem(label, i);
    }
    // The combo shows the model's filter (which a cancelled filter resets).
    m_column->setCurrentIndex(std::max(0, m_column->findData(m_model->filter().differingColumn)));
    if (m_model->filter() == values::RowFilter()) {
        const QSignalBlocker kindBlocker(m_kind);
        m_kind->setCurrentIndex(0);
    }
}

void ValuesWidget::updateColumns()
{
    const values::KindCounts &counts = m_model->counts();
    const bool known = m_model->state() == ValuesModel::State::Ready
        || m_model->state() == ValuesModel::State::Filtering;
    for (int i = 0; i < m_model->layout().comparedColumns.size(); ++i) {
        const bool unchanged = known && i < int(counts.differingPerColumn.size())
            && counts.differingPerColumn[size_t(i)] == 0;
        const bool hide = m_hideUnchanged->isChecked() && unchanged;
        m_table->setColumnHidden(m_model->firstComparedModelColumn() + 2 * i, hide);
        m_table->setColumnHidden(m_model->firstComparedModelColumn() + 2 * i + 1, hide);
    }
}

void ValuesWidget::updateControls()
{
    const ValuesModel::State state = m_model->state();
    const bool ready = state == ValuesModel::State::Ready;
    m_kind->setEnabled(ready || state == ValuesModel::State::Filtering);
    m_column->setEnabled(ready || state == ValuesModel::State::Filtering);
    m_hideUnchanged->setEnabled(ready || state == ValuesModel::State::Filtering);
    m_export->setEnabled(ready && !m_model->isExporting());
    const bool busy = m_model->isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
}

void ValuesWidget::updateStatus()
{
    const QLocale locale;
    const values::KindCounts &c = m_model->counts();
    QString text;
    switch (m_model->state()) {
    case ValuesModel::State::Empty: text = tr("No diff selected."); break;
    case ValuesModel::State::Loading:
        text = m_stage.isEmpty() ? tr("Finding the differing rows\u2026")
                                 : m_stage + QStringLiteral("\u2026");
        break;
    case ValuesModel::State::Previewing:
        text = tr("Showing the first %1 differing rows; finding the rest\u2026")
                   .arg(locale.toString(m_model->rowCount()));
        break;
    case ValuesModel::State::Filtering: text = tr("Filtering\u2026"); break;
    case ValuesModel::State::Ready: {
        text = tr("%1 differing rows: %2 only in production, %3 only in PR, %4 changed")
                   .arg(locale.toString(c.total()), locale.toString(c.onlyInA),
                        locale.toString(c.onlyInB), locale.toString(c.changed));
        if (!(m_model->filter() == values::RowFilter()))
            text += tr("; %1 shown").arg(locale.toString(m_model->rowCount()));
        break;
    }
    case ValuesModel::State::Stopped:
        text = m_model->rowCount() > 0 ? tr("Stopped: showing only the first %1 differing rows.")
                                             .arg(locale.toString(m_model->rowCount()))
                                       : tr("Stopped.");
        break;
    case ValuesModel::State::Failed: text = tr("The differing rows could not be read."); break;
    }
    if (!m_exportMessage.isEmpty())
        text += QStringLiteral(" \u2014 ") + m_exportMessage;
    m_status->setText(text);
}

} // namespace tidemark::ui
