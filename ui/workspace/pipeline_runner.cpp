#include "workspace/pipeline_runner.h"

#include "cloud/dbt_cloud.h"
#include "cloud/dbt_cloud_client.h"
#include "git/code_host.h"
#include "net/http_client.h"
#include "store/results_store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace tidemark::ui {

namespace {

// lupdate files the tr() calls of free functions under the enclosing namespace, so that is the
// context the translations are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("tidemark::ui", text);
}

Expected<PipelineJobOutcome> triggerPrJob(const PipelineJob &job, cloud::DbtCloud &cloud, git::CodeHost *host)
{
    const ci::Integration &integration = job.request.integration;
    const int number = job.request.prNumber;
    QString sha = job.request.facts ? job.request.facts->headSha : QString();
    if (sha.isEmpty()) {
        if (!host)
            return Error{tr("triggering the PR job needs the pull request's head commit: save the repository's token")};
        auto pull = host->pullRequest(number);
        if (!pull)
            return pull.error();
        sha = pull->headSha;
    }
    cloud::TriggerRequest trigger;
    trigger.cause = tr("Triggered by Tidemark for pull request #%1").arg(number);
    trigger.gitSha = sha;
    if (integration.repository.provider == QLatin1String("gitlab"))
        trigger.gitlabMergeRequestId = number;
    else
        trigger.githubPullRequestId = number;
    trigger.schemaOverride = cloud::pullRequestSchema(integration.dbtCloud.prJobId, number);
    auto run = cloud.triggerRun(integration.dbtCloud.accountId, integration.dbtCloud.prJobId, trigger);
    if (!run)
        return run.error();
    PipelineJobOutcome outcome;
    outcome.message = tr("dbt Cloud run %1 started for pull request #%2 (%3)").arg(run->id).arg(number).arg(run->statusHumanized);
    return outcome;
}

Expected<PipelineJobOutcome> runJob(PipelineJob job, diff::DiffControl *control, const std::function<void(const QString &)> &say,
                                    const std::function<void(int, int)> &counted)
{
    const ci::Integration &integration = job.request.integration;
    net::QtHttpClient http;
    std::unique_ptr<cloud::DbtCloudClient> cloud;
    if (!integration.artifacts || job.triggerPrJob) {
        if (job.secrets.dbtCloudToken.isEmpty())
            return Error{tr("no dbt Cloud token: edit the integration and enter its token")};
        cloud = std::make_unique<cloud::DbtCloudClient>(http, integration.dbtCloud.accessUrl, job.secrets.dbtCloudToken);
        if (!cloud->isConfigured())
            return Error{cloud->configurationError()};
    }
    std::unique_ptr<git::CodeHost> host;
    if (!job.secrets.gitToken.isEmpty() && !job.request.facts) {
        auto made = git::makeCodeHost(integration.repository.provider, integration.repository.apiUrl,
                                      integration.repository.owner, integration.repository.name, job.secrets.gitToken, http);
        if (!made)
            return made.error();
        host = std::move(*made);
    }
    if (job.triggerPrJob)
        return triggerPrJob(job, *cloud, host.get());

    std::unique_ptr<store::ResultsStore> store;
    if (!job.storePath.isEmpty()) {
        auto opened = store::ResultsStore::open(job.storePath);
        if (!opened)
            return opened.error();
        store = std::move(*opened);
    }
    ci::PipelineRequest request = job.request;
    request.warehousePassword = job.secrets.warehousePassword;
    request.control = control;
    request.progress = say;
    request.diffProgress = counted;
    auto result = ci::runPipeline(request, {cloud.get(), host.get(), store.get()});
    if (!result)
        return result.error();
    PipelineJobOutcome outcome;
    outcome.rerunOfOneModel = job.request.onlyModel.has_value();
    outcome.result = std::move(*result);
    return outcome;
}

} // namespace

PipelineRunner::PipelineRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Expected<PipelineJobOutcome>>::finished, this, [this] {
        m_outcome = m_watcher.result();
        Q_EMIT finished();
    });
}

PipelineRunner::~PipelineRunner()
{
    if (isRunning()) {
        m_control->cancel();
        m_watcher.waitForFinished();
    }
}

bool PipelineRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool PipelineRunner::start(PipelineJob job)
{
    if (isRunning())
        return false;
    m_control = std::make_shared<diff::DiffControl>();
    // From the worker: deliver on the GUI thread, unless the runner is gone by then.
    QPointer<PipelineRunner> self(this);
    auto post = [self](std::function<void(PipelineRunner *)> signal) {
        QMetaObject::invokeMethod(
            qApp,
            [self, signal = std::move(signal)] {
                if (self)
                    signal(self);
            },
            Qt::QueuedConnection);
    };
    auto say = [post](const QString &text) { post([text](PipelineRunner *r) { Q_EMIT r->progress(text); }); };
    auto counted = [post](int done, int total) {
        post([done, total](PipelineRunner *r) { Q_EMIT r->diffProgress(done, total); });
    };
    std::shared_ptr<diff::DiffControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), control, say, counted]() mutable {
        return runJob(std::move(job), control.get(), say, counted);
    }));
    return true;
}

void PipelineRunner::cancel()
{
    if (m_control)
        m_control->cancel();
}

void PipelineRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

bool PipelineRunner::wasCancelled() const
{
    return m_control && m_control->isCancelled();
}

} // namespace tidemark::ui
