#include "diff/hash/range_checksums.h"
#include "common/translation.h"

#include <QtEndian>

#include <algorithm>
#include <bit>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Database;

// Cells whose checksums probe the density of differences before the first full checksums.
constexpr size_t kProbes = 64;
// Levels of bisection at most; what is still unresolved then is streamed.
constexpr int kMaxLevels = 24;

} // namespace

RangeChecksums::RangeChecksums(RunState &state, Planner &planner)
    : m_state(state)
    , m_planner(planner)
{
}

Expected<void> RangeChecksums::checksums(const std::vector<KeyRange> &ranges,
                                         std::vector<std::pair<qint64, quint64>> *a,
                                         std::vector<std::pair<qint64, quint64>> *b)
{
    a->assign(ranges.size(), {0, 0});
    b->assign(ranges.size(), {0, 0});
    std::vector<std::pair<qint64, quint64>> *out[2] = {a, b};
    const size_t limit = size_t(m_state.maxCells());
    for (size_t begin = 0; begin < ranges.size();) {
        // As many ranges as fit in one statement's boundaries (neighbours share theirs).
        size_t end = begin;
        size_t bounds = 0;
        while (end < ranges.size()) {
            const KeyRange &r = ranges[end];
            const size_t more
                = (r.lo && (end == begin || ranges[end - 1].hi != r.lo) ? 1 : 0) + (r.hi ? 1 : 0);
            if (end > begin && bounds + more > limit)
                break;
            bounds += more;
            ++end;
        }
        const Cells cells = cellsOf(ranges, begin, end, -1);
        auto read = m_state.onBothSides([&](Database &db, int side) -> Expected<void> {
            const BoundSql sql = m_state.sql[side]->checksums(cells);
            return db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
                const qint64 label = row.value(0).toLongLong();
                if (label >= 0 && label < qint64(ranges.size()))
                    (*out[side])[size_t(label)]
                        = {row.value(1).toLongLong(), parseHashSum(row.value(2))};
                return true;
            });
        });
        if (!read)
            return read;
        begin = end;
    }
    return {};
}

