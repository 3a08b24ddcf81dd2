#pragma once

// The row-by-row part of a cross-database diff: both sides stream key and row hash of the leaves
// (or of everything), sorted by key; the client merges the two streams (keys on one side only are
// exclusive, duplicated keys are counted and left out, keys whose hashes differ are candidates);
// the candidates' rows are compared column by column as they meet, or fetched from both sides in
// batches first; then the rows of the exclusive keys sampled are fetched.

#include "common/expected.h"
#include "diff/hash/keys.h"
#include "diff/hash/run_state.h"
#include "diff/hash/worker.h"

#include <QByteArray>

#include <vector>

namespace tidemark::diff::hashdiff {

class Merger final
{
public:
    explicit Merger(RunState &state);

    Expected<void> streamAndMerge(std::vector<KeyRange> leaves);
    // Fetches and compares the rows of the candidates that the streams did not carry.
    Expected<void> resolveCandidates();
    // Fetches the rows of the exclusive keys sampled.
    Expected<void> fetchSamples();

private:
    // Keeps an exclusive row of `side` as a sample while there is room: its values when the
    // stream carried them, otherwise its key to fetch.
    void sampleExclusive(int side, const std::shared_ptr<const FetchedRow> &row,
                         const QByteArray &key);
    // Compares the values of a key whose row hashes differ: counts, per column, samples.
    void compareCandidate(const FetchedRow &a, const FetchedRow &b);
    nlohmann::json keyJson(const FetchedRow &row) const;
    nlohmann::json rowJson(const FetchedRow &row) const;
    // Reads the rows of `keys` on `side`, each with its encoded key (the key columns come first).
    Expected<void> fetchByKeys(
        warehouse::Database &db, int side, const std::vector<QByteArray> &keys,
        const std::function<void(const QByteArray &key, const warehouse::Row &row)> &onRow) const;

    RunState &m_state;
    std::vector<QByteArray> m_candidates;
    std::vector<QByteArray> m_exclusiveSamples[2];
};

} // namespace tidemark::diff::hashdiff
