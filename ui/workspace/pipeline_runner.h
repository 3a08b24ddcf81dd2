#pragma once

// Runs the pull-request pipeline (or triggers the dbt Cloud PR job) on a worker thread for the
// GUI: progress as text on the GUI thread, cancellation that also stops the statements running on
// the warehouse, the outcome delivered by `finished`. The worker opens its own HTTP clients and its
// own connection to the results store.

#include "ci/pipeline.h"
#include "common/expected.h"
#include "diff/diff_control.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace tidemark::ui {

// The secrets a run needs, read from the keychain on the GUI thread before it starts.
struct RunSecrets
{
    QString dbtCloudToken;
    QString gitToken;
    QString warehousePassword;
};

struct PipelineJob
{
    ci::PipelineRequest request; // integration, pull request, manual, onlyModel, facts
    RunSecrets secrets;
    QString storePath;           // the results store; empty: the run is not kept
    bool triggerPrJob = false;   // trigger the integration's dbt Cloud PR job instead
};

struct PipelineJobOutcome
{
    std::optional<ci::PipelineResult> result; // the pipeline's result
    QString message;                          // what a trigger did
    bool rerunOfOneModel = false;
};

class PipelineRunner final : public QObject
{
    Q_OBJECT

public:
    explicit PipelineRunner(QObject *parent = nullptr);
    ~PipelineRunner() override; // cancels a running job and waits for it

    bool isRunning() const;
    // Starts a job; false when one is running already.
    bool start(PipelineJob job);
    void cancel();
    // Blocks until a running job has returned (after cancel(), promptly).
    void waitForFinished();
    bool wasCancelled() const;
    // Valid after `finished`.
    const Expected<PipelineJobOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(const QString &text);
    void diffProgress(int done, int total);
    void finished();

private:
    QFutureWatcher<Expected<PipelineJobOutcome>> m_watcher;
    std::shared_ptr<diff::DiffControl> m_control;
    Expected<PipelineJobOutcome> m_outcome = Error{QString()};
};

} // namespace tidemark::ui
