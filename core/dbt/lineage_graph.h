#pragma once

// The lineage graph of a manifest over models, seeds, snapshots, sources and exposures (tests are
// not nodes), built from each node's depends_on. Adjacency is stored compactly (CSR) so that a
// graph of tens of thousands of nodes is cheap to walk.

#include "dbt/manifest.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tidemark::dbt {

class LineageGraph final
{
public:
    using Index = uint32_t;
    static constexpr int kUnlimited = std::numeric_limits<int>::max();

    explicit LineageGraph(const Manifest &manifest);

    size_t size() const { return m_nodes.size(); }
    const Node &node(Index i) const { return *m_nodes[i]; }
    std::optional<Index> indexOf(const std::string &uniqueId) const;

    const Index *parentsBegin(Index i) const { return m_parents.data() + m_parentOffsets[i]; }
    const Index *parentsEnd(Index i) const { return m_parents.data() + m_parentOffsets[i + 1]; }
    const Index *childrenBegin(Index i) const { return m_children.data() + m_childOffsets[i]; }
    const Index *childrenEnd(Index i) const { return m_children.data() + m_childOffsets[i + 1]; }

    // Every edge (parent, child), sorted.
    std::vector<std::pair<Index, Index>> edges() const;

    // Nodes whose unique_id is `selector`, or else whose name is (a source also answers to
    // "source_name.name"). Empty when nothing matches.
    std::vector<Index> select(const std::string &selector) const;

    // The nodes reachable from `start` going up to parents / down to children, at most `depth`
    // steps away; `start` itself is included.
    std::vector<Index> upstream(const std::vector<Index> &start, int depth = kUnlimited) const;
    std::vector<Index> downstream(const std::vector<Index> &start, int depth = kUnlimited) const;

private:
    std::vector<Index> walk(const std::vector<Index> &start, int depth, bool down) const;

    std::vector<const Node *> m_nodes;
    std::unordered_map<std::string_view, Index> m_index;
    std::vector<uint32_t> m_parentOffsets;
    std::vector<Index> m_parents;
    std::vector<uint32_t> m_childOffsets;
    std::vector<Index> m_children;
};

// The subgraph of `nodes` with the edges among them, for output.
struct LineageSelection
{
    std::vector<LineageGraph::Index> nodes; // sorted by unique_id
    std::vector<std::pair<LineageGraph::Index, LineageGraph::Index>> edges;
};

LineageSelection selectionOf(const LineageGraph &graph, std::vector<LineageGraph::Index> nodes);

} // namespace tidemark::dbt
