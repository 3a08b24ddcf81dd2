#include "review/pipeline_job.h"
#include "common/translation.h"

#include "ci/pipeline_steps.h"
#include "git/code_host.h"
#include "secrets/secret_store.h"
#include "store/results_store.h"

#include <QCoreApplication>

#include <tuple>

namespace tidemark::review {

namespace {

QString providerName(const ci::Integration &integration)
{
    return integration.repository.provider == QLatin1String("gitlab") ? QStringLiteral("GitLab")
                                                                      : QStringLiteral("GitHub");
}

Expected<cloud::Run> triggerPrJob(const ci::PipelineRequest &request, cloud::DbtCloud &cloud,
                                  git::CodeHost *host)
{
    const ci::Integration &integration = request.integration;
    const int number = request.prNumber;
    QString sha = request.facts ? request.facts->headSha : QString();
    if (sha.isEmpty()) {
        if (!host)
            return Error {
                Tr::tr(
                    "triggering the PR job needs the pull request's head commit from %1: save the "
                    "repository's "
                    "token in the integration (or set TIDEMARK_GIT_TOKEN for tidemark-cli)")
                    .arg(providerName(integration))};
        auto pull = host->pullRequest(number);
        if (!pull)
            return pull.error();
        sha = pull->headSha;
    }
    cloud::TriggerRequest trigger;
    trigger.cause = Tr::tr("Triggered by Tidemark for pull request #%1").arg(number);
    trigger.gitSha = sha;
    if (integration.repository.provider == QLatin1String("gitlab"))
        trigger.gitlabMergeRequestId = number;
    else
        trigger.githubPullRequestId = number;
    trigger.schemaOverride = cloud::pullRequestSchema(integration.dbtCloud.prJobId, number);
    return cloud.triggerRun(integration.dbtCloud.accountId, integration.dbtCloud.prJobId, trigger);
}

// The secrets the job needs from `store` (the keychain, or the environment first in CI): a store
// that cannot be read is an error, a secret that is not there is empty.
Expected<RunSecrets> readSecrets(secrets::SecretStore &store, const PipelineJob &job,
                                 const Cancellation &cancel)
{
    const ci::Integration &integration = job.request.integration;
    const bool cloud = !integration.artifacts || job.triggerPrJob;
    const bool git = job.request.prNumber > 0 && !job.request.facts;
    const bool warehouse = !job.triggerPrJob;
    RunSecrets s;
    for (const auto &[needed, key, into] :
         {std::tuple {cloud, integration.dbtCloudTokenKey(), &s.dbtCloudToken},
          std::tuple {git, integration.gitTokenKey(), &s.gitToken},
          std::tuple {warehouse, integration.warehousePasswordKey(), &s.warehousePassword}}) {
        if (!needed)
            continue;
        auto value = store.read(key, &cancel);
        if (!value)
            return value.error();
        *into = value->value_or(QString());
    }
    return s;
}

} // namespace

QString describeTrigger(const cloud::Run &run, int prNumber)
{
    return Tr::tr("dbt Cloud run %1 started for pull request #%2 (%3)")
        .arg(run.id)
        .arg(prNumber)
        .arg(run.statusHumanized);
}

Expected<PipelineJobOutcome> runPipelineJob(PipelineJob job, const JobContext &context,
                                            diff::DiffControl &control)
{
    ci::PipelineRequest &request = job.request;
    const ci::Integration &integration = request.integration;
    request.control = &control;

    if (!job.secrets) {
        if (!context.secretStore)
            return Error {Tr::tr("no secret store to read the integration's secrets from")};
        auto read = readSecrets(*context.secretStore, job, control);
        if (!read)
            return read.error();
        job.secrets = std::move(*read);
    }
    if (control.isCancelled())
        return Error {Tr::tr("the pipeline was cancelled")};

    std::unique_ptr<cloud::DbtCloud> cloud;
    if (!integration.artifacts || job.triggerPrJob) {
        if (job.secrets->dbtCloudToken.isEmpty())
            return Error {Tr::tr(
                "no dbt Cloud token: save the integration's token in the desktop app (or set "
                "TIDEMARK_DBT_CLOUD_TOKEN for tidemark-cli)")};
        cloud = context.services.dbtCloud(integration.dbtCloud.accessUrl,
                                          job.secrets->dbtCloudToken, &control);
    }
    std::unique_ptr<git::CodeHost> host;
    if (request.prNumber > 0 && !request.facts) {
        if (job.secrets->gitToken.isEmpty() && (!integration.artifacts || request.post))
            return Error {
                Tr::tr("no %1 token: save the integration's token in the desktop app (or set "
                       "TIDEMARK_GIT_TOKEN for "
                       "tidemark-cli)")
                    .arg(providerName(integration))};
        if (!job.secrets->gitToken.isEmpty()) {
            auto made = context.services.codeHost(integration.repository, job.secrets->gitToken,
                                                  &control);
            if (!made)
                return made.error();
            host = std::move(*made);
        }
    }
    if (!host && !request.facts)
        request.facts = ci::localPullRequestFacts(integration, request.prNumber);

    if (job.triggerPrJob) {
        auto run = triggerPrJob(request, *cloud, host.get());
        if (!run)
            return run.error();
        PipelineJobOutcome outcome;
        outcome.triggered = std::move(*run);
        return outcome;
    }

    request.warehousePassword = job.secrets->warehousePassword;
    auto result = ci::runPipeline(request, {cloud.get(), host.get(), context.resultsStore});
    if (!result) {
        if (request.post && host && !control.isCancelled()) {
            // Tell the pull request too: the check errored.
            QString told;
            if (auto pull = host->pullRequest(request.prNumber)) {
                git::CommitStatus status;
                status.state = git::CommitState::Error;
                status.description = result.errorMessage();
                if (auto set = host->setCommitStatus(pull->headSha, status); !set)
                    told = set.errorMessage();
            } else {
                told = pull.errorMessage();
            }
            if (!told.isEmpty())
                return Error {
                    Tr::tr("%1 (and the pull request's status could not be set to error: %2)")
                        .arg(result.errorMessage(), told)};
        }
        return result.error();
    }
    PipelineJobOutcome outcome;
    outcome.rerunOfOneModel = request.onlyModel.has_value();
    outcome.result = std::move(*result);
    return outcome;
}

} // namespace tidemark::review
