// The differential harness (support/differential.h) in the test command: a generated table with
// every type class and its edge values, stored natively on PostgreSQL, MariaDB and SQLite (declared
// types, and the types CREATE TABLE AS gives), changed at random from a change log; the hash diff
// on every ordered pair of stores and the join diff on every engine (PostgreSQL and MariaDB also
// through their ODBC drivers, on one side or both) must give the change log's counts, per column,
// under several option sets, with keys of every kind. The Values browser's rows and the
// pull-request comment's numbers must agree with the diff's result (one truth). A larger run is
// bench/bench_differential.

#include "ci/pipeline_result.h"
#include "diff/diff_engine.h"
#include "support/db_server.h"
#include "support/differential.h"
#include "values/differing_rows.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using namespace tidemark::test::differential;

namespace {

constexpr Store kStores[] = {Store::Postgres,    Store::PostgresOther, Store::MariaDb,
                             Store::SqliteTyped, Store::SqliteCtas,    Store::SqliteText};

QString tableName(Store store, bool sideA)
{
    // One table per store and side in each database (the stores of one engine share them).
    return (sideA ? QStringLiteral("Prod \"A\" %1") : QStringLiteral("PR b %1")).arg(int(store));
}

qint64 digitsOf(QString cell)
{
    cell.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return cell.toLongLong();
}

} // namespace

