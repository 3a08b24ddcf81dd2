#include "diff/hash_diff_sql.h"

#include <algorithm>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Driver;
using warehouse::TypeClass;

// Column values inside a row hash end with U+001F; a NULL is U+001E alone. NULL and '' differ,
// and the boundary between two columns is never ambiguous unless the data holds these characters.
const QChar kEndOfValue(0x1f);
const QChar kNullValue(0x1e);

} // namespace

SideSql::SideSql(const warehouse::Dialect &dialect, warehouse::TableName table, std::vector<KeyColumn> keys,
                 std::vector<ValueColumn> values, QString where)
    : m_d(dialect), m_table(std::move(table)), m_keys(std::move(keys)), m_values(std::move(values)), m_where(std::move(where))
{
    std::vector<KeyKind> kinds;
    for (const KeyColumn &k : m_keys)
        kinds.push_back(k.kind);
    m_codec = KeyCodec(std::move(kinds));
}

QString SideSql::table() const
{
    return m_d.table(m_table);
}

QString SideSql::baseWhere() const
{
    QStringList conditions;
    if (!m_where.trimmed().isEmpty())
        conditions << QLatin1Char('(') + m_where + QLatin1Char(')');
    for (const KeyColumn &k : m_keys)
        conditions << m_d.quote(k.name) + QStringLiteral(" IS NOT NULL");
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString SideSql::keySelect(int i) const
{
    const KeyColumn &k = m_keys[size_t(i)];
    if (k.kind == KeyKind::Integer)
        return m_d.quote(k.name);
    return m_d.normalizedText(m_d.quote(k.name), k.typeClass, k.scale, 6);
}

QString SideSql::keyCompare(int i) const
{
    const KeyColumn &k = m_keys[size_t(i)];
    if (k.kind == KeyKind::Integer)
        return m_d.quote(k.name);
    const QString text = keySelect(i);
    switch (m_d.driver()) {
    case Driver::PostgreSQL: return QLatin1Char('(') + text + QStringLiteral(") COLLATE \"C\"");
    case Driver::MySQL: return QStringLiteral("CAST(") + text + QStringLiteral(" AS BINARY)");
    case Driver::SQLite: return QLatin1Char('(') + text + QStringLiteral(") COLLATE BINARY");
    case Driver::ODBC: break;
    }
    return text;
}

QString SideSql::keyHashText(int i) const
{
    const KeyColumn &k = m_keys[size_t(i)];
    if (k.kind == KeyKind::Integer)
        return m_d.normalizedText(m_d.quote(k.name), TypeClass::Integer, 0, 6);
    return keySelect(i);
}

QString SideSql::normalized(const ValueColumn &column) const
{
    return m_d.normalizedText(m_d.quote(column.name), column.typeClass, column.scale, column.precision);
}

QString SideSql::rowHash() const
{
    const QString end = m_d.literal(QString(kEndOfValue));
    const QString null = m_d.literal(QString(kNullValue));
    QStringList pieces;
    for (int i = 0; i < keyCount(); ++i) {
        pieces << keyHashText(i) << end;
    }
    for (const ValueColumn &c : m_values) {
        QString text = normalized(c);
        if (c.nullAsEmpty)
            text = QStringLiteral("COALESCE(%1, '')").arg(text);
        if (c.foldCase)
            text = m_d.lower(text);
        pieces << QStringLiteral("COALESCE(%1, %2)").arg(m_d.concat({text, end}), null);
    }
    return m_d.hash64(m_d.concat(pieces));
}

QString SideSql::keyTuple() const
{
    if (keyCount() == 1)
        return keyCompare(0);
    QStringList parts;
    for (int i = 0; i < keyCount(); ++i)
        parts << keyCompare(i);
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString SideSql::boundValue(KeyKind kind, const QVariant &part, QVariantList *values) const
{
    if (kind == KeyKind::Integer)
        return QString::number(part.toLongLong());
    values->append(part);
    return m_d.driver() == Driver::MySQL ? QStringLiteral("CAST(? AS BINARY)") : QStringLiteral("?");
}

QString SideSql::boundTuple(const QByteArray &key, QVariantList *values) const
{
    const QVariantList parts = m_codec.decode(key);
    QStringList out;
    for (int i = 0; i < keyCount() && i < parts.size(); ++i)
        out << boundValue(m_keys[size_t(i)].kind, parts.at(i), values);
    if (out.size() == 1)
        return out.front();
    return QLatin1Char('(') + out.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString SideSql::cellTree(const Cells &cells, int first, int last, QVariantList *values) const
{
    const int label = cells.labels[size_t(first)];
    if (std::all_of(cells.labels.begin() + first, cells.labels.begin() + last + 1, [label](int l) { return l == label; }))
        return QString::number(label);
    const int mid = (first + last + 1) / 2;
    const QString condition = keyTuple() + QStringLiteral(" < ") + boundTuple(cells.bounds[size_t(mid - 1)], values);
    const QString below = cellTree(cells, first, mid - 1, values);
    const QString above = cellTree(cells, mid, last, values);
    return QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END").arg(condition, below, above);
}

BoundSql SideSql::minMax() const
{
    const QString k = m_d.quote(m_keys.front().name);
    return {QStringLiteral("SELECT MIN(%1), MAX(%1) FROM %2%3").arg(k, table(), baseWhere()), {}};
}

BoundSql SideSql::sample(double fraction) const
{
    QStringList keys;
    for (int i = 0; i < keyCount(); ++i)
        keys << keySelect(i);
    QString sql = QStringLiteral("SELECT %1 FROM %2%3").arg(keys.join(QStringLiteral(", ")), table(), baseWhere());
    if (fraction < 1.0) {
        const QString f = QString::number(fraction, 'g', 17);
        switch (m_d.driver()) {
        case Driver::PostgreSQL: sql += QStringLiteral(" AND random() < ") + f; break;
        case Driver::MySQL: sql += QStringLiteral(" AND RAND() < ") + f; break;
        case Driver::SQLite:
            sql += QStringLiteral(" AND (RANDOM() & 1048575) < ") + QString::number(qint64(fraction * 1048576.0) + 1);
            break;
        case Driver::ODBC: break;
        }
    }
    return {sql, {}};
}

BoundSql SideSql::checksums(const Cells &cells) const
{
    BoundSql out;
    const QString c = m_d.quote(QStringLiteral("c"));
    const QString h = m_d.quote(QStringLiteral("h"));
    const QString tree = cellTree(cells, 0, int(cells.labels.size()) - 1, &out.values);
    const bool gaps = std::any_of(cells.labels.begin(), cells.labels.end(), [](int l) { return l < 0; });
    const QString sum = m_d.normalizedText(m_d.sumHash(QStringLiteral("s.") + h), TypeClass::Text, 0, 0);
    out.sql = QStringLiteral("SELECT s.%1, COUNT(*), %2 FROM (SELECT %3 AS %1, %4 AS %5 FROM %6%7) s%8 GROUP BY s.%1")
                  .arg(c, sum, tree, rowHash(), h, table(), baseWhere(),
                       gaps ? QStringLiteral(" WHERE s.") + c + QStringLiteral(" >= 0") : QString());
    return out;
}

BoundSql SideSql::stream(const Cells *members) const
{
    BoundSql out;
    QStringList select;
    QStringList order;
    for (int i = 0; i < keyCount(); ++i) {
        select << keySelect(i);
        order << keyCompare(i);
    }
    select << rowHash();
    QString where = baseWhere();
    if (members)
        where += QStringLiteral(" AND ") + cellTree(*members, 0, int(members->labels.size()) - 1, &out.values) + QStringLiteral(" = 1");
    out.sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                  .arg(select.join(QStringLiteral(", ")), table(), where, order.join(QStringLiteral(", ")));
    return out;
}

BoundSql SideSql::fetch(const std::vector<QByteArray> &keys) const
{
    BoundSql out;
    QStringList select;
    for (int i = 0; i < keyCount(); ++i)
        select << keySelect(i);
    for (const KeyColumn &k : m_keys)
        select << m_d.quote(k.name);
    for (const ValueColumn &c : m_values)
        select << m_d.quote(c.name);
    for (const ValueColumn &c : m_values)
        select << normalized(c);
    QStringList list;
    for (const QByteArray &key : keys)
        list << boundTuple(key, &out.values);
    QString in;
    if (keyCount() == 1)
        in = keyTuple() + QStringLiteral(" IN (") + list.join(QStringLiteral(", ")) + QLatin1Char(')');
    else if (m_d.driver() == Driver::MySQL)
        in = keyTuple() + QStringLiteral(" IN (") + list.join(QStringLiteral(", ")) + QLatin1Char(')');
    else // a list of row values is planned as a join only when it is a VALUES table
        in = keyTuple() + QStringLiteral(" IN (VALUES ") + list.join(QStringLiteral(", ")) + QLatin1Char(')');
    out.sql = QStringLiteral("SELECT %1 FROM %2%3 AND %4").arg(select.join(QStringLiteral(", ")), table(), baseWhere(), in);
    return out;
}

Cells cellsOf(const std::vector<KeyRange> &ranges, size_t begin, size_t end, int label)
{
    Cells cells;
    cells.labels.push_back(-1);
    for (size_t i = begin; i < end; ++i) {
        const KeyRange &r = ranges[i];
        const int l = label >= 0 ? label : int(i);
        if (!r.lo || (!cells.bounds.empty() && cells.bounds.back() == *r.lo)) {
            cells.labels.back() = l;
        } else {
            cells.bounds.push_back(*r.lo);
            cells.labels.push_back(l);
        }
        if (r.hi) {
            cells.bounds.push_back(*r.hi);
            cells.labels.push_back(-1);
        }
    }
    return cells;
}

quint64 parseHashSum(const QVariant &value)
{
    const QByteArray text = value.metaType().id() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toLatin1();
    quint64 sum = 0;
    for (const char c : text) {
        if (c == '.')
            break;
        if (c >= '0' && c <= '9')
            sum = sum * 10 + quint64(c - '0'); // wraps modulo 2^64, as wanted
    }
    return sum;
}

} // namespace tidemark::diff::hashdiff
