#pragma once

// A lineage selection as JSON, Graphviz DOT or Mermaid text.

#include "dbt/lineage_graph.h"

#include <nlohmann/json.hpp>

#include <string>

namespace tidemark::dbt {

nlohmann::json lineageToJson(const LineageGraph &graph, const LineageSelection &selection);
std::string lineageToDot(const LineageGraph &graph, const LineageSelection &selection);
std::string lineageToMermaid(const LineageGraph &graph, const LineageSelection &selection);

} // namespace tidemark::dbt
