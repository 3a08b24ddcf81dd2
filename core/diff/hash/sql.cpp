#include "diff/hash/sql.h"

#include "diff/comparison_sql.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>

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

SideSql::SideSql(const warehouse::Dialect &dialect, warehouse::TableName table,
                 std::vector<KeyColumn> keys, std::vector<ValueColumn> values, QString where,
                 RowHashFunction hash)
    : m_d(dialect)
    , m_table(std::move(table))
    , m_keys(std::move(keys))
    , m_values(std::move(values))
    , m_where(std::move(where))
    , m_hash(hash)
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
    QStringList out {QStringLiteral("SET jit = off"),
                     QStringLiteral("SET work_mem = '64MB'"),
                     QStringLiteral("SET DateStyle = 'ISO, YMD'"),
                     QStringLiteral("SET IntervalStyle = 'postgres'"),
                     QStringLiteral("SET bytea_output = 'hex'"),
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
    if (k.kind
        == KeyKind::Float) // as a double, whatever the column holds (single precision widened)
        return m_d.driver() == Driver::SQLite ? m_d.quote(k.name)
                                              : m_d.castToFloat(m_d.quote(k.name));
    return m_d.canonicalText(m_d.quote(k.name), k.form);
}

QString SideSql::keyCompare(int i) const
{
    const KeyColumn &k = m_keys[size_t(i)];
    if (k.kind == KeyKind::Integer)
        return m_d.quote(k.name);
    if (k.kind == KeyKind::Float) // SQLite: also text that holds a number, ordered as the number
        return m_d.driver() == Driver::SQLite ? m_d.castToFloat(m_d.quote(k.name)) : keySelect(i);
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
        return m_d.asText(m_d.quote(k.name));
    if (k.kind == KeyKind::Float)
        return m_d.canonicalText(m_d.quote(k.name), k.form);
    return keySelect(i);
}

QString SideSql::canonical(const ValueColumn &column) const
{
    return m_d.canonicalText(m_d.quote(column.name), column.form);
}

QString SideSql::valueHashText(const ValueColumn &column) const
{
    QString text;
    if (m_hash == RowHashFunction::PostgresColumns && m_d.driver() == Driver::PostgreSQL
        && column.form.as == TypeClass::Date && column.form.source == TypeClass::Date)
        text = m_d.asText(m_d.quote(
            column.name)); // its own ISO text: the canonical text of every date SQLite can hold
    else
        text = canonical(column);
    if (column.nullAsEmpty)
        text = QStringLiteral("COALESCE(%1, '')").arg(text);
    if (column.foldCase)
        text = m_d.lower(text);
    return text;
}

std::pair<QString, QString> SideSql::hashArgument(const ValueColumn &column) const
{
    if (column.nullAsEmpty || column.foldCase)
        return {valueHashText(column), QStringLiteral("t")};
    const QString token = warehouse::canonicalToken(column.form);
    const bool numeric = column.numericHash && m_hash == RowHashFunction::PostgresColumns;
    return {m_d.quote(column.name), numeric ? token + QLatin1Char('#') : token};
}

