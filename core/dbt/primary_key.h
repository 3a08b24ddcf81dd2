#pragma once

// Primary key inference: the seven rules of PRODUCT.md, first match wins, and the rule that found
// the key is kept so that the user can see why Tidemark picked those columns.

#include "dbt/manifest.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tidemark::dbt {

enum class PrimaryKeyRule {
    ModelMeta, // model meta: {primary-key: [a, b]}
    ColumnMeta, // column meta: {primary-key: true}
    ColumnTag, // column tags: [primary-key]
    UniquenessTest, // unique, unique on an expression, dbt_utils.unique_combination_of_columns
    UniqueKey, // config unique_key
    Constraint, // primary_key constraint, or v12's primary_key field
    Name, // a column named id, pk, pkey or <model>_id
    None,
};

const char *toString(PrimaryKeyRule rule);
std::optional<PrimaryKeyRule> primaryKeyRuleFromString(std::string_view text);

inline constexpr const char *kDefaultPrimaryKeyTag = "primary-key";

struct PrimaryKey
{
    std::vector<std::string> columns;
    PrimaryKeyRule rule = PrimaryKeyRule::None;
    std::string detail; // what matched (e.g. the test), or why there is no key
};

// Finds primary keys for the nodes of one manifest; tests are grouped by the node they belong to.
class PrimaryKeyFinder final
{
public:
    explicit PrimaryKeyFinder(const Manifest &manifest, std::string tag = kDefaultPrimaryKeyTag);

    PrimaryKey find(const Node &node) const;

private:
    std::string m_tag;
    std::unordered_map<std::string, std::vector<const TestInfo *>> m_tests;
};

// The columns named by a uniqueness test's column_name: "id" -> [id]; "a || '-' || b" -> [a, b];
// "concat(a, b)" -> [a, b]. Quotes around identifiers are removed; literals are dropped.
std::vector<std::string> columnsOfExpression(const std::string &expression);

} // namespace tidemark::dbt
