#include "warehouse/canonical_text.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace tidemark::warehouse::canonical {

namespace {

constexpr qint64 kMicrosPerSecond = 1000000;
constexpr qint64 kMicrosPerDay = 86400 * kMicrosPerSecond;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(QByteArrayView text, const char *word)
{
    const qsizetype n = qsizetype(std::strlen(word));
    if (text.size() != n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (lowerAscii(text[i]) != word[i])
            return false;
    }
    return true;
}

// The shortest digits that read back as `value` (finite, not zero), and the decimal exponent of
// the first: value = d.ddd x 10^exponent. Also the whole scientific text (std::to_chars: the
// same shortest digits and the same form PostgreSQL writes, "1.5e+20").
struct Shortest
{
    char text[40] = {};
    int textSize = 0;
    char digits[24] = {};
    int count = 0;
    int exponent = 0;
};

// Whether `digits` x 10^exponent reads back as `value` with room on both sides: a number a
// little above and a little below it read back as `value` too. PostgreSQL's Ryu excludes the
// bounds of a double's interval, so a text that reads back only because a tie rounds to even is
// not its shortest text.
bool strictlyInside(double value, const char *digits, int count, int exponent)
{
    char text[96];
    const auto read = [&](int size) {
        double out = 0;
        const auto r = std::from_chars(text, text + size, out, std::chars_format::scientific);
        return r.ec == std::errc() && out == value;
    };
    // Above: the digits followed by ...0001.
    std::memcpy(text, digits, size_t(count));
    std::memcpy(text + count, "0000000000000000000001", 22);
    int size = count + 22;
    size
        += std::snprintf(text + size, sizeof text - size_t(size), "e%d", exponent - count + 1 - 22);
    if (!read(size))
        return false;
    // Below: the digits less one in the last place, followed by ...9999.
    std::memcpy(text, digits, size_t(count));
    int i = count - 1;
    while (i >= 0 && text[i] == '0') {
        text[i] = '9';
        --i;
    }
    if (i < 0)
        return true;
    --text[i];
    std::memcpy(text + count, "9999999999999999999999", 22);
    size = count + 22;
    size
        += std::snprintf(text + size, sizeof text - size_t(size), "e%d", exponent - count + 1 - 22);
    return read(size);
}

// Scientific text of `count` digits with the first at 10^exponent: d[.ddd]e(+|-)XX.
int writeScientific(const char *digits, int count, int exponent, char *out, size_t capacity)
{
    char *t = out;
    *t++ = digits[0];
    if (count > 1) {
        *t++ = '.';
        std::memcpy(t, digits + 1, size_t(count - 1));
        t += count - 1;
    }
    *t++ = 'e';
    *t++ = exponent < 0 ? '-' : '+';
    const int a = exponent < 0 ? -exponent : exponent;
    if (a < 10)
        *t++ = '0';
    t = std::to_chars(t, out + capacity, a).ptr;
    return int(t - out);
}

Shortest shortestOf(double value)
{
    Shortest s;
    const double magnitude = std::fabs(value);
    // The fewest digits that read back (std::to_chars), or more where those read back only at a
    // bound of the double's interval, as PostgreSQL's float8out writes them.
    for (int precision = 0; precision <= 17; ++precision) {
        char text[40];
        const auto written = precision == 0
            ? std::to_chars(text, text + sizeof text, magnitude, std::chars_format::scientific)
            : std::to_chars(text, text + sizeof text, magnitude, std::chars_format::scientific,
                            precision - 1);
        const int size = int(written.ptr - text);
        char digits[24] = {};
        int count = 0;
        int i = 0;
        for (; i < size && text[i] != 'e'; ++i) {
            if (isDigit(text[i]) && count < 20)
                digits[count++] = text[i];
        }
        int exponent = 0;
        std::from_chars(text + i + 1 + (text[i + 1] == '+' ? 1 : 0), text + size, exponent);
        while (count > 1 && digits[count - 1] == '0')
            --count;
        if (precision > 0 && precision <= s.count)
            continue; // no more digits than the shortest: already tried
        double back = 0;
        std::from_chars(text, text + size, back);
        if (back != magnitude)
            continue;
        // Only a double of 2^53 or more can have a short decimal exactly at a bound of its
        // interval (the midpoints of smaller ones need more than 17 digits).
        if (precision < 17 && magnitude >= 9007199254740992.0
            && !strictlyInside(magnitude, digits, count, exponent)) {
            if (precision == 0)
                s.count = count;
            continue;
        }
        std::memcpy(s.digits, digits, size_t(count));
        s.count = count;
        s.exponent = exponent;
        s.textSize = writeScientific(digits, count, exponent, s.text, sizeof s.text);
        return s;
    }
    return s;
}

bool appendSpecial(double value, QByteArray *out)
{
    if (std::isnan(value)) {
        out->append("NaN");
        return true;
    }
    if (std::isinf(value)) {
        out->append(value > 0 ? "Infinity" : "-Infinity");
        return true;
    }
    return false;
}

// digits (count of them) with the first at 10^exponent, written without exponent.
void appendFixed(const char *digits, int count, int exponent, QByteArray *out)
{
    if (exponent >= 0) {
        if (count <= exponent + 1) {
            out->append(digits, count);
            out->append(QByteArray(exponent + 1 - count, '0'));
        } else {
            out->append(digits, exponent + 1);
            out->append('.');
            out->append(digits + exponent + 1, count - exponent - 1);
        }
        return;
    }
    out->append("0.");
    out->append(QByteArray(-exponent - 1, '0'));
    out->append(digits, count);
}

Decimal decimalOf(double value)
{
    Decimal d;
    if (std::isnan(value)) {
        d.kind = Decimal::Kind::NaN;
        return d;
    }
    if (std::isinf(value)) {
        d.kind = value > 0 ? Decimal::Kind::PlusInfinity : Decimal::Kind::MinusInfinity;
        return d;
    }
    if (value == 0)
        return d;
    const Shortest s = shortestOf(value);
    d.negative = value < 0;
    d.digits = QByteArray(s.digits, s.count);
    d.exponent = s.exponent + 1;
    return d;
}

QByteArray specialText(const Decimal &value)
{
    switch (value.kind) {
    case Decimal::Kind::NaN: return QByteArrayLiteral("NaN");
    case Decimal::Kind::PlusInfinity: return QByteArrayLiteral("Infinity");
    case Decimal::Kind::MinusInfinity: return QByteArrayLiteral("-Infinity");
    case Decimal::Kind::Finite: break;
    }
    return {};
}

int twoDigits(QByteArrayView t, qsizetype at)
{
    if (at + 2 > t.size() || !isDigit(t[at]) || !isDigit(t[at + 1]))
        return -1;
    return (t[at] - '0') * 10 + (t[at + 1] - '0');
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return lengths[month - 1] + (month == 2 && leap ? 1 : 0);
}

// "YYYY-MM-DD" at the start of t: days since 1970, or nothing.
std::optional<qint64> datePart(QByteArrayView t)
{
    if (t.size() < 10 || t[4] != '-' || t[7] != '-')
        return std::nullopt;
    for (const qsizetype i : {0, 1, 2, 3}) {
        if (!isDigit(t[i]))
            return std::nullopt;
    }
    const int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
    const int month = twoDigits(t, 5);
    const int day = twoDigits(t, 8);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day);
}

