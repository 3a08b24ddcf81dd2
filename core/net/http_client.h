#pragma once

// HTTP for the API clients (dbt Cloud, GitHub, GitLab): one blocking call per request, made from a
// worker thread (or the CLI's main thread) with that thread's own QNetworkAccessManager. Every
// request has a timeout; 429 and 5xx answers and network failures are retried with exponential
// backoff that honours Retry-After, up to a bound. Secrets travel in headers only and never reach
// messages.

#include "common/cancellation.h"
#include "common/expected.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace tidemark::net {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

struct RetryPolicy
{
    int maxAttempts = 5; // including the first
    int initialBackoffMs = 500; // doubled after each attempt
    int maxBackoffMs = 30000; // a Retry-After above this is not waited for
};

class HttpClient
{
public:
    virtual ~HttpClient() = default;
    // Sends the request; retries as the policy says. Any HTTP status is a response (the caller
    // decides what 401 or 404 mean); only transport failures and timeouts are errors.
    virtual Expected<HttpResponse> send(const HttpRequest &request) = 0;
};

class QtHttpClient final : public HttpClient
{
public:
    // `cancellation` (may be null) stops the client: a request in flight is aborted and the wait
    // before a retry ends, and send() returns an error saying so, within a tenth of a second.
    explicit QtHttpClient(RetryPolicy policy = {}, const Cancellation *cancellation = nullptr)
        : m_policy(policy)
        , m_cancellation(cancellation)
    {
    }
    Expected<HttpResponse> send(const HttpRequest &request) override;

    // For tests: wait in milliseconds between attempts is reported here instead of only slept.
    void setSleepHook(std::function<void(int)> hook) { m_sleep = std::move(hook); }

private:
    Expected<HttpResponse> sendOnce(const HttpRequest &request);
    bool cancelled() const { return m_cancellation && m_cancellation->isCancelled(); }

    RetryPolicy m_policy;
    const Cancellation *m_cancellation;
    std::function<void(int)> m_sleep;
};

// The host (and port) of a URL, for messages: "cloud.getdbt.com", "127.0.0.1:8080".
QString hostOf(const QUrl &url);

} // namespace tidemark::net
