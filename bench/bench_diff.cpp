// bench_diff: times Tidemark's table diffs on generated data against floors measured in the same
// run, on a throwaway PostgreSQL server (tests/support/db_server.h: fsync off, shared_buffers
// 32MB, default work_mem), with the value contract enforced (docs/VALUE_CONTRACT.md).
//
// Data (bench/diff_data.h): table A with keys 1..N and 9 compared columns of mixed types; B is A
// with 1% of rows updated (one column each, spread uniformly), 0.1% of A's keys deleted (only in
// A) and 0.1% new keys (only in B); no indexes. The cross-database diff also gets a B with 0.01% of
// rows updated (the same 0.1% deletions and new keys), and one where every kind of change is 100
// times rarer (0.01% updated, 0.001% only in A, 0.001% only in B). The rows are stored in a
// scrambled order of their keys (--order key: sorted by key, which flatters sorts).
//
//   join:  Tidemark's join diff (runDiff on one connection) against one SELECT that
//          full-outer-joins A and B on the key and sums IS DISTINCT FROM for every column.
//          Target: <= 1.1 x floor.
//   cross: Tidemark's cross-database diff (runDiff on two connections), PostgreSQL to PostgreSQL in
//          another database and PostgreSQL to SQLite, against two floors:
//          (a) copying the key and the compared columns of both tables to the client as text, one
//              table after the other: PostgreSQL's COPY (SELECT ...) TO STDOUT through psql,
//              SQLite's rows read with sqlite3_column_text();
//          (b) one scan per table that combines a hash of every compared column, both sides at
//              once: PostgreSQL's own hash functions of each type (hashint8extended(),
//              hash_numeric_extended(), timestamp_hash_extended(), ...; no text), on SQLite
//              Tidemark's C reproduction of those (SQLite has no hash functions of its own).
//          Targets: <= 1.0 x floor (a) with 1% updated; <= 0.3 x floor (a) and <= 1.5 x floor
//          (b) with 0.01% updated.
//
// Wall time, best of --runs (floors and Tidemark alternate). Tidemark's counts are checked against
// the changes the generator made. The benchmark reports; it does not gate: the exit code is 0
// unless something fails (a diff errors or counts wrong).
//
//   bench_diff [--rows 1000000[,10000000]] [--runs R] [--order scrambled|key]
//              [--only join|cross|cross-pg|cross-sqlite]

#include "diff_data.h"

#include "diff/diff_control.h"
#include "diff/diff_engine.h"
#include "support/db_server.h"
#include "warehouse/connection_spec.h"
#include "warehouse/database.h"
#include "warehouse/dialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <thread>

#include <cstdio>
#include <limits>
#include <optional>

namespace {

using namespace tidemark;

constexpr char kDatabaseB[] = "tidemark_bench_b";
constexpr char kTableA[] = "bench_a";

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_diff: %s\n", qPrintable(message));
    return 1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

QString seconds(double ms)
{
    return QString::number(ms / 1000, 'f', 3);
}

QString thousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

// A Qt Sql connection for the floors, set up like Tidemark's (its dialect's session statements).
class FloorConnection
{
public:
    FloorConnection(const warehouse::ConnectionSpec &spec, const QString &name)
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.qtDriverName(), m_name);
        if (spec.driver == warehouse::Driver::SQLite) {
            db.setDatabaseName(spec.database);
        } else {
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setDatabaseName(spec.database);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
        }
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        for (const QString &statement : warehouse::makeDialect(spec.driver)->sessionSetup()) {
            QSqlQuery q(db);
            q.exec(statement);
        }
    }
    ~FloorConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    FloorConnection(const FloorConnection &) = delete;
    FloorConnection &operator=(const FloorConnection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

// The key and the compared columns.
QString selectAll(const warehouse::Dialect &d, const QString &table)
{
    QStringList columns {d.quote(QStringLiteral("id"))};
    for (const bench::DataColumn &c : bench::dataColumns())
        columns << d.quote(QString::fromLatin1(c.name));
    return QStringLiteral("SELECT %1 FROM %2")
        .arg(columns.join(QStringLiteral(", ")), d.quote(table));
}

// Floor (a) on PostgreSQL: COPY (SELECT ...) TO STDOUT through psql, the output thrown away.
Expected<void> copyPostgres(const warehouse::ConnectionSpec &spec, const QString &select)
{
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    psql.setProcessEnvironment(env);
    psql.setStandardOutputFile(QProcess::nullDevice());
    psql.start(test::DbServer::postgresProgram(QStringLiteral("psql")),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), spec.host,
                QStringLiteral("-p"), QString::number(spec.port), QStringLiteral("-U"), spec.user,
                QStringLiteral("-d"), spec.database, QStringLiteral("-c"),
                QStringLiteral("COPY (%1) TO STDOUT").arg(select)});
    if (!psql.waitForFinished(-1) || psql.exitStatus() != QProcess::NormalExit
        || psql.exitCode() != 0)
        return Error {QStringLiteral("psql: ")
                      + QString::fromLocal8Bit(psql.readAllStandardError()).trimmed()};
    return {};
}

