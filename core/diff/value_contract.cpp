#include "diff/value_contract.h"
#include "common/translation.h"

#include "warehouse/canonical_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>

namespace tidemark::diff {

namespace {

using warehouse::Driver;
using warehouse::TypeClass;
namespace canonical = warehouse::canonical;

bool isNumber(TypeClass t)
{
    return t == TypeClass::Integer || t == TypeClass::Decimal || t == TypeClass::Float;
}

bool isPair(TypeClass x, TypeClass y, TypeClass p, TypeClass q)
{
    return (x == p && y == q) || (x == q && y == p);
}

// A column's class as its values mean it: SQLite keeps the values of NUMERIC and DECIMAL columns
// as integers and doubles, so they are numbers of floating point there.
TypeClass effectiveClass(const warehouse::ColumnInfo &column, Driver driver)
{
    if (driver == Driver::SQLite && column.typeClass == TypeClass::Decimal)
        return TypeClass::Float;
    return column.typeClass;
}

// The class two columns of strong types are compared as.
TypeClass merged(TypeClass x, TypeClass y)
{
    if (x == y)
        return x;
    if (isPair(x, y, TypeClass::Integer, TypeClass::Decimal)
        || isPair(x, y, TypeClass::Decimal, TypeClass::Float))
        return TypeClass::Decimal;
    if (isPair(x, y, TypeClass::Integer, TypeClass::Float))
        return TypeClass::Float;
    if (isPair(x, y, TypeClass::Date, TypeClass::Timestamp))
        return TypeClass::Timestamp;
    if (isPair(x, y, TypeClass::Boolean, TypeClass::Integer))
        return TypeClass::Boolean;
    if (isPair(x, y, TypeClass::Uuid, TypeClass::Text))
        return TypeClass::Uuid;
    return TypeClass::Text;
}

// `loose`: a SQLite column whose declared type does not settle its class (none, a bare NUMERIC,
// or TEXT facing a column of another class).
TypeClass comparedClass(TypeClass a, Driver driverA, bool looseA, TypeClass b, Driver driverB,
                        bool looseB)
{
    if (a == b)
        return a;
    const bool sqliteA = driverA == Driver::SQLite;
    const bool sqliteB = driverB == Driver::SQLite;
    // SQLite holds any value in any column: its side is read as the other side's type.
    if (sqliteA && !sqliteB)
        return b;
    if (sqliteB && !sqliteA)
        return a;
    if (sqliteA && sqliteB) {
        if (looseA && !looseB)
            return b;
        if (looseB && !looseA)
            return a;
    }
    return merged(a, b);
}

QString typeOf(const warehouse::ColumnInfo &column)
{
    return column.type.trimmed().isEmpty() ? Tr::tr("(no type)") : column.type;
}

QString precisionWords(int precision)
{
    switch (precision) {
    case 6: return Tr::tr("UTC instants at microseconds");
    case 3: return Tr::tr("UTC instants at milliseconds");
    case 2: return Tr::tr("UTC instants at hundredths of a second");
    case 1: return Tr::tr("UTC instants at tenths of a second");
    case 0: return Tr::tr("UTC instants at seconds");
    default: return Tr::tr("UTC instants at %1 fractional digits of a second").arg(precision);
    }
}

QString describe(const ColumnComparison &c, const warehouse::ColumnInfo &a, Driver driverA,
                 const warehouse::ColumnInfo &b, Driver driverB)
{
    QStringList notes;
    const auto sides
        = [&](const std::function<QString(const warehouse::ColumnInfo &,
                                          const warehouse::ValueForm &, Driver)> &note) {
              const QString na = note(a, c.a, driverA);
              const QString nb = note(b, c.b, driverB);
              if (!na.isEmpty())
                  notes << Tr::tr("A %1").arg(na);
              if (!nb.isEmpty())
                  notes << Tr::tr("B %1").arg(nb);
          };
    QString head;
    if (c.tolerance) {
        const QString bound = QString::number(c.tolerance->value, 'g', 17);
        head = c.tolerance->mode == Tolerance::Mode::Absolute
            ? Tr::tr("numbers within %1").arg(bound)
            : Tr::tr("numbers within %1 times B's value").arg(bound);
    } else {
        switch (c.as()) {
        case TypeClass::Integer: head = Tr::tr("integers"); break;
        case TypeClass::Decimal:
            head = c.a.scale >= 0 ? Tr::tr("decimals at scale %1").arg(c.a.scale)
                                  : Tr::tr("exact decimals");
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &f,
                      Driver) -> QString {
                if (f.source != TypeClass::Float)
                    return {};
                return c.a.scale >= 0 ? Tr::tr("%1 rounded half away from zero").arg(typeOf(col))
                                      : Tr::tr("%1 as its shortest decimal").arg(typeOf(col));
            });
            break;
        case TypeClass::Float:
            head = Tr::tr("exact doubles");
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &f,
                      Driver) -> QString {
                return f.source == TypeClass::Integer || f.source == TypeClass::Decimal
                    ? Tr::tr("%1 converted to double").arg(typeOf(col))
                    : QString();
            });
            break;
        case TypeClass::Timestamp:
            head = precisionWords(c.a.precision);
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &f,
                      Driver d) -> QString {
                if (d == Driver::SQLite)
                    return Tr::tr("%1: SQLite text read as UTC").arg(typeOf(col));
                if (f.source == TypeClass::Date)
                    return Tr::tr("%1 at midnight").arg(typeOf(col));
                return {};
            });
            break;
        case TypeClass::Date:
            head = Tr::tr("dates");
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &,
                      Driver d) -> QString {
                return d == Driver::SQLite ? Tr::tr("%1: SQLite text YYYY-MM-DD").arg(typeOf(col))
                                           : QString();
            });
            break;
        case TypeClass::Boolean:
            head = Tr::tr("booleans");
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &f,
                      Driver d) -> QString {
                if (d == Driver::SQLite)
                    return Tr::tr("%1: SQLite 1/0, t/f, true/false").arg(typeOf(col));
                return f.source != TypeClass::Boolean ? Tr::tr("%1 as 1/0").arg(typeOf(col))
                                                      : QString();
            });
            break;
        case TypeClass::Uuid: head = Tr::tr("UUIDs, ignoring case"); break;
        case TypeClass::Binary: head = Tr::tr("bytes"); break;
        case TypeClass::Text:
        case TypeClass::Other:
            if (c.foldCase && c.nullAsEmpty)
                head = Tr::tr("text, ignoring case, NULL equal to ''");
            else if (c.foldCase)
                head = Tr::tr("text, ignoring case");
            else if (c.nullAsEmpty)
                head = Tr::tr("text, byte for byte, NULL equal to ''");
            else
                head = Tr::tr("text, byte for byte");
            sides([&](const warehouse::ColumnInfo &col, const warehouse::ValueForm &f,
                      Driver d) -> QString {
                const bool text = f.source == TypeClass::Text || f.source == TypeClass::Other;
                return text || d == Driver::SQLite ? QString()
                                                   : Tr::tr("%1 written as text").arg(typeOf(col));
            });
            break;
        }
    }
    return notes.isEmpty() ? head : Tr::tr("%1 (%2)").arg(head, notes.join(QStringLiteral("; ")));
}

