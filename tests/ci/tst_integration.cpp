// The integration file: the CLI.md shape, defaults, checks that name the field, no secrets, and an
// atomic save.

#include "ci/integration.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestIntegration : public QObject
{
    Q_OBJECT

private:
    static nlohmann::json example()
    {
        // The example of CLI.md.
        return {{"name", "jaffle_shop"},
                {"repository",
                 {{"provider", "github"},
                  {"api_url", "https://api.github.com"},
                  {"owner", "acme"},
                  {"name", "analytics"}}},
                {"connection", {{"url", "postgresql://ci_user@warehouse.internal:5432/analytics"}}},
                {"dbt_cloud",
                 {{"access_url", "https://cloud.getdbt.com"},
                  {"account_id", 1},
                  {"artifacts_job_id", 10},
                  {"pr_job_id", 20}}},
                {"artifacts", nullptr},
                {"primary_key_tag", "primary-key"},
                {"ci",
                 {{"enabled", true},
                  {"import_dbt_metadata", true},
                  {"slim_diff", false},
                  {"diff_exposures", true},
                  {"fail_on_primary_key_issues", true},
                  {"fail_on_errors", true},
                  {"pr_label", ""},
                  {"diff_threshold", 0},
                  {"files_to_ignore", nlohmann::json::array()},
                  {"base_branch", ""},
                  {"commit_selection", "latest"},
                  {"columns_to_ignore", nlohmann::json::array()},
                  {"sampling",
                   {{"enabled", false},
                    {"tolerance", 0.00001},
                    {"confidence", 99},
                    {"threshold", 1000000}}}}}};
    }

private Q_SLOTS:
    void readsTheContractExample()
    {
        auto i = ci::Integration::fromJson(example());
        QVERIFY2(i, qPrintable(i ? QString() : i.errorMessage()));
        QCOMPARE(i->name, QStringLiteral("jaffle_shop"));
        QCOMPARE(i->repository.owner, QStringLiteral("acme"));
        QCOMPARE(i->dbtCloud.prJobId, qint64(20));
        QVERIFY(!i->artifacts);
        QVERIFY(i->ci.failOnPrimaryKeyIssues);
        QCOMPARE(i->ci.sampling.threshold, qint64(1000000));
        QVERIFY(i->toJson() == example());
        QCOMPARE(i->dbtCloudTokenKey(), QStringLiteral("integration/jaffle_shop/dbt_cloud_token"));
    }

    void defaultsAndLargeIds()
    {
        nlohmann::json j
            = {{"name", "x"},
               {"dbt_cloud",
                {{"access_url", "https://abc123.us1.dbt.com"}, {"pr_job_id", 70437463747522LL}}}};
        auto i = ci::Integration::fromJson(j);
        QVERIFY(i);
        QCOMPARE(i->dbtCloud.prJobId, qint64(70437463747522LL));
        QVERIFY(i->ci.enabled);
        QCOMPARE(i->ci.commitSelection, QStringLiteral("latest"));
        QCOMPARE(i->primaryKeyTag, QStringLiteral("primary-key"));
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bool") << "ci.slim_diff"
                              << "\"yes\""
                              << "\"ci.slim_diff\" must be true or false";
        QTest::newRow("list") << "ci.files_to_ignore"
                              << "\"*.md\""
                              << "\"ci.files_to_ignore\" must be a list of strings";
        QTest::newRow("id") << "dbt_cloud.account_id"
                            << "\"1\""
                            << "\"dbt_cloud.account_id\" must be a whole number";
        QTest::newRow("provider") << "repository.provider"
                                  << "\"bitbucket\""
                                  << "must be github or gitlab";
        QTest::newRow("selection") << "ci.commit_selection"
                                   << "\"oldest\""
                                   << "must be latest or merge-base";
        QTest::newRow("threshold") << "ci.diff_threshold"
                                   << "-1"
                                   << "\"ci.diff_threshold\" must be 0";
        QTest::newRow("password in url") << "connection.url"
                                         << "\"postgresql://u:hunter2@h/db\""
                                         << "contains a password";
        QTest::newRow("no access url") << "dbt_cloud.access_url"
                                       << "null"
                                       << "\"dbt_cloud.access_url\" is required";
    }

    void errorsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        nlohmann::json j = example();
        const QStringList parts = path.split(QLatin1Char('.'));
        nlohmann::json *target = &j;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            target = &(*target)[parts[i].toStdString()];
        (*target)[parts.last().toStdString()] = nlohmann::json::parse(value.toStdString());
        auto i = ci::Integration::fromJson(j);
        QVERIFY(!i);
        QVERIFY2(i.errorMessage().contains(expected), qPrintable(i.errorMessage()));
        QVERIFY(!i.errorMessage().contains(QLatin1String("hunter2")));
    }

    // Local artifacts may say which pull request the PR side belongs to.
    void localPullRequestRoundTrips()
    {
        QTemporaryDir dir;
        auto i = ci::Integration::fromJson(example());
        QVERIFY(i);
        i->artifacts = ci::LocalArtifacts {
            QStringLiteral("prod"), QStringLiteral("pr"),
            ci::LocalPullRequest {17, QStringLiteral("Margins \u00e9"), QStringLiteral("abc123"),
                                  QStringLiteral("main")}};
        const QString path = dir.filePath(QStringLiteral("local.json"));
        QVERIFY(ci::saveIntegration(*i, path));
        auto loaded = ci::loadIntegration(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QVERIFY(loaded->artifacts && loaded->artifacts->pullRequest);
        QCOMPARE(loaded->artifacts->pullRequest->number, 17);
        QCOMPARE(loaded->artifacts->pullRequest->title, QStringLiteral("Margins \u00e9"));
        QCOMPARE(loaded->artifacts->pullRequest->headSha, QStringLiteral("abc123"));
        QCOMPARE(loaded->artifacts->pullRequest->baseBranch, QStringLiteral("main"));

        nlohmann::json bad = example();
        bad["artifacts"]
            = {{"prod", "p"}, {"pr", "q"}, {"pull_request", {{"number", "seventeen"}}}};
        auto wrong = ci::Integration::fromJson(bad);
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorMessage().contains(QLatin1String("artifacts.pull_request.number")),
                 qPrintable(wrong.errorMessage()));
    }

    void saveLoadAndRelativeArtifacts()
    {
        QTemporaryDir dir;
        auto i = ci::Integration::fromJson(example());
        QVERIFY(i);
        i->artifacts
            = ci::LocalArtifacts {QStringLiteral("prod/target"), QStringLiteral("pr/target")};
        const QString path = dir.filePath(QStringLiteral("jaffle.json"));
        QVERIFY(ci::saveIntegration(*i, path));
        auto loaded = ci::loadIntegration(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QCOMPARE(loaded->artifacts->prod, QDir(dir.path()).filePath(QStringLiteral("prod/target")));
        QVERIFY(!loaded->artifacts->pullRequest);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("jaffle.json")}); // no temp files left

        test::writeTextFile(path, "{ not json");
        auto broken = ci::loadIntegration(path);
        QVERIFY(!broken);
        QVERIFY(broken.errorMessage().contains(QLatin1String("not valid JSON")));
        QVERIFY(!ci::loadIntegration(dir.filePath(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestIntegration)
#include "tst_integration.moc"
