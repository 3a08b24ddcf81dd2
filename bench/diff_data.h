#pragma once

// The tables of the diff benchmark, generated inside PostgreSQL from generate_series: A has keys
// 1..N and 9 compared columns of mixed types; each B is A with known changes (some rows updated,
// some deleted, some new keys appended). No indexes or primary keys, as dbt builds them. Every
// value is a function of the key, so the same table can be built again in another database, and
// the expected result of the diff is known exactly without reading the tables.

#include "common/expected.h"
#include "warehouse/dialect.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tidemark::bench {

// The 9 compared columns (the key is "id").
struct DataColumn
{
    const char *name;
    const char *postgresType;
    const char *sqliteType;
};
const std::vector<DataColumn> &dataColumns();

// What B changes relative to A. Keys are 1..rows in A.
struct Changes
{
    qint64 updateEvery
        = 100; // keys with key % updateEvery == updateOffset are updated (one column each)
    qint64 updateOffset = 50;
    qint64 deleteEvery = 1000; // keys with key % deleteEvery == deleteOffset are only in A
    qint64 deleteOffset = 7;
    qint64 newEvery = 1000; // B has rows / newEvery new keys after rows (only in B)
};

// The expected counts of a diff of A (rows keys) against B built with `changes`.
struct ExpectedCounts
{
    qint64 rowsA = 0;
    qint64 rowsB = 0;
    qint64 exclusiveA = 0;
    qint64 exclusiveB = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    std::vector<qint64> differentPerColumn; // in dataColumns() order
};
ExpectedCounts expectedCounts(qint64 rows, const Changes &changes);

// CREATE TABLE and INSERT ... SELECT statements (PostgreSQL) that build A, or B with `changes`,
// as `table`, dropping it first; then ANALYZE. `scrambled`: the rows are stored in a fixed
// scrambled order of their keys (B's new keys at the end), not sorted by key.
QStringList createTableA(const warehouse::Dialect &d, const QString &table, qint64 rows,
                         bool scrambled);
QStringList createTableB(const warehouse::Dialect &d, const QString &table, qint64 rows,
                         const Changes &changes, bool scrambled);

// Copies a PostgreSQL table (through QPSQL on connection `pgConnection`, an open QSqlDatabase
// connection name) into a new SQLite file table (prepared inserts in one transaction, journal off).
Expected<qint64> exportToSqlite(const QString &pgConnection, const QString &pgTable,
                                const QString &sqliteFile, const QString &sqliteTable);

} // namespace tidemark::bench