Expected<std::vector<KeyRange>> RangeChecksums::bisect()
{
    KeyRange root;
    root.rowsA = m_state.stats[0].rows - m_state.stats[0].nullRows;
    root.rowsB = m_state.stats[1].rows - m_state.stats[1].nullRows;
    if (root.rows() == 0)
        return std::vector<KeyRange> {};
    const qint64 threshold = std::max<qint64>(1, m_state.options.bisectionThreshold);
    if (root.rows() <= threshold)
        return std::vector<KeyRange> {root};

    m_state.ctl->report(0.2, Tr::tr("Placing the boundaries of key ranges"));
    QElapsedTimer clock;
    clock.start();
    auto splitter = m_planner.makeSplitter(m_planner.pieces(root, true));
    if (!splitter)
        return splitter.error();
    m_state.timings["boundaries"] = clock.elapsed();

    std::vector<KeyRange> pending {root};
    std::vector<KeyRange> leaves;
    if (const std::optional<Grid> grid = m_planner.gridOf(root)) {
        ++m_state.counters.levels;
        m_state.ctl->report(
            0.33,
            Tr::tr("Comparing checksums of key ranges (level %1)").arg(m_state.counters.levels));
        if (auto compared = compareGrid(*grid, &pending, &leaves); !compared)
            return compared.error();
    }
    while (!pending.empty()) {
        ++m_state.counters.levels;
        m_state.ctl->report(
            std::min(0.5, 0.25 + 0.08 * m_state.counters.levels),
            Tr::tr("Comparing checksums of key ranges (level %1)").arg(m_state.counters.levels));
        // How many pieces each range is cut into, at most two statements' worth per level.
        std::vector<int> want;
        qint64 total = 0;
        for (const KeyRange &p : pending) {
            want.push_back(m_planner.pieces(p, m_state.counters.levels == 1));
            total += want.back();
        }
        const qint64 budget = 2 * qint64(m_state.maxCells());
        std::vector<KeyRange> children;
        for (size_t i = 0; i < pending.size(); ++i) {
            const KeyRange &parent = pending[i];
            int n = want[i];
            if (total > budget)
                n = int(std::max<qint64>(2, qint64(n) * budget / total));
            const std::vector<QByteArray> bounds = (*splitter)->split(parent, n);
            if (bounds.empty()) {
                leaves.push_back(parent); // cannot be cut further
                continue;
            }
            KeyRange child;
            child.lo = parent.lo;
            for (const QByteArray &b : bounds) {
                child.hi = b;
                children.push_back(child);
                child.lo = b;
            }
            child.hi = parent.hi;
            children.push_back(child);
        }
        if (children.empty())
            break;
        if (m_state.counters.levels == 1 && pending.size() == 1 && children.size() >= 4 * kProbes) {
            // Before hashing every row for the first checksums, probe the density of differences
            // on a few cells spread over the key space: when most of them differ, nearly every
            // cell would, and all rows are streamed at once instead of hashed twice.
            std::vector<KeyRange> probes;
            const size_t step = children.size() / kProbes;
            for (size_t i = 0; i < kProbes; ++i)
                probes.push_back(children[i * step + step / 2]);
            std::vector<std::pair<qint64, quint64>> probeA;
            std::vector<std::pair<qint64, quint64>> probeB;
            if (auto read = checksums(probes, &probeA, &probeB); !read)
                return read.error();
            qint64 differ = 0;
            for (size_t i = 0; i < kProbes; ++i)
                differ += probeA[i] != probeB[i] ? 1 : 0;
            m_state.counters.probed = qint64(kProbes);
            m_state.counters.probedDiffering = differ;
            if (2 * differ > qint64(kProbes)) {
                leaves.push_back(pending.front());
                break;
            }
        }
        std::vector<std::pair<qint64, quint64>> sumsA;
        std::vector<std::pair<qint64, quint64>> sumsB;
        if (auto read = checksums(children, &sumsA, &sumsB); !read)
            return read.error();
        std::vector<KeyRange> differing;
        qint64 nonEmpty = 0;
        for (size_t i = 0; i < children.size(); ++i) {
            KeyRange &c = children[i];
            c.rowsA = sumsA[i].first;
            c.rowsB = sumsB[i].first;
            nonEmpty += c.rows() > 0 ? 1 : 0;
            if (sumsA[i] == sumsB[i]) {
                ++m_state.counters.rangesSkipped;
                m_state.counters.rowsSkipped += c.rowsA;
            } else {
                differing.push_back(c);
            }
        }
        m_state.counters.rangesCompared += qint64(children.size());
        // Dense differences: when nearly every piece of ranges that differed differs again, cutting
        // once more would only read the rows twice; stream them. (Not judged on the first cut, nor
        // on a handful of pieces: keys bunched in a few pieces of a wide range say nothing.)
        const qint64 enough = std::max(4, m_state.options.bisectionFactor);
        const bool dense = m_state.counters.levels >= 2 && nonEmpty >= enough
            && double(differing.size()) >= 0.9 * double(nonEmpty);
        pending.clear();
        for (KeyRange &d : differing) {
            if (dense || d.rows() <= threshold || m_state.counters.levels >= kMaxLevels)
                leaves.push_back(std::move(d));
            else
                pending.push_back(std::move(d));
        }
    }
    std::sort(leaves.begin(), leaves.end(), [](const KeyRange &x, const KeyRange &y) {
        if (!x.lo || !y.lo)
            return !x.lo && y.lo;
        return *x.lo < *y.lo;
    });
    return leaves;
}

