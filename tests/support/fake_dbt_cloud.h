#pragma once

// A local dbt Cloud for tests: the Administrative API v2 endpoints Tidemark uses, on 127.0.0.1 and
// a free port, answering with objects built from the real responses in fixtures/dbt-cloud-api/ and
// the state a test sets. It runs QHttpServer in its own thread, so the blocking client under test
// can call it from the test's thread; every setter and getter is thread-safe.
//
// Served (trailing slashes as the spec writes them; anything else is the 404 envelope):
//   GET  /api/v2/accounts/                                 accounts
//   GET  /api/v2/accounts/{a}/jobs/                        jobs (project_id, limit, offset,
//   order_by) POST /api/v2/accounts/{a}/jobs/{job}/run/              trigger: records the body,
//   answers a queued run GET  /api/v2/accounts/{a}/runs/                        runs
//   (job_definition_id, status, status__in,
//                                                          order_by id/-id,
//                                                          include_related=trigger, limit <= 100
//                                                          (more is a 400), offset)
//   GET  /api/v2/accounts/{a}/runs/{id}/                   one run (counts down "running" polls)
//   POST /api/v2/accounts/{a}/runs/{id}/cancel/            cancel: status 30
//   GET  /api/v2/accounts/{a}/runs/{id}/artifacts/         artifact names
//   GET  /api/v2/accounts/{a}/runs/{id}/artifacts/{path}   the raw file, or the 404 envelope
// Every request needs `Authorization: Token <token>` (else the real 401 body), and an account id
// the fake knows (else the 404 envelope).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QThread;
class QHttpServerRequest;
class QHttpServerResponder;

namespace tidemark::test {

class FakeDbtCloud
{
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
        QString queryValue(const QString &key) const; // fully decoded
    };

    // What the next requests to a path get instead of their answer.
    struct Failure
    {
        enum class Mode {
            Status, // `status` with the matching error envelope (and Retry-After when >= 0)
            Slow, // the normal answer after `delayMs`
            TruncatedBody, // the normal answer's first half, a Content-Length promising more, then
                           // close
            CutJson, // the normal answer's first half as a complete (well-framed) body
            NotJson, // 200 with an HTML sign-in page
        };
        Mode mode = Mode::Status;
        int status = 500;
        int retryAfterSeconds = -1;
        int delayMs = 0;
        QString userMessage {}; // Status: this status.user_message instead of the fixture's

        static Failure httpStatus(int status, int retryAfterSeconds = -1)
        {
            return {Mode::Status, status, retryAfterSeconds, 0, {}};
        }
        static Failure slow(int delayMs) { return {Mode::Slow, 200, -1, delayMs, {}}; }
        static Failure truncated() { return {Mode::TruncatedBody, 200, -1, 0, {}}; }
        static Failure cutJson() { return {Mode::CutJson, 200, -1, 0, {}}; }
        static Failure notJson() { return {Mode::NotJson, 200, -1, 0, {}}; }
    };

    struct JobSpec
    {
        qint64 id = 0;
        QString name {};
        QString jobType {}; // "ci", "scheduled", ...; empty leaves job_type out (older accounts)
        bool githubWebhook = false; // triggers.github_webhook
        std::optional<bool>
            gitProviderWebhook {}; // triggers.git_provider_webhook (null when unset)
        qint64 projectId = 123457;
        qint64 environmentId = 49819;
    };

    struct RunSpec
    {
        qint64 id = 0; // 0: the next free id
        qint64 jobId = 0;
        int status = 10; // the status once any running polls are used up
        QString gitSha {};
        QString gitBranch = QStringLiteral("main");
        std::optional<qint64> githubPullRequestId {};
        std::optional<qint64> gitlabMergeRequestId {};
        std::optional<QString>
            triggerGitSha {}; // trigger.git_sha; defaults to gitSha (null when both empty)
        QString schemaOverride {};
        QString cause = QStringLiteral("Triggered via the fake");
        int runningPolls = 0; // GETs of this run answer "Running" this many times first
        bool isoTimestamps = false; // "2024-05-01T10:00:00.123456+00:00" instead of the space form
    };

