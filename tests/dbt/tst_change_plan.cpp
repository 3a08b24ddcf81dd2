// The change plan: statuses, relations, keys, selection, and its JSON round trip.

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestChangePlan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    dbt::ChangePlan recce(const dbt::ChangePlanOptions &options = {},
                          const std::function<void(nlohmann::json &)> &mutatePr = {})
    {
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        dbt::Manifest pr;
        if (mutatePr) {
            nlohmann::json m = test::readJsonFile(
                test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
            mutatePr(m);
            const QString path = m_dir.filePath(QStringLiteral("pr.json"));
            test::writeJsonFile(path, m);
            pr = test::loadOrFail(path);
        } else {
            pr = test::loadOrFail(
                test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        }
        return dbt::planChanges(base, pr, options);
    }

private Q_SLOTS:
    void recceStatusesAndRelations()
    {
        const auto plan = recce();
        QCOMPARE(plan.impacted,
                 (std::vector<std::string> {"model.jaffle_shop.customer_order_pattern",
                                            "model.jaffle_shop.customer_segments"}));
        QCOMPARE(plan.models.size(), size_t(5));
        const auto *customers = plan.model("model.jaffle_shop.customers");
        QVERIFY(customers);
        QCOMPARE(customers->status, dbt::ModelStatus::Modified);
        QCOMPARE(*customers->prodRelation, std::string("jaffle_shop.prod.customers"));
        QCOMPARE(customers->prRelation, std::string("jaffle_shop.dev.customers"));
        QCOMPARE(customers->primaryKey.columns, std::vector<std::string> {"customer_id"});
        QVERIFY(customers->selected);
        const auto *added = plan.model("model.jaffle_shop.int_customer_orders");
        QCOMPARE(added->status, dbt::ModelStatus::New);
        QVERIFY(!added->prodRelation);
        QCOMPARE(plan.model("model.jaffle_shop.customer_segments")->status,
                 dbt::ModelStatus::Impacted);
        QVERIFY(!plan.model("model.jaffle_shop.orders"));
        QCOMPARE(plan.base.schemaVersion, 12);
    }

    void slimDiffSelectsOnlyChanges()
    {
        dbt::ChangePlanOptions options;
        options.slimDiff = true;
        const auto plan = recce(options, [](nlohmann::json &m) {
            m["nodes"]["model.jaffle_shop.customer_segments"]["meta"]
                = {{"datafold", {{"datadiff", {{"slim_diff", "diff_when_downstream"}}}}}};
        });
        const auto *pattern = plan.model("model.jaffle_shop.customer_order_pattern");
        QVERIFY(!pattern->selected);
        QVERIFY(pattern->whyNotSelected.find("Slim Diff") != std::string::npos);
        QVERIFY(plan.model("model.jaffle_shop.customer_segments")->selected);
        QVERIFY(plan.model("model.jaffle_shop.customers")->selected);
        QCOMPARE(plan.selectedModels().size(), size_t(4));

        // The tidemark:diff-all-downstream label lifts Slim Diff.
        options.diffAllDownstream = true;
        QVERIFY(recce(options).model("model.jaffle_shop.customer_order_pattern")->selected);
    }

    void neverDiffAndEphemeralAreNotSelected()
    {
        const auto plan = recce({}, [](nlohmann::json &m) {
            m["nodes"]["model.jaffle_shop.customers"]["meta"]
                = {{"datafold", {{"datadiff", {{"never_diff", true}}}}}};
            m["nodes"]["model.jaffle_shop.customer_segments"]["config"]["materialized"]
                = "ephemeral";
        });
        const auto *customers = plan.model("model.jaffle_shop.customers");
        QVERIFY(!customers->selected);
        QVERIFY(customers->whyNotSelected.find("never_diff") != std::string::npos);
        QVERIFY(customers->config.neverDiff);
        const auto *segments = plan.model("model.jaffle_shop.customer_segments");
        QVERIFY(!segments->selected);
        QVERIFY(segments->whyNotSelected.find("ephemeral") != std::string::npos);
    }

    void impactedExposures()
    {
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("08_dbtcore_defer_state_v12_constraints.json")));
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("08_dbtcore_defer_state_v12_constraints.json")));
        // Change whatever the exposure depends on.
        const std::string parent
            = m["exposures"]["exposure.test.weekly_jaffle_metrics"]["depends_on"]["nodes"][0];
        m["nodes"][parent]["raw_code"] = "select 2 as id";
        const QString path = m_dir.filePath(QStringLiteral("exposure.json"));
        test::writeJsonFile(path, m);
        const auto plan = dbt::planChanges(base, test::loadOrFail(path));
        QCOMPARE(plan.impactedExposures,
                 std::vector<std::string> {"exposure.test.weekly_jaffle_metrics"});
    }

    void jsonRoundTrip()
    {
        dbt::ChangePlanOptions options;
        options.slimDiff = true;
        const auto plan = recce(options);
        const nlohmann::json json = plan.toJson();
        for (const char *key : {"new", "removed", "modified", "impacted", "models"})
            QVERIFY2(json.contains(key), key);
        for (const auto &model : json["models"]) {
            for (const char *key : {"unique_id", "status", "prod_relation", "pr_relation",
                                    "primary_key", "config", "selected", "why_not_selected"})
                QVERIFY2(model.contains(key), key);
            QVERIFY(model["primary_key"].contains("columns"));
            QVERIFY(model["primary_key"].contains("rule"));
        }
        auto back = dbt::ChangePlan::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.errorMessage()));
        QVERIFY(back->toJson() == json);
        QVERIFY(!dbt::ChangePlan::fromJson(nlohmann::json::array()));
        QVERIFY(!dbt::ChangePlan::fromJson({{"new", 3}}));
    }
};

QTEST_GUILESS_MAIN(TestChangePlan)
#include "tst_change_plan.moc"