// Floor (a) on SQLite: every value of the rows read as text.
Expected<qint64> copySqlite(const QString &file, const QString &select)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return Error {QStringLiteral("cannot open ") + file};
    }
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = select.toUtf8();
    qint64 bytes = 0;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr)
        == SQLITE_OK) {
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i) {
                sqlite3_column_text(statement, i);
                bytes += sqlite3_column_bytes(statement, i);
            }
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return bytes;
}

// Floor (b)'s scan of one table: every compared column hashed by its type's own hash function,
// combined per row, summed.
QString hashScanSql(warehouse::Driver driver, const QString &table)
{
    if (driver == warehouse::Driver::SQLite) {
        QStringList tokens {QStringLiteral("i#")};
        QStringList columns {QStringLiteral("\"id\"")};
        for (const bench::DataColumn &c : bench::dataColumns()) {
            const QLatin1String type(c.postgresType);
            tokens << (type == QLatin1String("BIGINT") || type == QLatin1String("INTEGER")
                           ? QStringLiteral("i#")
                           : type.startsWith(QLatin1String("NUMERIC")) ? QStringLiteral("n2")
                           : type == QLatin1String("DOUBLE PRECISION") ? QStringLiteral("f#")
                           : type == QLatin1String("TIMESTAMP")        ? QStringLiteral("p6#")
                           : type == QLatin1String("BOOLEAN")          ? QStringLiteral("b#")
                           : type == QLatin1String("DATE")             ? QStringLiteral("D")
                                                                       : QStringLiteral("t"));
            columns << QStringLiteral("\"%1\"").arg(QLatin1String(c.name));
        }
        return QStringLiteral(
                   "SELECT COUNT(*), tidemark_hashsum(tidemark_rowhash('pgc:%1', %2)) FROM \"%3\"")
            .arg(tokens.join(QLatin1Char(',')), columns.join(QStringLiteral(", ")), table);
    }
    QStringList hashes {QStringLiteral("hashint8extended(\"id\", 0)")};
    int seed = 1;
    for (const bench::DataColumn &c : bench::dataColumns()) {
        const QLatin1String type(c.postgresType);
        const QString v = QStringLiteral("\"%1\"").arg(QLatin1String(c.name));
        QString h;
        if (type == QLatin1String("BIGINT"))
            h = QStringLiteral("hashint8extended(%1, %2)");
        else if (type == QLatin1String("INTEGER"))
            h = QStringLiteral("hashint4extended(%1, %2)");
        else if (type.startsWith(QLatin1String("NUMERIC")))
            h = QStringLiteral("hash_numeric_extended(%1, %2)");
        else if (type == QLatin1String("DOUBLE PRECISION"))
            h = QStringLiteral("hashfloat8extended(%1, %2)");
        else if (type == QLatin1String("TIMESTAMP"))
            h = QStringLiteral("timestamp_hash_extended(%1, %2)");
        else if (type == QLatin1String("BOOLEAN"))
            h = QStringLiteral("hashint4extended(CAST(%1 AS INTEGER), %2)");
        else if (type == QLatin1String("DATE"))
            h = QStringLiteral("hashint4extended(%1 - DATE '2000-01-01', %2)");
        else
            h = QStringLiteral("hashtextextended(%1, %2)");
        hashes << QStringLiteral("COALESCE(%1, %2)")
                      .arg(h.arg(v, QString::number(seed)), QString::number(seed));
        ++seed;
    }
    return QStringLiteral("SELECT COUNT(*), SUM(%1) FROM \"%2\"")
        .arg(hashes.join(QStringLiteral(" # ")), table);
}

