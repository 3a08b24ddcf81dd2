#include "values/differing_rows_sql.h"

#include "diff/comparison_sql.h"

namespace tidemark::values::sql {

namespace {

using warehouse::Dialect;

QString alias(const char *prefix, size_t i)
{
    return QLatin1String(prefix) + QString::number(i);
}

QString as(const Dialect &d, const QString &expr, const QString &name)
{
    return expr + QStringLiteral(" AS ") + d.quote(name);
}

// Keys held as text: canonical texts where the key is not compared as itself, and text keys.
bool textKey(const diff::ColumnPair &key)
{
    return !key.comparison.native || key.a.typeClass == warehouse::TypeClass::Text;
}

// One side: a marker column, the keys as k0.., the compared columns as c0.., filtered, without
// NULL keys (they never match and the join diff does not count them) and, when asked, without
// the keys that occur more than once on that side.
QString side(const Dialect &d, const diff::TablePair &pair, bool sideA,
             const diff::DiffOptions &options, bool excludeDuplicates)
{
    const warehouse::TableName &table = sideA ? pair.tableA : pair.tableB;
    QStringList cols {
        as(d, QStringLiteral("1"), sideA ? QStringLiteral("t_a") : QStringLiteral("t_b"))};
    QStringList conditions;
    if (!options.where.trimmed().isEmpty())
        conditions << QLatin1Char('(') + options.where + QLatin1Char(')');
    QStringList grouped;
    QStringList match;
    for (size_t i = 0; i < pair.keys.size(); ++i) {
        const warehouse::ColumnInfo &column = sideA ? pair.keys[i].a : pair.keys[i].b;
        const QString name = d.quote(column.name);
        cols << as(d, diff::sideKeyColumn(d, pair.keys[i], sideA, QStringLiteral("s")),
                   alias("k", i));
        conditions << name + QStringLiteral(" IS NOT NULL");
        grouped << as(d, diff::exactKey(d, column), alias("d", i));
        match << QStringLiteral("dup.%1 = %2")
                     .arg(d.quote(alias("d", i)), diff::exactKey(d, column, QStringLiteral("s")));
    }
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        const QString name = d.quote(sideA ? pair.compared[i].a.name : pair.compared[i].b.name);
        cols << as(d, name, alias("c", i));
    }
    if (excludeDuplicates) {
        QStringList keys;
        QStringList notNull;
        for (size_t i = 0; i < pair.keys.size(); ++i) {
            const warehouse::ColumnInfo &column = sideA ? pair.keys[i].a : pair.keys[i].b;
            keys << diff::exactKey(d, column);
            notNull << d.quote(column.name) + QStringLiteral(" IS NOT NULL");
        }
        const QString filter = options.where.trimmed().isEmpty()
            ? QString()
            : QStringLiteral(" AND (") + options.where + QLatin1Char(')');
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM (SELECT %1 FROM %2 WHERE %3%4 "
                                     "GROUP BY %5 HAVING COUNT(*) > 1) dup "
                                     "WHERE %6)")
                          .arg(grouped.join(QStringLiteral(", ")), d.table(table),
                               notNull.join(QStringLiteral(" AND ")), filter,
                               keys.join(QStringLiteral(", ")),
                               match.join(QStringLiteral(" AND ")));
    }
    QString out = QStringLiteral("SELECT %1 FROM %2 s")
                      .arg(cols.join(QStringLiteral(", ")), d.table(table));
    if (!conditions.isEmpty())
        out += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return out + diff::sideSubqueryEnd(d, pair);
}

// The key of side `a`/`b` as it is stored (the side selects its canonical text where it is not
// compared as itself: sideKeyColumn()).
QString sideKey(const Dialect &d, const diff::ColumnPair &key, size_t i, bool sideA)
{
    Q_UNUSED(key)
    return (sideA ? QStringLiteral("a.") : QStringLiteral("b.")) + d.quote(alias("k", i));
}

QString differs(const Dialect &d, const diff::TablePair &pair, const diff::DiffOptions &options,
                size_t i)
{
    const QString c = d.quote(alias("c", i));
    return diff::valuesDiffer(d, pair.compared[i], QStringLiteral("a.") + c,
                              QStringLiteral("b.") + c, options);
}

// "(k0, k1) NOT IN (SELECT k0, k1 FROM excluded)" over the keys of `qualifier`'s row.
QString notExcluded(const Dialect &d, const diff::TablePair &pair, const QStringList &keyExprs,
                    const QString &table)
{
    QStringList mine;
    QStringList theirs;
    for (size_t i = 0; i < pair.keys.size(); ++i) {
        const bool text = textKey(pair.keys[i]);
        mine << (text ? d.exactText(keyExprs.at(qsizetype(i))) : keyExprs.at(qsizetype(i)));
        theirs << storedKey(d, pair.keys[i], alias("k", i));
    }
    const QString left = mine.size() == 1
        ? mine.front()
        : QLatin1Char('(') + mine.join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringLiteral("%1 NOT IN (SELECT %2 FROM %3)")
        .arg(left, theirs.join(QStringLiteral(", ")), table);
}

} // namespace

