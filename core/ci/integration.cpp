#include "ci/integration.h"
#include "common/translation.h"

#include "warehouse/connection_spec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace tidemark::ci {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

nlohmann::json strings(const QStringList &list)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

// Typed reads that name the field on a mismatch.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    QString string(const nlohmann::json &obj, const char *key, const QString &path,
                   const QString &fallback = {}) const
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_string())
            return fail(path, "a string"), fallback;
        return QString::fromStdString(it->get<std::string>());
    }
    bool boolean(const nlohmann::json &obj, const char *key, const QString &path,
                 bool fallback) const
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_boolean())
            return fail(path, "true or false"), fallback;
        return it->get<bool>();
    }
    qint64 integer(const nlohmann::json &obj, const char *key, const QString &path,
                   qint64 fallback) const
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_number_integer())
            return fail(path, "a whole number"), fallback;
        return it->get<qint64>();
    }
    double number(const nlohmann::json &obj, const char *key, const QString &path,
                  double fallback) const
    {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return fallback;
        if (!it->is_number())
            return fail(path, "a number"), fallback;
        return it->get<double>();
    }
    QStringList list(const nlohmann::json &obj, const char *key, const QString &path) const
    {
        QStringList out;
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return out;
        if (!it->is_array())
            return fail(path, "a list of strings"), out;
        for (const auto &item : *it) {
            if (!item.is_string())
                return fail(path, "a list of strings"), out;
            out << QString::fromStdString(item.get<std::string>());
        }
        return out;
    }
    const nlohmann::json &object(const nlohmann::json &obj, const char *key,
                                 const QString &path) const
    {
        static const nlohmann::json empty = nlohmann::json::object();
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null())
            return empty;
        if (!it->is_object())
            return fail(path, "an object"), empty;
        return *it;
    }
    void fail(const QString &path, const char *expected) const
    {
        if (m_error->isEmpty())
            *m_error = Tr::tr("\"%1\" must be %2").arg(path, QString::fromLatin1(expected));
    }

private:
    QString *m_error;
};

} // namespace

QString Integration::dbtCloudTokenKey() const
{
    return QStringLiteral("integration/%1/dbt_cloud_token").arg(name);
}

QString Integration::gitTokenKey() const
{
    return QStringLiteral("integration/%1/git_token").arg(name);
}

QString Integration::warehousePasswordKey() const
{
    return QStringLiteral("integration/%1/warehouse_password").arg(name);
}

nlohmann::json Integration::toJson() const
{
    nlohmann::json out = {
        {"name", str(name)},
        {"repository",
         {{"provider", str(repository.provider)},
          {"api_url", str(repository.apiUrl)},
          {"owner", str(repository.owner)},
          {"name", str(repository.name)}}},
        {"connection", {{"url", str(connectionUrl)}}},
        {"dbt_cloud",
         {{"access_url", str(dbtCloud.accessUrl)},
          {"account_id", dbtCloud.accountId},
          {"artifacts_job_id", dbtCloud.artifactsJobId},
          {"pr_job_id", dbtCloud.prJobId}}},
        {"artifacts", nullptr},
        {"primary_key_tag", str(primaryKeyTag)},
        {"ci",
         {{"enabled", ci.enabled},
          {"import_dbt_metadata", ci.importDbtMetadata},
          {"slim_diff", ci.slimDiff},
          {"diff_exposures", ci.diffExposures},
          {"fail_on_primary_key_issues", ci.failOnPrimaryKeyIssues},
          {"fail_on_errors", ci.failOnErrors},
          {"pr_label", str(ci.prLabel)},
          {"diff_threshold", ci.diffThreshold},
          {"files_to_ignore", strings(ci.filesToIgnore)},
          {"base_branch", str(ci.baseBranch)},
          {"commit_selection", str(ci.commitSelection)},
          {"columns_to_ignore", strings(ci.columnsToIgnore)},
          {"sampling",
           {{"enabled", ci.sampling.enabled},
            {"tolerance", ci.sampling.tolerance},
            {"confidence", ci.sampling.confidence},
            {"threshold", ci.sampling.threshold}}}}},
    };
    if (artifacts) {
        out["artifacts"] = {{"prod", str(artifacts->prod)}, {"pr", str(artifacts->pr)}};
        if (const auto &pr = artifacts->pullRequest) {
            out["artifacts"]["pull_request"] = {{"number", pr->number},
                                                {"title", str(pr->title)},
                                                {"head_sha", str(pr->headSha)},
                                                {"base_branch", str(pr->baseBranch)}};
        }
    }
    return out;
}

