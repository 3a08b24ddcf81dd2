#include "ci/pipeline.h"
#include "common/translation.h"

#include "cloud/dbt_cloud.h"
#include "dbt/manifest_loader.h"
#include "git/code_host.h"
#include "store/results_store.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QThread>

namespace tidemark::ci {

namespace {

void say(const PipelineRequest &request, const QString &text)
{
    if (request.progress)
        request.progress(text);
}

Expected<dbt::Manifest> manifestFromBytes(const QByteArray &bytes, const QString &name)
{
    const simdjson::padded_string buffer(bytes.constData(), size_t(bytes.size()));
    auto manifest = dbt::parseManifest(buffer, name);
    if (manifest)
        manifest->path = name;
    return manifest;
}

// Writes a downloaded manifest into the cache folder; an empty path when that fails (the cache is a
// convenience: the run goes on without it).
QString keepManifest(const QString &folder, qint64 runId, const QByteArray &bytes)
{
    if (!QDir().mkpath(folder))
        return {};
    const QString path = QDir(folder).filePath(QStringLiteral("%1.manifest.json").arg(runId));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {};
    return path;
}

QString describeRun(const cloud::Run &run)
{
    return run.href.isEmpty() ? Tr::tr("run %1").arg(run.id)
                              : Tr::tr("run %1 (%2)").arg(run.id).arg(run.href);
}

// The PR job's run for this pull request and head, waiting while it runs.
Expected<cloud::Run> pullRequestRun(const PipelineRequest &request, cloud::DbtCloud &cloud,
                                    const PullRequestFacts &pr)
{
    const DbtCloudSettings &s = request.integration.dbtCloud;
    QElapsedTimer waited;
    waited.start();
    std::optional<qint64> runId;
    while (true) {
        if (request.control && request.control->isCancelled())
            return Error {Tr::tr("the pipeline was cancelled")};
        Expected<std::optional<cloud::Run>> found = runId
            ? Expected<std::optional<cloud::Run>>(std::optional<cloud::Run>())
            : cloud.findPullRequestRun(s.accountId, s.prJobId, pr.number, pr.headSha);
        if (!found)
            return found.error();
        std::optional<cloud::Run> run = *found;
        if (runId) {
            auto current = cloud.run(s.accountId, *runId);
            if (!current)
                return current.error();
            run = *current;
        }
        if (!run) {
            if (waited.elapsed() >= request.waitForRun.count()) {
                return Error {
                    Tr::tr("dbt Cloud job %1 has no run for pull request #%2 at %3; has the "
                           "CI job been triggered "
                           "for this commit? (tidemark-cli ci can trigger it)")
                        .arg(s.prJobId)
                        .arg(pr.number)
                        .arg(pr.headSha.left(12))};
            }
        } else {
            runId = run->id;
            if (run->isTerminal()) {
                if (run->isSuccess())
                    return *run;
                return Error {Tr::tr("the dbt Cloud PR job's %1 ended with %2%3; fix the PR's dbt "
                                     "build and push again")
                                  .arg(describeRun(*run), run->statusHumanized,
                                       run->statusMessage.isEmpty()
                                           ? QString()
                                           : QStringLiteral(": ") + run->statusMessage)};
            }
            if (waited.elapsed() >= request.waitForRun.count()) {
                return Error {
                    Tr::tr("the dbt Cloud PR job's %1 is still %2 after %3 s; try again when "
                           "it has finished")
                        .arg(describeRun(*run), run->statusHumanized.toLower())
                        .arg(request.waitForRun.count() / 1000)};
            }
            say(request,
                Tr::tr("Waiting for the dbt Cloud PR job's %1 (%2)")
                    .arg(describeRun(*run), run->statusHumanized));
        }
        // The pause between looks ends at once on cancel.
        if (!request.control)
            QThread::msleep(ulong(request.pollInterval.count()));
        else if (!request.control->sleepFor(request.pollInterval))
            return Error {Tr::tr("the pipeline was cancelled")};
    }
}

// Production's run: the newest successful run of the artifacts job, or the one at the merge-base.
Expected<cloud::Run> productionRun(const PipelineRequest &request, cloud::DbtCloud &cloud,
                                   git::CodeHost *host, const PullRequestFacts &pr)
{
    const DbtCloudSettings &s = request.integration.dbtCloud;
    cloud::RunQuery query;
    query.jobDefinitionId = s.artifactsJobId;
    query.statuses = {cloud::RunStatus::Success};
    const bool mergeBase = request.integration.ci.commitSelection == QLatin1String("merge-base");
    QString sha;
    if (mergeBase) {
        if (!host)
            return Error {Tr::tr("commit selection \"merge-base\" needs the code host to find the "
                                 "merge-base commit")};
        auto base = host->mergeBase(pr.baseBranch, pr.headSha);
        if (!base)
            return base.error();
        sha = *base;
        query.limit = 500;
    } else {
        query.limit = 1;
    }
    auto runs = cloud.runs(s.accountId, query);
    if (!runs)
        return runs.error();
    for (const cloud::Run &run : *runs) {
        if (!mergeBase || run.gitSha.startsWith(sha)
            || sha.startsWith(run.gitSha.isEmpty() ? QStringLiteral("-") : run.gitSha))
            return run;
    }
    if (mergeBase) {
        return Error {
            Tr::tr("dbt Cloud job %1 has no successful run at the merge-base commit %2; run "
                   "the production job "
                   "on that commit, or switch the commit selection to \"latest\"")
                .arg(s.artifactsJobId)
                .arg(sha.left(12))};
    }
    return Error {Tr::tr("dbt Cloud job %1 has no successful run; production artifacts are missing "
                         "(check the job that "
                         "creates dbt artifacts)")
                      .arg(s.artifactsJobId)};
}

store::ModelDiffState storeState(ModelOutcome::State s)
{
    switch (s) {
    case ModelOutcome::State::Diffed: return store::ModelDiffState::Done;
    case ModelOutcome::State::Failed: return store::ModelDiffState::Failed;
    case ModelOutcome::State::Skipped: return store::ModelDiffState::Skipped;
    case ModelOutcome::State::Waiting: return store::ModelDiffState::Pending;
    }
    return store::ModelDiffState::Skipped;
}

git::CommitState commitState(CheckState s)
{
    switch (s) {
    case CheckState::Success: return git::CommitState::Success;
    case CheckState::Failure: return git::CommitState::Failure;
    case CheckState::Pending: return git::CommitState::Pending;
    case CheckState::Skipped: return git::CommitState::Success;
    }
    return git::CommitState::Success;
}

} // namespace

Expected<PipelineResult> runPipeline(const PipelineRequest &request,
                                     const PipelineServices &services)
{
    const Integration &integration = request.integration;
    PipelineResult result;
    result.integration = integration.name;
    result.prNumber = request.prNumber;

    // 1. The pull request.
    PullRequestFacts pr;
    QStringList changedFiles;
    if (request.facts) {
        pr = *request.facts;
    } else {
        if (!services.codeHost)
            return Error {
                Tr::tr("no code host to ask about pull request #%1").arg(request.prNumber)};
        say(request, Tr::tr("Reading pull request #%1").arg(request.prNumber));
        auto fetched = services.codeHost->pullRequest(request.prNumber);
        if (!fetched)
            return fetched.error();
        pr = {fetched->number, fetched->headSha, fetched->baseBranch, fetched->labels};
        auto files = services.codeHost->changedFiles(request.prNumber);
        if (!files)
            return files.error();
        changedFiles = files->paths;
        if (files->truncated)
            changedFiles << QStringLiteral("(more files than the host lists)");
    }
    result.headSha = pr.headSha;
    result.baseBranch = pr.baseBranch;

    // 2. Gates.
    result.gates = evaluateGates(integration, pr, changedFiles, request.manual);
    std::optional<qint64> runId;
    // A store write that fails loses nothing of the result; it is said, once per thing not kept.
    auto keep = [&result](const Expected<void> &written, const QString &what) {
        if (!written)
            result.storeProblems << Tr::tr("the results store did not keep %1: %2")
                                        .arg(what, written.errorMessage());
    };
    if (services.store) {
        store::RunInfo info {
            integration.name,
            integration.artifacts ? QStringLiteral("local") : integration.repository.provider,
            integration.repository.owner + QLatin1Char('/') + integration.repository.name,
            pr.number,
            pr.headSha,
            QString(),
            request.onlyModel    ? store::RunTrigger::Rerun
                : request.manual ? store::RunTrigger::Manual
                                 : store::RunTrigger::Ci};
        auto begun = services.store->beginRun(info);
        if (!begun)
            return begun.error();
        runId = *begun;
        keep(services.store->saveGateOutcome(*runId, result.gates.toJson()),
             Tr::tr("the gates' outcome"));
    }
    auto fail = [&](const Error &error) -> Expected<PipelineResult> {
        if (runId) {
            store::RunOutcome outcome;
            outcome.state = request.control && request.control->isCancelled()
                ? store::RunState::Cancelled
                : store::RunState::Failed;
            outcome.error = error.message;
            if (auto kept = services.store->finishRun(*runId, outcome); !kept)
                return Error {Tr::tr("%1 (and the results store could not record it: %2)")
                                  .arg(error.message, kept.errorMessage())};
        }
        return error;
    };

    if (result.gates.passed) {
        // 3. Manifests (unless the plan is known: a re-run of what a page shows).
        std::optional<dbt::Manifest> prod;
        std::optional<dbt::Manifest> prManifest;
        if (request.plan) {
            say(request, Tr::tr("Re-running with the plan already loaded"));
            result.plan = *request.plan;
        } else if (integration.artifacts) {
            say(request, Tr::tr("Reading local manifests"));
            auto p = dbt::loadManifest(integration.artifacts->prod);
            if (!p)
                return fail(p.error());
            auto q = dbt::loadManifest(integration.artifacts->pr);
            if (!q)
                return fail(q.error());
            prod = std::move(*p);
            prManifest = std::move(*q);
            result.prodSource = integration.artifacts->prod;
            result.prSource = integration.artifacts->pr;
            result.prodManifestPath
                = prod->path.isEmpty() ? integration.artifacts->prod : prod->path;
            result.prManifestPath
                = prManifest->path.isEmpty() ? integration.artifacts->pr : prManifest->path;
        } else {
            if (!services.cloud)
                return fail(Error {Tr::tr("no dbt Cloud connection to fetch the manifests from")});
            say(request, Tr::tr("Finding the dbt Cloud PR job's run"));
            auto prRun = pullRequestRun(request, *services.cloud, pr);
            if (!prRun)
                return fail(prRun.error());
            auto prodRun = productionRun(request, *services.cloud, services.codeHost, pr);
            if (!prodRun)
                return fail(prodRun.error());
            say(request, Tr::tr("Downloading manifests"));
            auto prBytes = services.cloud->artifact(integration.dbtCloud.accountId, prRun->id,
                                                    QStringLiteral("manifest.json"));
            if (!prBytes)
                return fail(prBytes.error());
            auto prodBytes = services.cloud->artifact(integration.dbtCloud.accountId, prodRun->id,
                                                      QStringLiteral("manifest.json"));
            if (!prodBytes)
                return fail(prodBytes.error());
            result.prSource = Tr::tr("dbt Cloud %1").arg(describeRun(*prRun));
            result.prodSource = Tr::tr("dbt Cloud %1").arg(describeRun(*prodRun));
            auto q = manifestFromBytes(*prBytes,
                                       Tr::tr("manifest.json of dbt Cloud run %1").arg(prRun->id));
            if (!q)
                return fail(q.error());
            auto p = manifestFromBytes(
                *prodBytes, Tr::tr("manifest.json of dbt Cloud run %1").arg(prodRun->id));
            if (!p)
                return fail(p.error());
            prod = std::move(*p);
            prManifest = std::move(*q);
            if (!request.manifestCacheDir.isEmpty()) {
                result.prManifestPath = keepManifest(request.manifestCacheDir, prRun->id, *prBytes);
                result.prodManifestPath
                    = keepManifest(request.manifestCacheDir, prodRun->id, *prodBytes);
            }
        }

        // 4. Plan and selection.
        if (!result.plan) {
            dbt::ChangePlanOptions options;
            options.slimDiff = integration.ci.slimDiff;
            options.diffAllDownstream = pr.labels.contains(QLatin1String(kDiffAllDownstreamLabel));
            options.primaryKeyTag = integration.primaryKeyTag.toStdString();
            result.plan = dbt::planChanges(*prod, *prManifest, options);
        }
        if (runId)
            keep(services.store->savePlan(*runId, *result.plan), Tr::tr("the plan"));
        result.models = selectModels(*result.plan, integration, request.manual, request.onlyModel);

        // 5. Diffs.
        auto spec
            = warehouse::parseConnectionUrl(integration.connectionUrl, request.warehousePassword);
        if (!spec)
            return fail(
                Error {Tr::tr("the integration's data connection: %1").arg(spec.errorMessage())});
        say(request, Tr::tr("Diffing models"));
        runModelDiffs(result.models, *result.plan, integration, *spec, request.parallelism,
                      request.control, [&request](int done, int total) {
                          say(request, Tr::tr("Diffed %1 of %2 models").arg(done).arg(total));
                          if (request.diffProgress)
                              request.diffProgress(done, total);
                      });
        if (runId) {
            for (const ModelOutcome &m : result.models)
                keep(services.store->recordModelDiff(*runId, QString::fromStdString(m.uniqueId),
                                                     storeState(m.state), m.result, m.note),
                     Tr::tr("the diff of %1").arg(QString::fromStdString(m.name)));
        }
        const auto [check, description] = decideCheck(result.models, integration);
        result.check = check;
        result.checkDescription = description;
    } else {
        result.check = CheckState::Skipped;
        result.checkDescription = Tr::tr("skipped: %1").arg(result.gates.reason);
    }

    // 6. Comment and status.
    if (request.post) {
        if (!services.codeHost)
            return fail(
                Error {Tr::tr("--post needs the code host (repository settings and a token)")});
        say(request, Tr::tr("Posting the summary on pull request #%1").arg(pr.number));
        auto posted = services.codeHost->upsertComment(
            pr.number, QString::fromLatin1(kCommentMarker), pullRequestComment(result));
        if (!posted)
            return fail(posted.error());
        git::CommitStatus status;
        status.state = commitState(result.check);
        status.description = result.checkDescription;
        auto set = services.codeHost->setCommitStatus(pr.headSha, status);
        if (!set)
            return fail(set.error());
    }
    if (runId) {
        store::RunOutcome outcome;
        outcome.state = store::RunState::Complete;
        outcome.checkState = QString::fromLatin1(toString(result.check));
        outcome.checkDescription = result.checkDescription;
        outcome.summary = result.toJson()["check"];
        outcome.summary["manifests"] = {{"prod", result.prodManifestPath.toStdString()},
                                        {"pr", result.prManifestPath.toStdString()}};
        keep(services.store->finishRun(*runId, outcome), Tr::tr("the run's outcome"));
    }
    return result;
}

} // namespace tidemark::ci
