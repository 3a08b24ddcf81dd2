#include "dbt/manifest_loader.h"
#include "common/translation.h"

#include "common/fast_json.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <charconv>
#include <memory>

namespace tidemark::dbt {

namespace {

namespace od = simdjson::ondemand;
using json::ShapeError;

// A mismatch inside one entry of a top-level dictionary: the entry's key is added to the message.
[[noreturn]] void rethrowIn(const ShapeError &error, std::string_view section, std::string_view key)
{
    throw ShapeError(std::string(error.what()) + " (in " + std::string(section) + " \u203a "
                         + std::string(key) + ")",
                     error.location());
}

std::string jsonText(od::value value)
{
    if (value.is_null())
        return {};
    return json::toJson(value).dump();
}

void deepMerge(nlohmann::json &base, const nlohmann::json &overlay)
{
    if (!base.is_object() || !overlay.is_object()) {
        base = overlay;
        return;
    }
    for (auto it = overlay.begin(); it != overlay.end(); ++it) {
        auto existing = base.find(it.key());
        if (existing != base.end() && existing->is_object() && it->is_object())
            deepMerge(*existing, *it);
        else
            base[it.key()] = *it;
    }
}

struct NodeFields
{
    Node node;
    TestInfo test;
    nlohmann::json configMeta = nlohmann::json::object();
    nlohmann::json nodeMeta = nlohmann::json::object();
    bool configContractEnforced = false;
    bool hasContract = false;
};

void readConstraints(od::value value, std::vector<std::string> *modelPrimaryKey,
                     bool *columnPrimaryKey)
{
    if (value.is_null())
        return;
    for (auto element : json::array(value, "constraints")) {
        bool isPrimaryKey = false;
        std::vector<std::string> columns;
        for (auto f : json::object(element.value(), "constraints[]")) {
            od::field field = json::take(f);
            const std::string_view k = json::rawKey(field);
            if (k == "type")
                isPrimaryKey
                    = json::stringOrEmpty(field.value(), "constraints[].type") == "primary_key";
            else if (k == "columns")
                columns = json::stringList(field.value(), "constraints[].columns");
        }
        if (!isPrimaryKey)
            continue;
        if (columnPrimaryKey)
            *columnPrimaryKey = true;
        if (modelPrimaryKey && !columns.empty())
            *modelPrimaryKey = std::move(columns);
    }
}

void readColumnMeta(od::value value, Column &column)
{
    if (value.is_null())
        return;
    for (auto f : json::object(value, "columns.meta")) {
        od::field field = json::take(f);
        std::string k = json::key(field);
        if (json::truthy(field.value()))
            column.trueMetaKeys.push_back(std::move(k));
    }
}

void readColumn(od::value value, Column &column);

void readColumns(od::value value, NodeFields &fields)
{
    if (value.is_null())
        return;
    uint64_t descriptions = 0;
    for (auto c : json::object(value, "columns")) {
        od::field columnField = json::take(c);
        Column column;
        column.name = json::key(columnField);
        try {
            readColumn(columnField.value(), column);
        } catch (const ShapeError &error) {
            throw ShapeError("columns \u203a " + column.name + ": " + error.what(),
                             error.location());
        }
        if (!column.description.empty()) {
            descriptions += json::combine(json::digestString(column.name),
                                          json::digestString(column.description));
        }
        fields.node.columns.push_back(std::move(column));
    }
    fields.node.columnDescriptionsDigest = descriptions;
}

void readColumn(od::value value, Column &column)
{
    for (auto f : json::object(value, "column")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "name")
            column.name = json::stringOrEmpty(field.value(), "columns.name");
        else if (k == "description")
            column.description = json::stringOrEmpty(field.value(), "columns.description");
        else if (k == "data_type")
            column.dataType = json::stringOrEmpty(field.value(), "columns.data_type");
        else if (k == "tags")
            column.tags = json::stringOrStringList(field.value(), "columns.tags");
        else if (k == "meta")
            readColumnMeta(field.value(), column);
        else if (k == "constraints")
            readConstraints(field.value(), nullptr, &column.primaryKeyConstraint);
        else if (k == "config") {
            // dbt 1.10+: columns carry their own config with meta and tags.
            od::value config = field.value();
            if (config.is_null())
                continue;
            for (auto cf : json::object(config, "columns.config")) {
                od::field cfield = json::take(cf);
                const std::string_view ck = json::rawKey(cfield);
                if (ck == "meta")
                    readColumnMeta(cfield.value(), column);
                else if (ck == "tags")
                    for (std::string &tag :
                         json::stringOrStringList(cfield.value(), "columns.config.tags"))
                        column.tags.push_back(std::move(tag));
            }
        }
    }
}

void readConfig(od::value value, NodeFields &fields)
{
    if (value.is_null())
        return;
    Node &node = fields.node;
    for (auto f : json::object(value, "config")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "materialized") {
            node.materialized = json::stringOrEmpty(field.value(), "config.materialized");
        } else if (k == "unique_key") {
            node.uniqueKey = json::stringOrStringList(field.value(), "config.unique_key");
        } else if (k == "meta") {
            od::value meta = field.value();
            if (!meta.is_null())
                fields.configMeta = json::toJson(meta);
        } else if (k == "persist_docs") {
            od::value docs = field.value();
            if (docs.is_null())
                continue;
            for (auto pf : json::object(docs, "config.persist_docs")) {
                od::field pfield = json::take(pf);
                const std::string_view pk = json::rawKey(pfield);
                if (pk == "relation")
                    node.persistDocsRelation = json::truthy(pfield.value());
                else if (pk == "columns")
                    node.persistDocsColumns = json::truthy(pfield.value());
            }
        } else if (k == "contract") {
            od::value contract = field.value();
            if (contract.is_null())
                continue;
            for (auto cf : json::object(contract, "config.contract")) {
                od::field cfield = json::take(cf);
                if (json::rawKey(cfield) == "enforced")
                    fields.configContractEnforced = json::truthy(cfield.value());
            }
        }
    }
}

