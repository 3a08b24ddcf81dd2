#pragma once

// The table models behind the result tabs. Each keeps the raw value of every cell under SortRole
// (numbers as numbers, NULL as an invalid QVariant) so that views sort on values, not on text.

#include "diff/diff_result.h"
#include "export/result_export.h"
#include "results/model_context.h"
#include "results/row_table_model.h"

#include <QStringList>

#include <optional>
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
class ColumnsModel final : public RowTableModel<exporting::ColumnRow>
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

protected:
    int columns() const override;
    QVariant cell(const exporting::ColumnRow &row, int column, int role) const override;
    QVariant header(int section, int role) const override;
};

// One sample row: only in prod, only in PR, or changed.
struct SampleRow
{
    QString kind;
    nlohmann::json key;
    nlohmann::json a; // null on the side the row does not exist on
    nlohmann::json b;
    QStringList differing; // lower-case column names
};

// The samples side by side: kind, the key columns, then each value column twice (prod, PR). The
// cells of a changed row whose column differs answer true to DifferingRole.
class SamplesModel final : public RowTableModel<SampleRow>
{
    Q_OBJECT

public:
    explicit SamplesModel(QObject *parent = nullptr);

    void setResult(const diff::DiffResult &result);
    int keyColumnCount() const { return int(m_columns.key.size()); }
    const exporting::SampleColumns &sampleColumns() const { return m_columns; }
    // The first model column of value column `valueIndex` (its prod cell; the PR cell follows).
    int valueColumn(int valueIndex) const { return 1 + keyColumnCount() + 2 * valueIndex; }

protected:
    int columns() const override;
    QVariant cell(const SampleRow &row, int column, int role) const override;
    QVariant header(int section, int role) const override;

private:
    exporting::SampleColumns m_columns;
};

// One column's profiles on both sides; nullopt on a side that lacks the column.
struct ProfileRow
{
    QString name;
    std::optional<diff::ColumnProfile> a;
    std::optional<diff::ColumnProfile> b;
};

// The column profiles, one row per column, each measure twice (prod, PR).
class ProfilesModel final : public RowTableModel<ProfileRow>
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

protected:
    int columns() const override;
    QVariant cell(const ProfileRow &row, int column, int role) const override;
    QVariant header(int section, int role) const override;
};

// What lies downstream of the model.
class DownstreamModel final : public RowTableModel<DownstreamEntry>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, StatusColumn, UniqueIdColumn, ColumnCount };

    explicit DownstreamModel(QObject *parent = nullptr);

    void setEntries(std::vector<DownstreamEntry> entries) { setRows(std::move(entries)); }
    const std::vector<DownstreamEntry> &entries() const { return m_rows; }

protected:
    int columns() const override;
    QVariant cell(const DownstreamEntry &row, int column, int role) const override;
    QVariant header(int section, int role) const override;
};

// A JSON value as a QVariant to sort on: numbers as numbers, booleans as bool, NULL as invalid.
QVariant sortValue(const nlohmann::json &value);

} // namespace tidemark::ui::results
