#include "results/model_result_widget.h"

#include "results/profiles_panel.h"
#include "results/result_models.h"

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

namespace {

const char *const kGood = "#1b7f3b";
const char *const kWarn = "#b35c00";
const char *const kBad = "#b42318";
const char *const kMutedText = "#6b7280";

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double pct, int decimals = 2)
{
    return QLocale().toString(pct, 'f', decimals) + QStringLiteral(" %");
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    return label;
}

QLabel *bodyLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *banner(const QString &objectName, const QString &background, const QString &border,
               QWidget *parent)
{
    auto *label = bodyLabel(objectName, parent);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 4px;"
                       " padding: 8px 10px; color: #1f2328; }")
            .arg(background, border));
    label->hide();
    return label;
}

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#card { background: palette(base); border: 1px solid #d5d9e0;"
                       " border-radius: 6px; }"));
    return frame;
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->setShowGrid(true);
    view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e3e6ea; }"));
    return view;
}

// Columns as wide as their content plus some air, within bounds.
void fitColumns(QTableView *view, int minWidth, int maxWidth)
{
    view->resizeColumnsToContents();
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::clamp(view->columnWidth(c) + 16, minWidth, maxWidth));
}

QSortFilterProxyModel *sortProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(SortRole);
    return proxy;
}

QString scoreColor(double score)
{
    if (score >= 99.995)
        return QLatin1String(kGood);
    if (score >= 95.0)
        return QLatin1String(kWarn);
    return QLatin1String(kBad);
}

} // namespace

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ModelResultWidget::~ModelResultWidget() = default;

QWidget *ModelResultWidget::buildOverview()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    auto *scoreCard = card(page);
    auto *scoreLayout = new QVBoxLayout(scoreCard);
    scoreLayout->setContentsMargins(20, 16, 20, 16);
    auto *scoreTitle = new QLabel(tr("Match Score"), scoreCard);
    scoreTitle->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kMutedText)));
    m_matchScore = new QLabel(scoreCard);
    m_matchScore->setObjectName(QStringLiteral("matchScoreLabel"));
    QFont big = m_matchScore->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_matchScore->setFont(big);
    m_matchCaption = new QLabel(tr("of all cells equal in prod and PR"), scoreCard);
    m_matchCaption->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
    m_matchCaption->setWordWrap(true);
    scoreLayout->addWidget(scoreTitle);
    scoreLayout->addWidget(m_matchScore);
    scoreLayout->addWidget(m_matchCaption);
    scoreLayout->addStretch(1);
    scoreCard->setMinimumWidth(260);
    top->addWidget(scoreCard);

    auto *rowsCard = card(page);
    auto *grid = new QGridLayout(rowsCard);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    auto *rowsTitle = new QLabel(tr("Rows"), rowsCard);
    rowsTitle->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kMutedText)));
    grid->addWidget(rowsTitle, 0, 0, 1, 3);
    const QString names[6] = {tr("In prod"),    tr("In PR"),   tr("Only in prod"),
                              tr("Only in PR"), tr("Changed"), tr("Unchanged")};
    const char *objectNames[6] = {"countRowsA", "countRowsB",   "countOnlyA",
                                  "countOnlyB", "countChanged", "countUnchanged"};
    for (int i = 0; i < 6; ++i) {
        auto *name = new QLabel(names[i], rowsCard);
        auto *value = new QLabel(rowsCard);
        value->setObjectName(QString::fromLatin1(objectNames[i]));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        auto *shareLabel = new QLabel(rowsCard);
        shareLabel->setObjectName(QString::fromLatin1(objectNames[i])
                                      .replace(QLatin1String("count"), QLatin1String("share")));
        shareLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
        grid->addWidget(name, i + 1, 0);
        grid->addWidget(value, i + 1, 1);
        grid->addWidget(shareLabel, i + 1, 2);
        m_counts[i] = {value, shareLabel};
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(7, 1);
    top->addWidget(rowsCard, 3);

    auto *columnsCard = card(page);
    auto *columnsGrid = new QGridLayout(columnsCard);
    columnsGrid->setContentsMargins(20, 16, 20, 16);
    columnsGrid->setHorizontalSpacing(24);
    columnsGrid->setVerticalSpacing(6);
    auto *columnsTitle = new QLabel(tr("Columns"), columnsCard);
    columnsTitle->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(kMutedText)));
    columnsGrid->addWidget(columnsTitle, 0, 0, 1, 2);
    const QString columnNames[5] = {tr("Compared"), tr("With differences"), tr("Only in prod"),
                                    tr("Only in PR"), tr("Type changed")};
    const char *columnObjects[5] = {"columnsCompared", "columnsDiffering", "columnsOnlyA",
                                    "columnsOnlyB", "columnsTypeChanged"};
    for (int i = 0; i < 5; ++i) {
        columnsGrid->addWidget(new QLabel(columnNames[i], columnsCard), i + 1, 0);
        auto *value = new QLabel(columnsCard);
        value->setObjectName(QString::fromLatin1(columnObjects[i]));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        columnsGrid->addWidget(value, i + 1, 1);
        m_columnCounts[i] = value;
    }
    columnsGrid->setColumnStretch(0, 1);
    columnsGrid->setRowStretch(6, 1);
    top->addWidget(columnsCard, 2);
    layout->addLayout(top);

    m_incompleteBanner = banner(QStringLiteral("incompleteBanner"), QStringLiteral("#fff4e0"),
                                QStringLiteral("#e8b15a"), page);
    m_samplingBanner = banner(QStringLiteral("samplingBanner"), QStringLiteral("#eaf2fd"),
                              QStringLiteral("#8fb3e8"), page);
    layout->addWidget(m_incompleteBanner);
    layout->addWidget(m_samplingBanner);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(10);
    m_keySummary = bodyLabel(QStringLiteral("keySummaryLabel"), page);
    m_schemaSummary = bodyLabel(QStringLiteral("schemaSummaryLabel"), page);
    m_warnings = bodyLabel(QStringLiteral("warningsLabel"), page);
    m_warningsTitle = sectionTitle(tr("Warnings"), page);
    m_runSummary = bodyLabel(QStringLiteral("runSummaryLabel"), page);
    m_runSummary->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kMutedText)));
    details->addWidget(sectionTitle(tr("Primary key"), page), 0, 0, Qt::AlignTop);
    details->addWidget(m_keySummary, 0, 1);
    details->addWidget(sectionTitle(tr("Schema"), page), 1, 0, Qt::AlignTop);
    details->addWidget(m_schemaSummary, 1, 1);
    details->addWidget(m_warningsTitle, 2, 0, Qt::AlignTop);
    details->addWidget(m_warnings, 2, 1);
    details->addWidget(sectionTitle(tr("Run"), page), 3, 0, Qt::AlignTop);
    details->addWidget(m_runSummary, 3, 1);
    details->setColumnStretch(1, 1);
    layout->addLayout(details);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

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

