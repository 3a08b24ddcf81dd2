// ODBC for real: Debian's unixODBC with odbc-postgresql, odbc-mariadb and libsqliteodbc against the
// tests' own PostgreSQL and MariaDB servers and a SQLite file. Tidemark recognises the engine
// behind the driver and speaks its dialect, so columns, diffs and cancel give what the native
// driver gives; an engine it does not know gets the standard dialect and the join diff on one
// connection.

#include "diff/diff_engine.h"
#include "support/db_server.h"
#include "support/test_support.h"
#include "warehouse/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <thread>

using namespace tidemark;
using warehouse::Driver;

namespace {

std::unique_ptr<warehouse::Database> open(const QString &url, const QString &password = {})
{
    auto spec = warehouse::parseConnectionUrl(url, password);
    if (!spec)
        qFatal("%s", qPrintable(spec.errorMessage()));
    auto db = warehouse::openDatabase(*spec);
    if (!db)
        qFatal("%s", qPrintable(db.errorMessage()));
    return std::move(*db);
}

QString describe(const std::vector<warehouse::ColumnInfo> &columns)
{
    QStringList out;
    for (const auto &c : columns)
        out << QStringLiteral("%1 %2 %3 scale %4 class %5")
                   .arg(c.name, c.type)
                   .arg(c.position)
                   .arg(c.scale)
                   .arg(int(c.typeClass));
    return out.join(QStringLiteral("; "));
}

const QStringList kTable = {
    QStringLiteral("CREATE TABLE odbc_a (id integer PRIMARY KEY, amount numeric(10,2), "
                   "label varchar(40), seen timestamp)"),
    QStringLiteral("CREATE TABLE odbc_b (id integer PRIMARY KEY, amount numeric(10,2), "
                   "label varchar(40), seen timestamp)"),
    QStringLiteral("INSERT INTO odbc_a VALUES (1, 1.50, 'one', '2024-02-29 10:00:00'), "
                   "(2, 2.00, 'two', '2024-03-01 00:00:00'), (3, 3.25, 'three', NULL), "
                   "(4, 4.00, 'four', '2024-01-01 12:30:00')"),
    QStringLiteral("INSERT INTO odbc_b VALUES (1, 1.50, 'one', '2024-02-29 10:00:00'), "
                   "(2, 2.01, 'two', '2024-03-01 00:00:00'), (3, 3.25, 'Three', NULL), "
                   "(5, 5.00, 'five', NULL)"),
};

} // namespace