ColumnComparison compare(const warehouse::ColumnInfo &a, Driver driverA,
                         const warehouse::ColumnInfo &b, Driver driverB, const DiffOptions *options,
                         std::optional<Tolerance> tolerance)
{
    const TypeClass ta = effectiveClass(a, driverA);
    const TypeClass tb = effectiveClass(b, driverB);
    ColumnComparison c;
    const auto loose = [](const warehouse::ColumnInfo &column, TypeClass type, Driver driver) {
        return driver == Driver::SQLite
            && (type == TypeClass::Text || type == TypeClass::Other
                || isLooseSqliteType(column.type));
    };
    TypeClass as
        = comparedClass(ta, driverA, loose(a, ta, driverA), tb, driverB, loose(b, tb, driverB));
    if (tolerance && isNumber(ta) && isNumber(tb)) {
        c.tolerance = tolerance;
        as = TypeClass::Float;
    }
    c.a = warehouse::ValueForm::of(a, as);
    c.b = warehouse::ValueForm::of(b, as);
    c.a.source = ta;
    c.b.source = tb;
    if (as == TypeClass::Decimal) {
        // Decimals at the largest declared scale of the decimal sides; exact when one is not
        // declared (or too large for every database to round at).
        int scale = -2;
        for (const auto &[column, type] : {std::pair {&a, ta}, std::pair {&b, tb}}) {
            if (type != TypeClass::Decimal)
                continue;
            scale = column->scale < 0 || scale == -1 ? -1 : std::max(scale, column->scale);
        }
        if (scale < 0 || scale > 30)
            scale = -1;
        c.a.scale = c.b.scale = scale;
    }
    if (as == TypeClass::Timestamp && options && options->timestampPrecision >= 0)
        c.a.precision = c.b.precision = std::min(options->timestampPrecision, 6);
    if (options && (as == TypeClass::Text || as == TypeClass::Other)) {
        c.foldCase = options->caseInsensitiveStrings;
        c.nullAsEmpty = options->nullEqualsEmptyString;
    }
    if (driverA == driverB && !c.tolerance) {
        if (driverA == Driver::SQLite) {
            c.native = (as == TypeClass::Text && ta == TypeClass::Text && tb == TypeClass::Text
                        && !a.type.trimmed().isEmpty() && !b.type.trimmed().isEmpty())
                || (as == TypeClass::Integer && ta == TypeClass::Integer
                    && tb == TypeClass::Integer);
        } else {
            const bool whole = c.a.precision == 6;
            c.native = (ta == tb && as == ta && as != TypeClass::Other
                        && (as != TypeClass::Timestamp || whole))
                || isPair(ta, tb, TypeClass::Integer, TypeClass::Decimal)
                || isPair(ta, tb, TypeClass::Integer, TypeClass::Float)
                || (isPair(ta, tb, TypeClass::Date, TypeClass::Timestamp) && whole);
        }
    }
    c.description = describe(c, a, driverA, b, driverB);
    return c;
}

