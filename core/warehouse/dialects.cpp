#include "warehouse/dialects.h"

#include <algorithm>

namespace tidemark::warehouse {

namespace {

QString nullSafeCase(const QString &expr, const QString &whenTrue, const QString &whenFalse)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL WHEN %1 THEN %2 ELSE %3 END")
        .arg(expr, whenTrue, whenFalse);
}

} // namespace

// PostgreSQL ------------------------------------------------------------------------------------

QString PostgresDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(%1 IS DISTINCT FROM %2)").arg(a, b);
}

QString PostgresDialect::exactText(const QString &expr) const
{
    return QStringLiteral("(CAST(") + expr + QStringLiteral(" AS TEXT) COLLATE \"C\")");
}

QString PostgresDialect::canonicalText(const QString &x, const ValueForm &form) const
{
    const QString type = form.sourceType.trimmed().toLower();
    const bool single = type == QLatin1String("real") || type == QLatin1String("float4");
    // A double as its own (shortest, with extra_float_digits > 0) text; -0 as 0.
    const auto doubleText = [&](const QString &v) {
        const QString d
            = single ? QStringLiteral("CAST(") + v + QStringLiteral(" AS DOUBLE PRECISION)") : v;
        return QStringLiteral("CASE WHEN %1 = 0 THEN '0' ELSE CAST(%1 AS TEXT) END").arg(d);
    };
    // A finite date or timestamp as text, years before 1 marked with '-' (PostgreSQL writes them
    // as "... BC"); infinities as PostgreSQL writes them.
    const auto calendar = [](const QString &v, const QString &body, const QString &lowest) {
        return QStringLiteral("CASE WHEN NOT isfinite(%1) THEN CAST(%1 AS TEXT) WHEN %1 < %3 THEN "
                              "'-' || %2 ELSE %2 END")
            .arg(v, body, lowest);
    };
    switch (form.as) {
    case TypeClass::Integer: return QStringLiteral("CAST(") + x + QStringLiteral(" AS TEXT)");
    case TypeClass::Decimal: {
        QString number = QStringLiteral("CAST(") + x + QStringLiteral(" AS NUMERIC)");
        if (form.source == TypeClass::Float) // its shortest text, read as a decimal
            number = QStringLiteral("CAST(CAST(%1 AS TEXT) AS NUMERIC)")
                         .arg(single ? QStringLiteral("CAST(") + x
                                      + QStringLiteral(" AS DOUBLE PRECISION)")
                                     : x);
        QString text;
        if (form.scale >= 0) {
            text = form.source == TypeClass::Decimal && form.sourceScale == form.scale
                ? QStringLiteral("CAST(") + x + QStringLiteral(" AS TEXT)")
                : QStringLiteral("CAST(ROUND(%1, %2) AS TEXT)")
                      .arg(number, QString::number(form.scale));
        } else if (form.source == TypeClass::Integer) {
            text = QStringLiteral("CAST(") + x + QStringLiteral(" AS TEXT)");
        } else {
            text = QStringLiteral("CASE WHEN CAST(%1 AS TEXT) LIKE '%.%' THEN RTRIM(RTRIM(CAST(%1 "
                                  "AS TEXT), '0'), '.') "
                                  "ELSE CAST(%1 AS TEXT) END")
                       .arg(number);
        }
        if (form.source == TypeClass::Float) // NaN and the infinities have no decimal
            return QStringLiteral("CASE WHEN %1 IN ('NaN', 'Infinity', '-Infinity') THEN CAST(%1 "
                                  "AS TEXT) ELSE %2 END")
                .arg(x, text);
        return text;
    }
    case TypeClass::Float:
        if (form.source == TypeClass::Float)
            return doubleText(x);
        return QStringLiteral("CAST(CAST(") + x + QStringLiteral(" AS DOUBLE PRECISION) AS TEXT)");
    case TypeClass::Timestamp: {
        const int precision = std::clamp(form.precision, 0, 6);
        const QString v = form.source == TypeClass::Date
            ? QStringLiteral("CAST(") + x + QStringLiteral(" AS TIMESTAMP)")
            : x;
        QString body;
        if (precision == 0)
            body = QStringLiteral("TO_CHAR(") + v + QStringLiteral(", 'YYYY-MM-DD HH24:MI:SS')");
        else if (precision == 6)
            body = QStringLiteral("TO_CHAR(") + v + QStringLiteral(", 'YYYY-MM-DD HH24:MI:SS.US')");
        else
            body = QStringLiteral("LEFT(TO_CHAR(%1, 'YYYY-MM-DD HH24:MI:SS.US'), %2)")
                       .arg(v, QString::number(precision - 6));
        return calendar(v, body, QStringLiteral("'0001-01-01'"));
    }
    case TypeClass::Date:
        return calendar(x, QStringLiteral("TO_CHAR(") + x + QStringLiteral(", 'YYYY-MM-DD')"),
                        QStringLiteral("DATE '0001-01-01'"));
    case TypeClass::Boolean:
        if (form.source == TypeClass::Boolean)
            return nullSafeCase(x, QStringLiteral("'1'"), QStringLiteral("'0'"));
        return QStringLiteral("CASE WHEN %1 = 0 THEN '0' WHEN %1 = 1 THEN '1' ELSE CHR(1) || "
                              "CAST(%1 AS TEXT) END")
            .arg(x);
    case TypeClass::Uuid: return QStringLiteral("LOWER(CAST(") + x + QStringLiteral(" AS TEXT))");
    case TypeClass::Binary:
        if (form.source == TypeClass::Binary)
            return QStringLiteral("ENCODE(") + x + QStringLiteral(", 'hex')");
        break;
    case TypeClass::Text:
    case TypeClass::Other: break;
    }
    // As text: a value of another class as its own canonical text.
    switch (form.source) {
    case TypeClass::Text:
    case TypeClass::Other: return QStringLiteral("CAST(") + x + QStringLiteral(" AS TEXT)");
    default: return canonicalText(x, form.own());
    }
}

