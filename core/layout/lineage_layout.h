#pragma once

// The layered layout of a lineage graph, or of a subset of its nodes: sources on the left,
// exposures on the right, models in between by the longest path from their sources. Other nodes
// without parents (seeds, models selecting constants) sit just left of their nearest child, so that
// a seed used deep in the project does not drag long edges across it. Plain data; the lineage view
// only draws it.

#include "dbt/lineage_graph.h"
#include "layout/layered_layout.h"

#include <vector>

namespace tidemark::layout {

struct LineageLayout
{
    // The laid-out lineage nodes, ascending; layout.nodes[i] is the box of nodes[i], and the
    // layout's edges name nodes by their position here.
    std::vector<dbt::LineageGraph::Index> nodes;
    LayeredLayout layout;
};

// Every node of the graph.
LineageLayout layoutLineage(const dbt::LineageGraph &graph, const LayoutOptions &options = {});

// Only `nodes` (out-of-range and repeated indexes are ignored) and the edges among them.
LineageLayout layoutLineage(const dbt::LineageGraph &graph,
                            std::vector<dbt::LineageGraph::Index> nodes,
                            const LayoutOptions &options = {});

} // namespace tidemark::layout
