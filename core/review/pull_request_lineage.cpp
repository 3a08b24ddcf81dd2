#include "review/pull_request_lineage.h"

#include "dbt/manifest_loader.h"

namespace tidemark::review {

std::shared_ptr<const PullRequestLineage> PullRequestLineage::load(const QString &path)
{
    auto loaded = std::make_shared<PullRequestLineage>();
    auto manifest = dbt::loadManifest(path);
    if (!manifest) {
        loaded->m_error = manifest.errorMessage();
        return loaded;
    }
    auto shared = std::make_shared<const dbt::Manifest>(std::move(*manifest));
    loaded->m_graph = std::make_unique<dbt::LineageGraph>(*shared);
    loaded->m_manifest = std::move(shared);
    return loaded;
}

std::vector<DownstreamNode> PullRequestLineage::downstreamOf(const std::string &uniqueId,
                                                             const dbt::ChangePlan *plan) const
{
    std::vector<DownstreamNode> out;
    if (!m_graph)
        return out;
    const auto start = m_graph->indexOf(uniqueId);
    if (!start)
        return out;
    for (const dbt::LineageGraph::Index i : m_graph->downstream({*start})) {
        if (i == *start)
            continue;
        const dbt::Node &node = m_graph->node(i);
        DownstreamNode e;
        e.uniqueId = QString::fromStdString(node.uniqueId);
        e.name = QString::fromStdString(node.name);
        e.resourceType = QString::fromLatin1(dbt::toString(node.resourceType));
        if (plan) {
            if (const dbt::PlannedModel *m = plan->model(node.uniqueId))
                e.status = QString::fromLatin1(dbt::toString(m->status));
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace tidemark::review
