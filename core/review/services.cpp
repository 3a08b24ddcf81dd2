#include "review/services.h"

#include "cloud/dbt_cloud_client.h"
#include "net/http_client.h"

namespace tidemark::review {

namespace {

net::RetryPolicy retries(Pace pace)
{
    net::RetryPolicy policy;
    if (pace == Pace::Interactive) {
        policy.maxAttempts = 2;
        policy.initialBackoffMs = 500;
        policy.maxBackoffMs = 2000;
    }
    return policy;
}

// A DbtCloudClient together with the HTTP client it sends through.
class OwningDbtCloud final : public cloud::DbtCloud
{
public:
    OwningDbtCloud(Pace pace, const QString &accessUrl, const QString &token,
                   const Cancellation *cancellation)
        : m_http(retries(pace), cancellation)
        , m_client(m_http, accessUrl, token, options(pace))
    {
    }

    Expected<std::vector<cloud::Account>> accounts() override { return m_client.accounts(); }
    Expected<std::vector<cloud::Job>> jobs(qint64 accountId,
                                           std::optional<qint64> projectId) override
    {
        return m_client.jobs(accountId, projectId);
    }
    Expected<std::vector<cloud::Run>> runs(qint64 accountId, const cloud::RunQuery &query) override
    {
        return m_client.runs(accountId, query);
    }
    Expected<cloud::Run> run(qint64 accountId, qint64 runId) override
    {
        return m_client.run(accountId, runId);
    }
    Expected<QByteArray> artifact(qint64 accountId, qint64 runId, const QString &path) override
    {
        return m_client.artifact(accountId, runId, path);
    }
    Expected<cloud::Run> triggerRun(qint64 accountId, qint64 jobId,
                                    const cloud::TriggerRequest &request) override
    {
        return m_client.triggerRun(accountId, jobId, request);
    }
    Expected<cloud::Run> cancelRun(qint64 accountId, qint64 runId) override
    {
        return m_client.cancelRun(accountId, runId);
    }

private:
    static cloud::DbtCloudClient::Options options(Pace pace)
    {
        cloud::DbtCloudClient::Options o;
        if (pace == Pace::Interactive)
            o.timeoutMs = 15000;
        return o;
    }

    net::QtHttpClient m_http;
    cloud::DbtCloudClient m_client;
};

// A code host client together with the HTTP client it sends through.
class OwningCodeHost final : public git::CodeHost
{
public:
    OwningCodeHost(std::unique_ptr<net::QtHttpClient> http, std::unique_ptr<git::CodeHost> host)
        : m_http(std::move(http))
        , m_host(std::move(host))
    {
    }
    ~OwningCodeHost() override { m_host.reset(); }

    QString providerName() const override { return m_host->providerName(); }
    Expected<std::vector<git::PullRequest>> openPullRequests() override
    {
        return m_host->openPullRequests();
    }
    Expected<git::PullRequest> pullRequest(int number) override
    {
        return m_host->pullRequest(number);
    }
    Expected<git::ChangedFiles> changedFiles(int number) override
    {
        return m_host->changedFiles(number);
    }
    Expected<QString> mergeBase(const QString &base, const QString &head) override
    {
        return m_host->mergeBase(base, head);
    }
    Expected<std::optional<git::Comment>> findComment(int number, const QString &marker) override
    {
        return m_host->findComment(number, marker);
    }
    Expected<qint64> createComment(int number, const QString &body) override
    {
        return m_host->createComment(number, body);
    }
    Expected<void> updateComment(int number, qint64 commentId, const QString &body) override
    {
        return m_host->updateComment(number, commentId, body);
    }
    Expected<void> setCommitStatus(const QString &sha, const git::CommitStatus &status) override
    {
        return m_host->setCommitStatus(sha, status);
    }

private:
    std::unique_ptr<net::QtHttpClient> m_http;
    std::unique_ptr<git::CodeHost> m_host;
};

} // namespace

Services Services::defaults(Pace pace)
{
    Services services;
    services.dbtCloud
        = [pace](const QString &accessUrl, const QString &token,
                 const Cancellation *cancellation) -> std::unique_ptr<cloud::DbtCloud> {
        return std::make_unique<OwningDbtCloud>(pace, accessUrl, token, cancellation);
    };
    services.codeHost
        = [pace](const ci::RepositorySettings &repository, const QString &token,
                 const Cancellation *cancellation) -> Expected<std::unique_ptr<git::CodeHost>> {
        auto http = std::make_unique<net::QtHttpClient>(retries(pace), cancellation);
        git::CodeHostOptions options;
        options.cancellation = cancellation;
        if (pace == Pace::Interactive) {
            options.timeoutMs = 15000;
            options.maxRateLimitWaitMs = 0;
        }
        auto host = git::makeCodeHost(repository.provider, repository.apiUrl, repository.owner,
                                      repository.name, token, *http, options);
        if (!host)
            return Error {host.errorMessage()};
        return std::unique_ptr<git::CodeHost>(
            std::make_unique<OwningCodeHost>(std::move(http), std::move(host).value()));
    };
    services.openDatabase
        = [](const warehouse::ConnectionSpec &spec) { return warehouse::openDatabase(spec); };
    services.environment = profiles::systemEnvironment();
    return services;
}

} // namespace tidemark::review
