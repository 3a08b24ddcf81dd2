#pragma once

#include "dbt/change_plan.h"

#include <QAbstractTableModel>

namespace tidemark::ui {

// The models a pull request changed, one row each: status, name, reasons, primary key, relations,
// and whether the model is selected for diffing. Sort keys are under SortRole.
class ChangePlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, ModelColumn, ReasonsColumn, KeyColumn, SelectedColumn, ProdColumn, PrColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UniqueIdRole };

    explicit ChangePlanModel(QObject *parent = nullptr);

    void setPlan(dbt::ChangePlan plan);
    const dbt::ChangePlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    dbt::ChangePlan m_plan;
};

} // namespace tidemark::ui
