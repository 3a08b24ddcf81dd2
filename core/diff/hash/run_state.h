#pragma once

// The state of one cross-database diff while it runs (hash_diff.cpp: keys, checksums of key
// ranges and bisection; hash_diff_grid.cpp: the grid of a single integer key; hash_diff_merge.cpp:
// the sorted streams, their merge and the rows of the keys that differ).

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

class HashDiffRun final
{
public:
    HashDiffRun(warehouse::Database &dbA, const warehouse::TableName &tableA,
                warehouse::Database &dbB, const warehouse::TableName &tableB,
                const DiffOptions &options, DiffControl *control);

    Expected<DiffResult> run();

private:
    using SideTask = std::function<Expected<void>(warehouse::Database &db, int side)>;

    Error stopped() const;
    Expected<void> onBothSides(const SideTask &task);
    Expected<void> plan(const TablePair &pair);
    Expected<void> readCounts();
    Expected<void> readDuplicates();
    // The values not of their class on one side, from `row`'s columns from `first` on.
    void readOddValues(int side, const warehouse::Row &row, int first);
    // ... on the sides whose other statements did not count them.
    Expected<void> readOddValuesOfSides();
    Expected<void> readProfilesOfBothSides();
    Expected<std::unique_ptr<RangeSplitter>> makeSplitter(qint64 rootPieces);
    Expected<std::vector<KeyRange>> bisect();
    std::optional<Grid> gridOf(const KeyRange &root) const;
    Expected<void> compareGrid(const Grid &grid, std::vector<KeyRange> *pending,
                               std::vector<KeyRange> *leaves);
    Expected<void> checksums(const std::vector<KeyRange> &ranges,
                             std::vector<std::pair<qint64, quint64>> *a,
                             std::vector<std::pair<qint64, quint64>> *b);
    Expected<void> streamAndMerge(std::vector<KeyRange> leaves);
    Expected<void> resolveCandidates();
    Expected<void> fetchSamples();
    bool budgetLeft(qint64 rows) const;
    // Compares the values of a key whose row hashes differ: counts, per column, samples.
    void compareCandidate(const FetchedRow &a, const FetchedRow &b);
    nlohmann::json keyJson(const FetchedRow &row) const;
    nlohmann::json rowJson(const FetchedRow &row) const;
    void finish();
    int maxCells() const;
    int pieces(const KeyRange &range, bool root) const;

    warehouse::Database &m_dbA;
    warehouse::Database &m_dbB;
    warehouse::TableName m_tableA;
    warehouse::TableName m_tableB;
    const DiffOptions &m_options;
    DiffControl m_localControl;
    DiffControl *m_ctl;
    QElapsedTimer m_clock;

    TablePair m_pair;
    std::unique_ptr<SideSql> m_sql[2];
    KeyCodec m_codec;
    RowHashFunction m_rowHash = RowHashFunction::Md5;
    std::unique_ptr<SideWorker> m_workers[2];
    const Deadline *m_deadline = nullptr;

    DiffResult m_result;
    KeyStats m_stats[2];
    std::vector<OddValues> m_oddValues[2];
    bool m_oddCounted[2] = {false, false};
    std::optional<qint64> m_keyMin[2]; // single integer keys
    std::optional<qint64> m_keyMax[2];
    bool m_uniqueKeys[2] = {false, false}; // a unique index rules duplicated keys out
    bool m_duplicatesKnown[2] = {false, false}; // counted by the grid's checksums
    std::optional<Grid> m_grid; // the leaves are exactly these cells of this grid
    std::vector<qint64> m_gridCells;
    bool m_sawAllRows
        = false; // the merge saw every row with a non-NULL key (and so its duplicates)
    Counters m_counters;
    std::vector<QByteArray> m_candidates;
    std::vector<QByteArray> m_exclusiveSamples[2];
    std::vector<qint64> m_different;
    nlohmann::json m_timings = nlohmann::json::object(); // milliseconds per phase
    std::atomic<qint64> m_busyMs[2] = {0, 0}; // time each side spent in its statements
    bool m_limited = false;
};

} // namespace tidemark::diff::hashdiff
