// The bundled demo: unpacked into a folder, its SQLite warehouse built, and the pipeline run over
// it gives the pull request's real differences.

#include "ci/pipeline.h"
#include "store/results_store.h"
#include "workspace/demo_workspace.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestDemoWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unpacksOnceAndRebuildsWhenStale()
    {
        QTemporaryDir dir;
        auto demo = ui::prepareDemoWorkspace(dir.path());
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("pr/manifest.json"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("analytics.db"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("dbt_cloud_pr_4242_17.db"))));
        const QDateTime built
            = QFileInfo(dir.filePath(QStringLiteral("analytics.db"))).lastModified();

        QTest::qWait(20);
        QVERIFY(ui::prepareDemoWorkspace(dir.path()));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("analytics.db"))).lastModified(), built);

        // A damaged stamp (another version's demo) rebuilds everything.
        QFile stamp(dir.filePath(QStringLiteral("demo.stamp")));
        QVERIFY(stamp.open(QIODevice::WriteOnly));
        stamp.write("old");
        stamp.close();
        QFile::remove(dir.filePath(QStringLiteral("pr/manifest.json")));
        QVERIFY(ui::prepareDemoWorkspace(dir.path()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("pr/manifest.json"))));
    }

    void pipelineFindsTheDifferences()
    {
        QTemporaryDir dir;
        auto demo = ui::prepareDemoWorkspace(dir.path());
        QVERIFY(demo);
        ci::PipelineRequest request;
        request.integration = demo->integration;
        QVERIFY(demo->integration.artifacts && demo->integration.artifacts->pullRequest);
        request.prNumber = demo->integration.artifacts->pullRequest->number;
        QCOMPARE(request.prNumber, 17);
        request.facts = ci::localPullRequestFacts(demo->integration, request.prNumber);
        QCOMPARE(request.facts->headSha.size(), 40);
        request.manual = true;
        auto result = ci::runPipeline(request, {});
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QVERIFY(result->plan);

        std::map<std::string, const ci::ModelOutcome *> byName;
        for (const ci::ModelOutcome &m : result->models)
            byName[m.name] = &m;
        // stg_orders: the PR spells every cancelled order one way, so those rows change.
        const ci::ModelOutcome *stgOrders = byName.at("stg_orders");
        QCOMPARE(int(stgOrders->state), int(ci::ModelOutcome::State::Diffed));
        QVERIFY(stgOrders->result);
        QCOMPARE(stgOrders->result->rows.a, 40);
        QCOMPARE(stgOrders->result->rows.b, 40);
        QVERIFY(stgOrders->result->rows.updated > 0);
        // raw_products gained a product in the PR.
        const ci::ModelOutcome *products = byName.at("stg_products");
        QVERIFY(products->result);
        QCOMPARE(products->result->rows.exclusiveB, 1);
        // The new model has nothing to compare with.
        QCOMPARE(int(byName.at("int_order_margins")->state), int(ci::ModelOutcome::State::Skipped));
        int diffed = 0;
        for (const ci::ModelOutcome &m : result->models) {
            if (m.state == ci::ModelOutcome::State::Failed)
                QFAIL(qPrintable(QString::fromStdString(m.name) + QStringLiteral(": ") + m.note));
            diffed += m.state == ci::ModelOutcome::State::Diffed;
        }
        QVERIFY(diffed >= 6);
    }

    // A results store that cannot keep the diffs loses nothing of the result and says so.
    void storeFailuresAreSaid()
    {
        QTemporaryDir dir;
        auto demo = ui::prepareDemoWorkspace(dir.path());
        QVERIFY(demo);
        const QString storePath = dir.filePath(QStringLiteral("results.db"));
        auto store = store::ResultsStore::open(storePath);
        QVERIFY(store);
        ci::PipelineRequest request;
        request.integration = demo->integration;
        request.prNumber = 17;
        request.facts = ci::localPullRequestFacts(demo->integration, request.prNumber);
        request.manual = true;
        bool sabotaged = false;
        request.progress = [&](const QString &text) {
            if (sabotaged || !text.startsWith(QLatin1String("Diffing models")))
                return;
            // Another program breaks the store while the diffs run.
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            QStringLiteral("saboteur"));
                db.setDatabaseName(storePath);
                QVERIFY(db.open());
                QSqlQuery q(db);
                sabotaged
                    = q.exec(QStringLiteral("ALTER TABLE model_diffs RENAME TO model_diffs_gone"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        };
        auto result = ci::runPipeline(request, {nullptr, nullptr, store->get()});
        QVERIFY(sabotaged);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        int diffed = 0;
        for (const ci::ModelOutcome &m : result->models)
            diffed += m.state == ci::ModelOutcome::State::Diffed;
        QVERIFY(diffed >= 6);
        QVERIFY(!result->storeProblems.isEmpty());
        QVERIFY2(result->storeProblems.first().contains(QLatin1String("did not keep the diff of")),
                 qPrintable(result->storeProblems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestDemoWarehouse)
#include "tst_demo_warehouse.moc"
