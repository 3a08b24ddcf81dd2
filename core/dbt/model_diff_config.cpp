#include "dbt/model_diff_config.h"

namespace tidemark::dbt {

namespace {

std::vector<std::string> stringsOf(const nlohmann::json &value)
{
    std::vector<std::string> out;
    if (value.is_string()) {
        out.push_back(value.get<std::string>());
    } else if (value.is_array()) {
        for (const auto &item : value) {
            if (item.is_string())
                out.push_back(item.get<std::string>());
        }
    }
    return out;
}

bool truthy(const nlohmann::json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string()) {
        const std::string s = value.get<std::string>();
        return s == "true" || s == "True" || s == "yes";
    }
    if (value.is_number())
        return value.get<double>() != 0;
    return false;
}

void apply(ModelDiffConfig &config, const nlohmann::json &block)
{
    if (!block.is_object())
        return;
    for (auto it = block.begin(); it != block.end(); ++it) {
        const std::string &k = it.key();
        const nlohmann::json &v = *it;
        if (k == "filter" && v.is_string())
            config.filter = v.get<std::string>();
        else if (k == "include_columns")
            config.includeColumns = stringsOf(v);
        else if (k == "exclude_columns")
            config.excludeColumns = stringsOf(v);
        else if (k == "never_diff")
            config.neverDiff = truthy(v);
        else if (k == "time_column" && v.is_string())
            config.timeColumn = v.get<std::string>();
        else if (k == "prod_time_travel")
            config.prodTimeTravel = v;
        else if (k == "pr_time_travel")
            config.prTimeTravel = v;
        else if (k == "slim_diff" && v.is_string())
            config.diffWhenDownstream = v.get<std::string>() == "diff_when_downstream";
    }
}

} // namespace

ModelDiffConfig diffConfigOf(const Node &node)
{
    ModelDiffConfig config;
    const nlohmann::json &meta = node.meta;
    if (const auto datafold = meta.find("datafold");
        datafold != meta.end() && datafold->is_object()) {
        if (const auto block = datafold->find("datadiff");
            block != datafold->end() && block->is_object()) {
            apply(config, *block);
            config.foundIn.push_back("meta.datafold.datadiff");
        }
    }
    if (const auto tidemark = meta.find("tidemark");
        tidemark != meta.end() && tidemark->is_object()) {
        const auto nested = tidemark->find("datadiff");
        apply(config, nested != tidemark->end() && nested->is_object() ? *nested : *tidemark);
        config.foundIn.push_back("meta.tidemark");
    }
    return config;
}

nlohmann::json ModelDiffConfig::toJson() const
{
    nlohmann::json out = {
        {"filter", filter.empty() ? nlohmann::json(nullptr) : nlohmann::json(filter)},
        {"include_columns", includeColumns},
        {"exclude_columns", excludeColumns},
        {"never_diff", neverDiff},
        {"time_column", timeColumn.empty() ? nlohmann::json(nullptr) : nlohmann::json(timeColumn)},
        {"prod_time_travel", prodTimeTravel},
        {"pr_time_travel", prTimeTravel},
        {"slim_diff",
         diffWhenDownstream ? nlohmann::json("diff_when_downstream") : nlohmann::json(nullptr)},
        {"found_in", foundIn},
    };
    return out;
}

ModelDiffConfig ModelDiffConfig::fromJson(const nlohmann::json &json)
{
    ModelDiffConfig config;
    if (!json.is_object())
        return config;
    config.filter = json.value("filter", nlohmann::json()).is_string()
        ? json["filter"].get<std::string>()
        : std::string();
    config.includeColumns = stringsOf(json.value("include_columns", nlohmann::json()));
    config.excludeColumns = stringsOf(json.value("exclude_columns", nlohmann::json()));
    config.neverDiff = json.value("never_diff", false);
    config.timeColumn = json.value("time_column", nlohmann::json()).is_string()
        ? json["time_column"].get<std::string>()
        : std::string();
    config.prodTimeTravel = json.value("prod_time_travel", nlohmann::json());
    config.prTimeTravel = json.value("pr_time_travel", nlohmann::json());
    config.diffWhenDownstream = json.value("slim_diff", nlohmann::json()) == "diff_when_downstream";
    config.foundIn = stringsOf(json.value("found_in", nlohmann::json()));
    return config;
}

} // namespace tidemark::dbt