// Floor (b): both tables' hash scans at once, each on a connection of its own thread.
Expected<double> hashScans(const warehouse::ConnectionSpec &specA, const QString &tableA,
                           const warehouse::ConnectionSpec &specB, const QString &tableB,
                           qint64 *rowsA, qint64 *rowsB)
{
    std::optional<Error> errors[2];
    qint64 rows[2] = {0, 0};
    QElapsedTimer clock;
    clock.start();
    auto scan = [&](int side) {
        const warehouse::ConnectionSpec &spec = side == 0 ? specA : specB;
        auto db = warehouse::openDatabase(spec);
        if (!db) {
            errors[side] = db.error();
            return;
        }
        auto read = (*db)->query(hashScanSql(spec.driver, side == 0 ? tableA : tableB), {},
                                 [&](const warehouse::Row &row) {
                                     rows[side] = row.value(0).toLongLong();
                                     return false;
                                 });
        if (!read)
            errors[side] = read.error();
    };
    std::thread other([&] { scan(1); });
    scan(0);
    other.join();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    for (const auto &e : errors) {
        if (e)
            return *e;
    }
    *rowsA = rows[0];
    *rowsB = rows[1];
    return ms;
}

// The join floor: one SELECT, a full outer join on the key, IS DISTINCT FROM summed per column.
QString joinFloorSql(const warehouse::Dialect &d, const QString &tableA, const QString &tableB)
{
    const QString id = d.quote(QStringLiteral("id"));
    QStringList sums {QStringLiteral("COUNT(*)"),
                      QStringLiteral("SUM(CASE WHEN b.%1 IS NULL THEN 1 ELSE 0 END)").arg(id),
                      QStringLiteral("SUM(CASE WHEN a.%1 IS NULL THEN 1 ELSE 0 END)").arg(id)};
    for (const bench::DataColumn &c : bench::dataColumns()) {
        const QString name = d.quote(QString::fromLatin1(c.name));
        sums << QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)")
                    .arg(d.distinct(QStringLiteral("a.") + name, QStringLiteral("b.") + name));
    }
    return QStringLiteral("SELECT %1 FROM %2 a FULL OUTER JOIN %3 b ON a.%4 = b.%4")
        .arg(sums.join(QStringLiteral(", ")), d.quote(tableA), d.quote(tableB), id);
}

enum class Kind { Join, CrossPostgres, CrossSqlite };

struct Scenario
{
    Kind kind = Kind::Join;
    QString label;
    QString tableB;
    bench::Changes changes;
    double target = 1;
    double hashTarget = 0;
};

struct Timing
{
    double bestMs = std::numeric_limits<double>::infinity();
    QStringList all;
    void add(double ms)
    {
        all << seconds(ms);
        bestMs = std::min(bestMs, ms);
    }
};

struct Outcome
{
    QString label;
    qint64 rows = 0;
    Timing floor; // join: the join floor; cross: floor (a), copying both tables as text
    Timing hashFloor; // cross: floor (b), one hash scan per table, both at once
    Timing tidemark;
    double target = 1;
    double hashTarget = 0; // cross with 0.01% updated: against floor (b)
    QString error;
    QStringList checks; // count mismatches
    QString counts; // Tidemark's counts, for the record
    QString stages; // the fastest Tidemark run's stages
    QString hashStats; // the fastest cross-database run's hash_stats
    QString floorDetail; // what the floor counted
};

struct Context
{
    test::DbServer *server = nullptr;
    warehouse::ConnectionSpec specA; // the server's database: A, and B for the join
    warehouse::ConnectionSpec
        specB; // another database on the server: B for PostgreSQL to PostgreSQL
    warehouse::ConnectionSpec specSqlite;
    qint64 rows = 0;
    int runs = 3;
};

QString describeCounts(const diff::DiffResult &r)
{
    return QStringLiteral("a %1, b %2, only in A %3, only in B %4, updated %5, unchanged %6, "
                          "downloaded %7 rows")
        .arg(thousands(r.rows.a), thousands(r.rows.b), thousands(r.rows.exclusiveA),
             thousands(r.rows.exclusiveB), thousands(r.rows.updated), thousands(r.rows.unchanged),
             thousands(r.rowsDownloaded));
}

