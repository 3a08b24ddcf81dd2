// bench_manifest: times loading a 10,000-node pull request (both manifests), comparing the two
// sides and building their lineage, against a floor measured in the same run: a plain
// nlohmann::json::parse of the same two files. Targets: at most 0.3 times the floor's time, and a
// peak memory of at most 1.5 times the two files' size. The benchmark reports; it does not gate
// (exit code 0 unless something fails).
//
//   bench_manifest [--fixtures DIR] [--nodes N] [--runs R] [--out DIR] [--reuse]
//   bench_manifest --measure floor|tidemark FILE_A FILE_B      (the child processes)

#include "manifest_scaler.h"
#include "workloads.h"

#include "dbt/change_plan.h"
#include "dbt/manifest_loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>

namespace {

using namespace tidemark;

constexpr const char *kBaseFixture = "manifests/06_tuva_v8_base_872055bf.json";
constexpr const char *kPrFixture = "manifests/07_tuva_v8_pr_296d7b3e.json";
constexpr double kTimeTarget = 0.30;
constexpr double kMemoryTarget = 1.5;
constexpr double kMB = 1e6;

using Figures = QHash<QString, double>;

struct Best
{
    double wallMs = std::numeric_limits<double>::infinity();
    double peakKiB = 0; // the highest of the runs
    Figures bestRun; // every figure of the fastest run
    QStringList all; // each run's time and peak, for the record

    void add(const Figures &run)
    {
        const double wall = run.value(QStringLiteral("wall_ms"));
        all.append(QStringLiteral("%1 s / %2 MB")
                       .arg(wall / 1000, 0, 'f', 3)
                       .arg(run.value(QStringLiteral("peak_rss_kib")) * 1024 / 1e6, 0, 'f', 1));
        if (wall < wallMs) {
            wallMs = wall;
            bestRun = run;
        }
        peakKiB = std::max(peakKiB, run.value(QStringLiteral("peak_rss_kib")));
    }
    double peakBytes() const { return peakKiB * 1024.0; }
    double figure(const char *key) const { return bestRun.value(QString::fromLatin1(key)); }
};

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_manifest: %s\n", qPrintable(message));
    return 1;
}

std::optional<Figures> measureInChild(const QString &mode, const QString &fileA,
                                      const QString &fileB, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure"), mode, fileA, fileB});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0) {
        *error = QStringLiteral("the %1 measurement failed (%2)").arg(mode, child.errorString());
        return std::nullopt;
    }
    Figures figures;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            figures.insert(QString::fromLatin1(line.left(eq)), line.mid(eq + 1).toDouble());
    }
    if (!figures.contains(QStringLiteral("wall_ms"))
        || !figures.contains(QStringLiteral("peak_rss_kib"))) {
        *error = QStringLiteral("the %1 measurement printed no figures").arg(mode);
        return std::nullopt;
    }
    return figures;
}

const char *verdict(double ratio, double target)
{
    return ratio <= target ? "PASS" : "ABOVE TARGET";
}

