#include "cloud/dbt_cloud_client.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace tidemark::cloud {

namespace {

constexpr int kPageSize = 100; // dbt Cloud's largest page
constexpr int kMaxRunsPerQuery = 100000; // bounds runs() however large a limit it is given
constexpr int kCauseMaxLength = 255;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<qint64> readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        if (id == -1 && value.toDouble() != -1.0)
            return std::nullopt; // not a whole number
        return id;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return id;
    }
    return std::nullopt;
}

qint64 readInt(const QJsonValue &value)
{
    return readId(value).value_or(0);
}

QString readString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

RunTrigger parseTrigger(const QJsonObject &o)
{
    RunTrigger t;
    t.id = readInt(o.value(QLatin1String("id")));
    t.cause = readString(o.value(QLatin1String("cause")));
    t.causeCategory = readString(o.value(QLatin1String("cause_category")));
    t.gitSha = readString(o.value(QLatin1String("git_sha")));
    t.gitBranch = readString(o.value(QLatin1String("git_branch")));
    t.githubPullRequestId = readId(o.value(QLatin1String("github_pull_request_id")));
    t.gitlabMergeRequestId = readId(o.value(QLatin1String("gitlab_merge_request_id")));
    t.azurePullRequestId = readId(o.value(QLatin1String("azure_pull_request_id")));
    t.schemaOverride = readString(o.value(QLatin1String("schema_override")));
    return t;
}

Run parseRun(const QJsonObject &o)
{
    Run r;
    r.id = readInt(o.value(QLatin1String("id")));
    r.accountId = readInt(o.value(QLatin1String("account_id")));
    r.projectId = readInt(o.value(QLatin1String("project_id")));
    r.environmentId = readInt(o.value(QLatin1String("environment_id")));
    r.jobDefinitionId = readInt(o.value(QLatin1String("job_definition_id")));
    if (r.jobDefinitionId == 0)
        r.jobDefinitionId = readInt(o.value(QLatin1String("job_id")));
    r.triggerId = readInt(o.value(QLatin1String("trigger_id")));
    r.statusCode = int(readInt(o.value(QLatin1String("status"))));
    r.status = runStatusFromCode(r.statusCode);
    r.statusHumanized = readString(o.value(QLatin1String("status_humanized")));
    r.statusMessage = readString(o.value(QLatin1String("status_message")));
    r.dbtVersion = readString(o.value(QLatin1String("dbt_version")));
    r.gitSha = readString(o.value(QLatin1String("git_sha")));
    r.gitBranch = readString(o.value(QLatin1String("git_branch")));
    r.artifactsSaved = o.value(QLatin1String("artifacts_saved")).toBool(false);
    r.hasDocsGenerated = o.value(QLatin1String("has_docs_generated")).toBool(false);
    r.createdAt = parseTimestamp(readString(o.value(QLatin1String("created_at"))));
    r.updatedAt = parseTimestamp(readString(o.value(QLatin1String("updated_at"))));
    r.startedAt = parseTimestamp(readString(o.value(QLatin1String("started_at"))));
    r.finishedAt = parseTimestamp(readString(o.value(QLatin1String("finished_at"))));
    r.href = readString(o.value(QLatin1String("href")));
    const QJsonValue trigger = o.value(QLatin1String("trigger"));
    if (trigger.isObject())
        r.trigger = parseTrigger(trigger.toObject());
    return r;
}