void readUnrenderedConfig(od::value value, Node &node)
{
    if (value.is_null())
        return;
    uint64_t sum = 0;
    for (auto f : json::object(value, "unrendered_config")) {
        od::field field = json::take(f);
        const std::string k = json::key(field);
        if (k == "database")
            node.configuredDatabase = jsonText(field.value());
        else if (k == "schema")
            node.configuredSchema = jsonText(field.value());
        else if (k == "alias")
            node.configuredAlias = jsonText(field.value());
        else if (k == "tags" || k == "group")
            continue;
        else
            sum += json::combine(json::digestString(k), json::digest(field.value()));
    }
    node.configDigest = sum;
}

void readTestMetadata(od::value value, TestInfo &test)
{
    if (value.is_null())
        return;
    for (auto f : json::object(value, "test_metadata")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "name") {
            test.testName = json::stringOrEmpty(field.value(), "test_metadata.name");
        } else if (k == "namespace") {
            test.ns = json::stringOrEmpty(field.value(), "test_metadata.namespace");
        } else if (k == "kwargs") {
            od::value kwargs = field.value();
            if (kwargs.is_null())
                continue;
            for (auto kf : json::object(kwargs, "test_metadata.kwargs")) {
                od::field kfield = json::take(kf);
                const std::string_view kk = json::rawKey(kfield);
                od::value v = kfield.value();
                od::json_type type {};
                if (v.type().get(type) != simdjson::SUCCESS)
                    continue;
                if (kk == "column_name" && type == od::json_type::string)
                    test.columnName = json::string(v, "test_metadata.kwargs.column_name");
                else if (kk == "combination_of_columns" && type == od::json_type::array)
                    test.combinationOfColumns
                        = json::stringList(v, "test_metadata.kwargs.combination_of_columns");
            }
        }
    }
}

void readDependsOn(od::value value, std::vector<std::string> &nodes,
                   std::vector<std::string> *macros)
{
    if (value.is_null())
        return;
    for (auto f : json::object(value, "depends_on")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "nodes")
            nodes = json::stringList(field.value(), "depends_on.nodes");
        else if (k == "macros" && macros)
            *macros = json::stringList(field.value(), "depends_on.macros");
    }
}

