// bench_differential: the differential harness of the value contract (tests/support/differential.h)
// on larger tables than the test command uses: a generated table with every type class and its
// edge values, stored natively on PostgreSQL, MariaDB and SQLite in six representations, changed
// from a change log; the hash diff on every ordered pair of stores and the join diff on every
// engine, under the default options and three more option sets, for every kind of key. Every
// count is checked against the change log; the run prints each diff's time and fails (exit 1) on
// any difference.
//
//   bench_differential [--rows 20000] [--seeds 2]

#include "diff/diff_engine.h"
#include "support/db_server.h"
#include "support/differential.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace tidemark;
using namespace tidemark::test::differential;

namespace {

constexpr Store kStores[] = {Store::Postgres,    Store::PostgresOther, Store::MariaDb,
                             Store::SqliteTyped, Store::SqliteCtas,    Store::SqliteText};

QString tableName(Store store, bool sideA)
{
    return (sideA ? QStringLiteral("prod_%1") : QStringLiteral("pr_%1")).arg(int(store));
}

warehouse::ConnectionSpec specOf(const QString &url)
{
    auto spec = warehouse::parseConnectionUrl(url);
    if (!spec)
        qFatal("%s", qPrintable(spec.errorMessage()));
    return *spec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(
        QStringLiteral("Runs the value contract's differential harness on larger tables."));
    args.addHelpOption();
    args.addOptions(
        {{QStringLiteral("rows"), QStringLiteral("Rows of each generated table (default 20000)."),
          QStringLiteral("n"), QStringLiteral("20000")},
         {QStringLiteral("seeds"),
          QStringLiteral("Seeds, each with another kind of key (default 2)."), QStringLiteral("n"),
          QStringLiteral("2")}});
    args.process(app);
    const int rows = args.value(QStringLiteral("rows")).toInt();
    const int seeds = args.value(QStringLiteral("seeds")).toInt();
    if (rows < 100 || seeds < 1) {
        std::fprintf(stderr, "bench_differential: --rows wants at least 100, --seeds at least 1\n");
        return 2;
    }

    QString error;
    auto postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
    auto mariadb
        = postgres ? test::DbServer::start(test::DbServer::Kind::MariaDB, &error) : nullptr;
    if (!postgres || !mariadb || !postgres->createDatabase(QStringLiteral("second"), &error)
        || !mariadb->createDatabase(QStringLiteral("second"), &error)) {
        std::fprintf(stderr, "bench_differential: %s\n", qPrintable(error));
        return 2;
    }
    QTemporaryDir dir;
    for (const char *file : {"one.db", "two.db"}) {
        QFile f(dir.filePath(QString::fromLatin1(file)));
        if (!f.open(QIODevice::WriteOnly))
            return 2;
    }
    const auto url = [&](Store store, int which) {
        const auto other = [which](const QString &u) -> QString {
            return which == 1
                ? u
                : u.left(u.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("second");
        };
        switch (driverOf(store)) {
        case warehouse::Driver::PostgreSQL: return other(postgres->url());
        case warehouse::Driver::MySQL: return other(mariadb->url());
        default:
            return QString(
                QStringLiteral("sqlite://")
                + dir.filePath(which == 1 ? QStringLiteral("one.db") : QStringLiteral("two.db")));
        }
    };

    int diffs = 0;
    int failed = 0;
    for (int seedIndex = 0; seedIndex < seeds; ++seedIndex) {
        const quint64 seed = quint64(1000 + seedIndex);
        const KeyKind keys = KeyKind(seedIndex % 5);
        const Dataset data = generate(seed, rows);
        QElapsedTimer clock;
        clock.start();
        for (const Store store : kStores) {
            for (const int which : {1, 2}) {
                auto db = warehouse::openDatabase(specOf(url(store, which)));
                if (!db) {
                    std::fprintf(stderr, "bench_differential: %s\n", qPrintable(db.errorMessage()));
                    return 2;
                }
                for (const bool sideA : {true, false}) {
                    if (auto written = write(
                            **db, store, tableName(store, sideA), keys, sideA ? data.a : data.b,
                            seed * 100 + quint64(store) * 4 + quint64(which) * 2 + (sideA ? 1 : 0));
                        !written) {
                        std::fprintf(stderr, "bench_differential: writing to %s: %s\n",
                                     qPrintable(storeName(store)),
                                     qPrintable(written.errorMessage()));
                        return 2;
                    }
                }
            }
        }
        std::printf("seed %llu, %s, %d rows: stores written in %.1f s\n",
                    static_cast<unsigned long long>(seed), qPrintable(keyKindName(keys)), rows,
                    double(clock.elapsed()) / 1000);
        std::fflush(stdout);

        CompareOptions loose;
        loose.caseInsensitive = true;
        loose.nullEqualsEmpty = true;
        CompareOptions coarse;
        coarse.timestampPrecision = 3;
        CompareOptions tolerant;
        tolerant.dblRelative = 1e-9;
        for (const CompareOptions &variant : {CompareOptions {}, loose, coarse, tolerant}) {
            const Expectation expected = reference(data, variant);
            const diff::DiffOptions options = diffOptions(keys, variant);
            const auto run = [&](const QString &what, Store x, std::optional<Store> y,
                                 Store tableB) {
                diff::DiffRequest request;
                request.connectionA = specOf(url(x, 1));
                request.tableA = warehouse::TableName {{tableName(x, true)}};
                if (y)
                    request.connectionB = specOf(url(*y, 2));
                request.tableB = warehouse::TableName {{tableName(tableB, false)}};
                request.options = options;
                request.options.algorithm = y ? diff::Algorithm::Hash : diff::Algorithm::Join;
                QElapsedTimer timer;
                timer.start();
                const auto result = diff::runDiff(request);
                ++diffs;
                const QStringList problems
                    = result ? mismatches(*result, expected) : QStringList {result.errorMessage()};
                std::printf("  %-70s %-22s %7.3f s  %s\n", qPrintable(what),
                            qPrintable(variant.name()), double(timer.elapsed()) / 1000,
                            problems.isEmpty() ? "ok"
                                               : qPrintable(problems.join(QStringLiteral("; "))));
                std::fflush(stdout);
                failed += problems.isEmpty() ? 0 : 1;
            };
            for (const Store x : kStores) {
                for (const Store y : kStores)
                    run(QStringLiteral("hash %1 -> %2").arg(storeName(x), storeName(y)), x, y, y);
            }
            for (const Store x : kStores) {
                for (const Store y : kStores) {
                    if (driverOf(x) == driverOf(y))
                        run(QStringLiteral("join %1 -> %2").arg(storeName(x), storeName(y)), x,
                            std::nullopt, y);
                }
            }
        }
    }
    std::printf("\n%d diffs, %d with counts other than the change log's\n", diffs, failed);
    return failed == 0 ? 0 : 1;
}
