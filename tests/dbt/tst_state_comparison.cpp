// dbt's state:modified between real manifests, across schema versions, and one reason at a time.

#include "dbt/manifest_loader.h"
#include "dbt/state_comparison.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tidemark;

namespace {

using Mutation = std::function<void(nlohmann::json &)>;

std::vector<std::string> reasonNames(const dbt::ModifiedNode &m)
{
    std::vector<std::string> names;
    for (auto r : m.reasons)
        names.emplace_back(dbt::toString(r));
    return names;
}

const dbt::ModifiedNode *findModified(const dbt::StateComparison &c, const std::string &uid)
{
    for (const auto &m : c.modified) {
        if (m.uniqueId == uid)
            return &m;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestStateComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    dbt::Manifest loadJson(const QString &name, const nlohmann::json &json)
    {
        const QString path = m_dir.filePath(name);
        test::writeJsonFile(path, json);
        return test::loadOrFail(path);
    }

private Q_SLOTS:
    void recceJaffleShopPair()
    {
        // PROVENANCE.md: two models added, customers changed in body; relation_name differs for
        // every common model (prod vs dev schema) and that is not a change.
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        const auto pr = test::loadOrFail(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        const dbt::StateComparison c = dbt::compareStates(base, pr);
        QCOMPARE(c.added,
                 (std::vector<std::string> {"model.jaffle_shop.int_customer_orders",
                                            "model.jaffle_shop.int_customer_payments"}));
        QVERIFY(c.removed.empty());
        QCOMPARE(c.modified.size(), size_t(1));
        QCOMPARE(c.modified.front().uniqueId, std::string("model.jaffle_shop.customers"));
        QCOMPARE(reasonNames(c.modified.front()), std::vector<std::string> {"body"});
        QVERIFY(base.find("model.jaffle_shop.orders")->relationName
                != pr.find("model.jaffle_shop.orders")->relationName);
    }

    void tuvaPair()
    {
        // PROVENANCE.md: twelve model bodies, eight seed checksums, one seed config change.
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("06_tuva_v8_base_872055bf.json")));
        const auto pr = test::loadOrFail(
            test::manifestFixture(QStringLiteral("07_tuva_v8_pr_296d7b3e.json")));
        const dbt::StateComparison c = dbt::compareStates(base, pr);
        QVERIFY(c.added.empty());
        QVERIFY(c.removed.empty());
        int modelBodies = 0;
        int seedBodies = 0;
        std::vector<std::string> configChanges;
        for (const auto &m : c.modified) {
            const auto names = reasonNames(m);
            if (names == std::vector<std::string> {"body"}) {
                if (m.uniqueId.rfind("model.the_tuva_project.cms_hcc__", 0) == 0)
                    ++modelBodies;
                else if (m.uniqueId.rfind("seed.the_tuva_project.cms_hcc__", 0) == 0)
                    ++seedBodies;
            } else if (names == std::vector<std::string> {"configs"}) {
                configChanges.push_back(m.uniqueId);
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected reasons for %1")
                                     .arg(QString::fromStdString(m.uniqueId))));
            }
        }
        QCOMPARE(modelBodies, 12);
        QCOMPARE(seedBodies, 8);
        QCOMPARE(configChanges,
                 std::vector<std::string> {"seed.the_tuva_project.terminology__snomed_icd_10_map"});
        QCOMPARE(c.modified.size(), size_t(21));
    }

    void sameManifestHasNoChanges_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"01_jaffle_shop_v4_dbt1.0.0.json", "02_jaffle_shop_v11_dbt1.7.0.json",
                              "03_jaffle_shop_v12_dbt1.12.0.json", "06_tuva_v8_base_872055bf.json",
                              "08_dbtcore_defer_state_v12_constraints.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void sameManifestHasNoChanges()
    {
        QFETCH(QString, file);
        const auto m = test::loadOrFail(test::manifestFixture(file));
        const auto c = dbt::compareStates(m, m);
        QVERIFY(c.added.empty());
        QVERIFY(c.removed.empty());
        QVERIFY(c.modified.empty());
    }

    void crossVersionGivesTheSameAnswer_data()
    {
        QTest::addColumn<int>("baseVersion");
        QTest::addColumn<int>("prVersion");
        QTest::newRow("v4 -> v12") << 4 << 12;
        QTest::newRow("v8 -> v12") << 8 << 12;
        QTest::newRow("v12 -> v4") << 12 << 4;
        QTest::newRow("v4 -> v8") << 4 << 8;
    }

    void crossVersionGivesTheSameAnswer()
    {
        // The Recce pair rewritten into older schema shapes on one side must give the same answer.
        QFETCH(int, baseVersion);
        QFETCH(int, prVersion);
        nlohmann::json base = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        nlohmann::json pr = test::readJsonFile(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        if (baseVersion != 12)
            base = test::downgradeManifest(base, baseVersion);
        if (prVersion != 12)
            pr = test::downgradeManifest(pr, prVersion);
        const auto b = loadJson(QStringLiteral("base.json"), base);
        const auto p = loadJson(QStringLiteral("pr.json"), pr);
        QCOMPARE(b.schemaVersion, baseVersion);
        QCOMPARE(p.schemaVersion, prVersion);
        const auto c = dbt::compareStates(b, p);
        QCOMPARE(c.added.size(), size_t(2));
        QCOMPARE(c.modified.size(), size_t(1));
        QCOMPARE(c.modified.front().uniqueId, std::string("model.jaffle_shop.customers"));
        QCOMPARE(reasonNames(c.modified.front()), std::vector<std::string> {"body"});
    }

    void realCrossVersionFiles()
    {
        // jaffle_shop as dbt 1.0 wrote it (v4) against jaffle_shop as dbt 1.12 wrote it (v12).
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("01_jaffle_shop_v4_dbt1.0.0.json")));
        const auto pr = test::loadOrFail(
            test::manifestFixture(QStringLiteral("03_jaffle_shop_v12_dbt1.12.0.json")));
        const auto c = dbt::compareStates(base, pr);
        QVERIFY(std::find(c.removed.begin(), c.removed.end(), "model.jaffle_shop.stg_payments")
                != c.removed.end());
        QVERIFY(std::find(c.added.begin(), c.added.end(), "model.jaffle_shop.stg_products")
                != c.added.end());
        const auto *stgOrders = findModified(c, "model.jaffle_shop.stg_orders");
        QVERIFY(stgOrders);
        // The v12 project's stg_orders uses the project macro cents_to_dollars, which v4 did not
        // have.
        QCOMPARE(reasonNames(*stgOrders), (std::vector<std::string> {"body", "macros"}));
    }

    void oneReasonAtATime_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("reasons");
        const QString orders = QStringLiteral("model.jaffle_shop.orders");
        auto node = [](nlohmann::json &m) -> nlohmann::json & {
            return m["nodes"]["model.jaffle_shop.orders"];
        };

        QTest::newRow("body") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["raw_code"] = node(m)["raw_code"].get<std::string>() + "\n-- changed";
        }) << QStringList {QStringLiteral("body")};
        QTest::newRow("checksum alone is not body") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["checksum"]["checksum"] = "0000";
        }) << QStringList {};
        QTest::newRow("configs") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["materialized"] = "incremental";
        }) << QStringList {QStringLiteral("configs")};
        QTest::newRow("configs: meta counts") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["meta"] = {{"owner", "x"}};
        }) << QStringList {QStringLiteral("configs")};
        QTest::newRow("configs: tags do not count") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["tags"] = {"nightly"};
        }) << QStringList {};
        QTest::newRow("configs: a new key") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["a"] = {{"x", 1}, {"y", 2}};
        }) << QStringList {QStringLiteral("configs")};
        QTest::newRow("relation: schema") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["schema"] = "marts";
        }) << QStringList {QStringLiteral("relation")};
        QTest::newRow("relation: alias") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["unrendered_config"]["alias"] = "orders_v2";
        }) << QStringList {QStringLiteral("relation")};
        QTest::newRow("relation_name is not a change")
            << orders << Mutation([=](nlohmann::json &m) {
                   node(m)["relation_name"] = "\"other\".\"place\".\"orders\"";
                   node(m)["schema"] = "place";
               })
            << QStringList {};
        QTest::newRow("description without persist_docs")
            << orders << Mutation([=](nlohmann::json &m) { node(m)["description"] = "new words"; })
            << QStringList {};
        QTest::newRow("persisted_descriptions") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["config"]["persist_docs"] = {{"relation", true}};
            node(m)["description"] = "new words";
        }) << QStringList {QStringLiteral("persisted_descriptions")};
        QTest::newRow("persisted column descriptions")
            << orders << Mutation([=](nlohmann::json &m) {
                   node(m)["config"]["persist_docs"] = {{"columns", true}};
                   node(m)["columns"]["order_id"]["description"] = "the order";
               })
            << QStringList {QStringLiteral("persisted_descriptions")};
        QTest::newRow("macros: direct") << orders << Mutation([=](nlohmann::json &m) {
            m["macros"]["macro.dbt.run_hooks"]["macro_sql"]
                = "{% macro run_hooks() %}{% endmacro %}";
            node(m)["depends_on"]["macros"].push_back("macro.dbt.run_hooks");
        }) << QStringList {QStringLiteral("macros")};
        QTest::newRow("contract: newly enforced") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["contract"] = {{"enforced", true}, {"alias_types", true}, {"checksum", "abc"}};
        }) << QStringList {QStringLiteral("contract")};
        QTest::newRow("fqn") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["fqn"] = {"jaffle_shop", "marts", "orders"};
        }) << QStringList {QStringLiteral("fqn")};
        QTest::newRow("versioning: access")
            << orders << Mutation([=](nlohmann::json &m) { node(m)["access"] = "public"; })
            << QStringList {QStringLiteral("versioning")};
        QTest::newRow("versioning: deprecation_date") << orders << Mutation([=](nlohmann::json &m) {
            node(m)["deprecation_date"] = "2030-01-01T00:00:00";
        }) << QStringList {QStringLiteral("versioning")};
        QTest::newRow("several at once")
            << orders << Mutation([=](nlohmann::json &m) {
                   node(m)["raw_code"] = "select 1";
                   node(m)["fqn"] = {"jaffle_shop", "x"};
                   node(m)["unrendered_config"]["materialized"] = "view";
               })
            << QStringList {QStringLiteral("body"), QStringLiteral("configs"),
                            QStringLiteral("fqn")};
    }

    void oneReasonAtATime()
    {
        QFETCH(QString, uid);
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, reasons);
        nlohmann::json base = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        nlohmann::json pr = base;
        mutate(pr);
        const auto c = dbt::compareStates(loadJson(QStringLiteral("b.json"), base),
                                          loadJson(QStringLiteral("p.json"), pr));
        QVERIFY(c.added.empty());
        QVERIFY(c.removed.empty());
        if (reasons.isEmpty()) {
            QVERIFY2(c.modified.empty(),
                     c.modified.empty() ? "" : c.modified.front().uniqueId.c_str());
            return;
        }
        QCOMPARE(c.modified.size(), size_t(1));
        QCOMPARE(QString::fromStdString(c.modified.front().uniqueId), uid);
        QStringList actual;
        for (const auto &name : reasonNames(c.modified.front()))
            actual << QString::fromStdString(name);
        QCOMPARE(actual, reasons);
    }

    void macroChangeReachesThroughOtherMacros()
    {
        nlohmann::json base = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        base["macros"]["macro.jaffle_shop.outer"]
            = {{"unique_id", "macro.jaffle_shop.outer"},
               {"macro_sql", "{{ inner() }}"},
               {"depends_on", {{"macros", {"macro.jaffle_shop.inner"}}}}};
        base["macros"]["macro.jaffle_shop.inner"]
            = {{"unique_id", "macro.jaffle_shop.inner"},
               {"macro_sql", "1"},
               {"depends_on", {{"macros", nlohmann::json::array()}}}};
        base["nodes"]["model.jaffle_shop.stg_orders"]["depends_on"]["macros"].push_back(
            "macro.jaffle_shop.outer");
        nlohmann::json pr = base;
        pr["macros"]["macro.jaffle_shop.inner"]["macro_sql"] = "2";
        const auto c = dbt::compareStates(loadJson(QStringLiteral("b.json"), base),
                                          loadJson(QStringLiteral("p.json"), pr));
        QCOMPARE(c.modified.size(), size_t(1));
        QCOMPARE(c.modified.front().uniqueId, std::string("model.jaffle_shop.stg_orders"));
        QCOMPARE(reasonNames(c.modified.front()), std::vector<std::string> {"macros"});
    }

    void seedsCompareChecksumsNotBodies()
    {
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("06_tuva_v8_base_872055bf.json")));
        nlohmann::json pr = test::readJsonFile(
            test::manifestFixture(QStringLiteral("06_tuva_v8_base_872055bf.json")));
        std::string seedId;
        for (auto &[uid, node] : pr["nodes"].items()) {
            if (node["resource_type"] == "seed") {
                seedId = uid;
                node["checksum"]["checksum"] = "changed";
                break;
            }
        }
        const auto c = dbt::compareStates(base, loadJson(QStringLiteral("p.json"), pr));
        QCOMPARE(c.modified.size(), size_t(1));
        QCOMPARE(c.modified.front().uniqueId, seedId);
        QCOMPARE(reasonNames(c.modified.front()), std::vector<std::string> {"body"});
    }
};

QTEST_GUILESS_MAIN(TestStateComparison)
#include "tst_state_comparison.moc"
