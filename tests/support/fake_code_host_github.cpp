// The fake GitHub's routes and JSON shapes.

#include "support/fake_code_host.h"
#include "support/fake_code_host_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tidemark::test {

using namespace fake;

QJsonObject FakeCodeHost::gitHubPull(const Pull &pull, bool single) const
{
    const QString api = QStringLiteral("https://api.github.com/repos/%1/%2").arg(m_owner, m_name);
    const QString web = QStringLiteral("https://github.com/%1/%2").arg(m_owner, m_name);
    const QJsonObject repo {{QStringLiteral("id"), 123456789},
                            {QStringLiteral("name"), m_name},
                            {QStringLiteral("full_name"), str(m_owner + QLatin1Char('/') + m_name)},
                            {QStringLiteral("private"), true}};
    QJsonArray labels;
    for (const QString &label : pull.labels) {
        labels.append(QJsonObject {{QStringLiteral("id"), int(qHash(label) % 100000000)},
                                   {QStringLiteral("name"), label},
                                   {QStringLiteral("color"), QStringLiteral("ededed")},
                                   {QStringLiteral("default"), false},
                                   {QStringLiteral("description"), QJsonValue::Null}});
    }
    const bool merged = pull.state == QLatin1String("merged");
    QJsonObject o {
        {QStringLiteral("url"), str(api + QStringLiteral("/pulls/%1").arg(pull.number))},
        {QStringLiteral("id"), 1800000000 + pull.number},
        {QStringLiteral("node_id"), QStringLiteral("PR_kwDOFake%1").arg(pull.number)},
        {QStringLiteral("html_url"), str(web + QStringLiteral("/pull/%1").arg(pull.number))},
        {QStringLiteral("diff_url"), str(web + QStringLiteral("/pull/%1.diff").arg(pull.number))},
        {QStringLiteral("number"), pull.number},
        {QStringLiteral("state"),
         pull.state == QLatin1String("open") ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("locked"), false},
        {QStringLiteral("title"), pull.title},
        {QStringLiteral("user"), user(pull.author)},
        {QStringLiteral("body"), QJsonValue::Null},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("milestone"), QJsonValue::Null},
        {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("updated_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("closed_at"),
         pull.state == QLatin1String("open") ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QLatin1String(kTimestamp))},
        {QStringLiteral("merged_at"),
         merged ? QJsonValue(QLatin1String(kTimestamp)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("merge_commit_sha"), fakeSha(pull.headSha + QStringLiteral("-merge"))},
        {QStringLiteral("assignees"), QJsonArray()},
        {QStringLiteral("requested_reviewers"), QJsonArray()},
        {QStringLiteral("head"),
         QJsonObject {{QStringLiteral("label"), str(m_owner + QLatin1Char(':') + pull.headBranch)},
                      {QStringLiteral("ref"), pull.headBranch},
                      {QStringLiteral("sha"), pull.headSha},
                      {QStringLiteral("user"), user(m_owner)},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("base"),
         QJsonObject {{QStringLiteral("label"), str(m_owner + QLatin1Char(':') + pull.baseBranch)},
                      {QStringLiteral("ref"), pull.baseBranch},
                      {QStringLiteral("sha"), fakeSha(pull.baseBranch)},
                      {QStringLiteral("user"), user(m_owner)},
                      {QStringLiteral("repo"), repo}}},
        {QStringLiteral("author_association"), QStringLiteral("MEMBER")},
        {QStringLiteral("auto_merge"), QJsonValue::Null},
        {QStringLiteral("draft"), pull.draft},
    };
    if (single) {
        o.insert(QStringLiteral("merged"), merged);
        o.insert(QStringLiteral("mergeable"), true);
        o.insert(QStringLiteral("comments"), 0);
        o.insert(QStringLiteral("commits"), 1);
        o.insert(QStringLiteral("additions"), 10);
        o.insert(QStringLiteral("deletions"), 2);
        o.insert(QStringLiteral("changed_files"), int(pull.files.size()));
    }
    return o;
}

QJsonObject FakeCodeHost::gitHubComment(const Comment &comment) const
{
    const QString api = QStringLiteral("https://api.github.com/repos/%1/%2").arg(m_owner, m_name);
    return {
        {QStringLiteral("url"), str(api + QStringLiteral("/issues/comments/%1").arg(comment.id))},
        {QStringLiteral("html_url"),
         QStringLiteral("https://github.com/%1/%2/pull/%3#issuecomment-%4")
             .arg(m_owner, m_name)
             .arg(comment.number)
             .arg(comment.id)},
        {QStringLiteral("issue_url"), str(api + QStringLiteral("/issues/%1").arg(comment.number))},
        {QStringLiteral("id"), comment.id},
        {QStringLiteral("node_id"), QStringLiteral("IC_kwDOFake%1").arg(comment.id)},
        {QStringLiteral("user"), user(comment.author)},
        {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("updated_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("author_association"), QStringLiteral("MEMBER")},
        {QStringLiteral("body"), comment.body},
        {QStringLiteral("performed_via_github_app"), QJsonValue::Null}};
}

FakeCodeHost::Answer FakeCodeHost::routeGitHub(const Request &request, const QString &rest)
{
    const QStringList segments = rest.split(QLatin1Char('/'));
    if (segments.size() < 3 || decoded(segments[0]) != m_owner || decoded(segments[1]) != m_name)
        return error(404);
    const QStringList sub = segments.mid(2);
    const QByteArray &method = request.method;

    if (method == "GET" && sub.size() == 1 && sub[0] == QLatin1String("pulls")) {
        const QString state = request.queryValue(QStringLiteral("state")).isEmpty()
            ? QStringLiteral("open")
            : request.queryValue(QStringLiteral("state"));
        std::vector<const Pull *> chosen;
        for (const Pull &pull : m_pulls) {
            const bool open = pull.state == QLatin1String("open");
            if (state == QLatin1String("all") || (state == QLatin1String("open")) == open)
                chosen.push_back(&pull);
        }
        std::sort(chosen.begin(), chosen.end(),
                  [](const Pull *a, const Pull *b) { return a->number > b->number; });
        std::vector<QJsonObject> items;
        for (const Pull *pull : chosen)
            items.push_back(gitHubPull(*pull, false));
        return paged(request, items, 30);
    }
    if (sub.size() >= 2 && sub[0] == QLatin1String("pulls")) {
        Pull *pull = findPull(sub[1].toInt());
        if (!pull)
            return error(404);
        if (method == "GET" && sub.size() == 2)
            return json(gitHubPull(*pull, true));
        if (method == "GET" && sub.size() == 3 && sub[2] == QLatin1String("files")) {
            std::vector<QJsonObject> items;
            for (const File &file : pull->files) {
                if (items.size() >= 3000)
                    break; // GitHub lists at most 3000 files
                QJsonObject o {{QStringLiteral("sha"), fakeSha(file.path)},
                               {QStringLiteral("filename"), file.path},
                               {QStringLiteral("status"), file.status},
                               {QStringLiteral("additions"), 1},
                               {QStringLiteral("deletions"), 1},
                               {QStringLiteral("changes"), 2},
                               {QStringLiteral("blob_url"),
                                QStringLiteral("https://github.com/%1/%2/blob/%3/%4")
                                    .arg(m_owner, m_name, pull->headSha, file.path)},
                               {QStringLiteral("patch"), QStringLiteral("@@ -1 +1 @@\n-a\n+b")}};
                if (!file.previousPath.isEmpty())
                    o.insert(QStringLiteral("previous_filename"), file.previousPath);
                items.push_back(o);
            }
            return paged(request, items, 30);
        }
        return error(404);
    }
    if (method == "GET" && sub.size() == 2 && sub[0] == QLatin1String("compare")) {
        const QString basehead = decoded(sub[1]);
        const qsizetype dots = basehead.indexOf(QLatin1String("..."));
        if (dots < 0)
            return error(404);
        const auto found = m_mergeBases.find({basehead.left(dots), basehead.mid(dots + 3)});
        if (found == m_mergeBases.end())
            return error(404);
        const QJsonObject commit {
            {QStringLiteral("sha"), found->second},
            {QStringLiteral("node_id"), QStringLiteral("C_kwDOFake")},
            {QStringLiteral("commit"),
             QJsonObject {{QStringLiteral("message"), QStringLiteral("Merge base")}}},
            {QStringLiteral("parents"), QJsonArray()}};
        return json(QJsonObject {{QStringLiteral("url"),
                                  QStringLiteral("https://api.github.com/repos/%1/%2/compare/%3")
                                      .arg(m_owner, m_name, basehead)},
                                 {QStringLiteral("base_commit"), commit},
                                 {QStringLiteral("merge_base_commit"), commit},
                                 {QStringLiteral("status"), QStringLiteral("ahead")},
                                 {QStringLiteral("ahead_by"), 1},
                                 {QStringLiteral("behind_by"), 0},
                                 {QStringLiteral("total_commits"), 1},
                                 {QStringLiteral("commits"), QJsonArray()},
                                 {QStringLiteral("files"), QJsonArray()}});
    }
    if (sub.size() == 3 && sub[0] == QLatin1String("issues")
        && sub[2] == QLatin1String("comments")) {
        const int number = sub[1].toInt();
        if (!findPull(number))
            return error(404);
        if (method == "GET") {
            std::vector<QJsonObject> items;
            for (const Comment &c : m_comments) {
                if (c.number == number)
                    items.push_back(gitHubComment(c));
            }
            return paged(request, items, 30);
        }
        if (method == "POST") {
            const std::optional<QString> body = bodyValue(request, QStringLiteral("body"));
            if (!body)
                return error(422, QStringLiteral("Invalid request.\n\n\"body\" wasn't supplied."));
            m_comments.push_back(
                Comment {m_nextCommentId++, number, *body, QStringLiteral("tidemark-bot"), false});
            return json(gitHubComment(m_comments.back()), 201);
        }
    }
    if (method == "PATCH" && sub.size() == 3 && sub[0] == QLatin1String("issues")
        && sub[1] == QLatin1String("comments")) {
        const qint64 id = sub[2].toLongLong();
        for (Comment &c : m_comments) {
            if (c.id == id) {
                const std::optional<QString> body = bodyValue(request, QStringLiteral("body"));
                if (!body)
                    return error(422,
                                 QStringLiteral("Invalid request.\n\n\"body\" wasn't supplied."));
                c.body = *body;
                return json(gitHubComment(c));
            }
        }
        return error(404);
    }
    if (method == "POST" && sub.size() == 2 && sub[0] == QLatin1String("statuses")) {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject())
            return error(400, QStringLiteral("Problems parsing JSON"));
        const QJsonObject o = doc.object();
        Status status {decoded(sub[1]), o.value(QStringLiteral("state")).toString(),
                       o.value(QStringLiteral("context")).toString(QStringLiteral("default")),
                       o.value(QStringLiteral("description")).toString(),
                       o.value(QStringLiteral("target_url")).toString()};
        static const QStringList states {QStringLiteral("error"), QStringLiteral("failure"),
                                         QStringLiteral("pending"), QStringLiteral("success")};
        if (!states.contains(status.state))
            return error(422,
                         QStringLiteral("Validation Failed: state is not included in the list"));
        if (status.description.size() > 140)
            return error(
                422,
                QStringLiteral(
                    "Validation Failed: description is too long (maximum is 140 characters)"));
        m_statuses.push_back(status);
        return json(QJsonObject {{QStringLiteral("url"),
                                  QStringLiteral("https://api.github.com/repos/%1/%2/statuses/%3")
                                      .arg(m_owner, m_name, status.sha)},
                                 {QStringLiteral("id"), qint64(m_statuses.size()) + 9000000000LL},
                                 {QStringLiteral("node_id"), QStringLiteral("SC_kwDOFake")},
                                 {QStringLiteral("state"), status.state},
                                 {QStringLiteral("description"), status.description},
                                 {QStringLiteral("target_url"),
                                  status.targetUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(status.targetUrl)},
                                 {QStringLiteral("context"), status.context},
                                 {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
                                 {QStringLiteral("updated_at"), QLatin1String(kTimestamp)},
                                 {QStringLiteral("creator"), user(QStringLiteral("tidemark-bot"))}},
                    201);
    }
    return error(404);
}

} // namespace tidemark::test
