#include "dbt/manifest.h"

namespace tidemark::dbt {

ResourceType resourceTypeFromString(std::string_view text)
{
    if (text == "model")
        return ResourceType::Model;
    if (text == "seed")
        return ResourceType::Seed;
    if (text == "snapshot")
        return ResourceType::Snapshot;
    if (text == "test")
        return ResourceType::Test;
    if (text == "analysis")
        return ResourceType::Analysis;
    if (text == "operation" || text == "sql_operation" || text == "sql operation" || text == "rpc")
        return ResourceType::Operation;
    if (text == "source")
        return ResourceType::Source;
    if (text == "exposure")
        return ResourceType::Exposure;
    return ResourceType::Other;
}

const char *toString(ResourceType type)
{
    switch (type) {
    case ResourceType::Model: return "model";
    case ResourceType::Seed: return "seed";
    case ResourceType::Snapshot: return "snapshot";
    case ResourceType::Test: return "test";
    case ResourceType::Analysis: return "analysis";
    case ResourceType::Operation: return "operation";
    case ResourceType::Source: return "source";
    case ResourceType::Exposure: return "exposure";
    case ResourceType::Other: return "other";
    }
    return "other";
}

bool isDiffable(ResourceType type)
{
    return type == ResourceType::Model || type == ResourceType::Seed
        || type == ResourceType::Snapshot;
}

bool isLineageNode(ResourceType type)
{
    return isDiffable(type) || type == ResourceType::Source || type == ResourceType::Exposure;
}

std::string Node::relation() const
{
    std::string out;
    for (const std::string *part : {&database, &schema, &alias}) {
        if (part->empty())
            continue;
        if (!out.empty())
            out.push_back('.');
        out += *part;
    }
    return out;
}

const Node *Manifest::find(const std::string &uniqueId) const
{
    const auto it = m_index.find(uniqueId);
    return it == m_index.end() ? nullptr : &nodes[it->second];
}

void Manifest::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i)
        m_index.emplace(nodes[i].uniqueId, i);
}

} // namespace tidemark::dbt
