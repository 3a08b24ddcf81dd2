#include "git/gitlab_client.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace tidemark::git {

using detail::Call;

namespace {

QString readPermission()
{
    return Tr::tr("the read_api scope (or api) and at least Reporter access to the project");
}

QString commentPermission()
{
    return Tr::tr("the api scope and at least Reporter access to the project");
}

QString statusPermission()
{
    return Tr::tr("the api scope and at least Developer access to the project");
}

// GitLab answers 429 with Retry-After (seconds) and RateLimit-Reset (epoch seconds).
std::optional<qint64> gitLabRateLimit(const net::HttpResponse &response)
{
    if (response.status != 429)
        return std::nullopt;
    bool ok = false;
    const qint64 retryAfter = response.header("retry-after").trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, retryAfter) * 1000;
    const qint64 reset = response.header("ratelimit-reset").trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, reset * 1000 - QDateTime::currentMSecsSinceEpoch()) + 1000;
    return 60000;
}

// The URL with its page parameter set (everything else kept as it was encoded).
QUrl withPage(const QUrl &url, const QString &page)
{
    QStringList parts;
    const QStringList items
        = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (!item.startsWith(QLatin1String("page=")))
            parts.append(item);
    }
    parts.append(QStringLiteral("page=") + detail::encode(page));
    QUrl next = url;
    next.setQuery(parts.join(QLatin1Char('&')), QUrl::TolerantMode);
    return next;
}

// X-Next-Page holds the next page number, empty on the last page. Without the header (keyset
// pagination, some proxies) the Link header says it.
std::optional<QUrl> nextPage(const net::HttpResponse &response, const QUrl &current)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare("x-next-page", Qt::CaseInsensitive) == 0) {
            const QString page = QString::fromLatin1(value).trimmed();
            if (page.isEmpty())
                return std::nullopt;
            return withPage(current, page);
        }
    }
    return detail::nextLink(response.header("link"));
}

} // namespace

