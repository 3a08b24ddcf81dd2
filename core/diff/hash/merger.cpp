#include "diff/hash/merger.h"
#include "common/translation.h"

#include "diff/value_json.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Database;

constexpr size_t kStreamBatch = 4096; // rows per batch handed from a side to the merge
constexpr qint64 kValuesInStream = 4000; // rows a side may stream with their values
constexpr size_t kQueuedBatches = 32; // batches a side may run ahead of the merge
constexpr int kMaxKeysPerFetch = 20000;

// Reads one side's sorted stream, checking that the keys come in the client's order.
class Cursor final
{
public:
    Cursor(RowQueue &queue, std::function<bool()> stopped)
        : m_queue(queue)
        , m_stopped(std::move(stopped))
    {
    }

    const StreamRow *peek()
    {
        while (m_pos >= m_batch.size()) {
            if (m_end)
                return nullptr;
            m_batch.clear();
            m_pos = 0;
            if (!m_queue.pop(&m_batch, m_stopped)) {
                m_end = true;
                return nullptr;
            }
        }
        return &m_batch[m_pos];
    }

    // Takes the rows with the key of peek(): how many, and the first one's hash and values.
    int takeGroup(QByteArray *key, quint64 *hash, std::shared_ptr<const FetchedRow> *values)
    {
        const StreamRow *row = peek();
        *key = row->key;
        *hash = row->hash;
        *values = row->row;
        int count = 0;
        do {
            ++count;
            ++m_pos;
            row = peek();
        } while (row && row->key == *key);
        if (row && row->key < *key)
            m_disordered = true;
        if (m_hasLast && *key < m_last)
            m_disordered = true;
        m_last = *key;
        m_hasLast = true;
        return count;
    }

    bool disordered() const { return m_disordered; }

private:
    RowQueue &m_queue;
    std::function<bool()> m_stopped;
    std::vector<StreamRow> m_batch;
    size_t m_pos = 0;
    bool m_end = false;
    QByteArray m_last;
    bool m_hasLast = false;
    bool m_disordered = false;
};

} // namespace

Merger::Merger(RunState &state)
    : m_state(state)
{
}

void Merger::sampleExclusive(int side, const std::shared_ptr<const FetchedRow> &row,
                             const QByteArray &key)
{
    nlohmann::json &samples = m_state.result.samples[side == 0 ? "exclusive_a" : "exclusive_b"];
    if (samples.size() + m_exclusiveSamples[side].size()
        >= size_t(std::max(0, m_state.options.sampleSize)))
        return;
    if (row)
        samples.push_back(rowJson(*row));
    else
        m_exclusiveSamples[side].push_back(key); // its row is fetched afterwards
}

