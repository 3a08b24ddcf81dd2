#include "support/fake_code_host.h"
#include "support/fake_code_host_internal.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <future>
#include <optional>

namespace tidemark::test {

namespace fake {

QString decoded(const QString &encoded)
{
    // '+' is a space only in form bodies; in paths and query strings here it is itself.
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

std::optional<QString> bodyValue(const FakeCodeHost::Request &request, const QString &key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (doc.isObject()) {
        const QJsonValue v = doc.object().value(key);
        if (v.isString())
            return v.toString();
        return std::nullopt;
    }
    const QList<QByteArray> pairs = request.body.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        QByteArray k = pair.left(eq);
        QByteArray v = pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        if (QUrl::fromPercentEncoding(k) == key)
            return QUrl::fromPercentEncoding(v);
    }
    return std::nullopt;
}

QString str(const QString &text)
{
    return text;
}

QString fakeSha(const QString &seed)
{
    QByteArray hex = QByteArray::number(qHash(seed), 16);
    while (hex.size() < 40)
        hex += hex;
    return QString::fromLatin1(hex.left(40));
}

} // namespace fake

using namespace fake;

namespace {

const QByteArray kSignInPage = QByteArrayLiteral(
    "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action=\"/login\">"
    "<input name=\"login\"></form></body></html>\n");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

// The query string as sent with page=N instead of any page it had.
QString withPage(const QString &query, int page)
{
    QStringList parts;
    const QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (!item.startsWith(QLatin1String("page=")))
            parts.append(item);
    }
    parts.append(QStringLiteral("page=%1").arg(page));
    return parts.join(QLatin1Char('&'));
}

} // namespace

QByteArray FakeCodeHost::Request::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QStringList FakeCodeHost::Request::queryValues(const QString &key) const
{
    QStringList values;
    const QStringList items = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString k = decoded(eq < 0 ? item : item.left(eq));
        if (k == key)
            values.append(eq < 0 ? QString() : decoded(item.mid(eq + 1)));
    }
    return values;
}

QString FakeCodeHost::Request::queryValue(const QString &key) const
{
    const QStringList values = queryValues(key);
    return values.isEmpty() ? QString() : values.constFirst();
}

FakeCodeHost::FakeCodeHost(Kind kind, const QString &owner, const QString &name,
                           const QByteArray &token, const QString &prefix)
    : m_kind(kind)
    , m_owner(owner)
    , m_name(name)
    , m_token(token)
    , m_prefix(prefix)
{
    std::promise<quint16> ready;
    std::future<quint16> port = ready.get_future();
    m_thread.reset(QThread::create([this, &ready] {
        QHttpServer server;
        server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, responder);
            });
        ready.set_value(server.listen(QHostAddress::LocalHost, 0));
        QEventLoop loop; // QThread::quit() ends it
        loop.exec();
    }));
    m_thread->start();
    m_port = port.get();
    if (m_port == 0)
        qFatal("FakeCodeHost: cannot listen on 127.0.0.1");
}

FakeCodeHost::~FakeCodeHost()
{
    m_stopping = true;
    m_thread->quit();
    m_thread->wait();
}

QString FakeCodeHost::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FakeCodeHost::apiUrl() const
{
    return origin() + m_prefix;
}

void FakeCodeHost::addPull(const Pull &pull)
{
    QMutexLocker lock(&m_mutex);
    m_pulls.push_back(pull);
}

void FakeCodeHost::addPulls(int count, int first)
{
    QMutexLocker lock(&m_mutex);
    for (int n = first; n < first + count; ++n) {
        Pull pull;
        pull.number = n;
        pull.title = QStringLiteral("Change %1").arg(n);
        pull.headSha = fakeSha(QStringLiteral("sha-%1").arg(n));
        pull.headBranch = QStringLiteral("feature-%1").arg(n);
        pull.files
            = {File {QStringLiteral("models/model_%1.sql").arg(n), {}, QStringLiteral("modified")}};
        m_pulls.push_back(pull);
    }
}

