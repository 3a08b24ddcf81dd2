#include "store/results_store.h"
#include "common/translation.h"

#include "store/process_identity.h"
#include "store/store_schema.h"
#include "store/store_sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace tidemark::store {

namespace {

constexpr int kBusyTimeoutMs = 10000;

template<typename Enum, std::size_t N>
QString enumName(Enum value, const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[v, name] : names) {
        if (v == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumValue(const QString &text,
                              const std::array<std::pair<Enum, const char *>, N> &names)
{
    for (const auto &[v, name] : names) {
        if (text == QLatin1String(name))
            return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<RunTrigger, const char *>, 3> kTriggers {
    {{RunTrigger::Ci, "ci"}, {RunTrigger::Manual, "manual"}, {RunTrigger::Rerun, "rerun"}}};
constexpr std::array<std::pair<RunState, const char *>, 4> kRunStates {
    {{RunState::Running, "running"},
     {RunState::Complete, "complete"},
     {RunState::Failed, "failed"},
     {RunState::Cancelled, "cancelled"}}};
constexpr std::array<std::pair<ModelDiffState, const char *>, 5> kModelStates {
    {{ModelDiffState::Pending, "pending"},
     {ModelDiffState::Running, "running"},
     {ModelDiffState::Done, "done"},
     {ModelDiffState::Failed, "failed"},
     {ModelDiffState::Skipped, "skipped"}}};

QVariant nullableText(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const QString kRunColumns = QStringLiteral(
    "id, integration, provider, repository, pr_number, head_sha, base_sha, run_trigger, state, "
    "started_at, "
    "finished_at, owner_host, owner_machine, owner_pid, owner_process, gate_outcome, check_state, "
    "check_description, summary, error");

// A row of kRunColumns.
Expected<RunRecord> runFromQuery(const QSqlQuery &query)
{
    RunRecord run;
    run.id = query.value(0).toLongLong();
    run.info.integration = query.value(1).toString();
    run.info.provider = query.value(2).toString();
    run.info.repository = query.value(3).toString();
    run.info.prNumber = query.value(4).toInt();
    run.info.headSha = query.value(5).toString();
    run.info.baseSha = query.value(6).toString();
    run.info.trigger = runTriggerFromString(query.value(7).toString()).value_or(RunTrigger::Manual);
    run.state = runStateFromString(query.value(8).toString()).value_or(RunState::Failed);
    run.startedAt = timeFromStored(query.value(9));
    run.finishedAt = timeFromStored(query.value(10));
    run.owner.host = query.value(11).toString();
    run.owner.machine = query.value(12).toString();
    run.owner.pid = query.value(13).toLongLong();
    run.owner.process = query.value(14).toString();
    auto gates = jsonFromStored(query.value(15));
    if (!gates)
        return Error {Tr::tr("its gate outcome: %1").arg(gates.errorMessage())};
    run.gateOutcome = std::move(*gates);
    run.checkState = query.value(16).toString();
    run.checkDescription = query.value(17).toString();
    auto summary = jsonFromStored(query.value(18));
    if (!summary)
        return Error {Tr::tr("its summary: %1").arg(summary.errorMessage())};
    run.summary = std::move(*summary);
    run.error = query.value(19).toString();
    return run;
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tidemark-results-%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString triggerName(RunTrigger trigger)
{
    return enumName(trigger, kTriggers);
}

QString stateName(RunState state)
{
    return enumName(state, kRunStates);
}

QString stateName(ModelDiffState state)
{
    return enumName(state, kModelStates);
}

std::optional<RunTrigger> runTriggerFromString(const QString &text)
{
    return enumValue(text, kTriggers);
}

std::optional<RunState> runStateFromString(const QString &text)
{
    return enumValue(text, kRunStates);
}

std::optional<ModelDiffState> modelDiffStateFromString(const QString &text)
{
    return enumValue(text, kModelStates);
}

const ModelDiffRecord *RunRecord::model(const QString &uniqueId) const
{
    for (const ModelDiffRecord &m : models) {
        if (m.uniqueId == uniqueId)
            return &m;
    }
    return nullptr;
}

QString ResultsStore::defaultPath()
{
    // One file for the desktop app and the CLI (AppDataLocation would differ by program name).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Tidemark/results.sqlite");
}

ResultsStore::ResultsStore(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

ResultsStore::~ResultsStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<ResultsStore>> ResultsStore::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {
            Tr::tr("cannot create the folder %1 for the results store; check that it is writable")
                .arg(folder)};

    std::unique_ptr<ResultsStore> store(new ResultsStore(absolute, newConnectionName()));
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
    if (!store->m_db.isValid())
        return Error {Tr::tr("cannot open the results store %1: Qt's SQLite driver (QSQLITE) is "
                             "missing; install "
                             "the Qt SQL SQLite plugin")
                          .arg(absolute)};
    store->m_db.setDatabaseName(absolute);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    const QString openAction = Tr::tr("cannot open the results store %1").arg(absolute);
    if (!store->m_db.open())
        return sqlError(openAction, store->m_db.lastError(), absolute);

    // WAL lets the app and the CLI read while the other writes; the busy timeout makes writers
    // wait for each other instead of failing; NORMAL sync is safe with WAL (a power cut may lose
    // the last commits, never consistency).
    const QString pragmas[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(store->m_db);
        if (!query.exec(pragma))
            return sqlError(openAction, query.lastError(), absolute);
    }
    if (auto migrated = migrate(store->m_db, absolute); !migrated)
        return migrated.error();
    return store;
}

int ResultsStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString ResultsStore::journalMode() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString().toLower();
    return {};
}

namespace {

// The state of a run inside a transaction: an error unless it exists and is running.
Expected<void> requireRunning(QSqlDatabase &db, qint64 runId, const QString &action,
                              const QString &path)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT state FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(action, query.lastError(), path);
    if (!query.next())
        return Error {Tr::tr("%1: there is no such run (it may have been deleted)").arg(action)};
    const QString state = query.value(0).toString();
    if (state != stateName(RunState::Running)) {
        if (state == stateName(RunState::Failed))
            return Error {
                Tr::tr(
                    "%1: the run has already ended as failed (interrupted runs are marked so when "
                    "their process is gone); start a new run")
                    .arg(action)};
        return Error {
            Tr::tr("%1: the run has already ended as %2; start a new run").arg(action, state)};
    }
    return {};
}

// Runs one prepared statement with its values; the driver's error when it fails.
std::optional<QSqlError> execute(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError();
    return std::nullopt;
}

// `write` in one immediate transaction on a run that is still running; every failure is told as
// `action` failing.
Expected<void> writeRunning(QSqlDatabase &db, qint64 runId, const QString &action,
                            const QString &path,
                            const std::function<std::optional<QSqlError>()> &write)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return sqlError(action, begun.error(), path);
    if (auto running = requireRunning(db, runId, action, path); !running)
        return running;
    if (const std::optional<QSqlError> failed = write())
        return sqlError(action, *failed, path);
    if (auto committed = transaction.commit(); !committed)
        return sqlError(action, committed.error(), path);
    return {};
}

} // namespace

Expected<qint64> ResultsStore::beginRun(const RunInfo &info)
{
    const QString action
        = Tr::tr("cannot record a new run of integration \"%1\" in the results store %2")
              .arg(info.integration, m_path);
    const ProcessIdentity me = currentProcess();
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO runs (integration, provider, repository, pr_number, head_sha, "
                       "base_sha, run_trigger, "
                       "state, started_at, owner_host, owner_machine, owner_pid, owner_process) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?)"));
    // A null QString binds as NULL; these columns hold "" when a value is unknown.
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    query.addBindValue(text(info.integration));
    query.addBindValue(text(info.provider));
    query.addBindValue(text(info.repository));
    query.addBindValue(info.prNumber);
    query.addBindValue(text(info.headSha));
    query.addBindValue(text(info.baseSha));
    query.addBindValue(triggerName(info.trigger));
    query.addBindValue(storedNow());
    query.addBindValue(me.host);
    query.addBindValue(me.machine);
    query.addBindValue(me.pid);
    query.addBindValue(me.process);
    // One statement in autocommit mode: committed (or not written at all) when exec() returns.
    if (!query.exec())
        return sqlError(action, query.lastError(), m_path);
    return query.lastInsertId().toLongLong();
}

Expected<void> ResultsStore::saveGateOutcome(qint64 runId, const nlohmann::json &gateOutcome)
{
    const QString action = Tr::tr("cannot save the gate outcome of run %1 in the results store %2")
                               .arg(runId)
                               .arg(m_path);
    return writeRunning(m_db, runId, action, m_path, [&] {
        return execute(m_db, QStringLiteral("UPDATE runs SET gate_outcome = ? WHERE id = ?"),
                       {storedJson(gateOutcome), runId});
    });
}

Expected<void> ResultsStore::savePlan(qint64 runId, const dbt::ChangePlan &plan)
{
    const QString action
        = Tr::tr("cannot save the plan of run %1 in the results store %2").arg(runId).arg(m_path);
    return writeRunning(m_db, runId, action, m_path, [&]() -> std::optional<QSqlError> {
        if (auto failed = execute(m_db, QStringLiteral("UPDATE runs SET plan = ? WHERE id = ?"),
                                  {storedJson(plan.toJson()), runId}))
            return failed;
        for (const dbt::PlannedModel *model : plan.selectedModels()) {
            if (auto failed = execute(m_db,
                                      QStringLiteral("INSERT INTO model_diffs (run_id, unique_id, "
                                                     "state) VALUES (?, ?, 'pending') "
                                                     "ON CONFLICT (run_id, unique_id) DO NOTHING"),
                                      {runId, QString::fromStdString(model->uniqueId)}))
                return failed;
        }
        return std::nullopt;
    });
}

Expected<void> ResultsStore::recordModelDiff(qint64 runId, const QString &uniqueId,
                                             ModelDiffState state,
                                             const std::optional<diff::DiffResult> &result,
                                             const QString &error)
{
    const QString action = Tr::tr("cannot record the diff of %1 in run %2 in the results store %3")
                               .arg(uniqueId)
                               .arg(runId)
                               .arg(m_path);
    const QString now = storedNow();
    QVariant started(QMetaType::fromType<QString>());
    QVariant finished(QMetaType::fromType<QString>());
    switch (state) {
    case ModelDiffState::Pending: break;
    case ModelDiffState::Running: started = now; break;
    case ModelDiffState::Done:
    case ModelDiffState::Failed:
    case ModelDiffState::Skipped:
        started = now;
        finished = now;
        break;
    }
    // A diff that starts again starts afresh; one that ends keeps the time it started.
    return writeRunning(m_db, runId, action, m_path, [&] {
        return execute(
            m_db,
            QStringLiteral(
                "INSERT INTO model_diffs (run_id, unique_id, state, result, error, started_at, "
                "finished_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (run_id, unique_id) DO UPDATE SET state = excluded.state, result = "
                "excluded.result, "
                "error = excluded.error, "
                "started_at = CASE WHEN excluded.state IN ('pending', 'running') THEN "
                "excluded.started_at "
                "                  ELSE coalesce(model_diffs.started_at, excluded.started_at) END, "
                "finished_at = excluded.finished_at"),
            {runId, uniqueId, stateName(state),
             result ? storedJson(result->toJson()) : QVariant(QMetaType::fromType<QString>()),
             nullableText(error.isEmpty() ? QString() : error), started, finished});
    });
}

Expected<void> ResultsStore::finishRun(qint64 runId, const RunOutcome &outcome)
{
    const QString action
        = Tr::tr("cannot finish run %1 in the results store %2").arg(runId).arg(m_path);
    if (outcome.state == RunState::Running)
        return Error {
            Tr::tr("%1: a finished run needs a final state (complete, failed or cancelled)")
                .arg(action)};
    const QString now = storedNow();
    return writeRunning(m_db, runId, action, m_path, [&]() -> std::optional<QSqlError> {
        if (auto failed
            = execute(m_db,
                      QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, check_state = ?, "
                                     "check_description = ?, "
                                     "summary = ?, error = ? WHERE id = ? AND state = 'running'"),
                      {stateName(outcome.state), now,
                       nullableText(outcome.checkState.isEmpty() ? QString() : outcome.checkState),
                       nullableText(outcome.checkDescription.isEmpty() ? QString()
                                                                       : outcome.checkDescription),
                       storedJson(outcome.summary),
                       nullableText(outcome.error.isEmpty() ? QString() : outcome.error), runId}))
            return failed;
        return execute(m_db,
                       QStringLiteral("UPDATE model_diffs SET state = 'failed', finished_at = ?, "
                                      "error = coalesce(error, ?) "
                                      "WHERE run_id = ? AND state = 'running'"),
                       {now, Tr::tr("the run ended before this diff finished"), runId});
    });
}

Expected<int> ResultsStore::markAbandonedRuns()
{
    const QString action
        = Tr::tr("cannot mark interrupted runs in the results store %1").arg(m_path);
    std::vector<qint64> abandoned;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral(
                "SELECT id, owner_host, owner_machine, owner_pid, owner_process FROM runs "
                "WHERE state = 'running'")))
            return sqlError(action, query.lastError(), m_path);
        while (query.next()) {
            ProcessIdentity owner;
            owner.host = query.value(1).toString();
            owner.machine = query.value(2).toString();
            owner.pid = query.value(3).toLongLong();
            owner.process = query.value(4).toString();
            if (processLiveness(owner) == Liveness::Gone)
                abandoned.push_back(query.value(0).toLongLong());
        }
    }
    if (abandoned.empty())
        return 0;

    const QString now = storedNow();
    int marked = 0;
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return sqlError(action, begun.error(), m_path);
    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("UPDATE runs SET state = 'failed', finished_at = ?, error = ? "
                               "WHERE id = ? AND state = 'running'"));
    QSqlQuery models(m_db);
    models.prepare(
        QStringLiteral("UPDATE model_diffs SET state = 'failed', finished_at = ?, error = ? "
                       "WHERE run_id = ? AND state = 'running'"));
    for (const qint64 id : abandoned) {
        run.bindValue(0, now);
        run.bindValue(1, QLatin1String(kInterruptedError));
        run.bindValue(2, id);
        if (!run.exec())
            return sqlError(action, run.lastError(), m_path);
        if (run.numRowsAffected() <= 0)
            continue; // finished meanwhile
        ++marked;
        models.bindValue(0, now);
        models.bindValue(1, QLatin1String(kInterruptedError));
        models.bindValue(2, id);
        if (!models.exec())
            return sqlError(action, models.lastError(), m_path);
    }
    if (auto committed = transaction.commit(); !committed)
        return sqlError(action, committed.error(), m_path);
    return marked;
}

