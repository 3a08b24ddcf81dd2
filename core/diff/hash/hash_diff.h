#pragma once

// The diff of two tables on different connections (or databases), without moving the data:
// checksums over key ranges computed inside each database; ranges that agree are skipped, ranges
// that differ are split further; where differences are dense, per-row key and hash are streamed
// from both sides and merged in the client, and whole rows are fetched only for the keys that
// differ. Values are normalised so that the same data in PostgreSQL, MySQL/MariaDB and SQLite
// compares equal. The result has the same shape as the join diff's.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "warehouse/database.h"

namespace tidemark::diff {

Expected<DiffResult> hashDiff(warehouse::Database &dbA, const warehouse::TableName &tableA,
                              warehouse::Database &dbB, const warehouse::TableName &tableB,
                              const DiffOptions &options, DiffControl *control = nullptr);

} // namespace tidemark::diff
