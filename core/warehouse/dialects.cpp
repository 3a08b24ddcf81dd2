#include "warehouse/dialects.h"

namespace tidemark::warehouse {

namespace {

QString nullSafeCase(const QString &expr, const QString &whenTrue, const QString &whenFalse)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL WHEN %1 THEN %2 ELSE %3 END").arg(expr, whenTrue, whenFalse);
}

} // namespace

// PostgreSQL ------------------------------------------------------------------------------------

QString PostgresDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(%1 IS DISTINCT FROM %2)").arg(a, b);
}

QString PostgresDialect::normalizedText(const QString &expr, TypeClass type, int scale, int precision) const
{
    switch (type) {
    case TypeClass::Integer:
        return QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
    case TypeClass::Decimal:
    case TypeClass::Float:
        return QStringLiteral("CAST(ROUND(CAST(%1 AS NUMERIC), %2) AS TEXT)").arg(expr, QString::number(scale));
    case TypeClass::Boolean:
        return nullSafeCase(expr, QStringLiteral("'1'"), QStringLiteral("'0'"));
    case TypeClass::Date:
        return QStringLiteral("TO_CHAR(%1, 'YYYY-MM-DD')").arg(expr);
    case TypeClass::Timestamp:
        return QStringLiteral("LEFT(TO_CHAR(%1, 'YYYY-MM-DD HH24:MI:SS.US'), %2)").arg(expr, QString::number(timestampTextLength(precision)));
    case TypeClass::Uuid:
        return QStringLiteral("LOWER(CAST(%1 AS TEXT))").arg(expr);
    case TypeClass::Binary:
        return QStringLiteral("ENCODE(%1, 'hex')").arg(expr);
    default:
        return QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
    }
}

QString PostgresDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral("CAST(CAST(('x' || LPAD(SUBSTR(MD5(%1), 18), 16, '0')) AS BIT(64)) AS BIGINT)").arg(textExpr);
}

QStringList PostgresDialect::sessionSetup() const
{
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET extra_float_digits = 1")};
}

// MySQL / MariaDB -------------------------------------------------------------------------------

QString MySqlDialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QString MySqlDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(NOT (%1 <=> %2))").arg(a, b);
}

QString MySqlDialect::normalizedText(const QString &expr, TypeClass type, int scale, int precision) const
{
    switch (type) {
    case TypeClass::Integer:
        return QStringLiteral("CAST(%1 AS CHAR)").arg(expr);
    case TypeClass::Decimal:
    case TypeClass::Float:
        return QStringLiteral("CAST(CAST(ROUND(%1, %2) AS DECIMAL(65, %2)) AS CHAR)").arg(expr, QString::number(scale));
    case TypeClass::Boolean:
        return nullSafeCase(expr, QStringLiteral("'1'"), QStringLiteral("'0'"));
    case TypeClass::Date:
        return QStringLiteral("DATE_FORMAT(%1, '%Y-%m-%d')").arg(expr);
    case TypeClass::Timestamp:
        return QStringLiteral("LEFT(DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f'), %2)").arg(expr, QString::number(timestampTextLength(precision)));
    case TypeClass::Uuid:
        return QStringLiteral("LOWER(CAST(%1 AS CHAR))").arg(expr);
    case TypeClass::Binary:
        return QStringLiteral("LOWER(HEX(%1))").arg(expr);
    default:
        return QStringLiteral("CAST(%1 AS CHAR)").arg(expr);
    }
}

QString MySqlDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral("CAST(CONV(SUBSTRING(MD5(%1), 18), 16, 10) AS UNSIGNED)").arg(textExpr);
}

