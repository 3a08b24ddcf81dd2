#include "net/http_client.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace tidemark::net {

namespace {

// One manager per thread, as Qt requires.
QNetworkAccessManager &managerForThisThread()
{
    thread_local std::unique_ptr<QNetworkAccessManager> manager;
    if (!manager) {
        manager = std::make_unique<QNetworkAccessManager>();
        manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return *manager;
}

bool retriable(int status)
{
    return status == 408 || status == 429 || (status >= 500 && status <= 599);
}

// Retry-After in seconds or as an HTTP date; -1 when absent or unreadable.
int retryAfterMs(const HttpResponse &response)
{
    QByteArray value = response.header("retry-after");
    if (value.isEmpty())
        value = response.header("x-rate-limit-retry-after-seconds");
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds) * 1000;
    const QDateTime when
        = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    return -1;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Expected<HttpResponse> QtHttpClient::sendOnce(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    for (const auto &[k, v] : request.headers)
        req.setRawHeader(k, v);
    req.setTransferTimeout(request.timeoutMs);
    QNetworkAccessManager &manager = managerForThisThread();
    std::unique_ptr<QNetworkReply> reply(
        manager.sendCustomRequest(req, request.method, request.body));

    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [this, &reply] {
        if (cancelled())
            reply->abort();
    });
    if (m_cancellation)
        cancelPoll.start(100);
    if (!reply->isFinished() && !cancelled())
        loop.exec();

    if (cancelled())
        return Error {Tr::tr("%1: the request was cancelled").arg(hostOf(request.url))};
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return Error {Tr::tr("%1 did not answer within %2 s")
                              .arg(hostOf(request.url))
                              .arg(request.timeoutMs / 1000.0)};
        case QNetworkReply::ConnectionRefusedError:
            return Error {Tr::tr("cannot reach %1 (connection refused): check the URL and that the "
                                 "service is up")
                              .arg(hostOf(request.url))};
        case QNetworkReply::HostNotFoundError:
            return Error {Tr::tr("unknown host %1: check the URL").arg(hostOf(request.url))};
        case QNetworkReply::SslHandshakeFailedError:
            return Error {Tr::tr("%1: the TLS handshake failed (%2)")
                              .arg(hostOf(request.url), reply->errorString())};
        default: return Error {Tr::tr("%1: %2").arg(hostOf(request.url), reply->errorString())};
        }
    }
    HttpResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError && response.status < 400) {
        // A reply cut short (the server closed the connection mid-body).
        return Error {Tr::tr("%1: the answer was cut short (%2)")
                          .arg(hostOf(request.url), reply->errorString())};
    }
    return response;
}

Expected<HttpResponse> QtHttpClient::send(const HttpRequest &request)
{
    if (cancelled())
        return Error {Tr::tr("%1: the request was cancelled").arg(hostOf(request.url))};
    int backoff = m_policy.initialBackoffMs;
    for (int attempt = 1;; ++attempt) {
        Expected<HttpResponse> result = sendOnce(request);
        if (cancelled())
            return result;
        const bool last = attempt >= m_policy.maxAttempts;
        int wait = backoff;
        if (result) {
            if (!retriable(result->status) || last)
                return result;
            const int after = retryAfterMs(*result);
            if (after > m_policy.maxBackoffMs)
                return result; // the service asks for a longer pause than we wait; report it
            if (after >= 0)
                wait = std::max(after, 0);
        } else if (last) {
            return result;
        }
        if (m_sleep)
            m_sleep(wait);
        else if (!m_cancellation)
            QThread::msleep(ulong(wait));
        else if (!m_cancellation->sleepFor(std::chrono::milliseconds(wait)))
            return Error {Tr::tr("%1: the request was cancelled").arg(hostOf(request.url))};
        backoff = std::min(backoff * 2, m_policy.maxBackoffMs);
    }
}

} // namespace tidemark::net
