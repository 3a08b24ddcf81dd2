#include "workloads.h"

#include "peak_memory.h"

#include "dbt/change_plan.h"
#include "dbt/lineage_graph.h"
#include "dbt/manifest_loader.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

namespace tidemark::bench {

namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const char *key, double value)
{
    std::printf("%s=%.3f\n", key, value);
}

void report(const char *key, long long value)
{
    std::printf("%s=%lld\n", key, value);
}

std::optional<std::string> readFile(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary | std::ios::ate);
    if (!in)
        return std::nullopt;
    const std::streamoff size = in.tellg();
    std::string text(size_t(size), '\0');
    in.seekg(0);
    if (!in.read(text.data(), size))
        return std::nullopt;
    return text;
}

std::optional<nlohmann::json> parseFile(const QString &path)
{
    std::optional<std::string> text = readFile(path);
    if (!text)
        return std::nullopt;
    return nlohmann::json::parse(*text);
}

long long edgeCount(const dbt::LineageGraph &graph)
{
    if (graph.size() == 0)
        return 0;
    const auto last = dbt::LineageGraph::Index(graph.size() - 1);
    return graph.parentsEnd(last) - graph.parentsBegin(0);
}

} // namespace

int runFloor(const QString &fileA, const QString &fileB)
{
    report("start_rss_kib", static_cast<long long>(currentRssKiB()));
    const Clock::time_point start = Clock::now();
    std::optional<nlohmann::json> a = parseFile(fileA);
    if (!a) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(fileA));
        return 1;
    }
    const double afterA = millisecondsSince(start);
    std::optional<nlohmann::json> b = parseFile(fileB);
    if (!b) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(fileB));
        return 1;
    }
    const double wall = millisecondsSince(start);
    report("wall_ms", wall);
    report("parse_a_ms", afterA);
    report("parse_b_ms", wall - afterA);
    report("peak_rss_kib", static_cast<long long>(peakRssKiB()));
    report("nodes_a", static_cast<long long>(a->at("nodes").size()));
    report("nodes_b", static_cast<long long>(b->at("nodes").size()));
    return 0;
}

int runTidemark(const QString &fileA, const QString &fileB)
{
    report("start_rss_kib", static_cast<long long>(currentRssKiB()));
    const Clock::time_point start = Clock::now();
    Expected<dbt::Manifest> base = dbt::loadManifest(fileA);
    if (!base) {
        std::fprintf(stderr, "%s\n", qPrintable(base.errorMessage()));
        return 1;
    }
    const double afterA = millisecondsSince(start);
    const long rssAfterA = currentRssKiB();
    const long peakAfterA = peakRssKiB();
    Expected<dbt::Manifest> pr = dbt::loadManifest(fileB);
    if (!pr) {
        std::fprintf(stderr, "%s\n", qPrintable(pr.errorMessage()));
        return 1;
    }
    const double afterB = millisecondsSince(start);
    const long rssAfterB = currentRssKiB();
    const long peakAfterB = peakRssKiB();
    const dbt::ChangePlan plan = dbt::planChanges(*base, *pr);
    const double afterPlan = millisecondsSince(start);
    const dbt::LineageGraph baseGraph(*base);
    const dbt::LineageGraph prGraph(*pr);
    const double wall = millisecondsSince(start);

    report("wall_ms", wall);
    report("load_a_ms", afterA);
    report("load_b_ms", afterB - afterA);
    report("plan_ms", afterPlan - afterB);
    report("lineage_ms", wall - afterPlan);
    report("peak_rss_kib", static_cast<long long>(peakRssKiB()));
    report("rss_after_a_kib", static_cast<long long>(rssAfterA));
    report("peak_after_a_kib", static_cast<long long>(peakAfterA));
    report("rss_after_b_kib", static_cast<long long>(rssAfterB));
    report("peak_after_b_kib", static_cast<long long>(peakAfterB));
    report("rss_end_kib", static_cast<long long>(currentRssKiB()));
    const size_t keptA = base->nodes.size() + base->tests.size();
    const size_t keptB = pr->nodes.size() + pr->tests.size();
    report("nodes_and_tests_a", static_cast<long long>(keptA));
    report("nodes_and_tests_b", static_cast<long long>(keptB));
    report("modified", static_cast<long long>(plan.modified.size()));
    report("added", static_cast<long long>(plan.added.size()));
    report("removed", static_cast<long long>(plan.removed.size()));
    report("impacted", static_cast<long long>(plan.impacted.size()));
    report("planned_models", static_cast<long long>(plan.models.size()));
    report("lineage_nodes_a", static_cast<long long>(baseGraph.size()));
    report("lineage_edges_a", edgeCount(baseGraph));
    report("lineage_nodes_b", static_cast<long long>(prGraph.size()));
    report("lineage_edges_b", edgeCount(prGraph));
    return 0;
}

} // namespace tidemark::bench
