// bench_values: the Values tab on SQLite tables with 100,000 and 1,000,000 differing rows.
//
// Data: A has keys 1..N and 6 columns (text, integer, real, numeric, timestamp, boolean); B drops
// 1% of A's keys (only in production), adds N/100 new keys (only in PR) and changes one column of
// every other row (changed): N differing rows in all. No indexes, as dbt builds tables.
//
// Each measurement runs in a child process of its own (so that its peak memory is its own): a
// ValuesWidget on the offscreen platform gets setRequest() and the clock runs until the table's
// viewport paints with the first page loaded (time to first paint); then until every row is stored
// and counted, then until the last page has loaded after scrolling to the end. Peak RSS (VmHWM)
// is read at the end. "keys known": the diff result's key issues are passed (the tab opened from a
// diff); "keys checked": the tab checks both sides for duplicated keys first.
//
// Floor: a plain SELECT of the join of A and B with the differing-row condition, LIMIT 256, read to
// the end on a fresh connection. It is written as A LEFT JOIN B: SQLite 3.40 plans FULL and RIGHT
// joins without automatic indexes (quadratic on unindexed tables), so the Values tab's SQL (and
// this floor) take the left join, whose automatic index on B is the cost of the first rows.
//
// Targets: time to first paint <= 1 s at 1M rows; peak memory at 1M / at 100k ~ 1.0. The benchmark
// reports; it does not gate (exit code 0 unless something fails).
//
//   bench_values [--rows 100000,1000000] [--runs 3]

#include "peak_memory.h"

#include "diff/diff_engine.h"
#include "values/values_model.h"
#include "values/values_widget.h"
#include "warehouse/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace {

using namespace tidemark;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_values: %s\n", qPrintable(message));
    return 1;
}

QString thousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

QString seconds(double ms)
{
    return QString::number(ms / 1000, 'f', 3);
}

Expected<std::unique_ptr<warehouse::Database>> openSqlite(const QString &path)
{
    warehouse::ConnectionSpec spec;
    spec.driver = warehouse::Driver::SQLite;
    spec.database = path;
    return warehouse::openDatabase(spec);
}

Expected<void> generate(const QString &path, qint64 rows)
{
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Error {QStringLiteral("cannot create %1").arg(path)};
    }
    auto db = openSqlite(path);
    if (!db)
        return db.error();
    const QString n = QString::number(rows);
    const QString columns = QStringLiteral("id INTEGER, name TEXT, qty INTEGER, amount REAL, price "
                                           "NUMERIC, created TIMESTAMP, flag BOOLEAN");
    const QStringList statements {
        QStringLiteral("PRAGMA journal_mode = OFF"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("CREATE TABLE a (%1)").arg(columns),
        QStringLiteral("CREATE TABLE b (%1)").arg(columns),
        QStringLiteral(
            "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1) "
            "INSERT INTO a SELECT i, 'customer ' || i, i % 1000, i * 1.25, (i % 500) + 0.5, "
            "datetime(1700000000 + i * 37, 'unixepoch'), i % 3 = 0 FROM s")
            .arg(n),
        // Every row B keeps changes in one column but 1% (key % 100 = 8); 1% of A's keys are
        // dropped.
        QStringLiteral("INSERT INTO b SELECT id, CASE WHEN id % 4 = 0 AND id % 100 <> 8 THEN name "
                       "|| ' jr' ELSE name END, "
                       "CASE WHEN id % 4 = 1 THEN qty + 1 ELSE qty END, CASE WHEN id % 4 = 2 THEN "
                       "amount + 1 ELSE amount END, "
                       "price, CASE WHEN id % 4 = 3 THEN datetime(1700000001 + id * 37, "
                       "'unixepoch') ELSE created END, flag "
                       "FROM a WHERE id % 100 <> 7"),
        QStringLiteral("INSERT INTO b SELECT id + %1, 'new ' || id, 1, 1.5, 1, '2024-01-01 "
                       "00:00:00', 0 FROM a WHERE id % 100 = 7")
            .arg(n),
    };
    for (const QString &sql : statements) {
        if (auto done = (*db)->execute(sql); !done)
            return done;
    }
    return {};
}

diff::DiffRequest request(const QString &path)
{
    diff::DiffRequest r;
    r.connectionA.driver = warehouse::Driver::SQLite;
    r.connectionA.database = path;
    r.tableA = {{QStringLiteral("a")}};
    r.tableB = {{QStringLiteral("b")}};
    r.options.key = {QStringLiteral("id")};
    return r;
}

// The floor: the join's first 256 differing rows, read on a fresh connection.
Expected<double> floorMs(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    auto db = openSqlite(path);
    if (!db)
        return db.error();
    const QString sql = QStringLiteral("SELECT a.*, b.* FROM a LEFT JOIN b ON a.id = b.id WHERE "
                                       "b.id IS NULL OR a.name IS NOT b.name "
                                       "OR a.qty IS NOT b.qty OR a.amount IS NOT b.amount OR "
                                       "a.price IS NOT b.price OR a.created IS NOT b.created "
                                       "OR a.flag IS NOT b.flag LIMIT 256");
    qint64 rows = 0;
    auto read = (*db)->query(sql, {}, [&rows](const warehouse::Row &row) {
        for (int i = 0; i < row.size(); ++i)
            (void)row.value(i);
        ++rows;
        return true;
    });
    if (!read)
        return read.error();
    if (rows != 256)
        return Error {QStringLiteral("the floor read %1 rows, not 256").arg(rows)};
    return double(clock.nsecsElapsed()) / 1e6;
}

