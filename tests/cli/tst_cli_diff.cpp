// tidemark-cli diff as scripts use it: the real binary on SQLite and PostgreSQL, the contract's
// JSON fields, text output, exit codes, one-line errors, and no password in any output.

#include "support/db_server.h"
#include "support/diff_scenarios.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TIDEMARK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        qFatal("tidemark-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqliteUrl;
    test::DiffScenario m_scenario;
    std::unique_ptr<test::DbServer> m_postgres;

    bool startPostgres()
    {
        if (!m_postgres) {
            QString error;
            m_postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
            if (!m_postgres)
                qWarning("%s", qPrintable(error));
        }
        return m_postgres != nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.db"));
        QFile(path).open(QIODevice::WriteOnly);
        m_sqliteUrl = QStringLiteral("sqlite://") + path;
        m_scenario = test::diffScenarios().front();
        auto db = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_sqliteUrl));
        QVERIFY(db);
        QVERIFY(test::loadTable(**db, m_scenario.a));
        QVERIFY(test::loadTable(**db, m_scenario.b));
    }

    void jsonContract()
    {
        const Run run = cli({QStringLiteral("diff"), m_sqliteUrl, m_scenario.a.name,
                             m_scenario.b.name, QStringLiteral("-k"), QStringLiteral("id")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        const test::ExpectedDiff e
            = test::referenceDiff(m_scenario.a, m_scenario.b, m_scenario.options);
        QVERIFY(j["algorithm"] == "join");
        QVERIFY(j["key"] == nlohmann::json({"id"}));
        for (const char *k : {"a", "b", "exclusive_a", "exclusive_b", "updated", "unchanged"})
            QVERIFY2(j["rows"].contains(k), k);
        for (const char *k : {"null_a", "null_b", "duplicate_a", "duplicate_b"})
            QVERIFY2(j["primary_key"].contains(k), k);
        for (const char *k : {"only_a", "only_b", "type_changed"})
            QVERIFY2(j["schema"].contains(k), k);
        for (const char *k : {"exclusive_a", "exclusive_b", "updated"})
            QVERIFY2(j["samples"].contains(k), k);
        QCOMPARE(j["rows"]["updated"].get<qint64>(), e.rows.updated);
        QCOMPARE(j["rows"]["exclusive_a"].get<qint64>(), e.rows.exclusiveA);
        QCOMPARE(j["rows"]["exclusive_b"].get<qint64>(), e.rows.exclusiveB);
        QCOMPARE(j["samples"]["updated"].size(), size_t(10));
        QVERIFY(j["match_score"].is_number());
        for (const auto &c : j["columns"])
            QVERIFY(c.contains("name") && c.contains("different") && c.contains("match_pct"));
    }

    void optionsReachTheEngine()
    {
        const Run run
            = cli({QStringLiteral("diff"), m_sqliteUrl, m_scenario.a.name, m_scenario.b.name,
                   QStringLiteral("-k"), QStringLiteral("id"), QStringLiteral("-c"),
                   QStringLiteral("name,amount"), QStringLiteral("--tolerance"),
                   QStringLiteral("amount=abs:2"), QStringLiteral("-w"),
                   QStringLiteral("id <= 1000"), QStringLiteral("--sample"), QStringLiteral("3")});
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        diff::DiffOptions o = m_scenario.options;
        o.includeColumns = {QStringLiteral("name"), QStringLiteral("amount")};
        o.tolerances.insert(QStringLiteral("amount"), {diff::Tolerance::Mode::Absolute, 2});
        auto keep = [](const QVariantList &r) { return r[0].toLongLong() <= 1000; };
        const test::ExpectedDiff e = test::referenceDiff(test::filtered(m_scenario.a, keep),
                                                         test::filtered(m_scenario.b, keep), o);
        QCOMPARE(j["columns"].size(), size_t(2));
        QCOMPARE(j["rows"]["a"].get<qint64>(), e.rows.a);
        QCOMPARE(j["rows"]["updated"].get<qint64>(), e.rows.updated);
        for (const auto &c : j["columns"])
            QCOMPARE(c["different"].get<qint64>(),
                     e.different.value(QString::fromStdString(c["name"].get<std::string>())));
        QVERIFY(j["samples"]["updated"].size() <= 3);
    }

    void textFormat()
    {
        const Run run = cli({QStringLiteral("diff"), m_sqliteUrl, m_scenario.a.name,
                             m_scenario.b.name, QStringLiteral("-k"), QStringLiteral("id"),
                             QStringLiteral("--format"), QStringLiteral("text")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("only in A"));
        QVERIFY(run.out.contains("match score"));
        QVERIFY(run.out.contains("compared as"));
        QVERIFY(run.out.contains("exact doubles"));
    }

    // The options no other test gives the real binary, on a diff across two URLs (SQLite to
    // PostgreSQL, the hash diff), checked against the reference answer.
    void optionsAcrossTwoUrls_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--timestamp-precision")
            << QStringLiteral("timestamp precision")
            << QStringList {QStringLiteral("--timestamp-precision"), QStringLiteral("3")};
        QTest::newRow("--tolerance rel:")
            << QStringLiteral("relative tolerance")
            << QStringList {QStringLiteral("--tolerance"), QStringLiteral("amount=rel:0.01")};
        QTest::newRow("--tolerance abs:")
            << QStringLiteral("absolute tolerance")
            << QStringList {QStringLiteral("--tolerance"), QStringLiteral("amount=abs:0.01")};
        QTest::newRow("--exclude-columns")
            << QStringLiteral("basic")
            << QStringList {QStringLiteral("--exclude-columns"), QStringLiteral("name,active")};
        QTest::newRow("no options") << QStringLiteral("basic") << QStringList {};
    }

    void optionsAcrossTwoUrls()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, arguments);
        QVERIFY(startPostgres());
        test::DiffScenario s;
        for (const test::DiffScenario &candidate : test::diffScenarios()) {
            if (candidate.name == scenario)
                s = candidate;
        }
        QVERIFY2(!s.a.name.isEmpty(), qPrintable(scenario));
        auto lite = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_sqliteUrl));
        QVERIFY(lite);
        QVERIFY(test::loadTable(**lite, s.a));
        auto pg = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_postgres->url()));
        QVERIFY(pg);
        QVERIFY(test::loadTable(**pg, s.b));

        diff::DiffOptions options = s.options;
        if (arguments.contains(QStringLiteral("--exclude-columns")))
            options.excludeColumns = {QStringLiteral("name"), QStringLiteral("active")};
        const test::ExpectedDiff e = test::referenceDiff(s.a, s.b, options);
        const Run run
            = cli(QStringList {QStringLiteral("diff"), m_sqliteUrl, s.a.name, m_postgres->url(),
                               s.b.name, QStringLiteral("-k"), QStringLiteral("id")}
                  + arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        QVERIFY(j["algorithm"] == "hash");
        QCOMPARE(j["rows"]["exclusive_a"].get<qint64>(), e.rows.exclusiveA);
        QCOMPARE(j["rows"]["exclusive_b"].get<qint64>(), e.rows.exclusiveB);
        QCOMPARE(j["rows"]["updated"].get<qint64>(), e.rows.updated);
        QCOMPARE(j["rows"]["unchanged"].get<qint64>(), e.rows.unchanged);
        QCOMPARE(qsizetype(j["columns"].size()), e.different.size());
        for (const auto &c : j["columns"]) {
            const QString name = QString::fromStdString(c["name"].get<std::string>());
            QCOMPARE(c["different"].get<qint64>(), e.different.value(name));
            QVERIFY(!c["compared_as"].get<std::string>().empty());
        }
        if (arguments.contains(QStringLiteral("--timestamp-precision"))) {
            const auto ts
                = std::find_if(j["columns"].begin(), j["columns"].end(),
                               [](const nlohmann::json &c) { return c["name"] == "created"; });
            QVERIFY(ts != j["columns"].end());
            QCOMPARE(
                (*ts)["compared_as"].get<std::string>().rfind("UTC instants at milliseconds", 0),
                size_t(0));
        }
    }

    void profilesAndLimitsAcrossTwoUrls()
    {
        // Profiles from the hash diff, and --limit-download stopping it with a lower bound said.
        QVERIFY(startPostgres());
        auto pg = warehouse::openDatabase(*warehouse::parseConnectionUrl(m_postgres->url()));
        QVERIFY(pg);
        QVERIFY(test::loadTable(**pg, m_scenario.b));
        const test::ExpectedDiff e
            = test::referenceDiff(m_scenario.a, m_scenario.b, m_scenario.options);
        const QStringList base {QStringLiteral("diff"), m_sqliteUrl,       m_scenario.a.name,
                                m_postgres->url(),      m_scenario.b.name, QStringLiteral("-k"),
                                QStringLiteral("id")};
        const Run profiled = cli(base + QStringList {QStringLiteral("--profiles")});
        QCOMPARE(profiled.exitCode, 0);
        const nlohmann::json p = nlohmann::json::parse(profiled.out.begin(), profiled.out.end());
        QVERIFY(p["algorithm"] == "hash");
        QVERIFY(p.contains("profiles"));
        for (const char *side : {"a", "b"}) {
            QVERIFY(!p["profiles"][side].empty());
            for (const auto &column : p["profiles"][side]) {
                const qint64 rows = side == std::string("a") ? e.rows.a : e.rows.b;
                QCOMPARE(column["count"].get<qint64>() + column["nulls"].get<qint64>(), rows);
            }
        }
        const Run limited
            = cli(base + QStringList {QStringLiteral("--limit-download"), QStringLiteral("5")});
        QCOMPARE(limited.exitCode, 0);
        const nlohmann::json l = nlohmann::json::parse(limited.out.begin(), limited.out.end());
        QCOMPARE(l["complete"].get<bool>(), false);
        QVERIFY(l["rows"]["exclusive_a"].get<qint64>() + l["rows"]["exclusive_b"].get<qint64>()
                    + l["rows"]["updated"].get<qint64>()
                <= 5);
        bool said = false;
        for (const auto &w : l["warnings"])
            said = said || w.get<std::string>().find("--limit-download") != std::string::npos;
        QVERIFY(said);
    }

    void postgresPasswordFromEnvironment()
    {
        QString error;
        auto pg = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(pg, qPrintable(error));
        QVERIFY(pg->exec({QStringLiteral("CREATE TABLE \"Mixed Case\" (\"Id\" int, v text)"),
                          QStringLiteral("INSERT INTO \"Mixed Case\" VALUES (1, 'a'), (2, 'b')"),
                          QStringLiteral("CREATE TABLE other (\"Id\" int, v text)"),
                          QStringLiteral("INSERT INTO other VALUES (1, 'a'), (3, 'c')")},
                         &error));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TIDEMARK_PASSWORD"), pg->password());
        const Run run = cli({QStringLiteral("diff"), pg->urlWithoutPassword(),
                             QStringLiteral("\"Mixed Case\""), QStringLiteral("other"),
                             QStringLiteral("-k"), QStringLiteral("Id")},
                            env);
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        QCOMPARE(j["rows"]["exclusive_a"].get<qint64>(), 1);
        QCOMPARE(j["rows"]["exclusive_b"].get<qint64>(), 1);
        QCOMPARE(j["rows"]["unchanged"].get<qint64>(), 1);
        QVERIFY(!run.out.contains(pg->password().toUtf8()));

        // A wrong password: exit 2, one line, the user named, the password not.
        env.insert(QStringLiteral("TIDEMARK_PASSWORD"), QStringLiteral("not-the-password"));
        const Run denied
            = cli({QStringLiteral("diff"), pg->urlWithoutPassword(), QStringLiteral("other"),
                   QStringLiteral("other"), QStringLiteral("-k"), QStringLiteral("Id")},
                  env);
        QCOMPARE(denied.exitCode, 2);
        QCOMPARE(denied.err.count('\n'), 1);
        QVERIFY2(denied.err.contains("wrong user name or password"), denied.err.constData());
        QVERIFY(!denied.err.contains("not-the-password"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no key") << QStringList {QStringLiteral("sqlite:///x.db"),
                                                QStringLiteral("a"), QStringLiteral("b")}
                                << "-k COLUMN";
        QTest::newRow("too few") << QStringList {
            QStringLiteral("sqlite:///x.db"), QStringLiteral("a"), QStringLiteral("-k"),
            QStringLiteral("id")} << "URL1 TABLE1";
        QTest::newRow("bad tolerance") << QStringList {QStringLiteral("sqlite:///x.db"),
                                                       QStringLiteral("a"),
                                                       QStringLiteral("b"),
                                                       QStringLiteral("-k"),
                                                       QStringLiteral("id"),
                                                       QStringLiteral("--tolerance"),
                                                       QStringLiteral("x=pct:3")}
                                       << "--tolerance";
        QTest::newRow("relative tolerance of 100%")
            << QStringList {QStringLiteral("sqlite:///x.db"),
                            QStringLiteral("a"),
                            QStringLiteral("b"),
                            QStringLiteral("-k"),
                            QStringLiteral("id"),
                            QStringLiteral("--tolerance"),
                            QStringLiteral("x=rel:1")}
            << "fraction below 1";
        QTest::newRow("bad algorithm") << QStringList {QStringLiteral("sqlite:///x.db"),
                                                       QStringLiteral("a"),
                                                       QStringLiteral("b"),
                                                       QStringLiteral("-k"),
                                                       QStringLiteral("id"),
                                                       QStringLiteral("--algorithm"),
                                                       QStringLiteral("magic")}
                                       << "--algorithm";
        QTest::newRow("missing sqlite file")
            << QStringList {QStringLiteral("sqlite:///no/such/file.db"), QStringLiteral("a"),
                            QStringLiteral("b"), QStringLiteral("-k"), QStringLiteral("id")}
            << "does not exist";
        QTest::newRow("bad url") << QStringList {QStringLiteral("oracle://u@h/d"),
                                                 QStringLiteral("a"), QStringLiteral("b"),
                                                 QStringLiteral("-k"), QStringLiteral("id")}
                                 << "unsupported database";
        QTest::newRow("join across connections") << QStringList {QStringLiteral("sqlite:///a.db"),
                                                                 QStringLiteral("a"),
                                                                 QStringLiteral("sqlite:///b.db"),
                                                                 QStringLiteral("b"),
                                                                 QStringLiteral("-k"),
                                                                 QStringLiteral("id"),
                                                                 QStringLiteral("--algorithm"),
                                                                 QStringLiteral("join")}
                                                 << "one connection";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        args.prepend(QStringLiteral("diff"));
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    }

    void missingTable()
    {
        const Run run = cli({QStringLiteral("diff"), m_sqliteUrl, QStringLiteral("nope"),
                             m_scenario.b.name, QStringLiteral("-k"), QStringLiteral("id")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("table nope does not exist"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