int runBenchmark(const QCommandLineParser &args)
{
    const QDir fixtures(args.value(QStringLiteral("fixtures")));
    const QString sourceA = fixtures.filePath(QString::fromLatin1(kBaseFixture));
    const QString sourceB = fixtures.filePath(QString::fromLatin1(kPrFixture));
    bool ok = false;
    const int targetNodes = args.value(QStringLiteral("nodes")).toInt(&ok);
    if (!ok || targetNodes <= 0)
        return fail(QStringLiteral("--nodes wants a positive number"));
    const int runs = args.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs <= 0)
        return fail(QStringLiteral("--runs wants a positive number"));

    // The pair's own comparison: the scaled pair must give `copies` times this.
    auto pairBase = dbt::loadManifest(sourceA);
    if (!pairBase)
        return fail(pairBase.errorMessage());
    auto pairPr = dbt::loadManifest(sourceB);
    if (!pairPr)
        return fail(pairPr.errorMessage());
    const dbt::ChangePlan pairPlan = dbt::planChanges(*pairBase, *pairPr);
    const size_t modifiedPerCopy = pairPlan.modified.size();

    QTemporaryDir temporary;
    QString outDir = args.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        if (!temporary.isValid())
            return fail(QStringLiteral("cannot create a temporary directory"));
        outDir = temporary.path();
    } else if (!QDir().mkpath(outDir)) {
        return fail(QStringLiteral("cannot create %1").arg(outDir));
    }
    const QString fileA = QDir(outDir).filePath(QStringLiteral("scaled_base_manifest.json"));
    const QString fileB = QDir(outDir).filePath(QStringLiteral("scaled_pr_manifest.json"));

    size_t pairNodesA = 0;
    size_t pairNodesB = 0;
    int copies = 0;
    {
        auto scalerA = bench::ManifestScaler::load(sourceA);
        if (!scalerA)
            return fail(scalerA.errorMessage());
        auto scalerB = bench::ManifestScaler::load(sourceB);
        if (!scalerB)
            return fail(scalerB.errorMessage());
        pairNodesA = scalerA->nodeCount();
        pairNodesB = scalerB->nodeCount();
        copies = int(std::ceil(double(targetNodes) / double(std::min(pairNodesA, pairNodesB))));
        const bool reuse = args.isSet(QStringLiteral("reuse")) && QFileInfo::exists(fileA)
            && QFileInfo::exists(fileB);
        if (!reuse) {
            std::printf("Writing %d copies of each side to %s ...\n", copies, qPrintable(outDir));
            std::fflush(stdout);
            if (auto written = scalerA->write(fileA, copies); !written)
                return fail(written.errorMessage());
            if (auto written = scalerB->write(fileB, copies); !written)
                return fail(written.errorMessage());
        } else {
            std::printf("Reusing the scaled files in %s (written for --nodes %d)\n",
                        qPrintable(outDir), targetNodes);
        }
    }
    const double bytesA = double(QFileInfo(fileA).size());
    const double bytesB = double(QFileInfo(fileB).size());
    const double bytesBoth = bytesA + bytesB;

    Best floor;
    Best tidemarkRuns;
    for (int run = 0; run < runs; ++run) {
        std::printf("Run %d of %d ...\n", run + 1, runs);
        std::fflush(stdout);
        QString error;
        const auto floorRun = measureInChild(QStringLiteral("floor"), fileA, fileB, &error);
        if (!floorRun)
            return fail(error);
        floor.add(*floorRun);
        const auto tidemarkRun = measureInChild(QStringLiteral("tidemark"), fileA, fileB, &error);
        if (!tidemarkRun)
            return fail(error);
        tidemarkRuns.add(*tidemarkRun);
    }

    const auto expectedModified = double(size_t(copies) * modifiedPerCopy);
    const double modified = tidemarkRuns.figure("modified");
    const double timeRatio = tidemarkRuns.wallMs / floor.wallMs;
    const double memoryRatio = tidemarkRuns.peakBytes() / bytesBoth;

    std::printf("\nTidemark manifest benchmark (MB = 10^6 bytes; best time and highest peak RSS of "
                "%d runs)\n",
                runs);
    std::printf("  pair            %s / %s: %zu / %zu nodes, %zu modified\n", kBaseFixture,
                kPrFixture, pairNodesA, pairNodesB, modifiedPerCopy);
    std::printf("  scaled          %d copies: %zu / %zu nodes per side\n", copies,
                size_t(copies) * pairNodesA, size_t(copies) * pairNodesB);
    std::printf(
        "  files           base %.1f MB, PR %.1f MB, both %.1f MB (issue: about 85 MB each)\n\n",
        bytesA / kMB, bytesB / kMB, bytesBoth / kMB);

    std::printf("  %-44s %12s %10s  %s\n", "measure", "value", "target", "result");
    std::printf("  %-44s %10.3f s\n", "floor: nlohmann::json::parse of both files",
                floor.wallMs / 1000);
    std::printf("  %-44s %10.3f s\n", "Tidemark: load both, planChanges, lineage",
                tidemarkRuns.wallMs / 1000);
    std::printf("  %-44s %12.3f %10s  %s\n", "time ratio (Tidemark / floor)", timeRatio, "<= 0.30",
                verdict(timeRatio, kTimeTarget));
    std::printf("  %-44s %9.1f MB\n", "Tidemark peak RSS", tidemarkRuns.peakBytes() / kMB);
    std::printf("  %-44s %9.1f MB\n", "size of the two files", bytesBoth / kMB);
    std::printf("  %-44s %12.3f %10s  %s\n", "memory ratio (Tidemark peak RSS / files)",
                memoryRatio, "<= 1.50", verdict(memoryRatio, kMemoryTarget));
    std::printf("  %-44s %9.1f MB  (%.2f x the files; information)\n", "floor peak RSS",
                floor.peakBytes() / kMB, floor.peakBytes() / bytesBoth);

    std::printf("\n  Tidemark, fastest run: load base %.3f s, load PR %.3f s, planChanges %.3f s, "
                "lineage %.3f s\n",
                tidemarkRuns.figure("load_a_ms") / 1000, tidemarkRuns.figure("load_b_ms") / 1000,
                tidemarkRuns.figure("plan_ms") / 1000, tidemarkRuns.figure("lineage_ms") / 1000);
    std::printf("  Tidemark RSS: at start %.1f MB, after base %.1f MB (peak %.1f), after PR %.1f "
                "MB (peak %.1f), "
                "at end %.1f MB\n",
                tidemarkRuns.figure("start_rss_kib") * 1024 / kMB,
                tidemarkRuns.figure("rss_after_a_kib") * 1024 / kMB,
                tidemarkRuns.figure("peak_after_a_kib") * 1024 / kMB,
                tidemarkRuns.figure("rss_after_b_kib") * 1024 / kMB,
                tidemarkRuns.figure("peak_after_b_kib") * 1024 / kMB,
                tidemarkRuns.figure("rss_end_kib") * 1024 / kMB);
    std::printf("  each run (time / peak RSS): floor %s; Tidemark %s\n",
                qPrintable(floor.all.join(QStringLiteral(", "))),
                qPrintable(tidemarkRuns.all.join(QStringLiteral(", "))));
    std::printf("  floor, fastest run: parse base %.3f s, parse PR %.3f s\n",
                floor.figure("parse_a_ms") / 1000, floor.figure("parse_b_ms") / 1000);
    std::printf("  result: %.0f modified (expected %zu x %zu = %.0f: %s), %.0f added, %.0f "
                "removed, %.0f impacted; "
                "lineage %.0f nodes / %.0f edges (base), %.0f / %.0f (PR)\n",
                modified, size_t(copies), modifiedPerCopy, expectedModified,
                modified == expectedModified ? "OK" : "MISMATCH", tidemarkRuns.figure("added"),
                tidemarkRuns.figure("removed"), tidemarkRuns.figure("impacted"),
                tidemarkRuns.figure("lineage_nodes_a"), tidemarkRuns.figure("lineage_edges_a"),
                tidemarkRuns.figure("lineage_nodes_b"), tidemarkRuns.figure("lineage_edges_b"));
    if (modified != expectedModified)
        return fail(
            QStringLiteral("the scaled comparison does not give copies x the pair's result"));
    if (floor.figure("nodes_a") != double(size_t(copies) * pairNodesA)
        || floor.figure("nodes_b") != double(size_t(copies) * pairNodesB))
        return fail(QStringLiteral("the scaled files do not hold copies x the pair's nodes"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The child processes measure without a QCoreApplication (nothing they run needs one), so that
    // their memory is the work's.
    if (argc == 5 && qstrcmp(argv[1], "--measure") == 0) {
        const QString fileA = QString::fromLocal8Bit(argv[3]);
        const QString fileB = QString::fromLocal8Bit(argv[4]);
        int code = 2;
        if (qstrcmp(argv[2], "floor") == 0)
            code = tidemark::bench::runFloor(fileA, fileB);
        else if (qstrcmp(argv[2], "tidemark") == 0)
            code = tidemark::bench::runTidemark(fileA, fileB);
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code); // skip freeing the documents: not part of the measure
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Times loading, comparing and building the lineage of a 10,000-node "
                       "manifest pair against a plain "
                       "nlohmann::json::parse of the same files."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("fixtures"), QStringLiteral("The shared fixtures directory."),
         QStringLiteral("dir"), QStringLiteral(TIDEMARK_FIXTURES_DIR)},
        {QStringLiteral("nodes"),
         QStringLiteral("At least this many nodes per side (default 10000)."), QStringLiteral("n"),
         QStringLiteral("10000")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 3)."),
         QStringLiteral("r"), QStringLiteral("3")},
        {QStringLiteral("out"),
         QStringLiteral("Write the scaled files here and keep them (default: a temporary "
                        "directory, removed at the end)."),
         QStringLiteral("dir")},
        {QStringLiteral("reuse"),
         QStringLiteral("With --out: use the scaled files already there.")},
    });
    args.process(app);
    return runBenchmark(args);
}
