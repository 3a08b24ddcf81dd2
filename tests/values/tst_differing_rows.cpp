// The Values tab's differing rows on real SQLite, PostgreSQL and MariaDB: the generated scenarios
// with known answers (support/diff_scenarios.h), every count, key, kind and "differs" flag checked
// against a plain reference; pages, filters, cancellation, errors and the CSV export.

#include "diff/join_diff.h"
#include "support/db_server.h"
#include "support/diff_scenarios.h"
#include "values/differing_rows.h"
#include "values/values_csv.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <set>
#include <thread>

using namespace tidemark;

namespace {

// The expected differing rows, by key text: kind and per-column flags (columns by name).
struct ReferenceRow
{
    values::RowKind kind;
    QMap<QString, bool> differs; // lower-case column name -> differs
};

int columnIndex(const test::FixtureTable &t, const QString &name)
{
    for (size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool isNull(const QVariant &v)
{
    return !v.isValid() || v.isNull();
}

QString timestampText(const QVariant &v, int precision)
{
    QString s = v.toString();
    s.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (s.size() == 19)
        s += QStringLiteral(".000000");
    while (s.size() < 26)
        s += QLatin1Char('0');
    return precision < 0 ? s : s.left(precision == 0 ? 19 : 20 + precision);
}

bool sameValue(QVariant x, QVariant y, test::ColType type, const QString &column,
               const diff::DiffOptions &o)
{
    if (type == test::ColType::Text && o.nullEqualsEmptyString) {
        x = isNull(x) ? QString(QLatin1String("")) : x.toString();
        y = isNull(y) ? QString(QLatin1String("")) : y.toString();
    }
    if (isNull(x) || isNull(y))
        return isNull(x) && isNull(y);
    switch (type) {
    case test::ColType::Real:
    case test::ColType::Decimal: {
        const double dx = x.toDouble();
        const double dy = y.toDouble();
        if (const auto t = o.tolerances.find(column.toLower()); t != o.tolerances.end())
            return std::abs(dx - dy) <= (t->mode == diff::Tolerance::Mode::Absolute
                                             ? t->value
                                             : t->value * std::abs(dy));
        return dx == dy;
    }
    case test::ColType::Timestamp:
        return timestampText(x, o.timestampPrecision) == timestampText(y, o.timestampPrecision);
    case test::ColType::Text:
        return o.caseInsensitiveStrings ? x.toString().toLower() == y.toString().toLower()
                                        : x.toString() == y.toString();
    case test::ColType::Bool: return x.toBool() == y.toBool();
    case test::ColType::Int: return x.toLongLong() == y.toLongLong();
    }
    return false;
}

QString keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &v : key)
        parts << v.toString();
    return parts.join(QChar(0x1f));
}

std::map<QString, std::vector<size_t>> byKey(const test::FixtureTable &t, const QList<int> &keys)
{
    std::map<QString, std::vector<size_t>> out;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        QVariantList key;
        bool null = false;
        for (int k : keys) {
            null = null || isNull(t.rows[r].value(k));
            key << t.rows[r].value(k);
        }
        if (!null)
            out[keyText(key)].push_back(r);
    }
    return out;
}