QByteArray bytesOf(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
}

// A canonical number as a double (NaN and the infinities too).
std::optional<double> doubleOf(const QByteArray &text)
{
    const auto d = canonical::parseDecimal(text);
    if (!d)
        return std::nullopt;
    switch (d->kind) {
    case canonical::Decimal::Kind::NaN: return std::nan("");
    case canonical::Decimal::Kind::PlusInfinity: return HUGE_VAL;
    case canonical::Decimal::Kind::MinusInfinity: return -HUGE_VAL;
    case canonical::Decimal::Kind::Finite: break;
    }
    double out = 0;
    const char *begin = text.constData() + (text.startsWith('+') ? 1 : 0);
    const auto read = std::from_chars(begin, text.constData() + text.size(), out);
    if (read.ec != std::errc() && read.ec != std::errc::result_out_of_range)
        return std::nullopt;
    return out;
}

} // namespace

ColumnComparison compareColumns(const warehouse::ColumnInfo &a, Driver driverA,
                                const warehouse::ColumnInfo &b, Driver driverB,
                                const DiffOptions &options, std::optional<Tolerance> tolerance)
{
    return compare(a, driverA, b, driverB, &options, tolerance);
}

ColumnComparison compareKeys(const warehouse::ColumnInfo &a, Driver driverA,
                             const warehouse::ColumnInfo &b, Driver driverB)
{
    return compare(a, driverA, b, driverB, nullptr, std::nullopt);
}

Expected<std::pair<QString, Tolerance>> parseTolerance(const QString &text)
{
    const qsizetype eq = text.lastIndexOf(QLatin1Char('='));
    const QString column = eq > 0 ? text.left(eq).trimmed() : QString();
    const QString spec = eq > 0 ? text.mid(eq + 1).trimmed() : QString();
    Tolerance t;
    bool ok = false;
    if (spec.startsWith(QLatin1String("abs:")))
        t.mode = Tolerance::Mode::Absolute;
    else if (spec.startsWith(QLatin1String("rel:")))
        t.mode = Tolerance::Mode::Relative;
    else
        return Error {Tr::tr("tolerance \"%1\" is not COLUMN=abs:X or COLUMN=rel:X").arg(text)};
    t.value = spec.mid(4).toDouble(&ok);
    if (column.isEmpty() || !ok || !std::isfinite(t.value) || t.value < 0)
        return Error {
            Tr::tr(
                "tolerance \"%1\" is not COLUMN=abs:X or COLUMN=rel:X with X a number of 0 or more")
                .arg(text)};
    if (t.mode == Tolerance::Mode::Relative && t.value >= 1)
        return Error {
            Tr::tr("tolerance \"%1\": a relative tolerance is a fraction below 1 (rel:0.01 is 1%)")
                .arg(text)};
    return std::make_pair(column.toLower(), t);
}