void FakeCodeHost::setFiles(int number, const std::vector<File> &files)
{
    QMutexLocker lock(&m_mutex);
    if (Pull *pull = findPull(number))
        pull->files = files;
}

void FakeCodeHost::setMergeBase(const QString &base, const QString &head, const QString &sha)
{
    QMutexLocker lock(&m_mutex);
    m_mergeBases[{base, head}] = sha;
}

qint64 FakeCodeHost::addComment(int number, const QString &body, const QString &author, bool system)
{
    QMutexLocker lock(&m_mutex);
    const qint64 id = m_nextCommentId++;
    m_comments.push_back(Comment {id, number, body, author, system});
    return id;
}

void FakeCodeHost::setLinkOrigin(const QString &origin)
{
    QMutexLocker lock(&m_mutex);
    m_linkOrigin = origin;
}

void FakeCodeHost::setDiffsEndpoint(bool available)
{
    QMutexLocker lock(&m_mutex);
    m_diffsEndpoint = available;
}

void FakeCodeHost::setDiffLimit(int files)
{
    QMutexLocker lock(&m_mutex);
    m_diffLimit = files;
}

void FakeCodeHost::failNext(const QString &pathContains, const Failure &failure, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failures.push_back(FailureRule {pathContains, failure, times});
}

std::vector<FakeCodeHost::Request> FakeCodeHost::requests(const QString &pathContains) const
{
    QMutexLocker lock(&m_mutex);
    std::vector<Request> out;
    for (const Request &r : m_requests) {
        if (pathContains.isEmpty() || r.path.contains(pathContains))
            out.push_back(r);
    }
    return out;
}

void FakeCodeHost::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

std::vector<FakeCodeHost::Comment> FakeCodeHost::comments(int number) const
{
    QMutexLocker lock(&m_mutex);
    std::vector<Comment> out;
    for (const Comment &c : m_comments) {
        if (c.number == number)
            out.push_back(c);
    }
    return out;
}

std::vector<FakeCodeHost::Status> FakeCodeHost::statuses(const QString &sha) const
{
    QMutexLocker lock(&m_mutex);
    std::vector<Status> out;
    for (const Status &s : m_statuses) {
        if (sha.isEmpty() || s.sha == sha)
            out.push_back(s);
    }
    return out;
}

FakeCodeHost::Pull *FakeCodeHost::findPull(int number)
{
    for (Pull &pull : m_pulls) {
        if (pull.number == number)
            return &pull;
    }
    return nullptr;
}

void FakeCodeHost::sleepInterruptibly(int ms) const
{
    for (int slept = 0; slept < ms && !m_stopping; slept += 10)
        QThread::msleep(10);
}

void FakeCodeHost::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded);
    r.query = request.url().query(QUrl::FullyEncoded);
    r.headers = request.headers();
    r.body = request.body();

    std::optional<Failure> failure;
    Answer answer;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.push_back(r);
        for (FailureRule &rule : m_failures) {
            if (rule.remaining > 0
                && (rule.pathContains.isEmpty() || r.path.contains(rule.pathContains))) {
                --rule.remaining;
                failure = rule.failure;
                break;
            }
        }
        if (!failure || failure->mode == Failure::Mode::Truncated)
            answer = route(r);
        else if (failure->mode != Failure::Mode::Slow)
            answer = failureAnswer(*failure);
    }
    if (failure && failure->mode == Failure::Mode::Slow) {
        sleepInterruptibly(failure->delayMs);
        QMutexLocker lock(&m_mutex);
        answer = route(r);
    }

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    for (const auto &[k, v] : std::as_const(answer.headers))
        responder.writeHeader(k, v);
    if (failure && failure->mode == Failure::Mode::Truncated) {
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size() + 4096));
        responder.writeBody(answer.body.left(answer.body.size() / 2));
        if (QTcpSocket *socket = responder.socket()) {
            socket->flush();
            socket->disconnectFromHost();
        }
        return;
    }
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

