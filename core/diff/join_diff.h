#pragma once

// The diff of two tables on the same connection, computed inside the database: one pass that
// full-outer-joins the two sides on the key and returns only the rows that differ, plus key
// statistics per side (row counts, NULL keys, duplicated keys), which on PostgreSQL run on a second
// connection while the join runs; when duplicates turn up the join is re-run without them.

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
