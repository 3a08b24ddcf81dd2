// The local results store: runs with real plans and diff results round-trip; schema migrations
// (from a version 1 file made by hand), refusing a newer file, WAL; several connections and
// processes writing at once; a process killed mid-run leaves a run that is not complete, and
// markAbandonedRuns() marks it failed; transactions roll back when a statement fails.
//
// The binary is also its own child process: TIDEMARK_STORE_TEST_CHILD=write writes runs in a
// loop, TIDEMARK_STORE_TEST_CHILD=hang starts a run and waits to be killed.

#include "store/process_identity.h"
#include "store/results_store.h"
#include "store/store_schema.h"
#include "support/test_support.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace tidemark;
using namespace tidemark::store;

namespace {

// The error of a failed result, or nothing (errorMessage() is only for failures).
template<typename Result> QString why(const Result &result)
{
    return result ? QString() : result.errorMessage();
}

const char *const kChildMode = "TIDEMARK_STORE_TEST_CHILD";
const char *const kChildPath = "TIDEMARK_STORE_TEST_PATH";
const char *const kChildRuns = "TIDEMARK_STORE_TEST_RUNS";
const char *const kChildIntegration = "TIDEMARK_STORE_TEST_INTEGRATION";

// A small plan with three selected models and one that is not.
dbt::ChangePlan smallPlan()
{
    dbt::ChangePlan plan;
    plan.base.projectName = "shop";
    plan.pr.projectName = "shop";
    plan.added = {"model.shop.c"};
    for (const char *id : {"model.shop.a", "model.shop.b", "model.shop.c", "model.shop.d"}) {
        dbt::PlannedModel model;
        model.uniqueId = id;
        model.name = std::string(id).substr(11);
        model.resourceType = "model";
        model.status
            = model.uniqueId == "model.shop.c" ? dbt::ModelStatus::New : dbt::ModelStatus::Modified;
        model.prRelation = "db.pr_1." + model.name;
        if (model.status != dbt::ModelStatus::New)
            model.prodRelation = "db.prod." + model.name;
        model.selected = model.uniqueId != "model.shop.d";
        if (!model.selected)
            model.whyNotSelected = "never_diff";
        plan.models.push_back(model);
    }
    return plan;
}

diff::DiffResult sampleResult(int seed)
{
    diff::DiffResult r;
    r.algorithm = QStringLiteral("join");
    r.key = {QStringLiteral("id")};
    r.tableA = QStringLiteral("db.prod.orders");
    r.tableB = QStringLiteral("db.pr_1.orders");
    r.rows = {100 + seed, 101 + seed, 1, 2, 3, 96 + seed};
    r.primaryKey = {0, 1, 0, 0, 0, 0};
    r.schema.onlyB = {QStringLiteral("discount")};
    r.schema.typeChanged
        = {{QStringLiteral("amount"), QStringLiteral("integer"), QStringLiteral("numeric")}};
    r.schema.columnsA = 4;
    r.schema.columnsB = 5;
    r.columns = {{QStringLiteral("amount"), 3, 96.875, QStringLiteral("decimals at scale 2")},
                 {QStringLiteral("status"), 0, 100, {}}};
    r.samples["updated"].push_back(
        {{"key", {{"id", 7}}}, {"a", {{"amount", 10}}}, {"b", {{"amount", 12.5}}}});
    r.samples["exclusive_b"].push_back(
        {{"id", 1000 + seed}, {"amount", nullptr}, {"status", "née ✓"}});
    r.profilesA = {{QStringLiteral("amount"), 100, 0, 90, 1, 500, 42.5}};
    r.profilesB = {{QStringLiteral("amount"), 101, 1, 91, 1, 510, 43.25}};
    r.warnings = {QStringLiteral("sampled")};
    r.rowsDownloaded = 5;
    r.durationMs = 1234;
    r.matchScore = diff::matchScore(r);
    return r;
}

RunInfo prRun(const QString &integration, int pr, RunTrigger trigger = RunTrigger::Ci)
{
    RunInfo info;
    info.integration = integration;
    info.provider = QStringLiteral("github");
    info.repository = QStringLiteral("acme/analytics");
    info.prNumber = pr;
    info.headSha = QStringLiteral("head%1").arg(pr);
    info.baseSha = QStringLiteral("base%1").arg(pr);
    info.trigger = trigger;
    return info;
}

// One full run as the pipeline writes it; an error message, or empty.
QString writeOneRun(ResultsStore &store, const QString &integration, int pr)
{
    const auto id = store.beginRun(prRun(integration, pr));
    if (!id)
        return id.errorMessage();
    const dbt::ChangePlan plan = smallPlan();
    if (auto saved = store.savePlan(*id, plan); !saved)
        return saved.errorMessage();
    for (const dbt::PlannedModel *model : plan.selectedModels()) {
        const QString uid = QString::fromStdString(model->uniqueId);
        if (auto running = store.recordModelDiff(*id, uid, ModelDiffState::Running); !running)
            return running.errorMessage();
        if (auto done = store.recordModelDiff(*id, uid, ModelDiffState::Done, sampleResult(pr));
            !done)
            return done.errorMessage();
    }
    RunOutcome outcome;
    outcome.checkState = QStringLiteral("success");
    outcome.summary = {{"diffed", 3}};
    if (auto finished = store.finishRun(*id, outcome); !finished)
        return finished.errorMessage();
    return {};
}

int childMain(const QString &mode)
{
    auto store = ResultsStore::open(qEnvironmentVariable(kChildPath));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 3;
    }
    const QString integration = qEnvironmentVariable(kChildIntegration);
    if (mode == QLatin1String("write")) {
        const int runs = qEnvironmentVariableIntValue(kChildRuns);
        for (int i = 1; i <= runs; ++i) {
            if (const QString error = writeOneRun(**store, integration, i); !error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 3;
            }
        }
        return 0;
    }
    if (mode == QLatin1String("hang")) {
        const auto id = (*store)->beginRun(prRun(integration, 7));
        if (!id || !(*store)->savePlan(*id, smallPlan())
            || !(*store)->recordModelDiff(*id, QStringLiteral("model.shop.a"), ModelDiffState::Done,
                                          sampleResult(1))
            || !(*store)->recordModelDiff(*id, QStringLiteral("model.shop.b"),
                                          ModelDiffState::Running))
            return 3;
        std::printf("run %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1); // until killed
    }
    return 2;
}

// A separate plain connection to a store file, for making files by hand and looking inside.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }

    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QStringList columns(const QString &table)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QStringList names;
        if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (query.next())
                names << query.value(1).toString();
        }
        return names;
    }