QString MySqlDialect::concat(const QStringList &parts) const
{
    return QStringLiteral("CONCAT(") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString MySqlDialect::castToFloat(const QString &expr) const
{
    return QStringLiteral("CAST(%1 AS DOUBLE)").arg(expr);
}

QString MySqlDialect::exactText(const QString &expr) const
{
    return QStringLiteral("CAST(%1 AS BINARY)").arg(expr);
}

QStringList MySqlDialect::sessionSetup() const
{
    // join_cache_level 4 lets MariaDB hash-join tables without indexes (dbt tables have none).
    return {QStringLiteral("SET time_zone = '+00:00'"), QStringLiteral("SET SESSION join_cache_level = 4"),
            QStringLiteral("SET NAMES utf8mb4")};
}

// SQLite ----------------------------------------------------------------------------------------

QString SqliteDialect::table(const TableName &name) const
{
    if (name.parts.size() < 3)
        return Dialect::table(name);
    return quote(name.schema()) + QLatin1Char('.') + quote(name.table());
}

QString SqliteDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(%1 IS NOT %2)").arg(a, b);
}

QString SqliteDialect::normalizedText(const QString &expr, TypeClass type, int scale, int precision) const
{
    switch (type) {
    case TypeClass::Integer:
        return QStringLiteral("CAST(CAST(%1 AS INTEGER) AS TEXT)").arg(expr);
    case TypeClass::Decimal:
    case TypeClass::Float:
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE PRINTF('%.%2f', %1) END").arg(expr, QString::number(scale));
    case TypeClass::Boolean:
        return nullSafeCase(expr, QStringLiteral("'1'"), QStringLiteral("'0'"));
    case TypeClass::Date:
        return QStringLiteral("DATE(%1)").arg(expr);
    case TypeClass::Timestamp: {
        // Timestamps are text here; pad the fraction to six digits before cutting.
        const QString t = QStringLiteral("REPLACE(CAST(%1 AS TEXT), 'T', ' ')").arg(expr);
        return QStringLiteral("SUBSTR(CASE WHEN LENGTH(%1) > 19 THEN %1 || '000000' ELSE %1 || '.000000' END, 1, %2)")
            .arg(t, QString::number(timestampTextLength(precision)));
    }
    case TypeClass::Uuid:
        return QStringLiteral("LOWER(%1)").arg(expr);
    case TypeClass::Binary:
        return QStringLiteral("LOWER(HEX(%1))").arg(expr);
    default:
        return QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
    }
}

QString SqliteDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral("tidemark_hash60(%1)").arg(textExpr);
}

QString SqliteDialect::sumHash(const QString &hashExpr) const
{
    return QStringLiteral("tidemark_hashsum(%1)").arg(hashExpr);
}

QString SqliteDialect::castToFloat(const QString &expr) const
{
    return QStringLiteral("CAST(%1 AS REAL)").arg(expr);
}

TypeClass SqliteDialect::typeClass(const QString &typeName) const
{
    // SQLite's type affinity rules (https://sqlite.org/datatype3.html), with the common date names.
    const QString t = typeName.trimmed().toLower();
    if (t.contains(QLatin1String("int")))
        return TypeClass::Integer;
    if (t.startsWith(QLatin1String("timestamp")) || t.startsWith(QLatin1String("datetime")))
        return TypeClass::Timestamp;
    if (t == QLatin1String("date"))
        return TypeClass::Date;
    if (t.startsWith(QLatin1String("bool")))
        return TypeClass::Boolean;
    if (t.startsWith(QLatin1String("numeric")) || t.startsWith(QLatin1String("decimal")))
        return TypeClass::Decimal;
    if (t.contains(QLatin1String("char")) || t.contains(QLatin1String("clob")) || t.contains(QLatin1String("text")) || t.isEmpty())
        return TypeClass::Text;
    if (t.contains(QLatin1String("blob")))
        return TypeClass::Binary;
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("floa")) || t.contains(QLatin1String("doub")))
        return TypeClass::Float;
    return Dialect::typeClass(typeName);
}

// ODBC (ANSI SQL) -------------------------------------------------------------------------------

QString OdbcDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(NOT ((%1 = %2) OR (%1 IS NULL AND %2 IS NULL)))").arg(a, b);
}

QString OdbcDialect::normalizedText(const QString &expr, TypeClass, int, int) const
{
    return QStringLiteral("CAST(%1 AS VARCHAR(4000))").arg(expr);
}

QString OdbcDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral("MD5(%1)").arg(textExpr); // not comparable across databases; ODBC pairs use join diffs
}

} // namespace tidemark::warehouse