QString PostgresDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral(
               "CAST(CAST(('x' || LPAD(SUBSTR(MD5(%1), 18), 16, '0')) AS BIT(64)) AS BIGINT)")
        .arg(textExpr);
}

QStringList PostgresDialect::sessionSetup() const
{
    // extra_float_digits 3: the shortest text that reads back as the same double (PostgreSQL 12 and
    // later; 17 significant digits before). client_min_messages: no NOTICE reaches the client
    // ("table ... does not exist, skipping"), which the ODBC driver would print on stderr.
    return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET extra_float_digits = 3"),
            QStringLiteral("SET client_min_messages = warning")};
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

QString MySqlDialect::canonicalText(const QString &x, const ValueForm &form) const
{
    const QString type = form.sourceType.trimmed().toLower();
    // FLOAT columns are single precision: widened to the double they are.
    const QString d = type.startsWith(QLatin1String("float"))
        ? QStringLiteral("CAST(") + x + QStringLiteral(" AS DOUBLE)")
        : x;
    const auto trimmed = [](const QString &text) {
        return QStringLiteral("CASE WHEN LOCATE('.', %1) > 0 THEN TRIM(TRAILING '.' FROM "
                              "TRIM(TRAILING '0' FROM %1)) ELSE %1 END")
            .arg(text);
    };
    switch (form.as) {
    case TypeClass::Integer: return QStringLiteral("CAST(") + x + QStringLiteral(" AS CHAR)");
    case TypeClass::Decimal:
        if (form.source == TypeClass::Float) {
            // Its shortest text read as a decimal, where DECIMAL(65, s) holds every digit of it;
            // else the shortest text itself (the client reads it as a number).
            if (form.scale >= 0) {
                return QStringLiteral("CASE WHEN ABS(%1) < 1e%3 THEN CAST(CAST(CAST(%1 AS CHAR) AS "
                                      "DECIMAL(65, %2)) AS CHAR) "
                                      "ELSE CAST(%1 AS CHAR) END")
                    .arg(d, QString::number(form.scale), QString::number(64 - form.scale));
            }
            return QStringLiteral(
                       "CASE WHEN %1 = 0 THEN '0' WHEN ABS(%1) >= 1e-14 AND ABS(%1) < 1e34 THEN %2 "
                       "ELSE CAST(%1 AS CHAR) END")
                .arg(d,
                     trimmed(QStringLiteral("CAST(CAST(CAST(") + d
                             + QStringLiteral(" AS CHAR) AS DECIMAL(65, 30)) AS CHAR)")));
        }
        if (form.scale >= 0) {
            if (form.source == TypeClass::Decimal && form.sourceScale == form.scale)
                return QStringLiteral("CAST(") + x + QStringLiteral(" AS CHAR)");
            return QStringLiteral("CAST(CAST(%1 AS DECIMAL(65, %2)) AS CHAR)")
                .arg(x, QString::number(form.scale));
        }
        if (form.source == TypeClass::Integer)
            return QStringLiteral("CAST(") + x + QStringLiteral(" AS CHAR)");
        return trimmed(QStringLiteral("CAST(") + x + QStringLiteral(" AS CHAR)"));
    case TypeClass::Float:
        if (form.source == TypeClass::Float)
            return QStringLiteral("CASE WHEN %1 = 0 THEN '0' ELSE CAST(%1 AS CHAR) END").arg(d);
        return QStringLiteral("CAST(CAST(") + x + QStringLiteral(" AS DOUBLE) AS CHAR)");
    case TypeClass::Timestamp: {
        const int precision = std::clamp(form.precision, 0, 6);
        return QStringLiteral("LEFT(DATE_FORMAT(%1, '%Y-%m-%d %H:%i:%s.%f'), %2)")
            .arg(x, QString::number(precision == 0 ? 19 : 20 + precision));
    }
    case TypeClass::Date:
        return QStringLiteral("DATE_FORMAT(") + x + QStringLiteral(", '%Y-%m-%d')");
    case TypeClass::Boolean:
        if (type.startsWith(QLatin1String("bit")))
            return QStringLiteral("CASE WHEN %1 = 0 THEN '0' WHEN %1 = 1 THEN '1' ELSE "
                                  "CONCAT(CHAR(1), CAST(%1 + 0 AS CHAR)) END")
                .arg(x);
        return QStringLiteral("CASE WHEN %1 = 0 THEN '0' WHEN %1 = 1 THEN '1' ELSE CONCAT(CHAR(1), "
                              "CAST(%1 AS CHAR)) END")
            .arg(x);
    case TypeClass::Uuid: return QStringLiteral("LOWER(CAST(") + x + QStringLiteral(" AS CHAR))");
    case TypeClass::Binary:
        if (form.source == TypeClass::Binary)
            return QStringLiteral("LOWER(HEX(") + x + QStringLiteral("))");
        break;
    case TypeClass::Text:
    case TypeClass::Other: break;
    }
    switch (form.source) {
    case TypeClass::Text: return x;
    case TypeClass::Other: return QStringLiteral("CAST(") + x + QStringLiteral(" AS CHAR)");
    default: return canonicalText(x, form.own());
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

TypeClass MySqlDialect::typeClass(const QString &typeName) const
{
    // BOOLEAN is tinyint(1) in MySQL and MariaDB, and reported so.
    const QString t = typeName.trimmed().toLower();
    if (t.startsWith(QLatin1String("tinyint(1)")) || t == QLatin1String("bit(1)")
        || t.startsWith(QLatin1String("bool")))
        return TypeClass::Boolean;
    return Dialect::typeClass(typeName);
}

QString MySqlDialect::exactText(const QString &expr) const
{
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS BINARY)");
}

QString MySqlDialect::asText(const QString &expr) const
{
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS CHAR)");
}

