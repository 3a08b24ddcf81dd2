// What Tidemark reproduces of a PostgreSQL server, checked against a real one: hashtextextended()
// (postgres::hashBytesExtended), the hashes of integers, doubles and timestamps, and SQLite rows
// hashed by tidemark_rowhash() in PostgreSQL's way, which must equal the server's hash of the same
// values exactly where the values are equal, and differ where they are not.

#include "support/db_server.h"
#include "warehouse/database.h"
#include "warehouse/postgres_text.h"
#include "warehouse/row_hash_spec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>
#include <limits>

using namespace tidemark;
using namespace tidemark::warehouse;

namespace {

// A double as text that reads back as exactly the same double.
QString exactText(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return QString::fromLatin1(text);
}

// A new, empty SQLite database in `dir`.
std::unique_ptr<Database> newSqlite(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("t.db"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.close();
    ConnectionSpec spec;
    spec.driver = Driver::SQLite;
    spec.database = path;
    auto db = openDatabase(spec);
    if (!db)
        qWarning("%s", qPrintable(db.errorMessage()));
    return db ? std::move(*db) : nullptr;
}

} // namespace

class TestPostgresText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DbServer> m_server;
    std::unique_ptr<Database> m_postgres;

    std::optional<qint64> serverHash(const QByteArray &text, qint64 seed)
    {
        std::optional<qint64> hash;
        auto read = m_postgres->query(
            QStringLiteral(
                "SELECT hashtextextended(CAST(? AS TEXT) COLLATE \"C\", CAST(? AS BIGINT))"),
            QVariantList {QString(QStringLiteral("") + QString::fromUtf8(text)), seed},
            [&](const Row &row) {
                hash = row.value(0).toLongLong();
                return false;
            });
        if (!read)
            qWarning("%s", qPrintable(read.errorMessage()));
        return hash;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_server = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(m_server, qPrintable(error));
        auto spec = parseConnectionUrl(m_server->url());
        QVERIFY(spec);
        auto db = openDatabase(*spec);
        QVERIFY2(db, qPrintable(db ? QString() : db.errorMessage()));
        m_postgres = std::move(*db);
    }

