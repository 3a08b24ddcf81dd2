#pragma once

// The parts of a dbt manifest.json (schema v4 to v12) that Tidemark works with, as plain values.
// Large texts (SQL bodies, unrendered configs, descriptions) are kept as digests: comparing two
// manifests needs only to know whether they are equal, and keeping the digest keeps a 10,000-node
// manifest small in memory. Strings are UTF-8.

#include <nlohmann/json.hpp>

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace tidemark::dbt {

enum class ResourceType {
    Model,
    Seed,
    Snapshot,
    Test,
    Analysis,
    Operation,
    Source,
    Exposure,
    Other,
};

ResourceType resourceTypeFromString(std::string_view text);
const char *toString(ResourceType type);
// Models, seeds and snapshots: the nodes that are tables in the warehouse and that state:modified
// compares.
bool isDiffable(ResourceType type);
// Models, seeds, snapshots, sources and exposures: the nodes of the lineage graph.
bool isLineageNode(ResourceType type);

struct Column
{
    std::string name;
    std::string dataType;
    std::string description;
    std::vector<std::string> tags;
    std::vector<std::string>
        trueMetaKeys; // keys of `meta` whose value is true ("primary-key: true")
    bool primaryKeyConstraint = false; // a column-level `primary_key` constraint
};

// A generic data test (unique, not_null, dbt_utils.unique_combination_of_columns, ...).
struct TestInfo
{
    std::string uniqueId;
    std::string testName; // test_metadata.name
    std::string ns; // test_metadata.namespace ("dbt_utils"), empty for dbt's own
    std::string columnName; // kwargs.column_name (may be an expression: "a || b")
    std::vector<std::string> combinationOfColumns; // kwargs.combination_of_columns
    std::string attachedNode; // v9+: the node the test belongs to; else the single parent
    std::vector<std::string> dependsOn;
};

struct Node
{
    std::string uniqueId;
    std::string name;
    ResourceType resourceType = ResourceType::Other;
    std::string resourceTypeName; // as written in the manifest
    std::string packageName;
    std::string database;
    std::string schema;
    std::string alias; // the relation's table name (sources: identifier)
    std::string relationName;
    std::string originalFilePath;
    std::string sourceName; // sources only
    std::string exposureType; // exposures only (dashboard, application, ...)
    std::string exposureUrl;
    std::string owner;
    std::string description;
    std::string materialized;
    std::vector<std::string> fqn;
    std::vector<std::string> tags;

    // state:modified inputs
    uint64_t bodyDigest = 0; // raw_code (raw_sql before v7)
    bool hasBody = false;
    std::string checksumName; // seeds: "sha256" or "path"
    std::string checksum;
    uint64_t configDigest = 0; // unrendered_config without alias, schema, database, tags, group
    std::optional<std::string> configuredDatabase; // unrendered_config.database, as JSON text
    std::optional<std::string> configuredSchema;
    std::optional<std::string> configuredAlias;
    bool persistDocsRelation = false;
    bool persistDocsColumns = false;
    uint64_t columnDescriptionsDigest = 0;
    bool contractEnforced = false;
    std::string contractChecksum;
    std::string access = "protected";
    std::string latestVersion; // JSON text, empty when null
    std::string deprecationDate; // empty when null

    std::vector<std::string> dependsOnNodes;
    std::vector<std::string> dependsOnMacros;

    // primary keys and diff configuration
    nlohmann::json meta = nlohmann::json::object(); // config.meta with node meta laid over it
    std::vector<std::string> uniqueKey; // config.unique_key
    std::vector<std::string> constraintPrimaryKey; // model-level primary_key constraint
    std::vector<std::string> dbtPrimaryKey; // v12 `primary_key`
    std::vector<Column> columns; // in manifest order

    std::string relation() const; // database.schema.alias, empty parts left out
};

struct Macro
{
    uint64_t sqlDigest = 0;
    std::vector<std::string> dependsOnMacros;
};

struct Manifest
{
    QString path;
    int schemaVersion = 0;
    std::string dbtVersion;
    std::string adapterType;
    std::string projectName;
    std::string generatedAt;

    std::vector<Node> nodes; // models, seeds, snapshots, analyses, operations, sources, exposures
    std::vector<TestInfo> tests;
    std::unordered_map<std::string, Macro> macros;
    // parent_map as written in the file, when loading was asked to keep it.
    std::unordered_map<std::string, std::vector<std::string>> parentMap;

    const Node *find(const std::string &uniqueId) const;
    void rebuildIndex();

private:
    std::unordered_map<std::string, size_t> m_index;
};

} // namespace tidemark::dbt
