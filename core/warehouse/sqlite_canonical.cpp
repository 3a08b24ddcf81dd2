#include "warehouse/sqlite_canonical.h"

#include "warehouse/canonical_text.h"
#include "warehouse/postgres_text.h"

#include <QString>

#include <sqlite3.h>

#include <charconv>
#include <cmath>
#include <memory>

namespace tidemark::warehouse::sqlite {

namespace {

namespace canon = tidemark::warehouse::canonical;

constexpr qint64 kMicrosPerDay = qint64(86400) * 1000000;
// 2000-01-01, PostgreSQL's epoch, in days since 1970-01-01.
constexpr qint64 kPostgresEpochDays = 10957;

QByteArrayView textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QByteArrayView(text, text ? sqlite3_value_bytes(value) : 0);
}

QByteArrayView blobOf(sqlite3_value *value)
{
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    return QByteArrayView(data, data ? sqlite3_value_bytes(value) : 0);
}

void appendHex(QByteArrayView bytes, QByteArray *out)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out->append(digits[b >> 4]);
        out->append(digits[b & 15]);
    }
}

// The value's own text, after kOdd: what it is compared as when it is not of the class.
bool appendOdd(sqlite3_value *value, QByteArray *out)
{
    out->append(canon::kOdd);
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: canon::appendInteger(sqlite3_value_int64(value), out); break;
    case SQLITE_FLOAT: canon::appendDouble(sqlite3_value_double(value), out); break;
    case SQLITE_BLOB: appendHex(blobOf(value), out); break;
    default: out->append(textOf(value)); break;
    }
    return false;
}

std::optional<qint64> integerOf(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: return qint64(sqlite3_value_int64(value));
    case SQLITE_FLOAT: {
        const double d = sqlite3_value_double(value);
        if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return qint64(d);
        return std::nullopt;
    }
    case SQLITE_TEXT: return canon::parseInteger(textOf(value));
    default: return std::nullopt;
    }
}

std::optional<double> doubleOf(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return double(sqlite3_value_int64(value)); // the nearest double, as the contract says
    case SQLITE_FLOAT: return sqlite3_value_double(value);
    case SQLITE_TEXT: {
        const QByteArrayView t = textOf(value);
        if (const auto d = canon::parseDecimal(t)) {
            switch (d->kind) {
            case canon::Decimal::Kind::NaN: return std::nan("");
            case canon::Decimal::Kind::PlusInfinity: return HUGE_VAL;
            case canon::Decimal::Kind::MinusInfinity: return -HUGE_VAL;
            case canon::Decimal::Kind::Finite: break;
            }
            double out = 0;
            const char *begin = t.data() + (t.startsWith('+') ? 1 : 0);
            const auto read = std::from_chars(begin, t.data() + t.size(), out);
            if (read.ec == std::errc() && read.ptr == t.data() + t.size())
                return out;
        }
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<bool> booleanOf(sqlite3_value *value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_value_int64(value);
        if (v == 0 || v == 1)
            return v == 1;
        return std::nullopt;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_value_double(value);
        if (v == 0 || v == 1)
            return v == 1;
        return std::nullopt;
    }
    case SQLITE_TEXT: return canon::parseBoolean(textOf(value));
    default: return std::nullopt;
    }
}

std::optional<qint64> timestampOf(sqlite3_value *value)
{
    if (sqlite3_value_type(value) != SQLITE_TEXT)
        return std::nullopt;
    return canon::parseTimestamp(textOf(value));
}

std::optional<qint64> dateOf(sqlite3_value *value)
{
    if (sqlite3_value_type(value) != SQLITE_TEXT)
        return std::nullopt;
    return canon::parseDate(textOf(value));
}

void deleteSpec(void *spec)
{
    delete static_cast<CanonicalSpec *>(spec);
}

// The spec of argument 0, parsed once per statement (kept with it by sqlite3_set_auxdata).
const CanonicalSpec *specOf(sqlite3_context *context, sqlite3_value *token, const char *function)
{
    if (auto *spec = static_cast<CanonicalSpec *>(sqlite3_get_auxdata(context, 0)))
        return spec;
    const auto parsed = parseToken(textOf(token));
    if (!parsed) {
        const QByteArray message = QByteArray(function) + "(): unknown token";
        sqlite3_result_error(context, message.constData(), -1);
        return nullptr;
    }
    sqlite3_set_auxdata(context, 0, new CanonicalSpec(*parsed), deleteSpec);
    if (auto *spec = static_cast<CanonicalSpec *>(sqlite3_get_auxdata(context, 0)))
        return spec;
    static thread_local CanonicalSpec unkept; // SQLite could not keep it: parsed again next row
    unkept = *parsed;
    return &unkept;
}

} // namespace

std::optional<CanonicalSpec> parseToken(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    CanonicalSpec spec;
    spec.kind = token[0];
    QByteArrayView rest = token.sliced(1);
    if (rest.endsWith('#')) {
        spec.numericHash = true;
        rest.chop(1);
    }
    switch (spec.kind) {
    case 'n':
    case 'p': {
        int parameter = -1;
        const auto read = std::from_chars(rest.data(), rest.data() + rest.size(), parameter);
        if (read.ec != std::errc() || read.ptr != rest.data() + rest.size() || parameter < 0
            || parameter > 1000)
            return std::nullopt;
        if (spec.kind == 'p' && parameter > 6)
            return std::nullopt;
        spec.parameter = parameter;
        return spec;
    }
    case 'i':
    case 'N':
    case 'f':
    case 'D':
    case 'b':
    case 't':
    case 'u':
    case 'x':
        if (!rest.isEmpty())
            return std::nullopt;
        return spec;
    default: return std::nullopt;
    }
}

