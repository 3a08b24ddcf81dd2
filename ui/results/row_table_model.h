#pragma once

// The shape the result tabs' table models share: rows of one type, replaced all at once, shown
// through a fixed or computed number of columns. A model says what a cell and a header show;
// the rest (counts, bounds, the reset) is here once.

#include <QAbstractTableModel>

#include <vector>

namespace tidemark::ui::results {

template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= columns())
            return {};
        return cell(m_rows[size_t(index.row())], index.column(), role);
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && section >= 0 && section < columns()) {
            const QVariant value = header(section, role);
            if (value.isValid())
                return value;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    const std::vector<Row> &rows() const { return m_rows; }

protected:
    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    virtual int columns() const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    // The horizontal header; an invalid QVariant leaves the role to Qt.
    virtual QVariant header(int section, int role) const = 0;

    std::vector<Row> m_rows;
};

} // namespace tidemark::ui::results
