#include "support/fake_dbt_cloud.h"

#include "support/test_support.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <future>

namespace tidemark::test {

namespace {

QByteArray readFixture(const QString &relative)
{
    QFile file(fixturesDir() + QStringLiteral("/dbt-cloud-api/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("FakeDbtCloud: cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject readFixtureObject(const QString &relative)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFixture(relative), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("FakeDbtCloud: the fixture %s is not a JSON object", qPrintable(relative));
    return doc.object();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullable(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString humanized(int status)
{
    switch (status) {
    case 1: return QStringLiteral("Queued");
    case 2: return QStringLiteral("Starting");
    case 3: return QStringLiteral("Running");
    case 10: return QStringLiteral("Success");
    case 20: return QStringLiteral("Error");
    case 30: return QStringLiteral("Cancelled");
    default: return QStringLiteral("Unknown");
    }
}

// dbt Cloud writes run timestamps with a space and microseconds ("2021-12-07
// 10:32:24.326116+00:00").
QString timestamp(const QDateTime &when, bool iso)
{
    return when.toString(iso ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                             : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral("456+00:00");
}

std::optional<qint64> queryInt(const QUrlQuery &query, const QString &key)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(key, QUrl::FullyDecoded).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

const char *kSignInPage
    = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Sign in | dbt</title></head>"
      "<body><form action=\"/login/\"><input name=\"email\"></form></body></html>\n";

} // namespace

QByteArray FakeDbtCloud::Request::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString FakeDbtCloud::Request::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

FakeDbtCloud::FakeDbtCloud(const QByteArray &token)
    : m_token(token)
{
    const QJsonObject accounts
        = readFixtureObject(QStringLiteral("data-mie-dbt-cloud-cli/account_list_response.json"));
    m_statusOk = accounts.value(QLatin1String("status")).toObject();
    m_accountTemplate = accounts.value(QLatin1String("data")).toArray().at(0).toObject();
    m_jobTemplate
        = readFixtureObject(QStringLiteral("data-mie-dbt-cloud-cli/job_list_response.json"))
              .value(QLatin1String("data"))
              .toArray()
              .at(0)
              .toObject();
    m_runTemplate
        = readFixtureObject(QStringLiteral("dagster/run_get_include_related_trigger_job.json"))
              .value(QLatin1String("data"))
              .toObject();
    m_error401
        = readFixture(QStringLiteral("errors/401_invalid_token_kestra_issue101.json")).trimmed();
    m_error403
        = readFixture(QStringLiteral("errors/403_forbidden_tf_provider_test.json")).trimmed();
    m_error404
        = readFixture(QStringLiteral("errors/404_not_found_permissions_tf_provider_test.json"))
              .trimmed();
    m_accounts.emplace_back(m_accountTemplate.value(QLatin1String("id")).toInteger(),
                            m_accountTemplate.value(QLatin1String("name")).toString());

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
        qFatal("FakeDbtCloud: cannot listen on 127.0.0.1");
}

FakeDbtCloud::~FakeDbtCloud()
{
    m_stopping = true;
    m_thread->quit();
    m_thread->wait();
}

QString FakeDbtCloud::accessUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void FakeDbtCloud::setAccounts(const std::vector<std::pair<qint64, QString>> &accounts)
{
    QMutexLocker lock(&m_mutex);
    m_accounts = accounts;
}

void FakeDbtCloud::addJob(const JobSpec &job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.push_back(job);
}

qint64 FakeDbtCloud::addRun(const RunSpec &run)
{
    QMutexLocker lock(&m_mutex);
    RunState state;
    state.spec = run;
    if (state.spec.id == 0)
        state.spec.id = m_nextRunId++;
    state.pollsLeft = run.runningPolls;
    state.currentStatus = run.runningPolls > 0 ? 3 : run.status;
    if (run.status == 30)
        state.statusMessage = QStringLiteral("Cancelled by user.");
    const qint64 id = state.spec.id;
    m_runs[id] = std::move(state);
    return id;
}

void FakeDbtCloud::addRuns(int count, qint64 jobId, qint64 firstId)
{
    for (int i = 0; i < count; ++i) {
        RunSpec spec;
        spec.id = firstId + i;
        spec.jobId = jobId;
        spec.gitSha = QStringLiteral("%1").arg(spec.id, 40, 16, QLatin1Char('0'));
        addRun(spec);
    }
}

void FakeDbtCloud::setRunData(qint64 runId, const QJsonObject &data)
{
    QMutexLocker lock(&m_mutex);
    RunState &state = m_runs[runId];
    state.spec.id = runId;
    state.raw = data;
}

void FakeDbtCloud::setArtifact(qint64 runId, const QString &path, const QByteArray &content)
{
    QMutexLocker lock(&m_mutex);
    m_artifacts[runId][path] = content;
}

bool FakeDbtCloud::setArtifactFile(qint64 runId, const QString &path, const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    setArtifact(runId, path, file.readAll());
    return true;
}

void FakeDbtCloud::setTriggeredRunBehaviour(int polls, int finalStatus)
{
    QMutexLocker lock(&m_mutex);
    m_triggeredPolls = polls;
    m_triggeredFinalStatus = finalStatus;
}

void FakeDbtCloud::setPagination(Pagination mode)
{
    QMutexLocker lock(&m_mutex);
    m_pagination = mode;
}

void FakeDbtCloud::failNext(const QString &pathContains, const Failure &failure, int times)
{
    QMutexLocker lock(&m_mutex);
    m_failures.push_back(FailureRule {pathContains, failure, times});
}

std::vector<FakeDbtCloud::Request> FakeDbtCloud::requests(const QString &pathContains) const
{
    QMutexLocker lock(&m_mutex);
    std::vector<Request> out;
    for (const Request &r : m_requests) {
        if (r.path.contains(pathContains))
            out.push_back(r);
    }
    return out;
}

void FakeDbtCloud::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

std::vector<QJsonObject> FakeDbtCloud::triggerBodies() const
{
    QMutexLocker lock(&m_mutex);
    return m_triggerBodies;
}

std::vector<qint64> FakeDbtCloud::cancelledRuns() const
{
    QMutexLocker lock(&m_mutex);
    return m_cancelled;
}

void FakeDbtCloud::sleepInterruptibly(int ms) const
{
    for (int slept = 0; slept < ms && !m_stopping; slept += 10)
        QThread::msleep(10);
}

FakeDbtCloud::Answer FakeDbtCloud::errorAnswer(int status, const QString &userMessage) const
{
    Answer a;
    a.status = status;
    switch (userMessage.isEmpty() ? status : 0) {
    case 401: a.body = m_error401; break;
    case 403: a.body = m_error403; break;
    case 404: a.body = m_error404; break;
    default: {
        // No real 429 or 5xx body was ever captured: these follow the envelope of the real ones.
        QString message = userMessage;
        if (message.isEmpty()) {
            message = status == 429 ? QStringLiteral("Too many requests.")
                : status == 400     ? QStringLiteral("Bad request.")
                                    : QStringLiteral("Internal server error.");
        }
        const QJsonObject body {{QStringLiteral("status"),
                                 QJsonObject {{QStringLiteral("code"), status},
                                              {QStringLiteral("is_success"), false},
                                              {QStringLiteral("user_message"), message},
                                              {QStringLiteral("developer_message"), QString()}}},
                                {QStringLiteral("data"), QJsonValue::Null}};
        a.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        break;
    }
    }
    return a;
}

FakeDbtCloud::Answer FakeDbtCloud::envelope(const QJsonValue &data, const QJsonObject &extra) const
{
    QJsonObject root {{QStringLiteral("status"), m_statusOk}, {QStringLiteral("data"), data}};
    if (!extra.isEmpty())
        root.insert(QStringLiteral("extra"), extra);
    Answer a;
    a.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return a;
}

QJsonObject FakeDbtCloud::jobJson(const JobSpec &job, qint64 accountId) const
{
    QJsonObject o = m_jobTemplate;
    o.insert(QStringLiteral("id"), job.id);
    o.insert(QStringLiteral("account_id"), accountId);
    o.insert(QStringLiteral("project_id"), job.projectId);
    o.insert(QStringLiteral("environment_id"), job.environmentId);
    o.insert(QStringLiteral("name"), job.name);
    if (job.jobType.isEmpty())
        o.remove(QStringLiteral("job_type"));
    else
        o.insert(QStringLiteral("job_type"), job.jobType);
    QJsonObject triggers = o.value(QLatin1String("triggers")).toObject();
    triggers.insert(QStringLiteral("github_webhook"), job.githubWebhook);
    triggers.insert(QStringLiteral("git_provider_webhook"),
                    job.gitProviderWebhook ? QJsonValue(*job.gitProviderWebhook)
                                           : QJsonValue(QJsonValue::Null));
    if (job.jobType == QLatin1String("ci")) {
        triggers.insert(QStringLiteral("schedule"), false);
        o.insert(QStringLiteral("execute_steps"),
                 QJsonArray {QStringLiteral("dbt build --select state:modified+")});
    }
    o.insert(QStringLiteral("triggers"), triggers);
    return o;
}

QJsonObject FakeDbtCloud::runJson(const RunState &run, bool includeTrigger) const
{
    if (run.raw) {
        QJsonObject raw = *run.raw;
        if (!includeTrigger && raw.contains(QLatin1String("trigger")))
            raw.insert(QStringLiteral("trigger"), QJsonValue::Null);
        return raw;
    }
    const RunSpec &spec = run.spec;
    QJsonObject o = m_runTemplate;
    const int status = run.currentStatus;
    const bool complete = status == 10 || status == 20 || status == 30;
    const QDateTime created
        = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), Qt::UTC).addSecs(spec.id % 1000000);
    o.insert(QStringLiteral("id"), spec.id);
    o.insert(QStringLiteral("job_definition_id"), spec.jobId);
    o.insert(QStringLiteral("job_id"), spec.jobId);
    o.insert(QStringLiteral("account_id"),
             m_accounts.empty() ? qint64(1) : m_accounts.front().first);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("status_humanized"), humanized(status));
    o.insert(QStringLiteral("status_message"), nullable(run.statusMessage));
    o.insert(QStringLiteral("in_progress"), !complete);
    o.insert(QStringLiteral("is_complete"), complete);
    o.insert(QStringLiteral("is_success"), status == 10);
    o.insert(QStringLiteral("is_error"), status == 20);
    o.insert(QStringLiteral("is_cancelled"), status == 30);
    o.insert(QStringLiteral("git_sha"), nullable(spec.gitSha));
    o.insert(QStringLiteral("git_branch"), nullable(spec.gitBranch));
    o.insert(QStringLiteral("created_at"), timestamp(created, spec.isoTimestamps));
    o.insert(QStringLiteral("updated_at"), timestamp(created.addSecs(60), spec.isoTimestamps));
    o.insert(QStringLiteral("finished_at"),
             complete ? QJsonValue(timestamp(created.addSecs(60), spec.isoTimestamps))
                      : QJsonValue(QJsonValue::Null));
    o.insert(
        QStringLiteral("href"),
        QStringLiteral("https://cloud.getdbt.com/deploy/1/projects/50000/runs/%1/").arg(spec.id));
    o.insert(QStringLiteral("job"), QJsonValue::Null);
    if (includeTrigger) {
        QJsonObject trigger = m_runTemplate.value(QLatin1String("trigger")).toObject();
        trigger.insert(QStringLiteral("job_definition_id"), spec.jobId);
        trigger.insert(QStringLiteral("cause"), spec.cause);
        trigger.insert(QStringLiteral("cause_humanized"), spec.cause);
        trigger.insert(QStringLiteral("git_sha"),
                       nullable(spec.triggerGitSha.value_or(spec.gitSha)));
        trigger.insert(QStringLiteral("git_branch"), nullable(spec.gitBranch));
        trigger.insert(QStringLiteral("github_pull_request_id"),
                       nullable(spec.githubPullRequestId));
        trigger.insert(QStringLiteral("gitlab_merge_request_id"),
                       nullable(spec.gitlabMergeRequestId));
        trigger.insert(QStringLiteral("schema_override"), nullable(spec.schemaOverride));
        o.insert(QStringLiteral("trigger"), trigger);
    } else {
        o.insert(QStringLiteral("trigger"), QJsonValue::Null);
    }
    return o;
}

void FakeDbtCloud::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &responder)
{
    Request request;
    switch (httpRequest.method()) {
    case QHttpServerRequest::Method::Get: request.method = "GET"; break;
    case QHttpServerRequest::Method::Post: request.method = "POST"; break;
    case QHttpServerRequest::Method::Put: request.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: request.method = "DELETE"; break;
    default: request.method = "OTHER"; break;
    }
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();

    std::optional<Failure> failure;
    Answer answer;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.push_back(request);
        for (FailureRule &rule : m_failures) {
            if (rule.remaining > 0 && request.path.contains(rule.pathContains)) {
                --rule.remaining;
                failure = rule.failure;
                break;
            }
        }
        if (failure && failure->mode == Failure::Mode::Status) {
            answer = errorAnswer(failure->status, failure->userMessage);
            if (failure->retryAfterSeconds >= 0)
                answer.headers.append({QByteArrayLiteral("Retry-After"),
                                       QByteArray::number(failure->retryAfterSeconds)});
        } else if (!failure || failure->mode != Failure::Mode::Slow) {
            answer = route(request);
        }
    }
    if (failure && failure->mode == Failure::Mode::Slow) {
        sleepInterruptibly(failure->delayMs);
        QMutexLocker lock(&m_mutex);
        answer = route(request);
    }

