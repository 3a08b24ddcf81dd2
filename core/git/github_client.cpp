#include "git/github_client.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace tidemark::git {

using detail::Call;

namespace {

QString readPullsPermission()
{
    return Tr::tr(
        "read access to pull requests (classic token: the repo scope, or public_repo for a public "
        "repository; fine-grained token: Pull requests read)");
}

QString readContentsPermission()
{
    return Tr::tr("read access to the repository contents (classic token: the "
                  "repo scope; fine-grained token: "
                  "Contents read)");
}

QString writeCommentsPermission()
{
    return Tr::tr(
        "write access to pull request comments (classic token: the repo scope; fine-grained token: "
        "Pull requests read and write)");
}

QString writeStatusPermission()
{
    return Tr::tr("write access to commit statuses (classic token: the "
                  "repo:status scope; fine-grained token: "
                  "Commit statuses read and write)");
}

// GitHub's rate limits: the primary limit answers 403 or 429 with x-ratelimit-remaining: 0 and the
// reset time in epoch seconds; secondary limits answer 403 or 429 with Retry-After, or with a
// message about the rate limit and nothing else (then wait a minute, as GitHub advises).
std::optional<qint64> gitHubRateLimit(const net::HttpResponse &response)
{
    if (response.status != 403 && response.status != 429)
        return std::nullopt;
    bool ok = false;
    const qint64 retryAfter = response.header("retry-after").trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, retryAfter) * 1000;
    if (response.header("x-ratelimit-remaining").trimmed() == "0") {
        const qint64 reset = response.header("x-ratelimit-reset").trimmed().toLongLong(&ok);
        if (ok)
            return std::max<qint64>(0, reset * 1000 - QDateTime::currentMSecsSinceEpoch()) + 1000;
        return 60000;
    }
    if (response.status == 429
        || detail::apiMessage(response.body)
               .contains(QLatin1String("rate limit"), Qt::CaseInsensitive))
        return 60000;
    return std::nullopt;
}

std::optional<QUrl> linkNextPage(const net::HttpResponse &response, const QUrl &)
{
    return detail::nextLink(response.header("link"));
}

// Shortens to GitHub's limit, with an ellipsis.
QString shortened(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit - 1) + QChar(0x2026);
}

} // namespace