Expected<void> ResultsStore::removeRun(qint64 runId)
{
    const QString action
        = Tr::tr("cannot delete run %1 from the results store %2").arg(runId).arg(m_path);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("DELETE FROM runs WHERE id = ?")); // model diffs go by ON DELETE CASCADE
    query.addBindValue(runId);
    if (!query.exec())
        return sqlError(action, query.lastError(), m_path);
    return {};
}

namespace {

Expected<std::vector<RunRecord>> runList(QSqlQuery &query, const QString &action,
                                         const QString &path)
{
    if (!query.exec())
        return sqlError(action, query.lastError(), path);
    std::vector<RunRecord> runs;
    while (query.next()) {
        auto run = runFromQuery(query);
        if (!run)
            return Error {Tr::tr("%1: run %2 holds data that cannot be read (%3); delete that run")
                              .arg(action)
                              .arg(query.value(0).toLongLong())
                              .arg(run.errorMessage())};
        runs.push_back(std::move(*run));
    }
    return runs;
}

} // namespace

Expected<std::vector<RunRecord>> ResultsStore::latestRuns(const QString &integration,
                                                          int limit) const
{
    const QString action = Tr::tr("cannot read the runs in the results store %1").arg(m_path);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE (? OR integration = ?) "
                                 "ORDER BY started_at DESC, id DESC LIMIT ?")
                      .arg(kRunColumns));
    query.addBindValue(integration.isEmpty());
    query.addBindValue(integration);
    query.addBindValue(std::max(limit, 0));
    return runList(query, action, m_path);
}