Job parseJob(const QJsonObject &o)
{
    Job j;
    j.id = readInt(o.value(QLatin1String("id")));
    j.accountId = readInt(o.value(QLatin1String("account_id")));
    j.projectId = readInt(o.value(QLatin1String("project_id")));
    j.environmentId = readInt(o.value(QLatin1String("environment_id")));
    j.name = readString(o.value(QLatin1String("name")));
    j.description = readString(o.value(QLatin1String("description")));
    j.jobType = readString(o.value(QLatin1String("job_type")));
    const QJsonArray steps = o.value(QLatin1String("execute_steps")).toArray();
    for (const QJsonValue &step : steps)
        j.executeSteps.append(readString(step));
    j.dbtVersion = readString(o.value(QLatin1String("dbt_version")));
    if (const std::optional<qint64> state = readId(o.value(QLatin1String("state"))))
        j.state = int(*state);
    j.deferringJobDefinitionId = readId(o.value(QLatin1String("deferring_job_definition_id")));
    j.deferringEnvironmentId = readId(o.value(QLatin1String("deferring_environment_id")));
    j.createdAt = parseTimestamp(readString(o.value(QLatin1String("created_at"))));
    j.updatedAt = parseTimestamp(readString(o.value(QLatin1String("updated_at"))));

    // job_type says it on current accounts; older jobs only have the webhook triggers (a merge job
    // is started by the Git provider too, but on merge, not for pull requests).
    const QJsonObject triggers = o.value(QLatin1String("triggers")).toObject();
    const bool onMerge = triggers.value(QLatin1String("on_merge")).toBool(false);
    if (j.jobType == QLatin1String("ci"))
        j.isCi = true;
    else if (j.jobType == QLatin1String("merge") || onMerge)
        j.isCi = false;
    else
        j.isCi = triggers.value(QLatin1String("github_webhook")).toBool(false)
            || triggers.value(QLatin1String("git_provider_webhook")).toBool(false);
    return j;
}

// The start of a body for messages: printable, on one line, short.
QString firstBytes(const QByteArray &body)
{
    if (body.isEmpty())
        return Tr::tr("an empty body");
    constexpr qsizetype shown = 60;
    QString text = QString::fromUtf8(body.left(shown));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (body.size() > shown)
        text += QStringLiteral("…");
    return QStringLiteral("\"%1\"").arg(text);
}

// status.user_message of an error envelope, when the body is one.
QString userMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QString message = doc.object()
                                .value(QLatin1String("status"))
                                .toObject()
                                .value(QLatin1String("user_message"))
                                .toString();
    QString simplified = message.simplified();
    if (simplified.size() > 200)
        simplified = simplified.left(200) + QStringLiteral("…");
    return simplified;
}

QString encodePathSegment(qint64 id)
{
    return QString::number(id);
}

} // namespace

DbtCloudClient::DbtCloudClient(net::HttpClient &http, const QString &accessUrl,
                               const QString &token)
    : DbtCloudClient(http, accessUrl, token, Options {})
{
}

DbtCloudClient::DbtCloudClient(net::HttpClient &http, const QString &accessUrl,
                               const QString &token, Options options)
    : m_http(http)
    , m_options(options)
{
    Expected<QUrl> base = normalizeAccessUrl(accessUrl);
    if (!base) {
        m_configError = base.error();
        return;
    }
    m_base = *base;

    QString t = token.trimmed();
    for (const QLatin1String prefix : {QLatin1String("Token "), QLatin1String("Bearer ")}) {
        if (t.startsWith(prefix, Qt::CaseInsensitive))
            t = t.mid(prefix.size()).trimmed();
    }
    if (t.isEmpty()) {
        m_configError = Error {
            Tr::tr("no dbt Cloud token is set: create a service token (or a personal access token) "
                   "in dbt Cloud's account settings and enter it in the integration's settings "
                   "or TIDEMARK_DBT_CLOUD_TOKEN")};
        return;
    }
    for (const QChar c : std::as_const(t)) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f) {
            m_configError = Error {
                Tr::tr("the dbt Cloud token contains spaces or characters a token cannot have: "
                       "copy the token from dbt Cloud again")};
            return;
        }
    }
    m_token = t.toLatin1();
}

