// Primary key inference: the seven rules in order, on real manifests and on altered copies.

#include "dbt/manifest_loader.h"
#include "dbt/primary_key.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tidemark;

namespace {
using Mutation = std::function<void(nlohmann::json &)>;

nlohmann::json &node(nlohmann::json &m, const char *uid)
{
    return m["nodes"][uid];
}

nlohmann::json uniqueTest(const std::string &uid, const std::string &model,
                          const std::string &column, const std::string &name = "unique",
                          const nlohmann::json &extraKwargs = nlohmann::json::object())
{
    nlohmann::json kwargs = extraKwargs;
    if (!column.empty())
        kwargs["column_name"] = column;
    return {
        {"unique_id", uid},
        {"resource_type", "test"},
        {"name", uid},
        {"package_name", "jaffle_shop"},
        {"test_metadata",
         {{"name", name},
          {"kwargs", kwargs},
          {"namespace", name == "unique" ? nlohmann::json(nullptr) : nlohmann::json("dbt_utils")}}},
        {"column_name", column.empty() ? nlohmann::json(nullptr) : nlohmann::json(column)},
        {"attached_node", model},
        {"depends_on", {{"nodes", {model}}, {"macros", nlohmann::json::array()}}}};
}

void dropTestsOf(nlohmann::json &m, const std::string &model)
{
    std::vector<std::string> drop;
    for (auto &[uid, n] : m["nodes"].items()) {
        if (n["resource_type"] == "test" && n.value("attached_node", nlohmann::json()) == model)
            drop.push_back(uid);
    }
    for (const auto &uid : drop)
        m["nodes"].erase(uid);
}
} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestPrimaryKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void jaffleShopUniqueAndNotNullTests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("v4 stg_customers")
            << "01_jaffle_shop_v4_dbt1.0.0.json"
            << "model.jaffle_shop.stg_customers" << QStringList {QStringLiteral("customer_id")};
        QTest::newRow("v4 orders")
            << "01_jaffle_shop_v4_dbt1.0.0.json"
            << "model.jaffle_shop.orders" << QStringList {QStringLiteral("order_id")};
        QTest::newRow("v4 stg_payments")
            << "01_jaffle_shop_v4_dbt1.0.0.json"
            << "model.jaffle_shop.stg_payments" << QStringList {QStringLiteral("payment_id")};
        QTest::newRow("v11 customers")
            << "02_jaffle_shop_v11_dbt1.7.0.json"
            << "model.jaffle_shop.customers" << QStringList {QStringLiteral("customer_id")};
        QTest::newRow("v12 orders")
            << "03_jaffle_shop_v12_dbt1.12.0.json"
            << "model.jaffle_shop.orders" << QStringList {QStringLiteral("order_id")};
        QTest::newRow("recce customers")
            << "04_recce_jaffle_base_v12.json"
            << "model.jaffle_shop.customers" << QStringList {QStringLiteral("customer_id")};
        QTest::newRow("constraints outer")
            << "08_dbtcore_defer_state_v12_constraints.json"
            << "model.test.outer" << QStringList {QStringLiteral("id")};
        QTest::newRow("constraints model (test wins)")
            << "08_dbtcore_defer_state_v12_constraints.json"
            << "model.test.model_with_lots_of_schema_configs" << QStringList {QStringLiteral("id")};
    }

    void jaffleShopUniqueAndNotNullTests()
    {
        QFETCH(QString, file);
        QFETCH(QString, uid);
        QFETCH(QStringList, columns);
        const auto m = test::loadOrFail(test::manifestFixture(file));
        const dbt::PrimaryKeyFinder finder(m);
        const dbt::Node *n = m.find(uid.toStdString());
        QVERIFY(n);
        const dbt::PrimaryKey key = finder.find(*n);
        QStringList actual;
        for (const auto &c : key.columns)
            actual << QString::fromStdString(c);
        QCOMPARE(actual, columns);
        QCOMPARE(key.rule, dbt::PrimaryKeyRule::UniquenessTest);
        QVERIFY(key.detail.rfind("test.", 0) == 0);
    }

    void constraintsFixture()
    {
        // Without its unique test the constraints model falls to its unique_key, and without that
        // to its primary_key constraint; snapshots find their key in unique_key; the seed with only
        // not_null tests has none.
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("08_dbtcore_defer_state_v12_constraints.json")));
        dropTestsOf(m, "model.test.model_with_lots_of_schema_configs");
        const QString withKeyPath = m_dir.filePath(QStringLiteral("constraints_unique_key.json"));
        test::writeJsonFile(withKeyPath, m);
        const auto withKey = test::loadOrFail(withKeyPath);
        const auto uniqueKey = dbt::PrimaryKeyFinder(withKey).find(
            *withKey.find("model.test.model_with_lots_of_schema_configs"));
        QCOMPARE(uniqueKey.rule, dbt::PrimaryKeyRule::UniqueKey);
        QCOMPARE(uniqueKey.columns, std::vector<std::string> {"id"});

        m["nodes"]["model.test.model_with_lots_of_schema_configs"]["config"]["unique_key"]
            = nullptr;
        const QString path = m_dir.filePath(QStringLiteral("constraints.json"));
        test::writeJsonFile(path, m);
        const auto manifest = test::loadOrFail(path);
        const dbt::PrimaryKeyFinder finder(manifest);
        const auto key
            = finder.find(*manifest.find("model.test.model_with_lots_of_schema_configs"));
        QCOMPARE(key.rule, dbt::PrimaryKeyRule::Constraint);
        QCOMPARE(key.columns, std::vector<std::string> {"id"});
        const auto snap = finder.find(*manifest.find("snapshot.test.my_snapshot"));
        QCOMPARE(snap.rule, dbt::PrimaryKeyRule::UniqueKey);
        QCOMPARE(snap.columns, std::vector<std::string> {"id"});
        const auto seed = finder.find(*manifest.find("seed.test.seed"));
        QCOMPARE(seed.rule, dbt::PrimaryKeyRule::None);
        QVERIFY(seed.columns.empty());
        QVERIFY(seed.detail.find("no primary key") != std::string::npos);
    }

    void rulesInOrder_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("rule");
        const char *orders = "model.jaffle_shop.orders";
        QTest::newRow("1 model meta beats tests")
            << Mutation([=](nlohmann::json &m) {
                   node(m, orders)["meta"] = {{"primary-key", {"order_id", "customer_id"}}};
               })
            << "primary-key"
            << QStringList {QStringLiteral("order_id"), QStringLiteral("customer_id")}
            << "model_meta";
        QTest::newRow("1 model meta via config.meta (folder level)")
            << Mutation([=](nlohmann::json &m) {
                   node(m, orders)["config"]["meta"] = {{"primary-key", "order_id, status"}};
               })
            << "primary-key" << QStringList {QStringLiteral("order_id"), QStringLiteral("status")}
            << "model_meta";
        QTest::newRow("1 configurable tag") << Mutation([=](nlohmann::json &m) {
            node(m, orders)["meta"] = {{"pk", {"status"}}, {"primary-key", {"order_id"}}};
        }) << "pk" << QStringList {QStringLiteral("status")}
                                            << "model_meta";
        QTest::newRow("2 column meta, composite")
            << Mutation([=](nlohmann::json &m) {
                   node(m, orders)["columns"]["order_id"]["meta"] = {{"primary-key", true}};
                   node(m, orders)["columns"]["customer_id"]["meta"] = {{"primary-key", true}};
               })
            << "primary-key"
            << QStringList {QStringLiteral("customer_id"), QStringLiteral("order_id")}
            << "column_meta"; // file order
        QTest::newRow("3 column tag") << Mutation([=](nlohmann::json &m) {
            node(m, orders)["columns"]["status"]["tags"] = {"primary-key"};
        }) << "primary-key" << QStringList {QStringLiteral("status")}
                                      << "column_tag";
        QTest::newRow("4 unique on an expression")
            << Mutation([=](nlohmann::json &m) {
                   dropTestsOf(m, orders);
                   m["nodes"]["test.x.u"]
                       = uniqueTest("test.x.u", orders, "order_id || '-' || customer_id");
               })
            << "primary-key"
            << QStringList {QStringLiteral("order_id"), QStringLiteral("customer_id")}
            << "uniqueness_test";
        QTest::newRow("4 unique on concat()")
            << Mutation([=](nlohmann::json &m) {
                   dropTestsOf(m, orders);
                   m["nodes"]["test.x.u"]
                       = uniqueTest("test.x.u", orders, "concat(order_id, customer_id)");
               })
            << "primary-key"
            << QStringList {QStringLiteral("order_id"), QStringLiteral("customer_id")}
            << "uniqueness_test";
        QTest::newRow("4 dbt_utils.unique_combination_of_columns")
            << Mutation([=](nlohmann::json &m) {
                   dropTestsOf(m, orders);
                   m["nodes"]["test.x.u"]
                       = uniqueTest("test.x.u", orders, "", "unique_combination_of_columns",
                                    {{"combination_of_columns", {"order_date", "customer_id"}}});
               })
            << "primary-key"
            << QStringList {QStringLiteral("order_date"), QStringLiteral("customer_id")}
            << "uniqueness_test";
        QTest::newRow("5 unique_key") << Mutation([=](nlohmann::json &m) {
            dropTestsOf(m, orders);
            node(m, orders)["config"]["unique_key"] = {"order_id", "status"};
        }) << "primary-key" << QStringList {QStringLiteral("order_id"), QStringLiteral("status")}
                                      << "unique_key";
        QTest::newRow("6 column primary_key constraint") << Mutation([=](nlohmann::json &m) {
            dropTestsOf(m, orders);
            node(m, orders)["columns"]["status"]["constraints"] = {{{"type", "primary_key"}}};
        }) << "primary-key" << QStringList {QStringLiteral("status")}
                                                         << "constraint";
        QTest::newRow("7 <model>_id by name")
            << Mutation([=](nlohmann::json &m) { dropTestsOf(m, orders); }) << "primary-key"
            << QStringList {QStringLiteral("order_id")} << "name";
        QTest::newRow("none") << Mutation([=](nlohmann::json &m) {
            dropTestsOf(m, orders);
            node(m, orders)["columns"].erase("order_id");
        }) << "primary-key" << QStringList {}
                              << "none";
    }

    void rulesInOrder()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, tag);
        QFETCH(QStringList, columns);
        QFETCH(QString, rule);
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        mutate(m);
        const QString path = m_dir.filePath(QStringLiteral("pk.json"));
        test::writeJsonFile(path, m);
        const auto manifest = test::loadOrFail(path);
        const dbt::PrimaryKeyFinder finder(manifest, tag.toStdString());
        const auto key = finder.find(*manifest.find("model.jaffle_shop.orders"));
        QStringList actual;
        for (const auto &c : key.columns)
            actual << QString::fromStdString(c);
        QCOMPARE(actual, columns);
        QCOMPARE(QString::fromLatin1(dbt::toString(key.rule)), rule);
    }

    void expressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("columns");
        QTest::newRow("plain") << "id" << QStringList {QStringLiteral("id")};
        QTest::newRow("quoted") << "\"Order ID\"" << QStringList {QStringLiteral("Order ID")};
        QTest::newRow("backticks") << "`id`" << QStringList {QStringLiteral("id")};
        QTest::newRow("concatenation")
            << "a || '|' || b" << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("casts") << "cast(a as varchar) || b::text"
                               << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("coalesce") << "coalesce(a, '') || coalesce(b, '')"
                                  << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("concat") << "concat(a, '-', b)"
                                << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("concat_ws")
            << "concat_ws('-', a, b)" << QStringList {QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("qualified") << "t.id" << QStringList {QStringLiteral("id")};
        QTest::newRow("literal only") << "'x'" << QStringList {};
        QTest::newRow("parenthesised (Tuva)")
            << "(claim_id||'-'||claim_line_number)"
            << QStringList {QStringLiteral("claim_id"), QStringLiteral("claim_line_number")};
        QTest::newRow("not one group")
            << "(a) || (b)" << QStringList {QStringLiteral("a"), QStringLiteral("b")};
    }

    void expressions()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, columns);
        QStringList actual;
        for (const auto &c : dbt::columnsOfExpression(expression.toStdString()))
            actual << QString::fromStdString(c);
        QCOMPARE(actual, columns);
    }

    void tuvaKeys()
    {
        // Tuva (v8: no attached_node; the node's column_name is null where kwargs has an
        // expression).
        const auto m = test::loadOrFail(
            test::manifestFixture(QStringLiteral("06_tuva_v8_base_872055bf.json")));
        const dbt::PrimaryKeyFinder finder(m);
        auto keyOf = [&](const char *uid) {
            const dbt::Node *n = m.find(uid);
            return n ? finder.find(*n) : dbt::PrimaryKey {};
        };
        const auto claims = keyOf("model.the_tuva_project.core__medical_claim");
        QCOMPARE(claims.rule, dbt::PrimaryKeyRule::UniquenessTest);
        QCOMPARE(claims.columns, (std::vector<std::string> {"claim_id", "claim_line_number"}));
        const auto pmpm = keyOf("model.the_tuva_project.financial_pmpm__pmpm_prep");
        QCOMPARE(pmpm.columns, (std::vector<std::string> {"patient_id", "year_month", "plan"}));
        const auto wide
            = keyOf("model.the_tuva_project.chronic_conditions__tuva_chronic_conditions_wide");
        QCOMPARE(wide.columns, std::vector<std::string> {"patient_id"});
        int found = 0;
        for (const auto &t : m.tests) {
            if (t.testName != "unique")
                continue;
            const dbt::Node *n = m.find(t.attachedNode);
            QVERIFY(n);
            const auto key = finder.find(*n);
            QCOMPARE(key.rule, dbt::PrimaryKeyRule::UniquenessTest);
            QVERIFY(!key.columns.empty());
            ++found;
        }
        QCOMPARE(found, 15);
    }
};

QTEST_GUILESS_MAIN(TestPrimaryKey)
#include "tst_primary_key.moc"
