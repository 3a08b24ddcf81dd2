#include "warehouse/sqlite_functions.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sqlite3.h>

#include <cstdint>

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
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(text, size), QCryptographicHash::Md5);
    uint64_t v = 0;
    for (int i = 8; i < 16; ++i)
        v = (v << 8) | static_cast<uint8_t>(digest[i]);
    v &= (uint64_t(1) << 60) - 1;
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(v));
}

// tidemark_rowhash(v1, v2, ...): tidemark_hash60 of the concatenation of each argument's text
// followed by U+001F, or of U+001E alone for a NULL argument: the row hash the other databases
// compute with COALESCE(v || chr(31), chr(30)) || ..., without building the string in SQL.
void rowHash(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            md5.addData(QByteArrayView("\x1e", 1));
            continue;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        md5.addData(QByteArrayView(text, sqlite3_value_bytes(argv[i])));
        md5.addData(QByteArrayView("\x1f", 1));
    }
    const QByteArray digest = md5.result();
    uint64_t v = 0;
    for (int i = 8; i < 16; ++i)
        v = (v << 8) | static_cast<uint8_t>(digest[i]);
    v &= (uint64_t(1) << 60) - 1;
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(v));
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

} // namespace

bool registerSqliteFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    return sqlite3_create_function_v2(db, "tidemark_hash60", 1, flags, nullptr, hash60, nullptr, nullptr, nullptr) == SQLITE_OK
           && sqlite3_create_function_v2(db, "tidemark_hashsum", 1, flags, nullptr, nullptr, hashSumStep, hashSumFinal, nullptr)
                  == SQLITE_OK
           && sqlite3_create_function_v2(db, "tidemark_rowhash", -1, flags, nullptr, rowHash, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace tidemark::warehouse
