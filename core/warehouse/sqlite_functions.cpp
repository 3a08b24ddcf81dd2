#include "warehouse/sqlite_functions.h"

#include "warehouse/sqlite_canonical.h"
#include "warehouse/sqlite_row_hash.h"

#include <QByteArray>

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace tidemark::warehouse {

namespace {

void hash60(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(md5Low60(QByteArrayView(text, size))));
}

void hashSumStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *sum = static_cast<uint64_t *>(sqlite3_aggregate_context(context, sizeof(uint64_t)));
    if (sum && sqlite3_value_type(argv[0]) != SQLITE_NULL)
        *sum += static_cast<uint64_t>(sqlite3_value_int64(argv[0]));
}

void hashSumFinal(sqlite3_context *context)
{
    auto *sum = static_cast<uint64_t *>(sqlite3_aggregate_context(context, 0));
    // Returned as text so that the full unsigned value survives.
    const QByteArray text = QByteArray::number(sum ? static_cast<qulonglong>(*sum) : 0ULL);
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

// tidemark_cellsums(offset, hash, width, cells): per cell (offset / width, from 0 to cells - 1)
// the rows and the sum of their row hashes modulo 2^64, and the duplicated offsets (keys): the
// checksums of a grid of key ranges and the key statistics in one pass, without sorting rows into
// groups. The result is one blob: 16 bytes per cell (rows, sum), then 24 bytes (whether keys were
// tracked, duplicated keys, rows with a duplicated key); little-endian 64-bit words.
constexpr qint64 kMaxCells = qint64(1) << 24;
constexpr qint64 kMaxTrackedKeys = qint64(1) << 28; // two bitmaps of 32 MiB at most

struct CellSums
{
    std::vector<std::pair<qint64, quint64>> cells;
    qint64 width = 1;
    bool tracked = false;
    std::vector<quint64> seen; // a bit per offset
    std::vector<quint64> again; // offsets seen more than once
    qint64 extraRows = 0; // rows beyond the first of their key
    qint64 duplicatedKeys = 0;
};

void cellSumsStep(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto **sums = static_cast<CellSums **>(sqlite3_aggregate_context(context, sizeof(CellSums *)));
    if (!sums) {
        sqlite3_result_error_nomem(context);
        return;
    }
    if (!*sums) {
        const qint64 width = sqlite3_value_int64(argv[2]);
        const qint64 cells = sqlite3_value_int64(argv[3]);
        if (width <= 0 || cells <= 0 || cells > kMaxCells) {
            sqlite3_result_error(
                context, "tidemark_cellsums(): the width or the number of cells is out of range",
                -1);
            return;
        }
        auto created = std::make_unique<CellSums>();
        created->cells.assign(size_t(cells), {0, 0});
        created->width = width;
        qint64 keys = 0;
        created->tracked = !__builtin_mul_overflow(width, cells, &keys) && keys <= kMaxTrackedKeys;
        if (created->tracked) {
            created->seen.assign(size_t((keys + 63) / 64), 0);
            created->again.assign(created->seen.size(), 0);
        }
        *sums = created.release();
    }
    CellSums &s = **sums;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return;
    const qint64 offset = sqlite3_value_int64(argv[0]);
    const qint64 cell = offset >= 0 ? offset / s.width : -1;
    if (cell < 0 || cell >= qint64(s.cells.size()))
        return;
    auto &[count, sum] = s.cells[size_t(cell)];
    ++count;
    sum += static_cast<quint64>(sqlite3_value_int64(argv[1]));
    if (s.tracked) {
        const size_t word = size_t(offset / 64);
        const quint64 bit = quint64(1) << (offset % 64);
        if (!(s.seen[word] & bit)) {
            s.seen[word] |= bit;
        } else {
            ++s.extraRows;
            if (!(s.again[word] & bit)) {
                s.again[word] |= bit;
                ++s.duplicatedKeys;
            }
        }
    }
}

void appendWord(QByteArray *out, quint64 word)
{
    for (int i = 0; i < 8; ++i)
        out->append(char((word >> (8 * i)) & 0xff));
}

void cellSumsFinal(sqlite3_context *context)
{
    auto **sums = static_cast<CellSums **>(sqlite3_aggregate_context(context, 0));
    if (!sums || !*sums) {
        sqlite3_result_null(context);
        return;
    }
    const std::unique_ptr<CellSums> owned(*sums);
    *sums = nullptr;
    QByteArray blob;
    blob.reserve(qsizetype(owned->cells.size()) * 16 + 24);
    for (const auto &[count, sum] : owned->cells) {
        appendWord(&blob, quint64(count));
        appendWord(&blob, sum);
    }
    appendWord(&blob, owned->tracked ? 1 : 0);
    appendWord(&blob, quint64(owned->duplicatedKeys));
    appendWord(&blob, quint64(owned->extraRows + owned->duplicatedKeys));
    sqlite3_result_blob64(context, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
}

} // namespace

bool registerSqliteFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    auto *oddCounts = new std::vector<qint64>(); // owned by tidemark_rowhash's registration
    return sqlite3_create_function_v2(db, "tidemark_hash60", 1, flags, nullptr, hash60, nullptr,
                                      nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_hashsum", 1, flags, nullptr, nullptr,
                                      hashSumStep, hashSumFinal, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_rowhash", -1, flags, oddCounts, sqliteRowHash,
                                      nullptr, nullptr, deleteOddCounts)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_oddcounts", 0, SQLITE_UTF8, oddCounts,
                                      sqliteOddCounts, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_cellsums", 4, flags, nullptr, nullptr,
                                      cellSumsStep, cellSumsFinal, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_canon", 2, flags, nullptr,
                                      sqlite::canonFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_isodd", 2, flags, nullptr,
                                      sqlite::isOddFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK
        && sqlite3_create_function_v2(db, "tidemark_lower", 1, flags, nullptr,
                                      sqlite::lowerFunction, nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

} // namespace tidemark::warehouse
