#include "support/differential.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>

namespace tidemark::test::differential {

namespace {

using Rng = std::mt19937_64;

constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kMicrosPerDay = 86400 * kMicrosPerSecond;
// 0001-01-01 and 9999-12-31 in days since 1970-01-01.
constexpr qint64 kFirstDay = -719162;
constexpr qint64 kLastDay = 2932896;

qint64 uniform(Rng &rng, qint64 lo, qint64 hi)
{
    return std::uniform_int_distribution<qint64>(lo, hi)(rng);
}

bool chance(Rng &rng, double p)
{
    return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

// The harness's own calendar (independent of the product's): days since 1970 to a civil date.
void civil(qint64 days, qint64 *y, int *m, int *d)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2 ? 1 : 0);
}

qint64 daysOf(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

QString dateText(qint64 days)
{
    qint64 y = 0;
    int m = 0;
    int d = 0;
    civil(days, &y, &m, &d);
    return QString::asprintf("%04lld-%02d-%02d", static_cast<long long>(y), m, d);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

// "YYYY-MM-DD HH:MM:SS" and the microseconds.
QString secondsText(qint64 micros, qint64 *fraction, QChar separator = QLatin1Char(' '))
{
    const qint64 days = floorDiv(micros, kMicrosPerDay);
    const qint64 rest = micros - days * kMicrosPerDay;
    const qint64 seconds = rest / kMicrosPerSecond;
    *fraction = rest % kMicrosPerSecond;
    return dateText(days) + separator
        + QString::asprintf("%02lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                            static_cast<long long>(seconds / 60 % 60),
                            static_cast<long long>(seconds % 60));
}

QString fullTimestamp(qint64 micros)
{
    qint64 fraction = 0;
    const QString s = secondsText(micros, &fraction);
    return s + QString::asprintf(".%06lld", static_cast<long long>(fraction));
}

QString trimmedFraction(qint64 fraction)
{
    if (fraction == 0)
        return {};
    QString f = QString::asprintf("%06lld", static_cast<long long>(fraction));
    while (f.endsWith(QLatin1Char('0')))
        f.chop(1);
    return QLatin1Char('.') + f;
}

// One of the text forms SQLite tables hold a timestamp in, meaning the same instant.
QString sqliteTimestamp(qint64 micros, Rng &rng)
{
    qint64 fraction = 0;
    switch (uniform(rng, 0, 6)) {
    case 0: {
        const QString s = secondsText(micros, &fraction);
        return s + trimmedFraction(fraction);
    }
    case 1: return fullTimestamp(micros);
    case 2: {
        const QString s = secondsText(micros, &fraction, QLatin1Char('T'));
        return s + trimmedFraction(fraction) + QLatin1Char('Z');
    }
    case 3: return fullTimestamp(micros) + QStringLiteral("000");
    case 4: {
        // Local time at an offset, converted back to UTC by the reader.
        const qint64 offsets[] = {330, -480, 60, -150};
        const qint64 offset = offsets[uniform(rng, 0, 3)];
        const qint64 local = micros + offset * 60 * kMicrosPerSecond;
        if (local < kFirstDay * kMicrosPerDay || local >= (kLastDay + 1) * kMicrosPerDay)
            return fullTimestamp(micros);
        const QString s = secondsText(local, &fraction);
        const qint64 a = std::abs(offset);
        return s + trimmedFraction(fraction)
            + QString::asprintf("%c%02lld:%02lld", offset < 0 ? '-' : '+',
                                static_cast<long long>(a / 60), static_cast<long long>(a % 60));
    }
    case 5:
        if (floorDiv(micros, kMicrosPerDay) * kMicrosPerDay == micros)
            return dateText(floorDiv(micros, kMicrosPerDay));
        return fullTimestamp(micros);
    default: {
        const QString s = secondsText(micros, &fraction);
        if (fraction == 0 && s.endsWith(QStringLiteral(":00")))
            return s.left(16);
        return s + trimmedFraction(fraction);
    }
    }
}

QString decimalText(qint64 units, int scale)
{
    const qint64 divisor = scale == 2 ? 100 : 1000000;
    const bool negative = units < 0;
    const quint64 a = negative ? quint64(0) - quint64(units) : quint64(units);
    return QString::asprintf("%s%llu.%0*llu", negative ? "-" : "",
                             static_cast<unsigned long long>(a / quint64(divisor)), scale,
                             static_cast<unsigned long long>(a % quint64(divisor)));
}

QString doubleText(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return QString::fromLatin1(text);
}

const QStringList &textPool()
{
    static const QStringList pool = {
        QStringLiteral("plain text"),
        QStringLiteral("Mixed Case"),
        QStringLiteral("trailing space "),
        QStringLiteral("two trailing  "),
        QStringLiteral(" leading"),
        QStringLiteral(""), // empty, not NULL (Qt binds a null QString as NULL)
        QStringLiteral("caf\u00e9"),
        QStringLiteral("cafe\u0301"),
        QStringLiteral("\u65e5\u672c\u8a9e"),
        QStringLiteral("wave \U0001F30A"),
        QStringLiteral("quote ' \" \\ %1 _"),
        QStringLiteral("tab\tnew\nline"),
        QStringLiteral("\u00c4\u00d6\u00dc \u00df"),
        QString(120, QLatin1Char('x')),
    };
    return pool;
}

double randomDouble(Rng &rng)
{
    switch (uniform(rng, 0, 9)) {
    case 0: { // any finite double, from its bits
        for (;;) {
            const quint64 bits = rng();
            double d = 0;
            std::memcpy(&d, &bits, sizeof d);
            if (std::isfinite(d))
                return d;
        }
    }
    case 1:
        return std::numeric_limits<double>::denorm_min()
            * double(uniform(rng, 1, 1000)); // subnormal
    case 2: return 100.0 / double(uniform(rng, 3, 97)); // 17 significant digits
    case 3: return 0.1 * double(uniform(rng, 1, 9)) + 0.2; // 0.30000000000000004
    case 4: return chance(rng, 0.5) ? 0.0 : -0.0;
    case 5: return double(uniform(rng, -1000000, 1000000)); // integral
    case 6:
        return std::ldexp(double(uniform(rng, 1, 1 << 20)),
                          int(uniform(rng, 40, 80))); // around 1e15 .. 1e30
    case 7: return double(uniform(rng, 1, 99999)) * 1e-9; // around 1e-5
    case 8: return std::numeric_limits<double>::max() / double(uniform(rng, 1, 4));
    default: return std::uniform_real_distribution<double>(-1e6, 1e6)(rng);
    }
}

qint64 randomTimestamp(Rng &rng)
{
    qint64 day = 0;
    switch (uniform(rng, 0, 5)) {
    case 0: day = kFirstDay + uniform(rng, 0, 3); break; // year 1
    case 1: day = kLastDay - uniform(rng, 0, 3); break; // year 9999
    case 2: day = daysOf(2024, 2, 29) + uniform(rng, -1, 1) * 1461; break; // leap days
    default: day = uniform(rng, daysOf(1900, 1, 1), daysOf(2100, 1, 1)); break;
    }
    const qint64 digits = uniform(rng, 0, 6); // fractional digits 0 to 6
    qint64 unit = 1;
    for (qint64 i = digits; i < 6; ++i)
        unit *= 10;
    const qint64 micros = uniform(rng, 0, kMicrosPerDay - 1) / unit * unit;
    return day * kMicrosPerDay + micros;
}

LogicalRow randomRow(Rng &rng, qint64 id)
{
    const auto maybe = [&rng](auto value) -> std::optional<decltype(value)> {
        if (chance(rng, 0.06))
            return std::nullopt;
        return value;
    };
    LogicalRow r;
    r.id = id;
    const QStringList &pool = textPool();
    QString text = pool.at(int(uniform(rng, 0, pool.size() - 1)));
    if (chance(rng, 0.5) && !text.isEmpty())
        text += QStringLiteral(" #%1").arg(id);
    r.text = maybe(text);
    qint64 num = uniform(rng, -1000000, 1000000);
    if (chance(rng, 0.1))
        num = chance(rng, 0.5) ? std::numeric_limits<qint64>::max()
                               : std::numeric_limits<qint64>::min();
    r.num = maybe(num);
    qint64 cents = uniform(rng, -99999999, 99999999);
    if (chance(rng, 0.05))
        cents = chance(rng, 0.5) ? 999999999999LL
                                 : -999999999999LL; // 9999999999.99, numeric(12,2)'s largest
    r.cents = maybe(cents);
    qint64 millionths = uniform(rng, -999999999, 999999999);
    if (chance(rng, 0.05))
        millionths = 999999999999LL; // 999999.999999
    r.millionths = maybe(millionths);
    r.dbl = maybe(randomDouble(rng));
    r.ts = maybe(randomTimestamp(rng));
    r.day = maybe(chance(rng, 0.2) ? (chance(rng, 0.5) ? kFirstDay : kLastDay)
                                   : uniform(rng, daysOf(1950, 1, 1), daysOf(2050, 1, 1)));
    r.flag = maybe(chance(rng, 0.5));
    return r;
}

bool sameDouble(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return *a == *b || (std::isnan(*a) && std::isnan(*b));
}

// Changes one column of `row` so that it differs under the contract with default options.
QString change(Rng &rng, LogicalRow &row, Column column)
{
    switch (column) {
    case Column::Text: {
        if (!row.text) {
            row.text = QStringLiteral("now set");
            return QStringLiteral("text: NULL to a value");
        }
        QString &t = *row.text;
        switch (uniform(rng, 0, 4)) {
        case 0:
            for (qsizetype i = 0; i < t.size(); ++i) {
                const QChar c = t.at(i);
                if (c.unicode() < 128 && c.isLetter()) {
                    t[i] = c.isUpper() ? c.toLower() : c.toUpper();
                    return QStringLiteral("text: case only");
                }
            }
            t += QLatin1Char('!');
            return QStringLiteral("text: appended");
        case 1: t += QLatin1Char(' '); return QStringLiteral("text: trailing space");
        case 2:
            if (t.contains(QChar(0xe9))) {
                t.replace(QChar(0xe9), QStringLiteral("e\u0301"));
                return QStringLiteral("text: composed to combining mark");
            }
            t += QChar(0x301);
            return QStringLiteral("text: combining mark added");
        case 3:
            if (t.isEmpty()) {
                row.text.reset();
                return QStringLiteral("text: '' to NULL");
            }
            t = QStringLiteral(
                ""); // not clear(): that makes the string null, which Qt binds as NULL
            return QStringLiteral("text: to ''");
        default: t.prepend(QStringLiteral("x")); return QStringLiteral("text: prepended");
        }
    }
    case Column::Num:
        if (!row.num || chance(rng, 0.1)) {
            row.num = row.num ? std::optional<qint64>() : std::optional<qint64>(7);
            return QStringLiteral("num: NULL against a value");
        }
        row.num = *row.num == std::numeric_limits<qint64>::max() ? *row.num - 1 : *row.num + 1;
        return QStringLiteral("num: +1");
    case Column::Dec:
        if (!row.cents) {
            row.cents = 1;
            return QStringLiteral("dec: NULL to 0.01");
        }
        row.cents = *row.cents >= 999999999999LL ? *row.cents - 1 : *row.cents + 1;
        return QStringLiteral("dec: 0.01");
    case Column::Rate:
        if (!row.millionths) {
            row.millionths = -1;
            return QStringLiteral("rate: NULL to -0.000001");
        }
        row.millionths
            = *row.millionths >= 999999999999LL ? *row.millionths - 1 : *row.millionths + 1;
        return QStringLiteral("rate: 0.000001");
    case Column::Dbl: {
        if (!row.dbl) {
            row.dbl = 1.0 / 3.0;
            return QStringLiteral("dbl: NULL to a value");
        }
        const double v = *row.dbl;
        double n = v;
        QString what;
        switch (uniform(rng, 0, 3)) {
        case 0:
            n = std::nextafter(v, v < std::numeric_limits<double>::max() ? HUGE_VAL : -HUGE_VAL);
            what = QStringLiteral("dbl: next double (last digit)");
            break;
        case 1:
            n = v * (1 + 1e-9);
            what = QStringLiteral("dbl: by 1e-9");
            break;
        case 2:
            n = v + 1.5;
            what = QStringLiteral("dbl: +1.5");
            break;
        default:
            n = -v;
            what = QStringLiteral("dbl: sign");
            break;
        }
        if (!std::isfinite(n) || n == v) { // a change that is none: the next double instead
            n = std::nextafter(v, v > 0 ? -HUGE_VAL : HUGE_VAL);
            what = QStringLiteral("dbl: previous double");
        }
        row.dbl = n;
        return what;
    }
    case Column::Ts: {
        if (!row.ts) {
            row.ts = 0;
            return QStringLiteral("ts: NULL to 1970-01-01");
        }
        const qint64 steps[] = {1, 1000, kMicrosPerSecond, kMicrosPerDay};
        const char *names[]
            = {"ts: 1 microsecond", "ts: 1 millisecond", "ts: 1 second", "ts: 1 day"};
        const int k = int(uniform(rng, 0, 3));
        const qint64 step
            = *row.ts + steps[k] < (kLastDay + 1) * kMicrosPerDay ? steps[k] : -steps[k];
        row.ts = *row.ts + step;
        return QString::fromUtf8(names[k]);
    }
    case Column::Day:
        if (!row.day) {
            row.day = 0;
            return QStringLiteral("day: NULL to a date");
        }
        row.day = *row.day < kLastDay ? *row.day + 1 : *row.day - 1;
        return QStringLiteral("day: 1 day");
    case Column::Flag:
        if (!row.flag) {
            row.flag = false;
            return QStringLiteral("flag: NULL to false");
        }
        row.flag = !*row.flag;
        return QStringLiteral("flag: flipped");
    }
    return {};
}

bool sameValue(const LogicalRow &a, const LogicalRow &b, Column column, const CompareOptions &o)
{
    switch (column) {
    case Column::Text: {
        std::optional<QString> x = a.text;
        std::optional<QString> y = b.text;
        if (o.nullEqualsEmpty) {
            x = x.value_or(QString());
            y = y.value_or(QString());
        }
        if (!x || !y)
            return !x && !y;
        return o.caseInsensitive ? x->toLower() == y->toLower() : *x == *y;
    }
    case Column::Num: return a.num == b.num;
    case Column::Dec: return a.cents == b.cents;
    case Column::Rate: return a.millionths == b.millionths;
    case Column::Dbl:
        // Tolerances as the contract computes them (docs/VALUE_CONTRACT.md): in doubles, of one
        // sign |a - b| against t (absolute) or against t |b| as a share (relative); of two signs
        // |a| + |b| against t, or always apart (relative).
        if ((o.dblTolerance || o.dblRelative) && a.dbl && b.dbl) {
            const double x = *a.dbl;
            const double y = *b.dbl;
            if (x == y)
                return true;
            const bool sameSign = (x < 0) == (y < 0);
            const double d = std::abs(x - y);
            if (o.dblTolerance)
                return sameSign ? d <= *o.dblTolerance
                                : std::abs(x) <= *o.dblTolerance - std::abs(y);
            return sameSign && d <= std::abs(y) && d / std::abs(y) <= *o.dblRelative;
        }
        return sameDouble(a.dbl, b.dbl);
    case Column::Ts: {
        if (!a.ts || !b.ts)
            return !a.ts && !b.ts;
        if (o.timestampPrecision < 0 || o.timestampPrecision >= 6)
            return *a.ts == *b.ts;
        qint64 unit = 1;
        for (int i = o.timestampPrecision; i < 6; ++i)
            unit *= 10;
        return floorDiv(*a.ts, unit) == floorDiv(*b.ts, unit);
    }
    case Column::Day: return a.day == b.day;
    case Column::Flag: return a.flag == b.flag;
    }
    return false;
}

QString keyText(qint64 id)
{
    return QStringLiteral("Schl\u00fcssel %1").arg(id + 1000000, 8, 10, QLatin1Char('0'));
}

// A distinct double per id: subnormal, around 1e20 (written in exponent notation by every engine,
// in a different one by MariaDB) and ordinary fractions.
double keyDouble(qint64 id)
{
    switch ((id % 3 + 3) % 3) {
    case 0: return double(id) * 1e-310;
    case 1: return double(id) * 1e20;
    default: return double(id) / 7.0;
    }
}

// A distinct instant per id, some with fractions of a second.
qint64 keyInstant(qint64 id)
{
    return daysOf(2020, 2, 29) * kMicrosPerDay + id * 3600 * kMicrosPerSecond
        + (id % 3 == 0 ? 0 : (id * 7919) % 1000000);
}

QString region(qint64 id)
{
    static const QStringList regions {QStringLiteral("north"), QStringLiteral("S\u00fcd"),
                                      QStringLiteral("east "), QStringLiteral("West")};
    return regions.at(int(std::abs(id) % 4));
}

struct StoreColumn
{
    QString name;
    QString type;
};

QString typeFor(Store store, Column column)
{
    switch (store) {
    case Store::Postgres:
        switch (column) {
        case Column::Text: return QStringLiteral("text");
        case Column::Num: return QStringLiteral("bigint");
        case Column::Dec: return QStringLiteral("numeric(12,2)");
        case Column::Rate: return QStringLiteral("numeric(12,6)");
        case Column::Dbl: return QStringLiteral("double precision");
        case Column::Ts: return QStringLiteral("timestamp(6)");
        case Column::Day: return QStringLiteral("date");
        case Column::Flag: return QStringLiteral("boolean");
        }
        break;
    case Store::PostgresOther:
        switch (column) {
        case Column::Text: return QStringLiteral("varchar(300)");
        case Column::Num: return QStringLiteral("numeric(20,0)");
        case Column::Dec: return QStringLiteral("numeric");
        case Column::Rate: return QStringLiteral("numeric(30,10)");
        case Column::Dbl: return QStringLiteral("float8");
        case Column::Ts: return QStringLiteral("timestamptz");
        case Column::Day: return QStringLiteral("date");
        case Column::Flag: return QStringLiteral("bool");
        }
        break;
    case Store::SqliteText:
        switch (column) {
        case Column::Text: return QStringLiteral("TEXT");
        case Column::Num: return QStringLiteral("INTEGER");
        case Column::Dec: return QStringLiteral("REAL");
        case Column::Rate: return QStringLiteral("TEXT");
        case Column::Dbl: return QStringLiteral("REAL");
        case Column::Ts: return QStringLiteral("TEXT");
        case Column::Day: return QStringLiteral("TEXT");
        case Column::Flag: return QStringLiteral("BOOLEAN");
        }
        break;
    case Store::MariaDb:
        switch (column) {
        case Column::Text: return QStringLiteral("varchar(300)");
        case Column::Num: return QStringLiteral("bigint");
        case Column::Dec: return QStringLiteral("decimal(12,2)");
        case Column::Rate: return QStringLiteral("decimal(12,6)");
        case Column::Dbl: return QStringLiteral("double");
        case Column::Ts: return QStringLiteral("datetime(6)");
        case Column::Day: return QStringLiteral("date");
        case Column::Flag: return QStringLiteral("tinyint(1)");
        }
        break;
    case Store::SqliteTyped:
    case Store::SqliteCtas:
        switch (column) {
        case Column::Text: return QStringLiteral("TEXT");
        case Column::Num: return QStringLiteral("INTEGER");
        case Column::Dec: return QStringLiteral("NUMERIC(12,2)");
        case Column::Rate: return QStringLiteral("DECIMAL(12,6)");
        case Column::Dbl: return QStringLiteral("REAL");
        case Column::Ts: return QStringLiteral("TIMESTAMP");
        case Column::Day: return QStringLiteral("DATE");
        case Column::Flag: return QStringLiteral("BOOLEAN");
        }
        break;
    }
    return QStringLiteral("TEXT");
}

QVariant nullValue()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// A timestamp as PostgreSQL reads it into timestamptz: at an offset now and then.
QString zonedTimestamp(qint64 micros, Rng &rng)
{
    if (chance(rng, 0.5))
        return fullTimestamp(micros) + QStringLiteral("+00");
    const qint64 local = micros - 90 * 60 * kMicrosPerSecond;
    if (local < kFirstDay * kMicrosPerDay)
        return fullTimestamp(micros);
    return fullTimestamp(local) + QStringLiteral("-01:30");
}

// How `store` writes a value of `column` (bound to a placeholder).
QVariant encode(Store store, Column column, const LogicalRow &r, Rng &rng)
{
    const bool sqlite
        = store == Store::SqliteTyped || store == Store::SqliteCtas || store == Store::SqliteText;
    switch (column) {
    case Column::Text: return r.text ? QVariant(*r.text) : nullValue();
    case Column::Num: return r.num ? QVariant(*r.num) : nullValue();
    case Column::Dec:
        if (!r.cents)
            return nullValue();
        return sqlite ? QVariant(double(*r.cents) / 100.0) : QVariant(decimalText(*r.cents, 2));
    case Column::Rate:
        if (!r.millionths)
            return nullValue();
        if (store == Store::SqliteText)
            return QVariant(decimalText(*r.millionths, 6)); // text: one form per value
        return sqlite ? QVariant(double(*r.millionths) / 1e6)
                      : QVariant(decimalText(*r.millionths, 6));
    case Column::Dbl:
        if (!r.dbl)
            return nullValue();
        return sqlite ? QVariant(*r.dbl) : QVariant(doubleText(*r.dbl));
    case Column::Ts:
        if (!r.ts)
            return nullValue();
        if (store == Store::PostgresOther)
            return QVariant(zonedTimestamp(*r.ts, rng));
        return sqlite ? QVariant(sqliteTimestamp(*r.ts, rng)) : QVariant(fullTimestamp(*r.ts));
    case Column::Day: return r.day ? QVariant(dateText(*r.day)) : nullValue();
    case Column::Flag:
        if (!r.flag)
            return nullValue();
        if (store == Store::Postgres || store == Store::PostgresOther)
            return QVariant(*r.flag);
        if (store == Store::SqliteCtas) {
            switch (uniform(rng, 0, 2)) {
            case 0: return QVariant(QString::fromLatin1(*r.flag ? "t" : "f"));
            case 1: return QVariant(QString::fromLatin1(*r.flag ? "true" : "false"));
            default: break;
            }
        }
        return QVariant(qint64(*r.flag ? 1 : 0));
    }
    return nullValue();
}

} // namespace

const std::array<Column, kColumns> &allColumns()
{
    static const std::array<Column, kColumns> columns
        = {Column::Day, Column::Dbl,  Column::Dec,  Column::Flag,
           Column::Num, Column::Rate, Column::Text, Column::Ts};
    return columns;
}

QString columnName(Column column)
{
    switch (column) {
    case Column::Day: return QStringLiteral("day");
    case Column::Dbl: return QStringLiteral("dbl");
    case Column::Dec: return QStringLiteral("dec");
    case Column::Flag: return QStringLiteral("flag");
    case Column::Num: return QStringLiteral("num");
    case Column::Rate: return QStringLiteral("rate");
    case Column::Text: return QStringLiteral("t\u00ebxt \"q\"");
    case Column::Ts: return QStringLiteral("ts");
    }
    return {};
}

Dataset generate(quint64 seed, int rows)
{
    Rng rng(seed);
    Dataset data;
    for (int i = 0; i < rows; ++i)
        data.a.push_back(randomRow(rng, qint64(i) * 7 - 1000));
    data.b = data.a;
    // Rows removed, rows added, rows updated in one or two columns: no cell changes twice.
    std::vector<size_t> order(data.b.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    const size_t removed = std::max<size_t>(1, size_t(rows) / 40);
    const size_t updated = std::max<size_t>(2, size_t(rows) / 6);
    std::set<size_t> gone;
    for (size_t i = 0; i < removed && i < order.size(); ++i) {
        gone.insert(order[i]);
        data.log.push_back({Change::Kind::Delete, data.b[order[i]].id, Column::Text,
                            QStringLiteral("row removed")});
    }
    for (size_t i = removed; i < removed + updated && i < order.size(); ++i) {
        LogicalRow &row = data.b[order[i]];
        std::vector<Column> columns(allColumns().begin(), allColumns().end());
        std::shuffle(columns.begin(), columns.end(), rng);
        const int n = chance(rng, 0.3) ? 2 : 1;
        for (int k = 0; k < n; ++k)
            data.log.push_back({Change::Kind::Update, row.id, columns[size_t(k)],
                                change(rng, row, columns[size_t(k)])});
    }
    // Zeros whose sign flips: not a change (-0 equals 0).
    for (size_t i = removed + updated; i < order.size(); ++i) {
        LogicalRow &row = data.b[order[i]];
        if (row.dbl && *row.dbl == 0)
            row.dbl = -*row.dbl;
    }
    std::vector<LogicalRow> kept;
    for (size_t i = 0; i < data.b.size(); ++i) {
        if (!gone.count(i))
            kept.push_back(data.b[i]);
    }
    data.b = std::move(kept);
    const size_t added = std::max<size_t>(1, size_t(rows) / 40);
    for (size_t i = 0; i < added; ++i) {
        const qint64 id = qint64(rows + int(i)) * 7 - 1000 + 3;
        data.b.push_back(randomRow(rng, id));
        data.log.push_back({Change::Kind::Insert, id, Column::Text, QStringLiteral("row added")});
    }
    std::shuffle(data.b.begin(), data.b.end(), rng);
    return data;
}

QString CompareOptions::name() const
{
    QStringList parts;
    if (caseInsensitive)
        parts << QStringLiteral("case-insensitive");
    if (nullEqualsEmpty)
        parts << QStringLiteral("null=''");
    if (timestampPrecision >= 0)
        parts << QStringLiteral("ts precision %1").arg(timestampPrecision);
    if (dblTolerance)
        parts << QStringLiteral("dbl within %1").arg(*dblTolerance);
    if (dblRelative)
        parts << QStringLiteral("dbl within %1 of B").arg(*dblRelative);
    return parts.isEmpty() ? QStringLiteral("default") : parts.join(QStringLiteral(", "));
}

Expectation fromChangeLog(const Dataset &data)
{
    Expectation e;
    e.rowsA = qint64(data.a.size());
    e.rowsB = qint64(data.b.size());
    std::set<qint64> updatedRows;
    for (const Change &c : data.log) {
        switch (c.kind) {
        case Change::Kind::Delete: ++e.exclusiveA; break;
        case Change::Kind::Insert: ++e.exclusiveB; break;
        case Change::Kind::Update:
            updatedRows.insert(c.id);
            ++e.different[size_t(c.column)];
            break;
        }
    }
    e.updated = qint64(updatedRows.size());
    e.unchanged = e.rowsA - e.exclusiveA - e.updated;
    return e;
}

Expectation reference(const Dataset &data, const CompareOptions &options)
{
    Expectation e;
    e.rowsA = qint64(data.a.size());
    e.rowsB = qint64(data.b.size());
    std::map<qint64, const LogicalRow *> b;
    for (const LogicalRow &r : data.b)
        b[r.id] = &r;
    for (const LogicalRow &r : data.a) {
        const auto other = b.find(r.id);
        if (other == b.end()) {
            ++e.exclusiveA;
            continue;
        }
        bool differs = false;
        for (const Column c : allColumns()) {
            if (!sameValue(r, *other->second, c, options)) {
                ++e.different[size_t(c)];
                differs = true;
            }
        }
        e.updated += differs ? 1 : 0;
        b.erase(other);
    }
    e.exclusiveB = qint64(b.size());
    e.unchanged = e.rowsA - e.exclusiveA - e.updated;
    return e;
}

QString keyKindName(KeyKind keys)
{
    switch (keys) {
    case KeyKind::Integer: return QStringLiteral("integer key");
    case KeyKind::Text: return QStringLiteral("text key");
    case KeyKind::Composite: return QStringLiteral("composite key");
    case KeyKind::Timestamp: return QStringLiteral("timestamp key");
    case KeyKind::Float: return QStringLiteral("double key");
    }
    return {};
}

QStringList keyColumns(KeyKind keys)
{
    switch (keys) {
    case KeyKind::Integer: return {QStringLiteral("id")};
    case KeyKind::Text: return {QStringLiteral("k")};
    case KeyKind::Composite: return {QStringLiteral("region"), QStringLiteral("seq")};
    case KeyKind::Timestamp: return {QStringLiteral("at")};
    case KeyKind::Float: return {QStringLiteral("f")};
    }
    return {};
}

QString storeName(Store store)
{
    switch (store) {
    case Store::Postgres: return QStringLiteral("postgresql");
    case Store::PostgresOther: return QStringLiteral("postgresql (other types)");
    case Store::MariaDb: return QStringLiteral("mariadb");
    case Store::SqliteTyped: return QStringLiteral("sqlite");
    case Store::SqliteCtas: return QStringLiteral("sqlite (create table as)");
    case Store::SqliteText: return QStringLiteral("sqlite (text)");
    }
    return {};
}

warehouse::Driver driverOf(Store store)
{
    switch (store) {
    case Store::Postgres:
    case Store::PostgresOther: return warehouse::Driver::PostgreSQL;
    case Store::MariaDb: return warehouse::Driver::MySQL;
    case Store::SqliteTyped:
    case Store::SqliteCtas:
    case Store::SqliteText: return warehouse::Driver::SQLite;
    }
    return warehouse::Driver::SQLite;
}

Expected<void> write(warehouse::Database &db, Store store, const QString &table, KeyKind keys,
                     const std::vector<LogicalRow> &rows, quint64 seed)
{
    Rng rng(seed);
    const warehouse::Dialect &d = db.dialect();
    const bool ctas = store == Store::SqliteCtas;
    const QString target = d.table(warehouse::TableName {{table}});
    const QString written
        = ctas ? d.table(warehouse::TableName {{table + QStringLiteral("_stage")}}) : target;
    (void)db.execute(QStringLiteral("DROP TABLE IF EXISTS ") + target);
    (void)db.execute(QStringLiteral("DROP TABLE IF EXISTS ") + written);

    QStringList defs;
    const warehouse::Driver driver = driverOf(store);
    const QString textKey = driver == warehouse::Driver::MySQL ? QStringLiteral("varchar(100)")
                                                               : QStringLiteral("text");
    const QString intKey = driver == warehouse::Driver::SQLite ? QStringLiteral("INTEGER")
                                                               : QStringLiteral("bigint");
    const QString timeKey = driver == warehouse::Driver::MySQL ? QStringLiteral("datetime(6)")
        : store == Store::PostgresOther                        ? QStringLiteral("timestamptz")
        : store == Store::SqliteText                           ? QStringLiteral("TEXT")
        : driver == warehouse::Driver::SQLite                  ? QStringLiteral("TIMESTAMP")
                                                               : QStringLiteral("timestamp(6)");
    switch (keys) {
    case KeyKind::Integer: defs << d.quote(QStringLiteral("id")) + QLatin1Char(' ') + intKey; break;
    case KeyKind::Text: defs << d.quote(QStringLiteral("k")) + QLatin1Char(' ') + textKey; break;
    case KeyKind::Composite:
        defs << d.quote(QStringLiteral("region")) + QLatin1Char(' ') + textKey
             << d.quote(QStringLiteral("seq")) + QLatin1Char(' ') + intKey;
        break;
    case KeyKind::Timestamp:
        defs << d.quote(QStringLiteral("at")) + QLatin1Char(' ') + timeKey;
        break;
    case KeyKind::Float: {
        const QString floatKey = driver == warehouse::Driver::MySQL ? QStringLiteral("double")
            : store == Store::SqliteText                            ? QStringLiteral("TEXT")
            : driver == warehouse::Driver::SQLite                   ? QStringLiteral("REAL")
                                                  : QStringLiteral("double precision");
        defs << d.quote(QStringLiteral("f")) + QLatin1Char(' ') + floatKey;
        break;
    }
    }
    // The compared columns in a store's own order: column order is not what is compared.
    std::vector<Column> columns(allColumns().begin(), allColumns().end());
    std::shuffle(columns.begin(), columns.end(), rng);
    for (const Column c : columns)
        defs << d.quote(columnName(c)) + QLatin1Char(' ') + typeFor(store, c);
    if (auto created = db.execute(
            QStringLiteral("CREATE TABLE %1 (%2)").arg(written, defs.join(QStringLiteral(", "))));
        !created)
        return created;

    const int width = int(defs.size());
    QStringList marks;
    for (int i = 0; i < width; ++i)
        marks << QStringLiteral("?");
    const QString rowSql = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    const int perStatement = 40;
    if (driver != warehouse::Driver::MySQL) {
        if (auto begun = db.execute(QStringLiteral("BEGIN")); !begun)
            return begun;
    }
    for (size_t start = 0; start < rows.size(); start += perStatement) {
        const size_t end = std::min(rows.size(), start + perStatement);
        QStringList values;
        QVariantList binds;
        for (size_t i = start; i < end; ++i) {
            const LogicalRow &r = rows[i];
            values << rowSql;
            switch (keys) {
            case KeyKind::Integer: binds << r.id; break;
            case KeyKind::Text: binds << keyText(r.id); break;
            case KeyKind::Composite: binds << region(r.id) << r.id; break;
            case KeyKind::Float: {
                const double f = keyDouble(r.id);
                if (driver == warehouse::Driver::SQLite && store != Store::SqliteText)
                    binds << f;
                else
                    binds << doubleText(f); // read back exactly by every engine
                break;
            }
            case KeyKind::Timestamp: {
                const qint64 at = keyInstant(r.id);
                if (driver == warehouse::Driver::SQLite)
                    binds << sqliteTimestamp(at, rng);
                else if (store == Store::PostgresOther)
                    binds << zonedTimestamp(at, rng);
                else
                    binds << fullTimestamp(at);
                break;
            }
            }
            for (const Column c : columns)
                binds << encode(store, c, r, rng);
        }
        auto inserted = db.query(QStringLiteral("INSERT INTO %1 VALUES %2")
                                     .arg(written, values.join(QStringLiteral(", "))),
                                 binds, {});
        if (!inserted)
            return inserted;
    }
    if (driver != warehouse::Driver::MySQL) {
        if (auto committed = db.execute(QStringLiteral("COMMIT")); !committed)
            return committed;
    }
    if (ctas) {
        // The declared types CREATE TABLE AS gives (INT, NUM, REAL, TEXT), with the values as they
        // were.
        if (auto copied = db.execute(
                QStringLiteral("CREATE TABLE %1 AS SELECT * FROM %2").arg(target, written));
            !copied)
            return copied;
        return db.execute(QStringLiteral("DROP TABLE ") + written);
    }
    return {};
}

diff::DiffOptions diffOptions(KeyKind keys, const CompareOptions &options)
{
    diff::DiffOptions o;
    o.key = keyColumns(keys);
    o.caseInsensitiveStrings = options.caseInsensitive;
    o.nullEqualsEmptyString = options.nullEqualsEmpty;
    o.timestampPrecision = options.timestampPrecision;
    if (options.dblTolerance)
        o.tolerances.insert(
            QStringLiteral("dbl"),
            diff::Tolerance {diff::Tolerance::Mode::Absolute, *options.dblTolerance});
    if (options.dblRelative)
        o.tolerances.insert(
            QStringLiteral("dbl"),
            diff::Tolerance {diff::Tolerance::Mode::Relative, *options.dblRelative});
    o.sampleSize = 3;
    return o;
}

QStringList mismatches(const diff::DiffResult &r, const Expectation &e)
{
    QStringList out;
    const auto check = [&out](const char *what, qint64 got, qint64 want) {
        if (got != want)
            out << QStringLiteral("%1: %2, expected %3")
                       .arg(QLatin1String(what))
                       .arg(got)
                       .arg(want);
    };
    check("rows a", r.rows.a, e.rowsA);
    check("rows b", r.rows.b, e.rowsB);
    check("only in a", r.rows.exclusiveA, e.exclusiveA);
    check("only in b", r.rows.exclusiveB, e.exclusiveB);
    check("updated", r.rows.updated, e.updated);
    check("unchanged", r.rows.unchanged, e.unchanged);
    check("null keys a", r.primaryKey.nullA, 0);
    check("null keys b", r.primaryKey.nullB, 0);
    check("duplicate keys a", r.primaryKey.duplicateA, 0);
    check("duplicate keys b", r.primaryKey.duplicateB, 0);
    for (const Column c : allColumns()) {
        const auto it
            = std::find_if(r.columns.begin(), r.columns.end(), [&](const diff::ColumnDiff &cd) {
                  return cd.name.compare(columnName(c), Qt::CaseInsensitive) == 0;
              });
        if (it == r.columns.end()) {
            out << QStringLiteral("column %1 was not compared").arg(columnName(c));
            continue;
        }
        if (it->different != e.different[size_t(c)])
            out << QStringLiteral("%1 differs in %2 rows, expected %3 (%4)")
                       .arg(columnName(c))
                       .arg(it->different)
                       .arg(e.different[size_t(c)])
                       .arg(it->comparedAs);
        if (it->comparedAs.isEmpty())
            out << QStringLiteral("%1 does not say how it was compared").arg(columnName(c));
    }
    if (!r.complete)
        out << QStringLiteral("the result is incomplete");
    return out;
}

} // namespace tidemark::test::differential
