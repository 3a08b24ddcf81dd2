#pragma once

// What a pull request's page shows of the PR's manifest, loaded once off the GUI thread: the
// manifest (for the lineage drawing) and its lineage graph, or why it could not be read; and, for
// a model, what lies downstream of it with the status the plan gives each node.

#include "dbt/change_plan.h"
#include "dbt/lineage_graph.h"
#include "dbt/manifest.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace tidemark::review {

struct DownstreamNode
{
    QString uniqueId;
    QString name;
    QString resourceType; // model, seed, snapshot, exposure, ...
    QString status; // e.g. "modified", "impacted", or empty
};

class PullRequestLineage final
{
public:
    // Reads the manifest at `path` and builds its graph; blocking (call it on a worker thread).
    static std::shared_ptr<const PullRequestLineage> load(const QString &path);

    bool ok() const { return m_graph != nullptr; }
    QString error() const { return m_error; } // why the manifest could not be read
    const std::shared_ptr<const dbt::Manifest> &manifest() const { return m_manifest; }

    // Every node downstream of `uniqueId` (not itself), in the graph's order; empty when the
    // model is not in the manifest.
    std::vector<DownstreamNode> downstreamOf(const std::string &uniqueId,
                                             const dbt::ChangePlan *plan) const;

private:
    std::shared_ptr<const dbt::Manifest> m_manifest;
    std::unique_ptr<dbt::LineageGraph> m_graph;
    QString m_error;
};

} // namespace tidemark::review
