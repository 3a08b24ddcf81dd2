#include "dbt/change_plan.h"
#include "common/translation.h"

#include "dbt/lineage_graph.h"
#include "dbt/run_results.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace tidemark::dbt {

namespace {

ManifestSummary summaryOf(const Manifest &manifest)
{
    return {manifest.path.toStdString(), manifest.schemaVersion, manifest.dbtVersion,
            manifest.generatedAt, manifest.projectName};
}

nlohmann::json toJson(const ManifestSummary &s)
{
    return {{"path", s.path},
            {"schema_version", s.schemaVersion},
            {"dbt_version", s.dbtVersion},
            {"generated_at", s.generatedAt},
            {"project_name", s.projectName}};
}

ManifestSummary summaryFromJson(const nlohmann::json &j)
{
    ManifestSummary s;
    if (!j.is_object())
        return s;
    s.path = j.value("path", "");
    s.schemaVersion = j.value("schema_version", 0);
    s.dbtVersion = j.value("dbt_version", "");
    s.generatedAt = j.value("generated_at", "");
    s.projectName = j.value("project_name", "");
    return s;
}

std::vector<std::string> reasonNames(const std::vector<ModificationReason> &reasons)
{
    std::vector<std::string> names;
    for (ModificationReason r : reasons)
        names.emplace_back(toString(r));
    std::sort(names.begin(), names.end());
    return names;
}

std::string whyNotSelected(const PlannedModel &model, const ChangePlanOptions &options)
{
    if (model.config.neverDiff)
        return "never_diff is set in the model's meta ("
            + (model.config.foundIn.empty() ? std::string("meta.datafold.datadiff")
                                            : model.config.foundIn.front())
            + ")";
    if (model.materialized == "ephemeral")
        return "ephemeral model: it builds no table to diff";
    if (model.status == ModelStatus::Impacted && options.slimDiff && !options.diffAllDownstream
        && !model.config.diffWhenDownstream)
        return "Slim Diff: downstream of a change, not changed itself; diff it on demand";
    return {};
}

} // namespace

const char *toString(ModelStatus status)
{
    switch (status) {
    case ModelStatus::New: return "new";
    case ModelStatus::Modified: return "modified";
    case ModelStatus::Impacted: return "impacted";
    }
    return "impacted";
}

const PlannedModel *ChangePlan::model(const std::string &uniqueId) const
{
    const auto it = std::lower_bound(
        models.begin(), models.end(), uniqueId,
        [](const PlannedModel &m, const std::string &id) { return m.uniqueId < id; });
    return it != models.end() && it->uniqueId == uniqueId ? &*it : nullptr;
}

std::vector<const PlannedModel *> ChangePlan::selectedModels() const
{
    std::vector<const PlannedModel *> out;
    for (const PlannedModel &m : models) {
        if (m.selected)
            out.push_back(&m);
    }
    return out;
}

ChangePlan planChanges(const Manifest &base, const Manifest &pr, const ChangePlanOptions &options,
                       const RunResults *prRun)
{
    ChangePlan plan;
    plan.base = summaryOf(base);
    plan.pr = summaryOf(pr);
    StateComparison comparison = compareStates(base, pr);
    plan.added = std::move(comparison.added);
    plan.removed = std::move(comparison.removed);
    plan.modified = std::move(comparison.modified);

    const LineageGraph graph(pr);
    std::vector<LineageGraph::Index> changed;
    std::unordered_set<std::string> changedIds;
    for (const std::string &uid : plan.added) {
        changedIds.insert(uid);
        if (const auto i = graph.indexOf(uid))
            changed.push_back(*i);
    }
    for (const ModifiedNode &m : plan.modified) {
        changedIds.insert(m.uniqueId);
        if (const auto i = graph.indexOf(m.uniqueId))
            changed.push_back(*i);
    }
    for (LineageGraph::Index i : graph.downstream(changed)) {
        const Node &node = graph.node(i);
        if (changedIds.count(node.uniqueId))
            continue;
        if (isDiffable(node.resourceType))
            plan.impacted.push_back(node.uniqueId);
        else if (node.resourceType == ResourceType::Exposure)
            plan.impactedExposures.push_back(node.uniqueId);
    }
    std::sort(plan.impacted.begin(), plan.impacted.end());
    std::sort(plan.impactedExposures.begin(), plan.impactedExposures.end());

    const PrimaryKeyFinder keys(pr, options.primaryKeyTag);
    auto add
        = [&](const std::string &uid, ModelStatus status, std::vector<ModificationReason> reasons) {
              const Node *node = pr.find(uid);
              if (!node)
                  return;
              PlannedModel m;
              m.uniqueId = uid;
              m.name = node->name;
              m.resourceType = node->resourceTypeName;
              m.materialized = node->materialized;
              m.status = status;
              m.reasons = std::move(reasons);
              if (const Node *old = base.find(uid); old && status != ModelStatus::New)
                  m.prodRelation = old->relation();
              m.prRelation = node->relation();
              m.primaryKey = keys.find(*node);
              m.config = diffConfigOf(*node);
              if (prRun) {
                  if (const auto it = prRun->results.find(uid); it != prRun->results.end())
                      m.prRunStatus = it->second.status;
              }
              m.whyNotSelected = whyNotSelected(m, options);
              m.selected = m.whyNotSelected.empty();
              plan.models.push_back(std::move(m));
          };
    for (const std::string &uid : plan.added)
        add(uid, ModelStatus::New, {});
    for (const ModifiedNode &mod : plan.modified)
        add(mod.uniqueId, ModelStatus::Modified, mod.reasons);
    for (const std::string &uid : plan.impacted)
        add(uid, ModelStatus::Impacted, {});
    std::sort(plan.models.begin(), plan.models.end(),
              [](const PlannedModel &a, const PlannedModel &b) { return a.uniqueId < b.uniqueId; });
    return plan;
}

