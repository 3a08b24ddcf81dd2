#include "warehouse/sqlite_row_hash.h"

#include "warehouse/postgres_text.h"
#include "warehouse/row_hash_spec.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

#include <sqlite3.h>

#include <charconv>
#include <cstdint>
#include <memory>
#include <vector>

namespace tidemark::warehouse {

namespace {

const char kEndOfValue = '\x1f';
const char kNullValue = '\x1e';
// Put before a value's text when it is not in the form the other side prints (a timestamp or a
// date that is not plain ISO text, a decimal with more digits than PostgreSQL's scale): such a
// value never hashes like the other side's, so its row is compared value by value instead.
const char kOddValue = '\x01';

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
    std::vector<RowTextPart> parts;
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
        if (token.isEmpty())
            return nullptr;
        RowTextPart part;
        part.kind = static_cast<RowText>(token.at(0));
        const QByteArray args = token.mid(1);
        switch (part.kind) {
        case RowText::Fixed: {
            const QList<QByteArray> numbers = args.split('/');
            bool ok = false;
            part.scale = numbers.value(0).toInt(&ok);
            if (!ok || part.scale < 0 || part.scale > 1000)
                return nullptr;
            if (numbers.size() > 1) {
                part.nativeScale = numbers.at(1).toInt(&ok);
                if (!ok || part.nativeScale < 0 || part.nativeScale > part.scale)
                    return nullptr;
            }
            break;
        }
        case RowText::Timestamp: {
            bool ok = false;
            part.length = args.toInt(&ok);
            if (!ok || part.length < 0)
                return nullptr;
            break;
        }
        case RowText::Text:
        case RowText::Integer:
        case RowText::Boolean:
        case RowText::Float8:
        case RowText::PostgresTimestamp:
        case RowText::Date:
            if (!args.isEmpty())
                return nullptr;
            break;
        default:
            return nullptr;
        }
        spec->parts.push_back(part);
    }
    return spec.release();
}

void deleteSpec(void *spec)
{
    delete static_cast<RowHashSpec *>(spec);
}

QByteArrayView textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QByteArrayView(text, text ? sqlite3_value_bytes(value) : 0);
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// The byte length of the first `characters` UTF-8 characters of `text` (SQLite's SUBSTR counts
// characters).
qsizetype utf8Prefix(QByteArrayView text, int characters)
{
    qsizetype i = 0;
    for (int n = 0; i < text.size() && n < characters; ++n) {
        ++i;
        while (i < text.size() && isUtf8Continuation(text[i]))
            ++i;
    }
    return i;
}

int utf8Length(QByteArrayView text)
{
    int n = 0;
    for (const char c : text)
        n += isUtf8Continuation(c) ? 0 : 1;
    return n;
}

bool isDigits(QByteArrayView text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return true;
}

// YYYY-MM-DD
bool isIsoDate(QByteArrayView t)
{
    return t.size() == 10 && isDigits(t, 0, 4) && t[4] == '-' && isDigits(t, 5, 7) && t[7] == '-' && isDigits(t, 8, 10);
}

// SqliteDialect::normalizedText() of a timestamp: 'T' read as ' ', the fraction padded to six
// digits, cut to `length` characters.
void appendSqliteTimestamp(sqlite3_value *value, int length, QByteArray *out)
{
    const qsizetype start = out->size();
    const QByteArrayView t = textOf(value);
    out->append(t);
    char *written = out->data() + start;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (written[i] == 'T')
            written[i] = ' ';
    }
    out->append(utf8Length(t) > 19 ? "000000" : ".000000");
    const QByteArrayView padded(out->constData() + start, out->size() - start);
    out->truncate(start + utf8Prefix(padded, length));
}

// PRINTF('%.<scale>f', v) as SQLite's own printf writes it.
void appendSqlitePrintf(sqlite3_value *value, int scale, QByteArray *out)
{
    const double v = sqlite3_value_double(value);
    if (scale <= 150) {
        char text[512];
        sqlite3_snprintf(int(sizeof text), text, "%.*f", scale, v);
        out->append(text);
        return;
    }
    char *text = sqlite3_mprintf("%.*f", scale, v);
    out->append(text);
    sqlite3_free(text);
}