FakeCodeHost::Answer FakeCodeHost::json(const QJsonValue &value, int status) const
{
    Answer a;
    a.status = status;
    a.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (m_kind == Kind::GitHub) {
        a.headers
            = {{"X-GitHub-Media-Type", "github.v3; format=json"},
               {"x-ratelimit-limit", "5000"},
               {"x-ratelimit-remaining", "4999"},
               {"x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600)},
               {"x-ratelimit-resource", "core"}};
    }
    return a;
}

FakeCodeHost::Answer FakeCodeHost::error(int status, const QString &message) const
{
    QJsonObject body;
    if (m_kind == Kind::GitHub) {
        QString text = message;
        if (text.isEmpty()) {
            switch (status) {
            case 401: text = QStringLiteral("Bad credentials"); break;
            case 403:
                text = QStringLiteral("Resource not accessible by personal access token");
                break;
            case 404: text = QStringLiteral("Not Found"); break;
            default:
                text = status >= 500 ? QStringLiteral("Server Error")
                                     : QStringLiteral("Validation Failed");
            }
        }
        body = {
            {QStringLiteral("message"), text},
            {QStringLiteral("documentation_url"), QStringLiteral("https://docs.github.com/rest")},
            {QStringLiteral("status"), QString::number(status)}};
    } else {
        QString text = message;
        if (text.isEmpty()) {
            switch (status) {
            case 401: text = QStringLiteral("401 Unauthorized"); break;
            case 403: text = QStringLiteral("403 Forbidden"); break;
            case 404: text = QStringLiteral("404 Not found"); break;
            default:
                text = status >= 500 ? QStringLiteral("500 Internal Server Error")
                                     : QStringLiteral("400 Bad request");
            }
        }
        body = {{QStringLiteral("message"), text}};
    }
    return json(body, status);
}

FakeCodeHost::Answer FakeCodeHost::failureAnswer(const Failure &failure) const
{
    Answer a;
    switch (failure.mode) {
    case Failure::Mode::Status:
        a = error(failure.status);
        if (failure.retryAfterSeconds >= 0)
            a.headers.append({"Retry-After", QByteArray::number(failure.retryAfterSeconds)});
        return a;
    case Failure::Mode::RateLimit: {
        const QByteArray reset
            = QByteArray::number(QDateTime::currentSecsSinceEpoch() + failure.resetInSeconds);
        if (m_kind == Kind::GitHub) {
            a = error(failure.status,
                      QStringLiteral("API rate limit exceeded for user ID 583231. If you reach out "
                                     "to GitHub Support for help, please include the request ID."));
            a.headers = {{"x-ratelimit-limit", "5000"},
                         {"x-ratelimit-remaining", "0"},
                         {"x-ratelimit-used", "5000"},
                         {"x-ratelimit-reset", reset},
                         {"x-ratelimit-resource", "core"}};
        } else {
            a.status = 429;
            a.body = "Retry later\n";
            a.contentType = "text/plain";
            a.headers = {{"RateLimit-Name", "throttle_authenticated_api"},
                         {"RateLimit-Limit", "2000"},
                         {"RateLimit-Observed", "2001"},
                         {"RateLimit-Remaining", "0"},
                         {"RateLimit-Reset", reset},
                         {"Retry-After", QByteArray::number(failure.resetInSeconds)}};
        }
        return a;
    }
    case Failure::Mode::SecondaryRateLimit:
        a = error(failure.status,
                  QStringLiteral("You have exceeded a secondary rate limit. Please wait a few "
                                 "minutes before you try again."));
        if (failure.retryAfterSeconds >= 0)
            a.headers.append({"retry-after", QByteArray::number(failure.retryAfterSeconds)});
        return a;
    case Failure::Mode::NotJson:
        a.status = 200;
        a.body = kSignInPage;
        a.contentType = "text/html; charset=utf-8";
        return a;
    case Failure::Mode::WrongShape: return json(QJsonObject {{QStringLiteral("unexpected"), true}});
    case Failure::Mode::Slow:
    case Failure::Mode::Truncated: break;
    }
    return a;
}

FakeCodeHost::Answer FakeCodeHost::paged(const Request &request,
                                         const std::vector<QJsonObject> &items, int defaultPerPage)
{
    int perPage = request.queryValue(QStringLiteral("per_page")).toInt();
    if (perPage <= 0)
        perPage = defaultPerPage;
    perPage = std::min(perPage, 100);
    const int page = std::max(1, request.queryValue(QStringLiteral("page")).toInt());
    const int total = int(items.size());
    const int pages = std::max(1, (total + perPage - 1) / perPage);

    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        slice.append(items[size_t(i)]);
    Answer a = json(slice);

    const QString base
        = (m_linkOrigin.isEmpty() ? origin() : m_linkOrigin) + request.path + QLatin1Char('?');
    QStringList links;
    const auto link = [&](int target, const char *rel) {
        links.append(QStringLiteral("<%1%2>; rel=\"%3\"")
                         .arg(base, withPage(request.query, target), QLatin1String(rel)));
    };
    if (page > 1)
        link(page - 1, "prev");
    if (page < pages)
        link(page + 1, "next");
    link(1, "first");
    link(pages, "last");
    a.headers.append({"Link", links.join(QStringLiteral(", ")).toLatin1()});
    if (m_kind == Kind::GitLab) {
        a.headers.append({"X-Page", QByteArray::number(page)});
        a.headers.append({"X-Per-Page", QByteArray::number(perPage)});
        a.headers.append({"X-Total", QByteArray::number(total)});
        a.headers.append({"X-Total-Pages", QByteArray::number(pages)});
        a.headers.append(
            {"X-Next-Page", page < pages ? QByteArray::number(page + 1) : QByteArray()});
        a.headers.append({"X-Prev-Page", page > 1 ? QByteArray::number(page - 1) : QByteArray()});
    }
    return a;
}

FakeCodeHost::Answer FakeCodeHost::route(const Request &request)
{
    if (m_kind == Kind::GitHub) {
        const QByteArray auth = request.header("Authorization");
        if (auth != QByteArrayLiteral("Bearer ") + m_token
            && auth != QByteArrayLiteral("token ") + m_token)
            return error(401);
        const QString root = m_prefix + QStringLiteral("/repos/");
        if (!request.path.startsWith(root))
            return error(404);
        return routeGitHub(request, request.path.mid(root.size()));
    }
    if (request.header("PRIVATE-TOKEN") != m_token
        && request.header("Authorization") != QByteArrayLiteral("Bearer ") + m_token)
        return error(401);
    const QString root = m_prefix + QStringLiteral("/projects/");
    if (!request.path.startsWith(root))
        return json(QJsonObject {{QStringLiteral("error"), QStringLiteral("404 Not Found")}}, 404);
    return routeGitLab(request, request.path.mid(root.size()));
}

QJsonObject FakeCodeHost::user(const QString &login) const
{
    const int id = int(qHash(login) % 900000) + 1000;
    if (m_kind == Kind::GitHub) {
        return {
            {QStringLiteral("login"), login},
            {QStringLiteral("id"), id},
            {QStringLiteral("node_id"), str(QStringLiteral("MDQ6VXNlcj") + QString::number(id))},
            {QStringLiteral("avatar_url"),
             QStringLiteral("https://avatars.githubusercontent.com/u/%1?v=4").arg(id)},
            {QStringLiteral("url"), str(QStringLiteral("https://api.github.com/users/") + login)},
            {QStringLiteral("html_url"), str(QStringLiteral("https://github.com/") + login)},
            {QStringLiteral("type"), QStringLiteral("User")},
            {QStringLiteral("site_admin"), false}};
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), login},
        {QStringLiteral("name"), login},
        {QStringLiteral("state"), QStringLiteral("active")},
        {QStringLiteral("avatar_url"), QJsonValue::Null},
        {QStringLiteral("web_url"), str(QStringLiteral("https://gitlab.example.com/") + login)}};
}

} // namespace tidemark::test
