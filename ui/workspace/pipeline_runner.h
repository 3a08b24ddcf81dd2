#pragma once

// Runs a review::PipelineJob on a worker thread for the GUI (a runner per run; one that is no
// longer on screen is cancelled and left to finish on its own): progress as text on the GUI thread,
// cancellation through the job's token (statements on the warehouse, HTTP requests and their
// back-off, the wait for a dbt Cloud run), the outcome delivered by `finished`. The worker reads
// the secrets, opens its own HTTP clients and its own connection to the results store.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "review/pipeline_job.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace tidemark::secrets {
class SecretStore;
}

namespace tidemark::ui {

struct PipelineRun
{
    review::PipelineJob job;
    std::shared_ptr<secrets::SecretStore> secrets; // read on the worker thread
    QString storePath; // the results store; empty: the run is not kept
};

class PipelineRunner final : public QObject
{
    Q_OBJECT

public:
    explicit PipelineRunner(QObject *parent = nullptr);
    // Cancels a running job and waits for its worker (quitting: cancelled work ends within a
    // second).
    ~PipelineRunner() override;

    bool isRunning() const;
    // Starts a run; false when one is running already.
    bool start(PipelineRun run);
    // Cancels the running job (returns at once); its outcome still arrives with `finished`.
    void cancel();
    bool wasCancelled() const;
    // Valid after `finished`.
    const Expected<review::PipelineJobOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(const QString &text);
    void diffProgress(int done, int total);
    void finished();

private:
    QFutureWatcher<Expected<review::PipelineJobOutcome>> m_watcher;
    std::shared_ptr<diff::DiffControl> m_control;
    Expected<review::PipelineJobOutcome> m_outcome = Error {QString()};
};

} // namespace tidemark::ui
