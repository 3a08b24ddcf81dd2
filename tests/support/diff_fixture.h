#pragma once

// Tables with known answers for the diff tests: rows generated in C++, loaded into a real
// database, and the expected result worked out independently from the rows by the definitions of
// CLI.md (a plain reference implementation, no SQL).

#include "common/expected.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/database.h"

#include <QHash>
#include <QString>
#include <QVariant>

#include <vector>

namespace tidemark::test {

enum class ColType { Int, Text, Real, Decimal, Timestamp, Bool };

struct FixtureColumn
{
    QString name;
    ColType type = ColType::Int;
};

struct FixtureTable
{
    QString name; // unquoted; may contain anything
    std::vector<FixtureColumn> columns;
    std::vector<QVariantList>
        rows; // QVariant() is NULL; timestamps as "YYYY-MM-DD HH:MM:SS.ffffff"
};

// The SQL type for a column on `driver` (keys get types that can be indexed and joined).
QString sqlType(warehouse::Driver driver, ColType type);

// Drops and creates the table and inserts its rows.
Expected<void> loadTable(warehouse::Database &db, const FixtureTable &table);

struct ExpectedDiff
{
    diff::RowCounts rows;
    diff::KeyIssues keys;
    QHash<QString, qint64> different; // by column name
};

ExpectedDiff referenceDiff(const FixtureTable &a, const FixtureTable &b,
                           const diff::DiffOptions &options);

} // namespace tidemark::test