Expected<QUrl> DbtCloudClient::normalizeAccessUrl(const QString &accessUrl)
{
    QString text = accessUrl.trimmed();
    if (text.isEmpty()) {
        return Error {Tr::tr(
            "no dbt Cloud access URL is set: enter your account's access URL from dbt Cloud's "
            "Account settings, e.g. https://cloud.getdbt.com or "
            "https://ACCOUNT_PREFIX.us1.dbt.com")};
    }
    if (!text.contains(QLatin1String("://")))
        text = QStringLiteral("https://") + text;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error {Tr::tr("the dbt Cloud access URL \"%1\" is not a valid URL: enter it as "
                             "https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com")
                          .arg(accessUrl.trimmed())};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return Error {
            Tr::tr("the dbt Cloud access URL \"%1\" must start with https://: enter it as "
                   "https://cloud.getdbt.com or https://ACCOUNT_PREFIX.us1.dbt.com")
                .arg(accessUrl.trimmed())};
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Error {Tr::tr("the dbt Cloud access URL \"%1\" must use https:// (plain http is "
                             "accepted only for "
                             "127.0.0.1 or localhost, such as a local proxy)")
                          .arg(accessUrl.trimmed())};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Error {
            Tr::tr(
                "the dbt Cloud access URL \"%1\" must be only the scheme and host, without a path, "
                "query or user name: enter it as https://cloud.getdbt.com or "
                "https://ACCOUNT_PREFIX.us1.dbt.com")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo))};
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

QUrl DbtCloudClient::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_base;
    u.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

Error DbtCloudClient::error(const QString &message) const
{
    QString scrubbed = message;
    if (m_token.size()
        >= 8) // real tokens are far longer; a shorter one would blot out ordinary words
        scrubbed.replace(QString::fromLatin1(m_token), QStringLiteral("***"));
    return Error {scrubbed};
}

QString DbtCloudClient::notJson(const net::HttpResponse &response, const QString &what) const
{
    return Tr::tr(
               "dbt Cloud at %1 answered the request for %2 with something that is not JSON (%3): "
               "check that "
               "the access URL is your dbt Cloud account's and that no proxy or login page is in "
               "the way")
        .arg(net::hostOf(m_base), what, firstBytes(response.body));
}

Expected<net::HttpResponse> DbtCloudClient::send(const QByteArray &method, const QUrl &requestUrl,
                                                 const QString &what, const QByteArray &body)
{
    if (m_configError)
        return *m_configError;

    net::HttpRequest request;
    request.method = method;
    request.url = requestUrl;
    request.timeoutMs = m_options.timeoutMs;
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Token ") + m_token});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!body.isEmpty())
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;

    Expected<net::HttpResponse> sent = m_http.send(request);
    if (!sent)
        return error(
            Tr::tr("dbt Cloud could not be asked for %1: %2").arg(what, sent.errorMessage()));
    const net::HttpResponse &response = *sent;
    const int status = response.status;
    if (status >= 200 && status < 300)
        return sent;

    const QString host = net::hostOf(m_base);
    const QString said = userMessage(response.body);
    const QString quoted = said.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(said);
    if (status == 401) {
        return error(
            Tr::tr(
                "dbt Cloud rejected the token (401) at %1: the token is wrong or expired, or the "
                "access URL "
                "is not your account's (cell-based accounts use "
                "https://ACCOUNT_PREFIX.us1.dbt.com)")
                .arg(host));
    }
    if (status == 403) {
        return error(
            Tr::tr(
                "dbt Cloud refused access to %1 (403%2) at %3: the token lacks permission for it; "
                "use a "
                "token whose permission set allows it (reading jobs, runs and artifacts needs e.g. "
                "Read-only or Account Viewer, triggering and cancelling runs needs Job Admin)")
                .arg(what, quoted, host));
    }
    if (status == 404) {
        return error(
            Tr::tr(
                "dbt Cloud could not find %1 (404%2) at %3: check the id, and that the token has "
                "permission to see it")
                .arg(what, quoted, host));
    }
    if (status == 429) {
        const QByteArray retryAfter = response.header("retry-after").trimmed();
        const QString wait = retryAfter.isEmpty()
            ? QString()
            : Tr::tr(" (it asks to wait %1 s)")
                  .arg(QString::fromLatin1(retryAfter).simplified().left(40));
        return error(
            Tr::tr("dbt Cloud kept answering 429 Too Many Requests%1 for %2 at %3 after "
                   "retries: the account "
                   "is over its API rate limit (5,000 requests a minute, then a five-minute "
                   "cooldown); try "
                   "again in a few minutes")
                .arg(wait, what, host));
    }
    if (status >= 500 || status == 408) {
        return error(
            Tr::tr(
                "dbt Cloud kept answering HTTP %1%2 for %3 at %4 after retries: the service has a "
                "problem; try again later (see https://status.getdbt.com)")
                .arg(QString::number(status), quoted, what, host));
    }
    return error(
        Tr::tr("dbt Cloud refused the request for %1 with HTTP %2%3 at %4: check the access "
               "URL and the "
               "ids in the integration's settings")
            .arg(what, QString::number(status), quoted, host));
}

