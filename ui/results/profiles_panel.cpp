#include "results/profiles_panel.h"

#include "results/result_models.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tidemark::ui::results {

namespace {

constexpr int kMaxChartedColumns = 8;
const QColor kProdColor(0x5b, 0x7d, 0xb1);
const QColor kPrColor(0xe0, 0x8e, 0x2b);

QChartView *makeChartView(const QString &objectName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Replaces the chart's content by two bar sets, prod and PR, over `categories`.
void fill(QChart *chart, const QString &title, const QStringList &sides,
          const QStringList &categories, const QList<qreal> &prod, const QList<qreal> &pr,
          const QString &axisFormat, double floor)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto *setA = new QBarSet(sides.value(0));
    setA->append(prod);
    setA->setColor(kProdColor);
    setA->setBorderColor(kProdColor);
    auto *setB = new QBarSet(sides.value(1));
    setB->append(pr);
    setB->setColor(kPrColor);
    setB->setBorderColor(kPrColor);
    auto *series = new QBarSeries;
    series->append(setA);
    series->append(setB);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    double top = floor;
    for (qreal v : prod)
        top = std::max(top, double(v));
    for (qreal v : pr)
        top = std::max(top, double(v));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top * 1.1);
    axisY->applyNiceNumbers();
    // Enough decimals that no two ticks read the same.
    const double step = (axisY->max() - axisY->min()) / std::max(1, axisY->tickCount() - 1);
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
    axisY->setLabelFormat(axisFormat.arg(decimals));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
}

} // namespace

ProfilesPanel::ProfilesPanel(QWidget *parent)
    : QWidget(parent)
{
    m_model = new ProfilesModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Column profiles were not computed for this diff."), m_stack);
    empty->setObjectName(QStringLiteral("profilesEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("profilesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(false);
    m_view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e3e6ea; }"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setWordWrap(false);

    auto *charts = new QWidget(splitter);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 6, 0, 0);
    m_chartHint = new QLabel(charts);
    m_chartHint->setObjectName(QStringLiteral("chartHint"));
    m_chartHint->setStyleSheet(QStringLiteral("color: #6b7280;"));
    chartsLayout->addWidget(m_chartHint);
    auto *row = new QHBoxLayout;
    m_nullsView = makeChartView(QStringLiteral("nullsChart"), charts);
    m_distinctView = makeChartView(QStringLiteral("distinctChart"), charts);
    row->addWidget(m_nullsView);
    row->addWidget(m_distinctView);
    chartsLayout->addLayout(row, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_stack);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfilesPanel::updateCharts);
}

void ProfilesPanel::setResult(const diff::DiffResult &result)
{
    m_model->setResult(result);
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 12, 70, 190));
    updateCharts();
}

void ProfilesPanel::clear()
{
    setResult(diff::DiffResult());
}

void ProfilesPanel::updateCharts()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    const bool chosen = !rows.isEmpty();
    if (!chosen) {
        for (int r = 0; r < m_proxy->rowCount() && rows.size() < kMaxChartedColumns; ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    }
    m_charted.clear();
    QList<qreal> nullsA, nullsB, distinctA, distinctB;
    for (int r : rows) {
        m_charted << m_model->columnName(r);
        nullsA << m_model->nullPercent(r, false).value_or(0);
        nullsB << m_model->nullPercent(r, true).value_or(0);
        distinctA << qreal(m_model->distinct(r, false).value_or(0));
        distinctB << qreal(m_model->distinct(r, true).value_or(0));
    }
    m_chartHint->setText(
        chosen ? tr("The charts compare the selected columns.")
               : tr("The charts compare the first %1 columns; select rows in the table to compare "
                    "others.")
                     .arg(rows.size()));
    const QStringList sides {tr("prod"), tr("PR")};
    fill(m_nullsView->chart(), tr("NULLs (% of rows)"), sides, m_charted, nullsA, nullsB,
         QStringLiteral("%.%1f %%"), 1.0);
    fill(m_distinctView->chart(), tr("Distinct values"), sides, m_charted, distinctA, distinctB,
         QStringLiteral("%.%1f"), 1.0);
}

} // namespace tidemark::ui::results
