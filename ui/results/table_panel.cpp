#include "results/table_panel.h"

#include "results/result_widgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using namespace widgets;

TablePanel::TablePanel(QAbstractItemModel *source, const QString &summaryName,
                       const QString &viewName, QWidget *beside, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = bodyLabel(summaryName, this);
    if (beside) {
        auto *bar = new QHBoxLayout;
        layout->addLayout(bar);
        bar->addWidget(m_summary, 1);
        bar->addWidget(beside); // taken over here, before the view, for the tab order
    } else {
        layout->addWidget(m_summary);
    }
    m_proxy = sortProxy(source, this);
    m_view = tableView(viewName, m_proxy, this);
    layout->addWidget(m_view, 1);
}

void TablePanel::setSummary(const QString &text, int minColumnWidth, int maxColumnWidth)
{
    m_summary->setText(text);
    fitColumns(m_view, minColumnWidth, maxColumnWidth);
}

} // namespace tidemark::ui::results
