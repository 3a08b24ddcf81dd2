// Per-model diff configuration from meta.datafold.datadiff and meta.tidemark, also set for a
// folder.

#include "dbt/manifest_loader.h"
#include "dbt/model_diff_config.h"
#include "support/test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;

class TestModelDiffConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    dbt::ModelDiffConfig configAfter(const std::function<void(nlohmann::json &)> &mutate)
    {
        nlohmann::json m = test::readJsonFile(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        mutate(m["nodes"]["model.jaffle_shop.orders"]);
        const QString path = m_dir.filePath(QStringLiteral("config.json"));
        test::writeJsonFile(path, m);
        const auto manifest = test::loadOrFail(path);
        return dbt::diffConfigOf(*manifest.find("model.jaffle_shop.orders"));
    }

private Q_SLOTS:
    void noConfiguration()
    {
        const auto c = configAfter([](nlohmann::json &) {});
        QVERIFY(c.filter.empty());
        QVERIFY(c.includeColumns.empty());
        QVERIFY(!c.neverDiff);
        QVERIFY(c.foundIn.empty());
    }

    void datafoldBlockOnTheModel()
    {
        const auto c = configAfter([](nlohmann::json &n) {
            n["meta"] = {{"datafold",
                          {{"datadiff",
                            {{"filter", "order_date >= '2018-02-01'"},
                             {"include_columns", {"order_id", "status"}},
                             {"exclude_columns", "amount"},
                             {"time_column", "order_date"},
                             {"prod_time_travel", {"2022-02-07T00:00:00"}},
                             {"slim_diff", "diff_when_downstream"}}}}}};
        });
        QCOMPARE(c.filter, std::string("order_date >= '2018-02-01'"));
        QCOMPARE(c.includeColumns, (std::vector<std::string> {"order_id", "status"}));
        QCOMPARE(c.excludeColumns, std::vector<std::string> {"amount"});
        QCOMPARE(c.timeColumn, std::string("order_date"));
        QVERIFY(c.prodTimeTravel == nlohmann::json({"2022-02-07T00:00:00"}));
        QVERIFY(c.diffWhenDownstream);
        QVERIFY(!c.neverDiff);
        QCOMPARE(c.foundIn, std::vector<std::string> {"meta.datafold.datadiff"});
    }

    void folderLevelConfigMeta()
    {
        // dbt_project.yml `models: {my_project: {marts: {+meta: {datafold: {datadiff: ...}}}}}`
        // lands in config.meta; the model's own meta adds to it.
        const auto c = configAfter([](nlohmann::json &n) {
            n["config"]["meta"]
                = {{"datafold",
                    {{"datadiff", {{"never_diff", true}, {"exclude_columns", {"loaded_at"}}}}}}};
            n["meta"] = {{"datafold", {{"datadiff", {{"filter", "status <> 'x'"}}}}}};
        });
        QVERIFY(c.neverDiff);
        QCOMPARE(c.excludeColumns, std::vector<std::string> {"loaded_at"});
        QCOMPARE(c.filter, std::string("status <> 'x'"));
    }

    void tidemarkBlockWins()
    {
        const auto c = configAfter([](nlohmann::json &n) {
            n["meta"] = {{"datafold", {{"datadiff", {{"filter", "a = 1"}, {"never_diff", true}}}}},
                         {"tidemark", {{"filter", "b = 2"}, {"never_diff", false}}}};
        });
        QCOMPARE(c.filter, std::string("b = 2"));
        QVERIFY(!c.neverDiff);
        QCOMPARE(c.foundIn, (std::vector<std::string> {"meta.datafold.datadiff", "meta.tidemark"}));
    }

    void jsonRoundTrip()
    {
        const auto c = configAfter([](nlohmann::json &n) {
            n["meta"] = {{"tidemark",
                          {{"filter", "x > 0"},
                           {"include_columns", {"a"}},
                           {"never_diff", "true"},
                           {"pr_time_travel", "2024-01-01"}}}};
        });
        QVERIFY(c.neverDiff);
        const auto back = dbt::ModelDiffConfig::fromJson(c.toJson());
        QVERIFY(back.toJson() == c.toJson());
        QCOMPARE(back.filter, c.filter);
        QVERIFY(back.prTimeTravel == nlohmann::json("2024-01-01"));
    }
};

QTEST_GUILESS_MAIN(TestModelDiffConfig)
#include "tst_model_diff_config.moc"
