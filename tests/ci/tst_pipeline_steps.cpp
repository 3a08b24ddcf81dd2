// The pipeline's pure steps: gates, selection and threshold, a model's diff request, the check.

#include "ci/pipeline_steps.h"
#include "dbt/manifest_loader.h"
#include "support/test_support.h"

#include <QTest>

using namespace tidemark;

class TestPipelineSteps : public QObject
{
    Q_OBJECT

private:
    static ci::Integration integration()
    {
        ci::Integration i;
        i.name = QStringLiteral("jaffle");
        i.connectionUrl = QStringLiteral("postgresql://ci@127.0.0.1:5432/jaffle_shop");
        return i;
    }

    static dbt::ChangePlan plan()
    {
        const auto base = test::loadOrFail(
            test::manifestFixture(QStringLiteral("04_recce_jaffle_base_v12.json")));
        const auto pr = test::loadOrFail(
            test::manifestFixture(QStringLiteral("05_recce_jaffle_pr2_v12.json")));
        return dbt::planChanges(base, pr);
    }

private Q_SLOTS:
    void gates()
    {
        ci::Integration i = integration();
        ci::PullRequestFacts pr {
            7, QStringLiteral("abc"), QStringLiteral("main"), {QStringLiteral("ready")}};
        QVERIFY(ci::evaluateGates(i, pr, {QStringLiteral("models/a.sql")}, false).passed);
        i.ci.prLabel = QStringLiteral("datafold");
        auto gated = ci::evaluateGates(i, pr, {}, false);
        QVERIFY(!gated.passed);
        QVERIFY(gated.reason.contains(QLatin1String("datafold")));
        QVERIFY(ci::evaluateGates(i, pr, {}, true).passed); // by hand: no label needed
        i.ci.prLabel.clear();
        i.ci.filesToIgnore = {QStringLiteral("*.md"), QStringLiteral("docs/")};
        auto ignored = ci::evaluateGates(
            i, pr, {QStringLiteral("README.md"), QStringLiteral("docs/x.yml")}, false);
        QVERIFY(!ignored.passed);
        QCOMPARE(ignored.ignoredFiles.size(), 2);
        QVERIFY(ci::evaluateGates(
                    i, pr, {QStringLiteral("README.md"), QStringLiteral("models/x.sql")}, false)
                    .passed);
        i.ci.baseBranch = QStringLiteral("develop");
        QVERIFY(!ci::evaluateGates(i, pr, {QStringLiteral("models/x.sql")}, false).passed);
    }

    void selectionAndThreshold()
    {
        ci::Integration i = integration();
        const dbt::ChangePlan p = plan();
        auto outcomes = ci::selectModels(p, i, false);
        QCOMPARE(outcomes.size(), p.models.size());
        QCOMPARE(
            std::count_if(outcomes.begin(), outcomes.end(),
                          [](const auto &o) { return o.state == ci::ModelOutcome::State::Diffed; }),
            5);
        i.ci.diffThreshold = 3;
        outcomes = ci::selectModels(p, i, false);
        QVERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) {
            return o.state == ci::ModelOutcome::State::Waiting;
        }));
        QVERIFY(outcomes.front().note.contains(QLatin1String("threshold")));
        // By hand, the threshold does not hold; a re-run of one model diffs only it.
        outcomes = ci::selectModels(p, i, true);
        QVERIFY(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) {
            return o.state == ci::ModelOutcome::State::Diffed;
        }));
        outcomes = ci::selectModels(p, i, true, std::string("customers"));
        QCOMPARE(outcomes.size(), size_t(1));
        QCOMPARE(outcomes.front().uniqueId, std::string("model.jaffle_shop.customers"));
    }

    void diffRequests()
    {
        ci::Integration i = integration();
        i.ci.columnsToIgnore = {QStringLiteral("_loaded_*")};
        const dbt::ChangePlan p = plan();
        const auto spec = *warehouse::parseConnectionUrl(i.connectionUrl);
        auto request = ci::diffRequestFor(*p.model("model.jaffle_shop.customers"), i, spec);
        const auto *r = std::get_if<diff::DiffRequest>(&request);
        QVERIFY(r);
        QCOMPARE(r->tableA.parts,
                 (QStringList {QStringLiteral("prod"), QStringLiteral("customers")}));
        QCOMPARE(r->tableB.parts,
                 (QStringList {QStringLiteral("dev"), QStringLiteral("customers")}));
        QCOMPARE(r->options.key, QStringList {QStringLiteral("customer_id")});
        QVERIFY(r->options.ignoreColumn(QStringLiteral("_loaded_at")));
        QVERIFY(!r->options.ignoreColumn(QStringLiteral("first_name")));
        auto added = ci::diffRequestFor(*p.model("model.jaffle_shop.int_customer_orders"), i, spec);
        QVERIFY(std::get_if<QString>(&added)->contains(QLatin1String("new model")));
    }

    void check()
    {
        ci::Integration i = integration();
        ci::ModelOutcome ok;
        ok.state = ci::ModelOutcome::State::Diffed;
        ok.result = diff::DiffResult {};
        ci::ModelOutcome keys = ok;
        keys.result->primaryKey.duplicateB = 1;
        ci::ModelOutcome failed;
        failed.state = ci::ModelOutcome::State::Failed;
        QCOMPARE(ci::decideCheck({ok}, i).first, ci::CheckState::Success);
        QCOMPARE(ci::decideCheck({ok, keys}, i).first, ci::CheckState::Failure);
        QCOMPARE(ci::decideCheck({ok, failed}, i).first, ci::CheckState::Failure);
        i.ci.failOnPrimaryKeyIssues = false;
        i.ci.failOnErrors = false;
        QCOMPARE(ci::decideCheck({ok, keys}, i).first, ci::CheckState::Success);
        const auto [state, text] = ci::decideCheck({ok, failed}, i);
        QCOMPARE(state, ci::CheckState::Success);
        QVERIFY(text.contains(QLatin1String("do not fail")));
        ci::ModelOutcome waiting;
        waiting.state = ci::ModelOutcome::State::Waiting;
        QCOMPARE(ci::decideCheck({waiting}, i).first, ci::CheckState::Pending);
    }
};

QTEST_GUILESS_MAIN(TestPipelineSteps)
#include "tst_pipeline_steps.moc"
