#include "workspace/pull_request_controller.h"

#include "ci/pipeline_steps.h"
#include "pull_requests/pull_request_page.h"
#include "store/results_store.h"


namespace tidemark::ui {

PullRequestController::PullRequestController(PullRequestPage *page, const AppContext &context, store::ResultsStore *store,
                                             QObject *parent)
    : QObject(parent), m_page(page), m_context(context), m_store(store)
{
    connect(m_page, &PullRequestPage::rerunAllRequested, this, &PullRequestController::runAll);
    connect(m_page, &PullRequestPage::rerunModelRequested, this, &PullRequestController::rerunModel);
    connect(m_page, &PullRequestPage::triggerPrJobRequested, this, &PullRequestController::triggerPrJob);
    connect(m_page, &PullRequestPage::cancelRequested, this, &PullRequestController::cancel);
    connect(&m_runner, &PipelineRunner::progress, m_page, &PullRequestPage::setProgressText);
    connect(&m_runner, &PipelineRunner::diffProgress, m_page, &PullRequestPage::setDiffProgress);
    connect(&m_runner, &PipelineRunner::finished, this, &PullRequestController::onFinished);
}

RunSecrets PullRequestController::readSecrets() const
{
    RunSecrets s;
    if (!m_context.secrets)
        return s;
    auto read = [this](const QString &key) {
        auto value = m_context.secrets->read(key);
        return value && *value ? **value : QString();
    };
    if (!m_integration.artifacts)
        s.dbtCloudToken = read(m_integration.dbtCloudTokenKey());
    s.gitToken = read(m_integration.gitTokenKey());
    s.warehousePassword = read(m_integration.warehousePasswordKey());
    return s;
}

void PullRequestController::open(const ci::Integration &integration, int number, const QString &title)
{
    if (m_busy && (integration.name != m_integration.name || number != m_number))
        stop(); // its outcome, delivered later, no longer belongs on the page
    m_integration = integration;
    m_number = number;
    m_title = title;
    m_secrets = readSecrets();
    m_page->setIntegration(integration, m_secrets.warehousePassword);
    m_page->setTitle(title);
    if (m_busy)
        return; // the page shows this pull request's run already

    std::optional<PullRequestState> stored;
    if (m_store) {
        auto loaded = loadPullRequestState(*m_store, integration.name, number);
        if (loaded)
            stored = std::move(*loaded);
        else
            Q_EMIT message(tr("The stored results could not be read: %1").arg(loaded.errorMessage()));
    }
    if (stored) {
        m_page->setState(std::move(*stored));
        m_page->setRunning(false);
        return;
    }
    PullRequestState empty;
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

void PullRequestController::start(PipelineJob job, const QSet<QString> &models)
{
    if (m_busy || m_runner.isRunning())
        return;
    job.secrets = m_secrets;
    job.storePath = m_store ? m_context.storePath : QString();
    job.request.integration = m_integration;
    job.request.prNumber = m_number;
    job.request.manual = true;
    job.request.manifestCacheDir = m_context.manifestCacheDir;
    if (m_integration.artifacts)
        job.request.facts = ci::localPullRequestFacts(m_integration, m_number);
    m_trigger = job.triggerPrJob;
    m_jobIntegration = m_integration.name;
    m_jobNumber = m_number;
    if (!m_runner.start(std::move(job)))
        return;
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
    PipelineJob job;
    job.request.onlyModel = uniqueId.toStdString();
    start(std::move(job), {uniqueId});
}

void PullRequestController::triggerPrJob()
{
    PipelineJob job;
    job.triggerPrJob = true;
    start(std::move(job), {});
}

void PullRequestController::cancel()
{
    if (!m_busy)
        return;
    m_runner.cancel();
    m_page->setProgressText(tr("Cancelling\u2026"));
}

void PullRequestController::stop()
{
    m_busy = false;
    if (!m_runner.isRunning())
        return;
    m_runner.cancel();
    m_runner.waitForFinished();
}

void PullRequestController::onFinished()
{
    const bool cancelled = m_runner.wasCancelled();
    const auto &outcome = m_runner.outcome();
    if (m_jobIntegration != m_integration.name || m_jobNumber != m_number) {
        // A run of another pull request, stopped when the user opened this one.
        if (outcome && outcome->result) {
            Q_EMIT runFinished(m_jobIntegration, m_jobNumber, QString::fromLatin1(ci::toString(outcome->result->check)),
                               outcome->result->checkDescription);
        }
        return;
    }
    m_busy = false;
    m_page->setRunning(false);
    if (!outcome) {
        if (cancelled)
            m_page->setProgressText(tr("Cancelled."));
        else
            m_page->showError(outcome.errorMessage());
        return;
    }
    if (m_trigger) {
        m_page->setProgressText(outcome->message);
        Q_EMIT message(outcome->message);
        return;
    }
    const ci::PipelineResult &result = *outcome->result;
    PullRequestState state;
    if (outcome->rerunOfOneModel && m_page->hasState() && m_page->state().plan) {
        state = m_page->state();
        state.mergeRerun(result);
    } else {
        state = PullRequestState::fromPipeline(result);
    }
    m_page->setState(std::move(state));
    int failed = 0;
    for (const ci::ModelOutcome &m : result.models)
        failed += m.state == ci::ModelOutcome::State::Failed;
    const QString summary = cancelled ? tr("Cancelled; the diffs that finished are shown.")
                            : failed > 0 ? tr("Finished; %n diff(s) failed.", nullptr, failed)
                                         : tr("Finished.");
    m_page->setProgressText(summary);
    Q_EMIT runFinished(m_integration.name, m_number, QString::fromLatin1(ci::toString(result.check)), result.checkDescription);
}

} // namespace tidemark::ui
