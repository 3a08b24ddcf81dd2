#pragma once

// One integration: a dbt project with its repository, warehouse and dbt Cloud jobs, and the CI
// settings of PRODUCT.md. Saved as one JSON file by the desktop app and read by `tidemark-cli ci`;
// secrets are never in it (they live in the keychain, or in CI in environment variables).

#include "common/expected.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace tidemark::ci {

struct RepositorySettings
{
    QString provider = QStringLiteral("github"); // github | gitlab
    QString apiUrl = QStringLiteral("https://api.github.com");
    QString owner;
    QString name;
};

struct DbtCloudSettings
{
    QString accessUrl = QStringLiteral("https://cloud.getdbt.com");
    qint64 accountId = 0;
    qint64 artifactsJobId = 0;
    qint64 prJobId = 0;
};

// The pull request that local PR artifacts belong to (optional: "artifacts.pull_request").
struct LocalPullRequest
{
    int number = 0;
    QString title;
    QString headSha;
    QString baseBranch;
};

struct LocalArtifacts
{
    LocalArtifacts(QString prodPath = {}, QString prPath = {},
                   std::optional<LocalPullRequest> pullRequestFacts = {})
        : prod(std::move(prodPath))
        , pr(std::move(prPath))
        , pullRequest(std::move(pullRequestFacts))
    {
    }

    QString prod; // a manifest.json or a target/ folder; relative to the integration file
    QString pr;
    std::optional<LocalPullRequest> pullRequest;
};

struct SamplingSettings
{
    bool enabled = false;
    double tolerance = 0.00001;
    double confidence = 99;
    qint64 threshold = 1000000;
};

struct CiSettings
{
    bool enabled = true;
    bool importDbtMetadata = true;
    bool slimDiff = false;
    bool diffExposures = true;
    bool failOnPrimaryKeyIssues = true;
    bool failOnErrors = true;
    QString prLabel;
    int diffThreshold = 0; // 0: none
    QStringList filesToIgnore;
    QString baseBranch;
    QString commitSelection = QStringLiteral("latest"); // latest | merge-base
    QStringList columnsToIgnore;
    SamplingSettings sampling;
};

struct Integration
{
    QString name;
    RepositorySettings repository;
    QString connectionUrl; // without a password
    DbtCloudSettings dbtCloud;
    std::optional<LocalArtifacts> artifacts;
    QString primaryKeyTag = QStringLiteral("primary-key");
    CiSettings ci;

    nlohmann::json toJson() const;
    // Reads and checks the JSON; `baseDir` resolves relative artifact paths.
    static Expected<Integration> fromJson(const nlohmann::json &json, const QString &baseDir = {});

    // Keys of this integration's secrets in the secret store.
    QString dbtCloudTokenKey() const;
    QString gitTokenKey() const;
    QString warehousePasswordKey() const;
};

Expected<Integration> loadIntegration(const QString &path);
// Writes atomically (a crash leaves the old file or the new one, never half of one).
Expected<void> saveIntegration(const Integration &integration, const QString &path);

} // namespace tidemark::ci
