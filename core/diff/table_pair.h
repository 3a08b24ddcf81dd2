#pragma once

// The two tables of a diff, introspected: the schema difference, the key columns and the columns to
// compare, matched by name case-insensitively, with each side's real name and type.

#include "common/expected.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "diff/value_contract.h"
#include "warehouse/database.h"

#include <optional>
#include <vector>

namespace tidemark::diff {

struct ColumnPair
{
    warehouse::ColumnInfo a;
    warehouse::ColumnInfo b;
    std::optional<Tolerance> tolerance;
    ColumnComparison comparison; // how the values compare (the value contract)
    QString name() const { return a.name; }
};

struct TablePair
{
    warehouse::TableName tableA;
    warehouse::TableName tableB;
    std::vector<ColumnPair> keys;
    std::vector<ColumnPair> compared; // sorted by name
    SchemaDiff schema;
};

Expected<TablePair> prepareTables(warehouse::Database &dbA, const warehouse::TableName &tableA,
                                  warehouse::Database &dbB, const warehouse::TableName &tableB,
                                  const DiffOptions &options);

} // namespace tidemark::diff