bool isOfClass(const CanonicalSpec &spec, sqlite3_value *value)
{
    const int type = sqlite3_value_type(value);
    switch (spec.kind) {
    case 'i': return integerOf(value).has_value();
    case 'f': return doubleOf(value).has_value();
    case 'n':
    case 'N':
        return type == SQLITE_INTEGER || type == SQLITE_FLOAT
            || (type == SQLITE_TEXT && canon::parseDecimal(textOf(value)));
    case 'p': return timestampOf(value).has_value();
    case 'D': return dateOf(value).has_value();
    case 'b': return booleanOf(value).has_value();
    case 'u': return type == SQLITE_TEXT;
    case 'x': return type == SQLITE_BLOB || type == SQLITE_TEXT;
    default: return type != SQLITE_BLOB;
    }
}

bool appendCanonical(const CanonicalSpec &spec, sqlite3_value *value, QByteArray *out)
{
    const int type = sqlite3_value_type(value);
    switch (spec.kind) {
    case 'i':
        if (const auto v = integerOf(value)) {
            canon::appendInteger(*v, out);
            return true;
        }
        return appendOdd(value, out);
    case 'f':
        if (const auto v = doubleOf(value)) {
            canon::appendDouble(*v, out);
            return true;
        }
        return appendOdd(value, out);
    case 'n':
    case 'N': {
        const bool fixed = spec.kind == 'n';
        if (type == SQLITE_INTEGER) {
            canon::appendInteger(sqlite3_value_int64(value), out);
            if (fixed && spec.parameter > 0) {
                out->append('.');
                out->append(QByteArray(spec.parameter, '0'));
            }
            return true;
        }
        if (type == SQLITE_FLOAT) {
            if (fixed)
                canon::appendDoubleFixed(sqlite3_value_double(value), spec.parameter, out);
            else
                canon::appendDoublePlain(sqlite3_value_double(value), out);
            return true;
        }
        if (type == SQLITE_TEXT) {
            if (const auto d = canon::parseDecimal(textOf(value))) {
                out->append(fixed ? canon::fixedText(*d, spec.parameter) : canon::plainText(*d));
                return true;
            }
        }
        return appendOdd(value, out);
    }
    case 'p':
        if (const auto micros = timestampOf(value)) {
            canon::appendTimestamp(*micros, spec.parameter, out);
            return true;
        }
        return appendOdd(value, out);
    case 'D':
        if (dateOf(value)) {
            out->append(textOf(value)); // a valid YYYY-MM-DD is its own canonical text
            return true;
        }
        return appendOdd(value, out);
    case 'b':
        if (const auto truth = booleanOf(value)) {
            out->append(*truth ? '1' : '0');
            return true;
        }
        return appendOdd(value, out);
    case 'u':
        if (type == SQLITE_TEXT) {
            for (const char c : textOf(value))
                out->append(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
            return true;
        }
        return appendOdd(value, out);
    case 'x':
        if (type == SQLITE_BLOB || type == SQLITE_TEXT) {
            appendHex(type == SQLITE_BLOB ? blobOf(value) : textOf(value), out);
            return true;
        }
        return appendOdd(value, out);
    default: // 't'
        switch (type) {
        case SQLITE_TEXT: out->append(textOf(value)); return true;
        case SQLITE_INTEGER: canon::appendInteger(sqlite3_value_int64(value), out); return true;
        case SQLITE_FLOAT: canon::appendDouble(sqlite3_value_double(value), out); return true;
        default: return appendOdd(value, out);
        }
    }
}

std::optional<quint64> numericHash(const CanonicalSpec &spec, sqlite3_value *value, quint64 seed)
{
    switch (spec.kind) {
    case 'i':
        if (const auto v = integerOf(value))
            return postgres::hashInt8Extended(*v, seed);
        break;
    case 'f':
        if (const auto v = doubleOf(value))
            return postgres::hashFloat8Extended(*v, seed);
        break;
    case 'b':
        if (const auto v = booleanOf(value))
            return postgres::hashUint32Extended(*v ? 1 : 0, seed);
        break;
    case 'p':
        if (spec.parameter == 6) {
            if (const auto micros = timestampOf(value))
                return postgres::hashInt8Extended(*micros - kPostgresEpochDays * kMicrosPerDay,
                                                  seed);
        }
        break;
    case 'D':
        if (const auto days = dateOf(value))
            return postgres::hashUint32Extended(quint32(qint32(*days - kPostgresEpochDays)), seed);
        break;
    default: break;
    }
    return std::nullopt;
}

void canonFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const CanonicalSpec *spec = specOf(context, argv[0], "tidemark_canon");
    if (!spec)
        return;
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    if (spec->kind == 't' && sqlite3_value_type(argv[1]) == SQLITE_TEXT) {
        sqlite3_result_value(context, argv[1]);
        return;
    }
    thread_local QByteArray text;
    text.clear();
    appendCanonical(*spec, argv[1], &text);
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void isOddFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const CanonicalSpec *spec = specOf(context, argv[0], "tidemark_isodd");
    if (!spec)
        return;
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    sqlite3_result_int(context, isOfClass(*spec, argv[1]) ? 0 : 1);
}

void lowerFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArrayView text = textOf(argv[0]);
    bool ascii = true;
    for (const char c : text)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    thread_local QByteArray out;
    if (ascii) {
        out.resize(text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = text[i] >= 'A' && text[i] <= 'Z' ? char(text[i] - 'A' + 'a') : text[i];
    } else {
        out = QString::fromUtf8(text).toLower().toUtf8();
    }
    sqlite3_result_text(context, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

} // namespace tidemark::warehouse::sqlite