void appendYear(qint64 year, QByteArray *out)
{
    // PostgreSQL writes the years before 1 as BC years (0 is 1 BC); we mark them with a '-'.
    if (year <= 0) {
        out->append('-');
        year = 1 - year;
    }
    char text[24];
    const auto written = std::to_chars(text, text + sizeof text, year);
    const int size = int(written.ptr - text);
    if (size < 4)
        out->append(QByteArray(4 - size, '0'));
    out->append(text, size);
}

void appendTwo(int value, QByteArray *out)
{
    out->append(char('0' + value / 10));
    out->append(char('0' + value % 10));
}

} // namespace

// The shortest text of a double, in PostgreSQL's form or (scientificAllowed false) without
// exponent.
void appendShortest(double value, bool scientificAllowed, QByteArray *out);

bool operator==(const Decimal &a, const Decimal &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind != Decimal::Kind::Finite)
        return true;
    if (a.isZero() || b.isZero())
        return a.isZero() && b.isZero();
    return a.negative == b.negative && a.exponent == b.exponent && a.digits == b.digits;
}

void appendShortest(double value, bool scientificAllowed, QByteArray *out)
{
    if (appendSpecial(value, out))
        return;
    if (value == 0) {
        out->append('0');
        return;
    }
    const Shortest s = shortestOf(value);
    if (value < 0)
        out->append('-');
    if (scientificAllowed && (s.exponent < -4 || s.exponent >= 15)) {
        out->append(s.text, s.textSize);
        return;
    }
    appendFixed(s.digits, s.count, s.exponent, out);
}

