#include "warehouse/sqlite_row_hash.h"

#include "warehouse/postgres_text.h"
#include "warehouse/row_hash_spec.h"
#include "warehouse/sqlite_canonical.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <vector>

namespace tidemark::warehouse {

namespace {

const char kEndOfValue = '\x1f';
const char kNullValue = '\x1e';

quint64 low60(const QByteArray &digest)
{
    uint64_t v = 0;
    for (int i = 8; i < 16; ++i)
        v = (v << 8) | static_cast<uint8_t>(digest[i]);
    return v & ((uint64_t(1) << 60) - 1);
}

// The parsed spec of tidemark_rowhash(), kept with the statement (sqlite3_set_auxdata).
struct RowHashSpec
{
    RowHashKind hash = RowHashKind::Md5;
    std::vector<sqlite::CanonicalSpec> parts;
};

RowHashSpec *parseSpec(const char *text)
{
    auto spec = std::make_unique<RowHashSpec>();
    const QByteArray s(text);
    const int colon = s.indexOf(':');
    if (colon < 0)
        return nullptr;
    const QByteArray hash = s.left(colon);
    if (hash == "pgc")
        spec->hash = RowHashKind::PostgresColumns;
    else if (hash != "md5")
        return nullptr;
    const QByteArray tokens = s.mid(colon + 1);
    if (tokens.isEmpty())
        return spec.release();
    for (const QByteArray &token : tokens.split(',')) {
        const auto part = sqlite::parseToken(token);
        if (!part)
            return nullptr;
        spec->parts.push_back(*part);
    }
    return spec.release();
}

void deleteSpec(void *spec)
{
    delete static_cast<RowHashSpec *>(spec);
}

// One argument's PostgreSQL hash ("pgc" specs): the hash function of the PostgreSQL type where
// the token says so and the value is of the class, else hashtextextended() of its canonical text
// (`text`: scratch).
quint64 columnHash(const sqlite::CanonicalSpec &part, sqlite3_value *value, quint64 seed,
                   QByteArray *text, bool *odd)
{
    if (part.numericHash) {
        if (const auto hash = sqlite::numericHash(part, value, seed))
            return *hash;
    }
    text->clear();
    *odd = !sqlite::appendCanonical(part, value, text);
    return postgres::hashBytesExtended(text->constData(), size_t(text->size()), seed);
}

} // namespace

quint64 md5Low60(QByteArrayView text)
{
    return low60(QCryptographicHash::hash(text, QCryptographicHash::Md5));
}

void sqliteRowHash(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_error(context, "tidemark_rowhash() needs a spec", -1);
        return;
    }
    auto *spec = static_cast<RowHashSpec *>(sqlite3_get_auxdata(context, 0));
    if (!spec) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        spec = text ? parseSpec(text) : nullptr;
        if (!spec || int(spec->parts.size()) != argc - 1) {
            delete spec;
            sqlite3_result_error(
                context, "tidemark_rowhash(): the spec does not describe the arguments", -1);
            return;
        }
        sqlite3_set_auxdata(context, 0, spec, deleteSpec);
        spec = static_cast<RowHashSpec *>(sqlite3_get_auxdata(context, 0));
        if (!spec) { // SQLite could not keep it (out of memory): it has been deleted
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    // Values that are not of their class are counted per argument for tidemark_oddcounts().
    auto *counts = static_cast<std::vector<qint64> *>(sqlite3_user_data(context));
    const auto countOdd = [counts](int argument) {
        if (!counts)
            return;
        if (counts->size() <= size_t(argument))
            counts->resize(size_t(argument) + 1, 0);
        ++(*counts)[size_t(argument)];
    };
    thread_local QByteArray text;
    if (spec->hash == RowHashKind::PostgresColumns) {
        quint64 hash = 0;
        for (int i = 1; i < argc; ++i) {
            if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
                hash ^= quint64(nullColumnHash(i - 1));
                continue;
            }
            bool odd = false;
            hash ^= columnHash(spec->parts[size_t(i - 1)], argv[i], quint64(i), &text, &odd);
            if (odd)
                countOdd(i - 1);
        }
        sqlite3_result_int64(context, static_cast<sqlite3_int64>(hash));
        return;
    }
    text.clear();
    for (int i = 1; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            text.append(kNullValue);
            continue;
        }
        if (!sqlite::appendCanonical(spec->parts[size_t(i - 1)], argv[i], &text))
            countOdd(i - 1);
        text.append(kEndOfValue);
    }
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(md5Low60(text)));
}

void sqliteOddCounts(sqlite3_context *context, int, sqlite3_value **)
{
    auto *counts = static_cast<std::vector<qint64> *>(sqlite3_user_data(context));
    QByteArray text;
    if (counts) {
        for (size_t i = 0; i < counts->size(); ++i) {
            if (i > 0)
                text.append(',');
            text.append(QByteArray::number((*counts)[i]));
        }
        counts->clear();
    }
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void deleteOddCounts(void *counts)
{
    delete static_cast<std::vector<qint64> *>(counts);
}

} // namespace tidemark::warehouse