GitHubClient::GitHubClient(const QUrl &apiRoot, const QString &owner, const QString &name,
                           const QString &token, net::HttpClient &http, CodeHostOptions options)
    : m_repoPath(QStringLiteral("/repos/") + detail::encode(owner) + QLatin1Char('/')
                 + detail::encode(name))
    , m_rest(http, std::move(options),
             detail::Endpoint {
                 QStringLiteral("GitHub"), owner + QLatin1Char('/') + name, apiRoot,
                 Tr::tr("https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise")},
             token,
             {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toUtf8()},
              {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json")},
              {QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28")},
              {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Tidemark/" TIDEMARK_VERSION)}},
             gitHubRateLimit)
{
}

QString GitHubClient::providerName() const
{
    return QStringLiteral("GitHub");
}

QUrl GitHubClient::repoUrl(const QString &encodedPath, const QString &encodedQuery) const
{
    return m_rest.url(m_repoPath + encodedPath, encodedQuery);
}

Expected<PullRequest> GitHubClient::parsePull(const QJsonValue &value, const Call &call) const
{
    if (!value.isObject())
        return m_rest.unexpected(call, Tr::tr("a pull request object was expected"));
    const QJsonObject o = value.toObject();
    PullRequest pr;
    const QJsonValue number = o.value(QStringLiteral("number"));
    if (!number.isDouble())
        return m_rest.parseFailed(call, QStringLiteral("number"));
    pr.number = number.toInt();
    const QJsonValue sha = detail::valueAt(o, u"head.sha");
    if (!sha.isString())
        return m_rest.parseFailed(call, QStringLiteral("head.sha"));
    pr.headSha = sha.toString();
    const QJsonValue base = detail::valueAt(o, u"base.ref");
    if (!base.isString())
        return m_rest.parseFailed(call, QStringLiteral("base.ref"));
    pr.baseBranch = base.toString();
    pr.headBranch = detail::valueAt(o, u"head.ref").toString();
    pr.title = o.value(QStringLiteral("title")).toString();
    pr.author = detail::valueAt(o, u"user.login").toString();
    pr.url = o.value(QStringLiteral("html_url")).toString();
    pr.draft = o.value(QStringLiteral("draft")).toBool();
    pr.labels = detail::labelNames(o.value(QStringLiteral("labels")).toArray());
    const QJsonValue mergedAt = o.value(QStringLiteral("merged_at"));
    if (mergedAt.isString() && !mergedAt.toString().isEmpty())
        pr.state = QStringLiteral("merged");
    else
        pr.state = o.value(QStringLiteral("state")).toString();
    return pr;
}

Expected<std::vector<PullRequest>> GitHubClient::openPullRequests()
{
    Call call;
    call.url = repoUrl(QStringLiteral("/pulls"), QStringLiteral("state=open&per_page=100"));
    call.what = Tr::tr("listing the open pull requests");
    call.permission = readPullsPermission();
    return m_rest.getList<PullRequest>(
        call, linkNextPage, 100, [&](const QJsonValue &item) { return parsePull(item, call); });
}

Expected<PullRequest> GitHubClient::pullRequest(int number)
{
    Call call;
    call.url = repoUrl(QStringLiteral("/pulls/%1").arg(number));
    call.what = Tr::tr("reading pull request #%1").arg(number);
    call.permission = readPullsPermission();
    Expected<QJsonDocument> doc = m_rest.sendJson(call);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return m_rest.unexpected(call, Tr::tr("a pull request object was expected"));
    return parsePull(doc->object(), call);
}

Expected<ChangedFiles> GitHubClient::changedFiles(int number)
{
    Call call;
    call.url
        = repoUrl(QStringLiteral("/pulls/%1/files").arg(number), QStringLiteral("per_page=100"));
    call.what = Tr::tr("listing the files of pull request #%1").arg(number);
    call.permission = readPullsPermission();
    // 3000 files at 100 a page; a few pages more in case GitHub pages differently.
    Expected<QJsonArray> items = m_rest.getPages(call, linkNextPage, kMaxListedFiles / 100 + 10);
    if (!items)
        return items.error();
    ChangedFiles files;
    detail::PathSet paths;
    for (const QJsonValue &item : *items) {
        const QJsonValue filename = item.toObject().value(QStringLiteral("filename"));
        if (!filename.isString())
            return m_rest.parseFailed(call, QStringLiteral("filename"));
        paths.add(filename.toString());
        paths.add(item.toObject().value(QStringLiteral("previous_filename")).toString());
    }
    files.paths = paths.paths();
    if (items->size() >= kMaxListedFiles) {
        // GitHub stops at 3000: the pull request's own count says whether that was all.
        Call count = call;
        count.url = repoUrl(QStringLiteral("/pulls/%1").arg(number));
        Expected<QJsonDocument> doc = m_rest.sendJson(count);
        if (!doc)
            return doc.error();
        const QJsonValue changed = doc->object().value(QStringLiteral("changed_files"));
        files.truncated = !changed.isDouble() || changed.toInteger() > items->size();
    }
    return files;
}

Expected<QString> GitHubClient::mergeBase(const QString &base, const QString &head)
{
    Call call;
    // per_page=1: only merge_base_commit is wanted, not the list of commits.
    call.url = repoUrl(QStringLiteral("/compare/") + detail::encode(base) + QStringLiteral("...")
                           + detail::encode(head),
                       QStringLiteral("per_page=1"));
    call.what = Tr::tr("finding the merge base of %1 and %2").arg(base, head);
    call.permission = readContentsPermission();
    Expected<QJsonDocument> doc = m_rest.sendJson(call);
    if (!doc)
        return doc.error();
    const QJsonValue sha = detail::valueAt(doc->object(), u"merge_base_commit.sha");
    if (!sha.isString() || sha.toString().isEmpty())
        return m_rest.parseFailed(call, QStringLiteral("merge_base_commit.sha"));
    return sha.toString();
}

Expected<std::optional<Comment>> GitHubClient::findComment(int number, const QString &marker)
{
    Call call;
    call.url = repoUrl(QStringLiteral("/issues/%1/comments").arg(number),
                       QStringLiteral("per_page=100"));
    call.what = Tr::tr("reading the comments of pull request #%1").arg(number);
    call.permission = readPullsPermission();
    return m_rest.findComment(call, linkNextPage, marker);
}

Expected<qint64> GitHubClient::createComment(int number, const QString &body)
{
    Call call;
    call.method = "POST";
    call.url = repoUrl(QStringLiteral("/issues/%1/comments").arg(number));
    call.what = Tr::tr("commenting on pull request #%1").arg(number);
    call.permission = writeCommentsPermission();
    return m_rest.sendComment(call, body, true);
}

Expected<void> GitHubClient::updateComment(int number, qint64 commentId, const QString &body)
{
    Call call;
    call.method = "PATCH";
    call.url = repoUrl(QStringLiteral("/issues/comments/%1").arg(commentId));
    call.what = Tr::tr("updating comment %1 on pull request #%2").arg(commentId).arg(number);
    call.permission = writeCommentsPermission();
    if (Expected<qint64> sent = m_rest.sendComment(call, body, false); !sent)
        return sent.error();
    return {};
}

Expected<void> GitHubClient::setCommitStatus(const QString &sha, const CommitStatus &status)
{
    Call call;
    call.method = "POST";
    call.url = repoUrl(QStringLiteral("/statuses/") + detail::encode(sha));
    QJsonObject body {{QStringLiteral("state"), commitStateName(status.state)},
                      {QStringLiteral("context"), status.context}};
    if (!status.description.isEmpty())
        body.insert(QStringLiteral("description"),
                    shortened(status.description, kMaxStatusDescription));
    if (!status.targetUrl.isEmpty())
        body.insert(QStringLiteral("target_url"), status.targetUrl);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.what = Tr::tr("setting the commit status of %1").arg(sha);
    call.permission = writeStatusPermission();
    Expected<QJsonDocument> doc = m_rest.sendJson(call);
    if (!doc)
        return doc.error();
    return {};
}

} // namespace tidemark::git
