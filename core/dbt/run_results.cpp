#include "dbt/run_results.h"
#include "common/translation.h"

#include "common/fast_json.h"
#include "dbt/manifest_loader.h"

#include <QCoreApplication>

namespace tidemark::dbt {

namespace {

namespace od = simdjson::ondemand;

void readResult(od::value value, RunResults &out)
{
    std::string uid;
    NodeRunResult result;
    for (auto f : json::object(value, "results[]")) {
        od::field field = json::take(f);
        const std::string_view k = json::rawKey(field);
        if (k == "unique_id") {
            uid = json::string(field.value(), "results[].unique_id");
        } else if (k == "status") {
            result.status = json::stringOrEmpty(field.value(), "results[].status");
        } else if (k == "message") {
            od::value v = field.value();
            od::json_type type {};
            if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::string)
                result.message = json::string(v, "results[].message");
        } else if (k == "execution_time") {
            double d = 0;
            if (field.value().get_double().get(d) == simdjson::SUCCESS)
                result.executionTime = d;
        }
    }
    if (!uid.empty())
        out.results.emplace(std::move(uid), std::move(result));
}

} // namespace

Expected<RunResults> loadRunResults(const QString &path)
{
    const QString file = resolveArtifactPath(path, QStringLiteral("run_results.json"));
    auto buffer = json::readPadded(file);
    if (!buffer)
        return buffer.error();
    RunResults out;
    out.path = file;
    od::parser parser;
    od::document doc;
    try {
        if (parser.iterate(*buffer).get(doc) != simdjson::SUCCESS)
            return Error {
                Tr::tr("%1: the file is empty or not JSON; regenerate it with dbt.").arg(file)};
        for (auto f : json::take(doc.get_object())) {
            od::field field = json::take(f);
            const std::string_view k = json::rawKey(field);
            if (k == "metadata") {
                for (auto mf : json::object(field.value(), "metadata")) {
                    od::field mfield = json::take(mf);
                    const std::string_view mk = json::rawKey(mfield);
                    if (mk == "dbt_schema_version") {
                        const std::string url
                            = json::stringOrEmpty(mfield.value(), "metadata.dbt_schema_version");
                        if (url.find("/run-results/") == std::string::npos) {
                            return Error {Tr::tr("%1 is not a run_results.json "
                                                 "(metadata.dbt_schema_version is \"%2\").")
                                              .arg(file, QString::fromStdString(url))};
                        }
                        const size_t v = url.rfind("/v");
                        out.schemaVersion
                            = v == std::string::npos ? 0 : std::atoi(url.c_str() + v + 2);
                    } else if (mk == "dbt_version") {
                        out.dbtVersion
                            = json::stringOrEmpty(mfield.value(), "metadata.dbt_version");
                    } else if (mk == "generated_at") {
                        out.generatedAt
                            = json::stringOrEmpty(mfield.value(), "metadata.generated_at");
                    }
                }
            } else if (k == "results") {
                for (auto element : json::array(field.value(), "results"))
                    readResult(json::take(element), out);
            } else if (k == "elapsed_time") {
                double d = 0;
                if (field.value().get_double().get(d) == simdjson::SUCCESS)
                    out.elapsedTime = d;
            }
        }
    } catch (const json::ShapeError &error) {
        return Error {
            Tr::tr("%1: %2; regenerate it with dbt.").arg(file, QString::fromUtf8(error.what()))};
    } catch (const simdjson::simdjson_error &error) {
        return Error {Tr::tr("%1: %2; the file is truncated or not JSON.")
                          .arg(file, QString::fromUtf8(simdjson::error_message(error.error())))};
    }
    if (out.schemaVersion == 0)
        return Error {
            Tr::tr("%1: no metadata.dbt_schema_version: this is not a dbt run_results.json.")
                .arg(file)};
    return out;
}

} // namespace tidemark::dbt