void appendDouble(double value, QByteArray *out)
{
    appendShortest(value, true, out);
}

void appendDoublePlain(double value, QByteArray *out)
{
    appendShortest(value, false, out);
}

void appendDoubleFixed(double value, int scale, QByteArray *out)
{
    if (!std::isfinite(value) || scale > 30) {
        out->append(fixedText(decimalOf(value), scale));
        return;
    }
    // Away from a tie, and within 15 significant digits (where the exact value and its shortest
    // digits differ by less than one in the last place), the exact value rounded at `scale` is
    // what its shortest digits round to: write it with one more digit, and round that one unless
    // it is a 4 or a 5.
    static constexpr double kLimits[]
        = {1e14, 1e13, 1e12, 1e11, 1e10, 1e9, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1e0};
    if (scale <= 14 && std::fabs(value) < kLimits[scale]) {
        char fixed[64];
        const auto written = std::to_chars(fixed, fixed + sizeof fixed, value,
                                           std::chars_format::fixed, scale + 1);
        const int size = int(written.ptr - fixed);
        const char last = fixed[size - 1];
        if (written.ec == std::errc() && last != '4' && last != '5') {
            int n = size - 1; // without the extra digit
            bool up = last > '5';
            // Round up the digits before it, right to left.
            for (int i = n - 1; up && i >= 0; --i) {
                if (fixed[i] == '.' || fixed[i] == '-')
                    continue;
                if (fixed[i] == '9') {
                    fixed[i] = '0';
                } else {
                    ++fixed[i];
                    up = false;
                }
            }
            if (scale == 0)
                --n; // no point
            const bool negative = fixed[0] == '-';
            const int from = negative ? 1 : 0;
            bool zero = !up;
            for (int i = from; i < n; ++i)
                zero = zero && (fixed[i] == '0' || fixed[i] == '.');
            if (negative && !zero)
                out->append('-');
            if (up)
                out->append('1'); // 9.99 -> 10.00
            out->append(fixed + from, n - from);
            return;
        }
    }
    // The shortest digits rounded half away from zero at `scale`, in a buffer on the stack.
    char kept[64];
    int n = 0;
    if (value != 0) {
        const Shortest s = shortestOf(value);
        const int keep = s.exponent + 1 + scale; // digits before the rounding position
        if (keep > 40) {
            out->append(fixedText(decimalOf(value), scale));
            return;
        }
        if (keep >= 0) {
            for (int i = 0; i < keep; ++i)
                kept[n++] = i < s.count ? s.digits[i] : '0';
            if (keep < s.count && s.digits[keep] >= '5') {
                int j = n - 1;
                while (j >= 0 && kept[j] == '9')
                    kept[j--] = '0';
                if (j >= 0) {
                    ++kept[j];
                } else {
                    std::memmove(kept + 1, kept, size_t(n));
                    kept[0] = '1';
                    ++n;
                }
            }
        }
    }
    bool zero = true;
    for (int i = 0; i < n; ++i)
        zero = zero && kept[i] == '0';
    if (n < scale + 1) {
        std::memmove(kept + (scale + 1 - n), kept, size_t(n));
        std::memset(kept, '0', size_t(scale + 1 - n));
        n = scale + 1;
    }
    if (value < 0 && !zero)
        out->append('-');
    int lead = 0;
    while (lead + 1 < n - scale && kept[lead] == '0')
        ++lead;
    out->append(kept + lead, n - scale - lead);
    if (scale > 0) {
        out->append('.');
        out->append(kept + n - scale, scale);
    }
}

