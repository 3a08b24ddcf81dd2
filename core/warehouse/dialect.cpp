#include "warehouse/dialect.h"

#include "warehouse/dialects.h"

#include <algorithm>

namespace tidemark::warehouse {

const char *toString(TypeClass type)
{
    switch (type) {
    case TypeClass::Integer: return "integer";
    case TypeClass::Decimal: return "decimal";
    case TypeClass::Float: return "float";
    case TypeClass::Boolean: return "boolean";
    case TypeClass::Text: return "text";
    case TypeClass::Date: return "date";
    case TypeClass::Timestamp: return "timestamp";
    case TypeClass::Uuid: return "uuid";
    case TypeClass::Binary: return "binary";
    case TypeClass::Other: return "other";
    }
    return "other";
}

QString Dialect::quote(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Dialect::table(const TableName &name) const
{
    QStringList parts;
    for (const QString &part : name.parts)
        parts << quote(part);
    return parts.join(QLatin1Char('.'));
}

QString Dialect::literal(const QString &text) const
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (driver() == Driver::MySQL)
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

TypeClass Dialect::typeClass(const QString &typeName) const
{
    const QString t = typeName.trimmed().toLower();
    auto starts = [&t](const char *prefix) { return t.startsWith(QLatin1String(prefix)); };
    if (t.contains(QLatin1String("int")) && !t.contains(QLatin1String("interval"))
        && !t.contains(QLatin1String("point")))
        return TypeClass::Integer;
    if (starts("serial") || starts("bigserial") || starts("smallserial"))
        return TypeClass::Integer;
    if (starts("numeric") || starts("decimal") || starts("number") || starts("money"))
        return TypeClass::Decimal;
    if (starts("double") || starts("float") || starts("real"))
        return TypeClass::Float;
    if (starts("bool") || t == QLatin1String("bit") || t == QLatin1String("bit(1)"))
        return TypeClass::Boolean;
    if (t == QLatin1String("date"))
        return TypeClass::Date;
    if (starts("timestamp") || starts("datetime"))
        return TypeClass::Timestamp;
    if (t == QLatin1String("uuid"))
        return TypeClass::Uuid;
    if (starts("bytea") || t.contains(QLatin1String("blob")) || starts("binary")
        || starts("varbinary"))
        return TypeClass::Binary;
    if (t.contains(QLatin1String("char")) || t.contains(QLatin1String("text"))
        || t.contains(QLatin1String("clob")) || starts("string") || starts("enum") || t.isEmpty()
        || starts("json") || starts("citext"))
        return TypeClass::Text;
    return TypeClass::Other;
}

QString Dialect::canonicalText(const QString &expr, const ColumnInfo &column) const
{
    return canonicalText(expr, ValueForm::of(column, column.typeClass));
}

QString Dialect::asText(const QString &expr) const
{
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS TEXT)");
}

QString canonicalToken(const ValueForm &form)
{
    switch (form.as) {
    case TypeClass::Integer: return QStringLiteral("i");
    case TypeClass::Decimal:
        return form.scale >= 0 ? QStringLiteral("n") + QString::number(form.scale)
                               : QStringLiteral("N");
    case TypeClass::Float: return QStringLiteral("f");
    case TypeClass::Timestamp:
        return QStringLiteral("p") + QString::number(std::clamp(form.precision, 0, 6));
    case TypeClass::Date: return QStringLiteral("D");
    case TypeClass::Boolean: return QStringLiteral("b");
    case TypeClass::Uuid: return QStringLiteral("u");
    case TypeClass::Binary: return QStringLiteral("x");
    case TypeClass::Text:
    case TypeClass::Other: break;
    }
    return QStringLiteral("t");
}

QString Dialect::sumHash(const QString &hashExpr) const
{
    return QStringLiteral("SUM(") + hashExpr + QLatin1Char(')');
}

QString Dialect::concat(const QStringList &parts) const
{
    return parts.join(QStringLiteral(" || "));
}

QString Dialect::castToFloat(const QString &expr) const
{
    return QStringLiteral("CAST(") + expr + QStringLiteral(" AS DOUBLE PRECISION)");
}

std::unique_ptr<Dialect> makeDialect(Driver driver)
{
    switch (driver) {
    case Driver::PostgreSQL: return std::make_unique<PostgresDialect>();
    case Driver::MySQL: return std::make_unique<MySqlDialect>();
    case Driver::SQLite: return std::make_unique<SqliteDialect>();
    case Driver::ODBC: return std::make_unique<OdbcDialect>();
    }
    return std::make_unique<OdbcDialect>();
}

} // namespace tidemark::warehouse
