// The pull-request comment: the marker, one row per diffed model with the numbers, the models not
// diffed with why, impacted models and exposures, and re-run links.

#include "ci/pipeline_result.h"

#include <QTest>

using namespace tidemark;

class TestPrComment : public QObject
{
    Q_OBJECT

private:
    static ci::PipelineResult example()
    {
        ci::PipelineResult r;
        r.integration = QStringLiteral("jaffle shop");
        r.prNumber = 17;
        r.headSha = QStringLiteral("0123456789abcdef0123");
        r.prodSource = QStringLiteral("dbt Cloud run 318250017");
        r.check = ci::CheckState::Failure;
        r.checkDescription = QStringLiteral("2 models diffed; primary key issues in 1");
        ci::ModelOutcome customers;
        customers.uniqueId = "model.shop.customers";
        customers.name = "customers";
        customers.state = ci::ModelOutcome::State::Diffed;
        diff::DiffResult d;
        d.key = {QStringLiteral("customer_id")};
        d.rows = {1000, 1002, 3, 5, 40, 957};
        d.primaryKey.duplicateB = 2;
        d.columns
            = {{QStringLiteral("name"), 40, 95.8, {}}, {QStringLiteral("email|x"), 0, 100, {}}};
        d.schema.onlyB = {QStringLiteral("loyalty_tier")};
        d.schema.typeChanged
            = {{QStringLiteral("amount"), QStringLiteral("integer"), QStringLiteral("numeric")}};
        customers.result = d;
        ci::ModelOutcome broken;
        broken.uniqueId = "model.shop.orders";
        broken.name = "orders";
        broken.state = ci::ModelOutcome::State::Failed;
        broken.note = QStringLiteral("table analytics.orders does not exist");
        r.models = {customers, broken};
        dbt::ChangePlan plan;
        plan.impacted = {"model.shop.orders", "model.shop.daily_revenue"};
        plan.impactedExposures = {"exposure.shop.dashboard"};
        r.plan = plan;
        return r;
    }

private Q_SLOTS:
    void content()
    {
        const ci::PipelineResult r = example();
        const QString md = ci::pullRequestComment(r);
        QVERIFY(md.startsWith(QLatin1String(ci::kCommentMarker)));
        QVERIFY(md.contains(QStringLiteral("\u274C")));
        QVERIFY(md.contains(
            QLatin1String("| `customers` | customer_id | 1,000 | 1,002 | 3 | 5 | 40 |")));
        QVERIFY(md.contains(QStringLiteral("added: loyalty_tier; amount: integer \u2192 numeric")));
        QVERIFY(md.contains(QLatin1String("| 2.01% |"))); // 40 of 2 x 997 matched cells
        QVERIFY(md.contains(QLatin1String("duplicate keys A 0, B 2")));
        QVERIFY(
            md.contains(QLatin1String("`orders`: failed (table analytics.orders does not exist)")));
        QVERIFY(md.contains(
            QLatin1String("**Impacted downstream, not diffed:** `model.shop.daily_revenue`")));
        QVERIFY(!md.contains(QLatin1String("`model.shop.orders`, "))); // listed above, not again
        QVERIFY(md.contains(QLatin1String("**Exposures affected:** `exposure.shop.dashboard`")));
        QVERIFY(md.contains(QLatin1String(
            "tidemark://rerun?integration=jaffle%20shop&pr=17&model=model.shop.customers")));
        QVERIFY(md.contains(QLatin1String("0123456789ab")));
    }

    void gatedOff()
    {
        ci::PipelineResult r;
        r.gates.passed = false;
        r.gates.reason = QStringLiteral("the pull request has no label \"datafold\"");
        r.check = ci::CheckState::Skipped;
        r.checkDescription = QStringLiteral("skipped");
        const QString md = ci::pullRequestComment(r);
        QVERIFY(md.contains(
            QLatin1String("CI did not run for this pull request: the pull request has no label")));
        QVERIFY(!md.contains(QLatin1String("| Model |")));
    }

    void json()
    {
        const nlohmann::json j = example().toJson();
        QVERIFY(j["gates"]["passed"] == true);
        QVERIFY(j["diffs"].size() == 2);
        QVERIFY(j["diffs"][0]["diff"]["rows"]["updated"] == 40);
        QVERIFY(j["diffs"][1]["state"] == "failed");
        QVERIFY(j["check"]["state"] == "failure");
        QVERIFY(j.contains("changes"));
    }
};

QTEST_GUILESS_MAIN(TestPrComment)
#include "tst_pr_comment.moc"
