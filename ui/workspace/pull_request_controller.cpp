#include "workspace/pull_request_controller.h"

#include "ci/pipeline_steps.h"
#include "pull_requests/pull_request_page.h"
#include "secrets/secret_store.h"
#include "store/results_store.h"
#include "tasks/async.h"

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
    m_integration = integration;
    m_number = number;
    m_title = title;
    m_page->setIntegration(integration);
    runAsync(
        m_page,
        [secrets = m_context.secrets, key = integration.warehousePasswordKey()] {
            return readPassword(secrets, key);
        },
        [page = m_page, name = integration.name](const QString &password) {
            page->setWarehousePassword(name, password);
        });
    m_page->setTitle(title);
    if (m_busy)
        return; // the page shows this pull request's run already

    std::optional<review::PullRequestState> stored;
    if (m_store) {
        auto loaded = review::loadPullRequestState(*m_store, integration.name, number);
        if (loaded)
            stored = std::move(*loaded);
        else
            Q_EMIT message(
                tr("The stored results could not be read: %1").arg(loaded.errorMessage()));
    }
    if (stored) {
        m_page->setState(std::move(*stored));
        m_page->setRunning(false);
        return;
    }
    review::PullRequestState empty;
    empty.integration = integration.name;
    empty.number = number;
    if (integration.artifacts && integration.artifacts->pullRequest) {
        empty.headSha = integration.artifacts->pullRequest->headSha;
        empty.baseBranch = integration.artifacts->pullRequest->baseBranch;
    }
    m_page->setState(std::move(empty));
    m_page->setRunning(false);
    if (integration.artifacts)
        runAll();
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
    m_page->setState(std::move(state));
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