QStringList checkCounts(const diff::DiffResult &r, const bench::ExpectedCounts &e)
{
    QStringList problems;
    auto check = [&problems](const char *what, qint64 got, qint64 want) {
        if (got != want)
            problems << QStringLiteral("%1 %2 (expected %3)")
                            .arg(QLatin1String(what), thousands(got), thousands(want));
    };
    check("rows a", r.rows.a, e.rowsA);
    check("rows b", r.rows.b, e.rowsB);
    check("exclusive_a", r.rows.exclusiveA, e.exclusiveA);
    check("exclusive_b", r.rows.exclusiveB, e.exclusiveB);
    check("updated", r.rows.updated, e.updated);
    check("unchanged", r.rows.unchanged, e.unchanged);
    QHash<QString, qint64> different;
    for (const diff::ColumnDiff &c : r.columns)
        different.insert(c.name.toLower(), c.different);
    for (size_t i = 0; i < bench::dataColumns().size(); ++i) {
        const QString name = QString::fromLatin1(bench::dataColumns()[i].name);
        if (!different.contains(name))
            problems << QStringLiteral("column %1 not compared").arg(name);
        else if (different.value(name) != e.differentPerColumn[i])
            problems << QStringLiteral("column %1: %2 different (expected %3)")
                            .arg(name, thousands(different.value(name)),
                                 thousands(e.differentPerColumn[i]));
    }
    if (!r.complete)
        problems << QStringLiteral("result marked incomplete");
    return problems;
}

Outcome measure(const Context &ctx, const Scenario &s)
{
    Outcome out;
    out.label = s.label;
    out.rows = ctx.rows;
    out.target = s.target;
    out.hashTarget = s.hashTarget;
    const auto pg = warehouse::makeDialect(warehouse::Driver::PostgreSQL);
    const auto lite = warehouse::makeDialect(warehouse::Driver::SQLite);
    const bench::ExpectedCounts expected = bench::expectedCounts(ctx.rows, s.changes);

    diff::DiffRequest request;
    request.connectionA = ctx.specA;
    request.tableA = warehouse::TableName {{QString::fromLatin1(kTableA)}};
    request.tableB = warehouse::TableName {{s.tableB}};
    request.options.key = {QStringLiteral("id")};
    if (s.kind == Kind::CrossPostgres)
        request.connectionB = ctx.specB;
    else if (s.kind == Kind::CrossSqlite)
        request.connectionB = ctx.specSqlite;

    FloorConnection floorA(ctx.specA, QStringLiteral("bench-floor-a"));
    if (!floorA.ok()) {
        out.error = QStringLiteral("floor connection: ") + floorA.error();
        return out;
    }

    for (int run = 0; run < ctx.runs; ++run) {
        // Floor.
        QElapsedTimer clock;
        clock.start();
        if (s.kind == Kind::Join) {
            QSqlQuery q(floorA.db());
            q.setForwardOnly(true);
            if (!q.exec(joinFloorSql(*pg, QString::fromLatin1(kTableA), s.tableB)) || !q.next()) {
                out.error = QStringLiteral("floor: ") + q.lastError().text();
                return out;
            }
            out.floor.add(double(clock.nsecsElapsed()) / 1e6);
            QStringList perColumn;
            for (size_t i = 0; i < bench::dataColumns().size(); ++i)
                perColumn << q.value(3 + int(i)).toString();
            out.floorDetail
                = QStringLiteral(
                      "joined %1 rows, only in A %2, only in B %3, distinct per column %4")
                      .arg(thousands(q.value(0).toLongLong()), thousands(q.value(1).toLongLong()),
                           thousands(q.value(2).toLongLong()), perColumn.join(QLatin1Char('/')));
            if (q.value(1).toLongLong() != expected.exclusiveA
                || q.value(2).toLongLong() != expected.exclusiveB) {
                out.error = QStringLiteral("the floor's counts differ from the generated changes: ")
                    + out.floorDetail;
                return out;
            }
        } else {
            // (a) both tables copied to the client as text, one after the other.
            auto copiedA = copyPostgres(ctx.specA, selectAll(*pg, QString::fromLatin1(kTableA)));
            if (!copiedA) {
                out.error = QStringLiteral("floor (a), copying A: ") + copiedA.errorMessage();
                return out;
            }
            qint64 sqliteBytes = 0;
            if (s.kind == Kind::CrossSqlite) {
                auto copiedB = copySqlite(ctx.specSqlite.database, selectAll(*lite, s.tableB));
                if (!copiedB) {
                    out.error = QStringLiteral("floor (a), reading B: ") + copiedB.errorMessage();
                    return out;
                }
                sqliteBytes = *copiedB;
            } else if (auto copiedB = copyPostgres(ctx.specB, selectAll(*pg, s.tableB)); !copiedB) {
                out.error = QStringLiteral("floor (a), copying B: ") + copiedB.errorMessage();
                return out;
            }
            out.floor.add(double(clock.nsecsElapsed()) / 1e6);

            // (b) one hash scan per table, both at once.
            qint64 rowsA = 0;
            qint64 rowsB = 0;
            auto scanned = hashScans(ctx.specA, QString::fromLatin1(kTableA),
                                     s.kind == Kind::CrossSqlite ? ctx.specSqlite : ctx.specB,
                                     s.tableB, &rowsA, &rowsB);
            if (!scanned) {
                out.error = QStringLiteral("floor (b): ") + scanned.errorMessage();
                return out;
            }
            out.hashFloor.add(*scanned);
            out.floorDetail = QStringLiteral("(a) copied both tables%1; (b) hashed %2 + %3 rows")
                                  .arg(s.kind == Kind::CrossSqlite
                                           ? QStringLiteral(" (%1 bytes of SQLite text)")
                                                 .arg(thousands(sqliteBytes))
                                           : QString(),
                                       thousands(rowsA), thousands(rowsB));
            if (rowsA != expected.rowsA || rowsB != expected.rowsB) {
                out.error = QStringLiteral("the floor read other row counts than generated: ")
                    + out.floorDetail;
                return out;
            }
        }

        // Tidemark.
        diff::DiffControl control;
        // The stages Tidemark reports, as "start s stage" (a stage reported again right after
        // itself counts its repeats: "start s stage (x n)").
        struct Stage
        {
            double startMs;
            QString name;
            int repeats;
        };
        std::vector<Stage> stages;
        QElapsedTimer stageClock;
        control.setProgressCallback([&stages, &stageClock](double, const QString &stage) {
            if (!stages.empty() && stages.back().name == stage)
                ++stages.back().repeats;
            else
                stages.push_back({double(stageClock.nsecsElapsed()) / 1e6, stage, 1});
        });
        clock.restart();
        stageClock.start();
        auto result = diff::runDiff(request, &control);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!result) {
            out.error = QStringLiteral("Tidemark: ") + result.errorMessage();
            return out;
        }
        if (ms < out.tidemark.bestMs) {
            QStringList described;
            for (const Stage &stage : stages) {
                described << QStringLiteral("%1 s %2").arg(seconds(stage.startMs), stage.name)
                        + (stage.repeats > 1 ? QStringLiteral(" (x %1)").arg(stage.repeats)
                                             : QString());
            }
            out.stages = described.join(QStringLiteral("; "));
            out.hashStats = result->hashStats.is_null()
                ? QString()
                : QString::fromStdString(result->hashStats.dump());
        }
        out.tidemark.add(ms);
        out.counts = QStringLiteral("%1 (%2)").arg(describeCounts(*result), result->algorithm);
        out.checks = checkCounts(*result, expected);
        if (!result->warnings.isEmpty())
            out.checks << QStringLiteral("warnings: ")
                    + result->warnings.join(QStringLiteral("; "));
        std::printf(
            "    run %d: floor%s %s s%s, Tidemark %s s\n", run + 1,
            out.hashFloor.all.isEmpty() ? "" : " (a)", qPrintable(out.floor.all.last()),
            out.hashFloor.all.isEmpty()
                ? ""
                : qPrintable(QStringLiteral(", floor (b) %1 s").arg(out.hashFloor.all.last())),
            qPrintable(out.tidemark.all.last()));
        std::fflush(stdout);
    }
    return out;
}

