#include "settings/integration_list_model.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace tidemark::ui {

IntegrationListModel::IntegrationListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void IntegrationListModel::setEntries(std::vector<ci::CatalogEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int IntegrationListModel::rowOfPath(const QString &path) const
{
    const QString wanted = QFileInfo(path).absoluteFilePath();
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].path == wanted)
            return int(row);
    }
    return -1;
}

int IntegrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ci::CatalogEntry &e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return e.integration ? e.displayName() : tr("%1 (cannot be read)").arg(e.displayName());
    case Qt::ToolTipRole: return e.integration ? QFileInfo(e.path).fileName() : e.error;
    case Qt::DecorationRole:
        if (!e.integration && qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case PathRole: return e.path;
    case ErrorRole: return e.error;
    case NameRole: return e.displayName();
    default: return {};
    }
}

} // namespace tidemark::ui
