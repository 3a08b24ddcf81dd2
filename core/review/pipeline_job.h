#pragma once

// The pull-request pipeline as one job, the same for the desktop app (on a worker thread) and the
// CLI: read the integration's secrets, make its services, then run the pipeline or trigger the
// dbt Cloud PR job. Blocking; cancel through the job's DiffControl, which every wait honours.

#include "ci/pipeline.h"
#include "cloud/dbt_cloud.h"
#include "common/expected.h"
#include "review/services.h"

#include <functional>
#include <optional>

namespace tidemark::secrets {
class SecretStore;
}
namespace tidemark::store {
class ResultsStore;
}

namespace tidemark::review {

struct RunSecrets
{
    QString dbtCloudToken;
    QString gitToken;
    QString warehousePassword;
};

struct PipelineJob
{
    ci::PipelineRequest
        request; // integration, pull request, manual, post, onlyModel, facts, callbacks
    std::optional<RunSecrets>
        secrets; // empty: what the job needs is read from the context's secret store
    bool triggerPrJob = false; // trigger the integration's dbt Cloud PR job instead
};

struct PipelineJobOutcome
{
    std::optional<ci::PipelineResult> result; // the pipeline's result
    std::optional<cloud::Run> triggered; // the run a trigger started
    bool rerunOfOneModel = false;
};

struct JobContext
{
    Services services = Services::defaults(Pace::Patient);
    secrets::SecretStore *secretStore = nullptr; // needed when the job brings no secrets
    store::ResultsStore *resultsStore = nullptr; // null: the run is not kept
};

// Runs `job` with `control` as its cancellation (it is set as the request's control). With
// `request.post`, a pipeline that errors also sets the commit status to error.
Expected<PipelineJobOutcome> runPipelineJob(PipelineJob job, const JobContext &context,
                                            diff::DiffControl &control);

// What a trigger says, for people: "dbt Cloud run 70 started for pull request #7 (Queued)".
QString describeTrigger(const cloud::Run &run, int prNumber);

} // namespace tidemark::review
