#pragma once

// What the pull-request page shows, as one value: the latest run of a pull request (fresh from the
// pipeline, or read back from the results store) with its plan and one outcome per model. Re-runs
// of single models are merged into it.

#include "ci/pipeline_result.h"
#include "store/results_store.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tidemark::review {

struct PullRequestState
{
    QString integration;
    int number = 0;
    QString title;
    QString headSha;
    QString baseBranch;
    bool gatesPassed = true;
    QString gatesReason;
    std::optional<dbt::ChangePlan> plan;
    std::vector<ci::ModelOutcome> outcomes;
    QString checkState; // success | failure | pending | skipped, or empty
    QString checkDescription;
    QString runState; // running | complete | failed | cancelled
    QString error; // why the run failed
    QDateTime finishedAt;
    QString prManifestPath; // for the lineage, when the manifest is on this machine

    static PullRequestState fromPipeline(const ci::PipelineResult &result);
    static PullRequestState fromRun(const store::RunRecord &run);

    const ci::ModelOutcome *outcome(const std::string &uniqueId) const;
    // Takes the outcomes a re-run diffed (or failed) in place of the older ones.
    void mergeRerun(const ci::PipelineResult &rerun);
};

// The pull request's state from the store: its newest run that was not a single-model re-run, with
// the later re-runs of the same commit merged in. An empty optional when it was never run.
Expected<std::optional<PullRequestState>>
loadPullRequestState(const store::ResultsStore &store, const QString &integration, int prNumber);

} // namespace tidemark::review
