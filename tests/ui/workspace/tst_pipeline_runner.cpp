// The desktop app's PipelineRunner: a run waiting for a running dbt Cloud PR job (15 s between
// looks) is cancelled from the GUI thread; cancel() returns at once and the run's end arrives
// within a second, with the event loop turning all the while.

#include "support/dbt_cloud_integration.h"
#include "support/memory_secret_store.h"
#include "workspace/pipeline_runner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace tidemark;

class TestPipelineRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelDuringTheDbtCloudPoll()
    {
        const QString head = QStringLiteral("4b1d2c3e5f60718293a4b5c6d7e8f90123456789");
        test::FakeDbtCloud cloud;
        test::addRunningPrRun(cloud, 7, head);
        const ci::Integration integration = test::dbtCloudIntegration(cloud);
        auto secrets = std::make_shared<test::MemorySecretStore>();
        QVERIFY(secrets->write(integration.dbtCloudTokenKey(), QString::fromLatin1(cloud.token())));

        ui::PipelineRun run;
        run.job.request.integration = integration;
        run.job.request.prNumber = 7;
        run.job.request.manual = true;
        run.job.request.facts = ci::PullRequestFacts {7, head, QStringLiteral("main"), {}};
        run.job.request.pollInterval = std::chrono::seconds(15);
        run.secrets = secrets;

        ui::PipelineRunner runner;
        QSignalSpy progress(&runner, &ui::PipelineRunner::progress);
        QSignalSpy finished(&runner, &ui::PipelineRunner::finished);
        QVERIFY(runner.start(std::move(run)));
        QVERIFY(runner.isRunning());
        const auto waiting = [&progress] {
            for (const auto &args : progress) {
                if (args.at(0).toString().contains(
                        QLatin1String("Waiting for the dbt Cloud PR job")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 30000);
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());

        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY2(clock.elapsed() < 100,
                 qPrintable(QString::number(clock.elapsed()))); // nothing waits on the GUI thread
        QVERIFY(finished.wait(10000));
        const qint64 tookMs = clock.elapsed();
        QVERIFY(runner.wasCancelled());
        QVERIFY(!runner.outcome());
        QVERIFY2(runner.outcome().errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(runner.outcome().errorMessage()));
        QVERIFY2(tookMs < 1000,
                 qPrintable(QStringLiteral("finished %1 ms after cancel").arg(tookMs)));
    }
};

QTEST_MAIN(TestPipelineRunner)
#include "tst_pipeline_runner.moc"
