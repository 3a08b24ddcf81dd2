#include "review/pull_request_state.h"

#include <algorithm>
#include <iterator>

namespace tidemark::review {

namespace {

ci::ModelOutcome::State outcomeState(store::ModelDiffState state)
{
    switch (state) {
    case store::ModelDiffState::Done: return ci::ModelOutcome::State::Diffed;
    case store::ModelDiffState::Failed: return ci::ModelOutcome::State::Failed;
    case store::ModelDiffState::Pending:
    case store::ModelDiffState::Running: return ci::ModelOutcome::State::Waiting;
    case store::ModelDiffState::Skipped: return ci::ModelOutcome::State::Skipped;
    }
    return ci::ModelOutcome::State::Skipped;
}

} // namespace

PullRequestState PullRequestState::fromPipeline(const ci::PipelineResult &result)
{
    PullRequestState s;
    s.integration = result.integration;
    s.number = result.prNumber;
    s.headSha = result.headSha;
    s.baseBranch = result.baseBranch;
    s.gatesPassed = result.gates.passed;
    s.gatesReason = result.gates.reason;
    s.plan = result.plan;
    s.outcomes = result.models;
    s.checkState = QString::fromLatin1(ci::toString(result.check));
    s.checkDescription = result.checkDescription;
    s.runState = QStringLiteral("complete");
    s.finishedAt = QDateTime::currentDateTimeUtc();
    s.prManifestPath = result.prManifestPath;
    return s;
}

PullRequestState PullRequestState::fromRun(const store::RunRecord &run)
{
    PullRequestState s;
    s.integration = run.info.integration;
    s.number = run.info.prNumber;
    s.headSha = run.info.headSha;
    if (run.gateOutcome.is_object()) {
        s.gatesPassed = run.gateOutcome.value("passed", true);
        s.gatesReason = QString::fromStdString(run.gateOutcome.value("reason", std::string()));
    }
    s.plan = run.plan;
    for (const store::ModelDiffRecord &record : run.models) {
        ci::ModelOutcome o;
        o.uniqueId = record.uniqueId.toStdString();
        if (s.plan) {
            if (const dbt::PlannedModel *m = s.plan->model(o.uniqueId))
                o.name = m->name;
        }
        if (o.name.empty())
            o.name = o.uniqueId.substr(o.uniqueId.rfind('.') + 1);
        o.state = outcomeState(record.state);
        o.note = record.error;
        o.result = record.result;
        s.outcomes.push_back(std::move(o));
    }
    s.checkState = run.checkState;
    s.checkDescription = run.checkDescription;
    s.runState = store::stateName(run.state);
    s.error = run.error;
    s.finishedAt = run.finishedAt.isValid() ? run.finishedAt : run.startedAt;
    if (run.summary.is_object() && run.summary.contains("manifests"))
        s.prManifestPath
            = QString::fromStdString(run.summary["manifests"].value("pr", std::string()));
    return s;
}

const ci::ModelOutcome *PullRequestState::outcome(const std::string &uniqueId) const
{
    for (const ci::ModelOutcome &o : outcomes) {
        if (o.uniqueId == uniqueId)
            return &o;
    }
    return nullptr;
}

void PullRequestState::mergeRerun(const ci::PipelineResult &rerun)
{
    for (const ci::ModelOutcome &fresh : rerun.models) {
        if (fresh.state != ci::ModelOutcome::State::Diffed
            && fresh.state != ci::ModelOutcome::State::Failed)
            continue;
        bool replaced = false;
        for (ci::ModelOutcome &o : outcomes) {
            if (o.uniqueId == fresh.uniqueId) {
                o = fresh;
                replaced = true;
            }
        }
        if (!replaced)
            outcomes.push_back(fresh);
    }
    if (!plan && rerun.plan)
        plan = rerun.plan;
    if (!rerun.prManifestPath.isEmpty())
        prManifestPath = rerun.prManifestPath;
    finishedAt = QDateTime::currentDateTimeUtc();
}

Expected<std::optional<PullRequestState>>
loadPullRequestState(const store::ResultsStore &store, const QString &integration, int prNumber)
{
    auto runs = store.runsForPullRequest(integration, prNumber); // newest first
    if (!runs)
        return runs.error();
    auto base = std::find_if(runs->begin(), runs->end(), [](const store::RunRecord &r) {
        return r.info.trigger != store::RunTrigger::Rerun && r.state != store::RunState::Running;
    });
    if (base == runs->end())
        return std::optional<PullRequestState>();
    auto full = store.run(base->id);
    if (!full)
        return full.error();
    if (!*full)
        return std::optional<PullRequestState>();
    PullRequestState state = PullRequestState::fromRun(**full);
    // Re-runs after it, oldest first.
    for (auto it = std::make_reverse_iterator(base); it != runs->rend(); ++it) {
        if (it->info.trigger != store::RunTrigger::Rerun || it->state != store::RunState::Complete
            || it->info.headSha != state.headSha)
            continue;
        auto rerun = store.run(it->id);
        if (!rerun)
            return rerun.error();
        if (!*rerun)
            continue;
        const PullRequestState fresh = PullRequestState::fromRun(**rerun);
        ci::PipelineResult asResult;
        asResult.models = fresh.outcomes;
        state.mergeRerun(asResult);
        state.finishedAt = fresh.finishedAt;
    }
    return std::optional<PullRequestState>(std::move(state));
}

} // namespace tidemark::review