Expected<std::vector<RunRecord>> ResultsStore::runsForPullRequest(const QString &integration,
                                                                  int prNumber) const
{
    const QString action = Tr::tr("cannot read the runs of pull request %1 in the results store %2")
                               .arg(prNumber)
                               .arg(m_path);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM runs WHERE integration = ? AND pr_number = ? "
                                 "ORDER BY started_at DESC, id DESC")
                      .arg(kRunColumns));
    query.addBindValue(integration);
    query.addBindValue(prNumber);
    return runList(query, action, m_path);
}

Expected<std::optional<RunRecord>> ResultsStore::run(qint64 runId) const
{
    const QString action
        = Tr::tr("cannot read run %1 in the results store %2").arg(runId).arg(m_path);
    // One read transaction, so the run and its diffs are one snapshot while others write.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return sqlError(action, begin.lastError(), m_path);
    struct EndRead
    {
        const QSqlDatabase &db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead {m_db};

    RunRecord record;
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT %1, plan FROM runs WHERE id = ?").arg(kRunColumns));
        query.addBindValue(runId);
        if (!query.exec())
            return sqlError(action, query.lastError(), m_path);
        if (!query.next())
            return std::optional<RunRecord>();
        auto run = runFromQuery(query);
        if (!run)
            return Error {Tr::tr("%1: %2; delete that run").arg(action, run.errorMessage())};
        record = std::move(*run);
        const int planColumn = query.record().count() - 1;
        if (!query.isNull(planColumn)) {
            auto json = jsonFromStored(query.value(planColumn));
            if (!json)
                return Error {
                    Tr::tr("%1: its plan: %2; delete that run").arg(action, json.errorMessage())};
            auto plan = dbt::ChangePlan::fromJson(*json);
            if (!plan)
                return Error {
                    Tr::tr("%1: its plan: %2; delete that run").arg(action, plan.errorMessage())};
            record.plan = std::move(*plan);
        }
    }
    QSqlQuery models(m_db);
    models.prepare(QStringLiteral("SELECT unique_id, state, result, error, started_at, finished_at "
                                  "FROM model_diffs WHERE run_id = ? ORDER BY unique_id"));
    models.addBindValue(runId);
    if (!models.exec())
        return sqlError(action, models.lastError(), m_path);
    while (models.next()) {
        ModelDiffRecord model;
        model.uniqueId = models.value(0).toString();
        model.state
            = modelDiffStateFromString(models.value(1).toString()).value_or(ModelDiffState::Failed);
        if (!models.isNull(2)) {
            auto json = jsonFromStored(models.value(2));
            if (!json)
                return Error {Tr::tr("%1: the result of %2: %3; delete that run")
                                  .arg(action, model.uniqueId, json.errorMessage())};
            auto result = diff::DiffResult::fromJson(*json);
            if (!result)
                return Error {Tr::tr("%1: the result of %2: %3; delete that run")
                                  .arg(action, model.uniqueId, result.errorMessage())};
            model.result = std::move(*result);
        }
        model.error = models.value(3).toString();
        model.startedAt = timeFromStored(models.value(4));
        model.finishedAt = timeFromStored(models.value(5));
        record.models.push_back(std::move(model));
    }
    return std::optional<RunRecord>(std::move(record));
}

Expected<std::optional<RunRecord>> ResultsStore::latestRunFor(const QString &integration,
                                                              int prNumber,
                                                              std::optional<RunState> state) const
{
    const QString action = Tr::tr("cannot read the runs of pull request %1 in the results store %2")
                               .arg(prNumber)
                               .arg(m_path);
    qint64 id = 0;
    {
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT id FROM runs WHERE integration = ? AND pr_number = ? "
                           "AND (? OR state = ?) ORDER BY started_at DESC, id DESC LIMIT 1"));
        query.addBindValue(integration);
        query.addBindValue(prNumber);
        query.addBindValue(!state.has_value());
        query.addBindValue(state ? stateName(*state) : QStringLiteral("running"));
        if (!query.exec())
            return sqlError(action, query.lastError(), m_path);
        if (!query.next())
            return std::optional<RunRecord>();
        id = query.value(0).toLongLong();
    }
    return run(id);
}

} // namespace tidemark::store
