#pragma once

// What a pull request changed and what to diff: the state comparison, the downstream impact, and
// for every new, modified or impacted node its relations in production and in the PR, its primary
// key, its diff configuration and whether it is selected for diffing (and why not).

#include "common/expected.h"
#include "dbt/manifest.h"
#include "dbt/model_diff_config.h"
#include "dbt/primary_key.h"
#include "dbt/state_comparison.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tidemark::dbt {

struct RunResults;

enum class ModelStatus { New, Modified, Impacted };
const char *toString(ModelStatus status);

struct PlannedModel
{
    std::string uniqueId;
    std::string name;
    std::string resourceType;
    std::string materialized;
    ModelStatus status = ModelStatus::Modified;
    std::vector<ModificationReason> reasons;
    std::optional<std::string> prodRelation; // none for new models
    std::string prRelation;
    PrimaryKey primaryKey;
    ModelDiffConfig config;
    bool selected = true;
    std::string whyNotSelected;
    std::string prRunStatus; // from the PR's run_results.json, when present
};

struct ManifestSummary
{
    std::string path;
    int schemaVersion = 0;
    std::string dbtVersion;
    std::string generatedAt;
    std::string projectName;
};

struct ChangePlanOptions
{
    bool slimDiff = false; // diff only new and modified models
    bool diffAllDownstream = false; // the PR carries the tidemark:diff-all-downstream label
    std::string primaryKeyTag = kDefaultPrimaryKeyTag;
};

struct ChangePlan
{
    ManifestSummary base;
    ManifestSummary pr;
    std::vector<std::string> added;
    std::vector<std::string> removed;
    std::vector<ModifiedNode> modified;
    std::vector<std::string> impacted; // models, seeds, snapshots downstream of a change
    std::vector<std::string> impactedExposures; // exposures downstream of a change
    std::vector<PlannedModel> models; // sorted by unique_id

    const PlannedModel *model(const std::string &uniqueId) const;
    std::vector<const PlannedModel *> selectedModels() const;

    nlohmann::json toJson() const;
    static Expected<ChangePlan> fromJson(const nlohmann::json &json);
};

ChangePlan planChanges(const Manifest &base, const Manifest &pr,
                       const ChangePlanOptions &options = {}, const RunResults *prRun = nullptr);

} // namespace tidemark::dbt
