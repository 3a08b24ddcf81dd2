#include "layout/lineage_layout.h"

#include <algorithm>
#include <numeric>

namespace tidemark::layout {

namespace {

Anchor anchorOf(dbt::ResourceType type)
{
    switch (type) {
    case dbt::ResourceType::Source: return Anchor::FirstLayer;
    case dbt::ResourceType::Exposure: return Anchor::LastLayer;
    default: return Anchor::Free;
    }
}

} // namespace

LineageLayout layoutLineage(const dbt::LineageGraph &graph, const LayoutOptions &options)
{
    std::vector<dbt::LineageGraph::Index> all(graph.size());
    std::iota(all.begin(), all.end(), dbt::LineageGraph::Index(0));
    return layoutLineage(graph, std::move(all), options);
}

LineageLayout layoutLineage(const dbt::LineageGraph &graph,
                            std::vector<dbt::LineageGraph::Index> nodes,
                            const LayoutOptions &options)
{
    using Index = dbt::LineageGraph::Index;
    nodes.erase(
        std::remove_if(nodes.begin(), nodes.end(), [&graph](Index i) { return i >= graph.size(); }),
        nodes.end());
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());

    constexpr uint32_t kAbsent = std::numeric_limits<uint32_t>::max();
    std::vector<uint32_t> local(graph.size(), kAbsent);
    std::vector<Anchor> anchors(nodes.size());
    for (uint32_t i = 0; i < nodes.size(); ++i) {
        local[nodes[i]] = i;
        anchors[i] = anchorOf(graph.node(nodes[i]).resourceType);
    }
    std::vector<std::pair<uint32_t, uint32_t>> edges;
    for (uint32_t i = 0; i < nodes.size(); ++i) {
        for (const Index *c = graph.childrenBegin(nodes[i]); c != graph.childrenEnd(nodes[i]);
             ++c) {
            if (local[*c] != kAbsent)
                edges.emplace_back(i, local[*c]);
        }
    }
    LineageLayout result;
    result.layout = layoutLayered(nodes.size(), edges, anchors, options);
    result.nodes = std::move(nodes);
    return result;
}

} // namespace tidemark::layout