private:
    QString m_name;
    bool m_ok = false;
};

// Schema version 1 as the first release wrote it (kept here on purpose, not taken from the code).
bool createVersion1(RawConnection &db)
{
    return db.exec(QStringLiteral(
               "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, integration TEXT NOT NULL,"
               " provider TEXT NOT NULL DEFAULT '', repository TEXT NOT NULL DEFAULT '',"
               " pr_number INTEGER NOT NULL DEFAULT 0, head_sha TEXT NOT NULL DEFAULT '',"
               " base_sha TEXT NOT NULL DEFAULT '',"
               " run_trigger TEXT NOT NULL CHECK (run_trigger IN ('ci', 'manual', 'rerun')),"
               " state TEXT NOT NULL CHECK (state IN ('running', 'complete', 'failed', "
               "'cancelled')),"
               " started_at TEXT NOT NULL, finished_at TEXT, gate_outcome TEXT, plan TEXT, "
               "check_state TEXT,"
               " summary TEXT, error TEXT)"))
        && db.exec(QStringLiteral("CREATE TABLE model_diffs (run_id INTEGER NOT NULL REFERENCES "
                                  "runs(id) ON DELETE CASCADE,"
                                  " unique_id TEXT NOT NULL,"
                                  " state TEXT NOT NULL CHECK (state IN ('pending', 'running', "
                                  "'done', 'failed', 'skipped')),"
                                  " result TEXT, error TEXT, started_at TEXT, finished_at TEXT, "
                                  "PRIMARY KEY (run_id, unique_id))"))
        && db.exec(
            QStringLiteral("CREATE INDEX runs_by_integration ON runs (integration, started_at)"))
        && db.exec(QStringLiteral("PRAGMA user_version = 1"));
}

