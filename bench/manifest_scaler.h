#pragma once

// Builds a large dbt project out of a real manifest: every entry of `nodes` is copied N times, each
// copy renamed with a suffix ("__c7") on its unique_id, name, alias, relation_name and the last
// element of its fqn, and every reference to a copied node (depends_on.nodes, attached_node,
// parent_map, child_map) rewritten to the copy, so that each copy is a connected project of its
// own. Sources, exposures and macros are shared by all copies. Scaling the two sides of a pair with
// the same N keeps their differences per copy: comparing them gives N times the pair's result.
//
// The file is written the way dbt writes it (one line, Python's ", " and ": " separators, ASCII).

#include "common/expected.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <cstddef>
#include <string>
#include <unordered_set>

namespace tidemark::bench {

class ManifestScaler final
{
public:
    // Reads the manifest at `path`.
    static Expected<ManifestScaler> load(const QString &path);

    // The number of entries in the manifest's `nodes` (models, seeds, tests, ...).
    size_t nodeCount() const;

    // Writes the manifest with `copies` copies of every node to `target`; returns the file's size.
    Expected<qint64> write(const QString &target, int copies) const;

private:
    explicit ManifestScaler(nlohmann::ordered_json manifest);

    nlohmann::ordered_json m_manifest;
    std::unordered_set<std::string> m_nodeIds;
};

} // namespace tidemark::bench
