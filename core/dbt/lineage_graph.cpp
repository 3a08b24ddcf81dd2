#include "dbt/lineage_graph.h"

#include <algorithm>

namespace tidemark::dbt {

LineageGraph::LineageGraph(const Manifest &manifest)
{
    for (const Node &node : manifest.nodes) {
        if (isLineageNode(node.resourceType))
            m_nodes.push_back(&node);
    }
    m_index.reserve(m_nodes.size());
    for (Index i = 0; i < m_nodes.size(); ++i)
        m_index.emplace(m_nodes[i]->uniqueId, i);

    // Edges from depends_on, deduplicated per child.
    std::vector<std::pair<Index, Index>> edgeList; // (child, parent)
    for (Index child = 0; child < m_nodes.size(); ++child) {
        const size_t first = edgeList.size();
        for (const std::string &dep : m_nodes[child]->dependsOnNodes) {
            const auto it = m_index.find(dep);
            if (it != m_index.end() && it->second != child)
                edgeList.emplace_back(child, it->second);
        }
        std::sort(edgeList.begin() + long(first), edgeList.end());
        edgeList.erase(std::unique(edgeList.begin() + long(first), edgeList.end()), edgeList.end());
    }

    const size_t n = m_nodes.size();
    m_parentOffsets.assign(n + 1, 0);
    m_childOffsets.assign(n + 1, 0);
    for (const auto &[child, parent] : edgeList) {
        ++m_parentOffsets[child + 1];
        ++m_childOffsets[parent + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        m_parentOffsets[i + 1] += m_parentOffsets[i];
        m_childOffsets[i + 1] += m_childOffsets[i];
    }
    m_parents.resize(edgeList.size());
    m_children.resize(edgeList.size());
    std::vector<uint32_t> parentFill(m_parentOffsets.begin(), m_parentOffsets.end() - 1);
    std::vector<uint32_t> childFill(m_childOffsets.begin(), m_childOffsets.end() - 1);
    for (const auto &[child, parent] : edgeList) {
        m_parents[parentFill[child]++] = parent;
        m_children[childFill[parent]++] = child;
    }
}

std::optional<LineageGraph::Index> LineageGraph::indexOf(const std::string &uniqueId) const
{
    const auto it = m_index.find(uniqueId);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::pair<LineageGraph::Index, LineageGraph::Index>> LineageGraph::edges() const
{
    std::vector<std::pair<Index, Index>> out;
    out.reserve(m_parents.size());
    for (Index child = 0; child < m_nodes.size(); ++child) {
        for (const Index *p = parentsBegin(child); p != parentsEnd(child); ++p)
            out.emplace_back(*p, child);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<LineageGraph::Index> LineageGraph::select(const std::string &selector) const
{
    if (const auto exact = indexOf(selector))
        return {*exact};
    std::vector<Index> out;
    for (Index i = 0; i < m_nodes.size(); ++i) {
        const Node &n = *m_nodes[i];
        if (n.name == selector
            || (n.resourceType == ResourceType::Source && n.sourceName + "." + n.name == selector))
            out.push_back(i);
    }
    return out;
}

std::vector<LineageGraph::Index> LineageGraph::upstream(const std::vector<Index> &start,
                                                        int depth) const
{
    return walk(start, depth, false);
}

std::vector<LineageGraph::Index> LineageGraph::downstream(const std::vector<Index> &start,
                                                          int depth) const
{
    return walk(start, depth, true);
}

std::vector<LineageGraph::Index> LineageGraph::walk(const std::vector<Index> &start, int depth,
                                                    bool down) const
{
    std::vector<char> seen(m_nodes.size(), 0);
    std::vector<Index> frontier;
    std::vector<Index> out;
    for (Index i : start) {
        if (i < m_nodes.size() && !seen[i]) {
            seen[i] = 1;
            frontier.push_back(i);
            out.push_back(i);
        }
    }
    for (int step = 0; step < depth && !frontier.empty(); ++step) {
        std::vector<Index> next;
        for (Index i : frontier) {
            const Index *begin = down ? childrenBegin(i) : parentsBegin(i);
            const Index *end = down ? childrenEnd(i) : parentsEnd(i);
            for (const Index *p = begin; p != end; ++p) {
                if (!seen[*p]) {
                    seen[*p] = 1;
                    next.push_back(*p);
                    out.push_back(*p);
                }
            }
        }
        frontier = std::move(next);
    }
    return out;
}

LineageSelection selectionOf(const LineageGraph &graph, std::vector<LineageGraph::Index> nodes)
{
    LineageSelection selection;
    std::sort(nodes.begin(), nodes.end(), [&graph](LineageGraph::Index a, LineageGraph::Index b) {
        return graph.node(a).uniqueId < graph.node(b).uniqueId;
    });
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    std::vector<char> member(graph.size(), 0);
    for (LineageGraph::Index i : nodes)
        member[i] = 1;
    for (LineageGraph::Index child : nodes) {
        for (const auto *p = graph.parentsBegin(child); p != graph.parentsEnd(child); ++p) {
            if (member[*p])
                selection.edges.emplace_back(*p, child);
        }
    }
    std::sort(selection.edges.begin(), selection.edges.end(),
              [&graph](const auto &a, const auto &b) {
                  const auto &pa = graph.node(a.first).uniqueId;
                  const auto &pb = graph.node(b.first).uniqueId;
                  if (pa != pb)
                      return pa < pb;
                  return graph.node(a.second).uniqueId < graph.node(b.second).uniqueId;
              });
    selection.nodes = std::move(nodes);
    return selection;
}

} // namespace tidemark::dbt