Expected<DbtCloudClient::Page> DbtCloudClient::sendForEnvelope(const QByteArray &method,
                                                               const QUrl &requestUrl,
                                                               const QString &what,
                                                               const QByteArray &body)
{
    Expected<net::HttpResponse> sent = send(method, requestUrl, what, body);
    if (!sent)
        return sent.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(sent->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(notJson(*sent, what));
    if (!doc.isObject() || !doc.object().contains(QLatin1String("data"))) {
        return error(
            Tr::tr("dbt Cloud at %1 answered the request for %2 with JSON that is not the expected "
                   "{status, data} envelope (%3): check that the access URL is your dbt Cloud "
                   "account's")
                .arg(net::hostOf(m_base), what, firstBytes(sent->body)));
    }
    const QJsonObject root = doc.object();
    Page page;
    page.data = root.value(QLatin1String("data"));
    const QJsonObject pagination = root.value(QLatin1String("extra"))
                                       .toObject()
                                       .value(QLatin1String("pagination"))
                                       .toObject();
    page.totalCount = readId(pagination.value(QLatin1String("total_count")));
    return page;
}

Expected<Run> DbtCloudClient::sendForRun(const QByteArray &method, const QUrl &requestUrl,
                                         const QString &what, const QByteArray &body)
{
    Expected<Page> page = sendForEnvelope(method, requestUrl, what, body);
    if (!page)
        return page.error();
    const QJsonObject data = page->data.toObject();
    if (!page->data.isObject() || !readId(data.value(QLatin1String("id")))) {
        return error(
            Tr::tr("dbt Cloud at %1 answered the request for %2 with JSON whose \"data\" is "
                   "not a run: check "
                   "that the access URL is your dbt Cloud account's")
                .arg(net::hostOf(m_base), what));
    }
    return parseRun(data);
}

Expected<std::vector<Account>> DbtCloudClient::accounts()
{
    // The v2 accounts list takes no limit/offset: one answer holds them all.
    const QString what = Tr::tr("the accounts list");
    Expected<Page> page = sendForEnvelope("GET", url(QStringLiteral("/api/v2/accounts/")), what);
    if (!page)
        return page.error();
    if (!page->data.isArray()) {
        return error(
            Tr::tr("dbt Cloud at %1 answered the request for %2 with JSON whose \"data\" is "
                   "not a list: check "
                   "that the access URL is your dbt Cloud account's")
                .arg(net::hostOf(m_base), what));
    }
    std::vector<Account> out;
    const QJsonArray items = page->data.toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        out.push_back(Account {readInt(o.value(QLatin1String("id"))),
                               readString(o.value(QLatin1String("name")))});
    }
    return out;
}

Expected<DbtCloudClient::Page> DbtCloudClient::getListPage(const QUrl &pageUrl, const QString &what)
{
    Expected<Page> page = sendForEnvelope("GET", pageUrl, what);
    if (!page)
        return page.error();
    if (!page->data.isArray()) {
        return error(Tr::tr("dbt Cloud at %1 answered the request for %2 with JSON whose \"data\" "
                            "is not a list: "
                            "check that the access URL is your dbt Cloud account's")
                         .arg(net::hostOf(m_base), what));
    }
    return page;
}