    bool truncate = false;
    if (failure) {
        switch (failure->mode) {
        case Failure::Mode::TruncatedBody: truncate = true; break;
        case Failure::Mode::CutJson: answer.body = answer.body.left(answer.body.size() / 2); break;
        case Failure::Mode::NotJson:
            answer.status = 200;
            answer.body = kSignInPage;
            answer.contentType = "text/html; charset=utf-8";
            break;
        case Failure::Mode::Status:
        case Failure::Mode::Slow: break;
        }
    }

    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    for (const auto &[k, v] : std::as_const(answer.headers))
        responder.writeHeader(k, v);
    if (truncate) {
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

FakeDbtCloud::Answer FakeDbtCloud::route(const Request &request)
{
    if (request.header("Authorization") != QByteArrayLiteral("Token ") + m_token)
        return errorAnswer(401);

    static const QRegularExpression accountsPath(QStringLiteral("^/api/v2/accounts/$"));
    static const QRegularExpression accountPath(QStringLiteral("^/api/v2/accounts/(\\d+)/(.*)$"));
    if (accountsPath.match(request.path).hasMatch() && request.method == "GET") {
        QJsonArray data;
        for (const auto &[id, name] : m_accounts) {
            QJsonObject o = m_accountTemplate;
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("name"), name);
            data.append(o);
        }
        const QJsonObject extra {{QStringLiteral("filters"), QJsonObject {}},
                                 {QStringLiteral("order_by"), QJsonValue::Null},
                                 {QStringLiteral("pagination"),
                                  QJsonObject {{QStringLiteral("count"), data.size()},
                                               {QStringLiteral("total_count"), data.size()}}}};
        return envelope(data, extra);
    }
    const QRegularExpressionMatch account = accountPath.match(request.path);
    if (!account.hasMatch())
        return errorAnswer(404);
    const qint64 accountId = account.captured(1).toLongLong();
    if (std::none_of(m_accounts.begin(), m_accounts.end(),
                     [&](const auto &a) { return a.first == accountId; }))
        return errorAnswer(404);
    const QString rest = account.captured(2);

    static const QRegularExpression jobRunPath(QStringLiteral("^jobs/(\\d+)/run/$"));
    static const QRegularExpression runPath(QStringLiteral("^runs/(\\d+)/$"));
    static const QRegularExpression cancelPath(QStringLiteral("^runs/(\\d+)/cancel/$"));
    static const QRegularExpression artifactsPath(QStringLiteral("^runs/(\\d+)/artifacts/(.*)$"));

    auto pageOf = [&](const QJsonArray &all, qint64 offset, qint64 limit, const QString &orderBy) {
        QJsonArray page;
        for (qint64 i = offset; i < all.size() && i < offset + limit; ++i)
            page.append(all.at(i));
        QJsonObject filters {{QStringLiteral("limit"), limit},
                             {QStringLiteral("offset"), offset},
                             {QStringLiteral("account_id"), accountId}};
        QJsonObject extra {
            {QStringLiteral("filters"), filters},
            {QStringLiteral("order_by"),
             orderBy.isEmpty() ? QJsonValue(QStringLiteral("id")) : QJsonValue(orderBy)}};
        switch (m_pagination) {
        case Pagination::Normal:
            extra.insert(QStringLiteral("pagination"),
                         QJsonObject {{QStringLiteral("count"), page.size()},
                                      {QStringLiteral("total_count"), all.size()}});
            break;
        case Pagination::InflatedTotal:
            extra.insert(QStringLiteral("pagination"),
                         QJsonObject {{QStringLiteral("count"), page.size()},
                                      {QStringLiteral("total_count"), 1000000}});
            break;
        case Pagination::NoExtra: extra = {}; break;
        }
        return envelope(page, extra);
    };
    auto limits = [&](qint64 &offset, qint64 &limit) -> std::optional<Answer> {
        offset = queryInt(request.query, QStringLiteral("offset")).value_or(0);
        limit = queryInt(request.query, QStringLiteral("limit")).value_or(100);
        if (limit < 1 || limit > 100 || offset < 0)
            return errorAnswer(400);
        return std::nullopt;
    };

    if (rest == QLatin1String("jobs/") && request.method == "GET") {
        qint64 offset = 0;
        qint64 limit = 0;
        if (std::optional<Answer> bad = limits(offset, limit))
            return *bad;
        const std::optional<qint64> project = queryInt(request.query, QStringLiteral("project_id"));
        std::vector<JobSpec> jobs = m_jobs;
        std::sort(jobs.begin(), jobs.end(),
                  [](const JobSpec &a, const JobSpec &b) { return a.id < b.id; });
        QJsonArray all;
        for (const JobSpec &job : jobs) {
            if (!project || job.projectId == *project)
                all.append(jobJson(job, accountId));
        }
        return pageOf(all, offset, limit, request.queryValue(QStringLiteral("order_by")));
    }
    if (const QRegularExpressionMatch m = jobRunPath.match(rest);
        m.hasMatch() && request.method == "POST") {
        const qint64 jobId = m.captured(1).toLongLong();
        if (std::none_of(m_jobs.begin(), m_jobs.end(),
                         [&](const JobSpec &j) { return j.id == jobId; }))
            return errorAnswer(404);
        QJsonParseError parseError;
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject()
            || body.object().value(QLatin1String("cause")).toString().isEmpty())
            return errorAnswer(400);
        const QJsonObject posted = body.object();
        m_triggerBodies.push_back(posted);
        RunState state;
        state.spec.id = m_nextRunId++;
        state.spec.jobId = jobId;
        state.spec.cause = posted.value(QLatin1String("cause")).toString();
        state.spec.gitSha = posted.value(QLatin1String("git_sha")).toString();
        state.spec.gitBranch = posted.value(QLatin1String("git_branch")).toString();
        if (posted.contains(QLatin1String("github_pull_request_id")))
            state.spec.githubPullRequestId
                = posted.value(QLatin1String("github_pull_request_id")).toInteger();
        if (posted.contains(QLatin1String("gitlab_merge_request_id")))
            state.spec.gitlabMergeRequestId
                = posted.value(QLatin1String("gitlab_merge_request_id")).toInteger();
        state.spec.schemaOverride = posted.value(QLatin1String("schema_override")).toString();
        state.spec.status = m_triggeredFinalStatus;
        state.spec.runningPolls = m_triggeredPolls;
        state.pollsLeft = m_triggeredPolls;
        state.currentStatus = 1; // the trigger answers a queued run
        const qint64 id = state.spec.id;
        const QJsonObject answer = runJson(state, false);
        if (state.pollsLeft == 0)
            state.currentStatus = m_triggeredFinalStatus;
        m_runs[id] = std::move(state);
        return envelope(answer);
    }
    if (rest == QLatin1String("runs/") && request.method == "GET") {
        qint64 offset = 0;
        qint64 limit = 0;
        if (std::optional<Answer> bad = limits(offset, limit))
            return *bad;
        const std::optional<qint64> job
            = queryInt(request.query, QStringLiteral("job_definition_id"));
        const std::optional<qint64> status = queryInt(request.query, QStringLiteral("status"));
        QList<qint64> statusIn;
        if (request.query.hasQueryItem(QStringLiteral("status__in"))) {
            QString list = request.queryValue(QStringLiteral("status__in"));
            list.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                statusIn.append(part.trimmed().toLongLong());
        }
        const QString orderBy = request.queryValue(QStringLiteral("order_by"));
        const bool includeTrigger = request.queryValue(QStringLiteral("include_related"))
                                        .split(QLatin1Char(','))
                                        .contains(QStringLiteral("trigger"));
        std::vector<const RunState *> runs;
        for (const auto &[id, run] : m_runs) {
            if (job && run.spec.jobId != *job)
                continue;
            if (status && run.currentStatus != *status)
                continue;
            if (!statusIn.isEmpty() && !statusIn.contains(run.currentStatus))
                continue;
            runs.push_back(&run);
        }
        if (orderBy.startsWith(QLatin1Char('-')))
            std::reverse(runs.begin(), runs.end()); // m_runs is ordered by id
        QJsonArray all;
        for (const RunState *run : runs)
            all.append(runJson(*run, includeTrigger));
        return pageOf(all, offset, limit, orderBy);
    }
    if (const QRegularExpressionMatch m = runPath.match(rest);
        m.hasMatch() && request.method == "GET") {
        auto it = m_runs.find(m.captured(1).toLongLong());
        if (it == m_runs.end())
            return errorAnswer(404);
        RunState &run = it->second;
        const bool includeTrigger = request.queryValue(QStringLiteral("include_related"))
                                        .split(QLatin1Char(','))
                                        .contains(QStringLiteral("trigger"));
        if (run.pollsLeft > 0) {
            run.currentStatus = 3;
            --run.pollsLeft;
            const Answer a = envelope(runJson(run, includeTrigger));
            if (run.pollsLeft == 0)
                run.currentStatus = run.spec.status;
            return a;
        }
        if (run.currentStatus != 30)
            run.currentStatus = run.spec.status;
        return envelope(runJson(run, includeTrigger));
    }
    if (const QRegularExpressionMatch m = cancelPath.match(rest);
        m.hasMatch() && request.method == "POST") {
        auto it = m_runs.find(m.captured(1).toLongLong());
        if (it == m_runs.end())
            return errorAnswer(404);
        RunState &run = it->second;
        m_cancelled.push_back(it->first);
        if (run.currentStatus != 10 && run.currentStatus != 20) {
            run.currentStatus = 30;
            run.spec.status = 30;
            run.pollsLeft = 0;
            run.statusMessage = QStringLiteral("Cancelled by user.");
        }
        return envelope(runJson(run, false));
    }
    if (const QRegularExpressionMatch m = artifactsPath.match(rest);
        m.hasMatch() && request.method == "GET") {
        const qint64 runId = m.captured(1).toLongLong();
        if (m_runs.find(runId) == m_runs.end())
            return errorAnswer(404);
        const QString path = m.captured(2); // QUrl::path() is already decoded
        const auto files = m_artifacts.find(runId);
        if (path.isEmpty()) {
            QJsonArray names;
            if (files != m_artifacts.end()) {
                for (const auto &[name, content] : files->second)
                    names.append(name);
            }
            return envelope(names);
        }
        if (files == m_artifacts.end() || files->second.find(path) == files->second.end())
            return errorAnswer(404);
        Answer a;
        a.body = files->second.at(path);
        return a;
    }
    return errorAnswer(404);
}

} // namespace tidemark::test
