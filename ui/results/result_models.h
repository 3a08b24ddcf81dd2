#pragma once

// The table models behind the result tabs. Each keeps the raw value of every cell under SortRole
// (numbers as numbers, NULL as an invalid QVariant) so that views sort on values, not on text.

#include "diff/diff_result.h"
#include "export/result_export.h"
#include "results/model_context.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace tidemark::ui::results {

enum Role {
    SortRole = Qt::UserRole + 1, // the raw value the column sorts on
    DifferingRole, // bool: this cell (or row) differs between prod and PR
    KindRole, // samples: "exclusive_a", "exclusive_b" or "updated"
    StatusRole, // columns: "only_prod", "only_pr", "type_changed", "unchanged"
    UniqueIdRole, // downstream: the node's unique_id
};

// The schema: one row per column (exporting::columnRows), with its types, status and the number of
// differing values and match % of compared columns.
class ColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeAColumn,
        TypeBColumn,
        StatusColumn,
        DifferentColumn,
        MatchColumn,
        ComparedAsColumn,
        ColumnCount
    };

    explicit ColumnsModel(QObject *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    const exporting::ColumnRow &columnRow(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<exporting::ColumnRow> m_rows;
};

// The samples side by side: kind, the key columns, then each value column twice (prod, PR). The
// cells of a changed row whose column differs answer true to DifferingRole.
class SamplesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit SamplesModel(QObject *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    int keyColumnCount() const { return int(m_columns.key.size()); }
    const exporting::SampleColumns &sampleColumns() const { return m_columns; }
    // The first model column of value column `valueIndex` (its prod cell; the PR cell follows).
    int valueColumn(int valueIndex) const { return 1 + keyColumnCount() + 2 * valueIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString kind;
        nlohmann::json key;
        nlohmann::json a; // null on the side the row does not exist on
        nlohmann::json b;
        QStringList differing; // lower-case column names
    };
    std::vector<Row> m_rows;
    exporting::SampleColumns m_columns;
};

// The column profiles, one row per column, each measure twice (prod, PR).
class ProfilesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CountA,
        CountB,
        NullsA,
        NullsB,
        DistinctA,
        DistinctB,
        MinA,
        MinB,
        MaxA,
        MaxB,
        MeanA,
        MeanB,
        ColumnCount
    };

    explicit ProfilesModel(QObject *parent = nullptr);

    void setResult(const diff::DiffResult &result);

    QString columnName(int row) const { return m_rows.at(size_t(row)).name; }
    // Share of NULLs in percent and distinct values; nullopt when the side lacks the column.
    std::optional<double> nullPercent(int row, bool sideB) const;
    std::optional<qint64> distinct(int row, bool sideB) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        std::optional<diff::ColumnProfile> a;
        std::optional<diff::ColumnProfile> b;
    };
    std::vector<Row> m_rows;
};

// What lies downstream of the model.
class DownstreamModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, StatusColumn, UniqueIdColumn, ColumnCount };

    explicit DownstreamModel(QObject *parent = nullptr);

    void setEntries(std::vector<DownstreamEntry> entries);
    const std::vector<DownstreamEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<DownstreamEntry> m_entries;
};

// A JSON value as a QVariant to sort on: numbers as numbers, booleans as bool, NULL as invalid.
QVariant sortValue(const nlohmann::json &value);

} // namespace tidemark::ui::results
