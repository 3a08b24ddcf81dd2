#pragma once

// The SQL of the Values tab: the differing rows of two tables on one connection as one SELECT
// (built from the join diff's pieces: prepareTables' column pairs, valuesDiffer, exactKey), and
// the statements that keep them in TEMP tables with a dense ordinal, per dialect.
//
// Every row of that SELECT has the columns kind, k0.., f0.., a0.., b0..: the kind (RowKind), the
// key, one 0/1 "differs" flag per compared column (valuesDiffer, as the join diff; 0 for rows on
// one side only), the compared values of A and of B (NULL on the side a row is missing from).
// Rows with a NULL key part, and (when a side has some) rows with a duplicated key, are left out,
// as the join diff leaves them out of its counts.

#include "diff/diff_options.h"
#include "diff/table_pair.h"
#include "warehouse/dialect.h"

#include <QString>
#include <QStringList>

namespace tidemark::values::sql {

struct RowsQuery
{
    bool excludeDuplicatesA = false;
    bool excludeDuplicatesB = false;
    // A TEMP table (quoted name) with the columns k0.. whose keys are left out; empty: none.
    QString excludeKeysTable;
    int limit = 0; // 0: all rows
};

// The column names of a row: kind, k0.., f0.., a0.., b0.. (unquoted).
QStringList rowColumns(const diff::TablePair &pair);

// SELECT of the differing rows, columns as rowColumns() says.
QString differingRows(const warehouse::Dialect &d, const diff::TablePair &pair,
                      const diff::DiffOptions &options, const RowsQuery &query);

// A key column of a stored row as it compares byte for byte (text keys on MySQL), for `alias`.
QString storedKey(const warehouse::Dialect &d, const diff::ColumnPair &key, const QString &column);

} // namespace tidemark::values::sql
