#include "command_ci.h"

#include "cli_common.h"

#include "ci/integration.h"
#include "ci/pipeline.h"
#include "cloud/dbt_cloud_client.h"
#include "git/code_host.h"
#include "net/http_client.h"
#include "secrets/chained_secret_store.h"
#include "secrets/secret_store.h"
#include "store/results_store.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <csignal>
#include <cstdio>

namespace tidemark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tidemark::cli::ci", text);
}

diff::DiffControl *g_control = nullptr;

void onInterrupt(int)
{
    if (g_control)
        g_control->cancel();
}

void note(const QString &text)
{
    const QByteArray line = (QStringLiteral("tidemark-cli: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

std::string textReport(const ci::PipelineResult &r)
{
    std::string out = "pull request #" + std::to_string(r.prNumber) + " at " + r.headSha.left(12).toStdString() + "\n";
    out += "gates: " + std::string(r.gates.passed ? "passed" : "stopped") + " (" + r.gates.reason.toStdString() + ")\n";
    for (const ci::ModelOutcome &m : r.models) {
        out += "  " + m.name + ": ";
        if (m.result) {
            const auto &d = *m.result;
            out += "rows " + std::to_string(d.rows.a) + " / " + std::to_string(d.rows.b) + ", only in A " + std::to_string(d.rows.exclusiveA)
                   + ", only in B " + std::to_string(d.rows.exclusiveB) + ", updated " + std::to_string(d.rows.updated) + "\n";
        } else {
            out += m.note.toStdString() + "\n";
        }
    }
    out += "check: " + std::string(ci::toString(r.check)) + " (" + r.checkDescription.toStdString() + ")\n";
    return out;
}

} // namespace

int runCi(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption integrationFile(QStringLiteral("integration"), tr("The integration file the desktop app saved."), tr("FILE"));
    const QCommandLineOption pr(QStringLiteral("pr"), tr("The pull (merge) request number."), tr("N"));
    const QCommandLineOption post(QStringLiteral("post"), tr("Post or update the pull request comment and set the commit status."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: json (default), markdown (the comment) or text."), tr("FORMAT"));
    const QCommandLineOption rerun(QStringLiteral("rerun"),
                                   tr("A run started by hand: ignores the CI switch, the label and the diff threshold."));
    const QCommandLineOption model(QStringLiteral("model"), tr("With --rerun: diff only this model (unique_id or name)."), tr("MODEL"));
    const QCommandLineOption trigger(QStringLiteral("trigger"), tr("Trigger the dbt Cloud PR job for this pull request and exit."));
    const QCommandLineOption wait(QStringLiteral("wait"), tr("Seconds to wait for the PR job's run to finish (default 1800)."), tr("S"));
    const QCommandLineOption poll(QStringLiteral("poll"), tr("Seconds between looks at a running run (default 15)."), tr("S"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), tr("Diffs run at once (default 4)."), tr("N"));
    parser.addOptions({integrationFile, pr, post, format, rerun, model, trigger, wait, poll, parallel});
    if (auto done = parseCommand(parser, arguments,
                                 tr("Run the pull-request pipeline for one pull request with an integration file. Secrets "
                                    "come from TIDEMARK_DBT_CLOUD_TOKEN, TIDEMARK_GIT_TOKEN and TIDEMARK_PASSWORD, or "
                                    "from the keychain. Exit 0: the check passed; 1: it failed; 2: an error.")))
        return *done;
    if (!parser.isSet(integrationFile))
        return fail(tr("ci needs --integration FILE (see --help)"));
    const auto fmt = formatOption(parser, QStringLiteral("format"), {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("text")});
    if (!fmt)
        return fail(tr("unknown --format \"%1\": use json, markdown or text").arg(parser.value(format)));
    auto integration = ci::loadIntegration(parser.value(integrationFile));
    if (!integration)
        return fail(integration.errorMessage());
    const auto prNumber = countOption(parser, QStringLiteral("pr"), 0);
    if (!prNumber)
        return fail(tr("--pr takes a pull request number"));
    if (*prNumber == 0 && !integration->artifacts)
        return fail(tr("ci needs --pr N (the integration reads its manifests from dbt Cloud)"));
    if (parser.isSet(model) && !parser.isSet(rerun))
        return fail(tr("--model goes with --rerun"));
    const auto waitSeconds = countOption(parser, QStringLiteral("wait"), 1800);
    const auto pollSeconds = countOption(parser, QStringLiteral("poll"), 15);
    const auto parallelism = countOption(parser, QStringLiteral("parallel"), 4);
    if (!waitSeconds || !pollSeconds || !parallelism || *parallelism < 1)
        return fail(tr("--wait, --poll and --parallel take whole numbers (--parallel at least 1)"));

    // Secrets: the environment first (CI), then the keychain.
    std::unique_ptr<secrets::SecretStore> secretStore = secrets::createDefaultSecretStore();
    auto secret = [&](const QString &key) -> Expected<QString> {
        auto value = secretStore->read(key);
        if (!value)
            return value.error();
        return value->value_or(QString());
    };

    net::QtHttpClient http;
    std::unique_ptr<cloud::DbtCloudClient> cloudClient;
    if (!integration->artifacts || parser.isSet(trigger)) {
        auto token = secret(integration->dbtCloudTokenKey());
        if (!token)
            return fail(token.errorMessage());
        if (token->isEmpty())
            return fail(tr("no dbt Cloud token: set TIDEMARK_DBT_CLOUD_TOKEN or save the integration's token in the desktop app"));
        cloudClient = std::make_unique<cloud::DbtCloudClient>(http, integration->dbtCloud.accessUrl, *token);
        if (!cloudClient->isConfigured())
            return fail(cloudClient->configurationError());
    }
    std::unique_ptr<git::CodeHost> codeHost;
    if (*prNumber > 0) {
        auto token = secret(integration->gitTokenKey());
        if (!token)
            return fail(token.errorMessage());
        if (token->isEmpty() && (!integration->artifacts || parser.isSet(post)))
            return fail(tr("no %1 token: set TIDEMARK_GIT_TOKEN or save the integration's token in the desktop app")
                            .arg(integration->repository.provider == QLatin1String("gitlab") ? QStringLiteral("GitLab") : QStringLiteral("GitHub")));
        if (!token->isEmpty()) {
            auto host = git::makeCodeHost(integration->repository.provider, integration->repository.apiUrl, integration->repository.owner,
                                          integration->repository.name, *token, http);
            if (!host)
                return fail(host.errorMessage());
            codeHost = std::move(*host);
        }
    }

    if (parser.isSet(trigger)) {
        if (!codeHost)
            return fail(tr("--trigger needs the pull request's head commit: set TIDEMARK_GIT_TOKEN"));
        auto pull = codeHost->pullRequest(*prNumber);
        if (!pull)
            return fail(pull.errorMessage());
        cloud::TriggerRequest request;
        request.cause = tr("Triggered by Tidemark for pull request #%1").arg(*prNumber);
        request.gitSha = pull->headSha;
        if (integration->repository.provider == QLatin1String("gitlab"))
            request.gitlabMergeRequestId = *prNumber;
        else
            request.githubPullRequestId = *prNumber;
        request.schemaOverride = cloud::pullRequestSchema(integration->dbtCloud.prJobId, *prNumber);
        auto run = cloudClient->triggerRun(integration->dbtCloud.accountId, integration->dbtCloud.prJobId, request);
        if (!run)
            return fail(run.errorMessage());
        printOut(nlohmann::json{{"run_id", run->id}, {"status", run->statusHumanized.toStdString()}, {"href", run->href.toStdString()}}.dump(2));
        return Success;
    }

    auto password = secret(integration->warehousePasswordKey());
    if (!password)
        return fail(password.errorMessage());

    std::unique_ptr<store::ResultsStore> results;
    if (auto opened = store::ResultsStore::open()) {
        results = std::move(*opened);
    } else {
        note(tr("results are not kept: %1").arg(opened.errorMessage()));
    }

    ci::PipelineRequest request;
    request.integration = *integration;
    request.prNumber = *prNumber;
    request.manual = parser.isSet(rerun);
    request.post = parser.isSet(post);
    if (parser.isSet(model))
        request.onlyModel = parser.value(model).toStdString();
    request.warehousePassword = *password;
    request.parallelism = *parallelism;
    request.waitForRun = std::chrono::seconds(*waitSeconds);
    request.pollInterval = std::chrono::seconds(std::max(1, *pollSeconds));
    if (!codeHost)
        request.facts = ci::localPullRequestFacts(*integration, *prNumber);
    diff::DiffControl control;
    request.control = &control;
    g_control = &control;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    ci::PipelineServices services{cloudClient.get(), codeHost.get(), results.get()};
    auto result = ci::runPipeline(request, services);
    g_control = nullptr;
    if (!result) {
        if (request.post && codeHost && !result.errorMessage().isEmpty()) {
            // Tell the pull request too: the check errored.
            if (auto pull = codeHost->pullRequest(*prNumber)) {
                git::CommitStatus status;
                status.state = git::CommitState::Error;
                status.description = result.errorMessage();
                (void)codeHost->setCommitStatus(pull->headSha, status);
            }
        }
        return fail(result.errorMessage());
    }
    if (*fmt == QLatin1String("markdown"))
        printOut(ci::pullRequestComment(*result));
    else if (*fmt == QLatin1String("text"))
        printOut(textReport(*result));
    else
        printOut(result->toJson().dump(2));
    return result->check == ci::CheckState::Failure ? CheckFailed : Success;
}

} // namespace tidemark::cli
