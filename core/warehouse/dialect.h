#pragma once

// What differs between databases in the SQL Tidemark writes: identifier quoting (every identifier
// goes through quote()), null-safe comparison, type names and their classes, normalisation of values
// to text that compares equal across databases, hashing, and session settings.

#include "warehouse/connection_spec.h"
#include "warehouse/table_name.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tidemark::warehouse {

enum class TypeClass { Integer, Decimal, Float, Boolean, Text, Date, Timestamp, Uuid, Binary, Other };
const char *toString(TypeClass type);

// Length of the normalised timestamp text "YYYY-MM-DD HH:MM:SS[.f...]" with `precision`
// fractional digits (0 to 6).
int timestampTextLength(int precision);

class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual Driver driver() const = 0;

    // "name" (standard), `name` (MySQL); embedded quote characters are doubled.
    virtual QString quote(const QString &identifier) const;
    virtual QString table(const TableName &name) const;
    // A string constant; for constants Tidemark writes itself (user values are bound, not pasted).
    QString literal(const QString &text) const;

    // 1 when a and b differ, NULL-safe (NULL equals NULL), as a boolean SQL expression.
    virtual QString distinct(const QString &a, const QString &b) const = 0;
    virtual bool supportsFullOuterJoin() const { return true; }

    // The class of a type name as the database reports it.
    virtual TypeClass typeClass(const QString &typeName) const;

    // Normalised text of a value, equal for equal data across PostgreSQL, MySQL/MariaDB and SQLite:
    // integers as digits, decimals with `scale` digits after the point, floats rounded to 10
    // significant digits, booleans as 0/1, timestamps as "YYYY-MM-DD HH:MM:SS.ffffff" cut to
    // `precision` fractional digits, dates as "YYYY-MM-DD", UUIDs lower-case. NULL stays NULL.
    virtual QString normalizedText(const QString &expr, TypeClass type, int scale, int precision) const = 0;
    // A timestamp cut to `precision` fractional digits, comparable with distinct().
    virtual QString truncatedTimestamp(const QString &expr, int precision) const;

    // A 64-bit signed integer hash of a text expression, computed the same way by every dialect
    // (the low 60 bits of its MD5), and an aggregate that sums it without overflow.
    virtual QString hash64(const QString &textExpr) const = 0;
    virtual QString sumHash(const QString &hashExpr) const;
    // Concatenation of text expressions.
    virtual QString concat(const QStringList &parts) const;

    virtual QString castToFloat(const QString &expr) const;
    // A text expression that compares byte for byte (MySQL's default collations ignore case,
    // trailing spaces and the differences between characters outside the BMP).
    virtual QString exactText(const QString &expr) const { return expr; }
    virtual QString lower(const QString &expr) const { return QStringLiteral("LOWER(") + expr + QLatin1Char(')'); }

    // Statements run once per session (time zone, join settings).
    virtual QStringList sessionSetup() const { return {}; }
};

std::unique_ptr<Dialect> makeDialect(Driver driver);

} // namespace tidemark::warehouse