QString SideSql::postgresColumnsHash() const
{
    QStringList terms;
    const auto add = [&terms](const QString &hash) {
        terms << QStringLiteral("COALESCE(%1, %2)")
                     .arg(hash, QString::number(warehouse::nullColumnHash(int(terms.size()))));
    };
    const auto seed = [&terms] { return QString::number(terms.size() + 1); };
    const auto textHash = [&seed](const QString &text) {
        return QStringLiteral("hashtextextended((%1) COLLATE \"C\", %2)").arg(text, seed());
    };
    for (int i = 0; i < keyCount(); ++i) {
        const QString key = m_d.quote(m_keys[size_t(i)].name);
        add(m_keys[size_t(i)].kind == KeyKind::Integer
                ? QStringLiteral("hashint8extended(CAST(%1 AS BIGINT), %2)").arg(key, seed())
                : textHash(keyHashText(i)));
    }
    for (const ValueColumn &c : m_values) {
        const QString value = m_d.quote(c.name);
        if (!c.numericHash || c.nullAsEmpty || c.foldCase) {
            add(textHash(valueHashText(c)));
            continue;
        }
        switch (c.form.as) {
        case TypeClass::Integer:
            add(QStringLiteral("hashint8extended(CAST(%1 AS BIGINT), %2)").arg(value, seed()));
            break;
        case TypeClass::Boolean:
            add(QStringLiteral("hashint4extended(CASE WHEN %1 THEN 1 WHEN NOT %1 THEN 0 END, %2)")
                    .arg(value, seed()));
            break;
        case TypeClass::Float:
            add(QStringLiteral("hashfloat8extended(CAST(%1 AS DOUBLE PRECISION), %2)")
                    .arg(value, seed()));
            break;
        case TypeClass::Timestamp:
            add(QStringLiteral("timestamp_hash_extended(CAST(%1 AS TIMESTAMP), %2)")
                    .arg(value, seed()));
            break;
        // PostgreSQL against PostgreSQL only (plan()):
        case TypeClass::Decimal:
            add(QStringLiteral("hash_numeric_extended(CAST(%1 AS NUMERIC), %2)")
                    .arg(value, seed()));
            break;
        case TypeClass::Date:
            add(QStringLiteral(
                    "CASE WHEN isfinite(%1) THEN hashint4extended(%1 - DATE '2000-01-01', %2) "
                    "ELSE hashtextextended(CAST(%1 AS TEXT), %2) END")
                    .arg(value, seed()));
            break;
        case TypeClass::Uuid:
            add(QStringLiteral("uuid_hash_extended(CAST(%1 AS UUID), %2)").arg(value, seed()));
            break;
        case TypeClass::Text: add(textHash(m_d.asText(value))); break;
        default: add(textHash(valueHashText(c))); break;
        }
    }
    return QLatin1Char('(') + terms.join(QStringLiteral(" # ")) + QLatin1Char(')');
}

QString SideSql::rowHash() const
{
    if (m_hash == RowHashFunction::PostgresColumns && m_d.driver() == Driver::PostgreSQL)
        return postgresColumnsHash();
    QStringList keys;
    for (int i = 0; i < keyCount(); ++i)
        keys << keyHashText(i);
    if (m_d.driver() == Driver::SQLite) {
        // Every value made canonical text and hashed in C (tidemark_rowhash), the same bytes the
        // other side hashes, without expressions per value in SQL.
        QStringList arguments;
        QStringList tokens;
        for (int i = 0; i < keyCount(); ++i) {
            const bool integer = m_keys[size_t(i)].kind == KeyKind::Integer;
            arguments << (integer ? m_d.quote(m_keys[size_t(i)].name) : keyHashText(i));
            tokens << (integer ? QStringLiteral("i") : QStringLiteral("t"));
            if (integer && m_hash == RowHashFunction::PostgresColumns)
                tokens.back() += QLatin1Char('#');
        }
        for (const ValueColumn &c : m_values) {
            auto [argument, token] = hashArgument(c);
            arguments << argument;
            tokens << token;
        }
        const auto kind = m_hash == RowHashFunction::PostgresColumns
            ? warehouse::RowHashKind::PostgresColumns
            : warehouse::RowHashKind::Md5;
        return QStringLiteral("tidemark_rowhash(%1, %2)")
            .arg(m_d.literal(warehouse::rowHashSpec(kind, tokens)),
                 arguments.join(QStringLiteral(", ")));
    }
    QStringList values;
    for (const ValueColumn &c : m_values)
        values << valueHashText(c);
    const QString end = m_d.literal(QString(kEndOfValue));
    const QString null = m_d.literal(QString(kNullValue));
    QStringList pieces;
    for (const QString &k : std::as_const(keys))
        pieces << k << end;
    for (const QString &v : std::as_const(values))
        pieces << QStringLiteral("COALESCE(%1, %2)").arg(m_d.concat({v, end}), null);
    if (m_d.driver()
        == Driver::PostgreSQL) // hash64()'s value, the last 15 hex digits, without padding them
        return QStringLiteral("CAST(CAST('x' || SUBSTR(MD5(%1), 18) AS BIT(60)) AS BIGINT)")
            .arg(m_d.concat(pieces));
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
    if (kind == KeyKind::Float) {
        const double v = part.toDouble();
        if (m_d.driver()
            == Driver::SQLite) { // bound as a double: SQLite's reading of text is not always exact
            values->append(v);
            return QStringLiteral("?");
        }
        if (std::isnan(v))
            return m_d.castToFloat(m_d.literal(QStringLiteral("NaN")));
        char text[40];
        std::snprintf(text, sizeof text, "%.17g", v); // reads back as exactly this double
        values->append(QString::fromLatin1(text));
        return m_d.castToFloat(QStringLiteral("?"));
    }
    values->append(part);
    return m_d.driver() == Driver::MySQL ? QStringLiteral("CAST(? AS BINARY)")
                                         : QStringLiteral("?");
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
    if (std::all_of(cells.labels.begin() + first, cells.labels.begin() + last + 1,
                    [label](int l) { return l == label; }))
        return QString::number(label);
    const int mid = (first + last + 1) / 2;
    const QString condition
        = keyTuple() + QStringLiteral(" < ") + boundTuple(cells.bounds[size_t(mid - 1)], values);
    const QString below = cellTree(cells, first, mid - 1, values);
    const QString above = cellTree(cells, mid, last, values);
    return QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END").arg(condition, below, above);
}