void readOwner(od::value value, Node &node)
{
    if (value.is_null())
        return;
    for (auto f : json::object(value, "owner")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "name" || (k == "email" && node.owner.empty()))
            node.owner = json::stringOrEmpty(field.value(), "owner.name");
    }
}

void readNode(od::object object, NodeFields &fields)
{
    Node &node = fields.node;
    TestInfo &test = fields.test;
    for (auto f : object) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        switch (k.empty() ? '\0' : k.front()) {
        case 'a':
            if (k == "alias")
                node.alias = json::stringOrEmpty(field.value(), "alias");
            else if (k == "access")
                node.access = json::stringOrEmpty(field.value(), "access");
            else if (k == "attached_node")
                test.attachedNode = json::stringOrEmpty(field.value(), "attached_node");
            break;
        case 'c':
            if (k == "config") {
                readConfig(field.value(), fields);
            } else if (k == "columns") {
                readColumns(field.value(), fields);
            } else if (k == "checksum") {
                for (auto cf : json::object(field.value(), "checksum")) {
                    od::field cfield = json::take(cf);
                    const std::string_view ck = json::rawKey(cfield);
                    if (ck == "name")
                        node.checksumName = json::stringOrEmpty(cfield.value(), "checksum.name");
                    else if (ck == "checksum")
                        node.checksum = json::stringOrEmpty(cfield.value(), "checksum.checksum");
                }
            } else if (k == "contract") {
                od::value contract = field.value();
                if (contract.is_null())
                    break;
                fields.hasContract = true;
                for (auto cf : json::object(contract, "contract")) {
                    od::field cfield = json::take(cf);
                    const std::string_view ck = json::rawKey(cfield);
                    if (ck == "enforced")
                        node.contractEnforced = json::truthy(cfield.value());
                    else if (ck == "checksum")
                        node.contractChecksum
                            = json::stringOrEmpty(cfield.value(), "contract.checksum");
                }
            } else if (k == "constraints") {
                readConstraints(field.value(), &node.constraintPrimaryKey, nullptr);
            } else if (k == "column_name") {
                // test_metadata.kwargs.column_name (read first) is the full expression; this field
                // may be null where kwargs has it.
                std::string column = json::stringOrEmpty(field.value(), "column_name");
                if (test.columnName.empty())
                    test.columnName = std::move(column);
            }
            break;
        case 'd':
            if (k == "database")
                node.database = json::stringOrEmpty(field.value(), "database");
            else if (k == "description")
                node.description = json::stringOrEmpty(field.value(), "description");
            else if (k == "depends_on")
                readDependsOn(field.value(), node.dependsOnNodes, &node.dependsOnMacros);
            else if (k == "deprecation_date")
                node.deprecationDate = json::stringOrEmpty(field.value(), "deprecation_date");
            break;
        case 'f':
            if (k == "fqn")
                node.fqn = json::stringList(field.value(), "fqn");
            break;
        case 'i':
            if (k == "identifier")
                node.alias = json::stringOrEmpty(field.value(), "identifier");
            break;
        case 'l':
            if (k == "latest_version")
                node.latestVersion = jsonText(field.value());
            break;
        case 'm':
            if (k == "meta") {
                od::value meta = field.value();
                if (!meta.is_null())
                    fields.nodeMeta = json::toJson(meta);
            }
            break;
        case 'n':
            if (k == "name")
                node.name = json::stringOrEmpty(field.value(), "name");
            break;
        case 'o':
            if (k == "original_file_path")
                node.originalFilePath = json::stringOrEmpty(field.value(), "original_file_path");
            else if (k == "owner")
                readOwner(field.value(), node);
            break;
        case 'p':
            if (k == "package_name")
                node.packageName = json::stringOrEmpty(field.value(), "package_name");
            else if (k == "primary_key")
                node.dbtPrimaryKey = json::stringList(field.value(), "primary_key");
            break;
        case 'r':
            if (k == "resource_type") {
                node.resourceTypeName = json::string(field.value(), "resource_type");
                node.resourceType = resourceTypeFromString(node.resourceTypeName);
            } else if (k == "relation_name") {
                node.relationName = json::stringOrEmpty(field.value(), "relation_name");
            } else if (k == "raw_code" || k == "raw_sql") {
                node.bodyDigest = json::digest(field.value());
                node.hasBody = true;
            }
            break;
        case 's':
            if (k == "schema")
                node.schema = json::stringOrEmpty(field.value(), "schema");
            else if (k == "source_name")
                node.sourceName = json::stringOrEmpty(field.value(), "source_name");
            break;
        case 't':
            if (k == "tags")
                node.tags = json::stringOrStringList(field.value(), "tags");
            else if (k == "test_metadata")
                readTestMetadata(field.value(), test);
            else if (k == "type")
                node.exposureType = json::stringOrEmpty(field.value(), "type");
            break;
        case 'u':
            if (k == "unique_id")
                node.uniqueId = json::string(field.value(), "unique_id");
            else if (k == "unrendered_config")
                readUnrenderedConfig(field.value(), node);
            else if (k == "url")
                node.exposureUrl = json::stringOrEmpty(field.value(), "url");
            break;
        default: break;
        }
    }
}