Expected<void> Merger::streamAndMerge(std::vector<KeyRange> leaves)
{
    if (leaves.empty()) {
        m_state.sawAllRows = m_state.stats[0].rows == m_state.stats[0].nullRows
            && m_state.stats[1].rows == m_state.stats[1].nullRows;
        return {};
    }
    m_state.counters.rangesStreamed = qint64(leaves.size());
    qint64 expected = 0;
    qint64 leafRows[2] = {0, 0};
    std::vector<KeyRange> ranges;
    for (KeyRange &leaf : leaves) {
        expected += leaf.rowsA + leaf.rowsB;
        leafRows[0] += leaf.rowsA;
        leafRows[1] += leaf.rowsB;
        if (!ranges.empty() && ranges.back().hi && leaf.lo && *ranges.back().hi == *leaf.lo) {
            ranges.back().hi = leaf.hi;
            ranges.back().rowsA += leaf.rowsA;
            ranges.back().rowsB += leaf.rowsB;
        } else {
            ranges.push_back(std::move(leaf));
        }
    }
    // Most of the table differs (or all of it is small): stream it all rather than test each row
    // against the ranges.
    const qint64 all = std::max(m_state.stats[0].rows - m_state.stats[0].nullRows,
                                m_state.stats[1].rows - m_state.stats[1].nullRows);
    std::optional<Cells> members;
    bool gridCells = false;
    const bool everything = ranges.size() == 1 && !ranges.front().lo && !ranges.front().hi;
    if (!everything && 2 * std::max(leafRows[0], leafRows[1]) < all) {
        if (m_state.grid) {
            gridCells = true;
        } else if (Cells cells = cellsOf(ranges, 0, ranges.size(), 1);
                   cells.bounds.size() <= size_t(m_state.maxCells())) {
            members = std::move(cells);
        }
    }

    m_state.ctl->report(0.5, Tr::tr("Comparing the rows of the ranges that differ"));
    // Few rows to stream: they carry their values, so that the rows whose hashes differ are
    // compared as they meet, without reading the tables again to fetch them.
    const bool withValues = std::max(leafRows[0], leafRows[1]) <= kValuesInStream
        && m_state.options.limitDownload <= 0;
    BoundSql sql[2];
    for (int side = 0; side < 2; ++side)
        sql[side] = gridCells
            ? m_state.sql[side]->stream(*m_state.grid, m_state.gridCells, withValues)
            : m_state.sql[side]->stream(members ? &*members : nullptr, withValues);
    std::unique_ptr<RowQueue> queues[2];
    for (int side = 0; side < 2; ++side)
        queues[side]
            = std::make_unique<RowQueue>(m_state.workers[side]->threaded() ? kQueuedBatches : 0);

    std::future<void> produced[2];
    const int first = m_state.workers[0]->threaded() ? 0 : 1;
    for (const int side : {first, 1 - first}) {
        produced[side] = m_state.workers[side]->post([this, &sql, &queues, side,
                                                      withValues](Database &db) {
            RowQueue &queue = *queues[side];
            if (m_state.ctl->isCancelled()) {
                queue.finish(Error {Tr::tr("the diff was cancelled")});
                return;
            }
            QElapsedTimer busy;
            busy.start();
            const KeyCodec &codec = m_state.sql[side]->codec();
            const int hashColumn = codec.size();
            std::vector<StreamRow> batch;
            batch.reserve(kStreamBatch);
            bool consumerGone = false;
            auto read = db.query(sql[side].sql, sql[side].values, [&](const warehouse::Row &row) {
                StreamRow r;
                if (!codec.encode(row, 0, &r.key))
                    return true;
                r.hash = quint64(row.value(hashColumn).toLongLong()); // 60-bit MD5 or signed 64-bit
                if (withValues)
                    r.row = std::make_shared<const FetchedRow>(
                        m_state.sql[side]->rowValues(row, hashColumn + 1));
                batch.push_back(std::move(r));
                if (batch.size() >= kStreamBatch) {
                    if (!queue.push(std::move(batch))) {
                        consumerGone = true;
                        db.cancel(); // the rest of the stream is not wanted: stop it on the server
                        return false;
                    }
                    batch = {};
                    batch.reserve(kStreamBatch);
                }
                return true;
            });
            m_state.busyMs[side] += busy.elapsed();
            if (consumerGone) {
                queue.finish(std::nullopt);
                return;
            }
            if (read && !batch.empty())
                queue.push(std::move(batch));
            queue.finish(read ? std::nullopt : std::optional<Error>(read.error()));
        });
    }

    const auto cancelled = [this] { return m_state.ctl->isCancelled(); };
    Cursor a(*queues[0], cancelled);
    Cursor b(*queues[1], cancelled);
    KeyStats duplicates[2];
    qint64 nextReport = 65536;
    QByteArray keyA;
    QByteArray keyB;
    quint64 hashA = 0;
    quint64 hashB = 0;
    std::shared_ptr<const FetchedRow> rowA;
    std::shared_ptr<const FetchedRow> rowB;
    while (!m_state.ctl->isCancelled()) {
        const StreamRow *ra = a.peek();
        const StreamRow *rb = b.peek();
        if (!ra && !rb)
            break;
        const int order = !ra ? 1
            : !rb             ? -1
                              : (ra->key < rb->key ? -1 : (rb->key < ra->key ? 1 : 0));
        if (m_state.options.limitDownload > 0
            && m_state.counters.rowsStreamed + (order == 0 ? 2 : 1)
                > m_state.options.limitDownload) {
            m_state.limited = true;
            break;
        }
        int countA = 0;
        int countB = 0;
        if (order <= 0)
            countA = a.takeGroup(&keyA, &hashA, &rowA);
        if (order >= 0)
            countB = b.takeGroup(&keyB, &hashB, &rowB);
        m_state.counters.rowsStreamed += countA + countB;
        if (countA > 1) {
            ++duplicates[0].duplicateKeys;
            duplicates[0].duplicateRows += countA;
        }
        if (countB > 1) {
            ++duplicates[1].duplicateKeys;
            duplicates[1].duplicateRows += countB;
        }
        // Rows whose key is duplicated on their side take no part in matching; a single row
        // facing them is exclusive.
        if (countA == 1 && countB == 1) {
            if (hashA != hashB) {
                ++m_state.counters.candidates;
                if (rowA && rowB)
                    compareCandidate(*rowA, *rowB);
                else
                    m_candidates.push_back(keyA);
            }
        } else if (countA == 1) {
            ++m_state.result.rows.exclusiveA;
            sampleExclusive(0, rowA, keyA);
        } else if (countB == 1) {
            ++m_state.result.rows.exclusiveB;
            sampleExclusive(1, rowB, keyB);
        }
        if (a.disordered() || b.disordered())
            break;
        if (m_state.options.limitDownload > 0
            && m_state.counters.rowsStreamed >= m_state.options.limitDownload) {
            m_state.limited = true;
            break;
        }
        if (m_state.counters.rowsStreamed >= nextReport) {
            nextReport += 65536;
            const double share = expected > 0
                ? std::min(1.0, double(m_state.counters.rowsStreamed) / double(expected))
                : 0.0;
            m_state.ctl->report(0.5 + 0.3 * share,
                                Tr::tr("Comparing the rows of the ranges that differ"));
        }
    }
    queues[0]->close();
    queues[1]->close();
    produced[0].wait();
    produced[1].wait();
    if (m_state.ctl->isCancelled())
        return m_state.stopped();
    if (!members && !gridCells && !m_state.limited) {
        // Every row with a non-NULL key went through the merge: its duplicates are the tables'.
        m_state.sawAllRows = true;
        for (int side = 0; side < 2; ++side) {
            m_state.stats[side].duplicateKeys = duplicates[side].duplicateKeys;
            m_state.stats[side].duplicateRows = duplicates[side].duplicateRows;
        }
    }
    if (a.disordered() || b.disordered()) {
        const bool sideA = a.disordered();
        return Error {
            Tr::tr("%1 returned the keys of %2 in another order than the other side, so the "
                   "two cannot be merged; "
                   "diff on a key of another type, or report this")
                .arg((sideA ? m_state.dbA : m_state.dbB).spec().redacted(),
                     (sideA ? m_state.tableA : m_state.tableB).display())};
    }
    if (!m_state.limited) {
        for (const auto &queue : queues) {
            if (const auto error = queue->error())
                return *error;
        }
    }
    return {};
}

