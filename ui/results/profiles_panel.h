#pragma once

// The Profiles tab: every column's profile in prod and in PR side by side, and bar charts that
// compare the share of NULLs and the number of distinct values of the selected columns.

#include "diff/diff_result.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tidemark::ui::results {

class ProfilesModel;

class ProfilesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPanel(QWidget *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    void clear();

    ProfilesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The columns the charts show now: the selected ones, or the first few when none is selected.
    QStringList chartedColumns() const { return m_charted; }

private:
    void updateCharts();

    ProfilesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QChartView *m_nullsView = nullptr;
    QChartView *m_distinctView = nullptr;
    QLabel *m_chartHint = nullptr;
    QStringList m_charted;
};

} // namespace tidemark::ui::results