    void hashOfBytesIsTheServers()
    {
        QVERIFY2(m_postgres, "PostgreSQL did not start (see initTestCase)");
        // Every length of the last block and of a few blocks, UTF-8 and the row hash's separators
        // among the bytes, with no seed, a 32-bit seed and a 64-bit one.
        QRandomGenerator random(20261124);
        const QString alphabet = QStringLiteral("abcXYZ019 -.:;'\"\\%") + QChar(0x1f) + QChar(0x1e)
            + QStringLiteral("\u00e4\u00df\u2713\U0001F600");
        for (int length = 0; length <= 64; ++length) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += alphabet.mid(int(random.bounded(alphabet.size())), 1);
            const QByteArray utf8 = text.toUtf8();
            for (const qint64 seed :
                 {qint64(0), qint64(42), qint64(0x123456789abcdefLL), qint64(-7)}) {
                const auto expected = serverHash(utf8, seed);
                QVERIFY(expected);
                QCOMPARE(qint64(postgres::hashBytesExtended(utf8.constData(), size_t(utf8.size()),
                                                            quint64(seed))),
                         *expected);
            }
        }
    }

    void numberHashesAreTheServers()
    {
        QVERIFY2(m_postgres, "PostgreSQL did not start (see initTestCase)");
        const auto serverValue = [this](const QString &expression) {
            qint64 value = 0;
            auto read = m_postgres->query(QStringLiteral("SELECT ") + expression, {},
                                          [&](const Row &row) {
                                              value = row.value(0).toLongLong();
                                              return false;
                                          });
            if (!read)
                qWarning("%s", qPrintable(read.errorMessage()));
            return value;
        };
        for (const qint64 seed : {qint64(0), qint64(1), qint64(17), qint64(0x7fffffff12345678LL)}) {
            for (const qint64 v :
                 {qint64(0), qint64(1), qint64(-1), qint64(42), qint64(-5000000000LL),
                  std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
                QCOMPARE(qint64(postgres::hashInt8Extended(v, quint64(seed))),
                         serverValue(QStringLiteral("hashint8extended(CAST(%1 AS BIGINT), %2)")
                                         .arg(v)
                                         .arg(seed)));
            }
            for (const int v : {0, 1, -7, 123456}) {
                QCOMPARE(qint64(postgres::hashUint32Extended(quint32(v), quint64(seed))),
                         serverValue(QStringLiteral("hashint4extended(%1, %2)").arg(v).arg(seed)));
            }
            for (const double v : {0.0, -0.0, 1.5, -1.25e-05, 1e300, 0.1,
                                   std::numeric_limits<double>::quiet_NaN()}) {
                QCOMPARE(qint64(postgres::hashFloat8Extended(v, quint64(seed))),
                         serverValue(QStringLiteral(
                                         "hashfloat8extended(CAST('%1' AS DOUBLE PRECISION), %2)")
                                         .arg(std::isnan(v) ? QStringLiteral("NaN") : exactText(v))
                                         .arg(seed)));
            }
            for (const char *t : {"2000-01-01 00:00:00.000000", "1999-12-31 23:59:59.999999",
                                  "2024-02-29 12:34:56.000789", "1900-03-01 00:00:00.500000",
                                  "0001-01-01 00:00:00.000000", "9999-12-31 23:59:59.999999"}) {
                const auto micro = postgres::timestampMicroseconds(t);
                QVERIFY2(micro, t);
                QCOMPARE(qint64(postgres::hashInt8Extended(*micro, quint64(seed))),
                         serverValue(QStringLiteral("timestamp_hash_extended(TIMESTAMP '%1', %2)")
                                         .arg(QLatin1String(t))
                                         .arg(seed)));
            }
        }
        for (const char *odd :
             {"2023-02-29 00:00:00.000000", "2020-13-01 00:00:00.000000",
              "2020-01-01 24:00:00.000000", "2020-01-01T00:00:00.000000", "2020-01-01 00:00:00"})
            QVERIFY2(!postgres::timestampMicroseconds(odd), odd);
    }

    // SQLite rows and PostgreSQL rows of the same values (or deliberately other ones) hashed each
    // in its own way: numeric(12,2), double precision, timestamp, date, bigint, text and boolean.
    void sqliteRowsHashAsPostgresDoes_data()
    {
        QTest::addColumn<QString>("sqliteValues"); // an SQLite row, as SQL literals
        QTest::addColumn<QString>("postgresValues");
        QTest::addColumn<bool>("alike");
        struct Case
        {
            const char *name;
            const char *sqlite;
            const char *postgres;
            bool alike;
        };
        const Case cases[] = {
            {"plain", "1, 123.4, 0.1, '2020-01-01 00:00:05', '2020-01-01', 'a', 1",
             "1, 123.40, 0.1, '2020-01-01 00:00:05', '2020-01-01', 'a', true", true},
            {"fractions of a second", "2, 5, 1e20, '2020-01-01 00:00:05.5', '1999-12-31', 'x y', 0",
             "2, 5.00, 1e20, '2020-01-01 00:00:05.500', '1999-12-31', 'x y', false", true},
            {"microseconds, T, negative",
             "3, -0.01, -2.5e-7, '1999-12-31T23:59:59.000001', '0999-01-01', 'Gr\u00fc\u00dfe', 0",
             "3, -0.01, -2.5e-7, '1999-12-31 23:59:59.000001', '0999-01-01', 'Gr\u00fc\u00dfe', "
             "false",
             true},
            {"NULLs", "4, NULL, NULL, NULL, NULL, NULL, NULL",
             "4, NULL, NULL, NULL, NULL, NULL, NULL", true},
            {"integer in a float column",
             "5, 99999.99, 3, '2021-06-01 12:00:00', '2021-06-01', '', 1",
             "5, 99999.99, 3.0, '2021-06-01 12:00:00', '2021-06-01', '', true", true},
            // SQLite keeps decimals as doubles: compared at PostgreSQL's scale (the value
            // contract).
            {"more decimals than the scale",
             "6, 1.234, 0.5, '2020-01-01 00:00:00', '2020-01-01', 'a', 1",
             "6, 1.23, 0.5, '2020-01-01 00:00:00', '2020-01-01', 'a', true", true},
            {"a different decimal", "6, 1.236, 0.5, '2020-01-01 00:00:00', '2020-01-01', 'a', 1",
             "6, 1.23, 0.5, '2020-01-01 00:00:00', '2020-01-01', 'a', true", false},
            {"timestamp with an offset",
             "12, 1, 1, '2020-01-01T02:00:05+02:00', '2020-01-01', 'a', 't'",
             "12, 1, 1, '2020-01-01 00:00:05', '2020-01-01', 'a', true", true},
            {"timestamp without seconds",
             "13, 1, 1, '2020-01-01 00:05', '2020-01-01', 'a', 'false'",
             "13, 1, 1, '2020-01-01 00:05:00', '2020-01-01', 'a', false", true},
            {"float differs in the last digit",
             "7, 1, 0.30000000000000004, '2020-01-01 00:00:00', '2020-01-01', 'a', 1",
             "7, 1, 0.3, '2020-01-01 00:00:00', '2020-01-01', 'a', true", false},
            {"timestamp that is no timestamp", "8, 1, 1, 'yesterday', '2020-01-01', 'a', 1",
             "8, 1, 1, '2020-01-01 00:00:00', '2020-01-01', 'a', true", false},
            {"date with a time", "9, 1, 1, '2020-01-01 00:00:00', '2020-01-01 00:00:00', 'a', 1",
             "9, 1, 1, '2020-01-01 00:00:00', '2020-01-01', 'a', true", false},
            {"NULL against empty text", "10, 1, 1, '2020-01-01 00:00:00', '2020-01-01', NULL, 1",
             "10, 1, 1, '2020-01-01 00:00:00', '2020-01-01', '', true", false},
            {"February 30th", "11, 1, 1, '2023-02-30 00:00:00', '2023-03-02', 'a', 1",
             "11, 1, 1, '2023-03-02 00:00:00', '2023-03-02', 'a', true", false},
        };
        for (const Case &c : cases)
            QTest::newRow(c.name) << QString::fromUtf8(c.sqlite) << QString::fromUtf8(c.postgres)
                                  << c.alike;
    }

    void sqliteRowsHashAsPostgresDoes()
    {
        QVERIFY2(m_postgres, "PostgreSQL did not start (see initTestCase)");
        QFETCH(QString, sqliteValues);
        QFETCH(QString, postgresValues);
        QFETCH(bool, alike);

        QVERIFY(m_postgres->execute(QStringLiteral("SET DateStyle = 'ISO, YMD'")));
        QVERIFY(m_postgres->execute(QStringLiteral("DROP TABLE IF EXISTS t")));
        QVERIFY(m_postgres->execute(QStringLiteral(
            "CREATE TABLE t (id BIGINT, amount NUMERIC(12,2), ratio DOUBLE PRECISION, "
            "at TIMESTAMP, day DATE, name TEXT, flag BOOLEAN)")));
        QVERIFY(
            m_postgres->execute(QStringLiteral("INSERT INTO t VALUES (%1)").arg(postgresValues)));
        // The PostgreSQL side of the row hash: the functions of the types, seeded by position,
        // NULLs as constants.
        const QStringList hashes = {
            QStringLiteral("hashint8extended(id, 1)"),
            QStringLiteral("hashtextextended(CAST(amount AS TEXT), 2)"),
            QStringLiteral("hashfloat8extended(ratio, 3)"),
            QStringLiteral("timestamp_hash_extended(at, 4)"),
            QStringLiteral("hashtextextended(CAST(day AS TEXT), 5)"),
            QStringLiteral("hashtextextended(name, 6)"),
            QStringLiteral("hashint4extended(CASE WHEN flag THEN 1 WHEN NOT flag THEN 0 END, 7)")};
        QStringList terms;
        for (int i = 0; i < hashes.size(); ++i)
            terms << QStringLiteral("COALESCE(%1, %2)").arg(hashes[i]).arg(nullColumnHash(i));
        const QString postgresSql
            = QStringLiteral("SELECT %1 FROM t").arg(terms.join(QStringLiteral(" # ")));
        std::optional<qint64> postgresHash;
        auto read = m_postgres->query(postgresSql, {}, [&](const Row &row) {
            postgresHash = row.value(0).toLongLong();
            return false;
        });
        QVERIFY2(read, qPrintable(read ? QString() : read.errorMessage()));
        QVERIFY(postgresHash);

        QTemporaryDir dir;
        auto lite = newSqlite(dir);
        QVERIFY(lite);
        QVERIFY(lite->execute(QStringLiteral(
            "CREATE TABLE t (id BIGINT, amount DECIMAL(12,2), ratio DOUBLE PRECISION, "
            "at TIMESTAMP, day DATE, name TEXT, flag BOOLEAN)")));
        QVERIFY(lite->execute(QStringLiteral("INSERT INTO t VALUES (%1)").arg(sqliteValues)));
        const QString rowSpec
            = rowHashSpec(RowHashKind::PostgresColumns,
                          {QStringLiteral("i#"), QStringLiteral("n2"), QStringLiteral("f#"),
                           QStringLiteral("p6#"), QStringLiteral("D"), QStringLiteral("t"),
                           QStringLiteral("b#")});
        std::optional<qint64> sqliteHash;
        read = lite->query(
            QStringLiteral(
                "SELECT tidemark_rowhash(?, id, amount, ratio, at, day, name, flag) FROM t"),
            {rowSpec}, [&](const Row &row) {
                sqliteHash = row.value(0).toLongLong();
                return false;
            });
        QVERIFY2(read, qPrintable(read ? QString() : read.errorMessage()));
        QVERIFY(sqliteHash);
        QCOMPARE(*sqliteHash == *postgresHash, alike);
    }

    void badSpecsAreErrors()
    {
        QTemporaryDir dir;
        auto lite = newSqlite(dir);
        QVERIFY(lite);
        for (const char *bad : {"sha1:i", "pg:i,i", "pg:n", "pg:n2/3", "pg:q", "md5"}) {
            auto read = lite->query(QStringLiteral("SELECT tidemark_rowhash(?, 1)"),
                                    {QString::fromLatin1(bad)}, [](const Row &) { return true; });
            QVERIFY2(!read, bad);
            QVERIFY(read.errorMessage().contains(QLatin1String("tidemark_rowhash")));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostgresText)
#include "tst_postgres_text.moc"