Expected<Integration> Integration::fromJson(const nlohmann::json &json, const QString &baseDir)
{
    if (!json.is_object())
        return Error {Tr::tr("an integration file holds one JSON object")};
    QString error;
    const Reader r(&error);
    Integration i;
    i.name = r.string(json, "name", QStringLiteral("name"));
    const auto &repo = r.object(json, "repository", QStringLiteral("repository"));
    i.repository.provider
        = r.string(repo, "provider", QStringLiteral("repository.provider"), i.repository.provider);
    i.repository.apiUrl = r.string(repo, "api_url", QStringLiteral("repository.api_url"),
                                   i.repository.provider == QLatin1String("gitlab")
                                       ? QStringLiteral("https://gitlab.com/api/v4")
                                       : i.repository.apiUrl);
    i.repository.owner = r.string(repo, "owner", QStringLiteral("repository.owner"));
    i.repository.name = r.string(repo, "name", QStringLiteral("repository.name"));
    i.connectionUrl = r.string(r.object(json, "connection", QStringLiteral("connection")), "url",
                               QStringLiteral("connection.url"));
    const auto &cloud = r.object(json, "dbt_cloud", QStringLiteral("dbt_cloud"));
    i.dbtCloud.accessUrl
        = r.string(cloud, "access_url", QStringLiteral("dbt_cloud.access_url"), QString());
    i.dbtCloud.accountId
        = r.integer(cloud, "account_id", QStringLiteral("dbt_cloud.account_id"), 0);
    i.dbtCloud.artifactsJobId
        = r.integer(cloud, "artifacts_job_id", QStringLiteral("dbt_cloud.artifacts_job_id"), 0);
    i.dbtCloud.prJobId = r.integer(cloud, "pr_job_id", QStringLiteral("dbt_cloud.pr_job_id"), 0);
    if (json.contains("artifacts") && !json["artifacts"].is_null()) {
        const auto &a = r.object(json, "artifacts", QStringLiteral("artifacts"));
        LocalArtifacts local {r.string(a, "prod", QStringLiteral("artifacts.prod")),
                              r.string(a, "pr", QStringLiteral("artifacts.pr"))};
        if (!baseDir.isEmpty()) {
            const QDir dir(baseDir);
            local.prod = local.prod.isEmpty() ? local.prod
                                              : QDir::cleanPath(dir.absoluteFilePath(local.prod));
            local.pr
                = local.pr.isEmpty() ? local.pr : QDir::cleanPath(dir.absoluteFilePath(local.pr));
        }
        if (a.is_object() && a.contains("pull_request") && !a["pull_request"].is_null()) {
            const auto &p = r.object(a, "pull_request", QStringLiteral("artifacts.pull_request"));
            LocalPullRequest pr;
            pr.number
                = int(r.integer(p, "number", QStringLiteral("artifacts.pull_request.number"), 0));
            pr.title
                = r.string(p, "title", QStringLiteral("artifacts.pull_request.title"), QString());
            pr.headSha = r.string(p, "head_sha", QStringLiteral("artifacts.pull_request.head_sha"),
                                  QString());
            pr.baseBranch = r.string(
                p, "base_branch", QStringLiteral("artifacts.pull_request.base_branch"), QString());
            local.pullRequest = pr;
        }
        i.artifacts = local;
    }
    i.primaryKeyTag
        = r.string(json, "primary_key_tag", QStringLiteral("primary_key_tag"), i.primaryKeyTag);
    const auto &c = r.object(json, "ci", QStringLiteral("ci"));
    i.ci.enabled = r.boolean(c, "enabled", QStringLiteral("ci.enabled"), true);
    i.ci.importDbtMetadata
        = r.boolean(c, "import_dbt_metadata", QStringLiteral("ci.import_dbt_metadata"), true);
    i.ci.slimDiff = r.boolean(c, "slim_diff", QStringLiteral("ci.slim_diff"), false);
    i.ci.diffExposures = r.boolean(c, "diff_exposures", QStringLiteral("ci.diff_exposures"), true);
    i.ci.failOnPrimaryKeyIssues = r.boolean(c, "fail_on_primary_key_issues",
                                            QStringLiteral("ci.fail_on_primary_key_issues"), true);
    i.ci.failOnErrors = r.boolean(c, "fail_on_errors", QStringLiteral("ci.fail_on_errors"), true);
    i.ci.prLabel = r.string(c, "pr_label", QStringLiteral("ci.pr_label"));
    i.ci.diffThreshold
        = int(r.integer(c, "diff_threshold", QStringLiteral("ci.diff_threshold"), 0));
    i.ci.filesToIgnore = r.list(c, "files_to_ignore", QStringLiteral("ci.files_to_ignore"));
    i.ci.baseBranch = r.string(c, "base_branch", QStringLiteral("ci.base_branch"));
    i.ci.commitSelection = r.string(c, "commit_selection", QStringLiteral("ci.commit_selection"),
                                    QStringLiteral("latest"));
    i.ci.columnsToIgnore = r.list(c, "columns_to_ignore", QStringLiteral("ci.columns_to_ignore"));
    const auto &s = r.object(c, "sampling", QStringLiteral("ci.sampling"));
    i.ci.sampling.enabled = r.boolean(s, "enabled", QStringLiteral("ci.sampling.enabled"), false);
    i.ci.sampling.tolerance
        = r.number(s, "tolerance", QStringLiteral("ci.sampling.tolerance"), 0.00001);
    i.ci.sampling.confidence
        = r.number(s, "confidence", QStringLiteral("ci.sampling.confidence"), 99);
    i.ci.sampling.threshold
        = r.integer(s, "threshold", QStringLiteral("ci.sampling.threshold"), 1000000);
    if (!error.isEmpty())
        return Error {error};

    // Meaning, not only shape.
    if (i.name.trimmed().isEmpty())
        return Error {Tr::tr("\"name\" must not be empty")};
    if (i.repository.provider != QLatin1String("github")
        && i.repository.provider != QLatin1String("gitlab"))
        return Error {Tr::tr("\"repository.provider\" must be github or gitlab, not \"%1\"")
                          .arg(i.repository.provider)};
    if (i.ci.commitSelection != QLatin1String("latest")
        && i.ci.commitSelection != QLatin1String("merge-base"))
        return Error {Tr::tr("\"ci.commit_selection\" must be latest or merge-base, not \"%1\"")
                          .arg(i.ci.commitSelection)};
    if (i.ci.diffThreshold < 0)
        return Error {Tr::tr("\"ci.diff_threshold\" must be 0 (no threshold) or more")};
    if (!i.connectionUrl.isEmpty()) {
        auto spec = warehouse::parseConnectionUrl(i.connectionUrl);
        if (!spec)
            return Error {Tr::tr("\"connection.url\": %1").arg(spec.errorMessage())};
        if (!spec->password.isEmpty())
            return Error {
                Tr::tr("\"connection.url\" contains a password; remove it from the file and "
                       "keep it in the keychain "
                       "(or TIDEMARK_PASSWORD in CI)")};
    }
    if (!i.artifacts && i.dbtCloud.accessUrl.isEmpty())
        return Error {Tr::tr(
            "\"dbt_cloud.access_url\" is required (for example https://cloud.getdbt.com or your "
            "account's "
            "https://ACCOUNT_PREFIX.us1.dbt.com), unless \"artifacts\" names local folders")};
    return i;
}

Expected<Integration> loadIntegration(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            Tr::tr("cannot open the integration file %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    nlohmann::json json = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (json.is_discarded())
        return Error {
            Tr::tr("%1 is not valid JSON; save the integration again from the desktop app")
                .arg(path)};
    auto integration = Integration::fromJson(json, QFileInfo(path).absolutePath());
    if (!integration)
        return Error {Tr::tr("%1: %2").arg(path, integration.errorMessage())};
    return integration;
}

Expected<void> saveIntegration(const Integration &integration, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    const std::string text = integration.toJson().dump(2) + "\n";
    file.write(text.data(), qint64(text.size()));
    if (!file.commit())
        return Error {Tr::tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace tidemark::ci