GitLabClient::GitLabClient(const QUrl &apiRoot, const QString &owner, const QString &name,
                           const QString &token, net::HttpClient &http, CodeHostOptions options)
    : m_projectPath(QStringLiteral("/projects/") + detail::encode(owner + QLatin1Char('/') + name))
    , m_rest(
          http, std::move(options),
          detail::Endpoint {
              QStringLiteral("GitLab"), owner + QLatin1Char('/') + name, apiRoot,
              Tr::tr(
                  "https://gitlab.com/api/v4, or https://HOST/api/v4 for a self-managed GitLab")},
          token,
          {{QByteArrayLiteral("PRIVATE-TOKEN"), token.toUtf8()},
           {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
           {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Tidemark/" TIDEMARK_VERSION)}},
          gitLabRateLimit)
{
}

QString GitLabClient::providerName() const
{
    return QStringLiteral("GitLab");
}

QString GitLabClient::gitLabState(CommitState state)
{
    switch (state) {
    case CommitState::Pending: return QStringLiteral("pending");
    case CommitState::Success: return QStringLiteral("success");
    case CommitState::Failure:
    case CommitState::Error: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QUrl GitLabClient::projectUrl(const QString &encodedPath, const QString &encodedQuery) const
{
    return m_rest.url(m_projectPath + encodedPath, encodedQuery);
}

Expected<PullRequest> GitLabClient::parseMergeRequest(const QJsonValue &value,
                                                      const Call &call) const
{
    if (!value.isObject())
        return m_rest.unexpected(call, Tr::tr("a merge request object was expected"));
    const QJsonObject o = value.toObject();
    PullRequest mr;
    const QJsonValue iid = o.value(QStringLiteral("iid"));
    if (!iid.isDouble())
        return m_rest.parseFailed(call, QStringLiteral("iid"));
    mr.number = iid.toInt();
    QJsonValue sha = o.value(QStringLiteral("sha"));
    if (!sha.isString())
        sha = detail::valueAt(o, u"diff_refs.head_sha");
    if (!sha.isString())
        return m_rest.parseFailed(call, QStringLiteral("sha"));
    mr.headSha = sha.toString();
    const QJsonValue target = o.value(QStringLiteral("target_branch"));
    if (!target.isString())
        return m_rest.parseFailed(call, QStringLiteral("target_branch"));
    mr.baseBranch = target.toString();
    mr.headBranch = o.value(QStringLiteral("source_branch")).toString();
    mr.title = o.value(QStringLiteral("title")).toString();
    mr.author = detail::valueAt(o, u"author.username").toString();
    mr.url = o.value(QStringLiteral("web_url")).toString();
    const QJsonValue draft = o.value(QStringLiteral("draft"));
    mr.draft
        = draft.isBool() ? draft.toBool() : o.value(QStringLiteral("work_in_progress")).toBool();
    mr.labels = detail::labelNames(
        o.value(QStringLiteral("labels")).toArray()); // or objects with with_labels_details=true
    const QString state = o.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("opened") || state == QLatin1String("locked"))
        mr.state = QStringLiteral("open");
    else
        mr.state = state; // closed, merged
    return mr;
}

Expected<std::vector<PullRequest>> GitLabClient::openPullRequests()
{
    Call call;
    call.url = projectUrl(QStringLiteral("/merge_requests"),
                          QStringLiteral("state=opened&per_page=100"));
    call.what = Tr::tr("listing the open merge requests");
    call.permission = readPermission();
    return m_rest.getList<PullRequest>(
        call, nextPage, 100, [&](const QJsonValue &item) { return parseMergeRequest(item, call); });
}

Expected<PullRequest> GitLabClient::pullRequest(int number)
{
    Call call;
    call.url = projectUrl(QStringLiteral("/merge_requests/%1").arg(number));
    call.what = Tr::tr("reading merge request !%1").arg(number);
    call.permission = readPermission();
    Expected<QJsonDocument> doc = m_rest.sendJson(call);
    if (!doc)
        return doc.error();
    return parseMergeRequest(doc->object(), call);
}

Expected<ChangedFiles> GitLabClient::changedFiles(int number)
{
    ChangedFiles files;
    detail::PathSet paths;
    const auto add = [&paths](const QString &path) { paths.add(path); };
    const auto addEntries = [&](const QJsonArray &entries, const Call &call) -> Expected<void> {
        for (const QJsonValue &entry : entries) {
            const QJsonObject o = entry.toObject();
            const QJsonValue newPath = o.value(QStringLiteral("new_path"));
            if (!newPath.isString())
                return m_rest.parseFailed(call, QStringLiteral("new_path"));
            add(newPath.toString());
            add(o.value(QStringLiteral("old_path")).toString());
        }
        return {};
    };

    // GitLab 15.7+: the paged diffs endpoint.
    Call call;
    call.url = projectUrl(QStringLiteral("/merge_requests/%1/diffs").arg(number),
                          QStringLiteral("per_page=100"));
    call.what = Tr::tr("listing the files of merge request !%1").arg(number);
    call.permission = readPermission();
    call.passThrough = {404};
    int passed = 0;
    Expected<QJsonArray> entries = m_rest.getPages(call, nextPage, 1000, &passed);
    if (!entries)
        return entries.error();

    // Older servers, or the merge request does not exist: /changes tells which.
    Call whole;
    whole.url = projectUrl(QStringLiteral("/merge_requests/%1").arg(number));
    whole.what = call.what;
    whole.permission = call.permission;
    if (passed == 404) {
        whole.url = projectUrl(QStringLiteral("/merge_requests/%1/changes").arg(number));
        Expected<QJsonDocument> doc = m_rest.sendJson(whole);
        if (!doc)
            return doc.error();
        const QJsonValue changes = doc->object().value(QStringLiteral("changes"));
        if (!changes.isArray())
            return m_rest.parseFailed(whole, QStringLiteral("changes"));
        if (Expected<void> added = addEntries(changes.toArray(), whole); !added)
            return added.error();
        files.paths = paths.paths();
        files.truncated = doc->object().value(QStringLiteral("overflow")).toBool()
            || doc->object()
                   .value(QStringLiteral("changes_count"))
                   .toString()
                   .endsWith(QLatin1Char('+'));
        return files;
    }
    if (Expected<void> added = addEntries(*entries, call); !added)
        return added.error();
    files.paths = paths.paths();

    // The diffs obey the instance's diff limits; the merge request's changes_count ends in '+'
    // when they cut the list ("1000+").
    Expected<QJsonDocument> doc = m_rest.sendJson(whole);
    if (!doc)
        return doc.error();
    files.truncated = doc->object()
                          .value(QStringLiteral("changes_count"))
                          .toString()
                          .endsWith(QLatin1Char('+'));
    return files;
}

Expected<QString> GitLabClient::mergeBase(const QString &base, const QString &head)
{
    Call call;
    call.url = projectUrl(QStringLiteral("/repository/merge_base"),
                          QStringLiteral("refs%5B%5D=") + detail::encode(base)
                              + QStringLiteral("&refs%5B%5D=") + detail::encode(head));
    call.what = Tr::tr("finding the merge base of %1 and %2").arg(base, head);
    call.permission = readPermission();
    Expected<QJsonDocument> doc = m_rest.sendJson(call);
    if (!doc)
        return doc.error();
    const QJsonValue id = doc->object().value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty())
        return m_rest.parseFailed(call, QStringLiteral("id"));
    return id.toString();
}

Expected<std::optional<Comment>> GitLabClient::findComment(int number, const QString &marker)
{
    Call call;
    call.url = projectUrl(QStringLiteral("/merge_requests/%1/notes").arg(number),
                          QStringLiteral("sort=asc&order_by=created_at&per_page=100"));
    call.what = Tr::tr("reading the notes of merge request !%1").arg(number);
    call.permission = readPermission();
    return m_rest.findComment(call, nextPage, marker, [](const QJsonObject &note) {
        return note.value(QStringLiteral("system")).toBool();
    });
}

Expected<qint64> GitLabClient::createComment(int number, const QString &body)
{
    Call call;
    call.method = "POST";
    call.url = projectUrl(QStringLiteral("/merge_requests/%1/notes").arg(number));
    call.what = Tr::tr("commenting on merge request !%1").arg(number);
    call.permission = commentPermission();
    return m_rest.sendComment(call, body, true);
}

Expected<void> GitLabClient::updateComment(int number, qint64 commentId, const QString &body)
{
    Call call;
    call.method = "PUT";
    call.url = projectUrl(QStringLiteral("/merge_requests/%1/notes/%2").arg(number).arg(commentId));
    call.what = Tr::tr("updating note %1 on merge request !%2").arg(commentId).arg(number);
    call.permission = commentPermission();
    if (Expected<qint64> sent = m_rest.sendComment(call, body, false); !sent)
        return sent.error();
    return {};
}

Expected<void> GitLabClient::setCommitStatus(const QString &sha, const CommitStatus &status)
{
    Call call;
    call.method = "POST";
    call.url = projectUrl(QStringLiteral("/statuses/") + detail::encode(sha));
    QJsonObject body {{QStringLiteral("state"), gitLabState(status.state)},
                      {QStringLiteral("name"), status.context}};
    if (!status.description.isEmpty())
        body.insert(QStringLiteral("description"), status.description);
    if (!status.targetUrl.isEmpty())
        body.insert(QStringLiteral("target_url"), status.targetUrl);
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.what = Tr::tr("setting the commit status of %1").arg(sha);
    call.permission = statusPermission();
    call.passThrough = {400};
    Expected<net::HttpResponse> answer = m_rest.send(call);
    if (!answer)
        return answer.error();
    if (answer->status == 400) {
        // Posting the state the status already has ("pending" twice) is refused with
        // "Cannot transition status via :enqueue from :pending": the status is as asked.
        if (detail::apiMessage(answer->body).contains(QLatin1String("Cannot transition status")))
            return {};
        return m_rest.httpError(call, *answer);
    }
    return {};
}

} // namespace tidemark::git