class TestOdbc : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DbServer> m_postgres;
    std::unique_ptr<test::DbServer> m_mariadb;
    QTemporaryDir m_dir;

    test::DbServer &server(Driver engine)
    {
        return engine == Driver::PostgreSQL ? *m_postgres : *m_mariadb;
    }

    diff::DiffResult joinDiff(const QString &url)
    {
        diff::DiffRequest request;
        auto spec = warehouse::parseConnectionUrl(url);
        if (!spec)
            qFatal("%s", qPrintable(spec.errorMessage()));
        request.connectionA = *spec;
        request.tableA = warehouse::TableName {{QStringLiteral("odbc_a")}};
        request.tableB = warehouse::TableName {{QStringLiteral("odbc_b")}};
        request.options.key = {QStringLiteral("id")};
        request.options.algorithm = diff::Algorithm::Join;
        auto result = diff::runDiff(request);
        if (!result)
            qFatal("%s: %s", qPrintable(url.section(QLatin1Char('?'), 0, 0)),
                   qPrintable(result.errorMessage()));
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_postgres, qPrintable(error));
        m_mariadb = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(m_mariadb, qPrintable(error));
        for (test::DbServer *s : {m_postgres.get(), m_mariadb.get()})
            QVERIFY2(s->exec(kTable, &error), qPrintable(error));

        // unixODBC's configuration from a folder of the tests' own (read once per process, so set
        // before the first connection): the system's drivers and a DSN for the PostgreSQL server.
        QDir dir(m_dir.path());
        QVERIFY(QFile::copy(QStringLiteral("/etc/odbcinst.ini"),
                            dir.filePath(QStringLiteral("odbcinst.ini"))));
        QFile ini(dir.filePath(QStringLiteral("odbc.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[tidemark pg]\nDriver=PostgreSQL Unicode\nServername=%1\n"
                                 "Port=%2\nDatabase=%3\nUsername=%4\n")
                      .arg(m_postgres->host())
                      .arg(m_postgres->port())
                      .arg(m_postgres->database(), m_postgres->user())
                      .toUtf8());
        ini.close();
        qputenv("ODBCSYSINI", QFile::encodeName(dir.path()));
    }

    void engineBehindTheDriver_data()
    {
        QTest::addColumn<int>("engine");
        QTest::newRow("PostgreSQL Unicode") << int(Driver::PostgreSQL);
        QTest::newRow("MariaDB Unicode") << int(Driver::MySQL);
    }

    // The dialect follows the engine; the columns are the native driver's, declared types and
    // scales included (the value contract compares decimals at their scale).
    void engineBehindTheDriver()
    {
        QFETCH(int, engine);
        test::DbServer &s = server(Driver(engine));
        auto odbc = open(s.odbcUrl());
        QCOMPARE(odbc->spec().driver, Driver::ODBC);
        QCOMPARE(int(odbc->dialect().driver()), engine);
        auto native = open(s.url());
        const warehouse::TableName table {{QStringLiteral("odbc_a")}};
        auto viaOdbc = odbc->columns(table);
        auto viaNative = native->columns(table);
        QVERIFY2(viaOdbc, qPrintable(viaOdbc ? QString() : viaOdbc.errorMessage()));
        QVERIFY(viaNative);
        QCOMPARE(describe(*viaOdbc), describe(*viaNative));
        QCOMPARE(viaOdbc->at(1).scale, 2);
    }

    // The join diff through ODBC gives the native driver's answer, column by column.
    void joinDiffAsNative_data() { engineBehindTheDriver_data(); }
    void joinDiffAsNative()
    {
        QFETCH(int, engine);
        test::DbServer &s = server(Driver(engine));
        const diff::DiffResult odbc = joinDiff(s.odbcUrl());
        const diff::DiffResult native = joinDiff(s.url());
        QCOMPARE(odbc.rows.exclusiveA, 1);
        QCOMPARE(odbc.rows.exclusiveB, 1);
        QCOMPARE(odbc.rows.updated, 2);
        QCOMPARE(odbc.rows.exclusiveA, native.rows.exclusiveA);
        QCOMPARE(odbc.rows.exclusiveB, native.rows.exclusiveB);
        QCOMPARE(odbc.rows.updated, native.rows.updated);
        QCOMPARE(odbc.rows.unchanged, native.rows.unchanged);
        QCOMPARE(odbc.columns.size(), native.columns.size());
        for (size_t i = 0; i < odbc.columns.size(); ++i) {
            QCOMPARE(odbc.columns[i].name, native.columns[i].name);
            QCOMPARE(odbc.columns[i].different, native.columns[i].different);
            QCOMPARE(odbc.columns[i].comparedAs, native.columns[i].comparedAs);
        }
    }

    // A DSN of odbc.ini (the tests' own: see initTestCase), the password given apart from the URL.
    void dataSourceName()
    {
        auto db = open(QStringLiteral("odbc://tidemark%20pg"), m_postgres->password());
        QCOMPARE(db->dialect().driver(), Driver::PostgreSQL);
        qint64 rows = 0;
        QVERIFY(db->query(QStringLiteral("SELECT COUNT(*) FROM odbc_a"), {},
                          [&](const warehouse::Row &row) {
                              rows = row.value(0).toLongLong();
                              return true;
                          }));
        QCOMPARE(rows, 4);
    }

    // A statement running through ODBC stops on the server within a second of cancel.
    void cancelOnTheServer()
    {
        auto db = open(m_postgres->odbcUrl());
        std::thread canceller([&db] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            db->cancel();
        });
        QElapsedTimer clock;
        clock.start();
        auto slept = db->execute(QStringLiteral("SELECT pg_sleep(30)"));
        const qint64 ms = clock.elapsed();
        canceller.join();
        QVERIFY(!slept);
        QVERIFY2(ms < 1300, qPrintable(QString::number(ms)));
    }

    // A wrong password through ODBC: one line that names the connection, never the password.
    void wrongPassword()
    {
        QUrlQuery query(m_postgres->odbcUrl().section(QLatin1Char('?'), 1));
        query.removeQueryItem(QStringLiteral("pwd"));
        query.addQueryItem(QStringLiteral("pwd"), QStringLiteral("not-the-password-42"));
        auto spec = warehouse::parseConnectionUrl(QStringLiteral("odbc:///?")
                                                  + query.toString(QUrl::FullyEncoded));
        QVERIFY(spec);
        auto db = warehouse::openDatabase(*spec);
        QVERIFY(!db);
        QVERIFY2(!db.errorMessage().contains(QLatin1String("not-the-password-42")),
                 qPrintable(db.errorMessage()));
        QVERIFY(!db.errorMessage().contains(QLatin1Char('\n')));
    }

    // SQLite's ODBC driver: an engine without Tidemark's dialect (its functions cannot be
    // registered through the driver) gets the standard SQL: the join diff on one connection
    // works; a cross-database diff says what it needs.
    void unknownEngineGetsStandardSql()
    {
        const QString file = m_dir.filePath(QStringLiteral("odbc.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "odbc-seed");
            db.setDatabaseName(file);
            QVERIFY(db.open());
            for (const QString &statement : kTable) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(statement));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("odbc-seed"));
        const QString url = QStringLiteral("odbc:///?driver=SQLite3&database=") + file;
        auto db = open(url);
        QCOMPARE(db->dialect().driver(), Driver::ODBC);

        diff::DiffRequest request;
        request.connectionA = *warehouse::parseConnectionUrl(url);
        request.tableA = warehouse::TableName {{QStringLiteral("odbc_a")}};
        request.tableB = warehouse::TableName {{QStringLiteral("odbc_b")}};
        request.options.key = {QStringLiteral("id")};
        request.options.algorithm = diff::Algorithm::Join;
        auto result = diff::runDiff(request);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->rows.exclusiveA, 1);
        QCOMPARE(result->rows.exclusiveB, 1);
        QCOMPARE(result->rows.updated, 2);

        request.connectionB = *warehouse::parseConnectionUrl(m_postgres->url());
        request.options.algorithm = diff::Algorithm::Hash;
        auto across = diff::runDiff(request);
        QVERIFY(!across);
        QVERIFY2(across.errorMessage().contains(QLatin1String("--algorithm join")),
                 qPrintable(across.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestOdbc)
#include "tst_odbc.moc"
