#include "git/rest_session.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace tidemark::git::detail {

namespace {

// How many times one call waits for a rate limit to reset before giving up.
constexpr int kMaxRateLimitWaits = 3;

} // namespace

QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString apiMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString text;
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue message = o.value(QStringLiteral("message"));
        if (message.isString()) {
            text = message.toString();
        } else if (message.isObject() || message.isArray()) {
            // GitLab validation errors: {"message": {"field": ["is invalid"]}}
            const QJsonDocument nested = message.isObject() ? QJsonDocument(message.toObject())
                                                            : QJsonDocument(message.toArray());
            text = QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
        } else if (o.value(QStringLiteral("error")).isString()) {
            text = o.value(QStringLiteral("error")).toString();
        }
        // GitHub's validation details: {"errors": [{"message": "..."}]}
        const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &e : errors) {
            const QString detail = e.isObject()
                ? e.toObject().value(QStringLiteral("message")).toString()
                : e.toString();
            if (!detail.isEmpty())
                text += QStringLiteral(" (") + detail + QLatin1Char(')');
        }
    }
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

std::optional<QUrl> nextLink(const QByteArray &linkHeader)
{
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*((?:;[^,<]*)*)"));
    static const QRegularExpression rel(QStringLiteral("rel\\s*=\\s*\"?([^\";]*)\"?"));
    const QString header = QString::fromLatin1(linkHeader);
    for (auto it = entry.globalMatch(header); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRegularExpressionMatch r = rel.match(m.captured(2));
        if (r.hasMatch()
            && r.captured(1)
                   .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                   .contains(QLatin1String("next")))
            return QUrl(m.captured(1).trimmed(), QUrl::StrictMode);
    }
    return std::nullopt;
}

QJsonValue valueAt(const QJsonObject &object, QStringView path)
{
    QJsonValue current = object;
    for (const QStringView step : path.split(QLatin1Char('.'))) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(step);
    }
    return current;
}

RestSession::RestSession(net::HttpClient &http, CodeHostOptions options, Endpoint endpoint,
                         QString token, QList<QPair<QByteArray, QByteArray>> headers,
                         RateLimitProbe rateLimit)
    : m_http(http)
    , m_options(std::move(options))
    , m_endpoint(std::move(endpoint))
    , m_token(std::move(token))
    , m_headers(std::move(headers))
    , m_rateLimit(std::move(rateLimit))
{
}

