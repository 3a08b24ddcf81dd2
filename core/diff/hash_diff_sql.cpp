#include "diff/hash_diff_sql.h"

#include <QHash>

#include <algorithm>

namespace tidemark::diff::hashdiff {

namespace {

using warehouse::Driver;
using warehouse::TypeClass;

// Column values inside a row hash end with U+001F; a NULL is U+001E alone. NULL and '' differ,
// and the boundary between two columns is never ambiguous unless the data holds these characters.
// (SQLite's tidemark_rowhash() joins its arguments the same way.)
const QChar kEndOfValue(0x1f);
const QChar kNullValue(0x1e);

} // namespace

SideSql::SideSql(const warehouse::Dialect &dialect, warehouse::TableName table, std::vector<KeyColumn> keys,
                 std::vector<ValueColumn> values, QString where, RowHashFunction hash)
    : m_d(dialect), m_table(std::move(table)), m_keys(std::move(keys)), m_values(std::move(values)), m_where(std::move(where)),
      m_hash(hash)
{
    std::vector<KeyKind> kinds;
    for (const KeyColumn &k : m_keys)
        kinds.push_back(k.kind);
    m_codec = KeyCodec(std::move(kinds));
}

QStringList SideSql::sessionTuning(warehouse::Driver driver, bool serialScans)
{
    if (driver != Driver::PostgreSQL)
        return {};
    QStringList out{QStringLiteral("SET jit = off"), QStringLiteral("SET work_mem = '64MB'"), QStringLiteral("SET DateStyle = 'ISO, YMD'"),
                    QStringLiteral("SET IntervalStyle = 'postgres'"), QStringLiteral("SET bytea_output = 'hex'"),
                    QStringLiteral("SET extra_float_digits = 1")};
    if (serialScans)
        out << QStringLiteral("SET max_parallel_workers_per_gather = 0");
    return out;
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
    QStringList keys;
    for (int i = 0; i < keyCount(); ++i)
        keys << keyHashText(i);
    QStringList values;
    for (const ValueColumn &c : m_values) {
        QString text = normalized(c);
        if (c.nullAsEmpty)
            text = QStringLiteral("COALESCE(%1, '')").arg(text);
        if (c.foldCase)
            text = m_d.lower(text);
        values << text;
    }
    if (m_d.driver() == Driver::SQLite) // the same bytes hashed in C, without concatenating in SQL
        return QStringLiteral("tidemark_rowhash(%1)").arg((keys + values).join(QStringLiteral(", ")));
    const QString end = m_d.literal(QString(kEndOfValue));
    const QString null = m_d.literal(QString(kNullValue));
    QStringList pieces;
    for (const QString &k : std::as_const(keys))
        pieces << k << end;
    for (const QString &v : std::as_const(values))
        pieces << QStringLiteral("COALESCE(%1, %2)").arg(m_d.concat({v, end}), null);
    if (m_hash == RowHashFunction::PostgresText)
        return QStringLiteral("hashtextextended((%1) COLLATE \"C\", 0)").arg(m_d.concat(pieces));
    if (m_d.driver() == Driver::PostgreSQL) // hash64()'s value, the last 15 hex digits, without padding them
        return QStringLiteral("CAST(CAST('x' || SUBSTR(MD5(%1), 18) AS BIT(60)) AS BIGINT)").arg(m_d.concat(pieces));
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

BoundSql SideSql::counts() const
{
    QStringList nullTests;
    for (const KeyColumn &k : m_keys)
        nullTests << m_d.quote(k.name) + QStringLiteral(" IS NULL");
    QString select = QStringLiteral("COUNT(*), SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(nullTests.join(QStringLiteral(" OR ")));
    if (m_codec.singleInteger())
        select += QStringLiteral(", MIN(%1), MAX(%1)").arg(m_d.quote(m_keys.front().name));
    const QString where = m_where.trimmed().isEmpty() ? QString() : QStringLiteral(" WHERE (") + m_where + QLatin1Char(')');
    return {QStringLiteral("SELECT %1 FROM %2%3").arg(select, table(), where), {}};
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
    const bool gaps = std::any_of(cells.labels.begin(), cells.labels.end(), [](int l) { return l < 0; });
    const QString sum = m_d.normalizedText(m_d.sumHash(QStringLiteral("s.") + h), TypeClass::Text, 0, 0);
    if (m_d.driver() == Driver::PostgreSQL) {
        // Kept as a subquery (OFFSET 0) so that the planner does not take the number of groups for
        // the number of keys and sort all rows instead of hashing a few groups; the gaps are left
        // out inside it, before the rows are hashed.
        QVariantList filterValues;
        const QString filter = gaps ? QStringLiteral(" AND ") + cellTree(cells, 0, int(cells.labels.size()) - 1, &filterValues)
                                          + QStringLiteral(" >= 0")
                                    : QString();
        const QString tree = cellTree(cells, 0, int(cells.labels.size()) - 1, &out.values);
        out.values += filterValues;
        out.sql = QStringLiteral("SELECT s.%1, COUNT(*), %2 FROM (SELECT %3 AS %1, %4 AS %5 FROM %6%7%8 OFFSET 0) s GROUP BY s.%1")
                      .arg(c, sum, tree, rowHash(), h, table(), baseWhere(), filter);
        return out;
    }
    const QString tree = cellTree(cells, 0, int(cells.labels.size()) - 1, &out.values);
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

bool keysAreUnique(warehouse::Database &db, const warehouse::TableName &table, const QStringList &keyColumns)
{
    // Rows: (index, column); a NULL column is an expression.
    QString sql;
    QVariantList values;
    Qt::CaseSensitivity names = Qt::CaseInsensitive;
    switch (db.spec().driver) {
    case Driver::PostgreSQL:
        sql = QStringLiteral("SELECT CAST(i.indexrelid AS TEXT), a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                             "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(?) AND i.indisunique AND i.indpred IS NULL "
                             "AND i.indexprs IS NULL");
        values << db.dialect().table(table);
        names = Qt::CaseSensitive;
        break;
    case Driver::MySQL:
        sql = QStringLiteral("SELECT index_name, column_name FROM information_schema.statistics WHERE table_schema = "
                             "COALESCE(?, DATABASE()) AND table_name = ? AND non_unique = 0");
        values << (table.schema().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(table.schema())) << table.table();
        break;
    case Driver::SQLite:
        sql = table.schema().isEmpty()
                  ? QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?) il, pragma_index_info(il.name) ii "
                                   "WHERE il.\"unique\" = 1 AND il.partial = 0 UNION ALL SELECT 'rowid', name FROM pragma_table_info(?) "
                                   "WHERE pk = 1 AND UPPER(type) = 'INTEGER' AND (SELECT COUNT(*) FROM pragma_table_info(?) WHERE pk > 0) = 1")
                  : QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?, ?) il, pragma_index_info(il.name, ?) ii "
                                   "WHERE il.\"unique\" = 1 AND il.partial = 0 UNION ALL SELECT 'rowid', name FROM pragma_table_info(?, ?) "
                                   "WHERE pk = 1 AND UPPER(type) = 'INTEGER' AND (SELECT COUNT(*) FROM pragma_table_info(?, ?) WHERE pk > 0) = 1");
        if (table.schema().isEmpty())
            values << table.table() << table.table() << table.table();
        else
            values << table.table() << table.schema() << table.schema() << table.table() << table.schema() << table.table() << table.schema();
        break;
    case Driver::ODBC:
        return false;
    }
    QHash<QString, bool> covered; // index: all its columns are key columns
    auto read = db.query(sql, values, [&](const warehouse::Row &row) {
        const QString index = row.value(0).toString();
        const bool inKey = !row.isNull(1)
                           && std::any_of(keyColumns.begin(), keyColumns.end(),
                                          [&](const QString &k) { return k.compare(row.value(1).toString(), names) == 0; });
        covered[index] = covered.value(index, true) && inKey;
        return true;
    });
    if (!read)
        return false;
    return std::any_of(covered.begin(), covered.end(), [](bool b) { return b; });
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
    bool negative = false;
    for (const char c : text) {
        if (c == '-')
            negative = true;
        if (c == '.')
            break;
        if (c >= '0' && c <= '9')
            sum = sum * 10 + quint64(c - '0'); // wraps modulo 2^64, as wanted
    }
    return negative ? quint64(0) - sum : sum;
}

} // namespace tidemark::diff::hashdiff
