// bench_pull_request: opening a large pull request in the desktop app. The Tuva pair of the shared
// fixtures (a real dbt project of 371 lineage nodes) is planned as the pipeline plans it, and the
// pull-request page is shown offscreen: time to the first paint of the models table, time until the
// lineage graph is laid out and painted, and peak memory, against a 1 s target. Run twice: the real
// pair (26 models changed or impacted), and the same PR with every model's SQL edited (a comment
// appended to each raw_code), so that the page lists every model.

#include "ci/pipeline_steps.h"
#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"
#include "peak_memory.h"
#include "pull_requests/pull_request_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace tidemark;

namespace {

// The PR manifest with a comment appended to every model's SQL: every model is modified.
QString everyModelEdited(const QString &prPath, const QString &folder)
{
    QFile in(prPath);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    nlohmann::json manifest = nlohmann::json::parse(in.readAll().toStdString());
    for (auto &[id, node] : manifest["nodes"].items()) {
        if (node.value("resource_type", "") == "model" && node.contains("raw_code"))
            node["raw_code"]
                = node["raw_code"].get<std::string>() + "\n-- edited by the benchmark\n";
    }
    const QString path = folder + QStringLiteral("/pr_every_model_edited.json");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    const std::string text = manifest.dump();
    out.write(text.data(), qint64(text.size()));
    return path;
}

int openPage(const QString &label, const QString &basePath, const QString &prPath)
{
    const long rssBefore = bench::peakRssKiB();

    QElapsedTimer total;
    total.start();
    auto base = dbt::loadManifest(basePath);
    auto pr = dbt::loadManifest(prPath);
    if (!base || !pr) {
        std::fprintf(stderr, "bench_pull_request: %s\n",
                     qPrintable(base ? pr.errorMessage() : base.errorMessage()));
        return 2;
    }
    ci::Integration integration;
    integration.name = QStringLiteral("tuva");
    integration.connectionUrl = QStringLiteral("sqlite:///dev/null");
    integration.artifacts = ci::LocalArtifacts {basePath, prPath};
    review::PullRequestState state;
    state.integration = integration.name;
    state.number = 1;
    state.plan = dbt::planChanges(*base, *pr, {});
    state.outcomes = ci::selectModels(*state.plan, integration, true);
    state.prManifestPath = prPath;
    const qint64 planned = total.elapsed();

    ui::PullRequestPage page;
    page.resize(1440, 900);
    page.setIntegration(integration);
    page.setTitle(QStringLiteral("Tuva"));
    page.show();
    QSignalSpy lineage(&page, &ui::PullRequestPage::lineageReady);
    page.setState(state);
    auto *table = page.findChild<QTableView *>(QStringLiteral("modelOutcomesView"));
    table->viewport()->repaint();
    const qint64 firstPaint = total.elapsed();
    if (!lineage.wait(30000)) {
        std::fprintf(stderr, "bench_pull_request: the lineage did not load\n");
        return 1;
    }
    // Draw the lineage tab once it is laid out.
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("pullRequestTabs"));
    tabs->setCurrentIndex(1);
    QTest::qWait(50);
    page.repaint();
    const qint64 lineagePainted = total.elapsed();
    const long rss = bench::peakRssKiB();

    std::printf("bench_pull_request: %s, %d models on the page (%zu nodes in the PR manifest)\n",
                qPrintable(label), table->model()->rowCount(), pr->nodes.size());
    std::printf("  load + plan                 %6lld ms\n", static_cast<long long>(planned));
    std::printf("  first paint of the models   %6lld ms   ratio %.2f of the 1 s target\n",
                static_cast<long long>(firstPaint), double(firstPaint) / 1000.0);
    std::printf("  lineage laid out + painted  %6lld ms   ratio %.2f of the 1 s target\n",
                static_cast<long long>(lineagePainted), double(lineagePainted) / 1000.0);
    std::printf("  peak RSS                    %6ld MiB (%ld MiB before)\n", rss / 1024,
                rssBefore / 1024);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dir = QStringLiteral(TIDEMARK_FIXTURES_DIR "/manifests/");
    const QString basePath = dir + QStringLiteral("06_tuva_v8_base_872055bf.json");
    const QString prPath = dir + QStringLiteral("07_tuva_v8_pr_296d7b3e.json");
    if (const int failed = openPage(QStringLiteral("the Tuva pair"), basePath, prPath))
        return failed;
    QTemporaryDir scratch;
    const QString edited = everyModelEdited(prPath, scratch.path());
    if (edited.isEmpty()) {
        std::fprintf(stderr, "bench_pull_request: cannot write the edited manifest\n");
        return 2;
    }
    return openPage(QStringLiteral("the Tuva pair with every model edited"), basePath, edited);
}
