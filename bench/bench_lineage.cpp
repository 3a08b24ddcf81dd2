// bench_lineage: how long the lineage layout takes on dbt-like DAGs of 1,000 and 10,000 nodes, and
// (with the widgets) how long the lineage screen takes from a plan to its first paint under the
// offscreen platform. Each figure is printed against a fixed budget; a ratio above 1 is over
// budget.

#include "dbt/change_plan.h"
#include "dbt/lineage_graph.h"
#include "layout/lineage_layout.h"

#ifdef TIDEMARK_BENCH_LINEAGE_VIEW
#include "lineage/lineage_view.h"
#include "lineage/lineage_widget.h"

#include <QApplication>
#include <QEventLoop>
#include <QPixmap>
#else
#include <QCoreApplication>
#endif

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace tidemark;

namespace {

struct Budget
{
    int nodes;
    double layoutMs;
    double firstPaintMs;
};

constexpr Budget kBudgets[] = {{1000, 100.0, 400.0}, {10000, 1000.0, 3000.0}};

// A dbt project's shape: sources; staging models reading one source each; intermediate models
// reading staging and earlier intermediate models; marts reading intermediate models and marts;
// exposures reading marts. `changed` nodes get a new body (the PR's edits).
dbt::Manifest generateProject(int count, bool withChanges)
{
    std::mt19937 rng(20240611);
    dbt::Manifest m;
    const int sources = count * 8 / 100;
    const int staging = count * 25 / 100;
    const int intermediate = count * 40 / 100;
    const int exposures = std::max(1, count * 2 / 100);
    const int marts = count - sources - staging - intermediate - exposures;
    const int stagingEnd = sources + staging;
    const int intermediateEnd = stagingEnd + intermediate;
    const int martsEnd = intermediateEnd + marts;
    auto pick
        = [&rng](int from, int to) { return from + int(rng() % uint32_t(std::max(1, to - from))); };
    auto near = [&rng, &pick](int from, int to, int window) {
        return pick(std::max(from, to - window), to);
    };
    for (int i = 0; i < count; ++i) {
        dbt::Node node;
        std::vector<int> parents;
        if (i < sources) {
            node.resourceType = dbt::ResourceType::Source;
            node.sourceName = "raw_" + std::to_string(i % 12);
            node.name = "table_" + std::to_string(i);
            node.uniqueId = "source.bench." + node.sourceName + "." + node.name;
        } else {
            const bool exposure = i >= martsEnd;
            node.resourceType = exposure ? dbt::ResourceType::Exposure : dbt::ResourceType::Model;
            const char *prefix = i < stagingEnd ? "stg_"
                : i < intermediateEnd           ? "int_"
                : i < martsEnd                  ? "fct_"
                                                : "dash_";
            node.name = prefix + std::to_string(i);
            node.uniqueId = (exposure ? "exposure.bench." : "model.bench.") + node.name;
            node.materialized = i < stagingEnd ? "view" : "table";
            node.hasBody = !exposure;
            node.bodyDigest = uint64_t(i) * 2654435761u;
            if (i < stagingEnd) {
                parents.push_back(pick(0, sources));
            } else if (i < intermediateEnd) {
                const int n = 1 + int(rng() % 3);
                for (int k = 0; k < n; ++k)
                    parents.push_back(rng() % 2 || i == stagingEnd ? near(sources, stagingEnd, 300)
                                                                   : near(stagingEnd, i, 200));
            } else if (i < martsEnd) {
                const int n = 2 + int(rng() % 3);
                for (int k = 0; k < n; ++k)
                    parents.push_back(rng() % 4 || i == intermediateEnd
                                          ? near(stagingEnd, intermediateEnd, 300)
                                          : near(intermediateEnd, i, 100));
            } else {
                const int n = 1 + int(rng() % 3);
                for (int k = 0; k < n; ++k)
                    parents.push_back(pick(intermediateEnd, martsEnd));
            }
        }
        node.resourceTypeName = dbt::toString(node.resourceType);
        node.packageName = "bench";
        node.schema = "analytics";
        node.alias = node.name;
        for (const int p : parents)
            node.dependsOnNodes.push_back(m.nodes[size_t(p)].uniqueId);
        m.nodes.push_back(std::move(node));
    }
    if (withChanges) { // a PR touching a handful of models across the layers
        for (const int i : {stagingEnd - 7, stagingEnd + intermediate / 3, intermediateEnd - 11,
                            intermediateEnd + marts / 2})
            m.nodes[size_t(i)].bodyDigest ^= 0x5bd1e995u;
    }
    m.rebuildIndex();
    return m;
}

size_t edgeCount(const dbt::Manifest &m)
{
    return dbt::LineageGraph(m).edges().size();
}

void report(const char *what, int nodes, size_t edges, double ms, double budget)
{
    std::printf(
        "bench_lineage: %-22s %6d nodes %6zu edges %9.1f ms   budget %6.0f ms   ratio %.2f%s\n",
        what, nodes, edges, ms, budget, ms / budget, ms > budget ? "  OVER BUDGET" : "");
    std::fflush(stdout);
}

double layoutMs(const dbt::Manifest &m, int runs, layout::LineageLayout *out)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const dbt::LineageGraph graph(m);
        *out = layout::layoutLineage(graph);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2]; // the median
}

#ifdef TIDEMARK_BENCH_LINEAGE_VIEW
double firstPaintMs(const std::shared_ptr<const dbt::Manifest> &pr, const dbt::ChangePlan &plan,
                    int *shown)
{
    ui::LineageWidget widget;
    widget.setChangedOnly(false); // the whole graph
    widget.resize(1600, 1000);
    widget.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&widget, &ui::LineageWidget::layoutReady, &loop, &QEventLoop::quit);
    widget.setPlan(pr, plan);
    loop.exec();
    const double ready = double(timer.nsecsElapsed()) / 1e6;
    const QPixmap painted = widget.grab(); // paints the whole widget tree now
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *shown = widget.view()->nodeCount();
    std::printf("bench_lineage:   graph, layout and items ready after %.1f ms (layout alone %lld "
                "ms), painted %.1f ms later\n",
                ready, widget.view()->sceneData().layoutMs, ms - ready);
    return painted.isNull() ? -1.0 : ms;
}
#endif

} // namespace

int main(int argc, char **argv)
{
#ifdef TIDEMARK_BENCH_LINEAGE_VIEW
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    for (const Budget &budget : kBudgets) {
        const auto pr = std::make_shared<const dbt::Manifest>(generateProject(budget.nodes, true));
        const size_t edges = edgeCount(*pr);
        layout::LineageLayout laid;
        const double ms = layoutMs(*pr, budget.nodes >= 10000 ? 3 : 7, &laid);
        report("layout", budget.nodes, edges, ms, budget.layoutMs);
        std::printf("bench_lineage:   %d layers, %d components, crossings %zu -> %zu\n",
                    laid.layout.layerCount, laid.layout.componentCount,
                    laid.layout.initialCrossings, laid.layout.crossings);
#ifdef TIDEMARK_BENCH_LINEAGE_VIEW
        const dbt::Manifest base = generateProject(budget.nodes, false);
        const dbt::ChangePlan plan = dbt::planChanges(base, *pr);
        int shown = 0;
        const double paint = firstPaintMs(pr, plan, &shown);
        report("first paint (offscreen)", shown, edges, paint, budget.firstPaintMs);
#endif
    }
    return 0;
}