BoundSql SideSql::counts() const
{
    QStringList nullTests;
    for (const KeyColumn &k : m_keys)
        nullTests << m_d.quote(k.name) + QStringLiteral(" IS NULL");
    QStringList select {QStringLiteral("COUNT(*)"),
                        QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)")
                            .arg(nullTests.join(QStringLiteral(" OR ")))};
    if (m_codec.singleInteger())
        select << QStringLiteral("MIN(") + m_d.quote(m_keys.front().name) + QLatin1Char(')')
               << QStringLiteral("MAX(") + m_d.quote(m_keys.front().name) + QLatin1Char(')');
    else
        select << QStringLiteral("NULL") << QStringLiteral("NULL");
    if (m_d.driver()
        != Driver::SQLite) // SQLite counts them in its first full scan (gridChecksums, oddCounts)
        select << oddSums();
    const QString where = m_where.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(" WHERE (") + m_where + QLatin1Char(')');
    return {QStringLiteral("SELECT %1 FROM %2%3")
                .arg(select.join(QStringLiteral(", ")), table(), where),
            {}};
}

QStringList SideSql::oddSums() const
{
    QStringList out;
    for (const ValueColumn &c : m_values) {
        if (c.mayBeOdd)
            out << QStringLiteral("SUM(") + oddValueTest(m_d, c.form, m_d.quote(c.name))
                    + QLatin1Char(')');
    }
    return out;
}

BoundSql SideSql::oddCounts() const
{
    const QStringList sums = oddSums();
    if (sums.isEmpty())
        return {};
    const QString where = m_where.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(" WHERE (") + m_where + QLatin1Char(')');
    return {
        QStringLiteral("SELECT %1 FROM %2%3").arg(sums.join(QStringLiteral(", ")), table(), where),
        {}};
}