Expected<std::vector<Job>> DbtCloudClient::jobs(qint64 accountId, std::optional<qint64> projectId)
{
    const QString what = Tr::tr("the jobs of account %1").arg(accountId);
    const QString path
        = QStringLiteral("/api/v2/accounts/%1/jobs/").arg(encodePathSegment(accountId));
    std::vector<Job> out;
    QSet<qint64> seen;
    qint64 offset = 0;
    for (int pageIndex = 0; pageIndex < std::max(1, m_options.maxListPages); ++pageIndex) {
        QUrlQuery query;
        if (projectId)
            query.addQueryItem(QStringLiteral("project_id"), QString::number(*projectId));
        query.addQueryItem(QStringLiteral("order_by"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
        Expected<Page> page = getListPage(url(path, query), what);
        if (!page)
            return page.error();
        const QJsonArray items = page->data.toArray();
        for (const QJsonValue &item : items) {
            Job job = parseJob(item.toObject());
            if (!seen.contains(job.id)) {
                seen.insert(job.id);
                out.push_back(std::move(job));
            }
        }
        offset += items.size();
        if (items.size() < kPageSize || (page->totalCount && offset >= *page->totalCount))
            break;
    }
    return out;
}

Expected<std::vector<Run>> DbtCloudClient::runs(qint64 accountId, const RunQuery &runQuery)
{
    const QString what = runQuery.jobDefinitionId
        ? Tr::tr("the runs of job %1 (account %2)").arg(*runQuery.jobDefinitionId).arg(accountId)
        : Tr::tr("the runs of account %1").arg(accountId);
    const QString path
        = QStringLiteral("/api/v2/accounts/%1/runs/").arg(encodePathSegment(accountId));
    const qsizetype wanted = std::clamp(runQuery.limit, 1, kMaxRunsPerQuery);
    std::vector<Run> out;
    QSet<qint64> seen;
    qint64 offset = std::max(0, runQuery.offset);
    // Every page but the last adds runs, so this bound is never what stops a well-behaved server.
    const int maxPages = int(wanted / kPageSize) + 2;
    for (int pageIndex = 0; pageIndex < maxPages && qsizetype(out.size()) < wanted; ++pageIndex) {
        const int pageLimit = int(std::min<qsizetype>(kPageSize, wanted - qsizetype(out.size())));
        QUrlQuery query;
        if (runQuery.jobDefinitionId)
            query.addQueryItem(QStringLiteral("job_definition_id"),
                               QString::number(*runQuery.jobDefinitionId));
        if (runQuery.statuses.size() == 1) {
            query.addQueryItem(QStringLiteral("status"),
                               QString::number(int(runQuery.statuses.front())));
        } else if (runQuery.statuses.size() > 1) {
            QStringList codes;
            for (const RunStatus s : runQuery.statuses)
                codes.append(QString::number(int(s)));
            // As dbtc sends it: a JSON list.
            query.addQueryItem(QStringLiteral("status__in"),
                               QStringLiteral("[%1]").arg(codes.join(QStringLiteral(", "))));
        }
        if (!runQuery.orderBy.isEmpty())
            query.addQueryItem(QStringLiteral("order_by"), runQuery.orderBy);
        if (runQuery.includeTrigger)
            query.addQueryItem(QStringLiteral("include_related"), QStringLiteral("trigger"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
        query.addQueryItem(QStringLiteral("offset"), QString::number(offset));

        Expected<Page> page = getListPage(url(path, query), what);
        if (!page)
            return page.error();
        const QJsonArray items = page->data.toArray();
        if (items.isEmpty())
            break;
        for (const QJsonValue &item : items) {
            if (qsizetype(out.size()) >= wanted)
                break;
            Run r = parseRun(item.toObject());
            // Runs started while paging newest first push older ones onto the next page: skip
            // repeats.
            if (!seen.contains(r.id)) {
                seen.insert(r.id);
                out.push_back(std::move(r));
            }
        }
        offset += items.size();
        if (items.size() < pageLimit || (page->totalCount && offset >= *page->totalCount))
            break;
    }
    return out;
}

Expected<Run> DbtCloudClient::run(qint64 accountId, qint64 runId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include_related"), QStringLiteral("trigger"));
    return sendForRun("GET",
                      url(QStringLiteral("/api/v2/accounts/%1/runs/%2/")
                              .arg(encodePathSegment(accountId), encodePathSegment(runId)),
                          query),
                      Tr::tr("run %1 of account %2").arg(runId).arg(accountId));
}

Expected<QByteArray> DbtCloudClient::artifact(qint64 accountId, qint64 runId,
                                              const QString &artifactPath)
{
    QString cleaned = artifactPath.trimmed();
    while (cleaned.startsWith(QLatin1Char('/')))
        cleaned.remove(0, 1);
    const QStringList segments = cleaned.split(QLatin1Char('/'));
    QStringList encoded;
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..")
            || segment.contains(QLatin1Char('\\'))) {
            return error(Tr::tr("the dbt Cloud artifact path \"%1\" is not a file under the run's "
                                "target/ folder: use a "
                                "path such as manifest.json or run_results.json")
                             .arg(artifactPath));
        }
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    }
    const QString what
        = Tr::tr("artifact %1 of run %2 (account %3)").arg(cleaned).arg(runId).arg(accountId);
    Expected<net::HttpResponse> sent
        = send("GET",
               url(QStringLiteral("/api/v2/accounts/%1/runs/%2/artifacts/%3")
                       .arg(encodePathSegment(accountId), encodePathSegment(runId),
                            encoded.join(QLatin1Char('/')))),
               what);
    if (!sent)
        return sent.error();
    // The artifact is the raw file, not an envelope. A JSON artifact must at least start like one
    // (an HTML login or proxy page must not reach the manifest loader as "a manifest").
    if (cleaned.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        const QByteArray start = sent->body.left(256).trimmed();
        if (start.isEmpty() || (start.front() != '{' && start.front() != '['))
            return error(notJson(*sent, what));
    }
    return std::move(sent->body);
}

Expected<Run> DbtCloudClient::triggerRun(qint64 accountId, qint64 jobId,
                                         const TriggerRequest &request)
{
    QJsonObject payload;
    QString cause = request.cause.simplified();
    if (cause.isEmpty())
        cause = QStringLiteral("Triggered by Tidemark");
    payload.insert(QStringLiteral("cause"), cause.left(kCauseMaxLength));
    if (!request.gitSha.trimmed().isEmpty())
        payload.insert(QStringLiteral("git_sha"), request.gitSha.trimmed());
    if (!request.gitBranch.trimmed().isEmpty())
        payload.insert(QStringLiteral("git_branch"), request.gitBranch.trimmed());
    if (request.githubPullRequestId)
        payload.insert(QStringLiteral("github_pull_request_id"), *request.githubPullRequestId);
    if (request.gitlabMergeRequestId)
        payload.insert(QStringLiteral("gitlab_merge_request_id"), *request.gitlabMergeRequestId);
    if (!request.schemaOverride.trimmed().isEmpty())
        payload.insert(QStringLiteral("schema_override"), request.schemaOverride.trimmed());
    if (!request.stepsOverride.isEmpty())
        payload.insert(QStringLiteral("steps_override"),
                       QJsonArray::fromStringList(request.stepsOverride));
    return sendForRun("POST",
                      url(QStringLiteral("/api/v2/accounts/%1/jobs/%2/run/")
                              .arg(encodePathSegment(accountId), encodePathSegment(jobId))),
                      Tr::tr("job %1 of account %2 (to trigger a run)").arg(jobId).arg(accountId),
                      QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Expected<Run> DbtCloudClient::cancelRun(qint64 accountId, qint64 runId)
{
    return sendForRun("POST",
                      url(QStringLiteral("/api/v2/accounts/%1/runs/%2/cancel/")
                              .arg(encodePathSegment(accountId), encodePathSegment(runId))),
                      Tr::tr("run %1 of account %2 (to cancel it)").arg(runId).arg(accountId));
}

} // namespace tidemark::cloud
