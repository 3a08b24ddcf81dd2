// review::runPipelineJob, the one job behind the desktop app's runs and `tidemark-cli ci`, against
// a local dbt Cloud: secrets read from the store as the job needs them (and clear errors when they
// are missing), the PR job triggered with the pull request's commit, and cancel taking effect
// within a second while the job waits for a running dbt Cloud run (a 15 s pause between looks).

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "review/pipeline_job.h"
#include "support/dbt_cloud_integration.h"
#include "support/memory_secret_store.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>

#include <chrono>
#include <thread>

using namespace tidemark;

namespace {

const QString kHead = QStringLiteral("4b1d2c3e5f60718293a4b5c6d7e8f90123456789");

} // namespace

class TestPipelineJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelDuringTheDbtCloudPoll()
    {
        test::FakeDbtCloud cloud;
        test::addRunningPrRun(cloud, 7, kHead);

        test::MemorySecretStore secrets;
        const ci::Integration integration = test::dbtCloudIntegration(cloud);
        QVERIFY(secrets.write(integration.dbtCloudTokenKey(), QString::fromLatin1(cloud.token())));

        review::PipelineJob job;
        job.request.integration = integration;
        job.request.prNumber = 7;
        job.request.manual = true;
        job.request.facts = ci::PullRequestFacts {7, kHead, QStringLiteral("main"), {}};
        job.request.pollInterval = std::chrono::seconds(15);
        QMutex mutex;
        QStringList said;
        job.request.progress = [&](const QString &text) {
            QMutexLocker lock(&mutex);
            said << text;
        };
        review::JobContext context;
        context.services = review::Services::defaults(review::Pace::Patient);
        context.secretStore = &secrets;

        diff::DiffControl control;
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            // Cancel once the job waits between two looks at the running run.
            for (int i = 0; i < 2000; ++i) {
                {
                    QMutexLocker lock(&mutex);
                    if (!said.filter(QStringLiteral("Waiting for the dbt Cloud PR job")).isEmpty())
                        break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            sinceCancel.start();
            control.cancel();
        });
        const auto outcome = review::runPipelineJob(job, context, control);
        const qint64 tookMs = sinceCancel.elapsed();
        canceller.join();
        QVERIFY(!outcome);
        QVERIFY2(outcome.errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(outcome.errorMessage()));
        QVERIFY2(!said.filter(QStringLiteral("Waiting for the dbt Cloud PR job")).isEmpty(),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY2(tookMs < 1000,
                 qPrintable(QStringLiteral("returned %1 ms after cancel").arg(tookMs)));
    }

    void triggerWithTheHeadCommit()
    {
        test::FakeDbtCloud cloud;
        cloud.addJob({20, QStringLiteral("CI"), QStringLiteral("ci"), true});
        test::MemorySecretStore secrets;
        const ci::Integration integration = test::dbtCloudIntegration(cloud);
        QVERIFY(secrets.write(integration.dbtCloudTokenKey(), QString::fromLatin1(cloud.token())));

        review::PipelineJob job;
        job.triggerPrJob = true;
        job.request.integration = integration;
        job.request.prNumber = 7;
        job.request.facts = ci::PullRequestFacts {7, kHead, QStringLiteral("main"), {}};
        review::JobContext context;
        context.secretStore = &secrets;
        diff::DiffControl control;
        const auto outcome = review::runPipelineJob(job, context, control);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.errorMessage()));
        QVERIFY(outcome->triggered);
        QVERIFY(!outcome->result);
        const auto bodies = cloud.triggerBodies();
        QCOMPARE(bodies.size(), size_t(1));
        QCOMPARE(bodies[0].value(QLatin1String("git_sha")).toString(), kHead);
        QCOMPARE(bodies[0].value(QLatin1String("github_pull_request_id")).toInteger(), 7);
        QCOMPARE(bodies[0].value(QLatin1String("schema_override")).toString(),
                 QStringLiteral("dbt_cloud_pr_20_7"));
        QVERIFY(review::describeTrigger(*outcome->triggered, 7).contains(QLatin1String("#7")));
    }

    // A re-run of one model with the plan a page already shows reads no manifest and asks dbt
    // Cloud nothing; the model is diffed again (here it fails: its warehouse is not there).
    void rerunWithTheShownPlanFetchesNothing()
    {
        test::FakeDbtCloud cloud;
        test::MemorySecretStore secrets;
        const ci::Integration integration = test::dbtCloudIntegration(cloud);
        QVERIFY(secrets.write(integration.dbtCloudTokenKey(), QString::fromLatin1(cloud.token())));
        auto base = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        auto pr = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        QVERIFY(base && pr);
        const dbt::ChangePlan plan = dbt::planChanges(*base, *pr);
        const dbt::PlannedModel *chosen = nullptr;
        for (const dbt::PlannedModel &m : plan.models) {
            if (m.selected) {
                chosen = &m;
                break;
            }
        }
        QVERIFY(chosen);

        review::PipelineJob job;
        job.request.integration = integration;
        job.request.prNumber = 2;
        job.request.manual = true;
        job.request.onlyModel = chosen->uniqueId;
        job.request.facts = ci::PullRequestFacts {2, kHead, QStringLiteral("main"), {}};
        job.request.plan = plan;
        QStringList said;
        job.request.progress = [&said](const QString &text) { said << text; };
        review::JobContext context;
        context.secretStore = &secrets;
        diff::DiffControl control;
        const auto outcome = review::runPipelineJob(job, context, control);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.errorMessage()));
        QVERIFY(cloud.requests().empty());
        QVERIFY2(!said.filter(QStringLiteral("plan already loaded")).isEmpty(),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY(outcome->rerunOfOneModel);
        bool found = false;
        for (const ci::ModelOutcome &m : outcome->result->models)
            found = found
                || (m.uniqueId == chosen->uniqueId && m.state == ci::ModelOutcome::State::Failed);
        QVERIFY(found);
    }

    void missingSecretsNameTheFix_data()
    {
        QTest::addColumn<bool>("trigger");
        QTest::addColumn<bool>("withFacts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no dbt Cloud token") << false << true << "no dbt Cloud token";
        QTest::newRow("trigger without a token") << true << true << "no dbt Cloud token";
        QTest::newRow("no GitHub token") << false << false << "no GitHub token";
    }

    void missingSecretsNameTheFix()
    {
        QFETCH(bool, trigger);
        QFETCH(bool, withFacts);
        QFETCH(QString, expected);
        test::FakeDbtCloud cloud;
        test::MemorySecretStore secrets;
        const ci::Integration integration = test::dbtCloudIntegration(cloud);
        if (!withFacts)
            QVERIFY(
                secrets.write(integration.dbtCloudTokenKey(), QString::fromLatin1(cloud.token())));
        review::PipelineJob job;
        job.triggerPrJob = trigger;
        job.request.integration = integration;
        job.request.prNumber = 7;
        if (withFacts)
            job.request.facts = ci::PullRequestFacts {7, kHead, QStringLiteral("main"), {}};
        review::JobContext context;
        context.secretStore = &secrets;
        diff::DiffControl control;
        const auto outcome = review::runPipelineJob(job, context, control);
        QVERIFY(!outcome);
        QVERIFY2(outcome.errorMessage().contains(expected), qPrintable(outcome.errorMessage()));
        QVERIFY2(outcome.errorMessage().contains(QLatin1String("TIDEMARK_")),
                 qPrintable(outcome.errorMessage()));
        QVERIFY(cloud.requests().empty()); // nothing was sent without its token
    }

    void cancellationBasics()
    {
        Cancellation token;
        int called = 0;
        const int id = token.onCancel([&called] { ++called; });
        int removedCalled = 0;
        token.remove(token.onCancel([&removedCalled] { ++removedCalled; }));
        QVERIFY(token.sleepFor(std::chrono::milliseconds(20))); // not cancelled: the whole pause
        std::thread later([&token] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            token.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!token.sleepFor(std::chrono::seconds(30)));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        later.join();
        token.cancel(); // twice: the callbacks ran once
        QCOMPARE(called, 1);
        QCOMPARE(removedCalled, 0);
        token.remove(id);
        int late = 0;
        token.onCancel([&late] { ++late; }); // after cancel: at once
        QCOMPARE(late, 1);
        QVERIFY(!token.sleepFor(std::chrono::seconds(30)));
    }
};

QTEST_GUILESS_MAIN(TestPipelineJob)
#include "tst_pipeline_job.moc"
