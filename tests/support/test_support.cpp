#include "support/test_support.h"

#include "dbt/manifest_loader.h"

#include <QFile>
#include <QTest>

namespace tidemark::test {

QString fixturesDir()
{
    return QStringLiteral(TIDEMARK_FIXTURES_DIR);
}

QString manifestFixture(const QString &fileName)
{
    return fixturesDir() + QStringLiteral("/manifests/") + fileName;
}

QString sourceDir()
{
    return QStringLiteral(TIDEMARK_SOURCE_DIR);
}

nlohmann::json readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    const QByteArray bytes = file.readAll();
    return nlohmann::json::parse(bytes.begin(), bytes.end());
}

void writeTextFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

void writeJsonFile(const QString &path, const nlohmann::json &json)
{
    writeTextFile(path, QByteArray::fromStdString(json.dump(1)));
}

dbt::Manifest loadOrFail(const QString &path)
{
    auto loaded = dbt::loadManifest(path);
    if (!loaded) {
        QTest::qFail(qPrintable(loaded.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return std::move(*loaded);
}

nlohmann::json downgradeManifest(nlohmann::json manifest, int version)
{
    manifest["metadata"]["dbt_schema_version"]
        = "https://schemas.getdbt.com/dbt/manifest/v" + std::to_string(version) + ".json";
    manifest["metadata"]["dbt_version"] = version <= 4 ? "1.0.0" : "1.4.9";
    for (const char *key :
         {"groups", "group_map", "semantic_models", "saved_queries", "unit_tests", "functions"})
        manifest.erase(key);
    for (auto &[uid, node] : manifest["nodes"].items()) {
        (void)uid;
        if (version <= 6 && node.contains("raw_code")) {
            node["raw_sql"] = node["raw_code"];
            node.erase("raw_code");
            node.erase("language");
            if (node.contains("compiled_code")) {
                node["compiled_sql"] = node["compiled_code"];
                node.erase("compiled_code");
            }
        }
        if (node.contains("refs") && node["refs"].is_array()) {
            nlohmann::json refs = nlohmann::json::array();
            for (const auto &ref : node["refs"]) {
                if (ref.is_object()) {
                    nlohmann::json list = nlohmann::json::array();
                    if (ref.contains("package") && ref["package"].is_string())
                        list.push_back(ref["package"]);
                    list.push_back(ref["name"]);
                    refs.push_back(list);
                } else {
                    refs.push_back(ref);
                }
            }
            node["refs"] = refs;
        }
        for (const char *key :
             {"contract", "access", "constraints", "version", "latest_version", "deprecation_date",
              "group", "attached_node", "primary_key", "time_spine", "doc_blocks",
              "unrendered_config_call_dict", "defer_relation"})
            node.erase(key);
        if (node.contains("config")) {
            node["config"].erase("contract");
            node["config"].erase("access");
            node["config"].erase("group");
        }
        if (node.contains("columns")) {
            for (auto &[name, column] : node["columns"].items()) {
                (void)name;
                column.erase("constraints");
            }
        }
    }
    return manifest;
}

} // namespace tidemark::test