nlohmann::json ChangePlan::toJson() const
{
    nlohmann::json modifiedJson = nlohmann::json::array();
    for (const ModifiedNode &m : modified)
        modifiedJson.push_back({{"unique_id", m.uniqueId}, {"reasons", reasonNames(m.reasons)}});
    nlohmann::json modelsJson = nlohmann::json::array();
    for (const PlannedModel &m : models) {
        nlohmann::json entry = {
            {"unique_id", m.uniqueId},
            {"name", m.name},
            {"resource_type", m.resourceType},
            {"materialized", m.materialized},
            {"status", dbt::toString(m.status)},
            {"reasons", reasonNames(m.reasons)},
            {"prod_relation",
             m.prodRelation ? nlohmann::json(*m.prodRelation) : nlohmann::json(nullptr)},
            {"pr_relation", m.prRelation},
            {"primary_key",
             {{"columns", m.primaryKey.columns},
              {"rule", dbt::toString(m.primaryKey.rule)},
              {"detail", m.primaryKey.detail}}},
            {"config", m.config.toJson()},
            {"selected", m.selected},
            {"why_not_selected",
             m.whyNotSelected.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.whyNotSelected)},
        };
        if (!m.prRunStatus.empty())
            entry["pr_run_status"] = m.prRunStatus;
        modelsJson.push_back(std::move(entry));
    }
    return {
        {"base", dbt::toJson(base)},
        {"pr", dbt::toJson(pr)},
        {"new", added},
        {"removed", removed},
        {"modified", std::move(modifiedJson)},
        {"impacted", impacted},
        {"impacted_exposures", impactedExposures},
        {"models", std::move(modelsJson)},
    };
}

Expected<ChangePlan> ChangePlan::fromJson(const nlohmann::json &json)
{
    auto bad = [](const char *what) {
        return Error {Tr::tr("Not a change plan: %1.").arg(QString::fromUtf8(what))};
    };
    if (!json.is_object())
        return bad("expected a JSON object");
    try {
        ChangePlan plan;
        plan.base = summaryFromJson(json.value("base", nlohmann::json()));
        plan.pr = summaryFromJson(json.value("pr", nlohmann::json()));
        plan.added = json.at("new").get<std::vector<std::string>>();
        plan.removed = json.at("removed").get<std::vector<std::string>>();
        plan.impacted = json.at("impacted").get<std::vector<std::string>>();
        plan.impactedExposures = json.value("impacted_exposures", std::vector<std::string>());
        auto reasonsOf = [](const nlohmann::json &names) {
            std::vector<ModificationReason> reasons;
            for (const auto &name : names) {
                if (const auto r = modificationReasonFromString(name.get<std::string>()))
                    reasons.push_back(*r);
            }
            std::sort(reasons.begin(), reasons.end());
            return reasons;
        };
        for (const auto &m : json.at("modified"))
            plan.modified.push_back(
                {m.at("unique_id").get<std::string>(), reasonsOf(m.at("reasons"))});
        for (const auto &j : json.at("models")) {
            PlannedModel m;
            m.uniqueId = j.at("unique_id").get<std::string>();
            m.name = j.value("name", "");
            m.resourceType = j.value("resource_type", "");
            m.materialized = j.value("materialized", "");
            const std::string status = j.at("status").get<std::string>();
            m.status = status == "new" ? ModelStatus::New
                : status == "modified" ? ModelStatus::Modified
                                       : ModelStatus::Impacted;
            m.reasons = reasonsOf(j.value("reasons", nlohmann::json::array()));
            if (j.contains("prod_relation") && j["prod_relation"].is_string())
                m.prodRelation = j["prod_relation"].get<std::string>();
            m.prRelation = j.value("pr_relation", "");
            const auto &pk = j.at("primary_key");
            m.primaryKey.columns = pk.at("columns").get<std::vector<std::string>>();
            m.primaryKey.rule = primaryKeyRuleFromString(pk.at("rule").get<std::string>())
                                    .value_or(PrimaryKeyRule::None);
            m.primaryKey.detail = pk.value("detail", "");
            m.config = ModelDiffConfig::fromJson(j.value("config", nlohmann::json()));
            m.selected = j.at("selected").get<bool>();
            if (j.contains("why_not_selected") && j["why_not_selected"].is_string())
                m.whyNotSelected = j["why_not_selected"].get<std::string>();
            m.prRunStatus = j.value("pr_run_status", "");
            plan.models.push_back(std::move(m));
        }
        return plan;
    } catch (const nlohmann::json::exception &e) {
        return bad(e.what());
    }
}

} // namespace tidemark::dbt
