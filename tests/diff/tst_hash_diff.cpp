// The cross-database (hash) diff on real SQLite files, PostgreSQL and MariaDB: generated tables
// whose answer is worked out independently (support/diff_fixture.cpp), every count checked, the
// same tables also diffed by the join diff; bisection that really skips ranges; keys of every
// kind; cancellation, limits, time limits, progress and errors.

#include "diff/hash/hash_diff.h"
#include "diff/hash/sql.h"
#include "diff/join_diff.h"
#include "support/db_server.h"
#include "support/diff_scenarios.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <mutex>
#include <set>
#include <thread>

using namespace tidemark;

namespace {

// One side of a diff: where it lives.
enum class Where { SqliteA, SqliteB, Postgres, Postgres2, MariaDb };

QString nameOf(Where w)
{
    switch (w) {
    case Where::SqliteA: return QStringLiteral("sqlite");
    case Where::SqliteB: return QStringLiteral("sqlite");
    case Where::Postgres: return QStringLiteral("postgresql");
    case Where::Postgres2: return QStringLiteral("postgresql (2nd database)");
    case Where::MariaDb: return QStringLiteral("mariadb");
    }
    return {};
}

struct Pair
{
    Where a;
    Where b;
};

const Pair kPairs[] = {
    {Where::SqliteA, Where::SqliteB},  {Where::Postgres, Where::SqliteB},
    {Where::SqliteA, Where::Postgres}, {Where::Postgres, Where::MariaDb},
    {Where::MariaDb, Where::SqliteB},  {Where::Postgres, Where::Postgres2},
};

QString pairName(const Pair &p)
{
    return nameOf(p.a) + QStringLiteral(" -> ") + nameOf(p.b);
}

qint64 count(const nlohmann::json &j, const char *group, const char *field)
{
    return j.at(group).at(field).get<qint64>();
}

// A table of `rows` rows with a key of the given kind and every value type.
test::FixtureTable generated(const QString &name, const QString &keyKind, int rows)
{
    test::FixtureTable t;
    t.name = name;
    if (keyKind == QLatin1String("composite"))
        t.columns = {{QStringLiteral("region"), test::ColType::Text},
                     {QStringLiteral("seq"), test::ColType::Int}};
    else
        t.columns
            = {{QStringLiteral("Key; \"K\""),
                keyKind == QLatin1String("integer") ? test::ColType::Int : test::ColType::Text}};
    t.columns.push_back({QStringLiteral("Col; \"Q\" Mixed"), test::ColType::Text});
    t.columns.push_back({QStringLiteral("amount"), test::ColType::Real});
    t.columns.push_back(
        {QStringLiteral("price %2 %1"), test::ColType::Decimal}); // %N survives QString::arg()
    t.columns.push_back({QStringLiteral("created"), test::ColType::Timestamp});
    t.columns.push_back({QStringLiteral("active"), test::ColType::Bool});
    const QStringList regions {QStringLiteral("north"), QStringLiteral("South"),
                               QStringLiteral("\u00f6st"), QStringLiteral("west 1")};
    for (int i = 1; i <= rows; ++i) {
        QVariantList r;
        if (keyKind == QLatin1String("composite"))
            r << regions[i % regions.size()] << i / 4;
        else if (keyKind == QLatin1String("integer"))
            r << qint64(i) * 3 - 70000; // negative and positive keys, with gaps
        else
            r << QStringLiteral("k\u00e9y-%1-%2").arg(i % 7).arg(i, 6, 10, QLatin1Char('0'));
        r << (i % 101 == 0 ? QVariant() : QVariant(QStringLiteral("value %1 \u6771").arg(i)));
        r << (i % 73 == 0 ? QVariant() : QVariant(i * 0.25));
        r << QStringLiteral("%1.%2").arg(i % 1000).arg(i % 100, 2, 10, QLatin1Char('0'));
        r << QStringLiteral("2024-01-%1 10:%2:%3.%4")
                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                 .arg(i % 60, 2, 10, QLatin1Char('0'))
                 .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                 .arg(i % 1000000, 6, 10, QLatin1Char('0'));
        r << (i % 3 == 0);
        t.rows.push_back(r);
    }
    return t;
}

} // namespace

class TestHashDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_postgres;
    std::unique_ptr<test::DbServer> m_mariadb;

    std::unique_ptr<warehouse::Database> openUrl(const QString &url, const QString &database = {})
    {
        auto spec = warehouse::parseConnectionUrl(url);
        if (!spec)
            qFatal("%s", qPrintable(spec.errorMessage()));
        if (!database.isEmpty())
            spec->database = database;
        auto db = warehouse::openDatabase(*spec);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(*db);
    }

    std::unique_ptr<warehouse::Database> sqlite(const QString &file)
    {
        const QString path = m_dir.filePath(file);
        if (!QFile::exists(path)) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot create %s", qPrintable(path));
        }
        return openUrl(QStringLiteral("sqlite://") + path);
    }

    // Null (and the test skipped) when the servers are not installed.
    std::unique_ptr<warehouse::Database> open(Where where)
    {
        switch (where) {
        case Where::SqliteA: return sqlite(QStringLiteral("a.db"));
        case Where::SqliteB: return sqlite(QStringLiteral("b.db"));
        case Where::Postgres: return m_postgres ? openUrl(m_postgres->url()) : nullptr;
        case Where::Postgres2:
            return m_postgres ? openUrl(m_postgres->url(), QStringLiteral("tidemark_second"))
                              : nullptr;
        case Where::MariaDb: return m_mariadb ? openUrl(m_mariadb->url()) : nullptr;
        }
        return nullptr;
    }

    // Checks every count of `j` against the reference answer.
    static void verifyCounts(const nlohmann::json &j, const test::ExpectedDiff &e)
    {
        QVERIFY(j["algorithm"] == "hash");
        QCOMPARE(count(j, "rows", "a"), e.rows.a);
        QCOMPARE(count(j, "rows", "b"), e.rows.b);
        QCOMPARE(count(j, "rows", "exclusive_a"), e.rows.exclusiveA);
        QCOMPARE(count(j, "rows", "exclusive_b"), e.rows.exclusiveB);
        QCOMPARE(count(j, "rows", "updated"), e.rows.updated);
        QCOMPARE(count(j, "rows", "unchanged"), e.rows.unchanged);
        QCOMPARE(count(j, "primary_key", "null_a"), e.keys.nullA);
        QCOMPARE(count(j, "primary_key", "null_b"), e.keys.nullB);
        QCOMPARE(count(j, "primary_key", "duplicate_a"), e.keys.duplicateA);
        QCOMPARE(count(j, "primary_key", "duplicate_b"), e.keys.duplicateB);
        QCOMPARE(qsizetype(j["columns"].size()), e.different.size());
        const qint64 matched = e.rows.updated + e.rows.unchanged;
        QString previous;
        for (const auto &c : j["columns"]) {
            const QString name = QString::fromStdString(c["name"].get<std::string>());
            QVERIFY2(e.different.contains(name), qPrintable(name));
            QCOMPARE(c["different"].get<qint64>(), e.different.value(name));
            const double pct = matched == 0
                ? 100.0
                : 100.0 * double(matched - e.different.value(name)) / double(matched);
            QVERIFY(qAbs(c["match_pct"].get<double>() - pct) < 1e-9);
            QVERIFY2(previous.compare(name, Qt::CaseInsensitive) < 0, "columns are sorted by name");
            previous = name;
        }
        QCOMPARE(e.rows.exclusiveA + e.rows.updated + e.rows.unchanged + e.keys.nullA
                     + e.keys.duplicateRowsA,
                 e.rows.a);
        QCOMPARE(e.rows.exclusiveB + e.rows.updated + e.rows.unchanged + e.keys.nullB
                     + e.keys.duplicateRowsB,
                 e.rows.b);
    }

    static void verifySamples(const nlohmann::json &j, const test::ExpectedDiff &e, int sampleSize)
    {
        QCOMPARE(j["samples"]["exclusive_a"].size(),
                 size_t(std::min<qint64>(e.rows.exclusiveA, sampleSize)));
        QCOMPARE(j["samples"]["exclusive_b"].size(),
                 size_t(std::min<qint64>(e.rows.exclusiveB, sampleSize)));
        QCOMPARE(j["samples"]["updated"].size(),
                 size_t(std::min<qint64>(e.rows.updated, sampleSize)));
        for (const auto &u : j["samples"]["updated"]) {
            QVERIFY(!u["different_columns"].empty());
            QVERIFY(u.contains("key") && u.contains("a") && u.contains("b"));
            for (const auto &c : u["different_columns"])
                QVERIFY(u["a"].contains(c.get<std::string>()));
        }
        for (const char *group : {"exclusive_a", "exclusive_b"}) {
            for (const auto &row : j["samples"][group])
                QCOMPARE(row.size(), size_t(e.different.size()) + size_t(j["key"].size()));
        }
    }

    static std::set<std::string> objectKeys(const nlohmann::json &samples)
    {
        std::set<std::string> out;
        for (const auto &row : samples) {
            for (auto it = row.begin(); it != row.end(); ++it)
                out.insert(it.key());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The servers are part of what is tested: without them the test fails, it does not skip.
        QString error;
        m_postgres = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_postgres, qPrintable(error));
        QVERIFY2(m_postgres->createDatabase(QStringLiteral("tidemark_second"), &error),
                 qPrintable(error));
        m_mariadb = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(m_mariadb, qPrintable(error));
    }

    // The scenarios of the join diff's tests, across every pair of databases, with the default
    // bisection (small tables: streamed whole) and with a tiny one (every scenario bisected).
    void knownAnswers_data()
    {
        QTest::addColumn<int>("pair");
        QTest::addColumn<int>("scenario");
        QTest::addColumn<bool>("bisect");
        const auto scenarios = test::diffScenarios();
        for (size_t p = 0; p < std::size(kPairs); ++p) {
            for (size_t i = 0; i < scenarios.size(); ++i) {
                for (const bool bisect : {false, true}) {
                    QTest::newRow(
                        qPrintable(QStringLiteral("%1: %2%3")
                                       .arg(pairName(kPairs[p]), scenarios[i].name,
                                            bisect ? QStringLiteral(" (bisected)") : QString())))
                        << int(p) << int(i) << bisect;
                }
            }
        }
    }

    void knownAnswers()
    {
        QFETCH(int, pair);
        QFETCH(int, scenario);
        QFETCH(bool, bisect);
        const test::DiffScenario s = test::diffScenarios().at(size_t(scenario));
        auto dbA = open(kPairs[pair].a);
        auto dbB = open(kPairs[pair].b);
        if (!dbA || !dbB)
            QFAIL("a database of the pair is not open");
        QVERIFY(test::loadTable(*dbA, s.a));
        QVERIFY(test::loadTable(*dbB, s.b));
        diff::DiffOptions options = s.options;
        if (bisect) {
            options.bisectionThreshold = 8;
            options.bisectionFactor = 3;
        }
        auto result = diff::hashDiff(*dbA, warehouse::TableName {{s.a.name}}, *dbB,
                                     warehouse::TableName {{s.b.name}}, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        const test::ExpectedDiff e = test::referenceDiff(test::filtered(s.a, s.keep),
                                                         test::filtered(s.b, s.keep), s.options);
        const nlohmann::json j = result->toJson();
        verifyCounts(j, e);
        if (QTest::currentTestFailed())
            return;
        verifySamples(j, e, options.sampleSize);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(result->complete);
        QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(QLatin1Char('\n'))));
        QVERIFY(j["match_score"].get<double>() >= 0 && j["match_score"].get<double>() <= 100);
        QVERIFY(j.contains("hash"));
        if (bisect && e.rows.a > 8)
            QVERIFY2(j["hash"]["ranges_compared"].get<qint64>() > 0, j["hash"].dump().c_str());
        // Equal rows hash alike on both databases: only the updated rows are fetched (tolerances
        // and string options can make rows with different hashes equal).
        if (options.tolerances.isEmpty() && !options.caseInsensitiveStrings
            && !options.nullEqualsEmptyString)
            QCOMPARE(j["hash"]["candidates"].get<qint64>(), e.rows.updated);
        auto back = diff::DiffResult::fromJson(j);
        QVERIFY(back);
        QVERIFY(back->toJson() == j);
    }

    // The same JSON as the join diff: both tables in one SQLite file, diffed both ways.
    void sameResultAsJoinDiff_data()
    {
        QTest::addColumn<int>("scenario");
        const auto scenarios = test::diffScenarios();
        for (size_t i = 0; i < scenarios.size(); ++i)
            QTest::newRow(qPrintable(scenarios[i].name)) << int(i);
    }

    void sameResultAsJoinDiff()
    {
        QFETCH(int, scenario);
        const test::DiffScenario s = test::diffScenarios().at(size_t(scenario));
        auto db = sqlite(QStringLiteral("both.db"));
        QVERIFY(test::loadTable(*db, s.a));
        QVERIFY(test::loadTable(*db, s.b));
        auto other = sqlite(QStringLiteral("both.db"));
        const warehouse::TableName a {{s.a.name}};
        const warehouse::TableName b {{s.b.name}};
        auto join = diff::joinDiff(*db, a, b, s.options);
        QVERIFY2(join, qPrintable(join ? QString() : join.errorMessage()));
        auto hash = diff::hashDiff(*db, a, *other, b, s.options);
        QVERIFY2(hash, qPrintable(hash ? QString() : hash.errorMessage()));
        nlohmann::json jj = join->toJson();
        nlohmann::json hj = hash->toJson();
        QVERIFY(hj["algorithm"] == "hash");
        for (const char *field : {"key", "table_a", "table_b", "rows", "primary_key", "schema",
                                  "columns", "match_score", "complete"})
            QVERIFY2(
                jj[field] == hj[field],
                qPrintable(QStringLiteral("%1: join %2, hash %3")
                               .arg(QLatin1String(field), QString::fromStdString(jj[field].dump()),
                                    QString::fromStdString(hj[field].dump()))));
        for (const char *group : {"exclusive_a", "exclusive_b", "updated"}) {
            QCOMPARE(hj["samples"][group].size(), jj["samples"][group].size());
            QVERIFY(objectKeys(hj["samples"][group]) == objectKeys(jj["samples"][group]));
        }
        // Each updated sample of the hash diff names the columns the join diff names for that key.
        for (const auto &u : hj["samples"]["updated"]) {
            for (const auto &ju : jj["samples"]["updated"]) {
                if (ju["key"] == u["key"]) {
                    QVERIFY(ju["different_columns"] == u["different_columns"]);
                    QVERIFY(ju["a"] == u["a"]);
                    QVERIFY(ju["b"] == u["b"]);
                }
            }
        }
    }

    // Enough rows that bisection happens with the default options: most ranges agree and are
    // skipped, only a small part of the rows is streamed, and every count is still exact.
    void bisectionSkipsRanges_data()
    {
        QTest::addColumn<int>("pair");
        QTest::addColumn<QString>("keyKind");
        for (const int p : {0, 1, 3}) {
            for (const char *kind : {"integer", "text", "composite"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1: %2 key").arg(pairName(kPairs[p]), QLatin1String(kind))))
                    << p << QString::fromLatin1(kind);
        }
        // Keys duplicated alike on both sides, in ranges whose checksums agree: still counted.
        for (const int p : {0, 1, 2, 3, 5})
            QTest::newRow(
                qPrintable(QStringLiteral("%1: integer key, duplicated").arg(pairName(kPairs[p]))))
                << p << QStringLiteral("duplicated");
    }

    void bisectionSkipsRanges()
    {
        QFETCH(int, pair);
        QFETCH(QString, keyKind);
        auto dbA = open(kPairs[pair].a);
        auto dbB = open(kPairs[pair].b);
        if (!dbA || !dbB)
            QFAIL("a database of the pair is not open");
        const int rows = 50000;
        const bool duplicated = keyKind == QLatin1String("duplicated");
        if (duplicated)
            keyKind = QStringLiteral("integer");
        test::FixtureTable a = generated(QStringLiteral("Weird \"Table\"; x"), keyKind, rows);
        test::FixtureTable b = a;
        b.name = QStringLiteral("Weird \"Table\"; y");
        std::vector<QVariantList> kept;
        const int keyWidth = keyKind == QLatin1String("composite") ? 2 : 1;
        for (size_t i = 0; i < b.rows.size(); ++i) {
            QVariantList r = b.rows[i];
            const int n = int(i) + 1;
            if (n > 20000 && n <= 20030)
                continue; // a block only in A
            if (n % 5000 == 7)
                r[keyWidth] = QStringLiteral("changed"); // scattered updates
            if (n % 9999 == 0)
                r[keyWidth + 1] = r[keyWidth + 1].isNull()
                    ? QVariant(1.0)
                    : QVariant(r[keyWidth + 1].toDouble() + 0.5);
            if (n == 33333)
                r[keyWidth + 3] = QStringLiteral("2024-01-01 00:00:00.000001");
            kept.push_back(r);
        }
        b.rows = kept;
        const test::FixtureTable longer = generated(QString(), keyKind, rows + 25);
        for (int i = 0; i < 25; ++i) // only in B, past the end
            b.rows.push_back(longer.rows.at(size_t(rows + i)));
        if (duplicated) {
            for (const size_t i : {size_t(100), size_t(41000)}) { // the same twice on both sides
                a.rows.push_back(a.rows[i]);
                b.rows.push_back(a.rows[i]);
            }
            b.rows.push_back(a.rows[12000]); // three times in B, once in A
            b.rows.push_back(a.rows[12000]);
        }
        QVERIFY(test::loadTable(*dbA, a));
        QVERIFY(test::loadTable(*dbB, b));

        diff::DiffOptions options;
        options.key = keyKind == QLatin1String("composite")
            ? QStringList {QStringLiteral("region"), QStringLiteral("seq")}
            : QStringList {QStringLiteral("Key; \"K\"")};
        QElapsedTimer clock;
        clock.start();
        auto result = diff::hashDiff(*dbA, warehouse::TableName {{a.name}}, *dbB,
                                     warehouse::TableName {{b.name}}, options);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        const nlohmann::json j = result->toJson();
        verifyCounts(j, test::referenceDiff(a, b, options));
        if (QTest::currentTestFailed())
            return;
        const nlohmann::json &h = j["hash"];
        qInfo().noquote() << QTest::currentDataTag() << elapsed << "ms"
                          << QString::fromStdString(h.dump());
        QVERIFY2(h["levels"].get<int>() >= 1, h.dump().c_str());
        QVERIFY2(h["ranges_skipped"].get<qint64>() > h["ranges_compared"].get<qint64>() / 2,
                 h.dump().c_str());
        QVERIFY2(h["rows_streamed"].get<qint64>() < rows * 2 / 3, h.dump().c_str()); // of 2 x rows
        QVERIFY2(h["rows_skipped"].get<qint64>() > rows / 2, h.dump().c_str());
        QVERIFY(h["parallel"].get<bool>());
        QCOMPARE(j["rows_downloaded"].get<qint64>(),
                 h["rows_streamed"].get<qint64>() + h["rows_fetched"].get<qint64>());
        QCOMPARE(j["samples"]["exclusive_a"].size(), size_t(10));
        QCOMPARE(j["samples"]["exclusive_b"].size(), size_t(10));
        QCOMPARE(j["samples"]["updated"].size(), size_t(10));
        if (duplicated) {
            QCOMPARE(j["primary_key"]["duplicate_a"].get<qint64>(), qint64(2));
            QCOMPARE(j["primary_key"]["duplicate_b"].get<qint64>(), qint64(3));
            QCOMPARE(j["primary_key"]["duplicate_rows_b"].get<qint64>(), qint64(7));
        }
    }

    // Keys that cluster at both ends of a huge integer range, deep bisection, and differences so
    // dense that the diff stops cutting ranges and streams them.
    void skewedKeysAndDenseDifferences_data()
    {
        QTest::addColumn<bool>("dense");
        QTest::newRow("skewed keys, sparse differences") << false;
        QTest::newRow("dense differences") << true;
    }

    void skewedKeysAndDenseDifferences()
    {
        QFETCH(bool, dense);
        auto dbA = sqlite(QStringLiteral("a.db"));
        auto dbB = sqlite(QStringLiteral("b.db"));
        test::FixtureTable a;
        a.name = QStringLiteral("skew_a");
        a.columns = {{QStringLiteral("id"), test::ColType::Int},
                     {QStringLiteral("v"), test::ColType::Int}};
        for (int i = 0; i < 6000; ++i)
            a.rows.push_back({qint64(i), i});
        for (int i = 0; i < 6000; ++i)
            a.rows.push_back(
                {std::numeric_limits<qint64>::max() - 3 * i, i}); // at the very end of bigint
        a.rows.push_back({std::numeric_limits<qint64>::min(), 0});
        test::FixtureTable b = a;
        b.name = QStringLiteral("skew_b");
        for (size_t i = 0; i < b.rows.size(); ++i) {
            if (dense ? i % 3 != 0 : i % 1999 == 5)
                b.rows[i][1] = -1;
        }
        QVERIFY(test::loadTable(*dbA, a));
        QVERIFY(test::loadTable(*dbB, b));
        diff::DiffOptions options;
        options.key = {QStringLiteral("id")};
        options.bisectionThreshold = 50;
        options.bisectionFactor = 4;
        auto result = diff::hashDiff(*dbA, {{a.name}}, *dbB, {{b.name}}, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        const nlohmann::json j = result->toJson();
        verifyCounts(j, test::referenceDiff(a, b, options));
        if (QTest::currentTestFailed())
            return;
        const nlohmann::json &h = j["hash"];
        qInfo().noquote() << QString::fromStdString(h.dump());
        QVERIFY2(h["levels"].get<int>() >= 2, h.dump().c_str());
        if (dense) // the blocks of keys are streamed whole once nearly every piece of them differs
            QVERIFY2(h["rows_streamed"].get<qint64>() > qint64(a.rows.size()), h.dump().c_str());
        else
            QVERIFY2(h["rows_streamed"].get<qint64>() < qint64(a.rows.size()) / 4,
                     h.dump().c_str());
    }

    // Types that each database normalises its own way: the same values must compare equal.
    void typesNormaliseAlike_data()
    {
        QTest::addColumn<int>("pair");
        for (const int p : {1, 2, 3, 4, 5})
            QTest::newRow(qPrintable(pairName(kPairs[p]))) << p;
    }

    void typesNormaliseAlike()
    {
        QFETCH(int, pair);
        auto dbA = open(kPairs[pair].a);
        auto dbB = open(kPairs[pair].b);
        if (!dbA || !dbB)
            QFAIL("a database of the pair is not open");
        struct Types
        {
            const char *key;
            const char *integer;
            const char *decimal;
            const char *real;
            const char *timestamp;
            const char *boolean;
            const char *text;
            const char *uuid;
        };
        auto typesOf = [](warehouse::Driver driver) -> Types {
            switch (driver) {
            case warehouse::Driver::PostgreSQL:
                return {"uuid",         "integer", "numeric(12,2)", "double precision",
                        "timestamp(6)", "boolean", "text",          "uuid"};
            case warehouse::Driver::MySQL:
                return {"char(36)",    "int",     "decimal(12,2)", "double",
                        "datetime(6)", "boolean", "varchar(100)",  "char(36)"};
            default:
                return {"TEXT",      "INTEGER", "NUMERIC", "REAL",
                        "TIMESTAMP", "BOOLEAN", "TEXT",    "TEXT"};
            }
        };
        const int rows = 3000;
        for (warehouse::Database *db : {dbA.get(), dbB.get()}) {
            const warehouse::Dialect &d = db->dialect();
            const Types t = typesOf(db->spec().driver);
            const warehouse::TableName table {
                {db == dbA.get() ? QStringLiteral("Types A") : QStringLiteral("Types B")}};
            (void)db->execute(QStringLiteral("DROP TABLE IF EXISTS ") + d.table(table));
            QStringList defs;
            const char *names[] = {"Uid", "n", "dec", "dbl", "ts", "flag", "txt", "ref"};
            const char *types[]
                = {t.key, t.integer, t.decimal, t.real, t.timestamp, t.boolean, t.text, t.uuid};
            for (int i = 0; i < 8; ++i)
                defs << d.quote(QLatin1String(names[i])) + QLatin1Char(' ')
                        + QLatin1String(types[i]);
            QVERIFY(db->execute(QStringLiteral("CREATE TABLE %1 (%2)")
                                    .arg(d.table(table), defs.join(QStringLiteral(", ")))));
            if (db->spec().driver != warehouse::Driver::MySQL)
                QVERIFY(db->execute(QStringLiteral("BEGIN")));
            const bool sideB = db == dbB.get();
            for (int start = 0; start < rows; start += 50) {
                QStringList tuples;
                QVariantList values;
                for (int i = start; i < start + 50; ++i) {
                    tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
                    // Deterministic UUIDs, lower-case as PostgreSQL prints them.
                    const QString uuid = QUuid::createUuidV5(QUuid(), QString::number(i))
                                             .toString(QUuid::WithoutBraces);
                    const bool changed = sideB && i % 97 == 0;
                    values << uuid << (changed ? i + 1 : i)
                           << QStringLiteral("%1.%2").arg(i).arg(i % 100, 2, 10, QLatin1Char('0'))
                           << (i % 50 == 0 ? QVariant(QMetaType(QMetaType::Double))
                                           : QVariant(i / 8.0))
                           << QStringLiteral("2023-12-31 23:59:%1.%2")
                                  .arg(i % 60, 2, 10, QLatin1Char('0'))
                                  .arg(i * 37 % 1000000, 6, 10, QLatin1Char('0'))
                           << (i % 2 == 0) << QStringLiteral("t\u00ebxt \U0001F30A %1").arg(i)
                           << QUuid::createUuidV5(QUuid(), QString::number(-i))
                                  .toString(QUuid::WithoutBraces);
                }
                auto inserted
                    = db->query(QStringLiteral("INSERT INTO %1 VALUES %2")
                                    .arg(d.table(table), tuples.join(QStringLiteral(", "))),
                                values, [](const warehouse::Row &) { return false; });
                QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.errorMessage()));
            }
            if (db->spec().driver != warehouse::Driver::MySQL)
                QVERIFY(db->execute(QStringLiteral("COMMIT")));
        }
        diff::DiffOptions options;
        options.key = {QStringLiteral("uid")};
        options.bisectionThreshold = 200;
        auto result = diff::hashDiff(*dbA, {{QStringLiteral("Types A")}}, *dbB,
                                     {{QStringLiteral("Types B")}}, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        QCOMPARE(result->rows.exclusiveA, 0);
        QCOMPARE(result->rows.exclusiveB, 0);
        QCOMPARE(result->rows.updated, qint64((rows + 96) / 97));
        QCOMPARE(result->rows.unchanged, qint64(rows - (rows + 96) / 97));
        for (const diff::ColumnDiff &c : result->columns)
            QCOMPARE(c.different,
                     c.name == QLatin1String("n") ? qint64((rows + 96) / 97) : qint64(0));
        QVERIFY2(result->hashStats["ranges_skipped"].get<qint64>() > 0,
                 result->hashStats.dump().c_str());
        // Every type hashes alike on both sides: only the changed rows were candidates.
        QCOMPARE(result->hashStats["candidates"].get<qint64>(), result->rows.updated);
    }

    // A primary key or unique index (without a predicate) over some of the key columns rules
    // duplicated keys out, and the diff skips looking for them.
    void uniqueIndexesAreRecognised_data()
    {
        QTest::addColumn<int>("where");
        QTest::newRow("sqlite") << int(Where::SqliteA);
        QTest::newRow("postgresql") << int(Where::Postgres);
        QTest::newRow("mariadb") << int(Where::MariaDb);
    }

    void uniqueIndexesAreRecognised()
    {
        QFETCH(int, where);
        auto db = open(Where(where));
        if (!db)
            QFAIL("a database of the pair is not open");
        const warehouse::Dialect &d = db->dialect();
        const bool mysql = db->spec().driver == warehouse::Driver::MySQL;
        const QString text = mysql ? QStringLiteral("VARCHAR(50)") : QStringLiteral("TEXT");
        const QString weird = QStringLiteral("Weird \"U\"; x");
        for (const QString &t : {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u3"),
                                 QStringLiteral("u4"), weird})
            (void)db->execute(QStringLiteral("DROP TABLE IF EXISTS ") + d.quote(t));
        QVERIFY(db->execute(
            QStringLiteral("CREATE TABLE u1 (id INTEGER PRIMARY KEY, v %1)").arg(text)));
        QVERIFY(db->execute(
            QStringLiteral(
                "CREATE TABLE u2 (a %1 NOT NULL, b INTEGER NOT NULL, v %1, PRIMARY KEY (a, b))")
                .arg(text)));
        QVERIFY(db->execute(QStringLiteral("CREATE TABLE u3 (id INTEGER, v %1)").arg(text)));
        if (!mysql) // a partial unique index says nothing about the other rows
            QVERIFY(db->execute(
                QStringLiteral("CREATE UNIQUE INDEX u3_partial ON u3 (id) WHERE v IS NOT NULL")));
        QVERIFY(db->execute(QStringLiteral("CREATE TABLE u4 (id INTEGER, v %1)").arg(text)));
        QVERIFY(db->execute(QStringLiteral("CREATE INDEX u4_plain ON u4 (id)")));
        QVERIFY(db->execute(QStringLiteral("CREATE TABLE %1 (%2 INTEGER, v %3)")
                                .arg(d.quote(weird), d.quote(QStringLiteral("Key; \"K\"")), text)));
        QVERIFY(db->execute(
            QStringLiteral("CREATE UNIQUE INDEX weird_v ON %1 (v)").arg(d.quote(weird))));
        auto unique = [&](const QString &table, const QStringList &keys) {
            return diff::hashdiff::keysAreUnique(*db, warehouse::TableName {{table}}, keys);
        };
        QVERIFY(unique(QStringLiteral("u1"), {QStringLiteral("id")}));
        QVERIFY(unique(QStringLiteral("u2"), {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!unique(QStringLiteral("u2"), {QStringLiteral("a")}));
        QVERIFY(unique(QStringLiteral("u2"),
                       {QStringLiteral("b"), QStringLiteral("v"), QStringLiteral("a")}));
        QVERIFY(!unique(QStringLiteral("u3"), {QStringLiteral("id")}));
        QVERIFY(!unique(QStringLiteral("u4"), {QStringLiteral("id")}));
        QVERIFY(!unique(QStringLiteral("no_such_table"), {QStringLiteral("id")}));
        QVERIFY(!unique(weird, {QStringLiteral("Key; \"K\"")}));
        QVERIFY(unique(weird, {QStringLiteral("Key; \"K\""), QStringLiteral("v")}));

        // The diff relies on it: rows of u1 against a copy without the index, with duplicates.
        QVERIFY(db->execute(
            QStringLiteral("INSERT INTO u1 (id, v) VALUES (1, 'a'), (2, 'b'), (3, 'c')")));
        QVERIFY(db->execute(QStringLiteral(
            "INSERT INTO u4 (id, v) VALUES (1, 'a'), (2, 'x'), (2, 'y'), (4, 'd')")));
        auto other = open(Where::SqliteB);
        test::FixtureTable copy;
        copy.name = QStringLiteral("u_copy");
        copy.columns = {{QStringLiteral("id"), test::ColType::Int},
                        {QStringLiteral("v"), test::ColType::Text}};
        copy.rows = {{1, QStringLiteral("a")},
                     {2, QStringLiteral("b")},
                     {3, QStringLiteral("z")},
                     {3, QStringLiteral("z")}};
        QVERIFY(test::loadTable(*other, copy));
        diff::DiffOptions options;
        options.key = {QStringLiteral("id")};
        options.bisectionThreshold = 1;
        options.bisectionFactor = 2;
        auto r = diff::hashDiff(*db, {{QStringLiteral("u1")}}, *other, {{copy.name}}, options);
        QVERIFY2(r, qPrintable(r ? QString() : r.errorMessage()));
        QVERIFY(r->hashStats["unique_keys"]["a"].get<bool>());
        QVERIFY(!r->hashStats["unique_keys"]["b"].get<bool>());
        QCOMPARE(r->primaryKey.duplicateA, 0);
        QCOMPARE(r->primaryKey.duplicateB, 1);
        QCOMPARE(r->primaryKey.duplicateRowsB, 2);
        QCOMPARE(r->rows.exclusiveA, 1);
        QCOMPARE(r->rows.unchanged, 2);
        auto dup = diff::hashDiff(*db, {{QStringLiteral("u4")}}, *other, {{copy.name}}, options);
        QVERIFY2(dup, qPrintable(dup ? QString() : dup.errorMessage()));
        QCOMPARE(dup->primaryKey.duplicateA, 1);
        QCOMPARE(dup->primaryKey.duplicateRowsA, 2);
        QCOMPARE(dup->rows.exclusiveA, 1); // 4
        QCOMPARE(dup->rows.unchanged, 1); // 1
        QCOMPARE(dup->rows.exclusiveB, 1); // 2, duplicated in A
    }

    // An in-memory SQLite database cannot be opened twice: its side runs on the caller's thread.
    void inMemoryDatabasesRunInline()
    {
        warehouse::ConnectionSpec spec;
        spec.driver = warehouse::Driver::SQLite;
        spec.database = QStringLiteral(":memory:");
        auto dbA = warehouse::openDatabase(spec);
        auto dbB = warehouse::openDatabase(spec);
        QVERIFY(dbA && dbB);
        const test::DiffScenario s = test::diffScenarios().front();
        QVERIFY(test::loadTable(**dbA, s.a));
        QVERIFY(test::loadTable(**dbB, s.b));
        diff::DiffOptions options = s.options;
        options.bisectionThreshold = 100;
        auto result = diff::hashDiff(**dbA, {{s.a.name}}, **dbB, {{s.b.name}}, options);
        QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
        verifyCounts(result->toJson(), test::referenceDiff(s.a, s.b, s.options));
        QVERIFY(!result->hashStats["parallel"].get<bool>());
    }

    void progressAndLimits()
    {
        auto dbA = sqlite(QStringLiteral("a.db"));
        auto dbB = sqlite(QStringLiteral("b.db"));
        const test::DiffScenario s = test::diffScenarios().front();
        QVERIFY(test::loadTable(*dbA, s.a));
        QVERIFY(test::loadTable(*dbB, s.b));
        diff::DiffOptions options = s.options;
        options.bisectionThreshold = 100;

        diff::DiffControl control;
        std::mutex mutex;
        std::vector<double> fractions;
        control.setProgressCallback([&](double fraction, const QString &stage) {
            QVERIFY(!stage.isEmpty());
            const std::lock_guard lock(mutex);
            fractions.push_back(fraction);
        });
        auto full = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{s.b.name}}, options, &control);
        QVERIFY(full);
        QVERIFY(fractions.size() >= 4);
        QVERIFY2(std::is_sorted(fractions.begin(), fractions.end()), qPrintable([&] {
                     QStringList l;
                     for (double f : fractions)
                         l << QString::number(f);
                     return l.join(QLatin1Char(' '));
                 }()));
        QCOMPARE(fractions.back(), 1.0);
        QCOMPARE(full->rowsDownloaded,
                 full->hashStats["rows_streamed"].get<qint64>()
                     + full->hashStats["rows_fetched"].get<qint64>());

        for (const qint64 limit : {qint64(5), qint64(150)}) {
            options.limitDownload = limit;
            auto limited = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{s.b.name}}, options);
            QVERIFY2(limited, qPrintable(limited ? QString() : limited.errorMessage()));
            QVERIFY(!limited->complete);
            QVERIFY2(limited->rowsDownloaded <= limit,
                     qPrintable(QString::number(limited->rowsDownloaded)));
            QVERIFY(!limited->warnings.isEmpty());
            QVERIFY(limited->rows.exclusiveA <= full->rows.exclusiveA);
            QVERIFY(limited->rows.updated <= full->rows.updated);
        }
        options.limitDownload = 1000000;
        auto roomy = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{s.b.name}}, options);
        QVERIFY(roomy && roomy->complete);
        QCOMPARE(roomy->rows.updated, full->rows.updated);
    }

    void cancelAndTimeLimit_data()
    {
        QTest::addColumn<int>("pair");
        QTest::addColumn<bool>("timeLimit");
        for (const int p : {0, 1}) {
            QTest::newRow(qPrintable(pairName(kPairs[p]) + QStringLiteral(": cancel")))
                << p << false;
            QTest::newRow(qPrintable(pairName(kPairs[p]) + QStringLiteral(": time limit")))
                << p << true;
        }
    }

    void cancelAndTimeLimit()
    {
        // A filter that makes every statement run for minutes; stopped after a moment, the diff
        // must end at once with a message that says why.
        QFETCH(int, pair);
        QFETCH(bool, timeLimit);
        auto dbA = open(kPairs[pair].a);
        auto dbB = open(kPairs[pair].b);
        if (!dbA || !dbB)
            QFAIL("a database of the pair is not open");
        test::FixtureTable big;
        big.name = QStringLiteral("big");
        big.columns = {{QStringLiteral("id"), test::ColType::Int},
                       {QStringLiteral("v"), test::ColType::Int}};
        for (int i = 0; i < 20000; ++i)
            big.rows.push_back({i % 200, i});
        QVERIFY(test::loadTable(*dbA, big));
        QVERIFY(test::loadTable(*dbB, big));
        diff::DiffOptions options;
        options.key = {QStringLiteral("v")};
        options.where
            = QStringLiteral("(SELECT COUNT(*) FROM big x, big y WHERE x.v < y.v + x.id) > 0");
        diff::DiffControl control;
        QElapsedTimer clock;
        clock.start();
        std::thread canceller;
        if (timeLimit)
            options.timeLimitSeconds = 1;
        else
            canceller = std::thread([&control] {
                std::this_thread::sleep_for(std::chrono::milliseconds(700));
                control.cancel();
            });
        auto r = diff::hashDiff(*dbA, {{big.name}}, *dbB, {{big.name}}, options, &control);
        if (canceller.joinable())
            canceller.join();
        QVERIFY(!r);
        QVERIFY2(r.errorMessage().contains(timeLimit ? QLatin1String("time limit")
                                                     : QLatin1String("cancelled")),
                 qPrintable(r.errorMessage()));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void errorsNameTheCause()
    {
        auto dbA = sqlite(QStringLiteral("a.db"));
        auto dbB = sqlite(QStringLiteral("b.db"));
        const test::DiffScenario s = test::diffScenarios().front();
        QVERIFY(test::loadTable(*dbA, s.a));
        QVERIFY(test::loadTable(*dbB, s.b));
        diff::DiffOptions options;
        options.key = {QStringLiteral("id")};
        auto missing = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{QStringLiteral("no_such_table")}},
                                      options);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(QLatin1String("no_such_table"))
                     && missing.errorMessage().contains(QLatin1String("does not exist")),
                 qPrintable(missing.errorMessage()));
        options.key = {QStringLiteral("nope")};
        auto badKey = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{s.b.name}}, options);
        QVERIFY(!badKey);
        QVERIFY2(badKey.errorMessage().contains(QLatin1String("key column \"nope\"")),
                 qPrintable(badKey.errorMessage()));
        options.key = {QStringLiteral("id")};
        options.where = QStringLiteral("no_such_column > 1");
        auto badFilter = diff::hashDiff(*dbA, {{s.a.name}}, *dbB, {{s.b.name}}, options);
        QVERIFY(!badFilter);
        QVERIFY2(badFilter.errorMessage().contains(QLatin1String("no_such_column")),
                 qPrintable(badFilter.errorMessage()));
        if (m_postgres) {
            auto pg = open(Where::Postgres);
            QVERIFY(test::loadTable(*pg, s.a));
            auto pgFilter = diff::hashDiff(*pg, {{s.a.name}}, *dbB, {{s.b.name}}, options);
            QVERIFY(!pgFilter);
            QVERIFY2(pgFilter.errorMessage().contains(QLatin1String("no_such_column")),
                     qPrintable(pgFilter.errorMessage()));
            QVERIFY(!pgFilter.errorMessage().contains(m_postgres->password()));
        }
    }
};

QTEST_GUILESS_MAIN(TestHashDiff)
#include "tst_hash_diff.moc"
