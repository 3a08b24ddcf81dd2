#include "diff_data.h"

#include "warehouse/connection_spec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <numeric>

namespace tidemark::bench {

namespace {

constexpr int kColumns = 9;

// The value of compared column `column` for the key expression `x` (a bigint).
QString valueSql(int column, const QString &x)
{
    switch (column) {
    case 0: return QStringLiteral("(%1 * 2654435761) % 1000000007").arg(x);
    case 1: return QStringLiteral("CAST(((%1 * 7919) % 10000000) / 100.0 AS NUMERIC(12,2))").arg(x);
    case 2: return QStringLiteral("CAST(%1 % 100000 AS DOUBLE PRECISION) / 7").arg(x);
    case 3: return QStringLiteral("'customer ' || CAST((%1 * 31) % 100003 AS TEXT)").arg(x);
    case 4:
        return QStringLiteral("TIMESTAMP '2020-01-01 00:00:00' + CAST((%1 * 37) % 100000000 AS "
                              "INTEGER) * INTERVAL '1 second'")
            .arg(x);
    case 5: return QStringLiteral("(%1 % 3 = 0)").arg(x);
    case 6: return QStringLiteral("DATE '2000-01-01' + CAST(%1 % 9000 AS INTEGER)").arg(x);
    case 7:
        return QStringLiteral(
                   "CASE WHEN %1 % 50 = 0 THEN NULL ELSE 'status_' || CAST(%1 % 7 AS TEXT) END")
            .arg(x);
    default: return QStringLiteral("CAST((%1 * 13) % 1000000 AS INTEGER)").arg(x);
    }
}

// The updated value of compared column `column`, from its value `v`; always differs from `v`
// (NULL-safe).
QString changedSql(int column, const QString &v)
{
    switch (column) {
    case 0:
    case 6:
    case 8: return v + QStringLiteral(" + 1");
    case 1: return v + QStringLiteral(" + 0.01");
    case 2: return v + QStringLiteral(" + 0.5");
    case 3: return v + QStringLiteral(" || 'x'");
    case 4: return v + QStringLiteral(" + INTERVAL '1 second'");
    case 5: return QStringLiteral("NOT ") + v;
    default: return QStringLiteral("CASE WHEN %1 IS NULL THEN 'changed' ELSE NULL END").arg(v);
    }
}

QStringList createStatements(const warehouse::Dialect &d, const QString &table)
{
    QStringList columns {d.quote(QStringLiteral("id")) + QStringLiteral(" BIGINT")};
    for (const DataColumn &c : dataColumns())
        columns << d.quote(QString::fromLatin1(c.name)) + QLatin1Char(' ')
                + QString::fromLatin1(c.postgresType);
    return {QStringLiteral("DROP TABLE IF EXISTS %1").arg(d.quote(table)),
            QStringLiteral("CREATE TABLE %1 (%2)")
                .arg(d.quote(table), columns.join(QStringLiteral(", ")))};
}

// A multiplier coprime with `rows`: x -> (x * m) % rows is then a permutation of 0..rows-1.
qint64 scramblingMultiplier(qint64 rows)
{
    for (const qint64 m : {1000003LL, 999983LL, 999979LL, 7919LL})
        if (std::gcd(m, rows) == 1)
            return m;
    return 1;
}

// SELECT id, value0 AS name0, ... for the keys 1..rows (in key order, or scrambled: a fixed
// permutation, so that the table is not stored sorted by its key) and then rows+1..rows+extra.
QString generatedRows(const warehouse::Dialect &d, qint64 rows, qint64 extra, bool scrambled)
{
    const QString x = QStringLiteral("g.") + d.quote(QStringLiteral("x"));
    const QString id = QStringLiteral("p.") + d.quote(QStringLiteral("id"));
    QStringList select {id};
    for (int i = 0; i < kColumns; ++i)
        select << valueSql(i, id) + QStringLiteral(" AS ")
                + d.quote(QString::fromLatin1(dataColumns()[size_t(i)].name));
    const QString key = scrambled
        ? QStringLiteral("CASE WHEN %1 < %2 THEN (%1 * %3) % %2 + 1 ELSE %1 + 1 END")
              .arg(x, QString::number(rows), QString::number(scramblingMultiplier(rows)))
        : x + QStringLiteral(" + 1");
    return QStringLiteral("SELECT %1 FROM (SELECT %2 AS %3 FROM generate_series(CAST(0 AS BIGINT), "
                          "CAST(%4 AS BIGINT)) g(%5)) p")
        .arg(select.join(QStringLiteral(", ")), key, d.quote(QStringLiteral("id")),
             QString::number(rows + extra - 1), d.quote(QStringLiteral("x")));
}

qint64 countMatching(qint64 rows, qint64 every, qint64 offset)
{
    if (every <= 0)
        return 0;
    const qint64 first = offset == 0 ? every : offset;
    return first > rows ? 0 : (rows - first) / every + 1;
}

} // namespace

const std::vector<DataColumn> &dataColumns()
{
    static const std::vector<DataColumn> columns = {
        {"big_value", "BIGINT", "BIGINT"},
        {"amount", "NUMERIC(12,2)", "DECIMAL(12,2)"},
        {"ratio", "DOUBLE PRECISION", "DOUBLE PRECISION"},
        {"customer", "TEXT", "TEXT"},
        {"created_at", "TIMESTAMP", "TIMESTAMP"},
        {"active", "BOOLEAN", "BOOLEAN"},
        {"order_date", "DATE", "DATE"},
        {"status", "TEXT", "TEXT"},
        {"quantity", "INTEGER", "INTEGER"},
    };
    return columns;
}

ExpectedCounts expectedCounts(qint64 rows, const Changes &changes)
{
    ExpectedCounts e;
    e.rowsA = rows;
    e.exclusiveA = countMatching(rows, changes.deleteEvery, changes.deleteOffset);
    e.exclusiveB = changes.newEvery > 0 ? rows / changes.newEvery : 0;
    e.rowsB = rows - e.exclusiveA + e.exclusiveB;
    e.differentPerColumn.assign(size_t(kColumns), 0);
    if (changes.updateEvery > 0) {
        const qint64 first = changes.updateOffset == 0 ? changes.updateEvery : changes.updateOffset;
        for (qint64 x = first; x <= rows; x += changes.updateEvery) {
            if (changes.deleteEvery > 0 && x % changes.deleteEvery == changes.deleteOffset)
                continue;
            ++e.updated;
            ++e.differentPerColumn[size_t((x / changes.updateEvery) % kColumns)];
        }
    }
    e.unchanged = rows - e.exclusiveA - e.updated;
    return e;
}

QStringList createTableA(const warehouse::Dialect &d, const QString &table, qint64 rows,
                         bool scrambled)
{
    QStringList statements = createStatements(d, table);
    statements << QStringLiteral("INSERT INTO %1 %2")
                      .arg(d.quote(table), generatedRows(d, rows, 0, scrambled));
    statements << QStringLiteral("ANALYZE %1").arg(d.quote(table));
    return statements;
}

QStringList createTableB(const warehouse::Dialect &d, const QString &table, qint64 rows,
                         const Changes &changes, bool scrambled)
{
    const QString id = QStringLiteral("s.") + d.quote(QStringLiteral("id"));
    const QString updated = changes.updateEvery > 0 ? QStringLiteral("%1 <= %2 AND %1 % %3 = %4")
                                                          .arg(id)
                                                          .arg(rows)
                                                          .arg(changes.updateEvery)
                                                          .arg(changes.updateOffset)
                                                    : QStringLiteral("FALSE");
    QStringList select {id};
    for (int i = 0; i < kColumns; ++i) {
        const QString v
            = QStringLiteral("s.") + d.quote(QString::fromLatin1(dataColumns()[size_t(i)].name));
        select << QStringLiteral("CASE WHEN %1 AND (%2 / %3) % %4 = %5 THEN %6 ELSE %7 END")
                      .arg(updated, id)
                      .arg(std::max<qint64>(changes.updateEvery, 1))
                      .arg(kColumns)
                      .arg(i)
                      .arg(changedSql(i, v), v);
    }
    const qint64 extra = changes.newEvery > 0 ? rows / changes.newEvery : 0;
    QString sql = QStringLiteral("INSERT INTO %1 SELECT %2 FROM (%3) s")
                      .arg(d.quote(table), select.join(QStringLiteral(", ")),
                           generatedRows(d, rows, extra, scrambled));
    if (changes.deleteEvery > 0)
        sql += QStringLiteral(" WHERE NOT (%1 <= %2 AND %1 % %3 = %4)")
                   .arg(id)
                   .arg(rows)
                   .arg(changes.deleteEvery)
                   .arg(changes.deleteOffset);
    QStringList statements = createStatements(d, table);
    statements << sql << QStringLiteral("ANALYZE %1").arg(d.quote(table));
    return statements;
}

Expected<qint64> exportToSqlite(const QString &pgConnection, const QString &pgTable,
                                const QString &sqliteFile, const QString &sqliteTable)
{
    const auto pg = warehouse::makeDialect(warehouse::Driver::PostgreSQL);
    const auto lite = warehouse::makeDialect(warehouse::Driver::SQLite);

    // PostgreSQL sends what an SQLite table built by dbt holds: timestamps and dates as ISO text,
    // booleans as 0/1, decimals as their text (SQLite's NUMERIC affinity turns it into a number).
    QStringList select {pg->quote(QStringLiteral("id"))};
    QStringList columns {lite->quote(QStringLiteral("id")) + QStringLiteral(" BIGINT")};
    QStringList marks {QStringLiteral("?")};
    for (const DataColumn &c : dataColumns()) {
        const QString name = QString::fromLatin1(c.name);
        const QString type = QString::fromLatin1(c.postgresType);
        QString expr = pg->quote(name);
        if (type == QLatin1String("TIMESTAMP") || type == QLatin1String("DATE")
            || type.startsWith(QLatin1String("NUMERIC")))
            expr = QStringLiteral("CAST(%1 AS TEXT)").arg(expr);
        else if (type == QLatin1String("BOOLEAN"))
            expr = QStringLiteral("CAST(%1 AS INTEGER)").arg(expr);
        select << expr;
        columns << lite->quote(name) + QLatin1Char(' ') + QString::fromLatin1(c.sqliteType);
        marks << QStringLiteral("?");
    }

    sqlite3 *db = nullptr;
    if (sqlite3_open(sqliteFile.toUtf8().constData(), &db) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error {QStringLiteral("cannot open %1: %2").arg(sqliteFile, message)};
    }
    auto fail = [db](const QString &what) -> Error {
        Error error {
            QStringLiteral("SQLite: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
        sqlite3_close(db);
        return error;
    };
    auto exec = [db](const QString &sql) {
        return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    if (!exec(QStringLiteral("PRAGMA journal_mode = OFF"))
        || !exec(QStringLiteral("PRAGMA synchronous = OFF"))
        || !exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(lite->quote(sqliteTable)))
        || !exec(QStringLiteral("CREATE TABLE %1 (%2)")
                     .arg(lite->quote(sqliteTable), columns.join(QStringLiteral(", "))))
        || !exec(QStringLiteral("BEGIN")))
        return fail(QStringLiteral("cannot create table %1").arg(sqliteTable));
    sqlite3_stmt *insert = nullptr;
    const QByteArray insertSql
        = QStringLiteral("INSERT INTO %1 VALUES (%2)")
              .arg(lite->quote(sqliteTable), marks.join(QStringLiteral(", ")))
              .toUtf8();
    if (sqlite3_prepare_v2(db, insertSql.constData(), int(insertSql.size()), &insert, nullptr)
        != SQLITE_OK)
        return fail(QStringLiteral("cannot prepare the insert"));

    qint64 rows = 0;
    QString error;
    {
        QSqlQuery q(QSqlDatabase::database(pgConnection, false));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2")
                        .arg(select.join(QStringLiteral(", ")), pg->quote(pgTable)))) {
            error = QStringLiteral("PostgreSQL: ") + q.lastError().text();
        } else {
            const int count = int(select.size());
            QByteArray text;
            while (q.next() && error.isEmpty()) {
                for (int i = 0; i < count; ++i) {
                    const QVariant v = q.value(i);
                    int rc = SQLITE_OK;
                    if (v.isNull()) {
                        rc = sqlite3_bind_null(insert, i + 1);
                    } else {
                        switch (v.typeId()) {
                        case QMetaType::Int:
                        case QMetaType::LongLong:
                        case QMetaType::Bool:
                            rc = sqlite3_bind_int64(insert, i + 1, v.toLongLong());
                            break;
                        case QMetaType::Double:
                            rc = sqlite3_bind_double(insert, i + 1, v.toDouble());
                            break;
                        default:
                            text = v.toString().toUtf8();
                            rc = sqlite3_bind_text(insert, i + 1, text.constData(),
                                                   int(text.size()), SQLITE_TRANSIENT);
                            break;
                        }
                    }
                    if (rc != SQLITE_OK)
                        error = QStringLiteral("SQLite: cannot bind a value: ")
                            + QString::fromUtf8(sqlite3_errmsg(db));
                }
                if (error.isEmpty() && sqlite3_step(insert) != SQLITE_DONE)
                    error = QStringLiteral("SQLite: cannot insert: ")
                        + QString::fromUtf8(sqlite3_errmsg(db));
                sqlite3_reset(insert);
                ++rows;
            }
            if (error.isEmpty() && q.lastError().isValid())
                error = QStringLiteral("PostgreSQL: ") + q.lastError().text();
        }
    }
    sqlite3_finalize(insert);
    if (!error.isEmpty()) {
        sqlite3_close(db);
        return Error {error};
    }
    if (!exec(QStringLiteral("COMMIT")) || !exec(QStringLiteral("ANALYZE")))
        return fail(QStringLiteral("cannot commit"));
    sqlite3_close(db);
    return rows;
}

} // namespace tidemark::bench
