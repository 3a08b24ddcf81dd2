#pragma once

// SQL fragments shared by the diff algorithms: the per-column "values differ" test with its
// tolerance, precision and string options; key statistics; column profiles.

#include "diff/diff_options.h"
#include "diff/table_pair.h"
#include "warehouse/dialect.h"

#include <QString>

namespace tidemark::diff {

// A boolean SQL expression that is true when the column's values differ between `a` and `b`
// (expressions already qualified), NULL-safe, under the column's comparison (value_contract.h).
QString valuesDiffer(const warehouse::Dialect &dialect, const ColumnPair &column, const QString &a,
                     const QString &b, const DiffOptions &options);

// Whether two numbers differ by more than the tolerance, NULL-safe, without the arithmetic
// overflowing (or, on PostgreSQL, underflowing into an error) for any pair of doubles.
QString toleranceDiffers(const warehouse::Dialect &dialect, const QString &a, const QString &b,
                         const Tolerance &t);

// The join condition on the keys of two side subqueries aliased a and b whose key columns k0, k1,
// ... are sideKeyColumn()s: compared byte for byte where they are text.
QString keyJoinCondition(const warehouse::Dialect &dialect, const TablePair &pair);
// What a side subquery selects as its key column k<i> for keyJoinCondition(): the key itself where
// the database compares it as the contract does, else its canonical text (computed in the side, so
// that the join compares plain columns: SQLite indexes those, not expressions).
QString sideKeyColumn(const warehouse::Dialect &dialect, const ColumnPair &key, bool sideA,
                      const QString &qualifier = {});
// One side's key column (`expr`, qualified) as keyJoinCondition() compares it.
QString joinedKey(const warehouse::Dialect &dialect, const ColumnPair &key, const QString &expr);
// " LIMIT -1" on SQLite when a key is compared as canonical text, else empty: appended to a side
// subquery it keeps SQLite from flattening it into the join (which then could not index the key).
QString sideSubqueryEnd(const warehouse::Dialect &dialect, const TablePair &pair);

// A 0/1 SQL expression: 1 when `expr` holds a value that is not of the class `form` reads it as
// (value_contract.h, mayHoldOddValues()).
QString oddValueTest(const warehouse::Dialect &dialect, const warehouse::ValueForm &form,
                     const QString &expr);

// For each (column, form), how many of the rows that pass the filter hold a value that is not of
// the class.
Expected<std::vector<qint64>>
readOddCounts(warehouse::Database &db, const warehouse::TableName &table,
              const std::vector<std::pair<QString, warehouse::ValueForm>> &columns,
              const DiffOptions &options);

// The result's warning about `count` such values of `column` in `table`.
QString oddValuesWarning(const QString &column, const QString &table, qint64 count,
                         warehouse::TypeClass as);

// "WHERE (filter)" or empty.
QString whereClause(const DiffOptions &options);

// One row: [rows, rows with a NULL key part, duplicated key values, rows carrying them].
QString keyStatsSql(const warehouse::Dialect &dialect, const warehouse::TableName &table,
                    const std::vector<warehouse::ColumnInfo> &keyColumns,
                    const DiffOptions &options);

// A key column as an expression that groups and compares byte for byte (text keys on MySQL).
QString exactKey(const warehouse::Dialect &dialect, const warehouse::ColumnInfo &column,
                 const QString &qualifier = {});

struct KeyStats
{
    qint64 rows = 0;
    qint64 nullRows = 0;
    qint64 duplicateKeys = 0;
    qint64 duplicateRows = 0;
};

Expected<KeyStats> readKeyStats(warehouse::Database &db, const warehouse::TableName &table,
                                const std::vector<warehouse::ColumnInfo> &keyColumns,
                                const DiffOptions &options);

// Profiles of `columns` on one side: count, nulls, distinct, min, max, mean (numbers).
Expected<std::vector<ColumnProfile>> readProfiles(warehouse::Database &db,
                                                  const warehouse::TableName &table,
                                                  const std::vector<warehouse::ColumnInfo> &columns,
                                                  const DiffOptions &options);

} // namespace tidemark::diff