std::optional<Decimal> parseDecimal(QByteArrayView text)
{
    Decimal d;
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    const QByteArrayView rest = text.sliced(i);
    if (equalsIgnoringCase(rest, "nan") && i == 0) {
        d.kind = Decimal::Kind::NaN;
        return d;
    }
    if (equalsIgnoringCase(rest, "infinity") || equalsIgnoringCase(rest, "inf")) {
        d.kind = negative ? Decimal::Kind::MinusInfinity : Decimal::Kind::PlusInfinity;
        return d;
    }
    QByteArray all;
    qsizetype point = -1;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            all.append(c);
        } else if (c == '.' && point < 0) {
            point = all.size();
        } else {
            break;
        }
    }
    if (all.isEmpty())
        return std::nullopt;
    if (point < 0)
        point = all.size();
    qint64 exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
            negativeExponent = text[i] == '-';
            ++i;
        }
        if (i >= text.size())
            return std::nullopt;
        for (; i < text.size() && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > 1000000)
                return std::nullopt;
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    qsizetype first = 0;
    while (first < all.size() && all[first] == '0')
        ++first;
    qsizetype last = all.size();
    while (last > first && all[last - 1] == '0')
        --last;
    if (first == last)
        return d; // zero, whatever its sign
    d.negative = negative;
    d.digits = all.mid(first, last - first);
    d.exponent = int(qint64(point) - qint64(first) + exponent);
    return d;
}

QByteArray fixedText(const Decimal &value, int scale)
{
    if (value.kind != Decimal::Kind::Finite)
        return specialText(value);
    scale = std::max(0, scale);
    // value * 10^scale, rounded half away from zero, as a string of digits.
    QByteArray kept;
    const qint64 keep = qint64(value.exponent) + scale; // digits before the rounding position
    if (!value.isZero() && keep >= 0) {
        const qsizetype n = value.digits.size();
        if (keep >= n) {
            kept = value.digits;
            kept.append(QByteArray(qsizetype(keep - n), '0'));
        } else {
            kept = value.digits.left(qsizetype(keep));
            if (value.digits[qsizetype(keep)] >= '5') {
                qsizetype j = kept.size() - 1;
                while (j >= 0 && kept[j] == '9') {
                    kept[j] = '0';
                    --j;
                }
                if (j >= 0)
                    kept[j] = char(kept[j] + 1);
                else
                    kept.prepend('1');
            }
        }
    }
    const bool zero = kept.count('0') == kept.size();
    if (kept.size() < scale + 1)
        kept.prepend(QByteArray(scale + 1 - kept.size(), '0'));
    QByteArray out;
    if (value.negative && !zero)
        out.append('-');
    QByteArray integer = kept.left(kept.size() - scale);
    qsizetype lead = 0;
    while (lead + 1 < integer.size() && integer[lead] == '0')
        ++lead;
    out.append(integer.mid(lead));
    if (scale > 0) {
        out.append('.');
        out.append(kept.right(scale));
    }
    return out;
}

QByteArray plainText(const Decimal &value)
{
    if (value.kind != Decimal::Kind::Finite)
        return specialText(value);
    if (value.isZero())
        return QByteArrayLiteral("0");
    QByteArray out;
    if (value.negative)
        out.append('-');
    appendFixed(value.digits.constData(), int(value.digits.size()), value.exponent - 1, &out);
    return out;
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    qint64 value = 0;
    qsizetype i = 0;
    if (i < text.size() && text[i] == '+')
        ++i;
    const char *begin = text.data() + i;
    const char *end = text.data() + text.size();
    if (begin == end || (*begin == '-' && i > 0))
        return std::nullopt;
    const auto read = std::from_chars(begin, end, value);
    if (read.ec != std::errc() || read.ptr != end)
        return std::nullopt;
    return value;
}

void appendInteger(qint64 value, QByteArray *out)
{
    char text[24];
    const auto written = std::to_chars(text, text + sizeof text, value);
    out->append(text, written.ptr - text);
}

qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