BoundSql SideSql::sample(double fraction) const
{
    QStringList keys;
    for (int i = 0; i < keyCount(); ++i)
        keys << keySelect(i);
    QString sql = QStringLiteral("SELECT %1 FROM %2%3")
                      .arg(keys.join(QStringLiteral(", ")), table(), baseWhere());
    if (fraction < 1.0) {
        const QString f = QString::number(fraction, 'g', 17);
        switch (m_d.driver()) {
        case Driver::PostgreSQL: sql += QStringLiteral(" AND random() < ") + f; break;
        case Driver::MySQL: sql += QStringLiteral(" AND RAND() < ") + f; break;
        case Driver::SQLite:
            sql += QStringLiteral(" AND (RANDOM() & 1048575) < ")
                + QString::number(qint64(fraction * 1048576.0) + 1);
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
    const bool gaps
        = std::any_of(cells.labels.begin(), cells.labels.end(), [](int l) { return l < 0; });
    const QString sum = m_d.asText(m_d.sumHash(QStringLiteral("s.") + h));
    if (m_d.driver() == Driver::PostgreSQL) {
        // Kept as a subquery (OFFSET 0) so that the planner does not take the number of groups for
        // the number of keys and sort all rows instead of hashing a few groups; the gaps are left
        // out inside it, before the rows are hashed.
        QVariantList filterValues;
        const QString filter = gaps ? QStringLiteral(" AND ")
                + cellTree(cells, 0, int(cells.labels.size()) - 1, &filterValues)
                + QStringLiteral(" >= 0")
                                    : QString();
        const QString tree = cellTree(cells, 0, int(cells.labels.size()) - 1, &out.values);
        out.values += filterValues;
        out.sql = QStringLiteral("SELECT s.%1, COUNT(*), %2 FROM (SELECT %3 AS %1, %4 AS %5 FROM "
                                 "%6%7%8 OFFSET 0) s GROUP BY s.%1")
                      .arg(c, sum, tree, rowHash(), h, table(), baseWhere(), filter);
        return out;
    }
    const QString tree = cellTree(cells, 0, int(cells.labels.size()) - 1, &out.values);
    out.sql
        = QStringLiteral("SELECT s.%1, COUNT(*), %2 FROM (SELECT %3 AS %1, %4 AS %5 FROM %6%7) s%8 "
                         "GROUP BY s.%1")
              .arg(c, sum, tree, rowHash(), h, table(), baseWhere(),
                   gaps ? QStringLiteral(" WHERE s.") + c + QStringLiteral(" >= 0") : QString());
    return out;
}

QString SideSql::gridOffset(const Grid &grid) const
{
    // One arg() call: a quoted name may hold "%1".
    const QString key = m_d.quote(m_keys.front().name);
    const QString base = QStringLiteral("(") + QString::number(grid.base)
        + QLatin1Char(')'); // never "- -1", a comment
    switch (m_d.driver()) {
    case Driver::PostgreSQL: return QStringLiteral("(CAST(%1 AS BIGINT) - %2)").arg(key, base);
    case Driver::MySQL: return QStringLiteral("(CAST(%1 AS SIGNED) - %2)").arg(key, base);
    case Driver::SQLite: return QStringLiteral("(CAST(%1 AS INTEGER) - %2)").arg(key, base);
    case Driver::ODBC: break;
    }
    return {};
}

QString SideSql::gridCell(const Grid &grid) const
{
    const QString divide
        = m_d.driver() == Driver::MySQL ? QStringLiteral(" DIV ") : QStringLiteral(" / ");
    return QLatin1Char('(') + gridOffset(grid) + divide + QString::number(grid.width)
        + QLatin1Char(')');
}

BoundSql SideSql::gridChecksums(const Grid &grid) const
{
    const QString c = m_d.quote(QStringLiteral("c"));
    const QString h = m_d.quote(QStringLiteral("h"));
    if (m_d.driver() == Driver::SQLite) // tidemark_rowhash() counts the values not of their class
                                        // (oddArguments())
        return {QStringLiteral("SELECT tidemark_cellsums(%1, %2, %3, %4) FROM %5%6")
                    .arg(gridOffset(grid), rowHash(), QString::number(grid.width),
                         QString::number(grid.count), table(), baseWhere()),
                {}};
    const QString o = m_d.quote(QStringLiteral("o"));
    const QString sum = m_d.asText(m_d.sumHash(QStringLiteral("s.") + h));
    // Which keys of each cell occur (a bit per key when cells are at most 63 keys wide): fewer
    // than the cell's rows means duplicated keys.
    QString keys = QStringLiteral("NULL");
    if (grid.width <= 63) {
        keys = m_d.driver() == Driver::MySQL
            ? QStringLiteral("BIT_OR(1 << (s.%1 MOD %2))").arg(o, QString::number(grid.width))
            : QStringLiteral("BIT_OR(CAST(1 AS BIGINT) << CAST(s.%1 % %2 AS INTEGER))")
                  .arg(o, QString::number(grid.width));
    }
    // PostgreSQL: the subquery (OFFSET 0) keeps the planner from taking the number of groups for
    // the number of keys and sorting all rows instead of hashing the cells.
    const QString offset
        = m_d.driver() == Driver::PostgreSQL ? QStringLiteral(" OFFSET 0") : QString();
    const QString inner = QStringLiteral("SELECT %1 AS %2, %3 AS %4, %5 AS %6 FROM %7%8%9")
                              .arg(gridOffset(grid), o, gridCell(grid), c, rowHash(), h, table(),
                                   baseWhere(), offset);
    return {QStringLiteral("SELECT s.%1, COUNT(*), %2, %3 FROM (%4) s GROUP BY s.%1")
                .arg(c, sum, keys, inner),
            {}};
}

QStringList SideSql::rowValueColumns() const
{
    QStringList select;
    for (const KeyColumn &k : m_keys)
        select << m_d.quote(k.name);
    for (const ValueColumn &c : m_values)
        select << m_d.quote(c.name);
    for (const ValueColumn &c : m_values)
        select << canonical(c);
    return select;
}

FetchedRow SideSql::rowValues(const warehouse::Row &row, int first) const
{
    FetchedRow f;
    const int k = keyCount();
    const int v = valueCount();
    for (int i = 0; i < k; ++i)
        f.rawKeys << row.value(first + i);
    for (int i = 0; i < v; ++i)
        f.rawValues << row.value(first + k + i);
    for (int i = 0; i < v; ++i)
        f.canonical << row.value(first + k + v + i);
    return f;
}

BoundSql SideSql::streamWhere(const QString &condition, QVariantList values, bool withValues) const
{
    QStringList select;
    QStringList order;
    for (int i = 0; i < keyCount(); ++i) {
        select << keySelect(i);
        order << keyCompare(i);
    }
    select << rowHash();
    if (withValues)
        select << rowValueColumns();
    return {QStringLiteral("SELECT %1 FROM %2%3%4 ORDER BY %5")
                .arg(select.join(QStringLiteral(", ")), table(), baseWhere(), condition,
                     order.join(QStringLiteral(", "))),
            std::move(values)};
}

BoundSql SideSql::stream(const Cells *members, bool withValues) const
{
    if (!members)
        return streamWhere({}, {}, withValues);
    QVariantList values;
    const QString tree = cellTree(*members, 0, int(members->labels.size()) - 1, &values);
    return streamWhere(QStringLiteral(" AND ") + tree + QStringLiteral(" = 1"), std::move(values),
                       withValues);
}

BoundSql SideSql::stream(const Grid &grid, const std::vector<qint64> &cells, bool withValues) const
{
    // Written, not bound: integers of ours, and no limit on their number (PostgreSQL looks a
    // long IN list up in a hash table, SQLite in an index it builds).
    QString list;
    list.reserve(qsizetype(cells.size()) * 8);
    for (const qint64 cell : cells) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(cell);
    }
    return streamWhere(QStringLiteral(" AND %1 IN (%2)").arg(gridCell(grid), list), {}, withValues);
}

BoundSql SideSql::fetch(const std::vector<QByteArray> &keys) const
{
    BoundSql out;
    QStringList select;
    for (int i = 0; i < keyCount(); ++i)
        select << keySelect(i);
    select << rowValueColumns();
    QStringList list;
    for (const QByteArray &key : keys)
        list << boundTuple(key, &out.values);
    QString in;
    if (keyCount() == 1)
        in = keyTuple() + QStringLiteral(" IN (") + list.join(QStringLiteral(", "))
            + QLatin1Char(')');
    else if (m_d.driver() == Driver::MySQL)
        in = keyTuple() + QStringLiteral(" IN (") + list.join(QStringLiteral(", "))
            + QLatin1Char(')');
    else // a list of row values is planned as a join only when it is a VALUES table
        in = keyTuple() + QStringLiteral(" IN (VALUES ") + list.join(QStringLiteral(", "))
            + QLatin1Char(')');
    out.sql = QStringLiteral("SELECT %1 FROM %2%3 AND %4")
                  .arg(select.join(QStringLiteral(", ")), table(), baseWhere(), in);
    return out;
}

bool keysAreUnique(warehouse::Database &db, const warehouse::TableName &table,
                   const QStringList &keyColumns)
{
    // Rows: (index, column); a NULL column is an expression.
    QString sql;
    QVariantList values;
    Qt::CaseSensitivity names = Qt::CaseInsensitive;
    switch (db.dialect().driver()) {
    case Driver::PostgreSQL:
        sql = QStringLiteral("SELECT CAST(i.indexrelid AS TEXT), a.attname FROM pg_index i JOIN "
                             "pg_attribute a ON a.attrelid = i.indrelid "
                             "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(?) AND "
                             "i.indisunique AND i.indpred IS NULL "
                             "AND i.indexprs IS NULL");
        values << db.dialect().table(table);
        names = Qt::CaseSensitive;
        break;
    case Driver::MySQL:
        sql = QStringLiteral("SELECT index_name, column_name FROM information_schema.statistics "
                             "WHERE table_schema = "
                             "COALESCE(?, DATABASE()) AND table_name = ? AND non_unique = 0");
        values << (table.schema().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(table.schema()))
               << table.table();
        break;
    case Driver::SQLite:
        sql = table.schema().isEmpty()
            ? QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?) il, "
                             "pragma_index_info(il.name) ii "
                             "WHERE il.\"unique\" = 1 AND il.partial = 0 UNION ALL SELECT 'rowid', "
                             "name FROM pragma_table_info(?) "
                             "WHERE pk = 1 AND UPPER(type) = 'INTEGER' AND (SELECT COUNT(*) FROM "
                             "pragma_table_info(?) WHERE pk > 0) = 1")
            : QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?, ?) il, "
                             "pragma_index_info(il.name, ?) ii "
                             "WHERE il.\"unique\" = 1 AND il.partial = 0 UNION ALL SELECT 'rowid', "
                             "name FROM pragma_table_info(?, ?) "
                             "WHERE pk = 1 AND UPPER(type) = 'INTEGER' AND (SELECT COUNT(*) FROM "
                             "pragma_table_info(?, ?) WHERE pk > 0) = 1");
        if (table.schema().isEmpty())
            values << table.table() << table.table() << table.table();
        else
            values << table.table() << table.schema() << table.schema() << table.table()
                   << table.schema() << table.table() << table.schema();
        break;
    case Driver::ODBC: return false;
    }
    QHash<QString, bool> covered; // index: all its columns are key columns
    auto read = db.query(sql, values, [&](const warehouse::Row &row) {
        const QString index = row.value(0).toString();
        const bool inKey = !row.isNull(1)
            && std::any_of(keyColumns.begin(), keyColumns.end(), [&](const QString &k) {
                   return k.compare(row.value(1).toString(), names) == 0;
               });
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
    const QByteArray text = value.metaType().id() == QMetaType::QByteArray
        ? value.toByteArray()
        : value.toString().toLatin1();
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