QString sqlText(const nlohmann::json &json)
{
    QString text = QString::fromStdString(json.dump());
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

// Readable QCOMPARE failures for the store's enums (found by argument-dependent lookup).
namespace tidemark::store {
char *toString(RunState state)
{
    return qstrdup(qPrintable(stateName(state)));
}
char *toString(ModelDiffState state)
{
    return qstrdup(qPrintable(stateName(state)));
}
char *toString(RunTrigger trigger)
{
    return qstrdup(qPrintable(triggerName(trigger)));
}
} // namespace tidemark::store

class TestResultsStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("store%1/results.sqlite").arg(++m_files));
    }

    std::unique_ptr<ResultsStore> openOrFail(const QString &path)
    {
        auto store = ResultsStore::open(path);
        if (!store) {
            QTest::qFail(qPrintable(store.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        return std::move(*store);
    }

    QProcess *startChild(const QString &mode, const QString &path, const QString &integration,
                         int runs = 0)
    {
        auto *child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildMode), mode);
        env.insert(QLatin1String(kChildPath), path);
        env.insert(QLatin1String(kChildIntegration), integration);
        env.insert(QLatin1String(kChildRuns), QString::number(runs));
        child->setProcessEnvironment(env);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultPathIsInTheDataDirectory()
    {
        // The desktop app and tidemark-cli share one file, whatever the program's name.
        QCOMPARE(ResultsStore::defaultPath(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                     + QStringLiteral("/Tidemark/results.sqlite"));
    }

    void roundTripWithRealPlanAndResults()
    {
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        const auto pr = test::loadOrFail(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        const dbt::ChangePlan plan = dbt::planChanges(base, pr);
        const auto selected = plan.selectedModels();
        QVERIFY(selected.size() >= 3);

        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        RunInfo info = prRun(QStringLiteral("jaffle_shop"), 42);
        const auto id = store->beginRun(info);
        QVERIFY2(id, qPrintable(why(id)));

        // Visible as running at once, owned by this process.
        auto running = store->run(*id);
        QVERIFY(running && running->has_value());
        QCOMPARE((*running)->state, RunState::Running);
        QVERIFY(!(*running)->isComplete());
        QCOMPARE((*running)->owner.pid, QCoreApplication::applicationPid());
        QCOMPARE((*running)->owner.process, currentProcess().process);
        QVERIFY((*running)->startedAt >= before);
        QVERIFY(!(*running)->finishedAt.isValid());

        const nlohmann::json gates
            = {{"passed", true}, {"reason", ""}, {"changed_files", {"models/orders.sql"}}};
        QVERIFY(store->saveGateOutcome(*id, gates));
        auto saved = store->savePlan(*id, plan);
        QVERIFY2(saved, qPrintable(why(saved)));
        auto withPlan = store->run(*id);
        QVERIFY(withPlan && withPlan->has_value());
        QCOMPARE((*withPlan)->models.size(), selected.size());
        for (const ModelDiffRecord &m : (*withPlan)->models)
            QCOMPARE(m.state, ModelDiffState::Pending);

        const QString first = QString::fromStdString(selected[0]->uniqueId);
        const QString second = QString::fromStdString(selected[1]->uniqueId);
        const QString third = QString::fromStdString(selected[2]->uniqueId);
        const diff::DiffResult result = sampleResult(3);
        QVERIFY(store->recordModelDiff(*id, first, ModelDiffState::Running));
        QVERIFY(store->recordModelDiff(*id, first, ModelDiffState::Done, result));
        QVERIFY(store->recordModelDiff(*id, second, ModelDiffState::Failed, std::nullopt,
                                       QStringLiteral("table db.pr.x does not exist")));
        QVERIFY(store->recordModelDiff(*id, third, ModelDiffState::Skipped, std::nullopt,
                                       QStringLiteral("no key")));

        RunOutcome outcome;
        outcome.checkState = QStringLiteral("failure");
        outcome.checkDescription = QStringLiteral("1 diff failed");
        outcome.summary = {{"diffed", 1}, {"failed", 1}, {"skipped", 1}};
        auto finished = store->finishRun(*id, outcome);
        QVERIFY2(finished, qPrintable(why(finished)));

        // Read back through a second connection, as the other app would.
        auto reader = openOrFail(path);
        QVERIFY(reader);
        auto back = reader->run(*id);
        QVERIFY2(back, qPrintable(why(back)));
        QVERIFY(back->has_value());
        const RunRecord &run = **back;
        QCOMPARE(run.id, *id);
        QCOMPARE(run.info.integration, info.integration);
        QCOMPARE(run.info.provider, info.provider);
        QCOMPARE(run.info.repository, info.repository);
        QCOMPARE(run.info.prNumber, 42);
        QCOMPARE(run.info.headSha, info.headSha);
        QCOMPARE(run.info.baseSha, info.baseSha);
        QCOMPARE(run.info.trigger, RunTrigger::Ci);
        QCOMPARE(run.state, RunState::Complete);
        QVERIFY(run.isComplete());
        QVERIFY(run.finishedAt.isValid() && run.finishedAt >= run.startedAt);
        QCOMPARE(run.checkState, outcome.checkState);
        QCOMPARE(run.checkDescription, outcome.checkDescription);
        QVERIFY(run.summary == outcome.summary);
        QVERIFY(run.gateOutcome == gates);
        QVERIFY(run.error.isEmpty());
        QVERIFY(run.plan.has_value());
        QVERIFY(run.plan->toJson() == plan.toJson());

        const ModelDiffRecord *done = run.model(first);
        QVERIFY(done);
        QCOMPARE(done->state, ModelDiffState::Done);
        QVERIFY(done->result.has_value());
        QVERIFY(done->result->toJson() == result.toJson());
        QVERIFY(done->startedAt.isValid() && done->finishedAt >= done->startedAt);
        QCOMPARE(run.model(second)->state, ModelDiffState::Failed);
        QCOMPARE(run.model(second)->error, QStringLiteral("table db.pr.x does not exist"));
        QVERIFY(!run.model(second)->result.has_value());
        QCOMPARE(run.model(third)->state, ModelDiffState::Skipped);
        for (std::size_t i = 3; i < selected.size(); ++i)
            QCOMPARE(run.model(QString::fromStdString(selected[i]->uniqueId))->state,
                     ModelDiffState::Pending);

        // The lists find it; the lists leave plans and diffs out.
        auto latest = reader->latestRuns(QStringLiteral("jaffle_shop"));
        QVERIFY(latest);
        QCOMPARE(latest->size(), std::size_t(1));
        QCOMPARE(latest->front().id, *id);
        QVERIFY(!latest->front().plan.has_value());
        QVERIFY(latest->front().models.empty());
        auto forPr = reader->latestRunFor(QStringLiteral("jaffle_shop"), 42);
        QVERIFY(forPr && forPr->has_value());
        QCOMPARE((*forPr)->models.size(), selected.size());

        // A finished run takes no more writes.
        auto late = store->recordModelDiff(*id, first, ModelDiffState::Running);
        QVERIFY(!late);
        QVERIFY2(late.errorMessage().contains(QLatin1String("already ended as complete")),
                 qPrintable(late.errorMessage()));
        QVERIFY(!store->finishRun(*id, outcome));
        QVERIFY(!store->savePlan(*id, plan));
    }

    void listsAndFilters()
    {
        auto store = openOrFail(newPath());
        QVERIFY(store);
        const QString shop = QStringLiteral("shop");
        const QString other = QStringLiteral("other");
        QVERIFY(writeOneRun(*store, shop, 1).isEmpty());
        QVERIFY(writeOneRun(*store, shop, 2).isEmpty());
        QVERIFY(writeOneRun(*store, other, 1).isEmpty());
        QVERIFY(writeOneRun(*store, shop, 1).isEmpty());
        const auto newest = store->beginRun(prRun(shop, 1, RunTrigger::Rerun));
        QVERIFY(newest);

        auto all = store->latestRuns(QString());
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(5));
        QCOMPARE(all->front().id, *newest);
        auto limited = store->latestRuns(shop, 2);
        QVERIFY(limited);
        QCOMPARE(limited->size(), std::size_t(2));
        QCOMPARE(limited->front().id, *newest);
        QCOMPARE(limited->front().info.trigger, RunTrigger::Rerun);

        auto pr1 = store->runsForPullRequest(shop, 1);
        QVERIFY(pr1);
        QCOMPARE(pr1->size(), std::size_t(3));
        for (std::size_t i = 1; i < pr1->size(); ++i)
            QVERIFY((*pr1)[i - 1].startedAt >= (*pr1)[i].startedAt);

        // The newest run of PR 1 is still running; the newest complete one is the one before.
        auto latest = store->latestRunFor(shop, 1);
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->id, *newest);
        auto complete = store->latestRunFor(shop, 1, RunState::Complete);
        QVERIFY(complete && complete->has_value());
        QCOMPARE((*complete)->id, (*pr1)[1].id);
        QCOMPARE((*complete)->models.size(), std::size_t(3));
        auto none = store->latestRunFor(shop, 99);
        QVERIFY(none && !none->has_value());
        auto missing = store->run(123456);
        QVERIFY(missing && !missing->has_value());
    }

    void errorsAndDeletion()
    {
        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        auto noRun
            = store->recordModelDiff(999, QStringLiteral("model.x"), ModelDiffState::Running);
        QVERIFY(!noRun);
        QVERIFY2(noRun.errorMessage().contains(QLatin1String("no such run")),
                 qPrintable(noRun.errorMessage()));
        QVERIFY2(noRun.errorMessage().contains(path), qPrintable(noRun.errorMessage()));

        const auto id = store->beginRun(prRun(QStringLiteral("shop"), 5));
        QVERIFY(id);
        RunOutcome stillRunning;
        stillRunning.state = RunState::Running;
        QVERIFY(!store->finishRun(*id, stillRunning));
        QVERIFY(store->savePlan(*id, smallPlan()));

        // Cancelling: the diffs that were running fail, the pending ones stay pending.
        QVERIFY(
            store->recordModelDiff(*id, QStringLiteral("model.shop.a"), ModelDiffState::Running));
        RunOutcome cancelled;
        cancelled.state = RunState::Cancelled;
        QVERIFY(store->finishRun(*id, cancelled));
        auto run = store->run(*id);
        QVERIFY(run && run->has_value());
        QCOMPARE((*run)->state, RunState::Cancelled);
        QCOMPARE((*run)->model(QStringLiteral("model.shop.a"))->state, ModelDiffState::Failed);
        QCOMPARE((*run)->model(QStringLiteral("model.shop.b"))->state, ModelDiffState::Pending);

        // Deleting a run deletes its diffs (foreign keys are on).
        QVERIFY(store->removeRun(*id));
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM model_diffs")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 0);
    }

    void writeAheadLog()
    {
        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->journalMode(), QStringLiteral("wal"));
        QVERIFY(writeOneRun(*store, QStringLiteral("shop"), 1).isEmpty());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void migratesFromVersion1()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const nlohmann::json plan = smallPlan().toJson();
        const nlohmann::json result = sampleResult(9).toJson();
        {
            RawConnection raw(path);
            QVERIFY(raw.ok());
            QVERIFY(createVersion1(raw));
            QVERIFY(raw.exec(
                QStringLiteral(
                    "INSERT INTO runs (integration, pr_number, head_sha, run_trigger, state, "
                    "started_at, finished_at, plan, check_state, summary) VALUES ('shop', 3, "
                    "'abc', 'ci', 'complete', '2024-05-01T10:00:00.000Z', "
                    "'2024-05-01T10:05:00.000Z', %1, 'success', '{\"diffed\":1}')")
                    .arg(sqlText(plan))));
            QVERIFY(raw.exec(
                QStringLiteral(
                    "INSERT INTO model_diffs (run_id, unique_id, state, result, started_at, "
                    "finished_at) VALUES (1, 'model.shop.a', 'done', %1, "
                    "'2024-05-01T10:01:00.000Z', '2024-05-01T10:02:00.000Z')")
                    .arg(sqlText(result))));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO runs (integration, pr_number, run_trigger, state, started_at) "
                "VALUES ('shop', 3, 'manual', 'running', '2024-05-01T11:00:00.000Z')")));
        }

        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QVERIFY(currentSchemaVersion() >= 2);
        {
            RawConnection raw(path);
            const QStringList columns = raw.columns(QStringLiteral("runs"));
            for (const char *column :
                 {"owner_host", "owner_machine", "owner_pid", "owner_process", "check_description"})
                QVERIFY2(columns.contains(QLatin1String(column)), column);
            QCOMPARE(
                raw
                    .value(QStringLiteral(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'runs_by_pull_request'"))
                    .toInt(),
                1);
        }

        // The old data reads as before.
        auto old = store->run(1);
        QVERIFY2(old, qPrintable(why(old)));
        QVERIFY(old->has_value());
        QCOMPARE((*old)->state, RunState::Complete);
        QCOMPARE((*old)->info.headSha, QStringLiteral("abc"));
        QCOMPARE((*old)->startedAt, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
        QVERIFY((*old)->plan.has_value());
        QVERIFY((*old)->plan->toJson() == plan);
        QCOMPARE((*old)->models.size(), std::size_t(1));
        QVERIFY((*old)->models[0].result->toJson() == result);
        QVERIFY((*old)->summary == nlohmann::json({{"diffed", 1}}));

        // A run left running before owners were recorded is abandoned.
        auto marked = store->markAbandonedRuns();
        QVERIFY2(marked, qPrintable(why(marked)));
        QCOMPARE(*marked, 1);
        QCOMPARE((*store->run(2))->state, RunState::Failed);
        QCOMPARE((*store->run(2))->error, QLatin1String(kInterruptedError));

        // New runs go on from there; opening again changes nothing.
        QVERIFY(writeOneRun(*store, QStringLiteral("shop"), 4).isEmpty());
        store.reset();
        store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->latestRuns(QStringLiteral("shop"))->size(), std::size_t(3));
    }

    // A migration that fails half-way leaves the file exactly as it was.
    void failedMigrationRollsBack()
    {
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            RawConnection raw(path);
            QVERIFY(createVersion1(raw));
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO runs (integration, run_trigger, state, started_at) "
                               "VALUES ('shop', 'ci', 'complete', '2024-05-01T10:00:00.000Z')")));
            // Something in the way of version 2's last statements.
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE runs_by_pull_request (x)")));
        }
        auto store = ResultsStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().contains(QLatin1String("cannot upgrade the results store")),
                 qPrintable(store.errorMessage()));
        QVERIFY2(store.errorMessage().contains(QLatin1String("schema version 2")),
                 qPrintable(store.errorMessage()));
        QVERIFY(!store.errorMessage().contains(QLatin1Char('\n')));

        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        const QStringList columns = raw.columns(QStringLiteral("runs"));
        QVERIFY(!columns.contains(QLatin1String("owner_pid")));
        QVERIFY(!columns.contains(QLatin1String("owner_host")));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 1);
    }

    void refusesNewerVersion()
    {
        const QString path = newPath();
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(writeOneRun(*store, QStringLiteral("shop"), 1).isEmpty());
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto store = ResultsStore::open(path);
        QVERIFY(!store);
        const QString message = store.errorMessage();
        QVERIFY2(message.contains(QLatin1String("newer Tidemark")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("99")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM runs")).toInt(), 1);
    }

    // A statement that fails inside finishRun() or savePlan() undoes the ones before it.
    void transactionsRollBack()
    {
        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        const auto id = store->beginRun(prRun(QStringLiteral("shop"), 8));
        QVERIFY(id);
        RawConnection raw(path);

        // savePlan: the plan is written first, then the pending rows; the rows fail.
        QVERIFY(raw.exec(QStringLiteral("CREATE TRIGGER fail_pending BEFORE INSERT ON model_diffs "
                                        "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        auto saved = store->savePlan(*id, smallPlan());
        QVERIFY(!saved);
        QVERIFY2(saved.errorMessage().contains(QLatin1String("injected failure")),
                 qPrintable(saved.errorMessage()));
        QVERIFY(raw.value(QStringLiteral("SELECT plan FROM runs WHERE id = %1").arg(*id)).isNull());
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_pending")));
        QVERIFY(store->savePlan(*id, smallPlan()));
        QVERIFY(
            store->recordModelDiff(*id, QStringLiteral("model.shop.a"), ModelDiffState::Running));

        // finishRun: the run is updated first, then its running diffs; the diffs fail.
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TRIGGER fail_finish BEFORE UPDATE ON model_diffs "
            "WHEN NEW.state = 'failed' BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        RunOutcome outcome;
        outcome.checkState = QStringLiteral("success");
        auto finished = store->finishRun(*id, outcome);
        QVERIFY(!finished);
        QVERIFY2(finished.errorMessage().contains(QLatin1String("injected failure")),
                 qPrintable(finished.errorMessage()));
        auto run = store->run(*id);
        QVERIFY(run && run->has_value());
        QCOMPARE((*run)->state, RunState::Running);
        QVERIFY(!(*run)->finishedAt.isValid());
        QVERIFY((*run)->checkState.isEmpty());
        QCOMPARE((*run)->model(QStringLiteral("model.shop.a"))->state, ModelDiffState::Running);

        // The connection is usable again, with no transaction left open.
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER fail_finish")));
        QVERIFY(store->finishRun(*id, outcome));
        QCOMPARE((*store->run(*id))->state, RunState::Complete);
        QVERIFY(writeOneRun(*store, QStringLiteral("shop"), 9).isEmpty());
    }

    // The app and the CLI at once: two processes and two threads (four connections) write runs
    // concurrently; nobody sees "database is locked".
    void concurrentWriters()
    {
        const QString path = newPath();
        {
            auto store = openOrFail(path); // create it first, as the app would have
            QVERIFY(store);
        }
        const int runs = 30;
        QProcess *childA
            = startChild(QStringLiteral("write"), path, QStringLiteral("process-a"), runs);
        QProcess *childB
            = startChild(QStringLiteral("write"), path, QStringLiteral("process-b"), runs);

        std::atomic<int> threadFailures {0};
        QStringList threadErrors;
        QMutex errorsMutex;
        std::vector<std::unique_ptr<QThread>> threads;
        for (const QString &name : {QStringLiteral("thread-a"), QStringLiteral("thread-b")}) {
            threads.emplace_back(QThread::create([&, name] {
                auto store = ResultsStore::open(path);
                QString error = store ? QString() : store.errorMessage();
                for (int i = 1; i <= runs && error.isEmpty(); ++i)
                    error = writeOneRun(**store, name, i);
                if (!error.isEmpty()) {
                    ++threadFailures;
                    QMutexLocker lock(&errorsMutex);
                    threadErrors << error;
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(300000));
        QVERIFY2(threadFailures == 0, qPrintable(threadErrors.join(QLatin1Char('\n'))));
        for (QProcess *child : {childA, childB}) {
            QVERIFY(child->waitForFinished(300000));
            const QString errors = QString::fromLocal8Bit(child->readAllStandardError());
            QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0,
                     qPrintable(errors));
            QVERIFY2(!errors.contains(QLatin1String("locked")), qPrintable(errors));
        }

        auto store = openOrFail(path);
        QVERIFY(store);
        auto all = store->latestRuns(QString(), 1000);
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(4 * runs));
        for (const RunRecord &run : *all)
            QCOMPARE(run.state, RunState::Complete);
        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM model_diffs WHERE state = 'done'"))
                     .toInt(),
                 4 * runs * 3);
    }

    // A process killed mid-run leaves a run that is not complete; once its owner is gone,
    // markAbandonedRuns() fails it as interrupted, keeping what it had written.
    void killedProcessLeavesNoCompleteRun()
    {
        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        QProcess *child = startChild(QStringLiteral("hang"), path, QStringLiteral("killed"));
        QVERIFY(child->waitForStarted());
        QVERIFY(child->waitForReadyRead(60000));
        const QString line = QString::fromUtf8(child->readLine()).trimmed();
        QVERIFY2(line.startsWith(QLatin1String("run ")), qPrintable(line));
        const qint64 id = line.mid(4).toLongLong();

        // While its owner lives, the run is left alone.
        auto marked = store->markAbandonedRuns();
        QVERIFY(marked);
        QCOMPARE(*marked, 0);
        QCOMPARE((*store->run(id))->state, RunState::Running);
        QCOMPARE((*store->run(id))->owner.pid, child->processId());

        child->kill(); // SIGKILL
        QVERIFY(child->waitForFinished(30000));
        auto after = store->run(id);
        QVERIFY(after && after->has_value());
        QCOMPARE((*after)->state, RunState::Running);
        QVERIFY(!(*after)->isComplete());
        auto completeOnes = store->latestRunFor(QStringLiteral("killed"), 7, RunState::Complete);
        QVERIFY(completeOnes && !completeOnes->has_value());

        marked = store->markAbandonedRuns();
        QVERIFY2(marked, qPrintable(why(marked)));
        QCOMPARE(*marked, 1);
        auto failed = store->run(id);
        QVERIFY(failed && failed->has_value());
        QCOMPARE((*failed)->state, RunState::Failed);
        QCOMPARE((*failed)->error, QLatin1String(kInterruptedError));
        QVERIFY((*failed)->finishedAt.isValid());
        QVERIFY((*failed)->plan.has_value());
        QCOMPARE((*failed)->model(QStringLiteral("model.shop.a"))->state, ModelDiffState::Done);
        QVERIFY((*failed)->model(QStringLiteral("model.shop.a"))->result.has_value());
        QCOMPARE((*failed)->model(QStringLiteral("model.shop.b"))->state, ModelDiffState::Failed);
        QCOMPARE((*failed)->model(QStringLiteral("model.shop.b"))->error,
                 QLatin1String(kInterruptedError));
        QCOMPARE((*failed)->model(QStringLiteral("model.shop.c"))->state, ModelDiffState::Pending);
        QCOMPARE(*store->markAbandonedRuns(), 0);

        // Its process cannot finish it any more.
        QVERIFY(!store->finishRun(id, RunOutcome {}));
    }

    // Killed at a random point of writing: every complete run is whole, at most one is left
    // running, and the file is sound.
    void killedWriterLeavesOnlyWholeRuns()
    {
        const QString path = newPath();
        {
            auto store = openOrFail(path);
            QVERIFY(store);
        }
        QProcess *child
            = startChild(QStringLiteral("write"), path, QStringLiteral("busy"), 1000000);
        QVERIFY(child->waitForStarted());
        {
            RawConnection raw(path);
            QTRY_VERIFY_WITH_TIMEOUT(
                raw.value(QStringLiteral("SELECT count(*) FROM runs WHERE state = 'complete'"))
                        .toInt()
                    >= 20,
                60000);
        }
        child->kill();
        QVERIFY(child->waitForFinished(30000));

        RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(
            raw.value(QStringLiteral(
                          "SELECT count(*) FROM runs WHERE state = 'complete' AND (plan IS NULL "
                          "OR (SELECT count(*) FROM model_diffs WHERE run_id = runs.id AND state = "
                          "'done' AND result IS NOT NULL) <> 3)"))
                .toInt(),
            0);
        const int running
            = raw.value(QStringLiteral("SELECT count(*) FROM runs WHERE state = 'running'"))
                  .toInt();
        QVERIFY(running <= 1);
        auto store = openOrFail(path);
        QVERIFY(store);
        auto marked = store->markAbandonedRuns();
        QVERIFY2(marked, qPrintable(why(marked)));
        QCOMPARE(*marked, running);
        QCOMPARE(
            raw.value(QStringLiteral("SELECT count(*) FROM runs WHERE state = 'running'")).toInt(),
            0);
    }

    // Owners: a reused pid is not the owner; runs of other machines and of this live process stay.
    void ownersAreIdentifiedBeyondThePid()
    {
        const QString path = newPath();
        auto store = openOrFail(path);
        QVERIFY(store);
        const auto mine = store->beginRun(prRun(QStringLiteral("shop"), 1));
        QVERIFY(mine);
        const ProcessIdentity me = currentProcess();
        {
            RawConnection raw(path);
            const QString insert
                = QStringLiteral("INSERT INTO runs (integration, run_trigger, state, started_at, "
                                 "owner_host, owner_machine, owner_pid, "
                                 "owner_process) VALUES ('shop', 'ci', 'running', "
                                 "'2024-05-01T10:00:00.000Z', 'h', '%1', %2, '%3')");
            // Same machine and pid, another process (the pid was reused).
            QVERIFY(
                raw.exec(insert.arg(me.machine).arg(me.pid).arg(QStringLiteral("other-boot/1"))));
            // Another machine: cannot tell, so left alone.
            QVERIFY(raw.exec(insert.arg(QStringLiteral("another-machine")).arg(1).arg(QString())));
        }
        auto marked = store->markAbandonedRuns();
        QVERIFY2(marked, qPrintable(why(marked)));
        QCOMPARE(*marked, 1);
        QCOMPARE((*store->run(*mine))->state, RunState::Running);
        QCOMPARE((*store->run(*mine + 1))->state, RunState::Failed);
        QCOMPARE((*store->run(*mine + 2))->state, RunState::Running);
        QCOMPARE(processLiveness(me), Liveness::Alive);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString mode = qEnvironmentVariable(kChildMode); !mode.isEmpty())
        return childMain(mode);
    TestResultsStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_results_store.moc"
