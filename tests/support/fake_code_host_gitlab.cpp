// The fake GitLab's routes and JSON shapes.

#include "support/fake_code_host.h"
#include "support/fake_code_host_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tidemark::test {

using namespace fake;

QJsonObject FakeCodeHost::gitLabMergeRequest(const Pull &pull, bool single) const
{
    const QString path = m_owner + QLatin1Char('/') + m_name;
    const QString state
        = pull.state == QLatin1String("open") ? QStringLiteral("opened") : pull.state;
    QJsonObject o {
        {QStringLiteral("id"), 50000000 + pull.number},
        {QStringLiteral("iid"), pull.number},
        {QStringLiteral("project_id"), 4242},
        {QStringLiteral("title"),
         pull.draft ? str(QStringLiteral("Draft: ") + pull.title) : pull.title},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("state"), state},
        {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("updated_at"), QLatin1String(kTimestamp)},
        {QStringLiteral("merged_by"), QJsonValue::Null},
        {QStringLiteral("merged_at"),
         state == QLatin1String("merged") ? QJsonValue(QLatin1String(kTimestamp))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target_branch"), pull.baseBranch},
        {QStringLiteral("source_branch"), pull.headBranch},
        {QStringLiteral("user_notes_count"), 0},
        {QStringLiteral("author"), user(pull.author)},
        {QStringLiteral("assignees"), QJsonArray()},
        {QStringLiteral("reviewers"), QJsonArray()},
        {QStringLiteral("source_project_id"), 4242},
        {QStringLiteral("target_project_id"), 4242},
        {QStringLiteral("labels"), QJsonArray::fromStringList(pull.labels)},
        {QStringLiteral("draft"), pull.draft},
        {QStringLiteral("work_in_progress"), pull.draft},
        {QStringLiteral("milestone"), QJsonValue::Null},
        {QStringLiteral("merge_when_pipeline_succeeds"), false},
        {QStringLiteral("merge_status"), QStringLiteral("can_be_merged")},
        {QStringLiteral("detailed_merge_status"), QStringLiteral("mergeable")},
        {QStringLiteral("sha"), pull.headSha},
        {QStringLiteral("merge_commit_sha"), QJsonValue::Null},
        {QStringLiteral("squash_commit_sha"), QJsonValue::Null},
        {QStringLiteral("reference"), QStringLiteral("!%1").arg(pull.number)},
        {QStringLiteral("references"),
         QJsonObject {
             {QStringLiteral("short"), QStringLiteral("!%1").arg(pull.number)},
             {QStringLiteral("full"), str(path + QStringLiteral("!%1").arg(pull.number))}}},
        {QStringLiteral("web_url"),
         QStringLiteral("https://gitlab.example.com/%1/-/merge_requests/%2")
             .arg(path)
             .arg(pull.number)},
        {QStringLiteral("squash"), false},
        {QStringLiteral("has_conflicts"), false},
        {QStringLiteral("blocking_discussions_resolved"), true},
    };
    if (single) {
        const int count = int(pull.files.size());
        o.insert(QStringLiteral("changes_count"),
                 m_diffLimit > 0 && count > m_diffLimit ? QStringLiteral("%1+").arg(m_diffLimit)
                                                        : QString::number(count));
        o.insert(QStringLiteral("diff_refs"),
                 QJsonObject {{QStringLiteral("base_sha"), fakeSha(pull.baseBranch)},
                              {QStringLiteral("head_sha"), pull.headSha},
                              {QStringLiteral("start_sha"), fakeSha(pull.baseBranch)}});
    }
    return o;
}