Expected<void> RangeChecksums::compareGrid(const Grid &grid, std::vector<KeyRange> *pending,
                                           std::vector<KeyRange> *leaves)
{
    std::vector<std::pair<qint64, quint64>> sums[2];
    auto read = m_state.onBothSides([&](Database &db, int side) -> Expected<void> {
        std::vector<std::pair<qint64, quint64>> &out = sums[side];
        out.assign(size_t(grid.count), {0, 0});
        bool duplicates = false; // a cell with fewer keys than rows
        bool masks = grid.width <= 63;
        const bool blob = db.dialect().driver() == warehouse::Driver::SQLite; // tidemark_cellsums()
        const BoundSql sql = m_state.sql[side]->gridChecksums(grid);
        const auto oddCounts =
            [&db]() -> QStringList { // SQLite: what tidemark_rowhash() counted since the last call
            QStringList counts;
            (void)db.query(QStringLiteral("SELECT tidemark_oddcounts()"), {},
                           [&counts](const warehouse::Row &row) {
                               counts = row.value(0).toString().split(QLatin1Char(','),
                                                                      Qt::SkipEmptyParts);
                               return false;
                           });
            return counts;
        };
        if (blob)
            oddCounts();
        auto scanned = db.query(sql.sql, sql.values, [&](const warehouse::Row &row) {
            if (blob) { // 16 bytes per cell, then whether duplicates were counted and how many
                const QByteArray cells = row.value(0).toByteArray();
                const auto *bytes = reinterpret_cast<const uchar *>(cells.constData());
                if (cells.size() != grid.count * 16 + 24)
                    return false; // no rows
                for (qint64 i = 0; i < grid.count; ++i)
                    out[size_t(i)] = {qint64(qFromLittleEndian<quint64>(bytes + 16 * i)),
                                      qFromLittleEndian<quint64>(bytes + 16 * i + 8)};
                const uchar *trailer = bytes + 16 * grid.count;
                if (qFromLittleEndian<quint64>(trailer) == 1) {
                    m_state.stats[side].duplicateKeys
                        = qint64(qFromLittleEndian<quint64>(trailer + 8));
                    m_state.stats[side].duplicateRows
                        = qint64(qFromLittleEndian<quint64>(trailer + 16));
                    m_state.duplicatesKnown[side] = true;
                }
                return false;
            }
            const qint64 cell = row.value(0).toLongLong();
            if (cell >= 0 && cell < grid.count)
                out[size_t(cell)] = {row.value(1).toLongLong(), parseHashSum(row.value(2))};
            masks = masks && !row.isNull(3);
            if (masks
                && std::popcount(quint64(row.value(3).toULongLong())) < row.value(1).toLongLong())
                duplicates = true;
            return true;
        });
        if (scanned && blob && m_state.stats[side].nullRows == 0) {
            // Every row was scanned (none has a NULL key): the values not of their class are known.
            const QStringList counts = oddCounts();
            m_state.oddValues[side].clear();
            int value = 0;
            for (const ValueColumn &c : m_state.sql[side]->values()) {
                const qint64 odd = counts.value(m_state.sql[side]->keyCount() + value).toLongLong();
                if (c.mayBeOdd && odd > 0)
                    m_state.oddValues[side].push_back({c.name, odd, c.form.as});
                ++value;
            }
            m_state.oddCounted[side] = true;
        }
        if (scanned && !blob && masks && !duplicates) {
            m_state.stats[side].duplicateKeys = 0;
            m_state.stats[side].duplicateRows = 0;
            m_state.duplicatesKnown[side] = true;
        }
        return scanned;
    });
    if (!read)
        return read;
    const qint64 threshold = std::max<qint64>(1, m_state.options.bisectionThreshold);
    pending->clear();
    m_state.gridCells.clear();
    for (qint64 i = 0; i < grid.count; ++i) {
        const auto &a = sums[0][size_t(i)];
        const auto &b = sums[1][size_t(i)];
        ++m_state.counters.rangesCompared;
        if (a == b) {
            ++m_state.counters.rangesSkipped;
            m_state.counters.rowsSkipped += a.first;
            continue;
        }
        KeyRange cell;
        if (i > 0)
            cell.lo = KeyCodec::encodeInteger(grid.base + i * grid.width);
        if (i + 1 < grid.count)
            cell.hi = KeyCodec::encodeInteger(grid.base + (i + 1) * grid.width);
        cell.rowsA = a.first;
        cell.rowsB = b.first;
        if (cell.rows() <= threshold) {
            leaves->push_back(std::move(cell));
            m_state.gridCells.push_back(i);
        } else {
            pending->push_back(std::move(cell)); // cut further by the levels below
        }
    }
    // The rows to compare one by one are those of these cells, unless a cell was cut further.
    if (pending->empty())
        m_state.grid = grid;
    return {};
}

} // namespace tidemark::diff::hashdiff