QUrl RestSession::url(const QString &encodedPath, const QString &encodedQuery) const
{
    QUrl u = m_endpoint.apiRoot;
    u.setPath(m_endpoint.apiRoot.path(QUrl::FullyEncoded) + encodedPath, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        u.setQuery(encodedQuery, QUrl::TolerantMode);
    return u;
}

bool RestSession::sameOrigin(const QUrl &url) const
{
    const QUrl &root = m_endpoint.apiRoot;
    return url.isValid() && url.scheme().compare(root.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(root.host(), Qt::CaseInsensitive) == 0
        && url.port(root.scheme() == QLatin1String("https") ? 443 : 80)
        == root.port(root.scheme() == QLatin1String("https") ? 443 : 80);
}

QString RestSession::scrub(QString text) const
{
    if (!m_token.isEmpty())
        text.replace(m_token, QStringLiteral("***"));
    return text;
}

Expected<net::HttpResponse> RestSession::send(const Call &call)
{
    net::HttpRequest request;
    request.method = call.method;
    request.url = call.url;
    request.headers = m_headers;
    request.timeoutMs = m_options.timeoutMs;
    if (!call.body.isNull()) {
        request.body = call.body;
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }

    for (int waits = 0;; ++waits) {
        Expected<net::HttpResponse> answer = m_http.send(request);
        if (!answer) {
            return Error {scrub(Tr::tr("%1 (while %2 on %3)")
                                    .arg(answer.errorMessage(), call.what, m_endpoint.provider))};
        }
        const int status = answer->status;
        if ((status >= 200 && status < 300) || call.passThrough.contains(status))
            return answer;
        if (const std::optional<qint64> wait = m_rateLimit(*answer)) {
            if (*wait <= m_options.maxRateLimitWaitMs && waits < kMaxRateLimitWaits) {
                const int ms = int(std::max<qint64>(*wait, 1000));
                if (m_options.sleep)
                    m_options.sleep(ms);
                else if (!m_options.cancellation)
                    QThread::msleep(ulong(ms));
                else if (!m_options.cancellation->sleepFor(std::chrono::milliseconds(ms)))
                    return Error {Tr::tr("cancelled while waiting for %1's rate limit (while %2)")
                                      .arg(m_endpoint.provider, call.what)};
                continue;
            }
            return rateLimitError(call, *wait);
        }
        return httpError(call, *answer);
    }
}

Expected<QJsonDocument> RestSession::sendJson(const Call &call)
{
    Expected<net::HttpResponse> answer = send(call);
    if (!answer)
        return answer.error();
    if (answer->body.trimmed().isEmpty())
        return unexpected(call, Tr::tr("the body was empty"));
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(answer->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unexpected(call,
                          Tr::tr("the body is not JSON: %1 at offset %2")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    return doc;
}

Expected<std::optional<Comment>>
RestSession::findComment(const Call &call, const NextPage &next, const QString &marker,
                         const std::function<bool(const QJsonObject &)> &skip)
{
    Expected<QJsonArray> items = getPages(call, next, 100);
    if (!items)
        return items.error();
    for (const QJsonValue &item : *items) {
        const QJsonObject o = item.toObject();
        if (skip && skip(o))
            continue;
        const QString body = o.value(QStringLiteral("body")).toString();
        if (!body.contains(marker))
            continue;
        const QJsonValue id = o.value(QStringLiteral("id"));
        if (!id.isDouble())
            return parseFailed(call, QStringLiteral("id"));
        return std::optional<Comment>(Comment {id.toInteger(), body});
    }
    return std::optional<Comment>();
}

Expected<qint64> RestSession::sendComment(Call call, const QString &body, bool id)
{
    call.body = QJsonDocument(QJsonObject {{QStringLiteral("body"), body}})
                    .toJson(QJsonDocument::Compact);
    Expected<QJsonDocument> doc = sendJson(call);
    if (!doc)
        return doc.error();
    if (!id)
        return 0;
    const QJsonValue value = doc->object().value(QStringLiteral("id"));
    if (!value.isDouble())
        return parseFailed(call, QStringLiteral("id"));
    return value.toInteger();
}

QStringList labelNames(const QJsonArray &labels)
{
    QStringList names;
    for (const QJsonValue &label : labels) {
        const QString name = label.isObject()
            ? label.toObject().value(QStringLiteral("name")).toString()
            : label.toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

Expected<QJsonArray> RestSession::getPages(Call call, const NextPage &next, int maxPages,
                                           int *passedThrough)
{
    QJsonArray all;
    for (int page = 1;; ++page) {
        Expected<net::HttpResponse> answer = send(call);
        if (!answer)
            return answer.error();
        if (answer->status < 200 || answer->status >= 300) {
            if (passedThrough)
                *passedThrough = answer->status;
            return all;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(answer->body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return unexpected(call,
                              Tr::tr("the body is not JSON: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));
        if (!doc.isArray())
            return unexpected(call, Tr::tr("a list was expected"));
        const QJsonArray items = doc.array();
        for (const QJsonValue &item : items)
            all.append(item);

        const std::optional<QUrl> following = next(*answer, call.url);
        if (!following || items.isEmpty())
            return all;
        if (!sameOrigin(*following)) {
            return Error {scrub(
                Tr::tr(
                    "%1 pointed the next page at another server (%2) while %3: check the API URL "
                    "of the integration; Tidemark sends the token only to %4")
                    .arg(m_endpoint.provider, following->host(), call.what,
                         net::hostOf(m_endpoint.apiRoot)))};
        }
        if (page >= maxPages)
            return all;
        call.url = *following;
        call.passThrough.clear(); // only the first page may answer otherwise
    }
}

Error RestSession::unexpected(const Call &call, const QString &detail) const
{
    return Error {scrub(
        Tr::tr("%1's answer while %2 was not the expected JSON (%3): check that the API URL %4 is "
               "the %1 API root (%5)")
            .arg(m_endpoint.provider, call.what, detail,
                 m_endpoint.apiRoot.toString(QUrl::RemoveUserInfo), m_endpoint.apiRootHint))};
}

Error RestSession::parseFailed(const Call &call, const QString &what) const
{
    return unexpected(call, Tr::tr("%1 is missing or has the wrong type").arg(what));
}

Error RestSession::rateLimitError(const Call &call, qint64 waitMs) const
{
    if (waitMs > 0) {
        const QDateTime reset = QDateTime::currentDateTimeUtc().addMSecs(waitMs);
        return Error {scrub(
            Tr::tr(
                "%1's API rate limit for this token is used up until %2 UTC (while %3): wait until "
                "then, or use a token with a higher limit")
                .arg(m_endpoint.provider, reset.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     call.what))};
    }
    return Error {
        scrub(Tr::tr("%1 kept refusing requests for exceeding its rate limit while %2: wait "
                     "a few minutes and "
                     "try again")
                  .arg(m_endpoint.provider, call.what))};
}

Error RestSession::httpError(const Call &call, const net::HttpResponse &response) const
{
    const int status = response.status;
    // The host's own words, unless they only repeat the status ("404 Not Found", "Forbidden").
    QString message = apiMessage(response.body);
    static const QRegularExpression leadingCode(QStringLiteral("^\\d{3}\\s*"));
    const QString withoutCode = QString(message).remove(leadingCode);
    static const QStringList reasons {
        QStringLiteral("Unauthorized"),    QStringLiteral("Forbidden"),
        QStringLiteral("Not Found"),       QStringLiteral("Internal Server Error"),
        QStringLiteral("Bad Gateway"),     QStringLiteral("Service Unavailable"),
        QStringLiteral("Gateway Timeout"), QStringLiteral("Bad Request")};
    if (withoutCode.isEmpty() || reasons.contains(withoutCode, Qt::CaseInsensitive))
        message.clear();
    else if (message != withoutCode && status >= 400)
        message = withoutCode;
    const QString colonDetail = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    const QString parenDetail
        = message.isEmpty() ? QString() : QStringLiteral(" (") + message + QLatin1Char(')');
    const QString &provider = m_endpoint.provider;
    QString text;
    if (status == 401) {
        text = Tr::tr("%1 rejected the access token (401 Unauthorized%2) while %3: check that the "
                      "token is correct "
                      "and has not expired or been revoked")
                   .arg(provider, colonDetail, call.what);
    } else if (status == 403) {
        text = Tr::tr("%1 denied permission (403 Forbidden%2) while %3 in %4: give the token %5")
                   .arg(provider, colonDetail, call.what, m_endpoint.repository, call.permission);
    } else if (status == 404) {
        text = Tr::tr("%1 answered 404 Not Found%2 while %3: check that %4 and what was asked for "
                      "exist and that the "
                      "token has permission to read them (%1 answers 404 when it lacks it)")
                   .arg(provider, parenDetail, call.what, m_endpoint.repository);
    } else if (status == 429) {
        return rateLimitError(call, 0);
    } else if (status >= 500) {
        text = Tr::tr("%1 kept failing with HTTP %2%3 while %4: the service is having trouble, try "
                      "again later")
                   .arg(provider, QString::number(status), parenDetail, call.what);
    } else {
        text = Tr::tr("%1 refused the request with HTTP %2%3 while %4: check the integration's "
                      "repository settings")
                   .arg(provider, QString::number(status), parenDetail, call.what);
    }
    return Error {scrub(text)};
}

} // namespace tidemark::git::detail