QStringList rowColumns(const diff::TablePair &pair)
{
    QStringList out {QStringLiteral("kind")};
    for (size_t i = 0; i < pair.keys.size(); ++i)
        out << alias("k", i);
    for (const char *prefix : {"f", "a", "b"}) {
        for (size_t i = 0; i < pair.compared.size(); ++i)
            out << alias(prefix, i);
    }
    return out;
}

QString storedKey(const Dialect &d, const diff::ColumnPair &key, const QString &column)
{
    const QString q = d.quote(column);
    return textKey(key) ? d.exactText(q) : q;
}

QString differingRows(const Dialect &d, const diff::TablePair &pair,
                      const diff::DiffOptions &options, const RowsQuery &query)
{
    const QString sideA = side(d, pair, true, options, query.excludeDuplicatesA);
    const QString sideB = side(d, pair, false, options, query.excludeDuplicatesB);
    const QString on = diff::keyJoinCondition(d, pair);
    const QString ta = QStringLiteral("a.") + d.quote(QStringLiteral("t_a"));
    const QString tb = QStringLiteral("b.") + d.quote(QStringLiteral("t_b"));
    const QString limit
        = query.limit > 0 ? QStringLiteral(" LIMIT ") + QString::number(query.limit) : QString();

    // A differing row: on one side only, or any column's flag set.
    QStringList changed {d.quote(QStringLiteral("kind")) + QStringLiteral(" <> 3")};
    for (size_t i = 0; i < pair.compared.size(); ++i)
        changed << d.quote(alias("f", i)) + QStringLiteral(" = 1");
    const QString differing
        = QLatin1Char('(') + changed.join(QStringLiteral(" OR ")) + QLatin1Char(')');

    if (d.supportsFullOuterJoin()) {
        QStringList cols {
            as(d,
               QStringLiteral("CASE WHEN %1 IS NULL THEN 2 WHEN %2 IS NULL THEN 1 ELSE 3 END")
                   .arg(ta, tb),
               QStringLiteral("kind"))};
        QStringList keyExprs;
        for (size_t i = 0; i < pair.keys.size(); ++i) {
            cols << as(
                d,
                QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE %3 END")
                    .arg(ta, sideKey(d, pair.keys[i], i, false), sideKey(d, pair.keys[i], i, true)),
                alias("k", i));
            keyExprs << QStringLiteral("j.") + d.quote(alias("k", i));
        }
        for (size_t i = 0; i < pair.compared.size(); ++i) {
            cols << as(d,
                       QStringLiteral(
                           "CASE WHEN %1 IS NOT NULL AND %2 IS NOT NULL AND %3 THEN 1 ELSE 0 END")
                           .arg(ta, tb, differs(d, pair, options, i)),
                       alias("f", i));
        }
        for (size_t i = 0; i < pair.compared.size(); ++i)
            cols << as(d, QStringLiteral("a.") + d.quote(alias("c", i)), alias("a", i));
        for (size_t i = 0; i < pair.compared.size(); ++i)
            cols << as(d, QStringLiteral("b.") + d.quote(alias("c", i)), alias("b", i));
        QString where = differing;
        if (!query.excludeKeysTable.isEmpty())
            where
                += QStringLiteral(" AND ") + notExcluded(d, pair, keyExprs, query.excludeKeysTable);
        return QStringLiteral("SELECT j.* FROM (SELECT %1 FROM (%2) a FULL OUTER JOIN (%3) b ON "
                              "%4) j WHERE %5%6")
            .arg(cols.join(QStringLiteral(", ")), sideA, sideB, on, where, limit);
    }

    // Without FULL OUTER JOIN: A left-joined to B (rows only in A, changed rows), then the rows of
    // B that A lacks.
    QStringList colsA {as(d, QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 3 END").arg(tb),
                          QStringLiteral("kind"))};
    QStringList colsB {as(d, QStringLiteral("2"), QStringLiteral("kind"))};
    QStringList keysA;
    QStringList keysB;
    for (size_t i = 0; i < pair.keys.size(); ++i) {
        colsA << as(d, sideKey(d, pair.keys[i], i, true), alias("k", i));
        colsB << as(d, sideKey(d, pair.keys[i], i, false), alias("k", i));
        keysA << QStringLiteral("j.") + d.quote(alias("k", i));
        keysB << sideKey(d, pair.keys[i], i, false);
    }
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        colsA << as(d,
                    QStringLiteral("CASE WHEN %1 IS NOT NULL AND %2 THEN 1 ELSE 0 END")
                        .arg(tb, differs(d, pair, options, i)),
                    alias("f", i));
        colsB << as(d, QStringLiteral("0"), alias("f", i));
    }
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        colsA << as(d, QStringLiteral("a.") + d.quote(alias("c", i)), alias("a", i));
        colsB << as(d, QStringLiteral("NULL"), alias("a", i));
    }
    for (size_t i = 0; i < pair.compared.size(); ++i) {
        colsA << as(d, QStringLiteral("b.") + d.quote(alias("c", i)), alias("b", i));
        colsB << as(d, QStringLiteral("b.") + d.quote(alias("c", i)), alias("b", i));
    }
    QString whereA = differing;
    QString whereB
        = QStringLiteral("a.") + d.quote(QStringLiteral("t_a")) + QStringLiteral(" IS NULL");
    if (!query.excludeKeysTable.isEmpty()) {
        whereA += QStringLiteral(" AND ") + notExcluded(d, pair, keysA, query.excludeKeysTable);
        whereB += QStringLiteral(" AND ") + notExcluded(d, pair, keysB, query.excludeKeysTable);
    }
    const QString first
        = QStringLiteral(
              "SELECT j.* FROM (SELECT %1 FROM (%2) a LEFT JOIN (%3) b ON %4) j WHERE %5")
              .arg(colsA.join(QStringLiteral(", ")), sideA, sideB, on, whereA);
    const QString second = QStringLiteral("SELECT %1 FROM (%2) b LEFT JOIN (%3) a ON %4 WHERE %5")
                               .arg(colsB.join(QStringLiteral(", ")), sideB, sideA, on, whereB);
    if (limit.isEmpty())
        return first + QStringLiteral(" UNION ALL ") + second;
    // Each branch stops at the limit, so that a preview does not compute the whole union.
    return QStringLiteral(
               "SELECT u.* FROM (SELECT * FROM (%1%3) p1 UNION ALL SELECT * FROM (%2%3) p2) u%3")
        .arg(first, second, limit);
}

} // namespace tidemark::values::sql
