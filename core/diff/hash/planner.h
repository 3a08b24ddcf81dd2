#pragma once

// The planning of a cross-database diff: each side's statements built from the table pair (key
// kinds, compared columns, the row hash both databases compute alike); the counts, the range of a
// single integer key, unique indexes, duplicated keys, values not of their class and profiles,
// read on both sides into the RunState; and how the key space is cut: the splitter, the grid of a
// single integer key and the number of pieces of a range.

#include "common/expected.h"
#include "diff/hash/keys.h"
#include "diff/hash/run_state.h"
#include "diff/hash/sql.h"
#include "diff/table_pair.h"

#include <memory>
#include <optional>

namespace tidemark::diff::hashdiff {

class Planner final
{
public:
    explicit Planner(RunState &state);

    // Each side's statements, the key codec and the row hash.
    Expected<void> plan(const TablePair &pair);
    // Rows, rows with a NULL key part, the integer key's range (and odd values where counted).
    Expected<void> readCounts();
    // Whether a unique index covers the key on each side.
    Expected<void> readUniqueKeys();
    // Duplicated keys of the sides the grid did not count and no unique index rules out.
    Expected<void> readDuplicates();
    // The values not of their class on the sides whose other statements did not count them.
    Expected<void> readOddValuesOfSides();
    Expected<void> readProfilesOfBothSides();

    // Equal widths for a single integer key, otherwise quantiles of a sample of both sides' keys.
    Expected<std::unique_ptr<RangeSplitter>> makeSplitter(qint64 rootPieces);
    // The first level's grid of a single integer key (none for other keys or an empty range).
    std::optional<Grid> gridOf(const KeyRange &root) const;
    // How many pieces a range is cut into: cells of about threshold / factor rows.
    int pieces(const KeyRange &range, bool root) const;

private:
    // The values not of their class on one side, from `row`'s columns from `first` on.
    void readOddValues(int side, const warehouse::Row &row, int first);

    RunState &m_state;
};

} // namespace tidemark::diff::hashdiff