nlohmann::json Merger::keyJson(const FetchedRow &row) const
{
    nlohmann::json key = nlohmann::json::object();
    for (size_t i = 0; i < m_state.pair.keys.size(); ++i)
        key[m_state.pair.keys[i].a.name.toStdString()]
            = valueToJson(row.rawKeys.value(qsizetype(i)));
    return key;
}

nlohmann::json Merger::rowJson(const FetchedRow &row) const
{
    nlohmann::json out = keyJson(row);
    for (size_t i = 0; i < m_state.pair.compared.size(); ++i)
        out[m_state.pair.compared[i].a.name.toStdString()]
            = valueToJson(row.rawValues.value(qsizetype(i)));
    return out;
}

void Merger::compareCandidate(const FetchedRow &a, const FetchedRow &b)
{
    nlohmann::json differing = nlohmann::json::array();
    for (size_t i = 0; i < m_state.pair.compared.size(); ++i) {
        if (canonicalDiffer(m_state.pair.compared[i].comparison, a.canonical.value(qsizetype(i)),
                            b.canonical.value(qsizetype(i)))) {
            ++m_state.different[i];
            differing.push_back(m_state.pair.compared[i].a.name.toStdString());
        }
    }
    if (differing.empty())
        return; // equal within the tolerances and string options, or alike in another notation
    ++m_state.result.rows.updated;
    if (m_state.result.samples["updated"].size() < size_t(std::max(0, m_state.options.sampleSize)))
        m_state.result.samples["updated"].push_back({{"key", keyJson(a)},
                                                     {"a", rowJson(a)},
                                                     {"b", rowJson(b)},
                                                     {"different_columns", differing}});
}

