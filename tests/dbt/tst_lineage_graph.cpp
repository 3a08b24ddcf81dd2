// The lineage graph against dbt's own parent_map, and selection with depth.

#include "dbt/lineage_export.h"
#include "dbt/lineage_graph.h"
#include "dbt/manifest_loader.h"
#include "support/test_support.h"

#include <QTest>

#include <set>

using namespace tidemark;

namespace {

bool isLineageId(const std::string &uid)
{
    for (const char *prefix : {"model.", "seed.", "snapshot.", "source.", "exposure."}) {
        if (uid.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

std::vector<std::string> names(const dbt::LineageGraph &g,
                               const std::vector<dbt::LineageGraph::Index> &nodes)
{
    std::vector<std::string> out;
    for (auto i : nodes)
        out.push_back(g.node(i).name);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestLineageGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesMatchParentMap_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"01_jaffle_shop_v4_dbt1.0.0.json", "02_jaffle_shop_v11_dbt1.7.0.json",
              "03_jaffle_shop_v12_dbt1.12.0.json", "04_recce_jaffle_base_v12.json",
              "05_recce_jaffle_pr2_v12.json", "06_tuva_v8_base_872055bf.json",
              "07_tuva_v8_pr_296d7b3e.json", "08_dbtcore_defer_state_v12_constraints.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void edgesMatchParentMap()
    {
        QFETCH(QString, file);
        dbt::ManifestLoadOptions options;
        options.keepParentMap = true;
        auto loaded = dbt::loadManifest(test::manifestFixture(file), options);
        QVERIFY(loaded);
        const dbt::Manifest &m = *loaded;
        QVERIFY(!m.parentMap.empty());

        std::set<std::pair<std::string, std::string>> expected;
        std::set<std::string> expectedNodes;
        for (const auto &[child, parents] : m.parentMap) {
            if (!isLineageId(child) || !m.find(child))
                continue;
            expectedNodes.insert(child);
            for (const auto &parent : parents) {
                if (isLineageId(parent) && m.find(parent))
                    expected.emplace(parent, child);
            }
        }
        const dbt::LineageGraph graph(m);
        std::set<std::pair<std::string, std::string>> actual;
        for (const auto &[p, c] : graph.edges())
            actual.emplace(graph.node(p).uniqueId, graph.node(c).uniqueId);
        QCOMPARE(actual, expected);
        std::set<std::string> actualNodes;
        for (dbt::LineageGraph::Index i = 0; i < graph.size(); ++i) {
            actualNodes.insert(graph.node(i).uniqueId);
            QVERIFY(graph.node(i).resourceType != dbt::ResourceType::Test);
        }
        QCOMPARE(actualNodes, expectedNodes);
        QVERIFY(!expected.empty());
    }

    void selectionWithDepth()
    {
        const auto m = test::loadOrFail(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        const dbt::LineageGraph g(m);
        const auto start = g.select("customers");
        QCOMPARE(start.size(), size_t(1));
        QCOMPARE(g.node(start.front()).uniqueId, std::string("model.jaffle_shop.customers"));
        QCOMPARE(g.select("model.jaffle_shop.customers"), start);
        QVERIFY(g.select("no_such_model").empty());

        QCOMPARE(names(g, g.upstream(start, 0)), std::vector<std::string> {"customers"});
        QCOMPARE(names(g, g.upstream(start, 1)),
                 (std::vector<std::string> {"customers", "int_customer_orders",
                                            "int_customer_payments", "stg_customers"}));
        QCOMPARE(names(g, g.downstream(start, 1)),
                 (std::vector<std::string> {"customer_order_pattern", "customer_segments",
                                            "customers"}));
        const auto all = g.upstream(start);
        QVERIFY(std::find_if(
                    all.begin(), all.end(),
                    [&](auto i) { return g.node(i).resourceType == dbt::ResourceType::Source; })
                != all.end());

        // A source answers to source_name.table too.
        const auto src = g.select("jaffle-shop-data.raw_customers");
        QCOMPARE(src.size(), size_t(1));
        QCOMPARE(g.node(src.front()).resourceType, dbt::ResourceType::Source);
    }

    void exportFormats()
    {
        const auto m = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        const dbt::LineageGraph g(m);
        const auto start = g.select("customers");
        auto nodes = g.upstream(start, 1);
        const auto sel = dbt::selectionOf(g, nodes);
        const nlohmann::json j = dbt::lineageToJson(g, sel);
        QCOMPARE(j["nodes"].size(), sel.nodes.size());
        QCOMPARE(j["edges"].size(), sel.edges.size());
        for (const auto &e : j["edges"])
            QVERIFY(e[1] == "model.jaffle_shop.customers");
        const std::string dot = dbt::lineageToDot(g, sel);
        QVERIFY(dot.rfind("digraph lineage {", 0) == 0);
        QVERIFY(dot.find("\"model.jaffle_shop.stg_customers\" -> \"model.jaffle_shop.customers\";")
                != std::string::npos);
        const std::string mermaid = dbt::lineageToMermaid(g, sel);
        QVERIFY(mermaid.rfind("graph LR\n", 0) == 0);
        QCOMPARE(size_t(std::count(mermaid.begin(), mermaid.end(), '>')), sel.edges.size());
    }
};

QTEST_GUILESS_MAIN(TestLineageGraph)
#include "tst_lineage_graph.moc"
