// The bundled demo: the engine's answer on the project's own PR equals the answer written by hand
// in resources/demo/expected_changes.json (from dbt-core's semantics, cross-checked by its
// generator).

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "dbt/primary_key.h"
#include "dbt/run_results.h"
#include "support/test_support.h"

#include <QTest>

using namespace tidemark;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    nlohmann::json m_expected;
    dbt::Manifest m_prod;
    dbt::Manifest m_pr;

private Q_SLOTS:
    void initTestCase()
    {
        const QString demo = test::sourceDir() + QStringLiteral("/resources/demo");
        m_expected = test::readJsonFile(demo + QStringLiteral("/expected_changes.json"));
        m_prod = test::loadOrFail(demo + QStringLiteral("/prod"));
        m_pr = test::loadOrFail(demo + QStringLiteral("/pr"));
    }

    void stateModified()
    {
        const dbt::ChangePlan plan = dbt::planChanges(m_prod, m_pr);
        const nlohmann::json json = plan.toJson();
        QVERIFY(json["new"] == m_expected["new"]);
        QVERIFY(json["removed"] == m_expected["removed"]);
        QVERIFY(json["impacted"] == m_expected["impacted"]);
        nlohmann::json modified = nlohmann::json::object();
        for (const auto &m : json["modified"])
            modified[m["unique_id"].get<std::string>()] = m["reasons"];
        QCOMPARE(QString::fromStdString(modified.dump()),
                 QString::fromStdString(m_expected["modified"].dump()));
        QVERIFY(json["impacted_exposures"] == m_expected["affected_exposures"]);
        for (const auto &uid : m_expected["unchanged"])
            QVERIFY(!plan.model(uid.get<std::string>()));
    }

    void primaryKeys()
    {
        const dbt::PrimaryKeyFinder pr(m_pr);
        const dbt::PrimaryKeyFinder prod(m_prod);
        QVERIFY(m_expected["primary_keys"].size() >= 10);
        for (const auto &[uid, key] : m_expected["primary_keys"].items()) {
            const dbt::Node *node = m_pr.find(uid);
            const dbt::PrimaryKey found = node ? pr.find(*node) : prod.find(*m_prod.find(uid));
            QVERIFY2(nlohmann::json(found.columns) == key["columns"], uid.c_str());
            QCOMPARE(QString::fromLatin1(dbt::toString(found.rule)),
                     QString::fromStdString(key["rule"].get<std::string>()));
        }
    }

    void runResults()
    {
        auto run = dbt::loadRunResults(test::sourceDir() + QStringLiteral("/resources/demo/pr"));
        QVERIFY2(run, qPrintable(run ? QString() : run.errorMessage()));
        QVERIFY(!run->results.empty());
        const dbt::ChangePlan plan = dbt::planChanges(m_prod, m_pr, {}, &*run);
        QCOMPARE(plan.model("model.tidemark_coffee.stg_orders")->prRunStatus,
                 std::string("success"));
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demo_workspace.moc"
