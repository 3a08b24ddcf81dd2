#include "workspace/pull_request_controller.h"

#include "ci/pipeline_steps.h"
#include "pull_requests/pull_request_page.h"
#include "secrets/secret_store.h"
#include "store/results_store.h"
#include "tasks/async.h"
#include "warehouse/connection_spec.h"

#include <utility>

namespace tidemark::ui {

PullRequestController::PullRequestController(PullRequestPage *page, const AppContext &context,
                                             store::ResultsStore *store, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_context(context)
    , m_store(store)
{
    connect(m_page, &PullRequestPage::rerunAllRequested, this, &PullRequestController::runAll);
    connect(m_page, &PullRequestPage::rerunModelRequested, this,
            &PullRequestController::rerunModel);
    connect(m_page, &PullRequestPage::triggerPrJobRequested, this,
            &PullRequestController::triggerPrJob);
    connect(m_page, &PullRequestPage::cancelRequested, this, &PullRequestController::cancel);
    connect(m_page, &PullRequestPage::valuesWanted, this, &PullRequestController::provideValues);
}

namespace {

// The warehouse password the page's Values tab connects with; read off the GUI thread.
QString readPassword(const std::shared_ptr<secrets::SecretStore> &secrets, const QString &key)
{
    if (!secrets)
        return {};
    auto value = secrets->read(key);
    return value && *value ? **value : QString();
}

} // namespace

void PullRequestController::open(const ci::Integration &integration, int number,
                                 const QString &title)
{
    if (m_busy && (integration.name != m_integration.name || number != m_number))
        stop(); // its outcome, delivered later, no longer belongs on the page
    const int generation = ++m_openGeneration;
    m_integration = integration;
    m_number = number;
    m_title = title;
    m_password.reset(); // read anew: the settings may have changed it
    m_valuesWanted.clear();
    m_valuesRequests.clear();
    m_page->setIntegration(integration);
    runAsync(
        this,
        [secrets = m_context.secrets, key = integration.warehousePasswordKey()] {
            return readPassword(secrets, key);
        },
        [this, generation](const QString &password) {
            if (generation != m_openGeneration)
                return; // read for a pull request no longer shown
            m_password = password;
            if (!m_valuesWanted.isEmpty())
                provideValues(std::exchange(m_valuesWanted, QString()));
        });
    m_page->setTitle(title);
    if (m_busy)
        return; // the page shows this pull request's run already

    // The stored results are read on a worker thread through its own connection to the store.
    if (!m_store) {
        show(integration, std::nullopt);
        return;
    }
    m_page->clearState(tr("Reading the stored results\u2026"));
    runAsync(
        this,
        [path = m_store->path(), name = integration.name,
         number]() -> Expected<std::optional<review::PullRequestState>> {
            auto store = store::ResultsStore::open(path);
            if (!store)
                return store.error();
            return review::loadPullRequestState(**store, name, number);
        },
        [this, generation,
         integration](const Expected<std::optional<review::PullRequestState>> &loaded) {
            if (generation != m_openGeneration || m_busy)
                return; // another pull request was opened, or a run started meanwhile
            if (!loaded) {
                Q_EMIT message(
                    tr("The stored results could not be read: %1").arg(loaded.errorMessage()));
            }
            show(integration, loaded ? *loaded : std::nullopt);
        });
}

void PullRequestController::show(const ci::Integration &integration,
                                 std::optional<review::PullRequestState> stored)
{
    if (stored) {
        setPageState(std::move(*stored));
        m_page->setRunning(false);
        return;
    }
    review::PullRequestState empty;
    empty.integration = integration.name;
    empty.number = m_number;
    if (integration.artifacts && integration.artifacts->pullRequest) {
        empty.headSha = integration.artifacts->pullRequest->headSha;
        empty.baseBranch = integration.artifacts->pullRequest->baseBranch;
    }
    setPageState(std::move(empty));
    m_page->setRunning(false);
    if (integration.artifacts)
        runAll();
}

void PullRequestController::setPageState(review::PullRequestState state)
{
    m_valuesRequests.clear(); // the plan may have changed
    m_valuesWanted.clear();
    m_page->setState(std::move(state));
}

void PullRequestController::provideValues(const QString &uniqueId)
{
    if (!m_password) {
        m_valuesWanted = uniqueId; // answered when the password has been read
        return;
    }
    auto known = m_valuesRequests.find(uniqueId);
    if (known == m_valuesRequests.end()) {
        const review::PullRequestState &state = m_page->state();
        const dbt::PlannedModel *model
            = state.plan ? state.plan->model(uniqueId.toStdString()) : nullptr;
        if (!model)
            return;
        auto spec = warehouse::parseConnectionUrl(m_integration.connectionUrl, *m_password);
        if (!spec) {
            m_page->showError(tr("The Values tab cannot connect: %1").arg(spec.errorMessage()));
            return;
        }
        auto request = ci::diffRequestFor(*model, m_integration, *spec);
        if (auto *error = std::get_if<QString>(&request)) {
            m_page->showError(tr("The Values tab cannot browse %1: %2")
                                  .arg(QString::fromStdString(model->name), *error));
            return;
        }
        known = m_valuesRequests.emplace(uniqueId, std::get<diff::DiffRequest>(request)).first;
    }
    m_page->showValues(uniqueId, known->second);
}

void PullRequestController::start(review::PipelineJob job, const QSet<QString> &models)
{
    if (m_busy)
        return;
    job.request.integration = m_integration;
    job.request.prNumber = m_number;
    job.request.manual = true;
    job.request.manifestCacheDir = m_context.manifestCacheDir;
    if (m_integration.artifacts && !job.request.facts)
        job.request.facts = ci::localPullRequestFacts(m_integration, m_number);
    const bool trigger = job.triggerPrJob;
    PipelineRun run {std::move(job), m_context.secrets, m_store ? m_context.storePath : QString()};

    auto *runner = new PipelineRunner(this);
    connect(runner, &PipelineRunner::progress, m_page, [this, runner](const QString &text) {
        if (runner == m_runner)
            m_page->setProgressText(text);
    });
    connect(runner, &PipelineRunner::diffProgress, m_page, [this, runner](int done, int total) {
        if (runner == m_runner)
            m_page->setDiffProgress(done, total);
    });
    connect(runner, &PipelineRunner::finished, this,
            [this, runner, integration = m_integration.name, number = m_number, trigger] {
                onFinished(runner, integration, number, trigger);
            });
    if (!runner->start(std::move(run))) {
        delete runner;
        return;
    }
    m_runner = runner;
    m_busy = true;
    m_page->setRunning(true, models);
}

void PullRequestController::runAll()
{
    QSet<QString> models;
    if (m_page->hasState() && m_page->state().plan) {
        for (const dbt::PlannedModel &m : m_page->state().plan->models) {
            if (m.selected)
                models.insert(QString::fromStdString(m.uniqueId));
        }
    }
    start({}, models);
}

void PullRequestController::rerunModel(const QString &uniqueId)
{
    review::PipelineJob job;
    job.request.onlyModel = uniqueId.toStdString();
    // The plan and the commit the page shows: nothing is fetched again (Re-run all refreshes).
    if (m_page->hasState() && m_page->state().plan && !m_page->state().headSha.isEmpty()) {
        const review::PullRequestState &shown = m_page->state();
        job.request.plan = shown.plan;
        job.request.facts = ci::PullRequestFacts {m_number, shown.headSha, shown.baseBranch, {}};
    }
    start(std::move(job), {uniqueId});
}

void PullRequestController::triggerPrJob()
{
    review::PipelineJob job;
    job.triggerPrJob = true;
    start(std::move(job), {});
}

void PullRequestController::cancel()
{
    if (!m_busy || !m_runner)
        return;
    m_runner->cancel();
    m_page->setProgressText(tr("Cancelling\u2026"));
}

void PullRequestController::stop()
{
    m_busy = false;
    if (m_runner)
        m_runner->cancel();
    m_runner = nullptr;
}

void PullRequestController::onFinished(PipelineRunner *runner, const QString &integration,
                                       int number, bool trigger)
{
    runner->deleteLater();
    const bool cancelled = runner->wasCancelled();
    const auto &outcome = runner->outcome();
    if (runner != m_runner) {
        // A run the page no longer shows (stopped when the user opened another pull request).
        if (outcome && outcome->result) {
            Q_EMIT runFinished(integration, number,
                               QString::fromLatin1(ci::toString(outcome->result->check)),
                               outcome->result->checkDescription);
        }
        return;
    }
    m_runner = nullptr;
    m_busy = false;
    m_page->setRunning(false);
    if (!outcome) {
        if (cancelled)
            m_page->setProgressText(tr("Cancelled."));
        else
            m_page->showError(outcome.errorMessage());
        return;
    }
    if (trigger) {
        const QString said
            = outcome->triggered ? review::describeTrigger(*outcome->triggered, number) : QString();
        m_page->setProgressText(said);
        Q_EMIT message(said);
        return;
    }
    const ci::PipelineResult &result = *outcome->result;
    review::PullRequestState state;
    if (outcome->rerunOfOneModel && m_page->hasState() && m_page->state().plan) {
        state = m_page->state();
        state.mergeRerun(result);
    } else {
        state = review::PullRequestState::fromPipeline(result);
    }
    setPageState(std::move(state));
    int failed = 0;
    for (const ci::ModelOutcome &m : result.models)
        failed += m.state == ci::ModelOutcome::State::Failed;
    const QString summary = cancelled ? tr("Cancelled; the diffs that finished are shown.")
        : failed > 0                  ? tr("Finished; %n diff(s) failed.", nullptr, failed)
                                      : tr("Finished.");
    m_page->setProgressText(summary);
    if (!result.storeProblems.isEmpty())
        Q_EMIT message(tr("The results were not all kept: %1")
                           .arg(result.storeProblems.join(QStringLiteral("; "))));
    Q_EMIT runFinished(m_integration.name, m_number,
                       QString::fromLatin1(ci::toString(result.check)), result.checkDescription);
}

} // namespace tidemark::ui
