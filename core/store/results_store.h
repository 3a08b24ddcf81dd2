#pragma once

// The local results store: every run of an integration's pull-request pipeline (per PR and
// commit) and every diff result, in one SQLite file in the user's data directory. The desktop app
// and tidemark-cli use it at the same time (write-ahead log, busy timeout, immediate transactions).
//
// A run is written as it happens: beginRun() commits a 'running' row at once, the plan and each
// model's diff are committed one by one, and only finishRun() turns the run 'complete' (or
// 'failed', 'cancelled'), atomically. A crash or kill mid-run leaves a 'running' row that names its
// owner process; markAbandonedRuns() turns it into 'failed' with the error "interrupted".
//
// One ResultsStore is one SQLite connection, opened on and used by one thread: worker threads
// open their own. Secrets never belong here (the store saves only what it is given).

#include "common/expected.h"
#include "dbt/change_plan.h"
#include "diff/diff_result.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace tidemark::store {

enum class RunTrigger { Ci, Manual, Rerun };
enum class RunState { Running, Complete, Failed, Cancelled };
enum class ModelDiffState { Pending, Running, Done, Failed, Skipped };

// The words stored in the file: "ci", "manual", "rerun"; "running", "complete", ...
QString triggerName(RunTrigger trigger);
QString stateName(RunState state);
QString stateName(ModelDiffState state);
std::optional<RunTrigger> runTriggerFromString(const QString &text);
std::optional<RunState> runStateFromString(const QString &text);
std::optional<ModelDiffState> modelDiffStateFromString(const QString &text);

// The error of a run whose owner process ended before finishing it.
inline constexpr const char *kInterruptedError = "interrupted";

// What a run is about, given when it begins.
struct RunInfo
{
    QString integration;
    QString provider; // github | gitlab | local
    QString repository; // owner/name
    int prNumber = 0; // 0: not a pull request (local artifacts, an ad-hoc run)
    QString headSha;
    QString baseSha;
    RunTrigger trigger = RunTrigger::Manual;
};

// How a run ended.
struct RunOutcome
{
    RunState state = RunState::Complete; // not Running
    QString checkState; // success | failure | pending | skipped, or empty
    QString checkDescription;
    nlohmann::json summary; // e.g. counts per outcome; null when none
    QString error; // why a failed run failed
};

// The process that runs a run: on another machine, or while alive, its run is not abandoned.
struct RunOwner
{
    QString host; // host name, for people
    QString machine; // machine id
    qint64 pid = 0;
    QString process; // identifies the process beyond its pid (boot id and start time on Linux)
};

struct ModelDiffRecord
{
    QString uniqueId;
    ModelDiffState state = ModelDiffState::Pending;
    std::optional<diff::DiffResult> result;
    QString error;
    QDateTime startedAt; // UTC; null while pending
    QDateTime finishedAt;
};

struct RunRecord
{
    qint64 id = 0;
    RunInfo info;
    RunState state = RunState::Running;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    RunOwner owner;
    nlohmann::json gateOutcome; // null until saved
    QString checkState;
    QString checkDescription;
    nlohmann::json summary;
    QString error;
    // Loaded by run() and latestRunFor(); left empty by the lists.
    std::optional<dbt::ChangePlan> plan;
    std::vector<ModelDiffRecord> models; // sorted by unique_id

    bool isComplete() const { return state == RunState::Complete; }
    const ModelDiffRecord *model(const QString &uniqueId) const;
};

class ResultsStore final
{
public:
    // <AppDataLocation>/results.sqlite
    static QString defaultPath();
    // Opens (creating it and its folder if needed) and upgrades the store on the calling thread.
    static Expected<std::unique_ptr<ResultsStore>> open(const QString &path = defaultPath());

    ~ResultsStore();
    ResultsStore(const ResultsStore &) = delete;
    ResultsStore &operator=(const ResultsStore &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;
    QString journalMode() const; // "wal", unless the file system cannot do it

    // Starts a run owned by this process; the 'running' row is committed before this returns.
    Expected<qint64> beginRun(const RunInfo &info);
    // The gates' outcome (JSON of ci::GateOutcome).
    Expected<void> saveGateOutcome(qint64 runId, const nlohmann::json &gateOutcome);
    // The plan, and a 'pending' row for each selected model, in one transaction.
    Expected<void> savePlan(qint64 runId, const dbt::ChangePlan &plan);
    // One model's diff: its state, its result when there is one, its error.
    Expected<void> recordModelDiff(qint64 runId, const QString &uniqueId, ModelDiffState state,
                                   const std::optional<diff::DiffResult> &result = std::nullopt,
                                   const QString &error = {});
    // Ends a running run, atomically: its state, check and summary; model diffs still running
    // become 'failed'.
    Expected<void> finishRun(qint64 runId, const RunOutcome &outcome);
    // Turns the 'running' runs whose owner process on this machine has gone into 'failed'
    // ("interrupted"); returns how many. The app calls it at start.
    Expected<int> markAbandonedRuns();
    // Deletes a run and its diffs.
    Expected<void> removeRun(qint64 runId);

    // The newest runs first, without plans and model diffs; an empty integration means all.
    Expected<std::vector<RunRecord>> latestRuns(const QString &integration, int limit = 50) const;
    Expected<std::vector<RunRecord>> runsForPullRequest(const QString &integration,
                                                        int prNumber) const;
    // One run with its plan and model diffs; an empty optional when there is no such run.
    Expected<std::optional<RunRecord>> run(qint64 runId) const;
    // The newest run of a pull request (in `state`, when given), with its plan and model diffs.
    Expected<std::optional<RunRecord>> latestRunFor(const QString &integration, int prNumber,
                                                    std::optional<RunState> state
                                                    = std::nullopt) const;

private:
    ResultsStore(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace tidemark::store
