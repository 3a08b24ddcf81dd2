#pragma once

// dbt's `state:modified` (dbt-core 1.12) between a production manifest and a pull request's
// manifest, keyed by unique_id over models, seeds and snapshots.

#include "dbt/manifest.h"

#include <optional>
#include <string>
#include <vector>

namespace tidemark::dbt {

enum class ModificationReason {
    Body,
    Configs,
    Relation,
    PersistedDescriptions,
    Macros,
    Contract,
    Fqn,
    Versioning,
};

const char *toString(ModificationReason reason);
std::optional<ModificationReason> modificationReasonFromString(std::string_view text);

struct ModifiedNode
{
    std::string uniqueId;
    std::vector<ModificationReason> reasons; // in the order of the enum
};

struct StateComparison
{
    std::vector<std::string> added; // in the PR, not in production (sorted)
    std::vector<std::string> removed; // in production, not in the PR (sorted)
    std::vector<ModifiedNode> modified; // sorted by unique_id
};

StateComparison compareStates(const Manifest &base, const Manifest &pr);

} // namespace tidemark::dbt
