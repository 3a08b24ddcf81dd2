#include "diff/hash/run.h"
#include "common/translation.h"

#include <algorithm>
#include <thread>

namespace tidemark::diff::hashdiff {

using warehouse::Database;

HashDiffRun::HashDiffRun(Database &dbA, const warehouse::TableName &tableA, Database &dbB,
                         const warehouse::TableName &tableB, const DiffOptions &options,
                         DiffControl *control)
    : m_state(dbA, tableA, dbB, tableB, options, control)
    , m_planner(m_state)
    , m_checksums(m_state, m_planner)
    , m_merger(m_state)
{
}

void HashDiffRun::finish()
{
    DiffResult &r = m_state.result;
    const qint64 matchedA
        = r.rows.a - r.primaryKey.nullA - r.primaryKey.duplicateRowsA - r.rows.exclusiveA;
    const qint64 matchedB
        = r.rows.b - r.primaryKey.nullB - r.primaryKey.duplicateRowsB - r.rows.exclusiveB;
    r.rows.unchanged = std::max<qint64>(0, matchedA - r.rows.updated);
    if (m_state.limited) {
        r.complete = false;
        r.warnings << Tr::tr(
            "stopped after downloading %n row(s) (--limit-download): the counts of "
            "exclusive and updated "
            "rows are lower bounds",
            nullptr, int(m_state.options.limitDownload));
    } else if (matchedA != matchedB) {
        r.warnings << Tr::tr(
                          "the two sides disagree on the number of matched rows (%1 against %2); "
                          "the tables changed "
                          "while they were compared")
                          .arg(matchedA)
                          .arg(matchedB);
    }
    const qint64 matched = r.rows.updated + r.rows.unchanged;
    for (size_t i = 0; i < m_state.pair.compared.size(); ++i) {
        r.columns.push_back({m_state.pair.compared[i].a.name, m_state.different[i],
                             matchPercent(matched, m_state.different[i]),
                             m_state.pair.compared[i].comparison.description});
    }
    for (int side = 0; side < 2; ++side) {
        for (const OddValues &odd : m_state.oddValues[side])
            r.warnings << oddValuesWarning(odd.column,
                                           (side == 0 ? m_state.tableA : m_state.tableB).display(),
                                           odd.count, odd.as);
    }
    r.rowsDownloaded = m_state.counters.rowsStreamed + m_state.counters.rowsFetched;
    r.hashStats
        = {{"levels", m_state.counters.levels},
           {"ranges_compared", m_state.counters.rangesCompared},
           {"ranges_skipped", m_state.counters.rangesSkipped},
           {"rows_skipped", m_state.counters.rowsSkipped},
           {"ranges_streamed", m_state.counters.rangesStreamed},
           {"rows_streamed", m_state.counters.rowsStreamed},
           {"rows_sampled", m_state.counters.rowsSampled},
           {"probed", m_state.counters.probed},
           {"probed_differing", m_state.counters.probedDiffering},
           {"candidates", m_state.counters.candidates},
           {"rows_fetched", m_state.counters.rowsFetched},
           {"unique_keys", {{"a", m_state.uniqueKeys[0]}, {"b", m_state.uniqueKeys[1]}}},
           {"row_hash",
            m_state.rowHash == RowHashFunction::PostgresColumns ? "postgres-columns" : "md5"},
           {"timings_ms", m_state.timings},
           {"busy_ms", {{"a", m_state.busyMs[0].load()}, {"b", m_state.busyMs[1].load()}}},
           {"parallel",
            m_state.workers[0] && m_state.workers[1] && m_state.workers[0]->threaded()
                && m_state.workers[1]->threaded()}};
    r.matchScore = matchScore(r);
    r.durationMs = m_state.clock.elapsed();
}

Expected<DiffResult> HashDiffRun::run()
{
    m_state.clock.start();
    const AttachedDatabase attachedA(m_state.ctl, &m_state.dbA);
    const AttachedDatabase attachedB(m_state.ctl, &m_state.dbB);
    const Deadline deadline(m_state.ctl, m_state.options.timeLimitSeconds);
    m_state.deadline = &deadline;

    for (const Database *db : {&m_state.dbA, &m_state.dbB}) {
        if (db->dialect().driver() == warehouse::Driver::ODBC) { // an engine Tidemark does not know
            return Error {
                Tr::tr("%1: cross-database diffs need PostgreSQL, MySQL/MariaDB or SQLite on "
                       "both sides, whose values "
                       "Tidemark normalises alike; diff ODBC tables on one connection "
                       "(--algorithm join)")
                    .arg(db->spec().redacted())};
        }
    }

    m_state.ctl->report(0.02, Tr::tr("Reading the tables' columns"));
    auto prepared
        = prepareTables(m_state.dbA, m_state.tableA, m_state.dbB, m_state.tableB, m_state.options);
    if (!prepared)
        return m_state.ctl->isCancelled() ? m_state.stopped() : prepared.error();
    m_state.pair = std::move(*prepared);

    m_state.ctl->report(0.05, Tr::tr("Connecting to both databases"));
    // Two PostgreSQL sides already scan at once; on a machine of few cores (the servers are
    // often on it too) parallel workers on top only make them wait for each other.
    const bool serialScans = m_state.dbA.dialect().driver() == warehouse::Driver::PostgreSQL
        && m_state.dbB.dialect().driver() == warehouse::Driver::PostgreSQL
        && std::thread::hardware_concurrency() <= 4;
    m_state.workers[0] = std::make_unique<SideWorker>(
        m_state.dbA, m_state.ctl,
        SideSql::sessionTuning(m_state.dbA.dialect().driver(), serialScans));
    m_state.workers[1] = std::make_unique<SideWorker>(
        m_state.dbB, m_state.ctl,
        SideSql::sessionTuning(m_state.dbB.dialect().driver(), serialScans));
    if (auto planned = m_planner.plan(m_state.pair); !planned)
        return planned.error();

    m_state.timings["prepare"] = m_state.clock.elapsed();
    QElapsedTimer phase;
    phase.start();
    m_state.ctl->report(0.1,
                        Tr::tr("Counting rows of %1 and %2")
                            .arg(m_state.tableA.display(), m_state.tableB.display()));
    if (auto counts = m_planner.readCounts(); !counts)
        return counts.error();
    auto unique = m_planner.readUniqueKeys();
    if (!unique)
        return unique.error();
    m_state.timings["counts"] = phase.restart();
    m_state.result.algorithm = QStringLiteral("hash");
    m_state.result.tableA = m_state.tableA.display();
    m_state.result.tableB = m_state.tableB.display();
    m_state.result.key = m_state.options.key;
    m_state.result.schema = m_state.pair.schema;
    m_state.result.rows.a = m_state.stats[0].rows;
    m_state.result.rows.b = m_state.stats[1].rows;

    if (m_state.options.profiles) {
        m_state.ctl->report(0.15, Tr::tr("Profiling columns"));
        if (auto profiles = m_planner.readProfilesOfBothSides(); !profiles)
            return profiles.error();
        m_state.timings["profiles"] = phase.restart();
    }

    auto leaves = m_checksums.bisect();
    if (!leaves)
        return m_state.ctl->isCancelled() ? m_state.stopped() : leaves.error();
    m_state.timings["checksums"] = phase.restart();
    if (auto merged = m_merger.streamAndMerge(std::move(*leaves)); !merged)
        return m_state.ctl->isCancelled() ? m_state.stopped() : merged.error();
    m_state.timings["stream"] = phase.restart();
    if (!m_state.sawAllRows) {
        // Ranges were skipped: their duplicated keys (the same on both sides) were not seen.
        m_state.ctl->report(0.8,
                            Tr::tr("Checking the keys of %1 and %2 for duplicates")
                                .arg(m_state.tableA.display(), m_state.tableB.display()));
        if (auto duplicates = m_planner.readDuplicates(); !duplicates)
            return m_state.ctl->isCancelled() ? m_state.stopped() : duplicates.error();
        m_state.timings["key_stats"] = phase.restart();
    }
    m_state.result.primaryKey = {m_state.stats[0].nullRows,      m_state.stats[1].nullRows,
                                 m_state.stats[0].duplicateKeys, m_state.stats[1].duplicateKeys,
                                 m_state.stats[0].duplicateRows, m_state.stats[1].duplicateRows};
    if (!m_state.limited) {
        if (auto resolved = m_merger.resolveCandidates(); !resolved)
            return m_state.ctl->isCancelled() ? m_state.stopped() : resolved.error();
        m_state.timings["fetch"] = phase.restart();
    }
    if (!m_state.limited) {
        if (auto sampled = m_merger.fetchSamples(); !sampled)
            return m_state.ctl->isCancelled() ? m_state.stopped() : sampled.error();
    }
    if (auto odd = m_planner.readOddValuesOfSides(); !odd)
        return m_state.ctl->isCancelled() ? m_state.stopped() : odd.error();
    if (m_state.ctl->isCancelled())
        return m_state.stopped();
    finish();
    m_state.workers[0].reset(); // the sides' threads end and close their connections
    m_state.workers[1].reset();
    m_state.deadline = nullptr;
    m_state.ctl->report(1.0, Tr::tr("Done"));
    return std::move(m_state.result);
}

} // namespace tidemark::diff::hashdiff
