#pragma once

// A summary line over a sortable table of a model: the shape the Columns, Values and Downstream
// tabs share. The panel keeps the label, the sorting proxy and the view; the model stays its
// owner's.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tidemark::ui::results {

class TablePanel final : public QWidget
{
    Q_OBJECT

public:
    // `beside`, when given, stands right of the summary and comes before the table in the tab
    // order; the panel takes it over.
    TablePanel(QAbstractItemModel *source, const QString &summaryName, const QString &viewName,
               QWidget *beside = nullptr, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // Shows `text` over the table and fits the columns to their new content, within bounds.
    void setSummary(const QString &text, int minColumnWidth, int maxColumnWidth);

private:
    QLabel *m_summary = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace tidemark::ui::results
