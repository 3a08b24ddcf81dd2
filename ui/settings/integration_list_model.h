#pragma once

// The integrations of a catalog as a list: the name to show, the file under PathRole, and files
// that did not load shown with a warning icon and their error as the tooltip.

#include "ci/integration_catalog.h"

#include <QAbstractListModel>

#include <vector>

namespace tidemark::ui {

class IntegrationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, ErrorRole, NameRole };

    explicit IntegrationListModel(QObject *parent = nullptr);

    void setEntries(std::vector<ci::CatalogEntry> entries);
    const ci::CatalogEntry &entry(int row) const { return m_entries.at(std::size_t(row)); }
    int rowOfPath(const QString &path) const; // -1 when absent

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::vector<ci::CatalogEntry> m_entries;
};

} // namespace tidemark::ui
