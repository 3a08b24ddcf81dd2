#include "workspace/pipeline_runner.h"

#include "secrets/secret_store.h"
#include "store/results_store.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace tidemark::ui {

namespace {

Expected<review::PipelineJobOutcome> runOnWorker(PipelineRun run, diff::DiffControl &control)
{
    review::JobContext context;
    context.secretStore = run.secrets.get();
    std::unique_ptr<store::ResultsStore> store;
    if (!run.storePath.isEmpty()) {
        auto opened = store::ResultsStore::open(run.storePath);
        if (!opened)
            return opened.error();
        store = std::move(*opened);
        context.resultsStore = store.get();
    }
    return review::runPipelineJob(std::move(run.job), context, control);
}

} // namespace

PipelineRunner::PipelineRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_outcome = m_watcher.result();
        Q_EMIT finished();
    });
}

PipelineRunner::~PipelineRunner()
{
    // At shutdown only (a runner is kept until its run finished): cancelled work returns within
    // about a second, and its worker must not outlive what it reports to.
    cancel();
    m_watcher.waitForFinished();
}

bool PipelineRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool PipelineRunner::start(PipelineRun run)
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
    run.job.request.progress = [post](const QString &text) {
        post([text](PipelineRunner *r) { Q_EMIT r->progress(text); });
    };
    run.job.request.diffProgress = [post](int done, int total) {
        post([done, total](PipelineRunner *r) { Q_EMIT r->diffProgress(done, total); });
    };
    std::shared_ptr<diff::DiffControl> control = m_control;
    m_watcher.setFuture(QtConcurrent::run([run = std::move(run), control]() mutable {
        return runOnWorker(std::move(run), *control);
    }));
    return true;
}

void PipelineRunner::cancel()
{
    if (m_control)
        m_control->cancel();
}

bool PipelineRunner::wasCancelled() const
{
    return m_control && m_control->isCancelled();
}

} // namespace tidemark::ui
