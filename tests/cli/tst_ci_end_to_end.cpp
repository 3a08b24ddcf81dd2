// `tidemark-cli ci` end to end: a real PostgreSQL with the jaffle_shop models built into a prod
// schema and the dbt_cloud_pr_<job>_<pr> schema, a local dbt Cloud serving the real Recce manifests
// (prod 04, PR 05), and a local GitHub. Posts the comment and the status, updates the same comment
// on the next run, and honours each gate.

#include "support/db_server.h"
#include "support/fake_code_host.h"
#include "support/fake_dbt_cloud.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <signal.h>

using namespace tidemark;

namespace {

const QString kHead = QStringLiteral("4b1d2c3e5f60718293a4b5c6d7e8f90123456789");
const QString kBase = QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a098765432");
const char *kPrSchema = "dbt_cloud_pr_20_2";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QStringList seedInserts(const QString &file, const QString &table)
{
    QFile f(test::fixturesDir() + QStringLiteral("/jaffle_shop/seeds/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing seed %s", qPrintable(file));
    QStringList rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        QStringList values;
        for (const QString &v : line.split(QLatin1Char(',')))
            values << QStringLiteral("'%1'").arg(
                QString(v).replace(QLatin1Char('\''), QStringLiteral("''")));
        rows << QLatin1Char('(') + values.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return {
        QStringLiteral("INSERT INTO raw.%1 VALUES %2").arg(table, rows.join(QStringLiteral(", ")))};
}

// The three models the pipeline diffs, built into `schema`; `pr` builds the PR's version of
// customers (its lifetime value leaves out returned orders).
QStringList buildModels(const QString &schema, bool pr)
{
    const QString lifetime = pr
        ? QStringLiteral("SUM(CASE WHEN o.status <> 'returned' THEN p.amount ELSE 0 END)")
        : QStringLiteral("SUM(p.amount)");
    return {
        QStringLiteral("CREATE SCHEMA %1").arg(schema),
        QStringLiteral("CREATE TABLE %1.customers AS SELECT c.id::int AS customer_id, "
                       "c.first_name, c.last_name, "
                       "COUNT(DISTINCT o.id) AS number_of_orders, COALESCE(%2, 0) / 100.0 AS "
                       "customer_lifetime_value "
                       "FROM raw.customers c LEFT JOIN raw.orders o ON o.user_id = c.id LEFT JOIN "
                       "raw.payments p ON p.order_id = o.id "
                       "GROUP BY 1, 2, 3")
            .arg(schema, lifetime),
        QStringLiteral("CREATE TABLE %1.customer_order_pattern AS SELECT c.id::int AS customer_id, "
                       "MIN(o.order_date) AS first_order "
                       "FROM raw.customers c LEFT JOIN raw.orders o ON o.user_id = c.id GROUP BY 1")
            .arg(schema),
        QStringLiteral("CREATE TABLE %1.customer_segments AS SELECT c.id::int AS customer_id, CASE "
                       "WHEN c.id::int % 3 = 0 THEN 'gold' ELSE 'basic' END AS segment "
                       "FROM raw.customers c")
            .arg(schema),
    };
}

} // namespace

class TestCiEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_pg;
    std::unique_ptr<test::FakeDbtCloud> m_cloud;
    std::unique_ptr<test::FakeGitHub> m_github;
    qint64 m_expectedUpdated = 0;

    QString writeIntegration(const std::function<void(nlohmann::json &)> &change = {})
    {
        nlohmann::json j = {
            {"name", "jaffle"},
            {"repository",
             {{"provider", "github"},
              {"api_url", m_github->apiUrl().toStdString()},
              {"owner", "acme"},
              {"name", "analytics"}}},
            {"connection",
             {{"url",
               m_pg->urlWithoutPassword().section(QLatin1Char('/'), 0, -2).toStdString()
                   + "/jaffle_shop"}}},
            {"dbt_cloud",
             {{"access_url", m_cloud->accessUrl().toStdString()},
              {"account_id", 1},
              {"artifacts_job_id", 10},
              {"pr_job_id", 20}}},
            {"artifacts", nullptr},
            {"primary_key_tag", "primary-key"},
            {"ci",
             {{"enabled", true}, {"fail_on_primary_key_issues", true}, {"fail_on_errors", true}}}};
        if (change)
            change(j);
        const QString path = m_dir.filePath(QStringLiteral("jaffle.json"));
        test::writeJsonFile(path, j);
        return path;
    }

