#pragma once

// SQL fragments shared by the diff algorithms: the per-column "values differ" test with its
// tolerance, precision and string options; key statistics; column profiles.

#include "diff/diff_options.h"
#include "diff/table_pair.h"
#include "warehouse/dialect.h"

#include <QString>

namespace tidemark::diff {

// A boolean SQL expression that is true when the column's values differ between `a` and `b`
// (expressions already qualified), NULL-safe.
QString valuesDiffer(const warehouse::Dialect &dialect, const ColumnPair &column, const QString &a,
                     const QString &b, const DiffOptions &options);

// The join condition on the keys of two side subqueries aliased a and b whose key columns are
// named k0, k1, ...: normalised text where the two sides' key types differ, byte-for-byte text
// elsewhere.
QString keyJoinCondition(const warehouse::Dialect &dialect, const TablePair &pair);

// "WHERE (filter)" or empty.
QString whereClause(const DiffOptions &options);

// One row: [rows, rows with a NULL key part, duplicated key values, rows carrying them].
QString keyStatsSql(const warehouse::Dialect &dialect, const warehouse::TableName &table,
                    const std::vector<warehouse::ColumnInfo> &keyColumns, const DiffOptions &options);

// A key column as an expression that groups and compares byte for byte (text keys on MySQL).
QString exactKey(const warehouse::Dialect &dialect, const warehouse::ColumnInfo &column, const QString &qualifier = {});

struct KeyStats
{
    qint64 rows = 0;
    qint64 nullRows = 0;
    qint64 duplicateKeys = 0;
    qint64 duplicateRows = 0;
};

Expected<KeyStats> readKeyStats(warehouse::Database &db, const warehouse::TableName &table,
                                const std::vector<warehouse::ColumnInfo> &keyColumns, const DiffOptions &options);

// Profiles of `columns` on one side: count, nulls, distinct, min, max, mean (numbers).
Expected<std::vector<ColumnProfile>> readProfiles(warehouse::Database &db, const warehouse::TableName &table,
                                                  const std::vector<warehouse::ColumnInfo> &columns,
                                                  const DiffOptions &options);

} // namespace tidemark::diff
