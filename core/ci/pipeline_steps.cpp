#include "ci/pipeline_steps.h"
#include "common/translation.h"

#include "ci/gitignore_matcher.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <thread>

namespace tidemark::ci {

PullRequestFacts localPullRequestFacts(const Integration &integration, int prNumber)
{
    if (integration.artifacts && integration.artifacts->pullRequest) {
        const LocalPullRequest &pr = *integration.artifacts->pullRequest;
        if (prNumber == 0 || prNumber == pr.number)
            return {pr.number, pr.headSha, pr.baseBranch, {}};
    }
    return {prNumber, QString(), QString(), {}};
}

GateOutcome evaluateGates(const Integration &integration, const PullRequestFacts &pr,
                          const QStringList &changedFiles, bool manual)
{
    GateOutcome gates;
    gates.changedFiles = changedFiles;
    if (!manual && !integration.ci.enabled) {
        gates.passed = false;
        gates.reason = Tr::tr("CI is switched off for integration \"%1\"").arg(integration.name);
        return gates;
    }
    if (!manual && !integration.ci.prLabel.isEmpty()
        && !pr.labels.contains(integration.ci.prLabel)) {
        gates.passed = false;
        gates.reason = Tr::tr("the pull request does not carry the label \"%1\"")
                           .arg(integration.ci.prLabel);
        return gates;
    }
    if (!integration.ci.baseBranch.isEmpty() && pr.baseBranch != integration.ci.baseBranch) {
        gates.passed = false;
        gates.reason = Tr::tr("the pull request targets \"%1\", not \"%2\"")
                           .arg(pr.baseBranch, integration.ci.baseBranch);
        return gates;
    }
    const GitignoreMatcher ignore(integration.ci.filesToIgnore);
    if (!ignore.isEmpty()) {
        for (const QString &file : changedFiles) {
            if (ignore.ignored(file))
                gates.ignoredFiles << file;
        }
        if (!changedFiles.isEmpty() && gates.ignoredFiles.size() == changedFiles.size()) {
            gates.passed = false;
            gates.reason = Tr::tr("every changed file matches the files to ignore (%n file(s))",
                                  nullptr, int(changedFiles.size()));
            return gates;
        }
    }
    gates.reason = manual ? Tr::tr("started by hand") : Tr::tr("all gates passed");
    return gates;
}

std::vector<ModelOutcome> selectModels(const dbt::ChangePlan &plan, const Integration &integration,
                                       bool manual, const std::optional<std::string> &onlyModel)
{
    std::vector<ModelOutcome> outcomes;
    int selected = 0;
    for (const dbt::PlannedModel &m : plan.models) {
        if (onlyModel && m.uniqueId != *onlyModel && m.name != *onlyModel)
            continue;
        ModelOutcome o;
        o.uniqueId = m.uniqueId;
        o.name = m.name;
        // A re-run of one model diffs it whatever the selection said.
        if (m.selected || onlyModel) {
            o.state = ModelOutcome::State::Diffed;
            ++selected;
        } else {
            o.state = ModelOutcome::State::Skipped;
            o.note = QString::fromStdString(m.whyNotSelected);
        }
        outcomes.push_back(std::move(o));
    }
    const int threshold = integration.ci.diffThreshold;
    if (!manual && threshold > 0 && selected > threshold) {
        for (ModelOutcome &o : outcomes) {
            if (o.state == ModelOutcome::State::Diffed) {
                o.state = ModelOutcome::State::Waiting;
                o.note = Tr::tr("%1 models to diff is above the CI diff threshold of %2; start the "
                                "diffs by hand")
                             .arg(selected)
                             .arg(threshold);
            }
        }
    }
    return outcomes;
}

std::variant<diff::DiffRequest, QString> diffRequestFor(const dbt::PlannedModel &model,
                                                        const Integration &integration,
                                                        const warehouse::ConnectionSpec &connection)
{
    if (!model.prodRelation)
        return Tr::tr("new model: production has no table to compare with");
    if (model.primaryKey.columns.empty())
        return QString::fromStdString(model.primaryKey.detail);
    diff::DiffRequest request;
    request.connectionA = connection;
    auto a = warehouse::parseTableName(QString::fromStdString(*model.prodRelation));
    if (!a)
        return a.errorMessage();
    auto b = warehouse::parseTableName(QString::fromStdString(model.prRelation));
    if (!b)
        return b.errorMessage();
    // dbt relations name the database first; on PostgreSQL and MySQL the connection already is it.
    request.tableA = *a;
    request.tableB = *b;
    if (connection.driver != warehouse::Driver::ODBC) {
        if (request.tableA.parts.size() == 3)
            request.tableA.parts.removeFirst();
        if (request.tableB.parts.size() == 3)
            request.tableB.parts.removeFirst();
    }
    diff::DiffOptions &o = request.options;
    for (const std::string &k : model.primaryKey.columns)
        o.key << QString::fromStdString(k);
    for (const std::string &c : model.config.includeColumns)
        o.includeColumns << QString::fromStdString(c);
    for (const std::string &c : model.config.excludeColumns)
        o.excludeColumns << QString::fromStdString(c);
    o.where = QString::fromStdString(model.config.filter);
    o.profiles = true; // PRODUCT.md: every diff profiles its columns on both sides
    if (!integration.ci.columnsToIgnore.isEmpty()) {
        auto matcher = std::make_shared<GitignoreMatcher>(integration.ci.columnsToIgnore);
        o.ignoreColumn = [matcher](const QString &column) { return matcher->ignored(column); };
    }
    o.sampling.enabled = integration.ci.sampling.enabled;
    o.sampling.tolerance = integration.ci.sampling.tolerance;
    o.sampling.confidence = integration.ci.sampling.confidence;
    o.sampling.threshold = integration.ci.sampling.threshold;
    return request;
}

void runModelDiffs(std::vector<ModelOutcome> &outcomes, const dbt::ChangePlan &plan,
                   const Integration &integration, const warehouse::ConnectionSpec &connection,
                   int parallelism, diff::DiffControl *control,
                   const std::function<void(int, int)> &progress)
{
    std::vector<ModelOutcome *> work;
    for (ModelOutcome &o : outcomes) {
        if (o.state != ModelOutcome::State::Diffed || o.result)
            continue;
        const dbt::PlannedModel *model = plan.model(o.uniqueId);
        if (!model) {
            o.state = ModelOutcome::State::Failed;
            o.note = Tr::tr("the model is not in the plan");
            continue;
        }
        auto request = diffRequestFor(*model, integration, connection);
        if (const QString *why = std::get_if<QString>(&request)) {
            o.state = ModelOutcome::State::Skipped;
            o.note = *why;
            continue;
        }
        work.push_back(&o);
    }
    std::atomic<size_t> next = 0;
    std::atomic<int> done = 0;
    const int total = int(work.size());
    auto worker = [&] {
        for (size_t i = next++; i < work.size(); i = next++) {
            ModelOutcome &o = *work[i];
            if (control && control->isCancelled()) {
                o.state = ModelOutcome::State::Failed;
                o.note = Tr::tr("cancelled");
                continue;
            }
            auto request = std::get<diff::DiffRequest>(
                diffRequestFor(*plan.model(o.uniqueId), integration, connection));
            auto result = diff::runDiff(request, control);
            if (result) {
                o.result = std::move(*result);
            } else {
                o.state = ModelOutcome::State::Failed;
                o.note = result.errorMessage();
            }
            const int finished = ++done;
            if (progress)
                progress(finished, total);
        }
    };
    const int threads = std::clamp(parallelism, 1, std::max(1, total));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
}

std::pair<CheckState, QString> decideCheck(const std::vector<ModelOutcome> &outcomes,
                                           const Integration &integration)
{
    int diffed = 0;
    int failed = 0;
    int keyIssues = 0;
    int waiting = 0;
    for (const ModelOutcome &o : outcomes) {
        switch (o.state) {
        case ModelOutcome::State::Diffed:
            ++diffed;
            if (o.hasPrimaryKeyIssues())
                ++keyIssues;
            break;
        case ModelOutcome::State::Failed: ++failed; break;
        case ModelOutcome::State::Waiting: ++waiting; break;
        case ModelOutcome::State::Skipped: break;
        }
    }
    QString summary = Tr::tr("%n model(s) diffed", nullptr, diffed);
    if (failed)
        summary += Tr::tr(", %n failed", nullptr, failed);
    if (keyIssues)
        summary += Tr::tr(", primary key issues in %n", nullptr, keyIssues);
    if (failed && integration.ci.failOnErrors)
        return {CheckState::Failure, summary};
    if (keyIssues && integration.ci.failOnPrimaryKeyIssues)
        return {CheckState::Failure, summary};
    if (waiting)
        return {CheckState::Pending,
                Tr::tr("%n model diff(s) wait for a person to start them", nullptr, waiting)};
    if (failed)
        summary += Tr::tr(" (errors do not fail the check for this integration)");
    return {CheckState::Success, summary};
}

} // namespace tidemark::ci
