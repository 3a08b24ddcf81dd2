#pragma once

// The checksums of key ranges of a cross-database diff: both sides return count and sum of row
// hashes per range; ranges that agree are skipped and ranges that differ are cut again (by the
// Planner's splitter) until they are small or dense. A single integer key starts with one scan of
// the Planner's grid, which also counts its duplicated keys (and, in SQLite, its odd values).
// What is left are the leaves, whose rows the Merger compares one by one.

#include "common/expected.h"
#include "diff/hash/keys.h"
#include "diff/hash/planner.h"
#include "diff/hash/run_state.h"
#include "diff/hash/sql.h"

#include <utility>
#include <vector>

namespace tidemark::diff::hashdiff {

class RangeChecksums final
{
public:
    RangeChecksums(RunState &state, Planner &planner);

    // The ranges of keys whose checksums differ, sorted by key.
    Expected<std::vector<KeyRange>> bisect();

private:
    Expected<void> compareGrid(const Grid &grid, std::vector<KeyRange> *pending,
                               std::vector<KeyRange> *leaves);
    // (count, sum of row hashes) of each range on each side.
    Expected<void> checksums(const std::vector<KeyRange> &ranges,
                             std::vector<std::pair<qint64, quint64>> *a,
                             std::vector<std::pair<qint64, quint64>> *b);

    RunState &m_state;
    Planner &m_planner;
};

} // namespace tidemark::diff::hashdiff