QStringList MySqlDialect::sessionSetup() const
{
    // join_cache_level 4 lets MariaDB hash-join tables without indexes (dbt tables have none).
    return {QStringLiteral("SET time_zone = '+00:00'"),
            QStringLiteral("SET SESSION join_cache_level = 4"),
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

QString SqliteDialect::canonicalText(const QString &x, const ValueForm &form) const
{
    // Made in C by tidemark_canon() (sqlite_canonical.cpp), which reads every form SQLite tables
    // hold a value in; text in a column of text affinity is already what it is.
    if ((form.as == TypeClass::Text || form.as == TypeClass::Other)
        && form.source == TypeClass::Text && !form.sourceType.trimmed().isEmpty())
        return x;
    return QStringLiteral("tidemark_canon(%1, %2)").arg(literal(canonicalToken(form)), x);
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
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS REAL)");
}

QString SqliteDialect::lower(const QString &expr) const
{
    return QStringLiteral("tidemark_lower(") + expr + QLatin1Char(')');
}

TypeClass SqliteDialect::typeClass(const QString &typeName) const
{
    // SQLite's type affinity rules (https://sqlite.org/datatype3.html), with the common names of
    // dates, timestamps, booleans and UUIDs. No declared type (what CREATE TABLE AS gives for an
    // expression) says nothing: Other.
    const QString t = typeName.trimmed().toLower();
    if (t.isEmpty())
        return TypeClass::Other;
    if (t.contains(QLatin1String("int")))
        return TypeClass::Integer;
    if (t.startsWith(QLatin1String("timestamp")) || t.startsWith(QLatin1String("datetime")))
        return TypeClass::Timestamp;
    if (t == QLatin1String("date"))
        return TypeClass::Date;
    if (t.startsWith(QLatin1String("bool")))
        return TypeClass::Boolean;
    if (t == QLatin1String("uuid"))
        return TypeClass::Uuid;
    if (t.contains(QLatin1String("char")) || t.contains(QLatin1String("clob"))
        || t.contains(QLatin1String("text")))
        return TypeClass::Text;
    if (t.contains(QLatin1String("blob")))
        return TypeClass::Binary;
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("floa"))
        || t.contains(QLatin1String("doub")))
        return TypeClass::Float;
    if (t.startsWith(QLatin1String("numeric")) || t.startsWith(QLatin1String("decimal")))
        return TypeClass::Decimal;
    if (t == QLatin1String("num"))
        return TypeClass::Decimal; // NUMERIC affinity, what CREATE TABLE AS gives for it
    return Dialect::typeClass(typeName);
}

// ODBC (ANSI SQL) -------------------------------------------------------------------------------

QString OdbcDialect::distinct(const QString &a, const QString &b) const
{
    return QStringLiteral("(NOT ((%1 = %2) OR (%1 IS NULL AND %2 IS NULL)))").arg(a, b);
}

QString OdbcDialect::canonicalText(const QString &expr, const ValueForm &) const
{
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS VARCHAR(4000))");
}

QString OdbcDialect::hash64(const QString &textExpr) const
{
    return QStringLiteral("MD5(%1)").arg(
        textExpr); // not comparable across databases; ODBC pairs use join diffs
}

} // namespace tidemark::warehouse
