#include "dbt/state_comparison.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace tidemark::dbt {

namespace {

constexpr std::pair<ModificationReason, const char *> kReasonNames[] = {
    {ModificationReason::Body, "body"},
    {ModificationReason::Configs, "configs"},
    {ModificationReason::Relation, "relation"},
    {ModificationReason::PersistedDescriptions, "persisted_descriptions"},
    {ModificationReason::Macros, "macros"},
    {ModificationReason::Contract, "contract"},
    {ModificationReason::Fqn, "fqn"},
    {ModificationReason::Versioning, "versioning"},
};

// SeedNode.same_body compares checksums; every other node compares raw_code.
bool sameBody(const Node &old, const Node &node)
{
    if (node.resourceType == ResourceType::Seed)
        return old.checksumName == node.checksumName && old.checksum == node.checksum;
    return old.hasBody == node.hasBody && old.bodyDigest == node.bodyDigest;
}

bool samePersistedDescription(const Node &old, const Node &node)
{
    if (node.persistDocsRelation && old.description != node.description)
        return false;
    if (node.persistDocsColumns && old.columnDescriptionsDigest != node.columnDescriptionsDigest)
        return false;
    return true;
}

bool sameDatabaseRepresentation(const Node &old, const Node &node)
{
    return old.configuredDatabase == node.configuredDatabase
        && old.configuredSchema == node.configuredSchema
        && old.configuredAlias == node.configuredAlias;
}

// ModelNode.same_contract: unenforced on both sides is the same; enforced on both with an equal
// checksum is the same; anything else is a change.
bool sameContract(const Node &old, const Node &node)
{
    if (node.resourceType != ResourceType::Model)
        return true;
    if (!old.contractEnforced && !node.contractEnforced)
        return true;
    if (!old.contractEnforced && node.contractEnforced)
        return false;
    return node.contractEnforced && node.contractChecksum == old.contractChecksum;
}

// ModelNode.same_ref_representation: latest_version, access and deprecation_date.
bool sameVersioning(const Node &old, const Node &node)
{
    if (node.resourceType != ResourceType::Model)
        return true;
    return old.latestVersion == node.latestVersion && old.access == node.access
        && old.deprecationDate == node.deprecationDate;
}

// Macros that are new, removed or whose SQL changed (dbt's `_macros_modified`).
std::vector<std::string> changedMacros(const Manifest &base, const Manifest &pr)
{
    std::vector<std::string> out;
    for (const auto &[uid, macro] : pr.macros) {
        const auto it = base.macros.find(uid);
        if (it == base.macros.end() || it->second.sqlDigest != macro.sqlDigest)
            out.push_back(uid);
    }
    for (const auto &[uid, macro] : base.macros) {
        if (!pr.macros.count(uid))
            out.push_back(uid);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Whether any macro `uids` uses, directly or through other macros, is modified.
class MacroChangeFinder
{
public:
    MacroChangeFinder(const Manifest &pr, const std::vector<std::string> &modified)
        : m_pr(pr)
        , m_modified(modified.begin(), modified.end())
    {
    }

    bool anyModified(const std::vector<std::string> &uids)
    {
        for (const std::string &uid : uids) {
            if (isModified(uid))
                return true;
        }
        return false;
    }

private:
    bool isModified(const std::string &uid)
    {
        if (const auto it = m_memo.find(uid); it != m_memo.end())
            return it->second;
        m_memo[uid] = false; // breaks cycles
        bool modified = m_modified.count(uid) > 0;
        if (!modified) {
            if (const auto it = m_pr.macros.find(uid); it != m_pr.macros.end())
                modified = anyModified(it->second.dependsOnMacros);
        }
        m_memo[uid] = modified;
        return modified;
    }

    const Manifest &m_pr;
    std::unordered_set<std::string> m_modified;
    std::unordered_map<std::string, bool> m_memo;
};

std::vector<ModificationReason> reasonsFor(const Node &old, const Node &node,
                                           MacroChangeFinder &macros)
{
    std::vector<ModificationReason> reasons;
    if (!sameBody(old, node))
        reasons.push_back(ModificationReason::Body);
    if (old.configDigest != node.configDigest)
        reasons.push_back(ModificationReason::Configs);
    if (!sameDatabaseRepresentation(old, node))
        reasons.push_back(ModificationReason::Relation);
    if (!samePersistedDescription(old, node))
        reasons.push_back(ModificationReason::PersistedDescriptions);
    if (macros.anyModified(node.dependsOnMacros))
        reasons.push_back(ModificationReason::Macros);
    if (!sameContract(old, node))
        reasons.push_back(ModificationReason::Contract);
    if (old.fqn != node.fqn)
        reasons.push_back(ModificationReason::Fqn);
    if (!sameVersioning(old, node))
        reasons.push_back(ModificationReason::Versioning);
    return reasons;
}

} // namespace

const char *toString(ModificationReason reason)
{
    for (const auto &[value, name] : kReasonNames) {
        if (value == reason)
            return name;
    }
    return "";
}

std::optional<ModificationReason> modificationReasonFromString(std::string_view text)
{
    for (const auto &[value, name] : kReasonNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

StateComparison compareStates(const Manifest &base, const Manifest &pr)
{
    StateComparison result;
    const std::vector<std::string> macros = changedMacros(base, pr);
    MacroChangeFinder finder(pr, macros);
    for (const Node &node : pr.nodes) {
        if (!isDiffable(node.resourceType))
            continue;
        const Node *old = base.find(node.uniqueId);
        if (!old || !isDiffable(old->resourceType)) {
            result.added.push_back(node.uniqueId);
            continue;
        }
        std::vector<ModificationReason> reasons = reasonsFor(*old, node, finder);
        if (!reasons.empty())
            result.modified.push_back({node.uniqueId, std::move(reasons)});
    }
    for (const Node &old : base.nodes) {
        if (!isDiffable(old.resourceType))
            continue;
        const Node *node = pr.find(old.uniqueId);
        if (!node || !isDiffable(node->resourceType))
            result.removed.push_back(old.uniqueId);
    }
    std::sort(result.added.begin(), result.added.end());
    std::sort(result.removed.begin(), result.removed.end());
    std::sort(result.modified.begin(), result.modified.end(),
              [](const ModifiedNode &a, const ModifiedNode &b) { return a.uniqueId < b.uniqueId; });
    return result;
}

} // namespace tidemark::dbt