// Reads one entry of `nodes`, `sources` or `exposures` into the manifest.
void addNode(Manifest &manifest, od::value value, std::string_view section, const std::string &key)
{
    NodeFields fields;
    try {
        readNode(json::object(value, "the entry"), fields);
    } catch (const ShapeError &error) {
        rethrowIn(error, section, key);
    }
    Node &node = fields.node;
    if (node.uniqueId.empty())
        node.uniqueId = key;
    if (node.resourceTypeName.empty()) {
        // Older files and a few sections leave the type out; the section says what it is.
        if (section == "sources")
            node.resourceType = ResourceType::Source;
        else if (section == "exposures")
            node.resourceType = ResourceType::Exposure;
        else
            throw ShapeError("nodes \u203a " + key + ": no \"resource_type\"", nullptr);
        node.resourceTypeName = toString(node.resourceType);
    }
    if (node.resourceType == ResourceType::Test) {
        TestInfo &test = fields.test;
        test.uniqueId = node.uniqueId;
        test.dependsOn = std::move(node.dependsOnNodes);
        if (test.attachedNode.empty() && test.dependsOn.size() == 1)
            test.attachedNode = test.dependsOn.front();
        manifest.tests.push_back(std::move(test)); // singular tests have no test_metadata
        return;
    }
    if (!fields.hasContract)
        node.contractEnforced = fields.configContractEnforced;
    node.meta = std::move(fields.configMeta);
    deepMerge(node.meta, fields.nodeMeta);
    manifest.nodes.push_back(std::move(node));
}

void readMacros(Manifest &manifest, od::value value)
{
    for (auto entry : json::object(value, "macros")) {
        od::field entryField = json::take(entry);
        std::string uid = json::key(entryField);
        Macro macro;
        try {
            for (auto f : json::object(entryField.value(), "the entry")) {
                od::field field = json::take(f);
                const std::string_view k = json::rawKey(field);
                if (k == "macro_sql") {
                    macro.sqlDigest = json::digest(field.value());
                } else if (k == "depends_on") {
                    for (auto df : json::object(field.value(), "depends_on")) {
                        od::field dfield = json::take(df);
                        if (json::rawKey(dfield) == "macros")
                            macro.dependsOnMacros
                                = json::stringList(dfield.value(), "depends_on.macros");
                    }
                }
            }
        } catch (const ShapeError &error) {
            rethrowIn(error, "macros", uid);
        }
        manifest.macros.emplace(std::move(uid), std::move(macro));
    }
}