std::optional<qint64> parseTimestamp(QByteArrayView t)
{
    const auto days = datePart(t);
    if (!days)
        return std::nullopt;
    if (t.size() == 10)
        return *days * kMicrosPerDay;
    if (t[10] != ' ' && t[10] != 'T' && t[10] != 't')
        return std::nullopt;
    const int hour = twoDigits(t, 11);
    if (hour < 0 || t.size() < 16 || t[13] != ':')
        return std::nullopt;
    const int minute = twoDigits(t, 14);
    if (minute < 0)
        return std::nullopt;
    qsizetype i = 16;
    int second = 0;
    qint64 micros = 0;
    if (i < t.size() && t[i] == ':') {
        second = twoDigits(t, i + 1);
        if (second < 0)
            return std::nullopt;
        i += 3;
        if (i < t.size() && t[i] == '.') {
            ++i;
            const qsizetype from = i;
            while (i < t.size() && isDigit(t[i]))
                ++i;
            const qsizetype n = i - from;
            if (n < 1 || n > 9)
                return std::nullopt;
            // Read as PostgreSQL reads a fraction of a second: as a double, times a million,
            // rounded to the nearest (even) microsecond.
            char fraction[12] = {'0', '.'};
            std::memcpy(fraction + 2, t.data() + from, size_t(n));
            double f = 0;
            std::from_chars(fraction, fraction + 2 + n, f);
            micros = qint64(std::nearbyint(f * 1000000.0));
        }
    }
    // The zone: nothing (UTC), "Z", or an offset, after an optional space.
    qint64 offsetMinutes = 0;
    if (i < t.size()) {
        if (t[i] == ' ')
            ++i;
        if (i >= t.size())
            return std::nullopt;
        if ((t[i] == 'Z' || t[i] == 'z') && i + 1 == t.size()) {
            i = t.size();
        } else if (t[i] == '+' || t[i] == '-') {
            const int sign = t[i] == '-' ? -1 : 1;
            const int hours = twoDigits(t, i + 1);
            if (hours < 0 || hours > 15)
                return std::nullopt;
            i += 3;
            int minutes = 0;
            if (i < t.size()) {
                if (t[i] == ':')
                    ++i;
                minutes = twoDigits(t, i);
                if (minutes < 0 || minutes > 59)
                    return std::nullopt;
                i += 2;
            }
            if (i != t.size())
                return std::nullopt;
            offsetMinutes = sign * (hours * 60 + minutes);
        } else {
            return std::nullopt;
        }
    }
    if (minute > 59 || second > 60 || hour > 24
        || (hour == 24 && (minute != 0 || second != 0 || micros != 0)))
        return std::nullopt;
    const qint64 timeOfDay
        = ((qint64(hour) * 60 + minute) * 60 + second) * kMicrosPerSecond + micros;
    return *days * kMicrosPerDay + timeOfDay - offsetMinutes * 60 * kMicrosPerSecond;
}

void appendTimestamp(qint64 microseconds, int precision, QByteArray *out)
{
    qint64 days = microseconds / kMicrosPerDay;
    qint64 rest = microseconds % kMicrosPerDay;
    if (rest < 0) {
        rest += kMicrosPerDay;
        --days;
    }
    appendDate(days, out);
    const qint64 seconds = rest / kMicrosPerSecond;
    const qint64 micros = rest % kMicrosPerSecond;
    out->append(' ');
    appendTwo(int(seconds / 3600), out);
    out->append(':');
    appendTwo(int(seconds / 60 % 60), out);
    out->append(':');
    appendTwo(int(seconds % 60), out);
    precision = std::clamp(precision, 0, 6);
    if (precision > 0) {
        char fraction[6];
        qint64 m = micros;
        for (int k = 5; k >= 0; --k) {
            fraction[k] = char('0' + m % 10);
            m /= 10;
        }
        out->append('.');
        out->append(fraction, precision);
    }
}

std::optional<qint64> parseDate(QByteArrayView text)
{
    if (text.size() != 10)
        return std::nullopt;
    return datePart(text);
}

void appendDate(qint64 days, QByteArray *out)
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    appendYear(year, out);
    out->append('-');
    appendTwo(month, out);
    out->append('-');
    appendTwo(day, out);
}

std::optional<bool> parseBoolean(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && text[from] == ' ')
        ++from;
    while (to > from && text[to - 1] == ' ')
        --to;
    const QByteArrayView word = text.sliced(from, to - from);
    for (const char *yes : {"t", "true", "y", "yes", "on", "1"}) {
        if (equalsIgnoringCase(word, yes))
            return true;
    }
    for (const char *no : {"f", "false", "n", "no", "off", "0"}) {
        if (equalsIgnoringCase(word, no))
            return false;
    }
    return std::nullopt;
}

} // namespace tidemark::warehouse::canonical