class TestDifferential : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_postgres;
    std::unique_ptr<test::DbServer> m_mariadb;
    int m_diffs = 0;

    // The store's first database (tables A) and second one (tables B for cross-database diffs).
    QString url(Store store, int which) const
    {
        switch (store) {
        case Store::Postgres:
        case Store::PostgresOther: {
            QString u = m_postgres->url();
            return which == 1
                ? u
                : u.left(u.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("tidemark_second");
        }
        case Store::MariaDb: {
            QString u = m_mariadb->url();
            return which == 1
                ? u
                : u.left(u.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("tidemark_second");
        }
        case Store::SqliteTyped:
        case Store::SqliteCtas:
        case Store::SqliteText:
            return QStringLiteral("sqlite://")
                + m_dir.filePath(which == 1 ? QStringLiteral("one.db") : QStringLiteral("two.db"));
        }
        return {};
    }

    // The store's first database through Debian's ODBC driver for its engine; none for SQLite
    // (Tidemark's SQLite functions cannot be registered through an ODBC driver).
    std::optional<QString> odbcUrl(Store store, int which = 1) const
    {
        const QString database
            = which == 1 ? QStringLiteral("tidemark_test") : QStringLiteral("tidemark_second");
        if (driverOf(store) == warehouse::Driver::PostgreSQL)
            return m_postgres->odbcUrl(database);
        if (driverOf(store) == warehouse::Driver::MySQL)
            return m_mariadb->odbcUrl(database);
        return std::nullopt;
    }

    static warehouse::ConnectionSpec spec(const QString &url)
    {
        auto s = warehouse::parseConnectionUrl(url);
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return *s;
    }

    Expected<diff::DiffResult> run(const QString &urlA, const QString &tableA,
                                   const std::optional<QString> &urlB, const QString &tableB,
                                   diff::DiffOptions options)
    {
        diff::DiffRequest request;
        request.connectionA = spec(urlA);
        request.tableA = warehouse::TableName {{tableA}};
        if (urlB)
            request.connectionB = spec(*urlB);
        request.tableB = warehouse::TableName {{tableB}};
        options.algorithm = urlB ? diff::Algorithm::Hash : diff::Algorithm::Join;
        request.options = options;
        ++m_diffs;
        return diff::runDiff(request);
    }

    // The Values browser's rows of a join diff, counted by kind and column, against its result.
    QStringList valuesAgree(const QString &urlA, const QString &tableA, const QString &tableB,
                            const diff::DiffOptions &options, const diff::DiffResult &result)
    {
        diff::DiffRequest request;
        request.connectionA = spec(urlA);
        request.tableA = warehouse::TableName {{tableA}};
        request.tableB = warehouse::TableName {{tableB}};
        request.options = options;
        values::DifferingRowsOptions rowsOptions;
        rowsOptions.knownKeyIssues = result.primaryKey;
        auto rows = values::DifferingRows::open(request, rowsOptions);
        if (!rows)
            return {QStringLiteral("values: ") + rows.errorMessage()};
        auto counts = (*rows)->materialize();
        if (!counts)
            return {QStringLiteral("values: ") + counts.errorMessage()};
        QStringList out;
        if (counts->onlyInA != result.rows.exclusiveA || counts->onlyInB != result.rows.exclusiveB
            || counts->changed != result.rows.updated)
            out << QStringLiteral("values: %1 / %2 / %3 rows, the diff %4 / %5 / %6")
                       .arg(counts->onlyInA)
                       .arg(counts->onlyInB)
                       .arg(counts->changed)
                       .arg(result.rows.exclusiveA)
                       .arg(result.rows.exclusiveB)
                       .arg(result.rows.updated);
        const QStringList names = (*rows)->layout().comparedColumns;
        for (qsizetype i = 0; i < names.size() && size_t(i) < counts->differingPerColumn.size();
             ++i) {
            const auto c
                = std::find_if(result.columns.begin(), result.columns.end(),
                               [&](const diff::ColumnDiff &d) { return d.name == names.at(i); });
            if (c == result.columns.end() || c->different != counts->differingPerColumn[size_t(i)])
                out << QStringLiteral("values: column %1 differs in %2 rows")
                           .arg(names.at(i))
                           .arg(counts->differingPerColumn[size_t(i)]);
        }
        return out;
    }

    // The pull-request comment's row of a model with this result: its numbers are the result's.
    static QStringList commentAgrees(const diff::DiffResult &result)
    {
        ci::PipelineResult pipeline;
        pipeline.prNumber = 7;
        pipeline.headSha = QStringLiteral("0123456789abcdef");
        pipeline.check = ci::CheckState::Success;
        ci::ModelOutcome model;
        model.uniqueId = "model.harness.orders";
        model.name = "orders";
        model.state = ci::ModelOutcome::State::Diffed;
        model.result = result;
        pipeline.models.push_back(model);
        const QStringList lines = ci::pullRequestComment(pipeline).split(QLatin1Char('\n'));
        const auto row = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QStringLiteral("| `orders`"));
        });
        if (row == lines.end())
            return {QStringLiteral("comment: no row for the model")};
        const QStringList cells = row->split(QLatin1Char('|'));
        // | model | key | rows A | rows B | only A | only B | updated | schema | % | keys | link |
        if (cells.size() < 11)
            return {QStringLiteral("comment: row has %1 cells").arg(cells.size())};
        QStringList out;
        const qint64 want[] = {result.rows.a, result.rows.b, result.rows.exclusiveA,
                               result.rows.exclusiveB, result.rows.updated};
        for (int i = 0; i < 5; ++i) {
            if (digitsOf(cells.at(3 + i)) != want[i])
                out << QStringLiteral("comment: cell %1 says %2, the result %3")
                           .arg(3 + i)
                           .arg(cells.at(3 + i).trimmed())
                           .arg(want[i]);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_postgres, qPrintable(error));
        m_mariadb = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(m_mariadb, qPrintable(error));
        QVERIFY2(m_postgres->createDatabase(QStringLiteral("tidemark_second"), &error),
                 qPrintable(error));
        QVERIFY2(m_mariadb->createDatabase(QStringLiteral("tidemark_second"), &error),
                 qPrintable(error));
        for (const char *file : {"one.db", "two.db"}) {
            QFile f(m_dir.filePath(QString::fromLatin1(file)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }

    void generatorTalliesItsChanges()
    {
        // The change log's tally and a plain comparison of the logical rows agree, so that either
        // is the expected answer; and every kind of change occurs.
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const Dataset data = generate(seed, 300);
            const Expectation tally = fromChangeLog(data);
            const Expectation ref = reference(data, {});
            QCOMPARE(ref.exclusiveA, tally.exclusiveA);
            QCOMPARE(ref.exclusiveB, tally.exclusiveB);
            QCOMPARE(ref.updated, tally.updated);
            QCOMPARE(ref.unchanged, tally.unchanged);
            for (int c = 0; c < kColumns; ++c)
                QCOMPARE(ref.different[size_t(c)], tally.different[size_t(c)]);
            QVERIFY(tally.exclusiveA > 0 && tally.exclusiveB > 0 && tally.updated > 0);
        }
        QSet<QString> kinds;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            for (const Change &c : generate(seed, 300).log)
                kinds.insert(c.what);
        }
        for (const char *kind :
             {"dbl: next double (last digit)", "dbl: by 1e-9", "ts: 1 microsecond", "ts: 1 second",
              "text: case only", "text: trailing space", "text: composed to combining mark",
              "dec: 0.01", "flag: flipped"})
            QVERIFY2(kinds.contains(QString::fromUtf8(kind)), kind);
    }

    void everyPairGivesTheChangeLogsCounts_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("keys");
        QTest::newRow("seed 1, integer key") << quint64(1) << int(KeyKind::Integer);
        QTest::newRow("seed 2, text key") << quint64(2) << int(KeyKind::Text);
        QTest::newRow("seed 3, composite key") << quint64(3) << int(KeyKind::Composite);
        QTest::newRow("seed 4, timestamp key") << quint64(4) << int(KeyKind::Timestamp);
        QTest::newRow("seed 5, integer key") << quint64(5) << int(KeyKind::Integer);
        QTest::newRow("seed 6, text key") << quint64(6) << int(KeyKind::Text);
        QTest::newRow("seed 7, double key") << quint64(7) << int(KeyKind::Float);
    }

    void everyPairGivesTheChangeLogsCounts()
    {
        QFETCH(quint64, seed);
        QFETCH(int, keys);
        const KeyKind keyKind = KeyKind(keys);
        const Dataset data = generate(seed, 400);

        // Every store holds A and B in both of its databases.
        for (const Store store : kStores) {
            for (const int which : {1, 2}) {
                auto db = warehouse::openDatabase(spec(url(store, which)));
                QVERIFY2(db, qPrintable(db ? QString() : db.errorMessage()));
                for (const bool sideA : {true, false}) {
                    auto written = write(
                        **db, store, tableName(store, sideA), keyKind, sideA ? data.a : data.b,
                        seed * 1000 + quint64(store) * 10 + quint64(which) * 2 + (sideA ? 1 : 0));
                    QVERIFY2(written,
                             qPrintable(storeName(store) + QStringLiteral(": ")
                                        + (written ? QString() : written.errorMessage())));
                }
            }
        }

        // Option sets: the defaults on every run (with small ranges, so that checksums skip), and
        // two more per seed.
        std::vector<CompareOptions> variants {CompareOptions {}};
        CompareOptions loose;
        loose.caseInsensitive = true;
        loose.nullEqualsEmpty = true;
        CompareOptions coarse;
        coarse.timestampPrecision = seed % 2 ? 3 : 0;
        CompareOptions tolerant;
        if (seed % 4 == 0)
            tolerant.dblRelative = 1e-7;
        else
            tolerant.dblTolerance = 1e-6;
        if (seed % 2)
            variants.insert(variants.end(), {loose, coarse});
        else
            variants.insert(variants.end(), {tolerant, coarse});

        QStringList failures;
        qint64 rowsSkipped = 0;
        qint64 candidates = 0;
        QElapsedTimer clock;
        clock.start();
        for (const CompareOptions &variant : variants) {
            const Expectation expected = reference(data, variant);
            diff::DiffOptions options = diffOptions(keyKind, variant);
            const bool defaults = variant.name() == QLatin1String("default");
            if (defaults) {
                options.bisectionThreshold = 16;
                options.bisectionFactor = 4;
            }
            const auto record = [&](const QString &what, const Expected<diff::DiffResult> &result) {
                if (!result) {
                    failures << QStringLiteral("%1 [%2]: %3")
                                    .arg(what, variant.name(), result.errorMessage());
                    return;
                }
                for (const QString &m : mismatches(*result, expected))
                    failures << QStringLiteral("%1 [%2]: %3").arg(what, variant.name(), m);
                if (result->algorithm == QLatin1String("hash") && defaults) {
                    rowsSkipped += result->hashStats.value("rows_skipped", qint64(0));
                    candidates += result->hashStats.value("candidates", qint64(0));
                }
            };
            for (const Store x : kStores) {
                for (const Store y : kStores) {
                    const QString what
                        = QStringLiteral("hash %1 -> %2").arg(storeName(x), storeName(y));
                    record(what,
                           run(url(x, 1), tableName(x, true), url(y, 2), tableName(y, false),
                               options));
                    // Through ODBC: x's side, and both sides when y has a driver too.
                    if (const auto odbc = odbcUrl(x, 1)) {
                        record(QStringLiteral("hash over ODBC %1 -> %2")
                                   .arg(storeName(x), storeName(y)),
                               run(*odbc, tableName(x, true), url(y, 2), tableName(y, false),
                                   options));
                        if (const auto odbcB = odbcUrl(y, 2)) {
                            record(QStringLiteral("hash over ODBC %1 -> over ODBC %2")
                                       .arg(storeName(x), storeName(y)),
                                   run(*odbc, tableName(x, true), *odbcB, tableName(y, false),
                                       options));
                        }
                    }
                }
            }
            for (const Store x : kStores) {
                for (const Store y : kStores) {
                    if (driverOf(x) != driverOf(y))
                        continue;
                    const QString what
                        = QStringLiteral("join %1 -> %2").arg(storeName(x), storeName(y));
                    const auto result = run(url(x, 1), tableName(x, true), std::nullopt,
                                            tableName(y, false), options);
                    record(what, result);
                    if (result && defaults) {
                        for (const QString &m : valuesAgree(url(x, 1), tableName(x, true),
                                                            tableName(y, false), options, *result))
                            failures << what + QStringLiteral(": ") + m;
                        for (const QString &m : commentAgrees(*result))
                            failures << what + QStringLiteral(": ") + m;
                    }
                    // The same tables through the engine's ODBC driver: the same answer.
                    if (const auto odbc = odbcUrl(x)) {
                        const QString overOdbc = QStringLiteral("join over ODBC %1 -> %2")
                                                     .arg(storeName(x), storeName(y));
                        const auto viaOdbc = run(*odbc, tableName(x, true), std::nullopt,
                                                 tableName(y, false), options);
                        record(overOdbc, viaOdbc);
                        if (viaOdbc && defaults) {
                            for (const QString &m :
                                 valuesAgree(*odbc, tableName(x, true), tableName(y, false),
                                             options, *viaOdbc))
                                failures << overOdbc + QStringLiteral(": ") + m;
                        }
                    }
                }
            }
        }
        qInfo("%d diffs in %lld ms; hash diffs with the defaults skipped %lld rows by checksums "
              "and compared %lld candidates",
              m_diffs, static_cast<long long>(clock.elapsed()), static_cast<long long>(rowsSkipped),
              static_cast<long long>(candidates));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 60).join(QLatin1Char('\n'))));
        // The checksums skipped ranges and the rows whose hashes differed were compared value by
        // value: both halves of the hash diff ran.
        QVERIFY(rowsSkipped > 0);
        QVERIFY(candidates > 0);
    }
};

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