// The child: one ValuesWidget, measured; prints one JSON line.
int runChild(int argc, char **argv, const QString &path, qint64 rows, bool keysKnown)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::ValuesWidget widget;
    widget.resize(1200, 800);
    widget.show();
    QCoreApplication::processEvents();
    ui::ValuesModel *model = widget.model();
    QTableView *view = widget.view();

    QElapsedTimer clock;
    double firstPaint = -1;
    double stored = -1;
    double lastPage = -1;
    QString error;
    int lastRow = -1;

    struct PaintWatch final : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } watch;
    watch.onPaint = [&] {
        if (firstPaint < 0 && model->rowCount() > 0 && model->isRowLoaded(0))
            firstPaint = double(clock.nsecsElapsed()) / 1e6;
        if (lastRow >= 0 && lastPage < 0 && model->isRowLoaded(lastRow))
            lastPage = double(clock.nsecsElapsed()) / 1e6;
    };
    view->viewport()->installEventFilter(&watch);

    QObject::connect(model, &ui::ValuesModel::failed, &app, [&](const QString &message) {
        error = message;
        app.quit();
    });
    QObject::connect(model, &ui::ValuesModel::stateChanged, &app,
                     [&](ui::ValuesModel::State state) {
                         if (state != ui::ValuesModel::State::Ready || stored >= 0)
                             return;
                         stored = double(clock.nsecsElapsed()) / 1e6;
                         lastRow = model->rowCount() - 1;
                         view->scrollToBottom();
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (firstPaint >= 0 && lastPage >= 0)
            app.quit();
    });
    poll.start(5);
    QTimer::singleShot(600000, &app, [&] {
        error = QStringLiteral("timed out");
        app.quit();
    });

    std::optional<diff::KeyIssues> known;
    if (keysKnown)
        known = diff::KeyIssues {};
    clock.start();
    widget.setRequest(request(path), known);
    app.exec();
    if (!error.isEmpty())
        return fail(error);
    if (model->counts().total() != rows)
        return fail(QStringLiteral("%1 differing rows, expected %2")
                        .arg(model->counts().total())
                        .arg(rows));
    const QJsonObject out {{QStringLiteral("first_paint_ms"), firstPaint},
                           {QStringLiteral("stored_ms"), stored},
                           {QStringLiteral("last_page_ms"), lastPage},
                           {QStringLiteral("peak_rss_kib"), double(bench::peakRssKiB())},
                           {QStringLiteral("cached_pages"), model->cachedPageCount()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// The same view over a model of `rows` constant rows and no data behind it: what QTableView itself
// costs at that many rows (its vertical header keeps a few bytes per row).
int runViewOnly(int argc, char **argv, qint64 rows)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    struct ConstantModel final : QAbstractTableModel
    {
        int n = 0;
        int rowCount(const QModelIndex &parent) const override { return parent.isValid() ? 0 : n; }
        int columnCount(const QModelIndex &parent) const override
        {
            return parent.isValid() ? 0 : 14;
        }
        QVariant data(const QModelIndex &index, int role) const override
        {
            return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
        }
    } model;
    model.n = int(rows);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    std::printf("{\"peak_rss_kib\": %ld}\n", bench::peakRssKiB());
    return 0;
}

struct Measure
{
    double firstPaint = 0;
    double stored = 0;
    double lastPage = 0;
    double peakKiB = 0;
};

Expected<Measure> measure(const QString &path, qint64 rows, bool keysKnown, bool viewOnly = false)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {viewOnly ? QStringLiteral("--view-only") : QStringLiteral("--child"), path,
                 QString::number(rows),
                 keysKnown ? QStringLiteral("known") : QStringLiteral("checked")});
    if (!child.waitForFinished(900000) || child.exitCode() != 0)
        return Error {
            QStringLiteral("the measuring process failed (exit code %1)").arg(child.exitCode())};
    const QByteArray line = child.readAllStandardOutput().trimmed().split('\n').last();
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty())
        return Error {
            QStringLiteral("the measuring process printed %1").arg(QString::fromUtf8(line))};
    return Measure {o.value(QStringLiteral("first_paint_ms")).toDouble(),
                    o.value(QStringLiteral("stored_ms")).toDouble(),
                    o.value(QStringLiteral("last_page_ms")).toDouble(),
                    o.value(QStringLiteral("peak_rss_kib")).toDouble()};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--view-only") == 0)
        return runViewOnly(1, argv, QByteArray(argv[3]).toLongLong());
    if (argc == 5 && qstrcmp(argv[1], "--child") == 0)
        return runChild(1, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                        qstrcmp(argv[4], "known") == 0);

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Values tab: time to first paint and peak memory"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Differing rows, comma-separated"),
                      QStringLiteral("n"), QStringLiteral("100000,1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measure (best kept)"),
                      QStringLiteral("r"), QStringLiteral("3")});
    parser.process(app);
    std::vector<qint64> sizes;
    for (const QString &s :
         parser.value(QStringLiteral("rows")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(s.toLongLong());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    std::printf("bench_values: the Values tab on SQLite (offscreen), best of %d; differing rows: "
                "1%% only in production, "
                "1%% only in PR, 98%% changed\n",
                runs);
    struct Result
    {
        qint64 rows;
        Measure known;
        Measure checked;
        double floor;
        double viewOnlyKiB;
    };
    std::vector<Result> results;
    for (qint64 rows : sizes) {
        const QString path = dir.filePath(QStringLiteral("values_%1.db").arg(rows));
        QElapsedTimer clock;
        clock.start();
        if (auto made = generate(path, rows); !made)
            return fail(made.errorMessage());
        std::printf("  %s differing rows: tables generated in %s s\n", qPrintable(thousands(rows)),
                    qPrintable(seconds(clock.elapsed())));
        Result r {rows, {1e18, 1e18, 1e18, 0}, {1e18, 1e18, 1e18, 0}, 1e18, 0};
        auto viewOnly = measure(path, rows, true, true);
        if (!viewOnly)
            return fail(viewOnly.errorMessage());
        r.viewOnlyKiB = viewOnly->peakKiB;
        for (int run = 0; run < runs; ++run) {
            auto f = floorMs(path);
            if (!f)
                return fail(f.errorMessage());
            r.floor = std::min(r.floor, *f);
            for (bool known : {true, false}) {
                if (!known && run > 0)
                    continue; // the key check: once
                auto m = measure(path, rows, known);
                if (!m)
                    return fail(m.errorMessage());
                Measure &best = known ? r.known : r.checked;
                best.firstPaint = std::min(best.firstPaint, m->firstPaint);
                best.stored = std::min(best.stored, m->stored);
                best.lastPage = std::min(best.lastPage, m->lastPage);
                best.peakKiB = std::max(best.peakKiB, m->peakKiB);
            }
        }
        std::printf("    first paint %s s (keys known), %s s (keys checked); floor (SELECT ... "
                    "LIMIT 256 of the join) %s s\n",
                    qPrintable(seconds(r.known.firstPaint)),
                    qPrintable(seconds(r.checked.firstPaint)), qPrintable(seconds(r.floor)));
        std::printf("    all rows stored and counted %s s; last page shown after scrolling to the "
                    "end %s s; peak RSS %.1f MiB\n",
                    qPrintable(seconds(r.known.stored)), qPrintable(seconds(r.known.lastPage)),
                    r.known.peakKiB / 1024.0);
        std::printf(
            "    peak RSS of a bare QTableView over a constant model of as many rows: %.1f MiB\n",
            r.viewOnlyKiB / 1024.0);
        results.push_back(r);
    }
    if (results.empty())
        return 0;
    const Result &big = results.back();
    std::printf("\nsummary at %s differing rows:\n", qPrintable(thousands(big.rows)));
    std::printf("  time to first paint: %s s = %.2f x the 1 s target (keys known); %s s = %.2f x "
                "(keys checked)\n",
                qPrintable(seconds(big.known.firstPaint)), big.known.firstPaint / 1000.0,
                qPrintable(seconds(big.checked.firstPaint)), big.checked.firstPaint / 1000.0);
    std::printf("  time to first paint / floor: %.2f x (floor %s s)\n",
                big.known.firstPaint / big.floor, qPrintable(seconds(big.floor)));
    if (results.size() >= 2) {
        const Result &small = results.front();
        std::printf("  peak memory %s rows / %s rows: %.1f MiB / %.1f MiB = %.2f x (target ~1.0)\n",
                    qPrintable(thousands(big.rows)), qPrintable(thousands(small.rows)),
                    big.known.peakKiB / 1024.0, small.known.peakKiB / 1024.0,
                    big.known.peakKiB / small.known.peakKiB);
        std::printf("  bare QTableView %s rows / %s rows: %.1f MiB / %.1f MiB = %.2f x (Qt's own "
                    "per-row header data)\n",
                    qPrintable(thousands(big.rows)), qPrintable(thousands(small.rows)),
                    big.viewOnlyKiB / 1024.0, small.viewOnlyKiB / 1024.0,
                    big.viewOnlyKiB / small.viewOnlyKiB);
        std::printf("  peak memory beyond the bare view: %.1f MiB / %.1f MiB = %.2f x\n",
                    (big.known.peakKiB - big.viewOnlyKiB) / 1024.0,
                    (small.known.peakKiB - small.viewOnlyKiB) / 1024.0,
                    (big.known.peakKiB - big.viewOnlyKiB)
                        / std::max(1.0, small.known.peakKiB - small.viewOnlyKiB));
        std::printf("  time to first paint %s rows / %s rows: %.2f x\n",
                    qPrintable(thousands(big.rows)), qPrintable(thousands(small.rows)),
                    big.known.firstPaint / small.known.firstPaint);
    }
    return 0;
}
