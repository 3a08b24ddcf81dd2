// The cross-database diff, in this order, each side's statements on a thread and connection of
// its own so that both databases work at once:
//  1. counts: rows that pass the filter, rows with a NULL key part (and the integer key's range);
//  2. a single integer key is cut into a grid of cells of about 16 rows (at most 63 keys wide),
//     one scan per side returns every cell's count, sum of row hashes and the keys it holds (SQLite
//     counts them in C), and the cells that differ are the leaves (cells still large are cut
//     further as below);
//  3. other keys: the key space is cut into cells of about threshold / factor rows (quantiles of a
//     random sample of keys; text keys in byte order on both sides); a probe of a few cells tells
//     whether differences are dense; unless they are, one scan per side returns (cell, COUNT(*),
//     SUM(row hash)) for every cell; equal cells are skipped, differing cells above the threshold
//     are cut again (dense pieces are not), and the rest are the leaves;
//  4. both sides stream key and row hash of the leaves (or of everything) ordered by key; the
//     client merges them: keys on one side only are exclusive, keys whose hashes differ are
//     candidates, duplicated keys are counted and left out;
//  5. duplicated keys are counted by readKeyStats() when ranges were skipped, unless a unique
//     index or the grid's checksums ruled them out or counted them;
//  6. the candidates' rows are fetched from both sides in batches and compared column by column
//     as the join diff compares them (tolerances, case, NULL = ''), which decides updated and
//     unchanged and fills the per-column counts and the samples.
// The row hash: two PostgreSQL servers of one major version, PostgreSQL against SQLite, and SQLite
// against SQLite XOR one PostgreSQL hash per column, seeded by position (hashint8extended(),
// hash_numeric_extended(), timestamp_hash_extended() and the like of the value itself where the
// class allows, hashtextextended() of the canonical text elsewhere), which SQLite's
// tidemark_rowhash() reproduces in C (the server proves first that it hashes as Tidemark does);
// other pairs take MD5 (low 60 bits) of the canonical texts joined. Canonical texts
// (docs/VALUE_CONTRACT.md) are equal for values the value contract calls equal and different
// otherwise, so that equal checksums never hide a change.

#include "diff/hash/hash_diff.h"

#include "diff/hash/run.h"

namespace tidemark::diff {

Expected<DiffResult> hashDiff(warehouse::Database &dbA, const warehouse::TableName &tableA,
                              warehouse::Database &dbB, const warehouse::TableName &tableB,
                              const DiffOptions &options, DiffControl *control)
{
    hashdiff::HashDiffRun run(dbA, tableA, dbB, tableB, options, control);
    return run.run();
}

} // namespace tidemark::diff
