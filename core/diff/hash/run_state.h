#pragma once

// What the steps of one cross-database diff share while it runs: the two sides (databases, tables,
// their statements and workers), the options and the control, and what the steps found so far
// (the result, key statistics, odd values, the grid, counters and timings). The HashDiffRun owns
// it; the Planner, the RangeChecksums and the Merger read and fill it in that order.

#include "diff/comparison_sql.h"
#include "diff/deadline.h"
#include "diff/diff_control.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "diff/hash/keys.h"
#include "diff/hash/sql.h"
#include "diff/hash/worker.h"
#include "diff/table_pair.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tidemark::diff::hashdiff {

// Bound text values per statement (SQLite allows 32766).
constexpr int kMaxParameters = 30000;

// Values of a column on one side that are not of the class it is compared as.
struct OddValues
{
    QString column;
    qint64 count = 0;
    warehouse::TypeClass as = warehouse::TypeClass::Text;
};

struct Counters
{
    int levels = 0;
    qint64 rangesCompared = 0;
    qint64 rangesSkipped = 0;
    qint64 rowsSkipped = 0; // rows of A in ranges whose checksums agreed
    qint64 rangesStreamed = 0;
    qint64 rowsStreamed = 0;
    qint64 rowsSampled = 0; // keys read to place the boundaries of ranges
    qint64 probed = 0; // cells checked for the density of differences
    qint64 probedDiffering = 0;
    qint64 candidates = 0; // keys on both sides whose row hashes differ
    qint64 rowsFetched = 0;
};

struct RunState
{
    using SideTask = std::function<Expected<void>(warehouse::Database &db, int side)>;

    RunState(warehouse::Database &databaseA, const warehouse::TableName &nameA,
             warehouse::Database &databaseB, const warehouse::TableName &nameB,
             const DiffOptions &diffOptions, DiffControl *control);
    RunState(const RunState &) = delete;
    RunState &operator=(const RunState &) = delete;

    // The error of a run that cancel() or the time limit stopped.
    Error stopped() const;
    // Runs `task` on both sides at once, each with its worker's connection; the time it takes is
    // the side's busy time. Cancelled: stopped(); otherwise the first side's error, if any.
    Expected<void> onBothSides(const SideTask &task);
    // Cells (boundaries) one checksum or stream statement takes at most.
    int maxCells() const;

    warehouse::Database &dbA;
    warehouse::Database &dbB;
    warehouse::TableName tableA;
    warehouse::TableName tableB;
    const DiffOptions &options;
    DiffControl localControl;
    DiffControl *ctl;
    QElapsedTimer clock;

    TablePair pair;
    std::unique_ptr<SideSql> sql[2];
    KeyCodec codec;
    RowHashFunction rowHash = RowHashFunction::Md5;
    std::unique_ptr<SideWorker> workers[2];
    const Deadline *deadline = nullptr;

    DiffResult result;
    KeyStats stats[2];
    std::vector<OddValues> oddValues[2];
    bool oddCounted[2] = {false, false};
    std::optional<qint64> keyMin[2]; // single integer keys
    std::optional<qint64> keyMax[2];
    bool uniqueKeys[2] = {false, false}; // a unique index rules duplicated keys out
    bool duplicatesKnown[2] = {false, false}; // counted by the grid's checksums
    std::optional<Grid> grid; // the leaves are exactly these cells of this grid
    std::vector<qint64> gridCells;
    bool sawAllRows = false; // the merge saw every row with a non-NULL key (and so its duplicates)
    Counters counters;
    std::vector<qint64> different; // per compared column, the rows whose values of it differ
    nlohmann::json timings = nlohmann::json::object(); // milliseconds per phase
    std::atomic<qint64> busyMs[2] = {0, 0}; // time each side spent in its statements
    bool limited = false; // stopped at the download limit (--limit-download)
};

} // namespace tidemark::diff::hashdiff
