#pragma once

// The pull-request pipeline of PRODUCT.md, end to end: the pull request's facts from the code
// host, the gates, both manifests (from dbt Cloud, waiting a bounded time for the PR job's run, or
// from local folders), the plan, the selection, the diffs with bounded parallelism, the check, the
// comment and the commit status, and the run kept in the local store. Blocking; run it on a worker
// thread or in the CLI.

#include "ci/integration.h"
#include "ci/pipeline_result.h"
#include "ci/pipeline_steps.h"
#include "common/expected.h"
#include "dbt/change_plan.h"
#include "diff/diff_control.h"

#include <chrono>
#include <functional>
#include <optional>

namespace tidemark::cloud {
class DbtCloud;
}
namespace tidemark::git {
class CodeHost;
}
namespace tidemark::store {
class ResultsStore;
}

namespace tidemark::ci {

struct PipelineServices
{
    cloud::DbtCloud *cloud = nullptr; // needed unless the integration reads local artifacts
    git::CodeHost *codeHost = nullptr; // needed unless `facts` are given (local runs)
    store::ResultsStore *store = nullptr; // optional
};

struct PipelineRequest
{
    Integration integration;
    int prNumber = 0;
    bool manual = false; // started by a person (or --rerun): ignores the switch, the label and the
                         // threshold
    bool post = false; // post the comment and set the commit status
    std::optional<std::string> onlyModel; // re-run one model
    std::optional<PullRequestFacts> facts; // instead of asking the code host
    // A re-run of the plan a page already shows: no manifest is read, fetched or waited for, and
    // the plan is not made again. Goes with `facts`; a refresh leaves it out.
    std::optional<dbt::ChangePlan> plan;
    QString warehousePassword;
    int parallelism = 4;
    std::chrono::milliseconds waitForRun = std::chrono::minutes(30);
    std::chrono::milliseconds pollInterval = std::chrono::seconds(15);
    // When set, manifests downloaded from dbt Cloud are kept there as <run id>.manifest.json.
    QString manifestCacheDir;
    std::function<void(const QString &)> progress;
    // How many of the selected models' diffs have finished (from worker threads).
    std::function<void(int done, int total)> diffProgress;
    diff::DiffControl *control = nullptr;
};

// A runtime failure (artifacts missing, a run that failed, a host that refused) is an Error; what
// the diffs found, including failed diffs, is the result.
Expected<PipelineResult> runPipeline(const PipelineRequest &request,
                                     const PipelineServices &services);

} // namespace tidemark::ci