// "https://schemas.getdbt.com/dbt/manifest/v12.json" -> ("manifest", 12)
std::pair<std::string, int> artifactKind(const std::string &schemaUrl)
{
    const size_t v = schemaUrl.rfind("/v");
    if (v == std::string::npos)
        return {{}, 0};
    const size_t slash = schemaUrl.rfind('/', v - 1);
    std::string kind
        = slash == std::string::npos ? std::string() : schemaUrl.substr(slash + 1, v - slash - 1);
    int version = 0;
    std::from_chars(schemaUrl.data() + v + 2, schemaUrl.data() + schemaUrl.size(), version);
    return {kind, version};
}

void readMetadata(Manifest &manifest, od::value value, const QString &displayName)
{
    for (auto f : json::object(value, "metadata")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "dbt_schema_version") {
            const std::string url
                = json::stringOrEmpty(field.value(), "metadata.dbt_schema_version");
            const auto [kind, version] = artifactKind(url);
            if (kind != "manifest") {
                const QString what = kind.empty() ? Tr::tr("an unknown artifact")
                                                  : QString::fromStdString(kind + ".json");
                throw ShapeError(
                    Tr::tr("%1 is %2 (metadata.dbt_schema_version is \"%3\"), not a manifest.json. "
                           "Pass the manifest.json from the dbt target/ folder.")
                        .arg(displayName, what, QString::fromStdString(url))
                        .toStdString(),
                    nullptr);
            }
            if (version < 4) {
                throw ShapeError(Tr::tr("%1 is a manifest of schema v%2 (dbt before 1.0); Tidemark "
                                        "reads v4 (dbt 1.0) "
                                        "to v12. Regenerate it with a current dbt (`dbt parse`).")
                                     .arg(displayName)
                                     .arg(version)
                                     .toStdString(),
                                 nullptr);
            }
            manifest.schemaVersion = version;
        } else if (k == "dbt_version") {
            manifest.dbtVersion = json::stringOrEmpty(field.value(), "metadata.dbt_version");
        } else if (k == "adapter_type") {
            manifest.adapterType = json::stringOrEmpty(field.value(), "metadata.adapter_type");
        } else if (k == "project_name") {
            manifest.projectName = json::stringOrEmpty(field.value(), "metadata.project_name");
        } else if (k == "generated_at") {
            manifest.generatedAt = json::stringOrEmpty(field.value(), "metadata.generated_at");
        }
    }
}

QString describeSimdjsonError(simdjson::error_code code)
{
    switch (code) {
    case simdjson::EMPTY: return Tr::tr("the file is empty");
    case simdjson::UNCLOSED_STRING: return Tr::tr("the file ends inside a string: it is truncated");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::TAPE_ERROR:
        return Tr::tr("the JSON ends early or is malformed: the file is truncated or not JSON");
    case simdjson::UTF8_ERROR: return Tr::tr("the file is not valid UTF-8");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
    case simdjson::NUMBER_ERROR: return Tr::tr("the file is not valid JSON");
    case simdjson::INCORRECT_TYPE: return Tr::tr("a value has the wrong JSON type");
    case simdjson::CAPACITY: return Tr::tr("the file is too large to parse");
    default: return QString::fromUtf8(simdjson::error_message(code));
    }
}

QString where(const simdjson::padded_string &json, const char *location)
{
    const std::string_view text(json.data(), json.size());
    if (!location || location < text.data() || location > text.data() + text.size())
        return {};
    const json::TextPosition pos = json::positionOf(text, size_t(location - text.data()));
    return Tr::tr("line %1, column %2: ").arg(pos.line).arg(pos.column);
}

const char *currentLocation(od::document &doc, const simdjson::padded_string &json)
{
    const char *location = nullptr;
    if (doc.current_location().get(location) != simdjson::SUCCESS)
        return json.data() + json.size();
    return location;
}

} // namespace

QString resolveArtifactPath(const QString &path, const QString &fileName)
{
    const QFileInfo info(path);
    if (info.isDir())
        return info.filePath() + QLatin1Char('/') + fileName;
    return path;
}

Expected<Manifest> loadManifest(const QString &path, const ManifestLoadOptions &options)
{
    const QString file = resolveArtifactPath(path, QStringLiteral("manifest.json"));
    auto buffer = json::readPadded(file);
    if (!buffer)
        return buffer.error();
    auto manifest = parseManifest(*buffer, file, options);
    if (manifest)
        manifest->path = file;
    return manifest;
}

