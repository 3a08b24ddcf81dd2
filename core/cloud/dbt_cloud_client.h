#pragma once

// DbtCloudClient: the dbt Cloud Administrative API (v2) over net::HttpClient.
//
// The access URL is a required setting: it is per region and, for cell-based accounts, per account
// (https://cloud.getdbt.com, https://ACCOUNT_PREFIX.us1.dbt.com, https://emea.dbt.com, ...). A
// wrong one answers 401 "Invalid token.", so the 401 message names both causes. http:// is accepted
// only for the loopback interface (tests, local proxies).
//
// Requests send `Authorization: Token <token>` and `Accept: application/json`, use the spec's paths
// (with trailing slashes), page lists with limit <= 100, and read the {status, data, extra}
// envelope. The token travels only in that header and is scrubbed from every message.

#include "cloud/dbt_cloud.h"
#include "net/http_client.h"

#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

namespace tidemark::cloud {

class DbtCloudClient final : public DbtCloud
{
public:
    struct Options
    {
        int timeoutMs = 30000; // per request, time without any data arriving
        int maxListPages = 100; // pages of 100 read at most by jobs()
    };

    // `accessUrl` and `token` are checked here; when either is wrong every call returns
    // configurationError() without sending anything.
    DbtCloudClient(net::HttpClient &http, const QString &accessUrl, const QString &token);
    DbtCloudClient(net::HttpClient &http, const QString &accessUrl, const QString &token,
                   Options options);

    // The access URL as it will be used ("https://cloud.getdbt.com"), or an error that names the
    // fix.
    static Expected<QUrl> normalizeAccessUrl(const QString &accessUrl);

    bool isConfigured() const { return !m_configError.has_value(); }
    // Why the client cannot send anything (an empty message when it can).
    QString configurationError() const
    {
        return m_configError ? m_configError->message : QString();
    }
    QUrl accessUrl() const { return m_base; }

    Expected<std::vector<Account>> accounts() override;
    Expected<std::vector<Job>> jobs(qint64 accountId,
                                    std::optional<qint64> projectId = std::nullopt) override;
    Expected<std::vector<Run>> runs(qint64 accountId, const RunQuery &query) override;
    Expected<Run> run(qint64 accountId, qint64 runId) override;
    Expected<QByteArray> artifact(qint64 accountId, qint64 runId, const QString &path) override;
    Expected<Run> triggerRun(qint64 accountId, qint64 jobId,
                             const TriggerRequest &request) override;
    Expected<Run> cancelRun(qint64 accountId, qint64 runId) override;

private:
    struct Page
    {
        QJsonValue data;
        std::optional<qint64> totalCount;
    };

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // Sends and checks the HTTP status; `what` names the resource for messages ("run 42 of account
    // 1").
    Expected<net::HttpResponse> send(const QByteArray &method, const QUrl &url, const QString &what,
                                     const QByteArray &body = {});
    // send() plus the JSON envelope.
    Expected<Page> sendForEnvelope(const QByteArray &method, const QUrl &url, const QString &what,
                                   const QByteArray &body = {});
    // A GET whose envelope's "data" must be a list (a page of jobs or runs).
    Expected<Page> getListPage(const QUrl &url, const QString &what);
    Expected<Run> sendForRun(const QByteArray &method, const QUrl &url, const QString &what,
                             const QByteArray &body = {});
    Error error(const QString &message) const; // scrubs the token
    QString notJson(const net::HttpResponse &response, const QString &what) const;

    net::HttpClient &m_http;
    QUrl m_base;
    QByteArray m_token;
    Options m_options;
    std::optional<Error> m_configError;
};

} // namespace tidemark::cloud
