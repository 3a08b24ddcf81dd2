#include "dbt/lineage_export.h"

namespace tidemark::dbt {

namespace {

std::string dotQuoted(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

const char *dotShape(ResourceType type)
{
    switch (type) {
    case ResourceType::Source: return "cylinder";
    case ResourceType::Seed: return "folder";
    case ResourceType::Snapshot: return "box3d";
    case ResourceType::Exposure: return "hexagon";
    default: return "box";
    }
}

// Mermaid ids must be plain words; labels are quoted with entity escapes for quotes.
std::string mermaidLabel(const std::string &text)
{
    std::string out;
    for (char c : text) {
        if (c == '"')
            out += "#quot;";
        else
            out.push_back(c);
    }
    return out;
}

} // namespace

nlohmann::json lineageToJson(const LineageGraph &graph, const LineageSelection &selection)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (LineageGraph::Index i : selection.nodes) {
        const Node &n = graph.node(i);
        nlohmann::json entry = {
            {"unique_id", n.uniqueId},
            {"resource_type", n.resourceTypeName},
            {"name", n.name},
            {"package_name", n.packageName},
            {"relation", n.relation()},
            {"materialized", n.materialized},
            {"tags", n.tags},
            {"description", n.description},
            {"original_file_path", n.originalFilePath},
        };
        if (n.resourceType == ResourceType::Source)
            entry["source_name"] = n.sourceName;
        if (n.resourceType == ResourceType::Exposure) {
            entry["type"] = n.exposureType;
            entry["owner"] = n.owner;
            entry["url"] = n.exposureUrl;
        }
        nodes.push_back(std::move(entry));
    }
    nlohmann::json edges = nlohmann::json::array();
    for (const auto &[parent, child] : selection.edges)
        edges.push_back({graph.node(parent).uniqueId, graph.node(child).uniqueId});
    return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

std::string lineageToDot(const LineageGraph &graph, const LineageSelection &selection)
{
    std::string out = "digraph lineage {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
    for (LineageGraph::Index i : selection.nodes) {
        const Node &n = graph.node(i);
        out += "  " + dotQuoted(n.uniqueId) + " [label=" + dotQuoted(n.name)
            + ", shape=" + dotShape(n.resourceType) + "];\n";
    }
    for (const auto &[parent, child] : selection.edges)
        out += "  " + dotQuoted(graph.node(parent).uniqueId) + " -> "
            + dotQuoted(graph.node(child).uniqueId) + ";\n";
    out += "}\n";
    return out;
}

std::string lineageToMermaid(const LineageGraph &graph, const LineageSelection &selection)
{
    std::string out = "graph LR\n";
    std::unordered_map<LineageGraph::Index, std::string> ids;
    size_t counter = 0;
    for (LineageGraph::Index i : selection.nodes) {
        const Node &n = graph.node(i);
        std::string id = "n" + std::to_string(counter++);
        const std::string label = mermaidLabel(n.name);
        switch (n.resourceType) {
        case ResourceType::Source: out += "  " + id + "[(\"" + label + "\")]\n"; break;
        case ResourceType::Exposure: out += "  " + id + "{{\"" + label + "\"}}\n"; break;
        case ResourceType::Seed: out += "  " + id + "[/\"" + label + "\"/]\n"; break;
        default: out += "  " + id + "[\"" + label + "\"]\n"; break;
        }
        ids.emplace(i, std::move(id));
    }
    for (const auto &[parent, child] : selection.edges)
        out += "  " + ids[parent] + " --> " + ids[child] + "\n";
    return out;
}

} // namespace tidemark::dbt