std::map<QString, ReferenceRow> referenceRows(const test::FixtureTable &a,
                                              const test::FixtureTable &b,
                                              const diff::DiffOptions &o,
                                              const QStringList &compared)
{
    QList<int> keysA;
    QList<int> keysB;
    for (const QString &k : o.key) {
        keysA << columnIndex(a, k);
        keysB << columnIndex(b, k);
    }
    const auto sa = byKey(a, keysA);
    const auto sb = byKey(b, keysB);
    std::map<QString, ReferenceRow> out;
    for (const auto &[key, rows] : sa) {
        if (rows.size() > 1)
            continue;
        const auto it = sb.find(key);
        if (it == sb.end() || it->second.size() > 1) {
            out[key] = {values::RowKind::OnlyInA, {}};
            continue;
        }
        ReferenceRow r {values::RowKind::Changed, {}};
        bool any = false;
        for (const QString &c : compared) {
            const int ia = columnIndex(a, c);
            const int ib = columnIndex(b, c);
            const bool differs
                = !sameValue(a.rows[rows.front()].value(ia), b.rows[it->second.front()].value(ib),
                             a.columns[size_t(ia)].type, c, o);
            r.differs.insert(c.toLower(), differs);
            any = any || differs;
        }
        if (any)
            out[key] = r;
    }
    for (const auto &[key, rows] : sb) {
        if (rows.size() > 1)
            continue;
        const auto it = sa.find(key);
        if (it == sa.end() || it->second.size() > 1)
            out[key] = {values::RowKind::OnlyInB, {}};
    }
    return out;
}

} // namespace

class TestDifferingRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_postgres;
    std::unique_ptr<test::DbServer> m_mariadb;

    warehouse::ConnectionSpec spec(const QString &kind)
    {
        QString url;
        if (kind == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(QStringLiteral("values.db"));
            if (!QFile::exists(path)) {
                QFile f(path);
                f.open(QIODevice::WriteOnly);
            }
            url = QStringLiteral("sqlite://") + path;
        } else if (kind == QLatin1String("postgresql")) {
            url = m_postgres->url();
        } else {
            url = m_mariadb->url();
        }
        auto parsed = warehouse::parseConnectionUrl(url);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.errorMessage()));
        return *parsed;
    }

    std::unique_ptr<warehouse::Database> open(const QString &kind)
    {
        auto db = warehouse::openDatabase(spec(kind));
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(*db);
    }

    diff::DiffRequest request(const QString &kind, const test::DiffScenario &s)
    {
        diff::DiffRequest r;
        r.connectionA = spec(kind);
        r.tableA = warehouse::TableName {{s.a.name}};
        r.tableB = warehouse::TableName {{s.b.name}};
        r.options = s.options;
        return r;
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
    }

    void knownAnswers_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("previewRows");
        QTest::addColumn<bool>("knownKeys");
        const auto scenarios = test::diffScenarios();
        for (const char *db : {"sqlite", "postgresql", "mariadb"}) {
            for (size_t i = 0; i < scenarios.size(); ++i) {
                QTest::newRow(
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(db), scenarios[i].name)))
                    << QString::fromLatin1(db) << int(i) << 256 << false;
                QTest::newRow(qPrintable(QStringLiteral("%1: %2, preview 7, keys known")
                                             .arg(QLatin1String(db), scenarios[i].name)))
                    << QString::fromLatin1(db) << int(i) << 7 << true;
            }
        }
    }

    void knownAnswers()
    {
        QFETCH(QString, database);
        QFETCH(int, scenario);
        QFETCH(int, previewRows);
        QFETCH(bool, knownKeys);
        const test::DiffScenario s = test::diffScenarios().at(size_t(scenario));
        {
            auto db = open(database);
            QVERIFY2(test::loadTable(*db, s.a), "load A");
            QVERIFY2(test::loadTable(*db, s.b), "load B");
        }
        const test::FixtureTable a = test::filtered(s.a, s.keep);
        const test::FixtureTable b = test::filtered(s.b, s.keep);
        const test::ExpectedDiff e = test::referenceDiff(a, b, s.options);

        values::DifferingRowsOptions options;
        options.previewRows = previewRows;
        std::optional<diff::RowCounts> joinCounts;
        if (knownKeys) {
            auto db = open(database);
            auto joined = diff::joinDiff(*db, {{s.a.name}}, {{s.b.name}}, s.options);
            QVERIFY2(joined, qPrintable(joined ? QString() : joined.errorMessage()));
            options.knownKeyIssues = joined->primaryKey;
            joinCounts = joined->rows;
        }
        auto opened = values::DifferingRows::open(request(database, s), options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.errorMessage()));
        values::DifferingRows &rows = **opened;
        const values::ValuesLayout layout = rows.layout();
        QCOMPARE(layout.keyColumns.size(), s.options.key.size());
        QCOMPARE(layout.comparedColumns.size(), e.different.size());

        auto preview = rows.preview();
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.errorMessage()));
        const qint64 expectedTotal = e.rows.exclusiveA + e.rows.exclusiveB + e.rows.updated;
        QCOMPARE(qint64(preview->size()), std::min<qint64>(expectedTotal, previewRows));
        QCOMPARE(rows.rowCount(), qint64(preview->size()));

        auto counts = rows.materialize();
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.errorMessage()));
        QVERIFY(rows.isComplete());
        QCOMPARE(counts->onlyInA, e.rows.exclusiveA);
        QCOMPARE(counts->onlyInB, e.rows.exclusiveB);
        QCOMPARE(counts->changed, e.rows.updated);
        QCOMPARE(rows.rowCount(), expectedTotal);
        if (joinCounts) { // and the join diff's own counts
            QCOMPARE(counts->onlyInA, joinCounts->exclusiveA);
            QCOMPARE(counts->onlyInB, joinCounts->exclusiveB);
            QCOMPARE(counts->changed, joinCounts->updated);
        }
        for (qsizetype i = 0; i < layout.comparedColumns.size(); ++i)
            QCOMPARE(counts->differingPerColumn[size_t(i)],
                     e.different.value(layout.comparedColumns.at(i)));

        // Pages of 7 concatenated: every differing key exactly once, in the order of one fetch,
        // starting with the preview, with the reference's kind and flags.
        const auto reference = referenceRows(a, b, s.options, layout.comparedColumns);
        QCOMPARE(qint64(reference.size()), expectedTotal);
        auto all = rows.fetch(0, int(expectedTotal) + 10);
        QVERIFY(all);
        QCOMPARE(qint64(all->size()), expectedTotal);
        std::set<QString> seen;
        for (qint64 first = 0; first < expectedTotal; first += 7) {
            auto page = rows.fetch(first, 7);
            QVERIFY2(page, qPrintable(page ? QString() : page.errorMessage()));
            QCOMPARE(qint64(page->size()), std::min<qint64>(7, expectedTotal - first));
            for (size_t i = 0; i < page->size(); ++i) {
                const values::DifferingRow &row = (*page)[i];
                const values::DifferingRow &same = (*all)[size_t(first) + i];
                const QString key = keyText(row.key);
                QCOMPARE(key, keyText(same.key));
                if (size_t(first) + i < preview->size())
                    QCOMPARE(key, keyText((*preview)[size_t(first) + i].key));
                QVERIFY2(seen.insert(key).second,
                         qPrintable(QStringLiteral("key %1 twice").arg(key)));
                const auto ref = reference.find(key);
                QVERIFY2(ref != reference.end(),
                         qPrintable(QStringLiteral("key %1 does not differ").arg(key)));
                QCOMPARE(int(row.kind), int(ref->second.kind));
                QCOMPARE(row.differs.size(), layout.comparedColumns.size());
                QCOMPARE(row.a.size(), layout.comparedColumns.size());
                QCOMPARE(row.b.size(), layout.comparedColumns.size());
                for (qsizetype c = 0; c < layout.comparedColumns.size(); ++c) {
                    const bool expected = ref->second.kind == values::RowKind::Changed
                        && ref->second.differs.value(layout.comparedColumns.at(c).toLower());
                    QVERIFY2(row.differs.at(c) == expected,
                             qPrintable(QStringLiteral("key %1, column %2")
                                            .arg(key, layout.comparedColumns.at(c))));
                    if (row.kind == values::RowKind::OnlyInA)
                        QVERIFY(!row.b.at(c).isValid());
                    if (row.kind == values::RowKind::OnlyInB)
                        QVERIFY(!row.a.at(c).isValid());
                }
            }
        }
        QCOMPARE(qint64(seen.size()), expectedTotal);
        QVERIFY(rows.fetch(expectedTotal, 7)->empty());

        // Filters: each kind alone, two kinds, and one column.
        struct Case
        {
            values::RowFilter filter;
            qint64 expected;
        };
        std::vector<Case> cases;
        cases.push_back({{true, false, false, -1}, e.rows.exclusiveA});
        cases.push_back({{false, true, false, -1}, e.rows.exclusiveB});
        cases.push_back({{false, false, true, -1}, e.rows.updated});
        cases.push_back({{true, true, false, -1}, e.rows.exclusiveA + e.rows.exclusiveB});
        for (qsizetype c = 0; c < layout.comparedColumns.size(); ++c)
            cases.push_back(
                {{true, true, true, int(c)}, e.different.value(layout.comparedColumns.at(c))});
        cases.push_back({{}, expectedTotal});
        for (const Case &test : cases) {
            auto n = rows.setFilter(test.filter);
            QVERIFY2(n, qPrintable(n ? QString() : n.errorMessage()));
            QCOMPARE(*n, test.expected);
            QCOMPARE(rows.rowCount(), test.expected);
            qint64 fetched = 0;
            QString previousKeyOrder;
            for (qint64 first = 0; first < test.expected; first += 50) {
                auto page = rows.fetch(first, 50);
                QVERIFY(page);
                for (const values::DifferingRow &row : *page) {
                    const bool kindOk
                        = (row.kind == values::RowKind::OnlyInA && test.filter.onlyInA)
                        || (row.kind == values::RowKind::OnlyInB && test.filter.onlyInB)
                        || (row.kind == values::RowKind::Changed && test.filter.changed);
                    QVERIFY(kindOk);
                    if (test.filter.differingColumn >= 0) {
                        QCOMPARE(int(row.kind), int(values::RowKind::Changed));
                        QVERIFY(row.differs.at(test.filter.differingColumn));
                    }
                }
                fetched += qint64(page->size());
            }
            QCOMPARE(fetched, test.expected);
        }
    }

    void filteredOrderFollowsTheUnfilteredOrder()
    {
        const test::DiffScenario s = test::diffScenarios().front();
        auto db = open(QStringLiteral("sqlite"));
        QVERIFY(test::loadTable(*db, s.a));
        QVERIFY(test::loadTable(*db, s.b));
        auto rows = values::DifferingRows::open(request(QStringLiteral("sqlite"), s));
        QVERIFY(rows);
        QVERIFY((*rows)->materialize());
        auto all = (*rows)->fetch(0, 100000);
        QVERIFY(all);
        QStringList changedKeys;
        for (const auto &r : *all) {
            if (r.kind == values::RowKind::Changed)
                changedKeys << keyText(r.key);
        }
        QVERIFY((*rows)->setFilter({false, false, true, -1}));
        auto changed = (*rows)->fetch(0, 100000);
        QVERIFY(changed);
        QStringList filteredKeys;
        for (const auto &r : *changed)
            filteredKeys << keyText(r.key);
        QCOMPARE(filteredKeys, changedKeys);
    }

    void crossDatabaseIsRefused()
    {
        diff::DiffRequest r = request(QStringLiteral("postgresql"), test::diffScenarios().front());
        r.connectionB = spec(QStringLiteral("mariadb"));
        auto rows = values::DifferingRows::open(r);
        QVERIFY(!rows);
        QVERIFY2(rows.errorMessage().contains(QLatin1String("one connection"))
                     && rows.errorMessage().contains(QLatin1String("samples")),
                 qPrintable(rows.errorMessage()));
        QVERIFY(!rows.errorMessage().contains(m_postgres->password()));
    }

    void errorsNameTheCause()
    {
        test::DiffScenario s = test::diffScenarios().front();
        s.b.name = QStringLiteral("no_such_table");
        auto rows = values::DifferingRows::open(request(QStringLiteral("postgresql"), s));
        QVERIFY(!rows);
        QVERIFY2(rows.errorMessage().contains(QLatin1String("no_such_table")),
                 qPrintable(rows.errorMessage()));
    }

    void cancelStopsTheServerQuery_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }

    void cancelStopsTheServerQuery()
    {
        QFETCH(QString, database);
        test::FixtureTable big;
        big.name = QStringLiteral("big");
        big.columns = {{QStringLiteral("id"), test::ColType::Int},
                       {QStringLiteral("v"), test::ColType::Int}};
        for (int i = 0; i < 20000; ++i)
            big.rows.push_back({i % 200, i});
        {
            auto db = open(database);
            QVERIFY(test::loadTable(*db, big));
        }
        test::DiffScenario s;
        s.a = big;
        s.b = big;
        s.options.key = {QStringLiteral("v")};
        s.options.where
            = QStringLiteral("(SELECT COUNT(*) FROM big x, big y WHERE x.v < y.v + x.id) > 0");
        values::DifferingRowsOptions options;
        options.knownKeyIssues = diff::KeyIssues {};
        auto rows = values::DifferingRows::open(request(database, s), options);
        QVERIFY(rows);
        diff::DiffControl control;
        QElapsedTimer clock;
        clock.start();
        std::thread canceller([&control] {
            std::this_thread::sleep_for(std::chrono::milliseconds(700));
            control.cancel();
        });
        auto counts = (*rows)->materialize(&control);
        canceller.join();
        QVERIFY(!counts);
        QVERIFY2(counts.errorMessage().contains(QLatin1String("cancelled")),
                 qPrintable(counts.errorMessage()));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!(*rows)->isComplete());
    }

    void csvQuoting()
    {
        QCOMPARE(values::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(values::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(values::csvField(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(values::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(values::csvField(QStringLiteral("cr\r")), QStringLiteral("\"cr\r\""));
        QCOMPARE(values::csvField(QString()), QString());
        QCOMPARE(values::csvRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
                 QStringLiteral("a,\"b,c\","));
    }

    void csvExport()
    {
        // The SQL-hostile scenario: quotes, semicolons and commas in names and values.
        const auto scenarios = test::diffScenarios();
        const auto it
            = std::find_if(scenarios.begin(), scenarios.end(), [](const test::DiffScenario &s) {
                  return s.name == QLatin1String("SQL-hostile names");
              });
        QVERIFY(it != scenarios.end());
        const test::DiffScenario &s = *it;
        {
            auto db = open(QStringLiteral("sqlite"));
            QVERIFY(test::loadTable(*db, s.a));
            QVERIFY(test::loadTable(*db, s.b));
        }
        auto rows = values::DifferingRows::open(request(QStringLiteral("sqlite"), s));
        QVERIFY(rows);
        auto counts = (*rows)->materialize();
        QVERIFY(counts);
        QVERIFY((*rows)->setFilter({false, false, true, -1}));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = values::writeValuesCsv(**rows, buffer, {}, nullptr, 4);
        QVERIFY2(written, qPrintable(written ? QString() : written.errorMessage()));
        QCOMPARE(*written, counts->changed);
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.endsWith(QLatin1String("\r\n")));
        QStringList expected {values::csvRecord(values::csvHeader((*rows)->layout()))};
        auto all = (*rows)->fetch(0, int(counts->changed));
        QVERIFY(all);
        for (const auto &r : *all)
            expected << values::csvRecord(
                values::csvRow(r, {}, int((*rows)->layout().comparedColumns.size())));
        QCOMPARE(text, expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
        QVERIFY2(text.startsWith(QStringLiteral(
                     "kind,Key Col,select (prod),select (PR),\"Val; \"\"Q\"\" Mixed (prod)\",")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral(
            "\r\nchanged,10,20,20,\"it's \"\"10\"\"; --\",'; DELETE FROM x; --\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestDifferingRows)
#include "tst_differing_rows.moc"
