#include "command_ci.h"

#include "cli_common.h"

#include "ci/integration.h"
#include "review/pipeline_job.h"
#include "secrets/chained_secret_store.h"
#include "secrets/secret_store.h"
#include "store/results_store.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

namespace tidemark::cli {

namespace {

void note(const QString &text)
{
    const QByteArray line = (QStringLiteral("tidemark-cli: ") + text + QLatin1Char('\n')).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

std::string textReport(const ci::PipelineResult &r)
{
    std::string out = "pull request #" + std::to_string(r.prNumber) + " at "
        + r.headSha.left(12).toStdString() + "\n";
    out += "gates: " + std::string(r.gates.passed ? "passed" : "stopped") + " ("
        + r.gates.reason.toStdString() + ")\n";
    for (const ci::ModelOutcome &m : r.models) {
        out += "  " + m.name + ": ";
        if (m.result) {
            const auto &d = *m.result;
            out += "rows " + std::to_string(d.rows.a) + " / " + std::to_string(d.rows.b)
                + ", only in A " + std::to_string(d.rows.exclusiveA) + ", only in B "
                + std::to_string(d.rows.exclusiveB) + ", updated " + std::to_string(d.rows.updated)
                + "\n";
        } else {
            out += m.note.toStdString() + "\n";
        }
    }
    out += "check: " + std::string(ci::toString(r.check)) + " (" + r.checkDescription.toStdString()
        + ")\n";
    return out;
}

} // namespace

int runCi(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption integrationFile(QStringLiteral("integration"),
                                             Tr::tr("The integration file the desktop app saved."),
                                             Tr::tr("FILE"));
    const QCommandLineOption pr(QStringLiteral("pr"), Tr::tr("The pull (merge) request number."),
                                Tr::tr("N"));
    const QCommandLineOption post(
        QStringLiteral("post"),
        Tr::tr("Post or update the pull request comment and set the commit status."));
    const QCommandLineOption format(
        QStringLiteral("format"), Tr::tr("Output: json (default), markdown (the comment) or text."),
        Tr::tr("FORMAT"));
    const QCommandLineOption rerun(
        QStringLiteral("rerun"),
        Tr::tr("A run started by hand: ignores the CI switch, the label and the diff threshold."));
    const QCommandLineOption model(
        QStringLiteral("model"), Tr::tr("With --rerun: diff only this model (unique_id or name)."),
        Tr::tr("MODEL"));
    const QCommandLineOption trigger(
        QStringLiteral("trigger"),
        Tr::tr("Trigger the dbt Cloud PR job for this pull request and exit."));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        Tr::tr("Seconds to wait for the PR job's run to finish (default 1800)."), Tr::tr("S"));
    const QCommandLineOption poll(QStringLiteral("poll"),
                                  Tr::tr("Seconds between looks at a running run (default 15)."),
                                  Tr::tr("S"));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      Tr::tr("Diffs run at once (default 4)."), Tr::tr("N"));
    parser.addOptions(
        {integrationFile, pr, post, format, rerun, model, trigger, wait, poll, parallel});
    if (auto done = parseCommand(
            parser, arguments,
            Tr::tr(
                "Run the pull-request pipeline for one pull request with an integration file. "
                "Secrets "
                "come from TIDEMARK_DBT_CLOUD_TOKEN, TIDEMARK_GIT_TOKEN and TIDEMARK_PASSWORD, or "
                "from the keychain. Exit 0: the check passed; 1: it failed; 2: an error.")))
        return *done;
    if (!parser.isSet(integrationFile))
        return fail(Tr::tr("ci needs --integration FILE (see --help)"));
    const auto fmt = formatOption(
        parser, QStringLiteral("format"),
        {QStringLiteral("json"), QStringLiteral("markdown"), QStringLiteral("text")});
    if (!fmt)
        return fail(Tr::tr("unknown --format \"%1\": use json, markdown or text")
                        .arg(parser.value(format)));
    auto integration = ci::loadIntegration(parser.value(integrationFile));
    if (!integration)
        return fail(integration.errorMessage());
    const auto prNumber = countOption(parser, QStringLiteral("pr"), 0);
    if (!prNumber)
        return fail(Tr::tr("--pr takes a pull request number"));
    if (*prNumber == 0 && !integration->artifacts)
        return fail(Tr::tr("ci needs --pr N (the integration reads its manifests from dbt Cloud)"));
    if (parser.isSet(model) && !parser.isSet(rerun))
        return fail(Tr::tr("--model goes with --rerun"));
    const auto waitSeconds = countOption(parser, QStringLiteral("wait"), 1800);
    const auto pollSeconds = countOption(parser, QStringLiteral("poll"), 15);
    const auto parallelism = countOption(parser, QStringLiteral("parallel"), 4);
    if (!waitSeconds || !pollSeconds || !parallelism || *parallelism < 1)
        return fail(
            Tr::tr("--wait, --poll and --parallel take whole numbers (--parallel at least 1)"));

    // Secrets: the environment first (CI), then the keychain; read by the job as it needs them.
    std::unique_ptr<secrets::SecretStore> secretStore = secrets::createDefaultSecretStore();
    std::unique_ptr<store::ResultsStore> results;
    if (!parser.isSet(trigger)) {
        if (auto opened = store::ResultsStore::open()) {
            results = std::move(*opened);
        } else {
            note(Tr::tr("results are not kept: %1").arg(opened.errorMessage()));
        }
    }

    review::PipelineJob job;
    job.triggerPrJob = parser.isSet(trigger);
    ci::PipelineRequest &request = job.request;
    request.integration = *integration;
    request.prNumber = *prNumber;
    request.manual = parser.isSet(rerun);
    request.post = parser.isSet(post);
    if (parser.isSet(model))
        request.onlyModel = parser.value(model).toStdString();
    request.parallelism = *parallelism;
    request.waitForRun = std::chrono::seconds(*waitSeconds);
    request.pollInterval = std::chrono::seconds(std::max(1, *pollSeconds));

    review::JobContext context;
    context.secretStore = secretStore.get();
    context.resultsStore = results.get();
    diff::DiffControl control;
    const InterruptCancels interrupts(control);
    auto outcome = review::runPipelineJob(std::move(job), context, control);
    if (!outcome)
        return fail(outcome.errorMessage());
    if (outcome->triggered) {
        const cloud::Run &run = *outcome->triggered;
        printOut(nlohmann::json {{"run_id", run.id},
                                 {"status", run.statusHumanized.toStdString()},
                                 {"href", run.href.toStdString()}}
                     .dump(2));
        return Success;
    }
    const ci::PipelineResult *result = &*outcome->result;
    for (const QString &problem : result->storeProblems)
        note(problem);
    if (*fmt == QLatin1String("markdown"))
        printOut(ci::pullRequestComment(*result));
    else if (*fmt == QLatin1String("text"))
        printOut(textReport(*result));
    else
        printOut(result->toJson().dump(2));
    return result->check == ci::CheckState::Failure ? CheckFailed : Success;
}

} // namespace tidemark::cli
