// review::PullRequestLineage: the PR manifest's lineage for the pull-request page, on the real
// Recce jaffle_shop pair: what lies downstream of a model (never the model itself), each node
// with the plan's status, and a manifest that cannot be read says why.

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "review/pull_request_lineage.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestPullRequestLineage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downstreamWithThePlansStatus()
    {
        const QString prPath
            = test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json"));
        const auto lineage = review::PullRequestLineage::load(prPath);
        QVERIFY2(lineage->ok(), qPrintable(lineage->error()));
        QVERIFY(lineage->manifest());
        auto base = dbt::loadManifest(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        auto pr = dbt::loadManifest(prPath);
        QVERIFY(base && pr);
        const dbt::ChangePlan plan = dbt::planChanges(*base, *pr);

        const auto nodes = lineage->downstreamOf("model.jaffle_shop.customers", &plan);
        QStringList ids;
        for (const review::DownstreamNode &n : nodes) {
            ids << n.uniqueId;
            QVERIFY(!n.name.isEmpty());
            QVERIFY(!n.resourceType.isEmpty());
            const dbt::PlannedModel *planned = plan.model(n.uniqueId.toStdString());
            QCOMPARE(n.status,
                     planned ? QString::fromLatin1(dbt::toString(planned->status)) : QString());
        }
        QVERIFY2(ids.contains(QStringLiteral("model.jaffle_shop.customer_segments")),
                 qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(QStringLiteral("model.jaffle_shop.customer_order_pattern")),
                 qPrintable(ids.join(u' ')));
        QVERIFY(!ids.contains(QStringLiteral("model.jaffle_shop.customers")));
        QVERIFY(!ids.contains(
            QStringLiteral("model.jaffle_shop.stg_orders"))); // upstream, not downstream

        // Downstream of stg_orders reaches customers through int_customer_orders.
        QStringList fromStaging;
        for (const review::DownstreamNode &n :
             lineage->downstreamOf("model.jaffle_shop.stg_orders", nullptr)) {
            fromStaging << n.uniqueId;
            QVERIFY(n.status.isEmpty()); // no plan: no status
        }
        QVERIFY(fromStaging.contains(QStringLiteral("model.jaffle_shop.customers")));
        QVERIFY(lineage->downstreamOf("model.jaffle_shop.no_such_model", &plan).empty());
    }

    void unreadableManifestSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("manifest.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"metadata\": ");
        file.close();
        const auto lineage = review::PullRequestLineage::load(path);
        QVERIFY(!lineage->ok());
        QVERIFY(!lineage->error().isEmpty());
        QVERIFY(lineage->downstreamOf("model.x.y", nullptr).empty());
        const auto missing
            = review::PullRequestLineage::load(dir.filePath(QStringLiteral("nothing.json")));
        QVERIFY(!missing->ok());
        QVERIFY2(missing->error().contains(QLatin1String("nothing.json")),
                 qPrintable(missing->error()));
    }
};

QTEST_GUILESS_MAIN(TestPullRequestLineage)
#include "tst_pull_request_lineage.moc"