Expected<void> Merger::resolveCandidates()
{
    if (m_candidates.empty())
        return {};
    int textParts = 0;
    for (const KeyKind kind : m_state.codec.kinds())
        textParts += kind != KeyKind::Integer ? 1 : 0;
    const size_t perFetch = size_t(
        textParts == 0 ? kMaxKeysPerFetch : std::min(kMaxKeysPerFetch, kMaxParameters / textParts));
    const size_t keyCount = m_state.pair.keys.size();

    m_state.ctl->report(0.8, Tr::tr("Fetching the rows whose values differ"));
    for (size_t begin = 0; begin < m_candidates.size();) {
        size_t size = std::min(perFetch, m_candidates.size() - begin);
        if (m_state.options.limitDownload > 0) {
            const qint64 left = m_state.options.limitDownload - m_state.counters.rowsStreamed
                - m_state.counters.rowsFetched;
            size = std::min(size, size_t(std::max<qint64>(0, left / 2)));
            if (size == 0) {
                m_state.limited = true;
                return {};
            }
        }
        const std::vector<QByteArray> keys(m_candidates.begin() + qsizetype(begin),
                                           m_candidates.begin() + qsizetype(begin + size));
        QHash<QByteArray, FetchedRow> rows[2];
        auto fetched = m_state.onBothSides([&](Database &db, int side) -> Expected<void> {
            return fetchByKeys(
                db, side, keys, [&](const QByteArray &key, const warehouse::Row &row) {
                    rows[side].insert(key, m_state.sql[side]->rowValues(row, int(keyCount)));
                });
        });
        if (!fetched)
            return fetched;
        m_state.counters.rowsFetched += rows[0].size() + rows[1].size();
        for (const QByteArray &key : keys) {
            const auto ra = rows[0].constFind(key);
            const auto rb = rows[1].constFind(key);
            if (ra == rows[0].constEnd() || rb == rows[1].constEnd())
                continue; // the row changed since it was streamed
            compareCandidate(*ra, *rb);
        }
        begin += size;
        m_state.ctl->report(0.8 + 0.14 * double(begin) / double(m_candidates.size()),
                            Tr::tr("Fetching the rows whose values differ"));
    }
    return {};
}

Expected<void> Merger::fetchByKeys(
    Database &db, int side, const std::vector<QByteArray> &keys,
    const std::function<void(const QByteArray &key, const warehouse::Row &row)> &onRow) const
{
    const BoundSql sql = m_state.sql[side]->fetch(keys);
    const KeyCodec &codec = m_state.sql[side]->codec();
    QByteArray key;
    return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
        if (codec.encode(row, 0, &key))
            onRow(key, row);
        return true;
    });
}

Expected<void> Merger::fetchSamples()
{
    if (m_exclusiveSamples[0].empty() && m_exclusiveSamples[1].empty())
        return {};
    m_state.ctl->report(0.95, Tr::tr("Fetching sample rows"));
    const size_t keyCount = m_state.pair.keys.size();
    const size_t columnCount = m_state.pair.compared.size();
    QHash<QByteArray, nlohmann::json> rows[2];
    auto fetched = m_state.onBothSides([&](Database &db, int side) -> Expected<void> {
        if (m_exclusiveSamples[side].empty())
            return {};
        const int k = int(keyCount);
        return fetchByKeys(db, side, m_exclusiveSamples[side],
                           [&](const QByteArray &key, const warehouse::Row &row) {
                               nlohmann::json out = nlohmann::json::object();
                               for (size_t i = 0; i < keyCount; ++i)
                                   out[m_state.pair.keys[i].a.name.toStdString()]
                                       = valueToJson(row.value(k + int(i)));
                               for (size_t i = 0; i < columnCount; ++i)
                                   out[m_state.pair.compared[i].a.name.toStdString()]
                                       = valueToJson(row.value(2 * k + int(i)));
                               rows[side].insert(key, std::move(out));
                           });
    });
    if (!fetched)
        return fetched;
    m_state.counters.rowsFetched += rows[0].size() + rows[1].size();
    const char *names[2] = {"exclusive_a", "exclusive_b"};
    for (int side = 0; side < 2; ++side) {
        for (const QByteArray &key : m_exclusiveSamples[side]) {
            const auto row = rows[side].constFind(key);
            if (row != rows[side].constEnd())
                m_state.result.samples[names[side]].push_back(*row);
        }
    }
    return {};
}

} // namespace tidemark::diff::hashdiff