    enum class Pagination {
        Normal, // extra.pagination {count, total_count} as dbt Cloud sends it
        NoExtra, // no extra block at all (like the jobs fixture)
        InflatedTotal, // total_count far larger than the runs there are
    };

    explicit FakeDbtCloud(const QByteArray &token
                          = QByteArrayLiteral("dbtc_fakeToken-3f9a1c77e0b24d5c"));
    ~FakeDbtCloud();
    FakeDbtCloud(const FakeDbtCloud &) = delete;
    FakeDbtCloud &operator=(const FakeDbtCloud &) = delete;

    QString accessUrl() const; // "http://127.0.0.1:PORT"
    quint16 port() const { return m_port; }
    QByteArray token() const { return m_token; }

    // State. By default there is one account (the fixture's: id 1, "Jaffle Shop") and nothing else.
    void setAccounts(const std::vector<std::pair<qint64, QString>> &accounts);
    void addJob(const JobSpec &job);
    qint64 addRun(const RunSpec &run); // returns the run's id
    void addRuns(int count, qint64 jobId,
                 qint64 firstId = 1000); // successful, ids firstId..firstId+count-1
    void setRunData(qint64 runId,
                    const QJsonObject &data); // the run's JSON as given (nulls, odd fields)
    void setArtifact(qint64 runId, const QString &path, const QByteArray &content);
    bool setArtifactFile(qint64 runId, const QString &path, const QString &fileName);
    // Runs created by the trigger endpoint answer "Running" for `polls` GETs, then `finalStatus`.
    void setTriggeredRunBehaviour(int polls, int finalStatus);
    void setPagination(Pagination mode);

    // The next `times` requests whose path contains `pathContains` ("" = any) fail as `failure`
    // says.
    void failNext(const QString &pathContains, const Failure &failure, int times = 1);

    // What was asked.
    std::vector<Request> requests(const QString &pathContains = QString()) const;
    void clearRequests();
    std::vector<QJsonObject> triggerBodies() const; // the JSON posted to .../run/, in order
    std::vector<qint64> cancelledRuns() const;

private:
    struct RunState
    {
        RunSpec spec;
        int pollsLeft = 0;
        int currentStatus = 10;
        QString statusMessage;
        std::optional<QJsonObject> raw;
    };
    struct FailureRule
    {
        QString pathContains;
        Failure failure;
        int remaining = 0;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    Answer route(const Request &request); // called with m_mutex held
    Answer errorAnswer(int status, const QString &userMessage = QString()) const;
    Answer envelope(const QJsonValue &data, const QJsonObject &extra = {}) const;
    QJsonObject runJson(const RunState &run, bool includeTrigger) const;
    QJsonObject jobJson(const JobSpec &job, qint64 accountId) const;
    void sleepInterruptibly(int ms) const;

    QByteArray m_token;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopping = false;

    // Fixture templates (read once).
    QJsonObject m_statusOk;
    QJsonObject m_accountTemplate;
    QJsonObject m_jobTemplate;
    QJsonObject m_runTemplate;
    QByteArray m_error401;
    QByteArray m_error403;
    QByteArray m_error404;

    mutable QMutex m_mutex;
    std::vector<std::pair<qint64, QString>> m_accounts;
    std::vector<JobSpec> m_jobs;
    std::map<qint64, RunState> m_runs;
    std::map<qint64, std::map<QString, QByteArray>> m_artifacts;
    std::vector<FailureRule> m_failures;
    std::vector<Request> m_requests;
    std::vector<QJsonObject> m_triggerBodies;
    std::vector<qint64> m_cancelled;
    Pagination m_pagination = Pagination::Normal;
    int m_triggeredPolls = 0;
    int m_triggeredFinalStatus = 10;
    qint64 m_nextRunId = 900000000;
};

} // namespace tidemark::test
