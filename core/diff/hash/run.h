#pragma once

// One cross-database diff from start to end: checks the drivers, reads the table pair, starts a
// worker per side, and calls the Planner, the RangeChecksums and the Merger in turn on the
// RunState it owns; then turns what they found into the DiffResult (warnings, per-column counts,
// the statistics and timings of the run).

#include "common/expected.h"
#include "diff/diff_control.h"
#include "diff/diff_options.h"
#include "diff/diff_result.h"
#include "diff/hash/merger.h"
#include "diff/hash/planner.h"
#include "diff/hash/range_checksums.h"
#include "diff/hash/run_state.h"
#include "warehouse/database.h"

namespace tidemark::diff::hashdiff {

class HashDiffRun final
{
public:
    HashDiffRun(warehouse::Database &dbA, const warehouse::TableName &tableA,
                warehouse::Database &dbB, const warehouse::TableName &tableB,
                const DiffOptions &options, DiffControl *control);

    Expected<DiffResult> run();

private:
    void finish();

    RunState m_state;
    Planner m_planner;
    RangeChecksums m_checksums;
    Merger m_merger;
};

} // namespace tidemark::diff::hashdiff
