#include "results/columns_tab.h"

#include "results/result_models.h"
#include "results/result_widgets.h"
#include "results/table_panel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tidemark::ui::results {

using widgets::number;

ColumnsTab::ColumnsTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_model = new ColumnsModel(this);
    m_table = new TablePanel(m_model, QStringLiteral("columnsSummaryLabel"),
                             QStringLiteral("columnsView"), nullptr, this);
    layout->addWidget(m_table);
}

void ColumnsTab::setResult(const diff::DiffResult &result)
{
    m_model->setResult(result);
    int changed = 0;
    int differing = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto &row = m_model->columnRow(r);
        if (row.status != exporting::ColumnRow::Status::Unchanged)
            ++changed;
        if (row.different && *row.different > 0)
            ++differing;
    }
    m_table->setSummary(
        tr("Compared columns: %1   ·   with differing values: %2   ·   schema changes: %3")
            .arg(number(qint64(result.columns.size())), number(differing), number(changed)),
        90, 320);
}

void ColumnsTab::clear()
{
    m_model->setResult({});
    m_table->summary()->clear();
}

} // namespace tidemark::ui::results