bool outsideTolerance(double a, double b, const Tolerance &t)
{
    if (a == b || (std::isnan(a) && std::isnan(b)))
        return false;
    if (!std::isfinite(a) || !std::isfinite(b))
        return true;
    const bool sameSign = (a < 0) == (b < 0);
    if (t.mode == Tolerance::Mode::Absolute)
        return sameSign ? std::abs(a - b) > t.value : std::abs(a) > t.value - std::abs(b);
    // Relative (below 1): two signs are more than 100% apart; of one sign, the share of |b| the
    // difference is.
    if (!sameSign)
        return true;
    const double d = std::abs(a - b);
    return d > std::abs(b) || d / std::abs(b) > t.value;
}

bool isOddValue(const QVariant &value)
{
    if (value.isNull())
        return false;
    if (value.metaType().id() == QMetaType::QByteArray)
        return value.toByteArray().startsWith(canonical::kOdd);
    return value.toString().startsWith(QLatin1Char(canonical::kOdd));
}

bool canonicalDiffer(const ColumnComparison &c, const QVariant &a, const QVariant &b)
{
    bool nullA = a.isNull();
    bool nullB = b.isNull();
    QByteArray x = nullA ? QByteArray() : bytesOf(a);
    QByteArray y = nullB ? QByteArray() : bytesOf(b);
    if (c.nullAsEmpty)
        nullA = nullB = false;
    if (nullA || nullB)
        return nullA != nullB;
    if (x.startsWith(canonical::kOdd) || y.startsWith(canonical::kOdd))
        return x != y;
    if (c.tolerance || c.as() == TypeClass::Float) {
        const auto fx = doubleOf(x);
        const auto fy = doubleOf(y);
        if (!fx || !fy)
            return x != y;
        // Exact doubles are a tolerance of 0 (NaN equal to NaN, -0 to 0).
        return outsideTolerance(*fx, *fy, c.tolerance.value_or(Tolerance {}));
    }
    switch (c.as()) {
    case TypeClass::Decimal: {
        const auto dx = canonical::parseDecimal(x);
        const auto dy = canonical::parseDecimal(y);
        if (!dx || !dy)
            return x != y;
        if (c.a.scale
            >= 0) // the same rounding on both sides (a side that wrote an exponent did not round)
            return canonical::fixedText(*dx, c.a.scale) != canonical::fixedText(*dy, c.a.scale);
        return !(*dx == *dy);
    }
    case TypeClass::Text:
    case TypeClass::Other:
        if (c.foldCase)
            return QString::fromUtf8(x).toLower() != QString::fromUtf8(y).toLower();
        return x != y;
    default: return x != y;
    }
}

bool mayHoldOddValues(const warehouse::ValueForm &form, Driver driver)
{
    if (driver == Driver::SQLite)
        return !(form.as == TypeClass::Text || form.as == TypeClass::Other)
            || form.source != TypeClass::Text;
    // Read as booleans: integers, and MySQL's tinyint(1), which holds any small integer.
    return form.as == TypeClass::Boolean
        && (form.source != TypeClass::Boolean || driver == Driver::MySQL);
}

bool isLooseSqliteType(const QString &declaredType)
{
    const QString t = declaredType.trimmed().toLower();
    return t.isEmpty() || t == QLatin1String("num") || t == QLatin1String("numeric")
        || t == QLatin1String("decimal");
}

QString classNoun(TypeClass type)
{
    switch (type) {
    case TypeClass::Integer: return Tr::tr("integers");
    case TypeClass::Decimal:
    case TypeClass::Float: return Tr::tr("numbers");
    case TypeClass::Boolean: return Tr::tr("booleans");
    case TypeClass::Date: return Tr::tr("dates (YYYY-MM-DD)");
    case TypeClass::Timestamp: return Tr::tr("timestamps");
    case TypeClass::Uuid: return Tr::tr("UUIDs");
    case TypeClass::Binary: return Tr::tr("bytes");
    case TypeClass::Text:
    case TypeClass::Other: break;
    }
    return Tr::tr("text");
}

} // namespace tidemark::diff