void ModelResultWidget::updateOverview()
{
    const diff::DiffResult &r = *m_result;
    double shown = r.matchScore;
    if (shown < 100.0 && shown > 99.99)
        shown = 99.99;
    m_matchScore->setText(percent(shown));
    m_matchScore->setStyleSheet(QStringLiteral("color: %1;").arg(scoreColor(r.matchScore)));

    const qint64 matched = r.rows.updated + r.rows.unchanged;
    const qint64 values[6] = {r.rows.a,          r.rows.b,       r.rows.exclusiveA,
                              r.rows.exclusiveB, r.rows.updated, r.rows.unchanged};
    const QString shares[6] = {
        QString(),
        r.rows.a > 0 ? tr("%1 vs prod")
                           .arg((r.rows.b >= r.rows.a ? QStringLiteral("+") : QString())
                                + percent(share(r.rows.b - r.rows.a, r.rows.a)))
                     : QString(),
        tr("%1 of prod rows").arg(percent(share(r.rows.exclusiveA, r.rows.a))),
        tr("%1 of PR rows").arg(percent(share(r.rows.exclusiveB, r.rows.b))),
        tr("%1 of matched rows").arg(percent(share(r.rows.updated, matched))),
        tr("%1 of matched rows").arg(percent(share(r.rows.unchanged, matched))),
    };
    for (int i = 0; i < 6; ++i) {
        m_counts[i].value->setText(number(values[i]));
        m_counts[i].share->setText(shares[i]);
    }
    const bool changes[6]
        = {false, false, r.rows.exclusiveA > 0, r.rows.exclusiveB > 0, r.rows.updated > 0, false};
    for (int i = 0; i < 6; ++i)
        m_counts[i].value->setStyleSheet(
            changes[i] ? QStringLiteral("color: %1;").arg(QLatin1String(kBad)) : QString());

    int differingColumns = 0;
    for (const diff::ColumnDiff &c : r.columns)
        differingColumns += c.different > 0 ? 1 : 0;
    const qint64 columnValues[5]
        = {qint64(r.columns.size()), differingColumns, r.schema.onlyA.size(), r.schema.onlyB.size(),
           qint64(r.schema.typeChanged.size())};
    for (int i = 0; i < 5; ++i) {
        m_columnCounts[i]->setText(number(columnValues[i]));
        m_columnCounts[i]->setStyleSheet(i > 0 && columnValues[i] > 0
                                             ? QStringLiteral("color: %1;").arg(QLatin1String(kBad))
                                             : QString());
    }

    // Primary key
    const diff::KeyIssues &k = r.primaryKey;
    if (k.nullA == 0 && k.nullB == 0 && k.duplicateA == 0 && k.duplicateB == 0) {
        m_keySummary->setText(
            tr("%1: unique and never NULL on both sides.").arg(r.key.join(QStringLiteral(", "))));
    } else {
        auto side = [](const QString &name, qint64 nulls, qint64 dups, qint64 dupRows) {
            return tr("%1: %2 rows with a NULL key, %3 duplicated key values (%4 rows)")
                .arg(name, number(nulls), number(dups), number(dupRows));
        };
        m_keySummary->setText(tr("%1 has problems (see Primary keys). %2; %3.")
                                  .arg(r.key.join(QStringLiteral(", ")),
                                       side(tr("prod"), k.nullA, k.duplicateA, k.duplicateRowsA),
                                       side(tr("PR"), k.nullB, k.duplicateB, k.duplicateRowsB)));
    }

    // Schema
    const diff::SchemaDiff &s = r.schema;
    QStringList schema;
    schema << tr("%1 columns in prod, %2 in PR.").arg(s.columnsA).arg(s.columnsB);
    if (!s.onlyA.isEmpty())
        schema << tr("Only in prod: %1.").arg(s.onlyA.join(QStringLiteral(", ")));
    if (!s.onlyB.isEmpty())
        schema << tr("Only in PR: %1.").arg(s.onlyB.join(QStringLiteral(", ")));
    if (!s.typeChanged.empty()) {
        QStringList types;
        for (const diff::TypeChange &t : s.typeChanged)
            types << tr("%1 (%2 → %3)").arg(t.column, t.a, t.b);
        schema << tr("Type changed: %1.").arg(types.join(QStringLiteral(", ")));
    }
    if (s.orderChanged)
        schema << tr("The shared columns stand in another order.");
    if (s.onlyA.isEmpty() && s.onlyB.isEmpty() && s.typeChanged.empty() && !s.orderChanged)
        schema << tr("Same columns and types on both sides.");
    m_schemaSummary->setText(schema.join(QLatin1Char(' ')));

    m_warnings->setText(r.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!r.warnings.isEmpty());
    m_warningsTitle->setVisible(!r.warnings.isEmpty());

    const QString algorithm = r.algorithm == QLatin1String("hash")
        ? tr("Hash diff (across connections)")
        : tr("Join diff (one connection)");
    m_runSummary->setText(tr("%1 · key %2 · %3 s · %4 rows downloaded")
                              .arg(algorithm, r.key.join(QStringLiteral(", ")),
                                   QLocale().toString(double(r.durationMs) / 1000.0, 'f', 2),
                                   number(r.rowsDownloaded)));

    m_incompleteBanner->setText(tr("Incomplete: a limit stopped this diff early, so the counts "
                                   "cover only the rows compared before it "
                                   "stopped."));
    m_incompleteBanner->setVisible(!r.complete);

    if (r.sampling.is_object() && r.sampling.value("enabled", false)) {
        const double fraction = r.sampling.value("sample_fraction", 1.0);
        QStringList estimates;
        const std::pair<const char *, QString> fields[] = {{"updated", tr("changed")},
                                                           {"exclusive_a", tr("only in prod")},
                                                           {"exclusive_b", tr("only in PR")}};
        for (const auto &[field, label] : fields) {
            const auto e = r.sampling.value(field, nlohmann::json());
            if (!e.is_object() || !e.contains("estimate"))
                continue;
            const auto interval = e.value("interval", nlohmann::json::object());
            estimates << tr("%1 ≈ %2 (%3 – %4)")
                             .arg(label, number(e.value("estimate", qint64(0))),
                                  number(interval.value("min", qint64(0))),
                                  number(interval.value("max", qint64(0))));
        }
        QString text
            = tr("Sampled: %1 of the rows were compared.").arg(percent(100.0 * fraction, 3));
        if (!estimates.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("Estimates for the whole tables at %1 confidence: %2.")
                      .arg(percent(r.sampling.value("confidence", 99.0), 0),
                           estimates.join(QStringLiteral(", ")));
        }
        m_samplingBanner->setText(text);
        m_samplingBanner->show();
    } else {
        m_samplingBanner->hide();
    }
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
