#pragma once

// The canonical text of the value contract (docs/VALUE_CONTRACT.md), made in C++: what SQLite's
// tidemark_canon() and tidemark_rowhash() give for SQLite values, and what the client reads when it
// compares two sides' canonical texts. The SQL of PostgreSQL and MariaDB gives the same text
// (dialects.cpp); tests prove the two agree against real servers.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace tidemark::warehouse::canonical {

// Put before the text of a value that is not of the class its column is compared as (a SQLite
// text that is no timestamp, a tinyint(1) holding 2): such a value is compared as text and never
// equals a value of the class.
constexpr char kOdd = '\x01';

// A double as PostgreSQL's float8out writes the shortest text that reads back as the same double:
// fixed notation for decimal exponents from -4 to 14 ("0.0001", "123.5", "100"), scientific
// otherwise ("1e-05", "1.2345678901234568e+20"); "NaN", "Infinity", "-Infinity"; -0 as "0".
void appendDouble(double value, QByteArray *out);
// The same shortest digits without an exponent ("0.00001", "100000000000000000000"); "NaN" and
// the infinities as above.
void appendDoublePlain(double value, QByteArray *out);
// The double's shortest text rounded half away from zero to `scale` digits after the point,
// written with exactly that many ("2.68" for 2.675 at scale 2; "0.00" for -0.001).
void appendDoubleFixed(double value, int scale, QByteArray *out);

// A number written as text: [+-]digits[.digits][(e|E)[+-]digits], or NaN / [+-]Infinity (also
// "inf"). value = 0.digits x 10^exponent; digits without leading or trailing zeros (empty: zero).
struct Decimal
{
    enum class Kind { Finite, NaN, PlusInfinity, MinusInfinity };
    Kind kind = Kind::Finite;
    bool negative = false;
    QByteArray digits;
    int exponent = 0;

    bool isZero() const { return kind == Kind::Finite && digits.isEmpty(); }
    friend bool operator==(const Decimal &a, const Decimal &b);
};
std::optional<Decimal> parseDecimal(QByteArrayView text);
// Fixed notation with exactly `scale` digits after the point, rounded half away from zero.
QByteArray fixedText(const Decimal &value, int scale);
// The shortest fixed notation: no trailing zeros after the point, no point when none are left.
QByteArray plainText(const Decimal &value);

// An integer written as text: [+-]digits (leading zeros allowed), within 64 bits.
std::optional<qint64> parseInteger(QByteArrayView text);
void appendInteger(qint64 value, QByteArray *out);

// A timestamp as text, in the forms SQLite tables hold: "YYYY-MM-DD", "YYYY-MM-DD HH:MM",
// "YYYY-MM-DD HH:MM:SS" with 0 to 9 fractional digits (rounded to microseconds), 'T' or ' '
// between date and time, and an optional zone ("Z", "+hh", "+hh:mm", "+hhmm", "-..."), which is
// converted to UTC. Seconds of 60 and a time of 24:00:00 roll over, as PostgreSQL reads them.
// Microseconds since 1970-01-01 00:00:00 UTC; nothing for text that is no such timestamp.
std::optional<qint64> parseTimestamp(QByteArrayView text);
// "YYYY-MM-DD HH:MM:SS[.f]" with `precision` (0 to 6) fractional digits, cut, not rounded;
// years before 1 as PostgreSQL's BC years with a leading '-' ("-0001-12-31 23:00:00").
void appendTimestamp(qint64 microseconds, int precision, QByteArray *out);
// A date written "YYYY-MM-DD" and nothing else: days since 1970-01-01.
std::optional<qint64> parseDate(QByteArrayView text);
void appendDate(qint64 days, QByteArray *out);
// Days since 1970-01-01 of a proleptic Gregorian date, and back.
qint64 daysFromCivil(qint64 year, int month, int day);
void civilFromDays(qint64 days, qint64 *year, int *month, int *day);

// true/false as PostgreSQL reads booleans: t, true, y, yes, on, 1 and f, false, n, no, off, 0 (any
// case, surrounding spaces ignored).
std::optional<bool> parseBoolean(QByteArrayView text);

} // namespace tidemark::warehouse::canonical
