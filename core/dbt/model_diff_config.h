#pragma once

// Per-model diff configuration written in dbt YAML, read with Datafold's keys so that existing
// projects work unchanged: `meta: {datafold: {datadiff: {...}}}`, and the same block under
// `meta: {tidemark: {...}}` (which wins where both set a key). A folder-level `+meta` from
// dbt_project.yml lands in the node's config.meta and is seen here too.

#include "dbt/manifest.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace tidemark::dbt {

struct ModelDiffConfig
{
    std::string filter; // SQL WHERE applied to both sides
    std::vector<std::string> includeColumns;
    std::vector<std::string> excludeColumns;
    bool neverDiff = false;
    std::string timeColumn;
    nlohmann::json prodTimeTravel; // as written (a timestamp, or a list)
    nlohmann::json prTimeTravel;
    bool diffWhenDownstream = false; // slim_diff: diff_when_downstream
    std::vector<std::string> foundIn; // "meta.datafold.datadiff", "meta.tidemark"

    nlohmann::json toJson() const;
    static ModelDiffConfig fromJson(const nlohmann::json &json);
};

ModelDiffConfig diffConfigOf(const Node &node);

} // namespace tidemark::dbt