Expected<Manifest> parseManifest(const simdjson::padded_string &json, const QString &displayName,
                                 const ManifestLoadOptions &options)
{
    const QString hint
        = Tr::tr(" Regenerate the file with `dbt parse` (or download it again) and retry.");
    Manifest manifest;
    // dbt writes a few KB per node; reserving up front saves moving every node as the vector grows
    // (capacity never touched costs no memory).
    manifest.nodes.reserve(json.size() / 2048 + 16);
    od::parser parser;
    od::document doc;
    bool sawNodes = false;
    try {
        if (auto error = parser.iterate(json).get(doc)) {
            // A truncated file is noticed at its end; name that place.
            const bool atEnd = error == simdjson::UNCLOSED_STRING
                || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT;
            return Error {Tr::tr("%1: %2%3.")
                              .arg(displayName,
                                   atEnd ? where(json, json.data() + json.size()) : QString(),
                                   describeSimdjsonError(error))
                          + hint};
        }
        od::object top;
        if (doc.get_object().get(top) != simdjson::SUCCESS) {
            const std::string_view text(json.data(), json.size());
            const size_t first = text.find_first_not_of(" \t\r\n");
            const bool looksJson = first != std::string_view::npos
                && std::string_view("[\"-0123456789tfn").find(text[first])
                    != std::string_view::npos;
            if (!looksJson)
                return Error {
                    Tr::tr("%1: line 1, column 1: the file is not valid JSON.").arg(displayName)
                    + hint};
            return Error {
                Tr::tr(
                    "%1: line 1, column 1: expected a JSON object with \"metadata\" and \"nodes\"; "
                    "this is not a dbt manifest.json.")
                    .arg(displayName)};
        }
        // metadata says what the file is; dbt writes it first, other tools may not.
        od::value metadata;
        if (top.find_field_unordered("metadata").get(metadata) == simdjson::SUCCESS)
            readMetadata(manifest, metadata, displayName);
        if (manifest.schemaVersion == 0) {
            return Error {
                Tr::tr("%1: no metadata.dbt_schema_version: this is not a dbt manifest.json. "
                       "Pass the manifest.json from the dbt target/ folder.")
                    .arg(displayName)};
        }
        doc.rewind();
        top = json::take(doc.get_object());
        for (auto f : top) {
            od::field field = json::take(f);
            const std::string_view k = json::rawKey(field);
            if (k == "nodes" || k == "sources" || k == "exposures") {
                const std::string section(k);
                sawNodes = sawNodes || section == "nodes";
                for (auto entry : json::object(field.value(), section)) {
                    od::field entryField = json::take(entry);
                    addNode(manifest, entryField.value(), section, json::key(entryField));
                }
            } else if (k == "macros") {
                readMacros(manifest, field.value());
            } else if (k == "parent_map" && options.keepParentMap) {
                od::value map = field.value();
                if (map.is_null())
                    continue;
                for (auto entry : json::object(map, "parent_map")) {
                    od::field entryField = json::take(entry);
                    std::string uid = json::key(entryField);
                    manifest.parentMap.emplace(std::move(uid),
                                               json::stringList(entryField.value(), "parent_map"));
                }
            }
        }
    } catch (const ShapeError &error) {
        const QString what = QString::fromUtf8(error.what());
        if (!error.location() && what.startsWith(displayName))
            return Error {what};
        return Error {Tr::tr("%1: %2%3.").arg(displayName, where(json, error.location()), what)
                      + hint};
    } catch (const simdjson::simdjson_error &error) {
        return Error {Tr::tr("%1: %2%3.")
                          .arg(displayName, where(json, currentLocation(doc, json)),
                               describeSimdjsonError(error.error()))
                      + hint};
    }
    if (!sawNodes) {
        return Error {Tr::tr("%1: no \"nodes\" section: this is not a complete dbt manifest.json.")
                          .arg(displayName)
                      + hint};
    }
    manifest.rebuildIndex();
    return manifest;
}

} // namespace tidemark::dbt
