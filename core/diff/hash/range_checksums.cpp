// The first level of the cross-database diff for a single integer key: a grid of equal cells
// whose checksums (and the keys each cell holds) one scan per side returns (see hash_diff.cpp).

#include "diff/hash/run_state.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <limits>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Database;

// Rows per cell of the grid that single integer keys are cut into first: the cells whose checksums
// differ are compared row by row, so small cells stream little around each difference; their
// checksums are a row each from PostgreSQL and MySQL (a blob from SQLite).
constexpr qint64 kRowsPerGridCell = 16;
constexpr qint64 kMaxGridCells = qint64(1) << 21;

} // namespace

std::optional<Grid> HashDiffRun::gridOf(const KeyRange &root) const
{
    if (!m_codec.singleInteger())
        return std::nullopt;
    std::optional<qint64> min;
    std::optional<qint64> max;
    for (int side = 0; side < 2; ++side) {
        if (m_keyMin[side])
            min = min ? std::min(*min, *m_keyMin[side]) : *m_keyMin[side];
        if (m_keyMax[side])
            max = max ? std::max(*max, *m_keyMax[side]) : *m_keyMax[side];
    }
    qint64 span = 0;
    if (!min || !max || *max < *min || __builtin_sub_overflow(*max, *min, &span)
        || span == std::numeric_limits<qint64>::max())
        return std::nullopt;
    ++span;
    // Cells of at most 63 keys where that takes not too many, so that their duplicated keys show.
    const qint64 cells = std::clamp<qint64>(std::max(root.rows() / kRowsPerGridCell, span / 63 + 1),
                                            1, kMaxGridCells);
    Grid grid;
    grid.base = *min;
    grid.width = span / cells + (span % cells ? 1 : 0);
    grid.count = span / grid.width + (span % grid.width ? 1 : 0);
    return grid;
}

Expected<void> HashDiffRun::compareGrid(const Grid &grid, std::vector<KeyRange> *pending,
                                        std::vector<KeyRange> *leaves)
{
    std::vector<std::pair<qint64, quint64>> sums[2];
    auto read = onBothSides([&](Database &db, int side) -> Expected<void> {
        std::vector<std::pair<qint64, quint64>> &out = sums[side];
        out.assign(size_t(grid.count), {0, 0});
        bool duplicates = false; // a cell with fewer keys than rows
        bool masks = grid.width <= 63;
        const bool blob = db.spec().driver == warehouse::Driver::SQLite; // tidemark_cellsums()
        const BoundSql sql = m_sql[side]->gridChecksums(grid);
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
                    m_stats[side].duplicateKeys = qint64(qFromLittleEndian<quint64>(trailer + 8));
                    m_stats[side].duplicateRows = qint64(qFromLittleEndian<quint64>(trailer + 16));
                    m_duplicatesKnown[side] = true;
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
        if (scanned && blob && m_stats[side].nullRows == 0) {
            // Every row was scanned (none has a NULL key): the values not of their class are known.
            const QStringList counts = oddCounts();
            m_oddValues[side].clear();
            int value = 0;
            for (const ValueColumn &c : m_sql[side]->values()) {
                const qint64 odd = counts.value(m_sql[side]->keyCount() + value).toLongLong();
                if (c.mayBeOdd && odd > 0)
                    m_oddValues[side].push_back({c.name, odd, c.form.as});
                ++value;
            }
            m_oddCounted[side] = true;
        }
        if (scanned && !blob && masks && !duplicates) {
            m_stats[side].duplicateKeys = 0;
            m_stats[side].duplicateRows = 0;
            m_duplicatesKnown[side] = true;
        }
        return scanned;
    });
    if (!read)
        return read;
    const qint64 threshold = std::max<qint64>(1, m_options.bisectionThreshold);
    pending->clear();
    m_gridCells.clear();
    for (qint64 i = 0; i < grid.count; ++i) {
        const auto &a = sums[0][size_t(i)];
        const auto &b = sums[1][size_t(i)];
        ++m_counters.rangesCompared;
        if (a == b) {
            ++m_counters.rangesSkipped;
            m_counters.rowsSkipped += a.first;
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
            m_gridCells.push_back(i);
        } else {
            pending->push_back(std::move(cell)); // cut further by the levels below
        }
    }
    // The rows to compare one by one are those of these cells, unless a cell was cut further.
    if (pending->empty())
        m_grid = grid;
    return {};
}

} // namespace tidemark::diff::hashdiff