bool generate(test::DbServer &server, const QStringList &statements, const QString &database,
              const QString &what)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    if (!server.exec(QStringList {QStringLiteral("SET client_min_messages = warning")} + statements,
                     &error, database)) {
        fail(QStringLiteral("generating %1: %2").arg(what, error));
        return false;
    }
    std::printf("  generated %s in %s s\n", qPrintable(what),
                qPrintable(seconds(double(clock.elapsed()))));
    std::fflush(stdout);
    return true;
}

QString tableSize(test::DbServer &server, const QString &database, const QString &table)
{
    const QString name = QStringLiteral("bench-size");
    QString size;
    {
        QString error;
        if (!server.open(name, &error, database))
            return QStringLiteral("?");
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(QStringLiteral("SELECT pg_size_pretty(pg_total_relation_size(%1))")
                       .arg(warehouse::makeDialect(warehouse::Driver::PostgreSQL)->literal(table)))
            && q.next())
            size = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return size;
}

QString serverSettings(test::DbServer &server)
{
    const QString name = QStringLiteral("bench-settings");
    QStringList parts;
    {
        QString error;
        if (!server.open(name, &error))
            return error;
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(QStringLiteral("SELECT version()")) && q.next())
            parts << q.value(0).toString().section(QLatin1Char(' '), 0, 1);
        for (const char *setting : {"shared_buffers", "work_mem", "hash_mem_multiplier",
                                    "max_parallel_workers_per_gather", "jit"}) {
            if (q.exec(QStringLiteral("SHOW ") + QString::fromLatin1(setting)) && q.next())
                parts << QStringLiteral("%1=%2").arg(QLatin1String(setting), q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return parts.join(QStringLiteral(", "));
}

int runBenchmark(const QCommandLineParser &args)
{
    std::vector<qint64> rowCounts;
    for (const QString &part :
         args.value(QStringLiteral("rows")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 10000)
            return fail(
                QStringLiteral("--rows wants numbers of at least 10000, separated by commas"));
        rowCounts.push_back(n);
    }
    bool ok = false;
    const int runsOption = args.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runsOption < 0)
        return fail(QStringLiteral("--runs wants a positive number"));
    const QString only = args.value(QStringLiteral("only"));
    const QStringList onlyValues {QStringLiteral("join"), QStringLiteral("cross"),
                                  QStringLiteral("cross-pg"), QStringLiteral("cross-sqlite")};
    if (!only.isEmpty() && !onlyValues.contains(only))
        return fail(QStringLiteral("--only wants join, cross, cross-pg or cross-sqlite"));
    const QString order = args.value(QStringLiteral("order"));
    if (order != QLatin1String("scrambled") && order != QLatin1String("key"))
        return fail(QStringLiteral("--order wants scrambled or key"));
    const bool scrambled = order == QLatin1String("scrambled");
    const bool doJoin = only.isEmpty() || only == QLatin1String("join");
    const bool doCross = only.isEmpty() || only.startsWith(QLatin1String("cross"));
    const bool doCrossPostgres = doCross && only != QLatin1String("cross-sqlite");
    const bool doCrossSqlite = doCross && only != QLatin1String("cross-pg");

    std::printf("load average at start: %s (%d cores); rows stored %s\n", qPrintable(loadAverage()),
                QThread::idealThreadCount(),
                scrambled ? "in a scrambled key order" : "sorted by key");
    QString error;
    QElapsedTimer clock;
    clock.start();
    auto server = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
    if (!server)
        return fail(error);
    std::printf("PostgreSQL in %s (started in %s s): %s\n", qPrintable(server->directory()),
                qPrintable(seconds(double(clock.elapsed()))), qPrintable(serverSettings(*server)));
    const QString databaseB = QString::fromLatin1(kDatabaseB);
    if (doCross && !server->createDatabase(databaseB, &error))
        return fail(error);
    auto specA = warehouse::parseConnectionUrl(server->url());
    if (!specA)
        return fail(specA.errorMessage());
    QTemporaryDir sqliteDir(QDir::tempPath() + QStringLiteral("/tidemark-bench-diff-XXXXXX"));
    if (!sqliteDir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    const QString sqliteFile = sqliteDir.filePath(QStringLiteral("bench_b.db"));

    Context ctx;
    ctx.server = server.get();
    ctx.specA = *specA;
    ctx.specB = *specA;
    ctx.specB.database = databaseB;
    ctx.specSqlite.driver = warehouse::Driver::SQLite;
    ctx.specSqlite.database = sqliteFile;

    const auto pg = warehouse::makeDialect(warehouse::Driver::PostgreSQL);
    // The B tables: 1% updated, 0.1% only in A, 0.1% only in B (join and cross); 0.01% updated with
    // the same exclusive rows; everything 100 times rarer (cross).
    struct Variant
    {
        QString table;
        QString label;
        bench::Changes changes;
        double crossTarget;
    };
    bench::Changes dense;
    bench::Changes fewUpdates = dense;
    fewUpdates.updateEvery = 10000;
    fewUpdates.updateOffset = 5050;
    bench::Changes sparse = fewUpdates;
    sparse.deleteEvery = 100000;
    sparse.newEvery = 100000;
    const std::vector<Variant> variants = {
        {QStringLiteral("bench_b_1pct"), QStringLiteral("1% upd, 0.1% only A/B"), dense, 1.0},
        {QStringLiteral("bench_b_001pct"), QStringLiteral("0.01% upd, 0.1% only A/B"), fewUpdates,
         0.3},
        {QStringLiteral("bench_b_sparse"), QStringLiteral("0.01% upd, 0.001% only A/B"), sparse,
         0.3},
    };

    std::vector<Outcome> outcomes;
    bool failed = false;
    for (const qint64 rows : rowCounts) {
        ctx.rows = rows;
        ctx.runs = runsOption > 0 ? runsOption : (rows <= 2000000 ? 3 : 1);
        std::printf("\n%s rows: generating (load average %s)\n", qPrintable(thousands(rows)),
                    qPrintable(loadAverage()));
        std::fflush(stdout);
        const QString tableA = QString::fromLatin1(kTableA);
        const QString tableDense = variants.front().table;
        if (!generate(*server, bench::createTableA(*pg, tableA, rows, scrambled), {},
                      QStringLiteral("A (%1)").arg(tableA)))
            return 1;
        if (doJoin
            && !generate(*server, bench::createTableB(*pg, tableDense, rows, dense, scrambled), {},
                         QStringLiteral("B, 1% updated (%1)").arg(tableDense)))
            return 1;
        std::printf("  sizes: A %s\n", qPrintable(tableSize(*server, {}, tableA)));
        if (doCross) {
            for (const Variant &v : variants) {
                const QString &table = v.table;
                if (!generate(*server, bench::createTableB(*pg, table, rows, v.changes, scrambled),
                              databaseB,
                              QStringLiteral("B in database %1 (%2)").arg(databaseB, table)))
                    return 1;
                clock.restart();
                const QString connection = QStringLiteral("bench-export");
                Expected<qint64> exported = Error {};
                {
                    if (!server->open(connection, &error, databaseB))
                        return fail(error);
                    exported = bench::exportToSqlite(connection, table, sqliteFile, table);
                }
                QSqlDatabase::removeDatabase(connection);
                if (!exported)
                    return fail(QStringLiteral("exporting %1 to SQLite: %2")
                                    .arg(table, exported.errorMessage()));
                std::printf("  exported %s rows of %s to SQLite in %s s (not measured)\n",
                            qPrintable(thousands(*exported)), qPrintable(table),
                            qPrintable(seconds(double(clock.elapsed()))));
            }
            std::printf("  SQLite file: %.1f MB\n", double(QFileInfo(sqliteFile).size()) / 1e6);
        }
        std::fflush(stdout);

        std::vector<Scenario> scenarios;
        if (doJoin)
            scenarios.push_back({Kind::Join, QStringLiteral("join PG, ") + variants.front().label,
                                 tableDense, dense, 1.1, 0});
        if (doCross) {
            for (const Variant &v : variants) {
                const double hashTarget = v.crossTarget < 1 ? 1.5 : 0;
                if (doCrossPostgres)
                    scenarios.push_back({Kind::CrossPostgres,
                                         QStringLiteral("cross PG->PG, ") + v.label, v.table,
                                         v.changes, v.crossTarget, hashTarget});
                if (doCrossSqlite)
                    scenarios.push_back({Kind::CrossSqlite,
                                         QStringLiteral("cross PG->SQLite, ") + v.label, v.table,
                                         v.changes, v.crossTarget, hashTarget});
            }
        }
        for (const Scenario &s : scenarios) {
            std::printf("  %s (%d runs, load average %s)\n", qPrintable(s.label), ctx.runs,
                        qPrintable(loadAverage()));
            std::fflush(stdout);
            Outcome o = measure(ctx, s);
            if (!o.error.isEmpty()) {
                std::printf("    FAILED: %s\n", qPrintable(o.error));
                failed = true;
            } else if (!o.checks.isEmpty()) {
                failed = true;
            }
            outcomes.push_back(std::move(o));
        }
        // Free the disk before the next size.
        server->exec({QStringLiteral("DROP TABLE IF EXISTS %1").arg(pg->quote(tableA)),
                      QStringLiteral("DROP TABLE IF EXISTS %1").arg(pg->quote(tableDense))},
                     &error);
        if (doCross) {
            QStringList drops;
            for (const Variant &v : variants)
                drops << QStringLiteral("DROP TABLE IF EXISTS %1").arg(pg->quote(v.table));
            server->exec(drops, &error, databaseB);
            QFile::remove(sqliteFile);
        }
    }

    std::printf("\nTidemark diff benchmark: wall time, best of the runs; load average at end %s\n",
                qPrintable(loadAverage()));
    std::printf("  %-11s %-42s %9s %9s %10s %7s %6s %7s %6s  %s\n", "rows", "scenario", "floor a s",
                "floor b s", "Tidemark s", "ratio a", "target", "ratio b", "target", "result");
    for (const Outcome &o : outcomes) {
        if (!o.error.isEmpty()) {
            std::printf("  %-11s %-42s %9s %9s %10s %7s %6.1f %7s %6s  FAILED\n",
                        qPrintable(thousands(o.rows)), qPrintable(o.label),
                        o.floor.all.isEmpty() ? "-" : qPrintable(seconds(o.floor.bestMs)), "-", "-",
                        "-", o.target, "-", "-");
            continue;
        }
        const double ratio = o.tidemark.bestMs / o.floor.bestMs;
        const bool hashed = !o.hashFloor.all.isEmpty();
        const double ratioB = hashed ? o.tidemark.bestMs / o.hashFloor.bestMs : 0;
        const bool pass = ratio <= o.target && (o.hashTarget <= 0 || ratioB <= o.hashTarget);
        const QString verdict = QLatin1String(pass ? "PASS" : "ABOVE TARGET")
            + QLatin1String(o.checks.isEmpty() ? "" : ", COUNTS WRONG");
        std::printf("  %-11s %-42s %9s %9s %10s %7.2f %6.1f %7s %6s  %s\n",
                    qPrintable(thousands(o.rows)), qPrintable(o.label),
                    qPrintable(seconds(o.floor.bestMs)),
                    hashed ? qPrintable(seconds(o.hashFloor.bestMs)) : "-",
                    qPrintable(seconds(o.tidemark.bestMs)), ratio, o.target,
                    hashed ? qPrintable(QString::number(ratioB, 'f', 2)) : "-",
                    o.hashTarget > 0 ? qPrintable(QString::number(o.hashTarget, 'f', 1)) : "-",
                    qPrintable(verdict));
    }
    std::printf(
        "\n  floor a: the join floor (join), or both tables copied to the client as text one after "
        "the other (cross);\n"
        "  floor b: one hash scan per table of every compared column, both at once (cross).\n\n");
    for (const Outcome &o : outcomes) {
        std::printf("  %s rows, %s\n", qPrintable(thousands(o.rows)), qPrintable(o.label));
        if (!o.error.isEmpty()) {
            std::printf("    error: %s\n", qPrintable(o.error));
            continue;
        }
        std::printf("    runs: floor %s s;%s Tidemark %s s\n",
                    qPrintable(o.floor.all.join(QStringLiteral(", "))),
                    o.hashFloor.all.isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral(" floor (b) %1 s;")
                                         .arg(o.hashFloor.all.join(QStringLiteral(", ")))),
                    qPrintable(o.tidemark.all.join(QStringLiteral(", "))));
        std::printf("    floor: %s\n", qPrintable(o.floorDetail));
        std::printf("    Tidemark: %s\n", qPrintable(o.counts));
        std::printf("    counts against the generated changes: %s\n",
                    o.checks.isEmpty() ? "all as expected"
                                       : qPrintable(o.checks.join(QStringLiteral("; "))));
        std::printf("    Tidemark stages (fastest run): %s\n", qPrintable(o.stages));
        if (!o.hashStats.isEmpty())
            std::printf("    hash_stats (fastest run): %s\n", qPrintable(o.hashStats));
    }
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral(
        "Times Tidemark's join and cross-database diffs on generated tables in a throwaway "
        "PostgreSQL (and SQLite) against floors measured in the same run."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("rows"),
         QStringLiteral("Rows of table A, comma-separated sizes (default 1000000)."),
         QStringLiteral("n[,n...]"), QStringLiteral("1000000")},
        {QStringLiteral("runs"),
         QStringLiteral(
             "Runs of each measurement, best kept (default: 3 up to 2,000,000 rows, else 1)."),
         QStringLiteral("r"), QStringLiteral("0")},
        {QStringLiteral("only"),
         QStringLiteral("Only the join diff, the cross-database diffs, or the cross-database "
                        "diffs to PostgreSQL or to SQLite."),
         QStringLiteral("join|cross|cross-pg|cross-sqlite")},
        {QStringLiteral("order"),
         QStringLiteral("How the generated rows are stored: scrambled (a fixed permutation of the "
                        "keys, the default) or "
                        "sorted by key."),
         QStringLiteral("scrambled|key"), QStringLiteral("scrambled")},
    });
    args.process(app);
    return runBenchmark(args);
}