// As PostgreSQL prints numeric(p, nativeScale): the value correctly rounded to `scale` decimals,
// whose digits beyond nativeScale must be zeros (or the value is odd: more precise than the
// PostgreSQL column can be).
void appendPostgresNumeric(sqlite3_value *value, int scale, int nativeScale, QByteArray *out)
{
    char text[400];
    const auto written = std::to_chars(text, text + sizeof text, sqlite3_value_double(value), std::chars_format::fixed, scale);
    if (written.ec != std::errc()) {
        out->append(kOddValue);
        appendSqlitePrintf(value, scale, out);
        return;
    }
    const qsizetype size = written.ptr - text;
    const QByteArrayView digits(text, size);
    const qsizetype point = digits.indexOf('.');
    if (point < 0) {
        out->append(digits);
        return;
    }
    const qsizetype keep = point + 1 + nativeScale;
    for (qsizetype i = keep; i < size; ++i) {
        if (text[i] != '0') {
            out->append(kOddValue);
            out->append(digits);
            return;
        }
    }
    out->append(text, nativeScale == 0 ? point : keep);
}

void appendInteger(qint64 value, QByteArray *out)
{
    char text[24];
    const auto written = std::to_chars(text, text + sizeof text, value);
    out->append(text, written.ptr - text);
}

void appendValue(const RowTextPart &part, sqlite3_value *value, QByteArray *out)
{
    switch (part.kind) {
    case RowText::Text:
        out->append(textOf(value));
        return;
    case RowText::Integer:
        appendInteger(static_cast<qint64>(sqlite3_value_int64(value)), out);
        return;
    case RowText::Boolean: {
        const int type = sqlite3_value_type(value);
        const bool truth = type == SQLITE_INTEGER ? sqlite3_value_int64(value) != 0 : sqlite3_value_double(value) != 0.0;
        out->append(truth ? '1' : '0');
        return;
    }
    case RowText::Fixed:
        if (part.nativeScale >= 0)
            appendPostgresNumeric(value, part.scale, part.nativeScale, out);
        else
            appendSqlitePrintf(value, part.scale, out);
        return;
    // Hashed as numbers (columnHash()): text only for values that are no number or no timestamp.
    case RowText::Float8:
        out->append(kOddValue);
        out->append(textOf(value));
        return;
    case RowText::Timestamp:
        appendSqliteTimestamp(value, part.length, out);
        return;
    case RowText::PostgresTimestamp:
        out->append(kOddValue);
        appendSqliteTimestamp(value, 26, out);
        return;
    case RowText::Date: {
        const QByteArrayView t = textOf(value);
        if (sqlite3_value_type(value) != SQLITE_TEXT || !isIsoDate(t))
            out->append(kOddValue);
        out->append(t);
        return;
    }
    }
}

// One argument's PostgreSQL hash ("pgc" specs): the hash function of the PostgreSQL type where
// the value is a number or a timestamp, else hashtextextended() of its text (`text`: scratch).
quint64 columnHash(const RowTextPart &part, sqlite3_value *value, quint64 seed, QByteArray *text)
{
    const int type = sqlite3_value_type(value);
    switch (part.kind) {
    case RowText::Integer: return postgres::hashInt8Extended(sqlite3_value_int64(value), seed);
    case RowText::Boolean: {
        const bool truth = type == SQLITE_INTEGER ? sqlite3_value_int64(value) != 0 : sqlite3_value_double(value) != 0.0;
        return postgres::hashUint32Extended(truth ? 1 : 0, seed);
    }
    case RowText::Float8:
        if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
            return postgres::hashFloat8Extended(sqlite3_value_double(value), seed);
        break;
    case RowText::PostgresTimestamp:
        text->clear();
        appendSqliteTimestamp(value, 26, text);
        if (const auto micro = postgres::timestampMicroseconds(*text))
            return postgres::hashInt8Extended(*micro, seed);
        break;
    default:
        break;
    }
    text->clear();
    appendValue(part, value, text);
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
            sqlite3_result_error(context, "tidemark_rowhash(): the spec does not describe the arguments", -1);
            return;
        }
        sqlite3_set_auxdata(context, 0, spec, deleteSpec);
        spec = static_cast<RowHashSpec *>(sqlite3_get_auxdata(context, 0));
        if (!spec) { // SQLite could not keep it (out of memory): it has been deleted
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    thread_local QByteArray text;
    if (spec->hash == RowHashKind::PostgresColumns) {
        quint64 hash = 0;
        for (int i = 1; i < argc; ++i) {
            hash ^= sqlite3_value_type(argv[i]) == SQLITE_NULL ? quint64(nullColumnHash(i - 1))
                                                               : columnHash(spec->parts[size_t(i - 1)], argv[i], quint64(i), &text);
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
        appendValue(spec->parts[size_t(i - 1)], argv[i], &text);
        text.append(kEndOfValue);
    }
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(md5Low60(text)));
}

} // namespace tidemark::warehouse
