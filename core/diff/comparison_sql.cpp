#include "diff/comparison_sql.h"
#include "common/translation.h"

#include "diff/value_json.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace tidemark::diff {

namespace {

bool isNumeric(warehouse::TypeClass t)
{
    return t == warehouse::TypeClass::Integer || t == warehouse::TypeClass::Decimal
        || t == warehouse::TypeClass::Float;
}

QString number(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

QString valuesDiffer(const warehouse::Dialect &dialect, const ColumnPair &column, const QString &a,
                     const QString &b, const DiffOptions &options)
{
    Q_UNUSED(options) // the column's comparison holds what the options say about it
    using warehouse::TypeClass;
    const ColumnComparison &c = column.comparison;
    if (c.tolerance)
        return toleranceDiffers(dialect, a, b, *c.tolerance);
    const bool text = c.as() == TypeClass::Text || c.as() == TypeClass::Other;
    // The raw values where the database's own equality is the contract's, else their canonical
    // texts, compared byte for byte.
    QString ea = c.native ? a : dialect.canonicalText(a, c.a);
    QString eb = c.native ? b : dialect.canonicalText(b, c.b);
    if (text && c.nullAsEmpty) {
        ea = QStringLiteral("COALESCE(%1, '')").arg(ea);
        eb = QStringLiteral("COALESCE(%1, '')").arg(eb);
    }
    if (text && c.foldCase) { // lower-cased, then compared byte for byte whatever the collation
        ea = dialect.exactText(dialect.lower(ea));
        eb = dialect.exactText(dialect.lower(eb));
    } else if (text || !c.native) {
        ea = dialect.exactText(ea);
        eb = dialect.exactText(eb);
    }
    return dialect.distinct(ea, eb);
}

QString toleranceDiffers(const warehouse::Dialect &dialect, const QString &a, const QString &b,
                         const Tolerance &t)
{
    // outsideTolerance() in SQL, the same double arithmetic on every database: |a - b| only for
    // values of one sign (no overflow), |a| against t - |b| for two signs, and the relative share
    // as d / |b| only where d <= |b| (neither overflow nor underflow, which PostgreSQL reports as
    // errors). Infinities and NaN equal only themselves.
    const QString fa = dialect.castToFloat(a);
    const QString fb = dialect.castToFloat(b);
    const QString aa = QStringLiteral("ABS(") + fa + QLatin1Char(')');
    const QString ab = QStringLiteral("ABS(") + fb + QLatin1Char(')');
    const QString d = QStringLiteral("ABS(%1 - %2)").arg(fa, fb);
    const QString value = number(t.value);
    QString same;
    QString opposite;
    if (t.mode == Tolerance::Mode::Absolute) {
        same = d + QStringLiteral(" > ") + value;
        opposite = QStringLiteral("%1 > %2 - %3").arg(aa, value, ab);
    } else {
        same = QStringLiteral("%1 > %2 OR %1 / %2 > %3").arg(d, ab, value);
        opposite = QStringLiteral("1 = 1");
    }
    QString special;
    if (dialect.driver() == warehouse::Driver::PostgreSQL
        || dialect.driver() == warehouse::Driver::SQLite) {
        const QString nonFinite = dialect.driver() == warehouse::Driver::PostgreSQL
            ? QStringLiteral("%1 IN ('Infinity', '-Infinity', 'NaN')")
            : QStringLiteral("ABS(%1) > 1.7976931348623157e308");
        special = QStringLiteral("WHEN %1 OR %2 THEN 1 ").arg(nonFinite.arg(fa), nonFinite.arg(fb));
    }
    return QStringLiteral("(CASE WHEN %1 IS NULL AND %2 IS NULL THEN 0 WHEN %1 IS NULL OR %2 IS "
                          "NULL THEN 1 WHEN %3 = %4 THEN 0 "
                          "%5WHEN (%3 < 0) = (%4 < 0) THEN CASE WHEN %6 THEN 1 ELSE 0 END "
                          "ELSE CASE WHEN %7 THEN 1 ELSE 0 END END = 1)")
        .arg(a, b, fa, fb, special, same, opposite);
}

QString keyJoinCondition(const warehouse::Dialect &d, const TablePair &pair)
{
    QStringList parts;
    for (size_t i = 0; i < pair.keys.size(); ++i) {
        const QString k = d.quote(QStringLiteral("k%1").arg(i));
        parts << joinedKey(d, pair.keys[i], QStringLiteral("a.") + k) + QStringLiteral(" = ")
                + joinedKey(d, pair.keys[i], QStringLiteral("b.") + k);
    }
    return parts.join(QStringLiteral(" AND "));
}

QString sideKeyColumn(const warehouse::Dialect &d, const ColumnPair &key, bool sideA,
                      const QString &qualifier)
{
    const QString name = d.quote(sideA ? key.a.name : key.b.name);
    const QString expr = qualifier.isEmpty() ? name : qualifier + QLatin1Char('.') + name;
    if (key.comparison.native)
        return expr;
    return d.canonicalText(expr, sideA ? key.comparison.a : key.comparison.b);
}

QString joinedKey(const warehouse::Dialect &d, const ColumnPair &key, const QString &expr)
{
    if (key.comparison.native && key.comparison.as() != warehouse::TypeClass::Text)
        return expr;
    return d.exactText(expr);
}

QString sideSubqueryEnd(const warehouse::Dialect &d, const TablePair &pair)
{
    if (d.driver() != warehouse::Driver::SQLite)
        return {};
    const bool canonical = std::any_of(pair.keys.begin(), pair.keys.end(),
                                       [](const ColumnPair &k) { return !k.comparison.native; });
    return canonical ? QStringLiteral(" LIMIT -1") : QString();
}

QString oddValueTest(const warehouse::Dialect &dialect, const warehouse::ValueForm &form,
                     const QString &expr)
{
    if (dialect.driver() == warehouse::Driver::SQLite)
        return QStringLiteral("tidemark_isodd(%1, %2)")
            .arg(dialect.literal(warehouse::canonicalToken(form)), expr);
    return QStringLiteral("CASE WHEN %1 IS NOT NULL AND %1 <> 0 AND %1 <> 1 THEN 1 ELSE 0 END")
        .arg(expr);
}

Expected<std::vector<qint64>>
readOddCounts(warehouse::Database &db, const warehouse::TableName &table,
              const std::vector<std::pair<QString, warehouse::ValueForm>> &columns,
              const DiffOptions &options)
{
    std::vector<qint64> counts(columns.size(), 0);
    if (columns.empty())
        return counts;
    const warehouse::Dialect &d = db.dialect();
    QStringList sums;
    for (const auto &[name, form] : columns)
        sums << QStringLiteral("SUM(") + oddValueTest(d, form, d.quote(name)) + QLatin1Char(')');
    const QString sql
        = QStringLiteral("SELECT %1 FROM %2%3")
              .arg(sums.join(QStringLiteral(", ")), d.table(table), whereClause(options));
    auto read = db.query(sql, {}, [&counts](const warehouse::Row &row) {
        for (int i = 0; i < row.size() && size_t(i) < counts.size(); ++i)
            counts[size_t(i)] = row.value(i).toLongLong();
        return false;
    });
    if (!read)
        return read.error();
    return counts;
}

QString oddValuesWarning(const QString &column, const QString &table, qint64 count,
                         warehouse::TypeClass as)
{
    // (A plain int argument: lupdate's parser does not finish on template arguments inside
    // translate().)
    const int n = count > qint64(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                                  : int(count);
    return Tr::tr("%n value(s) of column \"%1\" in %2 are not %3 and were compared as text",
                  nullptr, n)
        .arg(column, table, classNoun(as));
}

QString whereClause(const DiffOptions &options)
{
    return options.where.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(" WHERE (") + options.where + QLatin1Char(')');
}

QString exactKey(const warehouse::Dialect &dialect, const warehouse::ColumnInfo &column,
                 const QString &qualifier)
{
    const QString name = qualifier.isEmpty()
        ? dialect.quote(column.name)
        : qualifier + QLatin1Char('.') + dialect.quote(column.name);
    return column.typeClass == warehouse::TypeClass::Text ? dialect.exactText(name) : name;
}

QString keyStatsSql(const warehouse::Dialect &dialect, const warehouse::TableName &table,
                    const std::vector<warehouse::ColumnInfo> &keyColumns,
                    const DiffOptions &options)
{
    QStringList keys;
    QStringList nullTests;
    for (const warehouse::ColumnInfo &k : keyColumns) {
        keys << exactKey(dialect, k);
        nullTests << dialect.quote(k.name) + QStringLiteral(" IS NULL");
    }
    const QString grouped = QStringLiteral("SELECT COUNT(*) AS n, MAX(CASE WHEN %1 THEN 1 ELSE 0 "
                                           "END) AS kn FROM %2%3 GROUP BY %4")
                                .arg(nullTests.join(QStringLiteral(" OR ")), dialect.table(table),
                                     whereClause(options), keys.join(QStringLiteral(", ")));
    return QStringLiteral("SELECT SUM(g.n), SUM(CASE WHEN g.kn = 1 THEN g.n ELSE 0 END), "
                          "SUM(CASE WHEN g.kn = 0 AND g.n > 1 THEN 1 ELSE 0 END), "
                          "SUM(CASE WHEN g.kn = 0 AND g.n > 1 THEN g.n ELSE 0 END) FROM (%1) g")
        .arg(grouped);
}

Expected<KeyStats> readKeyStats(warehouse::Database &db, const warehouse::TableName &table,
                                const std::vector<warehouse::ColumnInfo> &keyColumns,
                                const DiffOptions &options)
{
    KeyStats stats;
    auto result = db.query(keyStatsSql(db.dialect(), table, keyColumns, options), {},
                           [&stats](const warehouse::Row &row) {
                               stats.rows = row.value(0).toLongLong();
                               stats.nullRows = row.value(1).toLongLong();
                               stats.duplicateKeys = row.value(2).toLongLong();
                               stats.duplicateRows = row.value(3).toLongLong();
                               return false;
                           });
    if (!result)
        return result.error();
    return stats;
}

Expected<std::vector<ColumnProfile>> readProfiles(warehouse::Database &db,
                                                  const warehouse::TableName &table,
                                                  const std::vector<warehouse::ColumnInfo> &columns,
                                                  const DiffOptions &options)
{
    const warehouse::Dialect &dialect = db.dialect();
    QStringList parts {QStringLiteral("COUNT(*)")};
    for (const auto &c : columns) {
        const QString q = dialect.quote(c.name);
        const bool numeric = isNumeric(c.typeClass);
        const bool orderable = c.typeClass != warehouse::TypeClass::Binary
            && c.typeClass != warehouse::TypeClass::Other
            && c.typeClass != warehouse::TypeClass::Boolean;
        parts << QStringLiteral("COUNT(%1)").arg(q) << QStringLiteral("COUNT(DISTINCT %1)").arg(q)
              << (orderable ? QStringLiteral("MIN(%1)").arg(q) : QStringLiteral("NULL"))
              << (orderable ? QStringLiteral("MAX(%1)").arg(q) : QStringLiteral("NULL"))
              << (numeric ? QStringLiteral("AVG(%1)").arg(dialect.castToFloat(q))
                          : QStringLiteral("NULL"));
    }
    std::vector<ColumnProfile> profiles;
    const QString sql
        = QStringLiteral("SELECT %1 FROM %2%3")
              .arg(parts.join(QStringLiteral(", ")), dialect.table(table), whereClause(options));
    auto result = db.query(sql, {}, [&](const warehouse::Row &row) {
        const qint64 rows = row.value(0).toLongLong();
        int i = 1;
        for (const auto &c : columns) {
            ColumnProfile p;
            p.name = c.name;
            p.count = row.value(i).toLongLong();
            p.nulls = rows - p.count;
            p.distinct = row.value(i + 1).toLongLong();
            p.min = valueToJson(row.value(i + 2));
            p.max = valueToJson(row.value(i + 3));
            p.mean = row.isNull(i + 4) ? nlohmann::json()
                                       : nlohmann::json(row.value(i + 4).toDouble());
            profiles.push_back(std::move(p));
            i += 5;
        }
        return false;
    });
    if (!result)
        return result.error();
    return profiles;
}

} // namespace tidemark::diff
