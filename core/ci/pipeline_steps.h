#pragma once

// The steps of the pull-request pipeline that need no outside system, each a function of values:
// the gates, the selection of models, a model's diff request, running the diffs with bounded
// parallelism, and the check.

#include "ci/integration.h"
#include "ci/pipeline_result.h"
#include "dbt/change_plan.h"
#include "diff/diff_control.h"
#include "diff/diff_engine.h"
#include "warehouse/connection_spec.h"

#include <functional>
#include <optional>
#include <vector>

namespace tidemark::ci {

// The label that lifts Slim Diff for one pull request.
inline constexpr const char *kDiffAllDownstreamLabel = "tidemark:diff-all-downstream";

struct PullRequestFacts
{
    int number = 0;
    QString headSha;
    QString baseBranch;
    QStringList labels;
};

// A pull request without a code host to ask: the facts the integration's local artifacts give
// (artifacts.pull_request) when `prNumber` is theirs or 0, else just the number.
PullRequestFacts localPullRequestFacts(const Integration &integration, int prNumber);

// Enabled, label, base branch and files to ignore. A manual run ignores the switch and the label.
GateOutcome evaluateGates(const Integration &integration, const PullRequestFacts &pr,
                          const QStringList &changedFiles, bool manual);

// One outcome per new, modified or impacted model that the plan lists: Waiting when the run would
// diff more models than the threshold (CI runs only), Skipped with the reason for those not
// selected, and Diffed-to-be (state Diffed, no result yet) for the rest. `onlyModel` limits a
// re-run to one model.
std::vector<ModelOutcome> selectModels(const dbt::ChangePlan &plan, const Integration &integration,
                                       bool manual,
                                       const std::optional<std::string> &onlyModel = std::nullopt);

// The diff of one planned model, or the reason it cannot be diffed (a new model, no primary key, a
// relation that does not parse).
std::variant<diff::DiffRequest, QString>
diffRequestFor(const dbt::PlannedModel &model, const Integration &integration,
               const warehouse::ConnectionSpec &connection);

// Runs the diffs of the outcomes still to be diffed, at most `parallelism` at a time, each on its
// own connection opened on its own thread; fills in results and failures. `progress` is called
// (from worker threads) with the number finished.
void runModelDiffs(std::vector<ModelOutcome> &outcomes, const dbt::ChangePlan &plan,
                   const Integration &integration, const warehouse::ConnectionSpec &connection,
                   int parallelism, diff::DiffControl *control,
                   const std::function<void(int done, int total)> &progress = {});

// The check: failure on errors (when the integration says so) and on primary key issues (likewise),
// pending while diffs wait for a person, success otherwise.
std::pair<CheckState, QString> decideCheck(const std::vector<ModelOutcome> &outcomes,
                                           const Integration &integration);

} // namespace tidemark::ci
