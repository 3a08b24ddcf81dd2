#pragma once

// Drives the pull-request page: shows the stored results of a pull request at once, runs the
// pipeline (all models, one model, or the dbt Cloud PR job) through a PipelineRunner with progress
// and cancel, and keeps the page and the pull-request list up to date.

#include "ci/integration.h"
#include "diff/diff_engine.h"
#include "review/pull_request_state.h"
#include "workspace/app_context.h"
#include "workspace/pipeline_runner.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

namespace tidemark::store {
class ResultsStore;
}

namespace tidemark::ui {

class PullRequestPage;

class PullRequestController final : public QObject
{
    Q_OBJECT

public:
    // `store` is the GUI thread's connection to the results store (may be null: nothing is kept).
    PullRequestController(PullRequestPage *page, const AppContext &context,
                          store::ResultsStore *store, QObject *parent = nullptr);

    // Shows the pull request: its stored results at once; a local integration that never ran
    // runs now (its diffs need no network).
    void open(const ci::Integration &integration, int number, const QString &title);
    // From start until the page shows the outcome.
    bool isRunning() const { return m_busy; }
    int pullRequest() const { return m_number; }

    void runAll();
    void rerunModel(const QString &uniqueId);
    void triggerPrJob();
    void cancel();
    // Cancels a running job and leaves it to finish on its own (returns at once): the page no
    // longer shows it; when it ends, the pull-request list still hears its check.
    void stop();

Q_SIGNALS:
    void runFinished(const QString &integration, int number, const QString &checkState,
                     const QString &description);
    void message(const QString &text);

private:
    // Shows the stored state, or an empty one (and runs a local integration that never ran).
    void show(const ci::Integration &integration, std::optional<review::PullRequestState> stored);
    void start(review::PipelineJob job, const QSet<QString> &models);
    void setPageState(review::PullRequestState state);
    // The Values tab's diff of a model: computed once per shown state, with the warehouse
    // password read off the GUI thread (a request waits for it).
    void provideValues(const QString &uniqueId);
    void onFinished(PipelineRunner *runner, const QString &integration, int number, bool trigger);

    PullRequestPage *m_page;
    const AppContext &m_context;
    store::ResultsStore *m_store;
    PipelineRunner *m_runner = nullptr; // the run the page shows; others finish on their own
    ci::Integration m_integration;
    int m_number = 0;
    QString m_title;
    bool m_busy = false;
    int m_openGeneration = 0; // the open() whose stored state is wanted
    std::optional<QString> m_password; // the integration's warehouse password, once read
    QString m_valuesWanted; // a model whose Values wait for the password
    std::map<QString, diff::DiffRequest> m_valuesRequests;
};

} // namespace tidemark::ui
