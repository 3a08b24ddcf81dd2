// cloud::DbtCloudClient against the local fake dbt Cloud (tests/support/fake_dbt_cloud.h), whose
// answers are built from real dbt Cloud responses: access URL rules, auth header, accounts, jobs
// (CI told apart), runs with filters and pagination, one run, artifacts, trigger and cancel,
// finding a PR's run, timestamps, null fields, 64-bit ids, and every error mapping (never showing
// the token).

#include "cloud/dbt_cloud_client.h"
#include "support/fake_dbt_cloud.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace tidemark;
using cloud::RunStatus;
using test::FakeDbtCloud;

namespace {

// A fake dbt Cloud with a client pointed at it; retries are recorded, not slept.
struct Env
{
    explicit Env(const QByteArray &clientToken = QByteArray(),
                 cloud::DbtCloudClient::Options options = {})
        : http(net::RetryPolicy {3, 100, 30000})
    {
        http.setSleepHook([this](int ms) { waits.push_back(ms); });
        client = std::make_unique<cloud::DbtCloudClient>(
            http, fake.accessUrl(),
            QString::fromLatin1(clientToken.isEmpty() ? fake.token() : clientToken), options);
    }

    FakeDbtCloud fake;
    net::QtHttpClient http;
    std::vector<int> waits;
    std::unique_ptr<cloud::DbtCloudClient> client;
};

QJsonObject fixtureData(const QString &relative)
{
    QFile file(test::fixturesDir() + QStringLiteral("/dbt-cloud-api/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data")).toObject();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QString sha(char c)
{
    return QString(40, QLatin1Char(c));
}

// One client call, as the error tests run them; its message or "" on success.
using Call = std::function<QString(cloud::DbtCloud &)>;

template<typename T> QString messageOf(const Expected<T> &result)
{
    return result ? QString() : result.errorMessage();
}

Call callFor(const QString &name)
{
    if (name == QLatin1String("accounts"))
        return [](cloud::DbtCloud &c) { return messageOf(c.accounts()); };
    if (name == QLatin1String("jobs"))
        return [](cloud::DbtCloud &c) { return messageOf(c.jobs(1)); };
    if (name == QLatin1String("runs"))
        return [](cloud::DbtCloud &c) {
            cloud::RunQuery q;
            q.jobDefinitionId = 20;
            return messageOf(c.runs(1, q));
        };
    if (name == QLatin1String("run"))
        return [](cloud::DbtCloud &c) { return messageOf(c.run(1, 1000)); };
    if (name == QLatin1String("artifact"))
        return [](cloud::DbtCloud &c) {
            return messageOf(c.artifact(1, 1000, QStringLiteral("manifest.json")));
        };
    if (name == QLatin1String("trigger"))
        return [](cloud::DbtCloud &c) {
            cloud::TriggerRequest t;
            t.cause = QStringLiteral("test");
            return messageOf(c.triggerRun(1, 20, t));
        };
    return [](cloud::DbtCloud &c) { return messageOf(c.cancelRun(1, 1000)); };
}

// The path fragment each call's request has.
QString pathFor(const QString &name)
{
    if (name == QLatin1String("accounts"))
        return QStringLiteral("/api/v2/accounts/");
    if (name == QLatin1String("jobs"))
        return QStringLiteral("/jobs/");
    if (name == QLatin1String("runs"))
        return QStringLiteral("/runs/");
    if (name == QLatin1String("run"))
        return QStringLiteral("/runs/1000/");
    if (name == QLatin1String("artifact"))
        return QStringLiteral("/artifacts/manifest.json");
    if (name == QLatin1String("trigger"))
        return QStringLiteral("/jobs/20/run/");
    return QStringLiteral("/cancel/");
}

void addStandardState(FakeDbtCloud &fake)
{
    fake.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), false, true});
    fake.addRun({.id = 1000, .jobId = 20, .runningPolls = 5});
    fake.setArtifact(1000, QStringLiteral("manifest.json"),
                     QByteArrayLiteral("{\"metadata\": {}}"));
}

} // namespace

class TestDbtCloudClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- access URL and token
    // --------------------------------------------------------------------

    void accessUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("multi-tenant US") << "https://cloud.getdbt.com"
                                         << "https://cloud.getdbt.com"
                                         << "";
        QTest::newRow("trailing slash") << "https://cloud.getdbt.com/"
                                        << "https://cloud.getdbt.com"
                                        << "";
        QTest::newRow("several slashes") << "https://emea.dbt.com//"
                                         << "https://emea.dbt.com"
                                         << "";
        QTest::newRow("cell") << "https://ab123.us1.dbt.com"
                              << "https://ab123.us1.dbt.com"
                              << "";
        QTest::newRow("upper-case host") << "https://AB123.EU1.dbt.com"
                                         << "https://ab123.eu1.dbt.com"
                                         << "";
        QTest::newRow("spaces around") << "  https://au.dbt.com  "
                                       << "https://au.dbt.com"
                                       << "";
        QTest::newRow("no scheme") << "cloud.getdbt.com"
                                   << "https://cloud.getdbt.com"
                                   << "";
        QTest::newRow("port") << "https://dbt.internal.example:8443"
                              << "https://dbt.internal.example:8443"
                              << "";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080"
                                       << "";
        QTest::newRow("http localhost") << "http://localhost:9000/"
                                        << "http://localhost:9000"
                                        << "";
        QTest::newRow("http IPv6 loopback") << "http://[::1]:9000"
                                            << "http://[::1]:9000"
                                            << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "no dbt Cloud access URL is set";
        QTest::newRow("blank") << "   "
                               << ""
                               << "no dbt Cloud access URL is set";
        QTest::newRow("http elsewhere") << "http://cloud.getdbt.com"
                                        << ""
                                        << "must use https://";
        QTest::newRow("http private address") << "http://10.0.0.5:8080"
                                              << ""
                                              << "must use https://";
        QTest::newRow("api path") << "https://cloud.getdbt.com/api/v2/"
                                  << ""
                                  << "without a path";
        QTest::newRow("web page") << "https://cloud.getdbt.com/#/accounts/1/"
                                  << ""
                                  << "without a path";
        QTest::newRow("query") << "https://cloud.getdbt.com/?x=1"
                               << ""
                               << "without a path";
        QTest::newRow("user info") << "https://me:secret@cloud.getdbt.com"
                                   << ""
                                   << "without a path, query or user name";
        QTest::newRow("ftp") << "ftp://cloud.getdbt.com"
                             << ""
                             << "must start with https://";
        QTest::newRow("no host") << "https://"
                                 << ""
                                 << "is not a valid URL";
        QTest::newRow("spaces inside") << "https://cloud getdbt.com"
                                       << ""
                                       << "is not a valid URL";
    }

    void accessUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QFETCH(QString, messagePart);
        const Expected<QUrl> url = cloud::DbtCloudClient::normalizeAccessUrl(input);
        if (normalized.isEmpty()) {
            QVERIFY(!url);
            QVERIFY2(url.errorMessage().contains(messagePart), qPrintable(url.errorMessage()));
            QVERIFY(!url.errorMessage().contains(QLatin1String("secret")));
        } else {
            QVERIFY2(url, qPrintable(url ? QString() : url.errorMessage()));
            QCOMPARE(url->toString(), normalized);
        }
    }

    void badSettingsSendNothing_data()
    {
        QTest::addColumn<QString>("accessUrl"); // "FAKE": the fake's
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no token") << "FAKE"
                                  << ""
                                  << "no dbt Cloud token is set";
        QTest::newRow("blank token") << "FAKE"
                                     << "  \n"
                                     << "no dbt Cloud token is set";
        QTest::newRow("token with a space") << "FAKE"
                                            << "dbtc_abc def"
                                            << "characters a token cannot have";
        QTest::newRow("no access URL") << ""
                                       << "dbtc_abc"
                                       << "no dbt Cloud access URL is set";
        QTest::newRow("plain http") << "http://cloud.getdbt.com"
                                    << "dbtc_abc"
                                    << "must use https://";
    }

    void badSettingsSendNothing()
    {
        QFETCH(QString, accessUrl);
        QFETCH(QString, token);
        QFETCH(QString, messagePart);
        FakeDbtCloud fake;
        net::QtHttpClient http;
        cloud::DbtCloudClient client(
            http, accessUrl == QLatin1String("FAKE") ? fake.accessUrl() : accessUrl, token);
        QVERIFY(!client.isConfigured());
        QVERIFY2(client.configurationError().contains(messagePart),
                 qPrintable(client.configurationError()));
        for (const char *call :
             {"accounts", "jobs", "runs", "run", "artifact", "trigger", "cancel"}) {
            const QString message = callFor(QLatin1String(call))(client);
            QCOMPARE(message, client.configurationError());
        }
        QVERIFY(fake.requests().empty());
    }

    void tokenWhitespaceAndSchemeAreTolerated_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("trailing newline") << "%1\n";
        QTest::newRow("spaces") << "  %1  ";
        QTest::newRow("pasted with Token") << "Token %1";
        QTest::newRow("pasted with Bearer") << "bearer %1";
    }

    void tokenWhitespaceAndSchemeAreTolerated()
    {
        QFETCH(QString, typed);
        FakeDbtCloud fake;
        net::QtHttpClient http;
        cloud::DbtCloudClient client(http, fake.accessUrl() + QLatin1Char('/'),
                                     typed.arg(QString::fromLatin1(fake.token())));
        QVERIFY(client.isConfigured());
        const Expected<std::vector<cloud::Account>> accounts = client.accounts();
        QVERIFY2(accounts, qPrintable(messageOf(accounts)));
    }

    // ---- accounts and jobs
    // ---------------------------------------------------------------------------

    void accountsWithHeaders()
    {
        Env env;
        const Expected<std::vector<cloud::Account>> accounts = env.client->accounts();
        QVERIFY2(accounts, qPrintable(messageOf(accounts)));
        QCOMPARE(int(accounts->size()), 1);
        QCOMPARE(accounts->at(0).id, qint64(1)); // account_list_response.json
        QCOMPARE(accounts->at(0).name, QStringLiteral("Jaffle Shop"));

        const std::vector<FakeDbtCloud::Request> seen = env.fake.requests();
        QCOMPARE(int(seen.size()), 1);
        QCOMPARE(seen[0].method, QByteArray("GET"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/v2/accounts/"));
        QCOMPARE(seen[0].header("Authorization"), QByteArray("Token ") + env.fake.token());
        QCOMPARE(seen[0].header("Accept"), QByteArray("application/json"));
        QVERIFY(seen[0].query.isEmpty()); // the token is never in the URL
    }

    void accountsWith64BitIds()
    {
        Env env;
        env.fake.setAccounts(
            {{16182, QStringLiteral("Acme")}, {70437463747522, QStringLiteral("Newer account")}});
        const Expected<std::vector<cloud::Account>> accounts = env.client->accounts();
        QVERIFY(accounts);
        QCOMPARE(int(accounts->size()), 2);
        QCOMPARE(accounts->at(1).id, qint64(70437463747522));
        QCOMPARE(accounts->at(1).name, QStringLiteral("Newer account"));

        // Paths carry the id in full.
        env.fake.addJob(
            {70437463747001, QStringLiteral("Big"), QStringLiteral("ci"), false, std::nullopt});
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(70437463747522);
        QVERIFY2(jobs, qPrintable(messageOf(jobs)));
        QCOMPARE(jobs->at(0).id, qint64(70437463747001));
        QCOMPARE(jobs->at(0).accountId, qint64(70437463747522));
        QCOMPARE(env.fake.requests(QStringLiteral("/jobs/")).at(0).path,
                 QStringLiteral("/api/v2/accounts/70437463747522/jobs/"));
    }

    void jobsTellCiJobsApart_data()
    {
        QTest::addColumn<QString>("jobType");
        QTest::addColumn<bool>("githubWebhook");
        QTest::addColumn<int>("gitProviderWebhook"); // -1 null, 0 false, 1 true
        QTest::addColumn<bool>("isCi");
        QTest::newRow("job_type ci") << "ci" << false << 0 << true;
        QTest::newRow("job_type scheduled") << "scheduled" << false << -1 << false;
        QTest::newRow("job_type other") << "other" << false << 0 << false;
        QTest::newRow("job_type merge, git webhook") << "merge" << false << 1 << false;
        QTest::newRow("older CI: github_webhook") << "" << true << -1 << true;
        QTest::newRow("older CI: git_provider_webhook") << "" << false << 1 << true;
        QTest::newRow("older deploy: webhooks null/false") << "" << false << -1 << false;
    }

    void jobsTellCiJobsApart()
    {
        QFETCH(QString, jobType);
        QFETCH(bool, githubWebhook);
        QFETCH(int, gitProviderWebhook);
        QFETCH(bool, isCi);
        Env env;
        env.fake.addJob(
            {43167, QStringLiteral("A job"), jobType, githubWebhook,
             gitProviderWebhook < 0 ? std::nullopt : std::optional<bool>(gitProviderWebhook == 1)});
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(1);
        QVERIFY2(jobs, qPrintable(messageOf(jobs)));
        QCOMPARE(int(jobs->size()), 1);
        QCOMPARE(jobs->at(0).isCi, isCi);
        QCOMPARE(jobs->at(0).jobType, jobType);
    }

    void jobFields()
    {
        Env env;
        env.fake.addJob({10, QStringLiteral("Deploy"), QStringLiteral("scheduled"), false,
                         std::nullopt, 555, 777});
        env.fake.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), false, true, 555, 778});
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(1);
        QVERIFY(jobs);
        QCOMPARE(int(jobs->size()), 2);
        const cloud::Job &deploy = jobs->at(0);
        QCOMPARE(deploy.id, qint64(10));
        QCOMPARE(deploy.name, QStringLiteral("Deploy"));
        QCOMPARE(deploy.projectId, qint64(555));
        QCOMPARE(deploy.environmentId, qint64(777));
        QVERIFY(!deploy.isCi);
        QCOMPARE(deploy.executeSteps,
                 QStringList {QStringLiteral("dbt run -s not_a_model")}); // job_list_response.json
        QVERIFY(deploy.dbtVersion.isEmpty()); // null there
        QVERIFY(!deploy.deferringJobDefinitionId); // null there
        QCOMPARE(deploy.state, 1);
        QCOMPARE(deploy.createdAt,
                 utc(2021, 11, 18, 15, 19, 3, 185)); // "2021-11-18T15:19:03.185668+00:00"
        QVERIFY(jobs->at(1).isCi);
        QCOMPARE(jobs->at(1).executeSteps,
                 QStringList {QStringLiteral("dbt build --select state:modified+")});
    }

    void jobsOfOneProject()
    {
        Env env;
        env.fake.addJob(
            {10, QStringLiteral("A"), QStringLiteral("scheduled"), false, std::nullopt, 1});
        env.fake.addJob({11, QStringLiteral("B"), QStringLiteral("ci"), false, std::nullopt, 2});
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(1, 2);
        QVERIFY(jobs);
        QCOMPARE(int(jobs->size()), 1);
        QCOMPARE(jobs->at(0).id, qint64(11));
        QCOMPARE(env.fake.requests().at(0).queryValue(QStringLiteral("project_id")),
                 QStringLiteral("2"));
    }

    void jobsArePaged()
    {
        Env env;
        for (int i = 1; i <= 250; ++i)
            env.fake.addJob({i, QStringLiteral("job %1").arg(i), QStringLiteral("scheduled"), false,
                             std::nullopt});
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(1);
        QVERIFY(jobs);
        QCOMPARE(int(jobs->size()), 250);
        const std::vector<FakeDbtCloud::Request> seen = env.fake.requests();
        QCOMPARE(int(seen.size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(seen[size_t(i)].queryValue(QStringLiteral("limit")), QStringLiteral("100"));
            QCOMPARE(seen[size_t(i)].queryValue(QStringLiteral("offset")),
                     QString::number(i * 100));
        }
    }

    // ---- runs
    // ----------------------------------------------------------------------------------------

    void runsArePaged_data()
    {
        QTest::addColumn<int>("runCount");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("pagination"); // FakeDbtCloud::Pagination
        QTest::addColumn<int>("expectedRuns");
        QTest::addColumn<QList<int>>("pageLimits"); // the limit= of each request
        const int normal = int(FakeDbtCloud::Pagination::Normal);
        const int noExtra = int(FakeDbtCloud::Pagination::NoExtra);
        const int inflated = int(FakeDbtCloud::Pagination::InflatedTotal);
        QTest::newRow("250 runs, all")
            << 250 << 1000 << normal << 250 << QList<int> {100, 100, 100};
        QTest::newRow("250 runs, first 150") << 250 << 150 << normal << 150 << QList<int> {100, 50};
        QTest::newRow("250 runs, first 100") << 250 << 100 << normal << 100 << QList<int> {100};
        QTest::newRow("250 runs, first 7") << 250 << 7 << normal << 7 << QList<int> {7};
        QTest::newRow("200 runs, total_count ends it")
            << 200 << 1000 << normal << 200 << QList<int> {100, 100};
        QTest::newRow("200 runs, no extra: empty page ends it")
            << 200 << 1000 << noExtra << 200 << QList<int> {100, 100, 100};
        QTest::newRow("200 runs, total_count lies: empty page ends it")
            << 200 << 1000 << inflated << 200 << QList<int> {100, 100, 100};
        QTest::newRow("no runs") << 0 << 1000 << normal << 0 << QList<int> {100};
        QTest::newRow("limit above the page size")
            << 30 << 5000 << normal << 30 << QList<int> {100};
    }

    void runsArePaged()
    {
        QFETCH(int, runCount);
        QFETCH(int, limit);
        QFETCH(int, pagination);
        QFETCH(int, expectedRuns);
        QFETCH(QList<int>, pageLimits);
        Env env;
        env.fake.setPagination(FakeDbtCloud::Pagination(pagination));
        env.fake.addRuns(runCount, 20, 5000);
        env.fake.addRuns(15, 21, 9000); // another job's runs are not wanted
        cloud::RunQuery query;
        query.jobDefinitionId = 20;
        query.limit = limit;
        const Expected<std::vector<cloud::Run>> runs = env.client->runs(1, query);
        QVERIFY2(runs, qPrintable(messageOf(runs)));
        QCOMPARE(int(runs->size()), expectedRuns);
        // Newest first, no repeats, all of job 20.
        QSet<qint64> ids;
        for (size_t i = 0; i < runs->size(); ++i) {
            QCOMPARE(runs->at(i).jobDefinitionId, qint64(20));
            QCOMPARE(runs->at(i).id, qint64(5000 + runCount - 1 - qint64(i)));
            ids.insert(runs->at(i).id);
        }
        QCOMPARE(int(ids.size()), expectedRuns);

        const std::vector<FakeDbtCloud::Request> seen = env.fake.requests();
        QCOMPARE(int(seen.size()), int(pageLimits.size()));
        int offset = 0;
        for (size_t i = 0; i < seen.size(); ++i) {
            const FakeDbtCloud::Request &r = seen[i];
            QCOMPARE(r.path, QStringLiteral("/api/v2/accounts/1/runs/"));
            QCOMPARE(r.queryValue(QStringLiteral("limit")).toInt(), pageLimits.at(qsizetype(i)));
            QVERIFY(r.queryValue(QStringLiteral("limit")).toInt() <= 100);
            QCOMPARE(r.queryValue(QStringLiteral("offset")).toInt(), offset);
            QCOMPARE(r.queryValue(QStringLiteral("order_by")), QStringLiteral("-id"));
            QCOMPARE(r.queryValue(QStringLiteral("include_related")), QStringLiteral("trigger"));
            QCOMPARE(r.queryValue(QStringLiteral("job_definition_id")), QStringLiteral("20"));
            offset += pageLimits.at(qsizetype(i));
        }
    }

    void runsFilteredByStatus_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QList<qint64>>("expectedIds");
        QTest::newRow("success") << QList<int> {10} << "status"
                                 << "10" << QList<qint64> {104, 101};
        QTest::newRow("error") << QList<int> {20} << "status"
                               << "20" << QList<qint64> {102};
        QTest::newRow("success or error") << QList<int> {10, 20} << "status__in"
                                          << "[10, 20]" << QList<qint64> {104, 102, 101};
        QTest::newRow("any") << QList<int> {} << ""
                             << "" << QList<qint64> {104, 103, 102, 101};
    }

    void runsFilteredByStatus()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QList<qint64>, expectedIds);
        Env env;
        env.fake.addRun({.id = 101, .jobId = 20, .status = 10});
        env.fake.addRun({.id = 102, .jobId = 20, .status = 20});
        env.fake.addRun({.id = 103, .jobId = 20, .status = 30});
        env.fake.addRun({.id = 104, .jobId = 20, .status = 10});
        cloud::RunQuery query;
        for (int s : statuses)
            query.statuses.push_back(cloud::RunStatus(s));
        const Expected<std::vector<cloud::Run>> runs = env.client->runs(1, query);
        QVERIFY(runs);
        QList<qint64> ids;
        for (const cloud::Run &r : *runs)
            ids.append(r.id);
        QCOMPARE(ids, expectedIds);
        const FakeDbtCloud::Request request = env.fake.requests().at(0);
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("job_definition_id")));
        if (!parameter.isEmpty())
            QCOMPARE(request.queryValue(parameter), value);
        else
            QVERIFY(!request.query.hasQueryItem(QStringLiteral("status"))
                    && !request.query.hasQueryItem(QStringLiteral("status__in")));
    }

    void runsOldestFirstAndWithoutTrigger()
    {
        Env env;
        env.fake.addRuns(3, 20, 1);
        cloud::RunQuery query;
        query.orderBy = QStringLiteral("id");
        query.includeTrigger = false;
        query.offset = 1;
        const Expected<std::vector<cloud::Run>> runs = env.client->runs(1, query);
        QVERIFY(runs);
        QCOMPARE(int(runs->size()), 2);
        QCOMPARE(runs->at(0).id, qint64(2));
        QCOMPARE(runs->at(1).id, qint64(3));
        QVERIFY(!runs->at(0).trigger);
        const FakeDbtCloud::Request request = env.fake.requests().at(0);
        QCOMPARE(request.queryValue(QStringLiteral("order_by")), QStringLiteral("id"));
        QCOMPARE(request.queryValue(QStringLiteral("offset")), QStringLiteral("1"));
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("include_related")));
    }

    void runFields()
    {
        Env env;
        env.fake.addRun({.id = 70437463747600,
                         .jobId = 70437463747522,
                         .status = 10,
                         .gitSha = sha('a'),
                         .gitBranch = QStringLiteral("feature/x"),
                         .githubPullRequestId = 961,
                         .schemaOverride = QStringLiteral("dbt_cloud_pr_70437463747522_961"),
                         .cause = QStringLiteral("Triggered by Tidemark")});
        const Expected<cloud::Run> run = env.client->run(1, 70437463747600);
        QVERIFY2(run, qPrintable(messageOf(run)));
        QCOMPARE(run->id, qint64(70437463747600));
        QCOMPARE(run->jobDefinitionId, qint64(70437463747522));
        QCOMPARE(run->accountId, qint64(1));
        QCOMPARE(run->status, RunStatus::Success);
        QCOMPARE(run->statusCode, 10);
        QCOMPARE(run->statusHumanized, QStringLiteral("Success"));
        QVERIFY(run->isTerminal());
        QVERIFY(run->isSuccess());
        QVERIFY(run->statusMessage.isEmpty());
        QCOMPARE(run->gitSha, sha('a'));
        QCOMPARE(run->gitBranch, QStringLiteral("feature/x"));
        QCOMPARE(run->dbtVersion, QStringLiteral("0.21.0")); // from the dagster fixture
        QVERIFY(run->artifactsSaved);
        QVERIFY(run->createdAt.isValid());
        QCOMPARE(run->createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(run->createdAt.time().msec(), 123);
        QCOMPARE(run->finishedAt, run->createdAt.addSecs(60));
        QVERIFY(run->href.endsWith(QLatin1String("/runs/70437463747600/")));
        QVERIFY(run->trigger);
        QCOMPARE(run->trigger->cause, QStringLiteral("Triggered by Tidemark"));
        QCOMPARE(run->trigger->githubPullRequestId, std::optional<qint64>(961));
        QVERIFY(!run->trigger->gitlabMergeRequestId);
        QCOMPARE(run->trigger->gitSha, sha('a'));
        QCOMPARE(run->trigger->schemaOverride, QStringLiteral("dbt_cloud_pr_70437463747522_961"));
        QCOMPARE(run->trigger->id, qint64(33149624));
        const FakeDbtCloud::Request request = env.fake.requests().at(0);
        QCOMPARE(request.path, QStringLiteral("/api/v2/accounts/1/runs/70437463747600/"));
        QCOMPARE(request.queryValue(QStringLiteral("include_related")), QStringLiteral("trigger"));
    }

    void runTimestampsWithATToo()
    {
        Env env;
        env.fake.addRun({.id = 5, .jobId = 20, .isoTimestamps = true});
        env.fake.addRun({.id = 6, .jobId = 20, .isoTimestamps = false});
        const Expected<cloud::Run> iso = env.client->run(1, 5);
        const Expected<cloud::Run> spaced = env.client->run(1, 6);
        QVERIFY(iso && spaced);
        QCOMPARE(iso->createdAt, utc(2024, 5, 1, 10, 0, 5, 123));
        QCOMPARE(spaced->createdAt, utc(2024, 5, 1, 10, 0, 6, 123));
    }

    void realRunResponses_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("gitSha");
        QTest::addColumn<QDateTime>("createdAt");
        QTest::addColumn<QDateTime>("finishedAt");
        QTest::addColumn<QString>("statusMessage");
        QTest::newRow("run_get_response")
            << "data-mie-dbt-cloud-cli/run_get_response.json" << qint64(36053848) << 10
            << "981c5cf1ba299e942c6c277c38c8dec9b0738dd0" << utc(2021, 12, 7, 10, 32, 24, 326)
            << utc(2021, 12, 7, 10, 34, 14, 435) << "";
        QTest::newRow("run_cancel_response (nulls)")
            << "data-mie-dbt-cloud-cli/run_cancel_response.json" << qint64(36053848) << 30 << ""
            << utc(2022, 3, 14, 9, 58, 13, 138) << utc(2022, 3, 14, 9, 58, 22, 867)
            << "Cancelled by user.";
        QTest::newRow("dagster with trigger")
            << "dagster/run_get_include_related_trigger_job.json" << qint64(5000000) << 10
            << "a32e8239326887421f1314ee0890e5174c8f644a" << utc(2021, 11, 1, 22, 47, 48, 501)
            << utc(2021, 11, 1, 22, 48, 44, 684) << "";
    }

    void realRunResponses()
    {
        QFETCH(QString, fixture);
        QFETCH(qint64, id);
        QFETCH(int, status);
        QFETCH(QString, gitSha);
        QFETCH(QDateTime, createdAt);
        QFETCH(QDateTime, finishedAt);
        QFETCH(QString, statusMessage);
        Env env;
        env.fake.setRunData(id, fixtureData(fixture));
        const Expected<cloud::Run> run = env.client->run(1, id);
        QVERIFY2(run, qPrintable(messageOf(run)));
        QCOMPARE(run->id, id);
        QCOMPARE(run->statusCode, status);
        QCOMPARE(run->gitSha, gitSha);
        QCOMPARE(run->createdAt, createdAt);
        QCOMPARE(run->finishedAt, finishedAt);
        QCOMPARE(run->statusMessage, statusMessage);
        QVERIFY(run->isTerminal());
    }

    void nullFieldsAreEmpty()
    {
        Env env;
        QJsonObject data
            = fixtureData(QStringLiteral("dagster/run_get_include_related_trigger_job.json"));
        for (const char *key :
             {"git_sha", "git_branch", "finished_at", "started_at", "dbt_version", "status_message",
              "href", "status_humanized", "trigger_id", "environment_id"})
            data.insert(QLatin1String(key), QJsonValue::Null);
        data.insert(QStringLiteral("status"), 3);
        data.remove(QStringLiteral("created_at"));
        env.fake.setRunData(5000000, data);
        const Expected<cloud::Run> run = env.client->run(1, 5000000);
        QVERIFY2(run, qPrintable(messageOf(run)));
        QVERIFY(run->gitSha.isEmpty());
        QVERIFY(run->gitBranch.isEmpty());
        QVERIFY(!run->finishedAt.isValid());
        QVERIFY(!run->startedAt.isValid());
        QVERIFY(!run->createdAt.isValid());
        QVERIFY(run->dbtVersion.isEmpty());
        QVERIFY(run->href.isEmpty());
        QCOMPARE(run->environmentId, qint64(0));
        QCOMPARE(run->status, RunStatus::Running);
        QVERIFY(!run->isTerminal());
        // The fixture's trigger has null PR ids, SHA and schema.
        QVERIFY(run->trigger);
        QVERIFY(!run->trigger->githubPullRequestId);
        QVERIFY(run->trigger->gitSha.isEmpty());
        QVERIFY(run->trigger->schemaOverride.isEmpty());
    }

    void unknownStatusCodeIsKept()
    {
        Env env;
        QJsonObject data
            = fixtureData(QStringLiteral("data-mie-dbt-cloud-cli/run_get_response.json"));
        data.insert(QStringLiteral("status"), 40);
        env.fake.setRunData(36053848, data);
        const Expected<cloud::Run> run = env.client->run(1, 36053848);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Unknown);
        QCOMPARE(run->statusCode, 40);
        QVERIFY(!run->isTerminal());
    }

    void runningThenSucceeds()
    {
        Env env;
        env.fake.addRun({.id = 77, .jobId = 20, .status = 10, .runningPolls = 3});
        for (int poll = 0; poll < 3; ++poll) {
            const Expected<cloud::Run> run = env.client->run(1, 77);
            QVERIFY(run);
            QCOMPARE(run->status, RunStatus::Running);
            QVERIFY(!run->isTerminal());
            QVERIFY(!run->finishedAt.isValid());
        }
        const Expected<cloud::Run> done = env.client->run(1, 77);
        QVERIFY(done);
        QCOMPARE(done->status, RunStatus::Success);
        QVERIFY(done->finishedAt.isValid());
    }

    void failedAndCancelledRuns_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("humanized");
        QTest::newRow("error") << 20 << int(RunStatus::Error) << "Error";
        QTest::newRow("cancelled") << 30 << int(RunStatus::Cancelled) << "Cancelled";
        QTest::newRow("queued") << 1 << int(RunStatus::Queued) << "Queued";
        QTest::newRow("starting") << 2 << int(RunStatus::Starting) << "Starting";
    }

    void failedAndCancelledRuns()
    {
        QFETCH(int, status);
        QFETCH(int, expected);
        QFETCH(QString, humanized);
        Env env;
        env.fake.addRun({.id = 78, .jobId = 20, .status = status});
        const Expected<cloud::Run> run = env.client->run(1, 78);
        QVERIFY(run);
        QCOMPARE(int(run->status), expected);
        QCOMPARE(run->statusHumanized, humanized);
        QCOMPARE(run->isTerminal(), status >= 10);
        QVERIFY(!run->isSuccess());
        if (status == 30)
            QCOMPARE(run->statusMessage, QStringLiteral("Cancelled by user."));
    }

    // ---- timestamps
    // ----------------------------------------------------------------------------------

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: unreadable
        QTest::newRow("space, microseconds, offset")
            << "2021-12-07 10:32:24.326116+00:00" << utc(2021, 12, 7, 10, 32, 24, 326);
        QTest::newRow("T, microseconds, offset")
            << "2021-11-18T15:19:03.185668+00:00" << utc(2021, 11, 18, 15, 19, 3, 185);
        QTest::newRow("T, Z") << "2019-08-24T14:15:22Z" << utc(2019, 8, 24, 14, 15, 22, 0);
        QTest::newRow("T, microseconds, Z")
            << "2021-10-29T21:35:33.278228Z" << utc(2021, 10, 29, 21, 35, 33, 278);
        QTest::newRow("one fraction digit")
            << "2021-10-29 21:35:33.5+00:00" << utc(2021, 10, 29, 21, 35, 33, 500);
        QTest::newRow("no offset means UTC")
            << "2021-12-07 10:32:24.326116" << utc(2021, 12, 7, 10, 32, 24, 326);
        QTest::newRow("positive offset")
            << "2021-12-07T12:32:24+02:00" << utc(2021, 12, 7, 10, 32, 24, 0);
        QTest::newRow("negative offset")
            << "2021-12-07 05:32:24.000001-05:00" << utc(2021, 12, 7, 10, 32, 24, 0);
        QTest::newRow("offset without colon")
            << "2021-12-07T16:02:24+0530" << utc(2021, 12, 7, 10, 32, 24, 0);
        QTest::newRow("across midnight")
            << "2021-12-31T23:30:00-01:00" << utc(2022, 1, 1, 0, 30, 0, 0);
        QTest::newRow("no seconds") << "2021-12-07T10:32Z" << utc(2021, 12, 7, 10, 32, 0, 0);
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("humanized") << "2 weeks, 1 day ago" << QDateTime();
        QTest::newRow("date only") << "2021-12-07" << QDateTime();
        QTest::newRow("month 13") << "2021-13-07 10:32:24+00:00" << QDateTime();
        QTest::newRow("hour 25") << "2021-12-07 25:32:24+00:00" << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = cloud::parseTimestamp(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void pullRequestSchemaName()
    {
        QCOMPARE(cloud::pullRequestSchema(1862, 1704), QStringLiteral("dbt_cloud_pr_1862_1704"));
        QCOMPARE(cloud::pullRequestSchema(70437463747522, 961),
                 QStringLiteral("dbt_cloud_pr_70437463747522_961"));
    }

    // ---- artifacts
    // -----------------------------------------------------------------------------------

    void artifacts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("file");
        QTest::newRow("manifest.json (v12, real)")
            << "manifest.json"
            << test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json"));
        QTest::newRow("run_results.json (real)")
            << "run_results.json"
            << test::fixturesDir()
                + QStringLiteral(
                    "/dbt-cloud-api/data-mie-dbt-cloud-cli/run_get_artifact_response.json");
        QTest::newRow("compiled SQL in a folder with a space")
            << "compiled/jaffle shop/models/orders.sql"
            << test::fixturesDir() + QStringLiteral("/dbt-cloud-api/README.md");
    }

    void artifacts()
    {
        QFETCH(QString, path);
        QFETCH(QString, file);
        Env env;
        env.fake.addRun({.id = 500, .jobId = 20});
        QVERIFY(env.fake.setArtifactFile(500, path, file));
        const Expected<QByteArray> bytes = env.client->artifact(1, 500, path);
        QVERIFY2(bytes, qPrintable(messageOf(bytes)));
        QCOMPARE(bytes->size(), readFile(file).size());
        QVERIFY(*bytes == readFile(file));
        const FakeDbtCloud::Request request = env.fake.requests().at(0);
        QCOMPARE(request.path, QStringLiteral("/api/v2/accounts/1/runs/500/artifacts/") + path);
        QCOMPARE(request.header("Authorization"), QByteArray("Token ") + env.fake.token());
    }

    void artifactPathsMustStayUnderTarget_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << "";
        QTest::newRow("parent") << "../secrets.json";
        QTest::newRow("inner parent") << "compiled/../../x.sql";
        QTest::newRow("empty segment") << "compiled//x.sql";
        QTest::newRow("backslash") << "compiled\\x.sql";
    }

    void artifactPathsMustStayUnderTarget()
    {
        QFETCH(QString, path);
        Env env;
        const Expected<QByteArray> bytes = env.client->artifact(1, 500, path);
        QVERIFY(!bytes);
        QVERIFY2(bytes.errorMessage().contains(
                     QLatin1String("is not a file under the run's target/ folder")),
                 qPrintable(bytes.errorMessage()));
        QVERIFY(env.fake.requests().empty());
    }

    void missingArtifact()
    {
        Env env;
        env.fake.addRun({.id = 500, .jobId = 20});
        const Expected<QByteArray> bytes
            = env.client->artifact(1, 500, QStringLiteral("manifest.json"));
        QVERIFY(!bytes);
        const QString message = bytes.errorMessage();
        QVERIFY2(message.contains(QLatin1String(
                     "could not find artifact manifest.json of run 500 (account 1) (404")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("(404")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("permission")), qPrintable(message));
        QCOMPARE(int(env.fake.requests().size()), 1); // a 404 is not retried
    }

    void jsonArtifactThatIsNotJson()
    {
        Env env;
        env.fake.addRun({.id = 500, .jobId = 20});
        env.fake.setArtifact(500, QStringLiteral("manifest.json"),
                             QByteArrayLiteral("<html><body>Sign in</body></html>"));
        env.fake.setArtifact(500, QStringLiteral("compiled/a.sql"), QByteArrayLiteral("select 1"));
        const Expected<QByteArray> manifest
            = env.client->artifact(1, 500, QStringLiteral("manifest.json"));
        QVERIFY(!manifest);
        QVERIFY2(manifest.errorMessage().contains(
                     QLatin1String("with something that is not JSON (\"<html><body>Sign in")),
                 qPrintable(manifest.errorMessage()));
        const Expected<QByteArray> sql
            = env.client->artifact(1, 500, QStringLiteral("compiled/a.sql"));
        QVERIFY(sql);
        QCOMPARE(*sql, QByteArray("select 1"));
    }

    // ---- trigger and cancel
    // --------------------------------------------------------------------------

    void triggerPayload_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("GitHub") << "github";
        QTest::newRow("GitLab") << "gitlab";
    }

    void triggerPayload()
    {
        QFETCH(QString, provider);
        Env env;
        env.fake.addJob({70437463747522, QStringLiteral("CI"), QStringLiteral("ci"), false, true});
        cloud::TriggerRequest request;
        request.cause = QStringLiteral("Tidemark: PR #961");
        request.gitSha = sha('b');
        request.gitBranch = QStringLiteral("feature/x");
        if (provider == QLatin1String("github"))
            request.githubPullRequestId = 961;
        else
            request.gitlabMergeRequestId = 961;
        request.schemaOverride = cloud::pullRequestSchema(70437463747522, 961);
        const Expected<cloud::Run> run = env.client->triggerRun(1, 70437463747522, request);
        QVERIFY2(run, qPrintable(messageOf(run)));
        QCOMPARE(run->status, RunStatus::Queued);
        QCOMPARE(run->jobDefinitionId, qint64(70437463747522));
        QVERIFY(run->id > 0);

        const std::vector<QJsonObject> bodies = env.fake.triggerBodies();
        QCOMPARE(int(bodies.size()), 1);
        const QJsonObject &body = bodies[0];
        QCOMPARE(body.value(QLatin1String("cause")).toString(),
                 QStringLiteral("Tidemark: PR #961"));
        QCOMPARE(body.value(QLatin1String("git_sha")).toString(), sha('b'));
        QCOMPARE(body.value(QLatin1String("git_branch")).toString(), QStringLiteral("feature/x"));
        QCOMPARE(body.value(QLatin1String("schema_override")).toString(),
                 QStringLiteral("dbt_cloud_pr_70437463747522_961"));
        const QString idField = provider == QLatin1String("github")
            ? QStringLiteral("github_pull_request_id")
            : QStringLiteral("gitlab_merge_request_id");
        const QString otherField = provider == QLatin1String("github")
            ? QStringLiteral("gitlab_merge_request_id")
            : QStringLiteral("github_pull_request_id");
        QVERIFY(body.value(idField).isDouble()); // an integer, not a string
        QCOMPARE(body.value(idField).toInteger(), qint64(961));
        QVERIFY(!body.contains(otherField));
        QVERIFY(!body.contains(QLatin1String("steps_override")));

        const FakeDbtCloud::Request posted = env.fake.requests().at(0);
        QCOMPARE(posted.method, QByteArray("POST"));
        QCOMPARE(posted.path, QStringLiteral("/api/v2/accounts/1/jobs/70437463747522/run/"));
        QCOMPARE(posted.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!posted.body.contains(env.fake.token()));
    }

    void triggerCauseIsRequiredAndBounded()
    {
        Env env;
        env.fake.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), false, true});
        cloud::TriggerRequest empty;
        QVERIFY(env.client->triggerRun(1, 20, empty));
        cloud::TriggerRequest longCause;
        longCause.cause = QString(400, QLatin1Char('x'));
        longCause.stepsOverride = QStringList {QStringLiteral("dbt build -s state:modified+")};
        QVERIFY(env.client->triggerRun(1, 20, longCause));
        const std::vector<QJsonObject> bodies = env.fake.triggerBodies();
        QCOMPARE(int(bodies.size()), 2);
        QCOMPARE(bodies[0].value(QLatin1String("cause")).toString(),
                 QStringLiteral("Triggered by Tidemark"));
        QCOMPARE(bodies[0].keys(),
                 QStringList {QStringLiteral("cause")}); // nothing else when nothing is set
        QCOMPARE(bodies[1].value(QLatin1String("cause")).toString().size(), 255);
        QCOMPARE(bodies[1].value(QLatin1String("steps_override")).toArray(),
                 QJsonArray {QStringLiteral("dbt build -s state:modified+")});
    }

    void triggerThenPollThenFind()
    {
        Env env;
        env.fake.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), false, true});
        env.fake.addRuns(30, 20, 100);
        env.fake.setTriggeredRunBehaviour(2, 10);
        cloud::TriggerRequest request;
        request.cause = QStringLiteral("Tidemark");
        request.gitSha = sha('c');
        request.githubPullRequestId = 12;
        request.schemaOverride = cloud::pullRequestSchema(20, 12);
        const Expected<cloud::Run> queued = env.client->triggerRun(1, 20, request);
        QVERIFY(queued);
        QCOMPARE(queued->status, RunStatus::Queued);
        QCOMPARE(env.client->run(1, queued->id)->status, RunStatus::Running);
        QCOMPARE(env.client->run(1, queued->id)->status, RunStatus::Running);
        const Expected<cloud::Run> done = env.client->run(1, queued->id);
        QVERIFY(done);
        QCOMPARE(done->status, RunStatus::Success);
        QCOMPARE(done->trigger->schemaOverride, QStringLiteral("dbt_cloud_pr_20_12"));

        const Expected<std::optional<cloud::Run>> found
            = env.client->findPullRequestRun(1, 20, 12, sha('c'));
        QVERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, queued->id);
    }

    void cancel()
    {
        Env env;
        env.fake.addRun({.id = 321, .jobId = 20, .status = 10, .runningPolls = 10});
        const Expected<cloud::Run> cancelled = env.client->cancelRun(1, 321);
        QVERIFY2(cancelled, qPrintable(messageOf(cancelled)));
        QCOMPARE(cancelled->id, qint64(321));
        QCOMPARE(cancelled->status, RunStatus::Cancelled);
        QCOMPARE(cancelled->statusMessage, QStringLiteral("Cancelled by user."));
        QCOMPARE(env.fake.cancelledRuns(), std::vector<qint64> {321});
        const FakeDbtCloud::Request posted = env.fake.requests().at(0);
        QCOMPARE(posted.method, QByteArray("POST"));
        QCOMPARE(posted.path, QStringLiteral("/api/v2/accounts/1/runs/321/cancel/"));
        QCOMPARE(env.client->run(1, 321)->status, RunStatus::Cancelled);

        const Expected<cloud::Run> missing = env.client->cancelRun(1, 999);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(
                     QLatin1String("could not find run 999 of account 1 (to cancel it) (404")),
                 qPrintable(missing.errorMessage()));
    }

    // ---- a pull request's run
    // ------------------------------------------------------------------------

    void findPullRequestRun_data()
    {
        QTest::addColumn<qint64>("pr");
        QTest::addColumn<QString>("headSha");
        QTest::addColumn<qint64>("expectedId"); // 0: none
        QTest::addColumn<int>("expectedRequests");
        // Job 20 has runs 1000..1349 (350, newest 1349), among them: PR 42 at sha a (1300) and at
        // sha b (1320, newest for the PR), GitLab MR 7 at sha d (1100), PR 43 at sha e (1010, the
        // 4th page). Job 21 has a run for PR 44.
        QTest::newRow("newest run at the head SHA") << qint64(42) << sha('b') << qint64(1320) << 1;
        QTest::newRow("older SHA") << qint64(42) << sha('a') << qint64(1300) << 1;
        QTest::newRow("any SHA: newest") << qint64(42) << "" << qint64(1320) << 1;
        QTest::newRow("abbreviated SHA") << qint64(42) << "aaaaaaa" << qint64(1300) << 1;
        QTest::newRow("upper-case SHA") << qint64(42) << sha('B') << qint64(1320) << 1;
        QTest::newRow("GitLab merge request") << qint64(7) << sha('d') << qint64(1100) << 3;
        QTest::newRow("fourth page") << qint64(43) << sha('e') << qint64(1010) << 4;
        QTest::newRow("SHA never built") << qint64(42) << sha('f') << qint64(0) << 4;
        QTest::newRow("another job's PR") << qint64(44) << "" << qint64(0) << 4;
        QTest::newRow("too short a SHA is not a prefix") << qint64(42) << "aaaa" << qint64(0) << 4;
    }

    void findPullRequestRun()
    {
        QFETCH(qint64, pr);
        QFETCH(QString, headSha);
        QFETCH(qint64, expectedId);
        QFETCH(int, expectedRequests);
        Env env;
        for (qint64 id = 1000; id < 1350; ++id) {
            FakeDbtCloud::RunSpec spec {.id = id,
                                        .jobId = 20,
                                        .gitSha
                                        = QStringLiteral("%1").arg(id, 40, 16, QLatin1Char('0'))};
            if (id == 1300 || id == 1320) {
                spec.githubPullRequestId = 42;
                spec.gitSha = sha(id == 1300 ? 'a' : 'b');
            } else if (id == 1100) {
                spec.gitlabMergeRequestId = 7;
                spec.gitSha = sha('d');
            } else if (id == 1010) {
                spec.githubPullRequestId = 43;
                spec.gitSha = sha('e');
            }
            env.fake.addRun(spec);
        }
        env.fake.addRun({.id = 2000, .jobId = 21, .gitSha = sha('9'), .githubPullRequestId = 44});

        const Expected<std::optional<cloud::Run>> found
            = env.client->findPullRequestRun(1, 20, pr, headSha);
        QVERIFY2(found, qPrintable(messageOf(found)));
        QCOMPARE(found->has_value(), expectedId != 0);
        if (expectedId != 0)
            QCOMPARE((*found)->id, expectedId);
        const std::vector<FakeDbtCloud::Request> seen = env.fake.requests();
        QCOMPARE(int(seen.size()), expectedRequests);
        for (const FakeDbtCloud::Request &r : seen) {
            QCOMPARE(r.queryValue(QStringLiteral("include_related")), QStringLiteral("trigger"));
            QCOMPARE(r.queryValue(QStringLiteral("order_by")), QStringLiteral("-id"));
            QCOMPARE(r.queryValue(QStringLiteral("job_definition_id")), QStringLiteral("20"));
            QCOMPARE(r.queryValue(QStringLiteral("limit")), QStringLiteral("100"));
        }
    }

    void findPullRequestRunLooksAtBoundedPages()
    {
        Env env;
        env.fake.addRun({.id = 1, .jobId = 20, .gitSha = sha('a'), .githubPullRequestId = 5});
        env.fake.addRuns(1000, 20, 10);
        const Expected<std::optional<cloud::Run>> found
            = env.client->findPullRequestRun(1, 20, 5, sha('a'), 3);
        QVERIFY(found);
        QVERIFY(!found->has_value());
        QCOMPARE(int(env.fake.requests().size()), 3);
        const Expected<std::optional<cloud::Run>> deeper
            = env.client->findPullRequestRun(1, 20, 5, sha('a'), 11);
        QVERIFY(deeper && deeper->has_value());
        QCOMPARE((*deeper)->id, qint64(1));
    }

    void findPullRequestRunMatchesTheRunShaToo()
    {
        cloud::Run run;
        run.gitSha = sha('a');
        run.trigger = cloud::RunTrigger {};
        run.trigger->githubPullRequestId = 3;
        QVERIFY(cloud::runMatchesPullRequest(run, 3,
                                             sha('a'))); // trigger.git_sha empty, the run's matches
        QVERIFY(!cloud::runMatchesPullRequest(run, 4, sha('a')));
        run.trigger.reset();
        QVERIFY(!cloud::runMatchesPullRequest(run, 3,
                                              QString())); // no trigger: not a PR run we can tell
    }

    // ---- errors
    // --------------------------------------------------------------------------------------

    void errors_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("mode"); // FakeDbtCloud::Failure::Mode
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("messageParts");
        QTest::addColumn<int>("requests"); // how many the client sent (retries included)
        const int status = int(FakeDbtCloud::Failure::Mode::Status);
        for (const char *call :
             {"accounts", "jobs", "runs", "run", "artifact", "trigger", "cancel"}) {
            const QString c = QLatin1String(call);
            QTest::addRow("%s: 403", call)
                << c << status << 403
                << QStringList {QStringLiteral("refused access to"), QStringLiteral("(403"),
                                QStringLiteral("lacks permission"), QStringLiteral("Job Admin")}
                << 1;
            QTest::addRow("%s: 404", call)
                << c << status << 404
                << QStringList {QStringLiteral("could not find"), QStringLiteral("(404"),
                                QStringLiteral("permission")}
                << 1;
            QTest::addRow("%s: 429", call)
                << c << status << 429
                << QStringList {QStringLiteral("429 Too Many Requests"),
                                QStringLiteral("rate limit"), QStringLiteral("after retries")}
                << 3;
            QTest::addRow("%s: 500", call)
                << c << status << 500
                << QStringList {QStringLiteral("HTTP 500"), QStringLiteral("after retries"),
                                QStringLiteral("Internal server error.")}
                << 3;
            QTest::addRow("%s: not JSON", call)
                << c << int(FakeDbtCloud::Failure::Mode::NotJson) << 200
                << QStringList {QStringLiteral("something that is not JSON"),
                                QStringLiteral("<!DOCTYPE html>")}
                << 1;
        }
        QTest::newRow("accounts: 503")
            << "accounts" << status << 503 << QStringList {QStringLiteral("HTTP 503")} << 3;
        QTest::newRow("runs: 400")
            << "runs" << status << 400
            << QStringList {QStringLiteral("with HTTP 400"), QStringLiteral("Bad request.")} << 1;
        QTest::newRow("accounts: JSON cut in half")
            << "accounts" << int(FakeDbtCloud::Failure::Mode::CutJson) << 200
            << QStringList {QStringLiteral("something that is not JSON (\"{")} << 1;
        QTest::newRow("runs: JSON cut in half")
            << "runs" << int(FakeDbtCloud::Failure::Mode::CutJson) << 200
            << QStringList {QStringLiteral("not JSON")} << 1;
        QTest::newRow("run: body cut short")
            << "run" << int(FakeDbtCloud::Failure::Mode::TruncatedBody) << 200
            << QStringList {QStringLiteral("cut short"), QStringLiteral("run 1000 of account 1")}
            << 3;
        QTest::newRow("artifact: body cut short")
            << "artifact" << int(FakeDbtCloud::Failure::Mode::TruncatedBody) << 200
            << QStringList {QStringLiteral("cut short")} << 3;
    }

    void errors()
    {
        QFETCH(QString, call);
        QFETCH(int, mode);
        QFETCH(int, status);
        QFETCH(QStringList, messageParts);
        QFETCH(int, requests);
        Env env;
        addStandardState(env.fake);
        env.fake.failNext(
            pathFor(call),
            FakeDbtCloud::Failure {FakeDbtCloud::Failure::Mode(mode), status, -1, 0, {}}, 1000);
        const QString message = callFor(call)(*env.client);
        QVERIFY2(!message.isEmpty(), "the call succeeded");
        for (const QString &part : std::as_const(messageParts))
            QVERIFY2(message.contains(part),
                     qPrintable(QStringLiteral("[%1] lacks [%2]").arg(message, part)));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(env.fake.port())),
                 qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(env.fake.token())), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
        QCOMPARE(int(env.fake.requests(pathFor(call)).size()), requests);
    }

    void wrongTokenOrWrongRegion_data()
    {
        QTest::addColumn<QString>("call");
        for (const char *call :
             {"accounts", "jobs", "runs", "run", "artifact", "trigger", "cancel"})
            QTest::newRow(call) << QString::fromLatin1(call);
    }

    void wrongTokenOrWrongRegion()
    {
        QFETCH(QString, call);
        const QByteArray wrong = QByteArrayLiteral("dbtu_WrongToken0123456789abcdef");
        Env env(wrong);
        addStandardState(env.fake);
        const QString message = callFor(call)(*env.client);
        QVERIFY(!message.isEmpty());
        QCOMPARE(message,
                 QStringLiteral("dbt Cloud rejected the token (401) at 127.0.0.1:%1: the token is "
                                "wrong or expired, "
                                "or the access URL is not your account's (cell-based accounts use "
                                "https://ACCOUNT_PREFIX.us1.dbt.com)")
                     .arg(env.fake.port()));
        QVERIFY(!message.contains(QString::fromLatin1(wrong)));
        QVERIFY(!message.contains(QString::fromLatin1(env.fake.token())));
        QCOMPARE(int(env.fake.requests().size()), 1); // 401 is not retried
        QCOMPARE(env.fake.requests().at(0).header("Authorization"), QByteArray("Token ") + wrong);
    }

    void tokenEchoedByTheServerIsScrubbed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
        QTest::newRow("500") << 500;
    }

    void tokenEchoedByTheServerIsScrubbed()
    {
        QFETCH(int, status);
        Env env;
        FakeDbtCloud::Failure failure = FakeDbtCloud::Failure::httpStatus(status);
        failure.userMessage = QStringLiteral("Token %1 is not valid here")
                                  .arg(QString::fromLatin1(env.fake.token()));
        env.fake.failNext(QString(), failure, 1000);
        const Expected<std::vector<cloud::Account>> accounts = env.client->accounts();
        QVERIFY(!accounts);
        QVERIFY2(!accounts.errorMessage().contains(QString::fromLatin1(env.fake.token())),
                 qPrintable(accounts.errorMessage()));
        QVERIFY2(accounts.errorMessage().contains(QLatin1String("\"Token *** is not valid here\"")),
                 qPrintable(accounts.errorMessage()));
    }

    void unknownAccount()
    {
        Env env;
        const Expected<std::vector<cloud::Job>> jobs = env.client->jobs(424242);
        QVERIFY(!jobs);
        QVERIFY2(jobs.errorMessage().contains(
                     QLatin1String("could not find the jobs of account 424242 (404")),
                 qPrintable(jobs.errorMessage()));
        QVERIFY(jobs.errorMessage().contains(QLatin1String("permission")));
    }

    void transientFailuresAreRetriedWithBackoff()
    {
        Env env;
        env.fake.failNext(QStringLiteral("/runs/"), FakeDbtCloud::Failure::httpStatus(503), 2);
        env.fake.addRuns(5, 20, 1);
        cloud::RunQuery query;
        const Expected<std::vector<cloud::Run>> runs = env.client->runs(1, query);
        QVERIFY2(runs, qPrintable(messageOf(runs)));
        QCOMPARE(int(runs->size()), 5);
        QCOMPARE(env.waits, (std::vector<int> {100, 200}));
    }

    void rateLimitHonoursRetryAfter()
    {
        Env env;
        env.fake.failNext(QString(), FakeDbtCloud::Failure::httpStatus(429, 4), 1000);
        const Expected<std::vector<cloud::Account>> accounts = env.client->accounts();
        QVERIFY(!accounts);
        QCOMPARE(env.waits, (std::vector<int> {4000, 4000}));
        QVERIFY2(accounts.errorMessage().contains(QLatin1String("(it asks to wait 4 s)")),
                 qPrintable(accounts.errorMessage()));
        QCOMPARE(int(env.fake.requests().size()), 3);
    }

    void slowAnswerTimesOut()
    {
        cloud::DbtCloudClient::Options options;
        options.timeoutMs = 200;
        Env env(QByteArray(), options);
        env.fake.failNext(QString(), FakeDbtCloud::Failure::slow(1500), 1);
        const Expected<std::vector<cloud::Account>> accounts = env.client->accounts();
        QVERIFY(!accounts);
        QVERIFY2(accounts.errorMessage().contains(QLatin1String("did not answer within 0.2 s")),
                 qPrintable(accounts.errorMessage()));
        QVERIFY2(accounts.errorMessage().contains(QLatin1String("the accounts list")),
                 qPrintable(accounts.errorMessage()));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            FakeDbtCloud gone;
            port = gone.port();
        }
        net::QtHttpClient http(net::RetryPolicy {2, 1, 10});
        http.setSleepHook([](int) {});
        cloud::DbtCloudClient client(http, QStringLiteral("http://127.0.0.1:%1").arg(port),
                                     QStringLiteral("dbtc_x1234567"));
        const Expected<std::vector<cloud::Account>> accounts = client.accounts();
        QVERIFY(!accounts);
        QVERIFY2(accounts.errorMessage().contains(QLatin1String("connection refused")),
                 qPrintable(accounts.errorMessage()));
        QVERIFY(!accounts.errorMessage().contains(QLatin1String("dbtc_x1234567")));
    }

    void envelopeWithoutData()
    {
        Env env;
        // A JSON answer that is not the envelope: the run's own object, as a proxy might cache it.
        env.fake.addRun({.id = 9, .jobId = 20});
        env.fake.setRunData(9, QJsonObject {});
        const Expected<cloud::Run> run = env.client->run(1, 9);
        QVERIFY(!run);
        QVERIFY2(run.errorMessage().contains(QLatin1String("\"data\" is not a run")),
                 qPrintable(run.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDbtCloudClient)
#include "tst_dbt_cloud_client.moc"
