// The value contract's pieces against real servers: the canonical text Tidemark writes in C (for
// SQLite values and the client) is the text PostgreSQL and MariaDB give in SQL for the same values
// (doubles, decimals rounded at a scale, timestamps in every text form SQLite holds, read as
// PostgreSQL reads them); the client's comparison of canonical texts; values that are not of their
// column's class compared as text and counted; the cases the contract was written for (SQLite text
// timestamps without fractions, doubles changed in the last digit).

#include "diff/diff_engine.h"
#include "diff/value_contract.h"
#include "support/db_server.h"
#include "warehouse/canonical_text.h"
#include "warehouse/database.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace tidemark;
using namespace tidemark::warehouse;

namespace {

QString exact(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return QString::fromLatin1(text);
}

double fromBits(quint64 bits)
{
    double d = 0;
    std::memcpy(&d, &bits, sizeof d);
    return d;
}

// Doubles of every kind: random bits, subnormals, the edges of PostgreSQL's fixed notation, 17
// significant digits, integers near 2^53.
std::vector<double> doubles(int count)
{
    QRandomGenerator random(20261207);
    std::vector<double> out {0.0,
                             -0.0,
                             1.0,
                             -1.0,
                             0.1,
                             0.30000000000000004,
                             1e-4,
                             9.999999999999999e-5,
                             1e-5,
                             1e15,
                             999999999999999.9,
                             1e16,
                             123456789012345678.0,
                             5e-324,
                             2.2250738585072014e-308,
                             2.225073858507201e-308,
                             std::numeric_limits<double>::max(),
                             -std::numeric_limits<double>::max(),
                             9007199254740993.0,
                             2.675,
                             14.285714285714286,
                             14.285714286714286};
    while (int(out.size()) < count) {
        const double d = fromBits(random.generate64());
        if (std::isfinite(d))
            out.push_back(d);
        out.push_back(double(random.bounded(2000000)) / 997.0 - 1000.0);
        out.push_back(std::ldexp(double(random.bounded(1u << 30)), int(random.bounded(200)) - 100));
    }
    return out;
}

QString canonicalOf(double v)
{
    QByteArray out;
    canonical::appendDouble(v, &out);
    return QString::fromLatin1(out);
}

diff::ColumnComparison comparisonOf(TypeClass as, int scale = -1)
{
    diff::ColumnComparison c;
    c.a.as = c.b.as = as;
    c.a.scale = c.b.scale = scale;
    return c;
}

} // namespace

class TestValueContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DbServer> m_postgresServer;
    std::unique_ptr<test::DbServer> m_mariadbServer;
    std::unique_ptr<Database> m_postgres;
    std::unique_ptr<Database> m_mariadb;

    static std::unique_ptr<Database> open(const QString &url)
    {
        auto spec = parseConnectionUrl(url);
        if (!spec)
            qFatal("%s", qPrintable(spec.errorMessage()));
        auto db = openDatabase(*spec);
        if (!db)
            qFatal("%s", qPrintable(db.errorMessage()));
        return std::move(*db);
    }

    std::unique_ptr<Database> sqlite(const QString &file)
    {
        const QString path = m_dir.filePath(file);
        if (!QFile::exists(path)) {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot create %s", qPrintable(path));
        }
        return open(QStringLiteral("sqlite://") + path);
    }

    // The first column of every row of `sql`.
    static QStringList column(Database &db, const QString &sql, const QVariantList &values = {})
    {
        QStringList out;
        auto read = db.query(sql, values, [&](const Row &row) {
            const QVariant v = row.value(0);
            out << (v.isNull() ? QStringLiteral("<null>")
                        : v.metaType().id() == QMetaType::QByteArray
                        ? QString::fromUtf8(v.toByteArray())
                        : v.toString());
            return true;
        });
        if (!read)
            qWarning("%s", qPrintable(read.errorMessage()));
        return out;
    }

    // The canonical text `db` gives each value of `literals` (SQL literals), read into `type` and
    // compared as `form`, in order.
    static QStringList canonicalTexts(Database &db, const QString &type,
                                      const QStringList &literals, ValueForm form)
    {
        (void)db.execute(QStringLiteral("DROP TABLE IF EXISTS vc"));
        if (!db.execute(QStringLiteral("CREATE TABLE vc (i INTEGER, v %1)").arg(type)))
            return {};
        for (qsizetype start = 0; start < literals.size(); start += 400) {
            QStringList rows;
            for (qsizetype i = start; i < std::min(literals.size(), start + 400); ++i)
                rows << QStringLiteral("(%1, %2)").arg(i).arg(literals.at(i));
            auto inserted = db.execute(QStringLiteral("INSERT INTO vc VALUES ")
                                       + rows.join(QStringLiteral(", ")));
            if (!inserted) {
                qWarning("%s", qPrintable(inserted.errorMessage()));
                return {};
            }
        }
        auto columns = db.columns(TableName {{QStringLiteral("vc")}});
        const ColumnInfo info = columns ? columns->back() : ColumnInfo {};
        form.source = db.spec().driver == Driver::SQLite && info.typeClass == TypeClass::Decimal
            ? TypeClass::Float
            : info.typeClass;
        form.sourceType = info.type;
        form.sourceScale = info.scale;
        const Dialect &d = db.dialect();
        return column(db,
                      QStringLiteral("SELECT %1 FROM vc ORDER BY i")
                          .arg(d.canonicalText(d.quote(QStringLiteral("v")), form)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgresServer = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_postgresServer, qPrintable(error));
        m_mariadbServer = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(m_mariadbServer, qPrintable(error));
        m_postgres = open(m_postgresServer->url());
        m_mariadb = open(m_mariadbServer->url());
    }

    void doublesAsPostgresWritesThem()
    {
        // Tidemark's text of a double is PostgreSQL's (float8out, shortest), on 20,000 doubles.
        const std::vector<double> values = doubles(20000);
        QStringList literals;
        QStringList expected;
        for (const double v : values) {
            literals << QStringLiteral("'%1'").arg(exact(v));
            expected << canonicalOf(v);
        }
        ValueForm form;
        form.as = TypeClass::Float;
        const QStringList postgres
            = canonicalTexts(*m_postgres, QStringLiteral("double precision"), literals, form);
        QCOMPARE(postgres.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(postgres.at(i), expected.at(i));
        // SQLite's tidemark_canon() writes the same (the doubles bound, not written: SQLite's own
        // reading of a literal is not always correctly rounded).
        auto lite = sqlite(QStringLiteral("doubles.db"));
        QVERIFY(lite->execute(QStringLiteral("CREATE TABLE d (i INTEGER, v REAL)")));
        QVERIFY(lite->execute(QStringLiteral("BEGIN")));
        for (size_t i = 0; i < values.size(); ++i)
            QVERIFY(lite->query(QStringLiteral("INSERT INTO d VALUES (?, ?)"),
                                {qint64(i), values[i]}, {}));
        QVERIFY(lite->execute(QStringLiteral("COMMIT")));
        QCOMPARE(column(*lite, QStringLiteral("SELECT tidemark_canon('f', v) FROM d ORDER BY i")),
                 expected);
    }

    void doublesFromMariaDbReadBackExactly()
    {
        // MariaDB writes the same shortest digits (in its own notation at the extremes): every
        // text reads back as the double, and the client compares them as numbers.
        const std::vector<double> values = doubles(5000);
        QStringList literals;
        for (const double v : values)
            literals << exact(v);
        ValueForm form;
        form.as = TypeClass::Float;
        const QStringList texts
            = canonicalTexts(*m_mariadb, QStringLiteral("double"), literals, form);
        QCOMPARE(texts.size(), qsizetype(values.size()));
        const diff::ColumnComparison floats = comparisonOf(TypeClass::Float);
        int sameText = 0;
        for (size_t i = 0; i < values.size(); ++i) {
            QCOMPARE(std::strtod(texts.at(qsizetype(i)).toLatin1().constData(), nullptr),
                     values[i] == 0 ? 0.0 : values[i]);
            QVERIFY(!diff::canonicalDiffer(floats, texts.at(qsizetype(i)), canonicalOf(values[i])));
            sameText += texts.at(qsizetype(i)) == canonicalOf(values[i]) ? 1 : 0;
        }
        // Between 1e-4 and 1e15 the two notations agree, so that most rows hash alike.
        QVERIFY2(sameText > int(values.size()) / 2, qPrintable(QString::number(sameText)));
    }

    void decimalsRoundedAlikeEverywhere_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("2 places") << 2;
        QTest::newRow("6 places") << 6;
        QTest::newRow("0 places") << 0;
    }

    void decimalsRoundedAlikeEverywhere()
    {
        // A double compared with a decimal of that scale: its shortest text rounded half away
        // from zero, the same on PostgreSQL, MariaDB and SQLite, and as the client writes it.
        QFETCH(int, scale);
        std::vector<double> values {2.675,   0.125,  -0.125,         -0.005, 0.005, 1e-310,
                                    -1e-310, 1.5e20, 123.4549999999, 0.5,    -0.5,  99.995};
        QRandomGenerator random(7);
        while (values.size() < 3000)
            values.push_back(double(qint64(random.bounded(20000000)) - 10000000)
                             / double(1 + random.bounded(100000)));
        QStringList literals;
        QStringList expected;
        for (const double v : values) {
            literals << QStringLiteral("'%1'").arg(exact(v));
            QByteArray text;
            canonical::appendDoubleFixed(v, scale, &text);
            expected << QString::fromLatin1(text);
        }
        ValueForm form;
        form.as = TypeClass::Decimal;
        form.scale = scale;
        const QStringList postgres
            = canonicalTexts(*m_postgres, QStringLiteral("double precision"), literals, form);
        QCOMPARE(postgres, expected);
        const QStringList mariadb
            = canonicalTexts(*m_mariadb, QStringLiteral("double"), literals, form);
        QCOMPARE(mariadb.size(), expected.size());
        const diff::ColumnComparison decimals = comparisonOf(TypeClass::Decimal, scale);
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(!diff::canonicalDiffer(decimals, mariadb.at(i), expected.at(i)),
                     qPrintable(mariadb.at(i) + QStringLiteral(" / ") + expected.at(i)));
        auto lite = sqlite(QStringLiteral("decimals.db"));
        QStringList bare;
        for (const double v : values)
            bare << exact(v);
        QCOMPARE(canonicalTexts(*lite, QStringLiteral("REAL"), bare, form), expected);
    }

    void fixedRoundingIsTheShortestDigitsRounded()
    {
        // appendDoubleFixed()'s fast path (the exact value written with one more digit) against the
        // definition: the shortest text read as a decimal and rounded half away from zero.
        QRandomGenerator random(42);
        std::vector<double> values = doubles(20000);
        for (int i = 0; i < 20000; ++i) {
            const qint64 units = qint64(random.bounded(2000000)) - 1000000;
            values.push_back(double(units) / 1000.0
                             + (i % 2 ? 0.0005 : -0.0005)); // ties at 3 places
            values.push_back(double(units) / 100.0 + 0.005);
            values.push_back(9.995 * double(i % 7 + 1));
        }
        for (const double v : values) {
            QByteArray shortest;
            canonical::appendDouble(v, &shortest);
            const auto decimal = canonical::parseDecimal(shortest);
            QVERIFY(decimal);
            for (const int scale : {0, 1, 2, 3, 6, 9}) {
                QByteArray fast;
                canonical::appendDoubleFixed(v, scale, &fast);
                QCOMPARE(fast, canonical::fixedText(*decimal, scale));
            }
        }
    }

    void timestampsInEverySqliteFormReadAsPostgresReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const char *valid[] = {"2024-01-01 00:00:01",
                               "2024-01-01T00:00:01",
                               "2024-01-01 00:00:01.5",
                               "2024-01-01 00:00:01.000000",
                               "2024-01-01 00:00:01.123456789",
                               "2024-01-01 00:00:01.1234565",
                               "2024-01-01T00:00:01Z",
                               "2024-01-01 02:00:01+02:00",
                               "2024-01-01 02:00:01 +02:00",
                               "2023-12-31 19:30:01-04:30",
                               "2024-01-01 02:00:01+0200",
                               "2024-01-01 02:00:01+02",
                               "2024-02-29 23:59:60",
                               "2024-02-29 24:00:00",
                               "2024-02-29",
                               "2024-02-29 12:30",
                               "0001-01-01 00:00:00",
                               "9999-12-31 23:59:59.999999",
                               "2000-02-29 00:00:00.000001",
                               "1969-12-31 23:59:59.999999",
                               "2024-12-31 23:59:59.9999996"};
        for (const char *t : valid)
            QTest::newRow(t) << QString::fromLatin1(t) << true;
        const char *invalid[] = {"yesterday",
                                 "2023-02-29 00:00:00",
                                 "2024-13-01",
                                 "2024-01-01 25:00:00",
                                 "2024-1-1",
                                 "",
                                 "2024-01-01 00:00:01.",
                                 "2024-01-01 00:00:01.1234567890",
                                 "20240101",
                                 "2024-01-01 00:61:00",
                                 "2024-01-01 00:00:00 UTC",
                                 "12345"};
        for (const char *t : invalid)
            QTest::newRow(qPrintable(QStringLiteral("not: ") + QString::fromLatin1(t)))
                << QString::fromLatin1(t) << false;
    }

    void timestampsInEverySqliteFormReadAsPostgresReadsThem()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        auto lite = sqlite(QStringLiteral("timestamps.db"));
        const QString mine
            = column(*lite, QStringLiteral("SELECT tidemark_canon('p6', ?)"), {text}).value(0);
        if (!valid) {
            QVERIFY2(mine.startsWith(QChar(1)), qPrintable(mine));
            QCOMPARE(
                column(*lite, QStringLiteral("SELECT tidemark_isodd('p6', ?)"), {text}).value(0),
                QStringLiteral("1"));
            return;
        }
        // PostgreSQL's reading of the same text (a timestamp with time zone, the session in UTC).
        const QString theirs
            = column(*m_postgres,
                     QStringLiteral(
                         "SELECT TO_CHAR(CAST(? AS TIMESTAMPTZ), 'YYYY-MM-DD HH24:MI:SS.US')"),
                     {text})
                  .value(0);
        QCOMPARE(mine, theirs);
        // Cut to milliseconds, the same on both.
        const QString cut
            = column(*lite, QStringLiteral("SELECT tidemark_canon('p3', ?)"), {text}).value(0);
        QCOMPARE(cut, theirs.left(23));
    }

    void postgresCalendarEdges()
    {
        // Years before 1 and infinities are never equal to a year-1 value or to NULL.
        ValueForm form;
        form.as = TypeClass::Timestamp;
        const QStringList texts = canonicalTexts(
            *m_postgres, QStringLiteral("timestamp"),
            {QStringLiteral("'0001-01-01 00:00:00'"), QStringLiteral("'0001-01-01 00:00:00 BC'"),
             QStringLiteral("'infinity'"), QStringLiteral("'-infinity'"), QStringLiteral("NULL")},
            form);
        QCOMPARE(
            texts,
            (QStringList {QStringLiteral("0001-01-01 00:00:00.000000"),
                          QStringLiteral("-0001-01-01 00:00:00.000000"), QStringLiteral("infinity"),
                          QStringLiteral("-infinity"), QStringLiteral("<null>")}));
        QByteArray bc;
        canonical::appendTimestamp(canonical::daysFromCivil(0, 1, 1) * 86400LL * 1000000, 6, &bc);
        QCOMPARE(QString::fromLatin1(bc), texts.at(1)); // 1 BC is year 0
    }

    void canonicalTextsCompareByTheContract()
    {
        using diff::canonicalDiffer;
        const auto floats = comparisonOf(TypeClass::Float);
        QVERIFY(!canonicalDiffer(floats, QStringLiteral("1e+15"), QStringLiteral("1e15")));
        QVERIFY(
            !canonicalDiffer(floats, QStringLiteral("1000000000000000"), QStringLiteral("1e+15")));
        QVERIFY(!canonicalDiffer(floats, QStringLiteral("0.00001"), QStringLiteral("1e-05")));
        QVERIFY(!canonicalDiffer(floats, QStringLiteral("-0"), QStringLiteral("0")));
        QVERIFY(!canonicalDiffer(floats, QStringLiteral("NaN"), QStringLiteral("NaN")));
        QVERIFY(canonicalDiffer(floats, QStringLiteral("NaN"), QStringLiteral("0")));
        QVERIFY(canonicalDiffer(floats, QStringLiteral("14.285714285714286"),
                                QStringLiteral("14.285714286714287")));
        QVERIFY(
            canonicalDiffer(floats, QStringLiteral("0.30000000000000004"), QStringLiteral("0.3")));
        QVERIFY(canonicalDiffer(floats, QStringLiteral("1"), QVariant()));
        QVERIFY(!canonicalDiffer(floats, QVariant(), QVariant()));
        const auto exactDecimals = comparisonOf(TypeClass::Decimal);
        QVERIFY(!canonicalDiffer(exactDecimals, QStringLiteral("1.50"), QStringLiteral("1.5")));
        QVERIFY(!canonicalDiffer(exactDecimals, QStringLiteral("1.5e1"), QStringLiteral("15")));
        QVERIFY(canonicalDiffer(exactDecimals, QStringLiteral("1.5000001"), QStringLiteral("1.5")));
        const auto atTwo = comparisonOf(TypeClass::Decimal, 2);
        QVERIFY(!canonicalDiffer(atTwo, QStringLiteral("2.68"), QStringLiteral("2.68")));
        QVERIFY(!canonicalDiffer(atTwo, QStringLiteral("1e-310"),
                                 QStringLiteral("0.00"))); // a side that kept its exponent
        QVERIFY(canonicalDiffer(atTwo, QStringLiteral("2.67"), QStringLiteral("2.68")));
        auto text = comparisonOf(TypeClass::Text);
        QVERIFY(canonicalDiffer(text, QStringLiteral("a "), QStringLiteral("a")));
        QVERIFY(canonicalDiffer(text, QStringLiteral("caf\u00e9"), QStringLiteral("cafe\u0301")));
        QVERIFY(canonicalDiffer(text, QStringLiteral(""), QVariant()));
        text.foldCase = true;
        text.nullAsEmpty = true;
        QVERIFY(!canonicalDiffer(text, QStringLiteral("ABC"), QStringLiteral("abc")));
        QVERIFY(!canonicalDiffer(text, QStringLiteral(""), QVariant()));
        const auto stamps = comparisonOf(TypeClass::Timestamp);
        const QString odd = QString(QChar(1)) + QStringLiteral("n/a");
        QVERIFY(canonicalDiffer(stamps, QString(QString(QChar(1)) + QStringLiteral("yesterday")),
                                QStringLiteral("2024-01-01 00:00:00.000000")));
        QVERIFY(!canonicalDiffer(stamps, odd, odd));
    }

    void sqliteTextTimestampsAgainstPostgres()
    {
        // The case the contract was written for: SQLite holds timestamps as TEXT without a
        // fraction of a second (what datetime() and Python's sqlite3 write); PostgreSQL in its
        // timestamp type. Of 100 rows, 3 timestamps changed by 1 s or 1 µs and 4 doubles in their
        // last digit; one SQLite value is no timestamp.
        QVERIFY(m_postgres->execute(QStringLiteral("DROP TABLE IF EXISTS events")));
        QVERIFY(m_postgres->execute(QStringLiteral(
            "CREATE TABLE events (id bigint, at timestamp, amount double precision)")));
        auto lite = sqlite(QStringLiteral("events.db"));
        QVERIFY(lite->execute(
            QStringLiteral("CREATE TABLE events (id INTEGER, at TEXT, amount REAL)")));
        QVERIFY(lite->execute(
            QStringLiteral("CREATE TABLE events_t (id INTEGER, at TIMESTAMP, amount REAL)")));
        QStringList postgresRows;
        QStringList sqliteRows;
        QStringList typedRows;
        for (int i = 1; i <= 100; ++i) {
            const QString at = QStringLiteral("2024-03-%1 10:%2:%3")
                                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                                   .arg(i % 7, 2, 10, QLatin1Char('0'));
            const double amount = 100.0 / double(i + 6);
            postgresRows << QStringLiteral("(%1, '%2', '%3')").arg(i).arg(at, exact(amount));
            QString liteAt = at;
            double liteAmount = amount;
            if (i == 10)
                liteAt = at.left(17) + QStringLiteral("59"); // a second
            if (i == 20)
                liteAt = at + QStringLiteral(".000001"); // a microsecond
            if (i == 30)
                liteAt = at.left(10) + QStringLiteral("T23:00:00Z");
            if (i == 40)
                liteAt = QStringLiteral("yesterday");
            if (i % 25 == 1)
                liteAmount = std::nextafter(amount, 1e300); // the last digit
            sqliteRows << QStringLiteral("(%1, '%2', %3)").arg(i).arg(liteAt, exact(liteAmount));
            typedRows << QStringLiteral("(%1, '%2', %3)")
                             .arg(i)
                             .arg(i % 2 ? at
                                        : QString(at).replace(QLatin1Char(' '), QLatin1Char('T'))
                                          + QStringLiteral(".000"),
                                  exact(amount));
        }
        QVERIFY(m_postgres->execute(QStringLiteral("INSERT INTO events VALUES ")
                                    + postgresRows.join(QStringLiteral(", "))));
        QVERIFY(lite->execute(QStringLiteral("INSERT INTO events VALUES ")
                              + sqliteRows.join(QStringLiteral(", "))));
        QVERIFY(lite->execute(QStringLiteral("INSERT INTO events_t VALUES ")
                              + typedRows.join(QStringLiteral(", "))));

        for (const bool postgresFirst : {true, false}) {
            diff::DiffRequest request;
            request.connectionA = postgresFirst ? m_postgres->spec() : lite->spec();
            request.connectionB = postgresFirst ? lite->spec() : m_postgres->spec();
            request.tableA = request.tableB = TableName {{QStringLiteral("events")}};
            request.options.key = {QStringLiteral("id")};
            auto result = diff::runDiff(request);
            QVERIFY2(result, qPrintable(result ? QString() : result.errorMessage()));
            QCOMPARE(result->rows.updated, qint64(8)); // rows 1, 10, 20, 26, 30, 40, 51, 76
            const auto column = [&](const char *name) {
                return *std::find_if(
                    result->columns.begin(), result->columns.end(),
                    [&](const diff::ColumnDiff &c) { return c.name == QLatin1String(name); });
            };
            QCOMPARE(column("at").different, qint64(4));
            QCOMPARE(column("amount").different, qint64(4));
            QVERIFY2(
                column("at").comparedAs.startsWith(QStringLiteral("UTC instants at microseconds")),
                qPrintable(column("at").comparedAs));
            QCOMPARE(column("amount").comparedAs, QStringLiteral("exact doubles"));
            QCOMPARE(result->warnings.size(), 1);
            QVERIFY2(result->warnings.front().startsWith(QStringLiteral("1 value")),
                     qPrintable(result->warnings.front()));
            QVERIFY2(result->warnings.front().contains(
                         QStringLiteral("of column \"at\" in events are not timestamps")),
                     qPrintable(result->warnings.front()));
        }

        // Inside one SQLite file, a TIMESTAMP column against a TEXT one: the same instants in
        // other text forms are equal (the join diff).
        diff::DiffRequest join;
        join.connectionA = lite->spec();
        join.tableA = TableName {{QStringLiteral("events_t")}};
        join.tableB = TableName {{QStringLiteral("events")}};
        join.options.key = {QStringLiteral("id")};
        auto joined = diff::runDiff(join);
        QVERIFY2(joined, qPrintable(joined ? QString() : joined.errorMessage()));
        QCOMPARE(joined->algorithm, QStringLiteral("join"));
        QCOMPARE(joined->rows.updated, qint64(8));
        QCOMPARE(joined->warnings.size(), 1);
    }

    void booleansOfEveryRepresentation()
    {
        // PostgreSQL's boolean, MariaDB's tinyint(1) (which may hold 2), SQLite's 1/0 and 't'/'f'.
        QVERIFY(m_postgres->execute(QStringLiteral("DROP TABLE IF EXISTS flags")));
        QVERIFY(m_postgres->execute(QStringLiteral("CREATE TABLE flags (id int, f boolean)")));
        QVERIFY(m_postgres->execute(QStringLiteral(
            "INSERT INTO flags VALUES (1, true), (2, false), (3, true), (4, NULL), (5, false)")));
        QVERIFY(m_mariadb->execute(QStringLiteral("DROP TABLE IF EXISTS flags")));
        QVERIFY(m_mariadb->execute(QStringLiteral("CREATE TABLE flags (id int, f tinyint(1))")));
        QVERIFY(m_mariadb->execute(
            QStringLiteral("INSERT INTO flags VALUES (1, 1), (2, 0), (3, 2), (4, NULL), (5, 1)")));
        auto lite = sqlite(QStringLiteral("flags.db"));
        QVERIFY(lite->execute(QStringLiteral("CREATE TABLE flags (id INTEGER, f NUM)")));
        QVERIFY(lite->execute(QStringLiteral(
            "INSERT INTO flags VALUES (1, 't'), (2, 'false'), (3, 1), (4, NULL), (5, 'TRUE')")));
        const auto diffOf = [](const ConnectionSpec &a, const ConnectionSpec &b) {
            diff::DiffRequest request;
            request.connectionA = a;
            request.connectionB = b;
            request.tableA = request.tableB = TableName {{QStringLiteral("flags")}};
            request.options.key = {QStringLiteral("id")};
            return diff::runDiff(request);
        };
        auto pgLite = diffOf(m_postgres->spec(), lite->spec());
        QVERIFY2(pgLite, qPrintable(pgLite ? QString() : pgLite.errorMessage()));
        QCOMPARE(pgLite->rows.updated, qint64(1)); // row 5
        QVERIFY(pgLite->columns.front().comparedAs.startsWith(QStringLiteral("booleans")));
        auto pgMaria = diffOf(m_postgres->spec(), m_mariadb->spec());
        QVERIFY2(pgMaria, qPrintable(pgMaria ? QString() : pgMaria.errorMessage()));
        QCOMPARE(pgMaria->rows.updated, qint64(2)); // row 3 (2 is no boolean), row 5
        QCOMPARE(pgMaria->warnings.size(), 1);
        QVERIFY(pgMaria->warnings.front().contains(QStringLiteral("are not booleans")));
    }
};

QTEST_GUILESS_MAIN(TestValueContract)
#include "tst_value_contract.moc"
