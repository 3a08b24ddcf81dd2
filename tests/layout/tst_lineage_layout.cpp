// The layered layout of lineage graphs: layers follow the edges, boxes never overlap, the output is
// deterministic, crossing reduction helps, and cycles, empty and tiny graphs are handled.

#include "dbt/lineage_graph.h"
#include "dbt/manifest_loader.h"
#include "layout/lineage_layout.h"
#include "support/test_support.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <limits>
#include <map>
#include <random>

using namespace tidemark;
using layout::LayeredLayout;

namespace {

const char *const kFixtures[] = {
    "01_jaffle_shop_v4_dbt1.0.0.json",   "02_jaffle_shop_v11_dbt1.7.0.json",
    "03_jaffle_shop_v12_dbt1.12.0.json", "04_recce_jaffle_base_v12.json",
    "05_recce_jaffle_pr2_v12.json",      "06_tuva_v8_base_872055bf.json",
    "07_tuva_v8_pr_296d7b3e.json",       "08_dbtcore_defer_state_v12_constraints.json",
};

void addFixtureRows()
{
    QTest::addColumn<QString>("file");
    for (const char *f : kFixtures)
        QTest::newRow(f) << QString::fromLatin1(f);
}

dbt::Node makeNode(const std::string &name, dbt::ResourceType type,
                   std::vector<std::string> parents = {})
{
    dbt::Node node;
    const char *prefix = type == dbt::ResourceType::Source ? "source.p."
        : type == dbt::ResourceType::Exposure              ? "exposure.p."
                                                           : "model.p.";
    node.uniqueId = prefix + name;
    node.name = name;
    node.resourceType = type;
    for (const auto &p : parents)
        node.dependsOnNodes.push_back("model.p." + p);
    return node;
}

dbt::Manifest manifestOf(std::vector<dbt::Node> nodes)
{
    dbt::Manifest m;
    m.nodes = std::move(nodes);
    m.rebuildIndex();
    return m;
}

// Edge crossings measured on the coordinates alone: each edge is a chain of (layer, y) points
// (its lower end, its bends, its upper end); two segments between the same pair of layers of a
// component cross when their ends swap order.
size_t geometricCrossings(const LayeredLayout &l, double nodeHeight)
{
    struct Segment
    {
        double y1;
        double y2;
    };
    std::map<std::pair<int, int>, std::vector<Segment>> groups; // (component, lower layer)
    for (const auto &e : l.edges) {
        const auto &a = l.nodes[e.reversed ? e.to : e.from];
        const auto &b = l.nodes[e.reversed ? e.from : e.to];
        std::vector<double> ys {a.y + nodeHeight / 2};
        for (const auto &p : e.bends)
            ys.push_back(p.y);
        ys.push_back(b.y + nodeHeight / 2);
        for (size_t i = 0; i + 1 < ys.size(); ++i)
            groups[{a.component, a.layer + int(i)}].push_back({ys[i], ys[i + 1]});
    }
    size_t crossings = 0;
    for (const auto &[key, segments] : groups) {
        for (size_t i = 0; i < segments.size(); ++i) {
            for (size_t j = i + 1; j < segments.size(); ++j) {
                if ((segments[i].y1 - segments[j].y1) * (segments[i].y2 - segments[j].y2) < 0)
                    ++crossings;
            }
        }
    }
    return crossings;
}

bool sameLayout(const LayeredLayout &a, const LayeredLayout &b)
{
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size() || a.width != b.width
        || a.height != b.height || a.crossings != b.crossings || a.layerCount != b.layerCount)
        return false;
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        const auto &x = a.nodes[i];
        const auto &y = b.nodes[i];
        if (x.layer != y.layer || x.order != y.order || x.component != y.component || x.x != y.x
            || x.y != y.y)
            return false;
    }
    for (size_t i = 0; i < a.edges.size(); ++i) {
        const auto &x = a.edges[i];
        const auto &y = b.edges[i];
        if (x.from != y.from || x.to != y.to || x.reversed != y.reversed
            || x.bends.size() != y.bends.size())
            return false;
        for (size_t k = 0; k < x.bends.size(); ++k) {
            if (x.bends[k].x != y.bends[k].x || x.bends[k].y != y.bends[k].y)
                return false;
        }
    }
    return true;
}

// A random dbt-like DAG: sources, then models each reading one to three earlier nodes.
std::vector<std::pair<uint32_t, uint32_t>> randomDag(uint32_t n, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<std::pair<uint32_t, uint32_t>> edges;
    const uint32_t sources = std::max(1u, n / 10);
    for (uint32_t v = sources; v < n; ++v) {
        const uint32_t parents = 1 + rng() % 3;
        for (uint32_t k = 0; k < parents; ++k) {
            const uint32_t window = std::min(v, 200u);
            edges.emplace_back(v - 1 - rng() % window, v);
        }
    }
    return edges;
}

} // namespace

class TestLineageLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesGoToHigherLayers_data() { addFixtureRows(); }
    void edgesGoToHigherLayers()
    {
        QFETCH(QString, file);
        const dbt::Manifest m = test::loadOrFail(test::manifestFixture(file));
        const dbt::LineageGraph graph(m);
        const layout::LineageLayout result = layout::layoutLineage(graph);
        const LayeredLayout &l = result.layout;
        QCOMPARE(result.nodes.size(), graph.size());
        QCOMPARE(l.nodes.size(), graph.size());
        QCOMPARE(l.edges.size(), graph.edges().size());
        QVERIFY(l.layerCount >= 2);
        for (const auto &e : l.edges) {
            QVERIFY(!e.reversed); // real manifests are acyclic
            const auto &from = l.nodes[e.from];
            const auto &to = l.nodes[e.to];
            QCOMPARE(from.component, to.component);
            QVERIFY2(from.layer < to.layer, graph.node(result.nodes[e.from]).uniqueId.c_str());
            QVERIFY(from.x < to.x);
            QCOMPARE(int(e.bends.size()), to.layer - from.layer - 1);
            for (size_t k = 0; k < e.bends.size(); ++k) { // bends march through the columns between
                QVERIFY(e.bends[k].x > from.x && e.bends[k].x < to.x);
                QVERIFY(k == 0 || e.bends[k].x > e.bends[k - 1].x);
            }
            // The graph's edges, by unique_id.
            QVERIFY(std::binary_search(graph.edges().begin(), graph.edges().end(),
                                       std::make_pair(result.nodes[e.from], result.nodes[e.to])));
        }
        // Sources on the left; exposures on the right of their component; other nodes without
        // parents (seeds) just left of their nearest child.
        std::map<int, int> deepest;
        for (const auto &n : l.nodes)
            deepest[n.component] = std::max(deepest[n.component], n.layer);
        for (size_t i = 0; i < result.nodes.size(); ++i) {
            const auto g = result.nodes[i];
            const dbt::Node &node = graph.node(g);
            if (node.resourceType == dbt::ResourceType::Source)
                QCOMPARE(l.nodes[i].layer, 0);
            if (node.resourceType == dbt::ResourceType::Exposure)
                QCOMPARE(l.nodes[i].layer, deepest[l.nodes[i].component]);
            if (node.resourceType != dbt::ResourceType::Source
                && graph.parentsBegin(g) == graph.parentsEnd(g)
                && graph.childrenBegin(g) != graph.childrenEnd(g)) {
                int nearest = std::numeric_limits<int>::max();
                for (auto c = graph.childrenBegin(g); c != graph.childrenEnd(g); ++c) {
                    const auto at = std::lower_bound(result.nodes.begin(), result.nodes.end(), *c)
                        - result.nodes.begin();
                    nearest = std::min(nearest, l.nodes[size_t(at)].layer);
                }
                QCOMPARE(l.nodes[i].layer, nearest - 1);
            }
        }
    }

    void boxesDoNotOverlap_data() { addFixtureRows(); }
    void boxesDoNotOverlap()
    {
        QFETCH(QString, file);
        const dbt::Manifest m = test::loadOrFail(test::manifestFixture(file));
        const dbt::LineageGraph graph(m);
        const layout::LayoutOptions options;
        const LayeredLayout l = layout::layoutLineage(graph, options).layout;
        std::map<double, std::vector<size_t>> columns; // x -> nodes
        for (size_t i = 0; i < l.nodes.size(); ++i) {
            const auto &n = l.nodes[i];
            QVERIFY(n.x >= 0 && n.x + options.nodeWidth <= l.width + 1e-9);
            QVERIFY(n.y >= -1e-9 && n.y + options.nodeHeight <= l.height + 1e-9);
            columns[n.x].push_back(i);
        }
        double previousX = -1e300;
        for (auto &[x, nodes] : columns) {
            QVERIFY(x >= previousX + options.nodeWidth); // columns never overlap
            previousX = x;
            std::sort(nodes.begin(), nodes.end(),
                      [&l](size_t a, size_t b) { return l.nodes[a].y < l.nodes[b].y; });
            for (size_t k = 1; k < nodes.size(); ++k) {
                const auto &upper = l.nodes[nodes[k - 1]];
                const auto &lower = l.nodes[nodes[k]];
                QVERIFY(lower.y - upper.y >= options.nodeHeight + options.nodeSpacing - 1e-6);
                if (upper.component == lower.component && upper.layer == lower.layer)
                    QCOMPARE(lower.order, upper.order + 1); // order is the top-to-bottom rank
            }
        }
    }

    void deterministic_data() { addFixtureRows(); }
    void deterministic()
    {
        QFETCH(QString, file);
        const dbt::Manifest m1 = test::loadOrFail(test::manifestFixture(file));
        const dbt::Manifest m2 = test::loadOrFail(test::manifestFixture(file));
        const dbt::LineageGraph g1(m1);
        const dbt::LineageGraph g2(m2);
        const LayeredLayout a = layout::layoutLineage(g1).layout;
        QVERIFY(sameLayout(a, layout::layoutLineage(g1).layout));
        QVERIFY(sameLayout(a, layout::layoutLineage(g2).layout));
    }

    void crossingReductionHelps_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("mustImprove");
        for (const char *f : kFixtures) {
            const bool tuva = QByteArray(f).contains("tuva");
            QTest::newRow(f) << QString::fromLatin1(f) << tuva;
        }
    }
    void crossingReductionHelps()
    {
        QFETCH(QString, file);
        QFETCH(bool, mustImprove);
        const dbt::Manifest m = test::loadOrFail(test::manifestFixture(file));
        const dbt::LineageGraph graph(m);
        layout::LayoutOptions initialOnly;
        initialOnly.crossingPasses = 0;
        const LayeredLayout initial = layout::layoutLineage(graph, initialOnly).layout;
        const LayeredLayout reduced = layout::layoutLineage(graph).layout;

        // The reported counts are what the coordinates show.
        const size_t initialCrossings = geometricCrossings(initial, initialOnly.nodeHeight);
        const size_t reducedCrossings = geometricCrossings(reduced, initialOnly.nodeHeight);
        QCOMPARE(initial.crossings, initialCrossings);
        QCOMPARE(initial.initialCrossings, initialCrossings);
        QCOMPARE(reduced.initialCrossings, initialCrossings);
        QCOMPARE(reduced.crossings, reducedCrossings);

        QVERIFY(reducedCrossings <= initialCrossings);
        if (mustImprove) {
            QVERIFY(initialCrossings > 0);
            QVERIFY2(
                reducedCrossings < initialCrossings / 2,
                qPrintable(QStringLiteral("%1 -> %2").arg(initialCrossings).arg(reducedCrossings)));
        }
        qInfo("%s: %zu crossings in the initial order, %zu after reduction", qPrintable(file),
              initialCrossings, reducedCrossings);
    }

    void subsetKeepsOnlyItsEdges()
    {
        const dbt::Manifest m = test::loadOrFail(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        const dbt::LineageGraph graph(m);
        const auto stg = graph.select("stg_orders");
        QCOMPARE(stg.size(), size_t(1));
        std::vector<dbt::LineageGraph::Index> subset = graph.downstream(stg);
        subset.push_back(subset.front()); // repeated and out of range indexes are ignored
        subset.push_back(dbt::LineageGraph::Index(graph.size() + 5));
        const layout::LineageLayout result = layout::layoutLineage(graph, subset);
        const auto expected = dbt::selectionOf(graph, graph.downstream(stg));
        QCOMPARE(result.nodes.size(), expected.nodes.size());
        QVERIFY(std::is_sorted(result.nodes.begin(), result.nodes.end()));
        QCOMPARE(result.layout.edges.size(), expected.edges.size());
        // stg_orders is the only root: alone in the first layer.
        const auto root = std::lower_bound(result.nodes.begin(), result.nodes.end(), stg.front())
            - result.nodes.begin();
        QCOMPARE(result.layout.nodes[size_t(root)].layer, 0);
        for (size_t i = 0; i < result.nodes.size(); ++i)
            QCOMPARE(result.layout.nodes[i].layer == 0, i == size_t(root));
    }

    void cyclesAreBroken()
    {
        // a -> b -> c -> a, c -> d, and a two-cycle e <-> d, fed by a source.
        std::vector<dbt::Node> nodes;
        nodes.push_back(makeNode("raw", dbt::ResourceType::Source));
        nodes.push_back(makeNode("a", dbt::ResourceType::Model, {"c"}));
        nodes.back().dependsOnNodes.push_back("source.p.raw");
        nodes.push_back(makeNode("b", dbt::ResourceType::Model, {"a"}));
        nodes.push_back(makeNode("c", dbt::ResourceType::Model, {"b"}));
        nodes.push_back(makeNode("d", dbt::ResourceType::Model, {"c", "e"}));
        nodes.push_back(makeNode("e", dbt::ResourceType::Model, {"d"}));
        const dbt::Manifest m = manifestOf(std::move(nodes));
        const dbt::LineageGraph graph(m);
        QCOMPARE(graph.edges().size(), size_t(7));
        const LayeredLayout l = layout::layoutLineage(graph).layout;
        QCOMPARE(l.edges.size(), size_t(7));
        int reversed = 0;
        for (const auto &e : l.edges) {
            const int fromLayer = l.nodes[e.from].layer;
            const int toLayer = l.nodes[e.to].layer;
            QVERIFY(e.reversed ? fromLayer > toLayer : fromLayer < toLayer);
            reversed += e.reversed;
        }
        QCOMPARE(reversed, 2); // one edge per cycle
        QCOMPARE(geometricCrossings(l, layout::LayoutOptions().nodeHeight), l.crossings);

        // Self loops, duplicates and a complete digraph through the generic entry point.
        std::vector<std::pair<uint32_t, uint32_t>> edges {{0, 0}, {0, 1}, {0, 1}};
        for (uint32_t a = 0; a < 12; ++a) {
            for (uint32_t b = 0; b < 12; ++b)
                edges.emplace_back(a, b);
        }
        const LayeredLayout dense = layout::layoutLayered(12, edges);
        QCOMPARE(dense.edges.size(), size_t(12 * 11));
        QCOMPARE(dense.layerCount, 12);
        for (const auto &e : dense.edges)
            QVERIFY(e.reversed == (e.from > e.to));
    }

    void emptyGraph()
    {
        const dbt::Manifest m = manifestOf({});
        const dbt::LineageGraph graph(m);
        const layout::LineageLayout result = layout::layoutLineage(graph);
        QVERIFY(result.nodes.empty());
        QVERIFY(result.layout.nodes.empty());
        QVERIFY(result.layout.edges.empty());
        QCOMPARE(result.layout.layerCount, 0);
        QCOMPARE(result.layout.componentCount, 0);
        QCOMPARE(result.layout.width, 0.0);
        QCOMPARE(result.layout.height, 0.0);

        // An empty subset of a real graph.
        const dbt::Manifest jaffle = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        const dbt::LineageGraph g(jaffle);
        QVERIFY(
            layout::layoutLineage(g, std::vector<dbt::LineageGraph::Index>()).layout.nodes.empty());
    }

    void oneNode()
    {
        const dbt::Manifest m = manifestOf({makeNode("only", dbt::ResourceType::Model)});
        const dbt::LineageGraph graph(m);
        layout::LayoutOptions options;
        options.nodeWidth = 150;
        options.nodeHeight = 30;
        const LayeredLayout l = layout::layoutLineage(graph, options).layout;
        QCOMPARE(l.nodes.size(), size_t(1));
        QCOMPARE(l.nodes[0].layer, 0);
        QCOMPARE(l.nodes[0].order, 0);
        QCOMPARE(l.nodes[0].x, 0.0);
        QCOMPARE(l.nodes[0].y, 0.0);
        QCOMPARE(l.width, 150.0);
        QCOMPARE(l.height, 30.0);
        QCOMPARE(l.layerCount, 1);
    }

    void componentsArePacked()
    {
        // Ten separate pairs and one chain of five: the chain first, nothing overlaps.
        std::vector<std::pair<uint32_t, uint32_t>> edges;
        for (uint32_t i = 0; i < 10; ++i)
            edges.emplace_back(2 * i, 2 * i + 1);
        for (uint32_t i = 20; i < 24; ++i)
            edges.emplace_back(i, i + 1);
        const LayeredLayout l = layout::layoutLayered(25, edges);
        QCOMPARE(l.componentCount, 11);
        QCOMPARE(l.nodes[20].component, 0);
        QCOMPARE(l.layerCount, 5);
        // Five columns wide: two pairs share a shelf.
        QCOMPARE(l.width,
                 5 * layout::LayoutOptions().nodeWidth + 4 * layout::LayoutOptions().layerSpacing);
        const layout::LayoutOptions o;
        for (size_t a = 0; a < l.nodes.size(); ++a) {
            for (size_t b = a + 1; b < l.nodes.size(); ++b) {
                const bool apartX = std::abs(l.nodes[a].x - l.nodes[b].x) >= o.nodeWidth;
                const bool apartY = std::abs(l.nodes[a].y - l.nodes[b].y) >= o.nodeHeight;
                QVERIFY(apartX || apartY);
            }
        }
    }

    void largeGraph()
    {
        const std::vector<std::pair<uint32_t, uint32_t>> edges = randomDag(10000, 7);
        QElapsedTimer timer;
        timer.start();
        const LayeredLayout l = layout::layoutLayered(10000, edges);
        qInfo("10,000 nodes, %zu edges: %lld ms, %zu -> %zu crossings", edges.size(),
              timer.elapsed(), l.initialCrossings, l.crossings);
        QCOMPARE(l.nodes.size(), size_t(10000));
        for (const auto &e : l.edges)
            QVERIFY(l.nodes[e.from].layer < l.nodes[e.to].layer);
        QVERIFY(l.crossings < l.initialCrossings);
        QVERIFY(sameLayout(l, layout::layoutLayered(10000, edges)));
    }
};

QTEST_GUILESS_MAIN(TestLineageLayout)
#include "tst_lineage_layout.moc"
