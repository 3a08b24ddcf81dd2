#include "results/downstream_tab.h"

#include "results/result_models.h"
#include "results/result_widgets.h"
#include "results/table_panel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using widgets::number;

DownstreamTab::DownstreamTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_model = new DownstreamModel(this);
    m_table = new TablePanel(m_model, QStringLiteral("downstreamSummaryLabel"),
                             QStringLiteral("downstreamView"), nullptr, this);
    QTableView *view = m_table->view();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString uniqueId = index.data(UniqueIdRole).toString();
        if (!uniqueId.isEmpty())
            Q_EMIT activated(uniqueId);
    });
    layout->addWidget(m_table);
}

void DownstreamTab::setEntries(std::vector<DownstreamEntry> entries)
{
    m_model->setEntries(std::move(entries));
    const int n = m_model->rowCount();
    m_table->setSummary(n == 0 ? tr("Nothing is downstream of this model.")
                               : tr("Models and exposures downstream of this model: %1. "
                                    "Double-click one to open it.")
                                     .arg(number(n)),
                        90, 360);
}

} // namespace tidemark::ui::results
