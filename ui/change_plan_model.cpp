#include "change_plan_model.h"

#include <QBrush>
#include <QColor>

namespace tidemark::ui {

namespace {

QString joined(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << QString::fromStdString(item);
    return out.join(QStringLiteral(", "));
}

int statusOrder(dbt::ModelStatus status)
{
    switch (status) {
    case dbt::ModelStatus::Modified: return 0;
    case dbt::ModelStatus::New: return 1;
    case dbt::ModelStatus::Impacted: return 2;
    }
    return 3;
}

} // namespace

ChangePlanModel::ChangePlanModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangePlanModel::setPlan(dbt::ChangePlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int ChangePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.models.size());
}

int ChangePlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangePlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dbt::PlannedModel &m = m_plan.models[size_t(index.row())];
    if (role == UniqueIdRole)
        return QString::fromStdString(m.uniqueId);
    switch (index.column()) {
    case StatusColumn: {
        if (role == SortRole)
            return statusOrder(m.status);
        if (role == Qt::DisplayRole) {
            switch (m.status) {
            case dbt::ModelStatus::New: return tr("new");
            case dbt::ModelStatus::Modified: return tr("modified");
            case dbt::ModelStatus::Impacted: return tr("impacted");
            }
        }
        if (role == Qt::ForegroundRole) {
            switch (m.status) {
            case dbt::ModelStatus::New: return QBrush(QColor(0x1b, 0x7f, 0x3b));
            case dbt::ModelStatus::Modified: return QBrush(QColor(0xb3, 0x5c, 0x00));
            case dbt::ModelStatus::Impacted: return QBrush(QColor(0x3b, 0x5b, 0xa9));
            }
        }
        break;
    }
    case ModelColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(m.name);
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(m.uniqueId);
        break;
    case ReasonsColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            std::vector<std::string> names;
            for (dbt::ModificationReason r : m.reasons)
                names.emplace_back(dbt::toString(r));
            return joined(names);
        }
        break;
    case KeyColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (m.primaryKey.columns.empty())
                return tr("(none)");
            return tr("%1 (%2)").arg(joined(m.primaryKey.columns), QString::fromLatin1(dbt::toString(m.primaryKey.rule)));
        }
        if (role == Qt::ToolTipRole)
            return QString::fromStdString(m.primaryKey.detail);
        break;
    case ProdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m.prodRelation ? QString::fromStdString(*m.prodRelation) : tr("(new)");
        break;
    case PrColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return QString::fromStdString(m.prRelation);
        break;
    case SelectedColumn:
        if (role == SortRole)
            return m.selected;
        if (role == Qt::DisplayRole)
            return m.selected ? tr("diff") : tr("skip");
        if (role == Qt::ToolTipRole)
            return m.selected ? tr("Selected for diffing") : QString::fromStdString(m.whyNotSelected);
        break;
    default:
        break;
    }
    return {};
}

QVariant ChangePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case ModelColumn: return tr("Model");
    case ReasonsColumn: return tr("Why modified");
    case KeyColumn: return tr("Primary key (rule)");
    case ProdColumn: return tr("Production table");
    case PrColumn: return tr("Pull request table");
    case SelectedColumn: return tr("Diff");
    default: return {};
    }
}

} // namespace tidemark::ui
