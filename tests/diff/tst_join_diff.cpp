// The join diff on real SQLite, PostgreSQL and MariaDB: generated tables whose answer is worked out
// independently (support/diff_fixture.cpp), every count checked; cancellation, limits, errors.

#include "diff/join_diff.h"
#include "support/db_server.h"
#include "support/diff_scenarios.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace tidemark;

class TestJoinDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_postgres;
    std::unique_ptr<test::DbServer> m_mariadb;

    std::unique_ptr<warehouse::Database> open(const QString &kind)
    {
        QString url;
        if (kind == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(QStringLiteral("join.db"));
            if (!QFile::exists(path)) {
                QFile f(path);
                f.open(QIODevice::WriteOnly);
            }
            url = QStringLiteral("sqlite://") + path;
        } else if (kind == QLatin1String("postgresql")) {
            url = m_postgres->url();
        } else {
            url = m_mariadb->url();
        }
        auto spec = warehouse::parseConnectionUrl(url);
        if (!spec)
            qFatal("%s", qPrintable(spec.errorMessage()));
        auto db = warehouse::openDatabase(*spec);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_postgres, qPrintable(error));
        m_mariadb = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(m_mariadb, qPrintable(error));
    }

    void knownAnswers_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<int>("scenario");
        const auto scenarios = test::diffScenarios();
        for (const char *db : {"sqlite", "postgresql", "mariadb"}) {
            for (size_t i = 0; i < scenarios.size(); ++i)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(db), scenarios[i].name)))
                    << QString::fromLatin1(db) << int(i);
        }
    }

    void knownAnswers()
    {
        QFETCH(QString, database);
        QFETCH(int, scenario);
        const test::DiffScenario s = test::diffScenarios().at(size_t(scenario));
        auto db = open(database);
        QVERIFY2(test::loadTable(*db, s.a), "load A");
        QVERIFY2(test::loadTable(*db, s.b), "load B");
        auto result = diff::joinDiff(*db, warehouse::TableName {{s.a.name}},
                                     warehouse::TableName {{s.b.name}}, s.options);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        const test::ExpectedDiff e = test::referenceDiff(test::filtered(s.a, s.keep),
                                                         test::filtered(s.b, s.keep), s.options);
        const nlohmann::json j = result->toJson();

        QVERIFY(j["algorithm"] == "join");
        QCOMPARE(j["rows"]["a"].get<qint64>(), e.rows.a);
        QCOMPARE(j["rows"]["b"].get<qint64>(), e.rows.b);
        QCOMPARE(j["rows"]["exclusive_a"].get<qint64>(), e.rows.exclusiveA);
        QCOMPARE(j["rows"]["exclusive_b"].get<qint64>(), e.rows.exclusiveB);
        QCOMPARE(j["rows"]["updated"].get<qint64>(), e.rows.updated);
        QCOMPARE(j["rows"]["unchanged"].get<qint64>(), e.rows.unchanged);
        QCOMPARE(j["primary_key"]["null_a"].get<qint64>(), e.keys.nullA);
        QCOMPARE(j["primary_key"]["null_b"].get<qint64>(), e.keys.nullB);
        QCOMPARE(j["primary_key"]["duplicate_a"].get<qint64>(), e.keys.duplicateA);
        QCOMPARE(j["primary_key"]["duplicate_b"].get<qint64>(), e.keys.duplicateB);
        QCOMPARE(qsizetype(j["columns"].size()), e.different.size());
        const qint64 matched = e.rows.updated + e.rows.unchanged;
        QString previous;
        for (const auto &c : j["columns"]) {
            const QString name = QString::fromStdString(c["name"].get<std::string>());
            QVERIFY2(e.different.contains(name), qPrintable(name));
            QCOMPARE(c["different"].get<qint64>(), e.different.value(name));
            const double pct = matched == 0
                ? 100.0
                : 100.0 * double(matched - e.different.value(name)) / double(matched);
            QVERIFY(qAbs(c["match_pct"].get<double>() - pct) < 1e-9);
            QVERIFY2(previous.compare(name, Qt::CaseInsensitive) < 0, "columns are sorted by name");
            previous = name;
        }
        // The definitions hold: every row of A is exclusive, updated, unchanged, or has a bad key.
        QCOMPARE(e.rows.exclusiveA + e.rows.updated + e.rows.unchanged + e.keys.nullA
                     + e.keys.duplicateRowsA,
                 e.rows.a);
        QVERIFY(j["samples"]["exclusive_a"].size()
                == size_t(std::min<qint64>(e.rows.exclusiveA, s.options.sampleSize)));
        QVERIFY(j["samples"]["exclusive_b"].size()
                == size_t(std::min<qint64>(e.rows.exclusiveB, s.options.sampleSize)));
        QVERIFY(j["samples"]["updated"].size()
                == size_t(std::min<qint64>(e.rows.updated, s.options.sampleSize)));
        for (const auto &u : j["samples"]["updated"])
            QVERIFY(!u["different_columns"].empty());
        QVERIFY(result->complete);
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
        QVERIFY(j["match_score"].get<double>() >= 0 && j["match_score"].get<double>() <= 100);
        auto back = diff::DiffResult::fromJson(j);
        QVERIFY(back);
        QVERIFY(back->toJson() == j);
    }

    void schemaDifferences()
    {
        auto db = open(QStringLiteral("postgresql"));
        QVERIFY(db->execute(QStringLiteral("DROP TABLE IF EXISTS s_a, s_b")));
        QVERIFY(db->execute(
            QStringLiteral("CREATE TABLE s_a (id int, a_only text, qty int, note text)")));
        QVERIFY(db->execute(
            QStringLiteral("CREATE TABLE s_b (id int, note text, qty bigint, b_only int)")));
        QVERIFY(db->execute(
            QStringLiteral("INSERT INTO s_a VALUES (1, 'x', 5, 'n'), (2, 'y', 6, 'm')")));
        QVERIFY(db->execute(
            QStringLiteral("INSERT INTO s_b VALUES (1, 'n', 5, 0), (2, 'changed', 6, 0)")));
        diff::DiffOptions o;
        o.key = {QStringLiteral("ID")}; // column names match case-insensitively
        auto r = diff::joinDiff(*db, {{QStringLiteral("s_a")}}, {{QStringLiteral("s_b")}}, o);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorMessage()));
        QCOMPARE(r->schema.onlyA, QStringList {QStringLiteral("a_only")});
        QCOMPARE(r->schema.onlyB, QStringList {QStringLiteral("b_only")});
        QCOMPARE(r->schema.typeChanged.size(), size_t(1));
        QCOMPARE(r->schema.typeChanged.front().column, QStringLiteral("qty"));
        QVERIFY(r->schema.orderChanged);
        QCOMPARE(r->rows.updated, 1);
        // 2 rows x 4 columns each side, 1 differing value, one extra column per side.
        QVERIFY(qAbs(r->matchScore - 100.0 * (16.0 - (2 + 2 + 2)) / 16.0) < 1e-9);
    }

    void errorsNameTheCause()
    {
        auto db = open(QStringLiteral("postgresql"));
        diff::DiffOptions o;
        o.key = {QStringLiteral("id")};
        auto missing = diff::joinDiff(*db, {{QStringLiteral("no_such_table")}},
                                      {{QStringLiteral("basic_b")}}, o);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QLatin1String("no_such_table"))
                     && missing.errorMessage().contains(QLatin1String("does not exist")),
                 qPrintable(missing.errorMessage()));
        QVERIFY(test::loadTable(*db, test::diffScenarios().front().a));
        QVERIFY(test::loadTable(*db, test::diffScenarios().front().b));
        o.key = {QStringLiteral("nope")};
        auto badKey
            = diff::joinDiff(*db, {{QStringLiteral("basic_a")}}, {{QStringLiteral("basic_b")}}, o);
        QVERIFY(!badKey);
        QVERIFY2(badKey.errorMessage().contains(QLatin1String("key column \"nope\"")),
                 qPrintable(badKey.errorMessage()));
        o.key = {QStringLiteral("id")};
        o.where = QStringLiteral("no_such_column > 1");
        auto badFilter
            = diff::joinDiff(*db, {{QStringLiteral("basic_a")}}, {{QStringLiteral("basic_b")}}, o);
        QVERIFY(!badFilter);
        QVERIFY2(badFilter.errorMessage().contains(QLatin1String("no_such_column")),
                 qPrintable(badFilter.errorMessage()));
        QVERIFY(!badFilter.errorMessage().contains(m_postgres->password()));
    }

    void connectionErrors()
    {
        auto wrongPassword = warehouse::parseConnectionUrl(
            QStringLiteral("postgresql://%1:wrong-pw@127.0.0.1:%2/%3")
                .arg(m_postgres->user())
                .arg(m_postgres->port())
                .arg(m_postgres->database()));
        QVERIFY(wrongPassword);
        auto denied = warehouse::openDatabase(*wrongPassword);
        QVERIFY(!denied);
        QVERIFY2(denied.errorMessage().contains(QLatin1String("wrong user name or password")),
                 qPrintable(denied.errorMessage()));
        QVERIFY(!denied.errorMessage().contains(QLatin1String("wrong-pw")));

        auto wrongDb
            = warehouse::parseConnectionUrl(QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/nodb")
                                                .arg(m_postgres->user(), m_postgres->password())
                                                .arg(m_postgres->port()));
        auto noDb = warehouse::openDatabase(*wrongDb);
        QVERIFY(!noDb);
        QVERIFY2(noDb.errorMessage().contains(QLatin1String("database \"nodb\" does not exist")),
                 qPrintable(noDb.errorMessage()));

        auto closedPort
            = warehouse::parseConnectionUrl(QStringLiteral("mysql://u:p@127.0.0.1:1/db"));
        auto refused = warehouse::openDatabase(*closedPort);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("cannot reach 127.0.0.1:1")),
                 qPrintable(refused.errorMessage()));

        auto mariaWrong
            = warehouse::parseConnectionUrl(QStringLiteral("mysql://%1:bad@127.0.0.1:%2/%3")
                                                .arg(m_mariadb->user())
                                                .arg(m_mariadb->port())
                                                .arg(m_mariadb->database()));
        auto mariaDenied = warehouse::openDatabase(*mariaWrong);
        QVERIFY(!mariaDenied);
        QVERIFY2(mariaDenied.errorMessage().contains(QLatin1String("wrong user name or password")),
                 qPrintable(mariaDenied.errorMessage()));
    }

    void cancelStopsTheServerQuery_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void cancelStopsTheServerQuery()
    {
        // A self-join that would run for minutes; cancelled after a moment, it must end at once.
        QFETCH(QString, database);
        auto db = open(database);
        test::FixtureTable big;
        big.name = QStringLiteral("big");
        big.columns = {{QStringLiteral("id"), test::ColType::Int},
                       {QStringLiteral("v"), test::ColType::Int}};
        for (int i = 0; i < 20000; ++i)
            big.rows.push_back({i % 200, i});
        QVERIFY(test::loadTable(*db, big));
        diff::DiffOptions o;
        o.key = {QStringLiteral("v")};
        o.where = QStringLiteral("(SELECT COUNT(*) FROM big x, big y WHERE x.v < y.v + x.id) > 0");
        diff::DiffControl control;
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&control] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            control.cancel();
        });
        auto r = diff::joinDiff(*db, {{QStringLiteral("big")}}, {{QStringLiteral("big")}}, o,
                                &control);
        canceller.join();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(r.errorMessage()));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void limitsAndTime()
    {
        auto db = open(QStringLiteral("postgresql"));
        const test::DiffScenario s = test::diffScenarios().front();
        QVERIFY(test::loadTable(*db, s.a));
        QVERIFY(test::loadTable(*db, s.b));
        diff::DiffOptions o = s.options;
        o.limitDownload = 5;
        auto limited = diff::joinDiff(*db, {{s.a.name}}, {{s.b.name}}, o);
        QVERIFY(limited);
        QVERIFY(!limited->complete);
        QCOMPARE(limited->rowsDownloaded, 5);
        QVERIFY(!limited->warnings.isEmpty());

        o.limitDownload = 0;
        o.timeLimitSeconds = 1;
        o.where = QStringLiteral("pg_sleep(0.01) IS NOT NULL");
        auto slow = diff::joinDiff(*db, {{s.a.name}}, {{s.b.name}}, o);
        QVERIFY(!slow);
        QVERIFY2(slow.errorMessage().contains(QLatin1String("time limit")),
                 qPrintable(slow.errorMessage()));
    }

    void profiles()
    {
        auto db = open(QStringLiteral("sqlite"));
        const test::DiffScenario s = test::diffScenarios().front();
        QVERIFY(test::loadTable(*db, s.a));
        QVERIFY(test::loadTable(*db, s.b));
        diff::DiffOptions o = s.options;
        o.profiles = true;
        auto r = diff::joinDiff(*db, {{s.a.name}}, {{s.b.name}}, o);
        QVERIFY(r);
        QCOMPARE(r->profilesA.size(), size_t(6));
        const auto &id = r->profilesA.front();
        QCOMPARE(id.name, QStringLiteral("id"));
        QCOMPARE(id.count, qint64(s.a.rows.size()));
        QCOMPARE(id.distinct, qint64(s.a.rows.size()));
        QVERIFY(id.min == 1);
        QVERIFY(id.max == 2000);
        QVERIFY(qAbs(id.mean.get<double>() - 1000.5) < 1e-9);
        const auto amount
            = std::find_if(r->profilesA.begin(), r->profilesA.end(),
                           [](const auto &p) { return p.name == QLatin1String("amount"); });
        QCOMPARE(amount->nulls, qint64(2000 / 73));
    }
};

QTEST_GUILESS_MAIN(TestJoinDiff)
#include "tst_join_diff.moc"
