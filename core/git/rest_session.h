#pragma once

// What the GitHub and GitLab clients share: building API URLs with encoded parts, sending a call
// through the HttpClient with the token header, waiting out a used-up rate limit, turning HTTP
// failures into one-sentence messages (401: the token; 403/404: permissions; 5xx: try later),
// checking that a body is the JSON the caller expects, and following pages. Internal to core/git.

#include "git/code_host.h"
#include "net/http_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace tidemark::git::detail {

// Who we talk to, for messages.
struct Endpoint
{
    QString provider; // "GitHub"
    QString repository; // "acme/analytics"
    QUrl apiRoot; // no trailing slash
    QString apiRootHint; // how the API root looks: "https://HOST/api/v3 for GitHub Enterprise"
};

struct Call
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON, sent with Content-Type: application/json
    QString what; // "reading pull request #5", for messages
    QString permission; // what a 403 asks the token to be given
    QList<int> passThrough; // non-2xx statuses handed back to the caller instead of failing
};

// Recognises a used-up rate limit in an answer; returns how long to wait in milliseconds (0 when
// the host does not say), or nullopt when the answer is not about a rate limit.
using RateLimitProbe = std::function<std::optional<qint64>(const net::HttpResponse &)>;

// Where the next page is, if any: from the answer and the URL that was asked.
using NextPage = std::function<std::optional<QUrl>(const net::HttpResponse &, const QUrl &current)>;

class RestSession final
{
public:
    RestSession(net::HttpClient &http, CodeHostOptions options, Endpoint endpoint, QString token,
                QList<QPair<QByteArray, QByteArray>> headers, RateLimitProbe rateLimit);

    const Endpoint &endpoint() const { return m_endpoint; }

    // The API root plus an already encoded path ("/repos/acme/analytics/pulls") and query.
    QUrl url(const QString &encodedPath, const QString &encodedQuery = {}) const;

    // A 2xx answer (or one of call.passThrough), else a message.
    Expected<net::HttpResponse> send(const Call &call);
    // As send(), and the body must be JSON.
    Expected<QJsonDocument> sendJson(const Call &call);
    // GET every page (each a JSON array) up to maxPages; the items of all pages in order. When the
    // first answer has one of call.passThrough's statuses, stops there, puts the status in
    // *passedThrough and returns an empty list.
    Expected<QJsonArray> getPages(Call call, const NextPage &next, int maxPages,
                                  int *passedThrough = nullptr);
    // getPages(), each item parsed: the first item `parse` refuses fails the whole list.
    template<typename T, typename Parse>
    Expected<std::vector<T>> getList(const Call &call, const NextPage &next, int maxPages,
                                     Parse parse)
    {
        Expected<QJsonArray> items = getPages(call, next, maxPages);
        if (!items)
            return items.error();
        std::vector<T> out;
        out.reserve(size_t(items->size()));
        for (const QJsonValue &item : *items) {
            Expected<T> parsed = parse(item);
            if (!parsed)
                return parsed.error();
            out.push_back(std::move(*parsed));
        }
        return out;
    }
    // The first comment (a JSON object with "id" and "body") of every page whose body holds
    // `marker`; `skip` passes over others (GitLab's system notes).
    Expected<std::optional<Comment>>
    findComment(const Call &call, const NextPage &next, const QString &marker,
                const std::function<bool(const QJsonObject &)> &skip = {});
    // Sends {"body": body} as the call's method; `id` true: the answer's "id" is returned.
    Expected<qint64> sendComment(Call call, const QString &body, bool id);

    // "GitHub's answer while reading pull request #5 was not the expected JSON (detail): check …".
    Error unexpected(const Call &call, const QString &detail) const;
    Error parseFailed(const Call &call, const QString &what) const;

    // The message for an HTTP failure (401: the token; 403/404: permissions; 429; 5xx; other).
    Error httpError(const Call &call, const net::HttpResponse &response) const;

    // Whether a URL the host handed back (a next-page link) points at the same origin as the API
    // root; the token is never sent anywhere else.
    bool sameOrigin(const QUrl &url) const;

private:
    Error rateLimitError(const Call &call, qint64 waitMs) const;
    QString scrub(QString text) const;

    net::HttpClient &m_http;
    CodeHostOptions m_options;
    Endpoint m_endpoint;
    QString m_token;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    RateLimitProbe m_rateLimit;
};

// Percent-encodes one path segment or query value: everything but A-Z a-z 0-9 - . _ ~.
QString encode(const QString &part);

// The error text a host put in a JSON error body ("message" or "error"), shortened; empty if none.
QString apiMessage(const QByteArray &body);

// The names of a pull request's labels: plain strings, or objects with a "name".
QStringList labelNames(const QJsonArray &labels);

// The changed paths of a pull request, each once, in the order the host lists them.
class PathSet final
{
public:
    void add(const QString &path)
    {
        if (!path.isEmpty() && !m_seen.contains(path)) {
            m_seen.insert(path);
            m_paths.append(path);
        }
    }
    const QStringList &paths() const { return m_paths; }

private:
    QSet<QString> m_seen;
    QStringList m_paths;
};

// rel="next" from an RFC 8288 Link header.
std::optional<QUrl> nextLink(const QByteArray &linkHeader);

// A value at a dotted path ("head.sha") of a JSON object; undefined when any step is missing.
QJsonValue valueAt(const QJsonObject &object, QStringView path);

} // namespace tidemark::git::detail
