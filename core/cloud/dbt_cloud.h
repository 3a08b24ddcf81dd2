#pragma once

// dbt Cloud, as Tidemark sees it: the accounts a token can see, their jobs (CI jobs told apart from
// the others), runs, run artifacts, and triggering or cancelling a run. The interface is what the
// pipeline and the settings screens use; DbtCloudClient (dbt_cloud_client.h) implements it over
// HTTP, and tests can implement it with canned values. Every call blocks: call it from a worker
// thread or the CLI.
//
// Ids are 64-bit (newer accounts have 14-digit job ids). Fields the API may send as null are empty
// strings, invalid QDateTimes or empty optionals.

#include "common/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tidemark::cloud {

struct Account
{
    qint64 id = 0;
    QString name;
};

struct Job
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    QString name;
    QString description;
    QString jobType; // ci, scheduled, other, merge, ... (empty on older accounts)
    bool isCi = false; // job_type "ci", or (older jobs) triggered by the Git provider's PR webhook
    QStringList executeSteps;
    QString dbtVersion; // the job's override; empty when it follows the environment
    int state = 1; // 1 active, 2 deleted
    std::optional<qint64> deferringJobDefinitionId;
    std::optional<qint64> deferringEnvironmentId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The API's run status codes.
enum class RunStatus : int {
    Unknown = 0,
    Queued = 1,
    Starting = 2,
    Running = 3,
    Success = 10,
    Error = 20,
    Cancelled = 30,
};

RunStatus runStatusFromCode(qint64 code);
bool isTerminal(RunStatus status); // Success, Error or Cancelled

// Why a run was started (present when the run was read with include_related=trigger).
struct RunTrigger
{
    qint64 id = 0;
    QString cause;
    QString causeCategory; // api, ci, scheduled, ui, ... (newer accounts only)
    QString gitSha;
    QString gitBranch;
    std::optional<qint64> githubPullRequestId;
    std::optional<qint64> gitlabMergeRequestId;
    std::optional<qint64> azurePullRequestId;
    QString schemaOverride;
};

struct Run
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 projectId = 0;
    qint64 environmentId = 0;
    qint64 jobDefinitionId = 0; // the job's id
    qint64 triggerId = 0;
    RunStatus status = RunStatus::Unknown;
    int statusCode = 0; // as sent, for codes Tidemark does not know
    QString statusHumanized; // Queued, Starting, Running, Success, Error, Cancelled
    QString statusMessage; // e.g. "Cancelled by user."; empty on success
    QString dbtVersion;
    QString gitSha;
    QString gitBranch;
    bool artifactsSaved = false;
    bool hasDocsGenerated = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString href; // the run's page in dbt Cloud
    std::optional<RunTrigger> trigger;

    bool isTerminal() const { return cloud::isTerminal(status); }
    bool isSuccess() const { return status == RunStatus::Success; }
};

struct RunQuery
{
    std::optional<qint64> jobDefinitionId;
    std::vector<RunStatus> statuses; // empty: any status; one: status=N; several: status__in=[...]
    int limit = 100; // most runs returned in all; fetched in pages of at most 100
    int offset = 0; // runs to skip first
    QString orderBy
        = QStringLiteral("-id"); // newest first; id, created_at, finished_at, with or without -
    bool includeTrigger = true; // include_related=trigger
};

// POST .../jobs/{job_id}/run/. Empty strings and empty optionals are left out of the payload.
struct TriggerRequest
{
    QString cause; // required by dbt Cloud (at most 255 characters are sent)
    QString gitSha;
    QString gitBranch;
    std::optional<qint64> githubPullRequestId;
    std::optional<qint64> gitlabMergeRequestId;
    QString schemaOverride; // e.g. pullRequestSchema(jobId, prNumber)
    QStringList stepsOverride;
};

// The schema dbt Cloud CI builds a pull request into: dbt_cloud_pr_<job_id>_<pr_number>.
QString pullRequestSchema(qint64 jobId, qint64 prNumber);

// dbt Cloud's timestamps: "2021-12-07 10:32:24.326116+00:00", "2021-11-18T15:19:03.185668+00:00",
// "2019-08-24T14:15:22Z" (a space or a T, optional fraction, offset or Z; no offset means UTC).
// Returns a UTC QDateTime (milliseconds kept), or an invalid one for null, empty or unreadable
// text.
QDateTime parseTimestamp(const QString &text);

class DbtCloud
{
public:
    virtual ~DbtCloud() = default;

    // GET /api/v2/accounts/: the accounts the token can see.
    virtual Expected<std::vector<Account>> accounts() = 0;
    // GET /api/v2/accounts/{a}/jobs/ (all pages), optionally of one project.
    virtual Expected<std::vector<Job>> jobs(qint64 accountId,
                                            std::optional<qint64> projectId = std::nullopt)
        = 0;
    // GET /api/v2/accounts/{a}/runs/ page by page until query.limit runs, an empty page or the end.
    virtual Expected<std::vector<Run>> runs(qint64 accountId, const RunQuery &query) = 0;
    // GET /api/v2/accounts/{a}/runs/{id}/?include_related=trigger
    virtual Expected<Run> run(qint64 accountId, qint64 runId) = 0;
    // GET /api/v2/accounts/{a}/runs/{id}/artifacts/{path}: the raw file ("manifest.json",
    // "run_results.json").
    virtual Expected<QByteArray> artifact(qint64 accountId, qint64 runId, const QString &path) = 0;
    // POST /api/v2/accounts/{a}/jobs/{job_id}/run/: the new run (queued).
    virtual Expected<Run> triggerRun(qint64 accountId, qint64 jobId, const TriggerRequest &request)
        = 0;
    // POST /api/v2/accounts/{a}/runs/{id}/cancel/: the run as dbt Cloud left it.
    virtual Expected<Run> cancelRun(qint64 accountId, qint64 runId) = 0;

    // The newest run of job `jobId` for pull (merge) request `prNumber` at `headSha` (any SHA when
    // empty; a SHA of 7+ characters may be abbreviated), matched on the run trigger's
    // github_pull_request_id or gitlab_merge_request_id and git_sha (or the run's git_sha). Looks
    // through at most `maxPages` pages of 100 runs, newest first. No match is an empty optional,
    // not an error.
    Expected<std::optional<Run>> findPullRequestRun(qint64 accountId, qint64 jobId, qint64 prNumber,
                                                    const QString &headSha, int maxPages = 5);
};

// True when `run` was triggered for pull/merge request `prNumber` at `headSha` (see
// findPullRequestRun).
bool runMatchesPullRequest(const Run &run, qint64 prNumber, const QString &headSha);

} // namespace tidemark::cloud