QJsonObject FakeCodeHost::gitLabNote(const Comment &comment) const
{
    return {{QStringLiteral("id"), comment.id},
            {QStringLiteral("type"), QJsonValue::Null},
            {QStringLiteral("body"), comment.body},
            {QStringLiteral("attachment"), QJsonValue::Null},
            {QStringLiteral("author"), user(comment.author)},
            {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
            {QStringLiteral("updated_at"), QLatin1String(kTimestamp)},
            {QStringLiteral("system"), comment.system},
            {QStringLiteral("noteable_id"), 50000000 + comment.number},
            {QStringLiteral("noteable_type"), QStringLiteral("MergeRequest")},
            {QStringLiteral("project_id"), 4242},
            {QStringLiteral("resolvable"), false},
            {QStringLiteral("confidential"), false},
            {QStringLiteral("internal"), false},
            {QStringLiteral("noteable_iid"), comment.number}};
}

FakeCodeHost::Answer FakeCodeHost::routeGitLab(const Request &request, const QString &rest)
{
    const QStringList segments = rest.split(QLatin1Char('/'));
    // The project must be addressed by its encoded path ("acme%2Fanalytics"), as GitLab requires.
    if (segments.size() < 2 || decoded(segments[0]) != m_owner + QLatin1Char('/') + m_name)
        return error(404, QStringLiteral("404 Project Not Found"));
    const QStringList sub = segments.mid(1);
    const QByteArray &method = request.method;

    if (method == "GET" && sub.size() == 1 && sub[0] == QLatin1String("merge_requests")) {
        const QString state = request.queryValue(QStringLiteral("state"));
        std::vector<const Pull *> chosen;
        for (const Pull &pull : m_pulls) {
            const QString s
                = pull.state == QLatin1String("open") ? QStringLiteral("opened") : pull.state;
            if (state.isEmpty() || state == QLatin1String("all") || state == s)
                chosen.push_back(&pull);
        }
        std::sort(chosen.begin(), chosen.end(),
                  [](const Pull *a, const Pull *b) { return a->number > b->number; });
        std::vector<QJsonObject> items;
        for (const Pull *pull : chosen)
            items.push_back(gitLabMergeRequest(*pull, false));
        return paged(request, items, 20);
    }
    if (sub.size() >= 2 && sub[0] == QLatin1String("merge_requests")) {
        const int iid = sub[1].toInt();
        if (sub.size() == 3 && sub[2] == QLatin1String("diffs") && !m_diffsEndpoint)
            return json(QJsonObject {{QStringLiteral("error"), QStringLiteral("404 Not Found")}},
                        404);
        Pull *pull = findPull(iid);
        if (!pull)
            return error(404);
        if (method == "GET" && sub.size() == 2)
            return json(gitLabMergeRequest(*pull, true));
        if (method == "GET" && sub.size() == 3
            && (sub[2] == QLatin1String("diffs") || sub[2] == QLatin1String("changes"))) {
            std::vector<QJsonObject> entries;
            for (const File &file : pull->files) {
                if (m_diffLimit > 0 && int(entries.size()) >= m_diffLimit)
                    break;
                const bool renamed = !file.previousPath.isEmpty();
                entries.push_back(QJsonObject {
                    {QStringLiteral("old_path"), renamed ? file.previousPath : file.path},
                    {QStringLiteral("new_path"), file.path},
                    {QStringLiteral("a_mode"), QStringLiteral("100644")},
                    {QStringLiteral("b_mode"), QStringLiteral("100644")},
                    {QStringLiteral("diff"), QStringLiteral("@@ -1 +1 @@\n-a\n+b\n")},
                    {QStringLiteral("new_file"), file.status == QLatin1String("added")},
                    {QStringLiteral("renamed_file"), renamed},
                    {QStringLiteral("deleted_file"), file.status == QLatin1String("removed")},
                    {QStringLiteral("generated_file"), false}});
            }
            if (sub[2] == QLatin1String("diffs"))
                return paged(request, entries, 20);
            QJsonObject o = gitLabMergeRequest(*pull, true);
            QJsonArray changes;
            for (const QJsonObject &e : entries)
                changes.append(e);
            o.insert(QStringLiteral("changes"), changes);
            o.insert(QStringLiteral("overflow"),
                     m_diffLimit > 0 && int(pull->files.size()) > m_diffLimit);
            return json(o);
        }
        if (sub.size() >= 3 && sub[2] == QLatin1String("notes")) {
            if (method == "GET" && sub.size() == 3) {
                std::vector<QJsonObject> items;
                for (const Comment &c : m_comments) {
                    if (c.number == iid)
                        items.push_back(gitLabNote(c));
                }
                if (request.queryValue(QStringLiteral("sort")) != QLatin1String("asc"))
                    std::reverse(items.begin(), items.end()); // GitLab's default: newest first
                return paged(request, items, 20);
            }
            if (method == "POST" && sub.size() == 3) {
                const std::optional<QString> body = bodyValue(request, QStringLiteral("body"));
                if (!body || body->isEmpty())
                    return json(
                        QJsonObject {{QStringLiteral("error"), QStringLiteral("body is missing")}},
                        400);
                m_comments.push_back(
                    Comment {m_nextCommentId++, iid, *body, QStringLiteral("tidemark-bot"), false});
                return json(gitLabNote(m_comments.back()), 201);
            }
            if (method == "PUT" && sub.size() == 4) {
                const qint64 id = sub[3].toLongLong();
                for (Comment &c : m_comments) {
                    if (c.id == id && c.number == iid) {
                        const std::optional<QString> body
                            = bodyValue(request, QStringLiteral("body"));
                        if (!body)
                            return json(QJsonObject {{QStringLiteral("error"),
                                                      QStringLiteral("body is missing")}},
                                        400);
                        c.body = *body;
                        return json(gitLabNote(c));
                    }
                }
                return error(404, QStringLiteral("404 Note Not Found"));
            }
        }
        return json(QJsonObject {{QStringLiteral("error"), QStringLiteral("404 Not Found")}}, 404);
    }
    if (method == "GET" && sub.size() == 2 && sub[0] == QLatin1String("repository")
        && sub[1] == QLatin1String("merge_base")) {
        const QStringList refs = request.queryValues(QStringLiteral("refs[]"));
        if (refs.size() != 2)
            return json(QJsonObject {{QStringLiteral("error"), QStringLiteral("refs is missing")}},
                        400);
        const auto found = m_mergeBases.find({refs[0], refs[1]});
        if (found == m_mergeBases.end())
            return error(400, QStringLiteral("Could not find ref: ") + refs[1]);
        return json(
            QJsonObject {{QStringLiteral("id"), found->second},
                         {QStringLiteral("short_id"), found->second.left(8)},
                         {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
                         {QStringLiteral("parent_ids"), QJsonArray()},
                         {QStringLiteral("title"), QStringLiteral("Merge base")},
                         {QStringLiteral("message"), QStringLiteral("Merge base\n")},
                         {QStringLiteral("author_name"), QStringLiteral("Someone")},
                         {QStringLiteral("author_email"), QStringLiteral("someone@example.com")},
                         {QStringLiteral("committed_date"), QLatin1String(kTimestamp)},
                         {QStringLiteral("web_url"),
                          QStringLiteral("https://gitlab.example.com/%1/%2/-/commit/%3")
                              .arg(m_owner, m_name, found->second)}});
    }
    if (method == "POST" && sub.size() == 2 && sub[0] == QLatin1String("statuses")) {
        Status status {
            decoded(sub[1]), bodyValue(request, QStringLiteral("state")).value_or(QString()),
            bodyValue(request, QStringLiteral("name")).value_or(QStringLiteral("default")),
            bodyValue(request, QStringLiteral("description")).value_or(QString()),
            bodyValue(request, QStringLiteral("target_url")).value_or(QString())};
        static const QStringList states {QStringLiteral("pending"),  QStringLiteral("running"),
                                         QStringLiteral("success"),  QStringLiteral("failed"),
                                         QStringLiteral("canceled"), QStringLiteral("skipped")};
        if (!states.contains(status.state))
            return json(QJsonObject {{QStringLiteral("error"),
                                      QStringLiteral("state does not have a valid value")}},
                        400);
        for (auto it = m_statuses.rbegin(); it != m_statuses.rend(); ++it) {
            if (it->sha == status.sha && it->context == status.context) {
                if (it->state == status.state
                    && (status.state == QLatin1String("pending")
                        || status.state == QLatin1String("running"))) {
                    const QString event = status.state == QLatin1String("pending")
                        ? QStringLiteral("enqueue")
                        : QStringLiteral("run");
                    return error(400,
                                 QStringLiteral(
                                     "Cannot transition status via :%1 from :%2 (Reason(s): Status "
                                     "cannot transition via \"%1\")")
                                     .arg(event, status.state));
                }
                break;
            }
        }
        m_statuses.push_back(status);
        return json(QJsonObject {{QStringLiteral("id"), qint64(m_statuses.size()) + 700000000LL},
                                 {QStringLiteral("sha"), status.sha},
                                 {QStringLiteral("ref"), QJsonValue::Null},
                                 {QStringLiteral("status"), status.state},
                                 {QStringLiteral("name"), status.context},
                                 {QStringLiteral("target_url"),
                                  status.targetUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(status.targetUrl)},
                                 {QStringLiteral("description"),
                                  status.description.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(status.description)},
                                 {QStringLiteral("created_at"), QLatin1String(kTimestamp)},
                                 {QStringLiteral("started_at"), QJsonValue::Null},
                                 {QStringLiteral("finished_at"), QJsonValue::Null},
                                 {QStringLiteral("allow_failure"), false},
                                 {QStringLiteral("coverage"), QJsonValue::Null},
                                 {QStringLiteral("author"), user(QStringLiteral("tidemark-bot"))}},
                    201);
    }
    return json(QJsonObject {{QStringLiteral("error"), QStringLiteral("404 Not Found")}}, 404);
}

} // namespace tidemark::test
