#include "cloud/dbt_cloud.h"

#include <QRegularExpression>

#include <algorithm>

namespace tidemark::cloud {

RunStatus runStatusFromCode(qint64 code)
{
    switch (code) {
    case 1: return RunStatus::Queued;
    case 2: return RunStatus::Starting;
    case 3: return RunStatus::Running;
    case 10: return RunStatus::Success;
    case 20: return RunStatus::Error;
    case 30: return RunStatus::Cancelled;
    default: return RunStatus::Unknown;
    }
}

bool isTerminal(RunStatus status)
{
    return status == RunStatus::Success || status == RunStatus::Error
        || status == RunStatus::Cancelled;
}

QString pullRequestSchema(qint64 jobId, qint64 prNumber)
{
    return QStringLiteral("dbt_cloud_pr_%1_%2").arg(jobId).arg(prNumber);
}

QDateTime parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?"
        "\\s*(?:(Z|z)|([+-])(\\d{2})(?::?(\\d{2}))?)?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        const QString fraction
            = QString(m.captured(7) + QStringLiteral("00")).left(3); // microseconds are dropped
        ms = fraction.toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (m.hasCaptured(9)) {
        offsetSeconds
            = m.captured(10).toInt() * 3600 + (m.hasCaptured(11) ? m.captured(11).toInt() * 60 : 0);
        if (m.captured(9) == QLatin1String("-"))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

namespace {

bool shaMatches(const QString &wanted, const QString &actual)
{
    if (actual.isEmpty())
        return false;
    if (wanted.compare(actual, Qt::CaseInsensitive) == 0)
        return true;
    // An abbreviated SHA (7+ characters) on either side.
    const qsizetype shorter = std::min(wanted.size(), actual.size());
    return shorter >= 7
        && wanted.left(shorter).compare(actual.left(shorter), Qt::CaseInsensitive) == 0;
}

} // namespace

bool runMatchesPullRequest(const Run &run, qint64 prNumber, const QString &headSha)
{
    if (!run.trigger)
        return false;
    const RunTrigger &trigger = *run.trigger;
    const bool pr = (trigger.githubPullRequestId && *trigger.githubPullRequestId == prNumber)
        || (trigger.gitlabMergeRequestId && *trigger.gitlabMergeRequestId == prNumber);
    if (!pr)
        return false;
    const QString sha = headSha.trimmed();
    return sha.isEmpty() || shaMatches(sha, trigger.gitSha) || shaMatches(sha, run.gitSha);
}

Expected<std::optional<Run>> DbtCloud::findPullRequestRun(qint64 accountId, qint64 jobId,
                                                          qint64 prNumber, const QString &headSha,
                                                          int maxPages)
{
    constexpr int pageSize = 100;
    const int pages = std::clamp(maxPages, 1, 100);
    for (int page = 0; page < pages; ++page) {
        RunQuery query;
        query.jobDefinitionId = jobId;
        query.limit = pageSize;
        query.offset = page * pageSize;
        query.orderBy = QStringLiteral("-id");
        query.includeTrigger = true;
        Expected<std::vector<Run>> found = runs(accountId, query);
        if (!found)
            return found.error();
        for (const Run &candidate : *found) {
            if (runMatchesPullRequest(candidate, prNumber, headSha))
                return std::optional<Run>(candidate);
        }
        if (found->size() < size_t(pageSize))
            break; // the last page
    }
    return std::optional<Run>();
}

} // namespace tidemark::cloud
