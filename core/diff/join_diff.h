#pragma once

// The diff of two tables on the same connection, computed inside the database: one pass that
// full-outer-joins the two sides on the key and returns only the rows that differ, plus one
// grouping pass per side for row counts, NULL keys and duplicated keys.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/database.h"

namespace tidemark::diff {

Expected<DiffResult> joinDiff(warehouse::Database &db, const warehouse::TableName &tableA,
                              const warehouse::TableName &tableB, const DiffOptions &options,
                              DiffControl *control = nullptr);

} // namespace tidemark::diff