    // A pull request on the fake GitHub with the PR job's run of its head on the fake dbt Cloud
    // (job 20), changing `files`; `shape` sets the run's status or how long it keeps running.
    qint64 addPullRequestRun(int number, const QString &headSha, const QString &branch,
                             const QStringList &files, const QString &title = {},
                             const std::function<void(test::FakeDbtCloud::RunSpec &)> &shape = {})
    {
        test::FakeDbtCloud::RunSpec run;
        run.jobId = 20;
        run.gitSha = headSha;
        run.githubPullRequestId = number;
        if (shape)
            shape(run);
        const qint64 id = m_cloud->addRun(run);
        test::FakeCodeHost::Pull pull;
        pull.number = number;
        pull.title = title;
        pull.headSha = headSha;
        pull.headBranch = branch;
        for (const QString &file : files)
            pull.files.push_back({file, {}, QStringLiteral("modified")});
        m_github->addPull(pull);
        return id;
    }

    // `tidemark-cli ci --integration jaffle.json <arguments>` with the secrets in the environment
    // and a home of its own.
    void startCi(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TIDEMARK_DBT_CLOUD_TOKEN"),
                   QString::fromLatin1(m_cloud->token()));
        env.insert(QStringLiteral("TIDEMARK_GIT_TOKEN"), QString::fromLatin1(m_github->token()));
        env.insert(QStringLiteral("TIDEMARK_PASSWORD"), m_pg->password());
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TIDEMARK_CLI_PATH),
                      QStringList {QStringLiteral("ci"), QStringLiteral("--integration"),
                                   m_dir.filePath(QStringLiteral("jaffle.json"))}
                          + arguments);
    }

    Run ci(const QStringList &extra)
    {
        QProcess process;
        startCi(process,
                QStringList {QStringLiteral("--pr"), QStringLiteral("2"), QStringLiteral("--poll"),
                             QStringLiteral("1")}
                    + extra);
        if (!process.waitForFinished(180000))
            qFatal("tidemark-cli ci did not finish");
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_pg = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_pg, qPrintable(error));
        QVERIFY2(m_pg->createDatabase(QStringLiteral("jaffle_shop"), &error), qPrintable(error));
        QStringList setup {
            QStringLiteral("CREATE SCHEMA raw"),
            QStringLiteral("CREATE TABLE raw.customers (id text, first_name text, last_name text)"),
            QStringLiteral(
                "CREATE TABLE raw.orders (id text, user_id text, order_date text, status text)"),
            QStringLiteral("CREATE TABLE raw.payments (id text, order_id text, payment_method "
                           "text, amount text)")};
        setup << seedInserts(QStringLiteral("raw_customers.csv"), QStringLiteral("customers"))
              << seedInserts(QStringLiteral("raw_orders.csv"), QStringLiteral("orders"))
              << seedInserts(QStringLiteral("raw_payments.csv"), QStringLiteral("payments"))
              << QStringLiteral(
                     "ALTER TABLE raw.orders ALTER COLUMN user_id TYPE int USING user_id::int")
              << QStringLiteral("ALTER TABLE raw.customers ALTER COLUMN id TYPE int USING id::int")
              << QStringLiteral("ALTER TABLE raw.orders ALTER COLUMN id TYPE int USING id::int")
              << QStringLiteral(
                     "ALTER TABLE raw.payments ALTER COLUMN order_id TYPE int USING order_id::int")
              << QStringLiteral("ALTER TABLE raw.payments ALTER COLUMN amount TYPE numeric USING "
                                "amount::numeric");
        setup << buildModels(QStringLiteral("prod"), false)
              << buildModels(QString::fromLatin1(kPrSchema), true);
        QVERIFY2(m_pg->exec(setup, &error, QStringLiteral("jaffle_shop")), qPrintable(error));

        // The known answer, by a plain query: customers whose lifetime value the PR changes.
        QVERIFY(m_pg->open(QStringLiteral("answer"), &error, QStringLiteral("jaffle_shop")));
        {
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("answer")));
            QVERIFY(q.exec(
                QStringLiteral(
                    "SELECT COUNT(*) FROM prod.customers a JOIN %1.customers b USING (customer_id) "
                    "WHERE a.customer_lifetime_value <> b.customer_lifetime_value")
                    .arg(QLatin1String(kPrSchema))));
            QVERIFY(q.next());
            m_expectedUpdated = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("answer"));
        QVERIFY(m_expectedUpdated > 0);

        // dbt Cloud: production's run (job 10) and the PR job's run (job 20) for PR #2 at the head,
        // still running for two looks. The PR manifest is Recce's PR built into the PR schema.
        m_cloud = std::make_unique<test::FakeDbtCloud>();
        m_cloud->addJob({10, QStringLiteral("Production build"), QStringLiteral("scheduled")});
        m_cloud->addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), true});
        test::FakeDbtCloud::RunSpec prodRun;
        prodRun.jobId = 10;
        prodRun.gitSha = kBase;
        const qint64 prodId = m_cloud->addRun(prodRun);
        QVERIFY(m_cloud->setArtifactFile(
            prodId, QStringLiteral("manifest.json"),
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json"))));
        nlohmann::json prManifest = test::readJsonFile(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        for (auto &[uid, node] : prManifest["nodes"].items()) {
            (void)uid;
            if (node.value("schema", "") == "dev")
                node["schema"] = kPrSchema;
        }
        m_github = std::make_unique<test::FakeGitHub>();
        const qint64 prId = addPullRequestRun(
            2, kHead, QStringLiteral("feature/clv"),
            {QStringLiteral("models/customers.sql"), QStringLiteral("models/schema.yml")},
            QStringLiteral("Customers: leave returned orders out of lifetime value"),
            [](test::FakeDbtCloud::RunSpec &run) { run.runningPolls = 2; });
        m_cloud->setArtifact(prId, QStringLiteral("manifest.json"),
                             QByteArray::fromStdString(prManifest.dump()));
    }

    void postsTheCommentAndTheStatus()
    {
        writeIntegration();
        const Run run = ci({QStringLiteral("--post")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        QVERIFY(j["gates"]["passed"] == true);
        QVERIFY(j["check"]["state"] == "success");
        QVERIFY(j["changes"]["modified"][0]["unique_id"] == "model.jaffle_shop.customers");
        std::map<std::string, nlohmann::json> byModel;
        for (const auto &d : j["diffs"])
            byModel[d["unique_id"]] = d;
        const auto &customers = byModel.at("model.jaffle_shop.customers");
        QVERIFY(customers["state"] == "diffed");
        QCOMPARE(customers["diff"]["rows"]["updated"].get<qint64>(), m_expectedUpdated);
        QCOMPARE(customers["diff"]["rows"]["exclusive_a"].get<qint64>(), 0);
        QVERIFY(byModel.at("model.jaffle_shop.customer_segments")["diff"]["rows"]["updated"] == 0);
        QVERIFY(byModel.at("model.jaffle_shop.int_customer_orders")["state"] == "skipped");

        const auto comments = m_github->comments(2);
        QCOMPARE(comments.size(), size_t(1));
        QVERIFY(comments.front().body.contains(
            QLatin1String("<!-- tidemark:pull-request-summary -->")));
        QVERIFY(comments.front().body.contains(
            QStringLiteral("| `customers` | customer_id | 100 | 100 | 0 | 0 | %1 |")
                .arg(m_expectedUpdated)));
        const auto statuses = m_github->statuses(kHead);
        QVERIFY(!statuses.empty());
        QCOMPARE(statuses.back().state, QStringLiteral("success"));
        QCOMPARE(statuses.back().context, QStringLiteral("tidemark"));
        // The run waited for dbt Cloud's PR run to finish.
        QVERIFY(m_cloud->requests(QStringLiteral("/runs/")).size() >= 3);
        // No secret in anything printed.
        for (const QByteArray &secret :
             {m_cloud->token(), m_github->token(), m_pg->password().toUtf8()}) {
            QVERIFY(!run.out.contains(secret));
            QVERIFY(!run.err.contains(secret));
        }
    }

    void secondRunUpdatesTheSameComment()
    {
        writeIntegration();
        // A duplicated key in the PR's customers: the check fails on primary key issues.
        QString error;
        QVERIFY2(
            m_pg->exec(
                {QStringLiteral(
                     "INSERT INTO %1.customers SELECT * FROM %1.customers WHERE customer_id = 7")
                     .arg(QLatin1String(kPrSchema))},
                &error, QStringLiteral("jaffle_shop")),
            qPrintable(error));
        const Run run = ci({QStringLiteral("--post")});
        QCOMPARE(run.exitCode, 1);
        const auto comments = m_github->comments(2);
        QCOMPARE(comments.size(), size_t(1));
        QVERIFY(comments.front().body.contains(QLatin1String("duplicate keys A 0, B 1")));
        QCOMPARE(m_github->statuses(kHead).back().state, QStringLiteral("failure"));

        // --format markdown prints exactly what --post posts.
        const Run markdown = ci({QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(markdown.exitCode, 1);
        QCOMPARE(QString::fromUtf8(markdown.out).trimmed(),
                 m_github->comments(2).front().body.trimmed());
        QVERIFY2(
            m_pg->exec(
                {QStringLiteral("DELETE FROM %1.customers WHERE customer_id = 7")
                     .arg(QLatin1String(kPrSchema)),
                 QStringLiteral(
                     "INSERT INTO %1.customers SELECT * FROM prod.customers WHERE customer_id = 7")
                     .arg(QLatin1String(kPrSchema))},
                &error, QStringLiteral("jaffle_shop")),
            qPrintable(error));
    }

    void gates_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("passes");
        QTest::newRow("CI switched off") << "enabled"
                                         << "false" << false;
        QTest::newRow("label missing") << "pr_label"
                                       << "\"datafold\"" << false;
        QTest::newRow("other base branch") << "base_branch"
                                           << "\"release\"" << false;
        QTest::newRow("matching base branch") << "base_branch"
                                              << "\"main\"" << true;
        QTest::newRow("every file ignored") << "files_to_ignore"
                                            << "[\"models/**\"]" << false;
        QTest::newRow("one file not ignored")
            << "files_to_ignore"
            << "[\"models/**\", \"!models/customers.sql\"]" << true;
        QTest::newRow("threshold") << "diff_threshold"
                                   << "1" << true;
    }

    void gates()
    {
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(bool, passes);
        writeIntegration([&](nlohmann::json &j) {
            j["ci"][setting.toStdString()] = nlohmann::json::parse(value.toStdString());
        });
        const Run run = ci({});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const nlohmann::json j = nlohmann::json::parse(run.out.begin(), run.out.end());
        QCOMPARE(j["gates"]["passed"].get<bool>(), passes);
        if (!passes) {
            QVERIFY(j["diffs"].empty());
            QVERIFY(j["check"]["state"] == "skipped");
            if (setting != QLatin1String("base_branch")
                && setting != QLatin1String("files_to_ignore")) {
                // A run started by hand ignores the switch and the label.
                const Run manual = ci({QStringLiteral("--rerun")});
                const nlohmann::json m
                    = nlohmann::json::parse(manual.out.begin(), manual.out.end());
                QVERIFY(m["gates"]["passed"] == true);
            }
        } else if (setting == QLatin1String("diff_threshold")) {
            // Three models to diff, above a threshold of one: they wait for a person.
            QVERIFY(j["check"]["state"] == "pending");
            for (const auto &d : j["diffs"])
                QVERIFY(d["state"] == "waiting" || d["state"] == "skipped");
        } else {
            QVERIFY(j["check"]["state"] == "success");
        }
    }

    void rerunOneModelAndTrigger()
    {
        writeIntegration([](nlohmann::json &j) { j["ci"]["pr_label"] = "datafold"; });
        const Run one = ci({QStringLiteral("--rerun"), QStringLiteral("--model"),
                            QStringLiteral("customer_segments")});
        QVERIFY2(one.exitCode == 0, one.err.constData());
        const nlohmann::json j = nlohmann::json::parse(one.out.begin(), one.out.end());
        QCOMPARE(j["diffs"].size(), size_t(1));
        QVERIFY(j["diffs"][0]["unique_id"] == "model.jaffle_shop.customer_segments");
        QVERIFY(j["diffs"][0]["state"] == "diffed");

        // Trigger the dbt Cloud PR job again for this pull request.
        const Run triggered = ci({QStringLiteral("--trigger")});
        QVERIFY2(triggered.exitCode == 0, triggered.err.constData());
        const auto bodies = m_cloud->triggerBodies();
        QCOMPARE(bodies.size(), size_t(1));
        QCOMPARE(bodies.front().value(QStringLiteral("git_sha")).toString(), kHead);
        QCOMPARE(bodies.front().value(QStringLiteral("github_pull_request_id")).toInteger(), 2);
        QCOMPARE(bodies.front().value(QStringLiteral("schema_override")).toString(),
                 QString::fromLatin1(kPrSchema));
        QVERIFY(!bodies.front().value(QStringLiteral("cause")).toString().isEmpty());
        const nlohmann::json t = nlohmann::json::parse(triggered.out.begin(), triggered.out.end());
        QVERIFY(t["run_id"].get<qint64>() > 0);
    }

    // Ctrl-C while the CLI waits for the PR job's run (15 s between looks): it stops within a
    // second, says so, and exits with 2.
    void interruptWhileWaiting()
    {
        writeIntegration();
        addPullRequestRun(4, QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                          QStringLiteral("slow"), {QStringLiteral("models/customers.sql")}, {},
                          [](test::FakeDbtCloud::RunSpec &run) { run.runningPolls = 1000; });
        m_cloud->clearRequests();

        QProcess process;
        startCi(process,
                {QStringLiteral("--pr"), QStringLiteral("4"), QStringLiteral("--poll"),
                 QStringLiteral("15")});
        QVERIFY(process.waitForStarted());
        // The first look for the run happens right away (it is running); the next would come 15 s
        // later.
        QTRY_VERIFY_WITH_TIMEOUT(!m_cloud->requests(QStringLiteral("/runs/")).empty(), 30000);
        QTest::qWait(500);
        QVERIFY(process.state() == QProcess::Running);
        QElapsedTimer sinceInterrupt;
        sinceInterrupt.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY2(process.waitForFinished(10000), "tidemark-cli ci did not stop on Ctrl-C");
        const qint64 tookMs = sinceInterrupt.elapsed();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY2(tookMs < 1000,
                 qPrintable(QStringLiteral("stopped %1 ms after Ctrl-C").arg(tookMs)));
    }

    void failedPullRequestRun()
    {
        writeIntegration();
        const QString head = QStringLiteral("deadbeefdeadbeefdeadbeefdeadbeefdeadbeef");
        addPullRequestRun(3, head, QStringLiteral("broken"), {QStringLiteral("models/orders.sql")},
                          {}, [](test::FakeDbtCloud::RunSpec &run) { run.status = 20; });
        QProcess process;
        startCi(process, {QStringLiteral("--pr"), QStringLiteral("3"), QStringLiteral("--post")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("ended with Error"), err.constData());
        QCOMPARE(m_github->statuses(head).back().state, QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestCiEndToEnd)
#include "tst_ci_end_to_end.moc"
