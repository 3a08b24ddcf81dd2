#include "diff/diff_result.h"
#include "common/translation.h"
#include "diff/value_json.h"

#include <QCoreApplication>

#include <algorithm>

namespace tidemark::diff {

namespace {

QStringList stringsFrom(const nlohmann::json &json)
{
    QStringList out;
    if (json.is_array()) {
        for (const auto &s : json)
            out << QString::fromStdString(s.get<std::string>());
    }
    return out;
}

nlohmann::json profilesJson(const std::vector<ColumnProfile> &profiles)
{
    nlohmann::json out = nlohmann::json::array();
    for (const ColumnProfile &p : profiles) {
        out.push_back({{"name", p.name.toStdString()},
                       {"count", p.count},
                       {"nulls", p.nulls},
                       {"distinct", p.distinct},
                       {"min", p.min},
                       {"max", p.max},
                       {"mean", p.mean}});
    }
    return out;
}

std::vector<ColumnProfile> profilesFrom(const nlohmann::json &json)
{
    std::vector<ColumnProfile> out;
    if (!json.is_array())
        return out;
    for (const auto &j : json) {
        ColumnProfile p;
        p.name = QString::fromStdString(j.at("name").get<std::string>());
        p.count = j.value("count", qint64(0));
        p.nulls = j.value("nulls", qint64(0));
        p.distinct = j.value("distinct", qint64(0));
        p.min = j.value("min", nlohmann::json());
        p.max = j.value("max", nlohmann::json());
        p.mean = j.value("mean", nlohmann::json());
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

double matchPercent(qint64 matched, qint64 different)
{
    if (matched <= 0)
        return 100.0;
    return 100.0 * double(matched - different) / double(matched);
}

double matchScore(const DiffResult &r)
{
    const qint64 shared = r.key.size() + qint64(r.columns.size());
    const qint64 colsA = shared + r.schema.onlyA.size();
    const qint64 colsB = shared + r.schema.onlyB.size();
    const double total = double(r.rows.a) * double(colsA) + double(r.rows.b) * double(colsB);
    if (total <= 0)
        return 0.0;
    qint64 valueDiffs = 0;
    for (const ColumnDiff &c : r.columns)
        valueDiffs += c.different;
    const qint64 unmatchedRows = r.rows.exclusiveA + r.rows.exclusiveB + r.primaryKey.nullA
        + r.primaryKey.nullB + r.primaryKey.duplicateRowsA + r.primaryKey.duplicateRowsB;
    const double nonMatching = double(valueDiffs) * 2 + double(unmatchedRows) * double(shared)
        + double(r.schema.onlyA.size()) * double(r.rows.a)
        + double(r.schema.onlyB.size()) * double(r.rows.b);
    return std::clamp(100.0 * std::max(0.0, total - nonMatching) / total, 0.0, 100.0);
}

nlohmann::json DiffResult::toJson() const
{
    nlohmann::json typeChanges = nlohmann::json::array();
    for (const TypeChange &t : schema.typeChanged)
        typeChanges.push_back({{"column", t.column.toStdString()},
                               {"a", t.a.toStdString()},
                               {"b", t.b.toStdString()}});
    nlohmann::json columnsJson = nlohmann::json::array();
    for (const ColumnDiff &c : columns)
        columnsJson.push_back({{"name", c.name.toStdString()},
                               {"different", c.different},
                               {"match_pct", c.matchPct},
                               {"compared_as", c.comparedAs.toStdString()}});
    nlohmann::json out = {
        {"algorithm", algorithm.toStdString()},
        {"key", stringsToJson(key)},
        {"table_a", tableA.toStdString()},
        {"table_b", tableB.toStdString()},
        {"rows",
         {{"a", rows.a},
          {"b", rows.b},
          {"exclusive_a", rows.exclusiveA},
          {"exclusive_b", rows.exclusiveB},
          {"updated", rows.updated},
          {"unchanged", rows.unchanged}}},
        {"primary_key",
         {{"null_a", primaryKey.nullA},
          {"null_b", primaryKey.nullB},
          {"duplicate_a", primaryKey.duplicateA},
          {"duplicate_b", primaryKey.duplicateB},
          {"duplicate_rows_a", primaryKey.duplicateRowsA},
          {"duplicate_rows_b", primaryKey.duplicateRowsB}}},
        {"schema",
         {{"only_a", stringsToJson(schema.onlyA)},
          {"only_b", stringsToJson(schema.onlyB)},
          {"type_changed", typeChanges},
          {"order_changed", schema.orderChanged},
          {"columns_a", schema.columnsA},
          {"columns_b", schema.columnsB}}},
        {"columns", columnsJson},
        {"match_score", matchScore},
        {"samples", samples},
        {"complete", complete},
        {"warnings", stringsToJson(warnings)},
        {"rows_downloaded", rowsDownloaded},
        {"duration_ms", durationMs},
    };
    if (!profilesA.empty() || !profilesB.empty())
        out["profiles"] = {{"a", profilesJson(profilesA)}, {"b", profilesJson(profilesB)}};
    if (!sampling.is_null())
        out["sampling"] = sampling;
    if (!hashStats.is_null())
        out["hash"] = hashStats;
    return out;
}

Expected<DiffResult> DiffResult::fromJson(const nlohmann::json &json)
{
    try {
        DiffResult r;
        r.algorithm = QString::fromStdString(json.at("algorithm").get<std::string>());
        r.key = stringsFrom(json.at("key"));
        r.tableA = QString::fromStdString(json.value("table_a", ""));
        r.tableB = QString::fromStdString(json.value("table_b", ""));
        const auto &rows = json.at("rows");
        r.rows = {rows.at("a").get<qint64>(),           rows.at("b").get<qint64>(),
                  rows.at("exclusive_a").get<qint64>(), rows.at("exclusive_b").get<qint64>(),
                  rows.at("updated").get<qint64>(),     rows.at("unchanged").get<qint64>()};
        const auto &pk = json.at("primary_key");
        r.primaryKey
            = {pk.at("null_a").get<qint64>(),           pk.at("null_b").get<qint64>(),
               pk.at("duplicate_a").get<qint64>(),      pk.at("duplicate_b").get<qint64>(),
               pk.value("duplicate_rows_a", qint64(0)), pk.value("duplicate_rows_b", qint64(0))};
        const auto &schema = json.at("schema");
        r.schema.onlyA = stringsFrom(schema.at("only_a"));
        r.schema.onlyB = stringsFrom(schema.at("only_b"));
        for (const auto &t : schema.at("type_changed")) {
            r.schema.typeChanged.push_back(
                {QString::fromStdString(t.at("column").get<std::string>()),
                 QString::fromStdString(t.at("a").get<std::string>()),
                 QString::fromStdString(t.at("b").get<std::string>())});
        }
        r.schema.orderChanged = schema.value("order_changed", false);
        r.schema.columnsA = schema.value("columns_a", 0);
        r.schema.columnsB = schema.value("columns_b", 0);
        for (const auto &c : json.at("columns")) {
            r.columns.push_back({QString::fromStdString(c.at("name").get<std::string>()),
                                 c.at("different").get<qint64>(), c.at("match_pct").get<double>(),
                                 QString::fromStdString(c.value("compared_as", std::string()))});
        }
        r.matchScore = json.at("match_score").get<double>();
        r.samples = json.at("samples");
        if (json.contains("profiles")) {
            r.profilesA = profilesFrom(json["profiles"].value("a", nlohmann::json()));
            r.profilesB = profilesFrom(json["profiles"].value("b", nlohmann::json()));
        }
        r.complete = json.value("complete", true);
        r.warnings = stringsFrom(json.value("warnings", nlohmann::json::array()));
        r.rowsDownloaded = json.value("rows_downloaded", qint64(0));
        r.durationMs = json.value("duration_ms", qint64(0));
        r.sampling = json.value("sampling", nlohmann::json());
        r.hashStats = json.value("hash", nlohmann::json());
        return r;
    } catch (const nlohmann::json::exception &e) {
        return Error {Tr::tr("Not a diff result: %1.").arg(QString::fromUtf8(e.what()))};
    }
}

} // namespace tidemark::diff
