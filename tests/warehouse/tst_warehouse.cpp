// Connection URLs, table names, identifier quoting, and normalisation that compares equal across
// real PostgreSQL, MariaDB and SQLite.

#include "support/db_server.h"
#include "warehouse/database.h"
#include "warehouse/dialect.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tidemark;
using namespace tidemark::warehouse;

class TestWarehouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("driver");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("postgresql")
            << "postgresql://ci:s3cret@warehouse.internal:5433/analytics" << int(Driver::PostgreSQL)
            << "warehouse.internal" << 5433 << "analytics"
            << "ci"
            << "s3cret";
        QTest::newRow("no password, default port")
            << "postgresql://ci@db/analytics" << int(Driver::PostgreSQL) << "db" << 0 << "analytics"
            << "ci"
            << "";
        QTest::newRow("percent-encoded password")
            << "mysql://u:p%40ss%2Fw@127.0.0.1:3306/shop" << int(Driver::MySQL) << "127.0.0.1"
            << 3306 << "shop"
            << "u"
            << "p@ss/w";
        QTest::newRow("sqlite absolute")
            << "sqlite:///tmp/x.db" << int(Driver::SQLite) << "" << 0 << "/tmp/x.db"
            << ""
            << "";
        QTest::newRow("odbc dsn") << "odbc://MyDSN" << int(Driver::ODBC) << "" << 0 << ""
                                  << ""
                                  << "";
        QTest::newRow("odbc driver string")
            << "odbc:///?driver=PostgreSQL%20Unicode&server=db&uid=ci&pwd=s3cret"
            << int(Driver::ODBC) << "" << 0 << ""
            << "ci"
            << "s3cret";
    }

    void urls()
    {
        QFETCH(QString, url);
        auto spec = parseConnectionUrl(url);
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.errorMessage()));
        QTEST(int(spec->driver), "driver");
        QTEST(spec->host, "host");
        QTEST(spec->port, "port");
        QTEST(spec->database, "database");
        QTEST(spec->user, "user");
        QTEST(spec->password, "password");
        if (!spec->password.isEmpty())
            QVERIFY(!spec->redacted().contains(spec->password));
    }

    void fallbackPasswordAndBadUrls()
    {
        auto spec = parseConnectionUrl(QStringLiteral("postgresql://ci@db/analytics"),
                                       QStringLiteral("from-env"));
        QCOMPARE(spec->password, QStringLiteral("from-env"));
        QVERIFY(!spec->redacted().contains(QLatin1String("from-env")));
        QVERIFY(parseConnectionUrl(QStringLiteral("oracle://x@y/z"))
                    .errorMessage()
                    .contains(QLatin1String("unsupported database")));
        QVERIFY(parseConnectionUrl(QStringLiteral("postgresql://ci@db"))
                    .errorMessage()
                    .contains(QLatin1String("names no database")));
        const QString noScheme
            = parseConnectionUrl(QStringLiteral("user:secret@db/x")).errorMessage();
        QVERIFY(noScheme.contains(QLatin1String("not a connection URL")));
        QVERIFY(!noScheme.contains(QLatin1String("secret")));
    }

    void tableNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("plain") << "orders" << QStringList {QStringLiteral("orders")};
        QTest::newRow("schema") << "analytics.orders"
                                << QStringList {QStringLiteral("analytics"),
                                                QStringLiteral("orders")};
        QTest::newRow("three") << "db.s.t"
                               << QStringList {QStringLiteral("db"), QStringLiteral("s"),
                                               QStringLiteral("t")};
        QTest::newRow("quoted") << "\"My Schema\".\"Order.Items\""
                                << QStringList {QStringLiteral("My Schema"),
                                                QStringLiteral("Order.Items")};
        QTest::newRow("doubled quote") << "\"a\"\"b;c\"" << QStringList {QStringLiteral("a\"b;c")};
        QTest::newRow("backticks") << "`x y`" << QStringList {QStringLiteral("x y")};
    }

    void tableNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        auto name = parseTableName(text);
        QVERIFY2(name, qPrintable(name ? QString() : name.errorMessage()));
        QCOMPARE(name->parts, parts);
        auto again = parseTableName(name->display());
        QVERIFY(again);
        QCOMPARE(again->parts, parts);
    }

    void badTableNames()
    {
        for (const char *bad : {"a..b", "\"open", "a.b.c.d", "x y", ""})
            QVERIFY2(!parseTableName(QString::fromLatin1(bad)), bad);
    }

    void quoting()
    {
        const auto pg = makeDialect(Driver::PostgreSQL);
        const auto my = makeDialect(Driver::MySQL);
        QCOMPARE(pg->quote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(my->quote(QStringLiteral("a`b")), QStringLiteral("`a``b`"));
        QCOMPARE(pg->table(TableName {{QStringLiteral("s"), QStringLiteral("t;x")}}),
                 QStringLiteral("\"s\".\"t;x\""));
        QCOMPARE(my->literal(QStringLiteral("it's \\")), QStringLiteral("'it''s \\\\'"));
    }

    // dbt-sqlite's convention: schemas are database files beside the main one, attached on first
    // use; three-part names drop the database part.
    void sqliteSchemasAreAttachedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile mainFile(dir.filePath(QStringLiteral("main.db")));
        QVERIFY(mainFile.open(QIODevice::WriteOnly)); // an empty file is an empty SQLite database
        mainFile.close();
        {
            auto seed = openDatabase(*parseConnectionUrl(
                QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("main.db"))));
            QVERIFY2(seed, qPrintable(seed ? QString() : seed.error().message));
            QVERIFY((*seed)->execute(QStringLiteral("ATTACH DATABASE '%1' AS \"My Schema\"")
                                         .arg(dir.filePath(QStringLiteral("My Schema.db")))));
            QVERIFY((*seed)->execute(
                QStringLiteral("CREATE TABLE \"My Schema\".\"orders\" (id INTEGER, total REAL)")));
            QVERIFY((*seed)->execute(
                QStringLiteral("INSERT INTO \"My Schema\".\"orders\" VALUES (1, 2.5), (2, 4)")));
        }
        auto db = openDatabase(*parseConnectionUrl(QStringLiteral("sqlite://")
                                                   + dir.filePath(QStringLiteral("main.db"))));
        QVERIFY(db);
        const TableName name
            = *parseTableName(QStringLiteral("\"warehouse\".\"My Schema\".\"orders\""));
        QCOMPARE((*db)->dialect().table(name), QStringLiteral("\"My Schema\".\"orders\""));
        auto columns = (*db)->columns(name);
        QVERIFY2(columns, qPrintable(columns ? QString() : columns.error().message));
        QCOMPARE(int(columns->size()), 2);
        qint64 rows = 0;
        QVERIFY((*db)->query(QStringLiteral("SELECT COUNT(*) FROM ") + (*db)->dialect().table(name),
                             {}, [&](const Row &row) {
                                 rows = row.value(0).toLongLong();
                                 return true;
                             }));
        QCOMPARE(rows, 2);
        // A second lookup does not attach twice.
        QVERIFY((*db)->columns(name));

        auto missing = (*db)->columns(*parseTableName(QStringLiteral("analytics.orders")));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(dir.filePath(QStringLiteral("analytics.db"))),
                 qPrintable(missing.error().message));
    }

    void normalisedValuesAgreeAcrossDatabases()
    {
        // The same values in PostgreSQL, MariaDB and SQLite give the same normalised text and hash.
        QString error;
        auto pg = test::DbServer::start(test::DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(pg, qPrintable(error));
        auto maria = test::DbServer::start(test::DbServer::Kind::MariaDB, &error);
        QVERIFY2(maria, qPrintable(error));
        QTemporaryDir dir;
        QFile(dir.filePath(QStringLiteral("n.db"))).open(QIODevice::WriteOnly);

        struct Case
        {
            const char *pgType;
            const char *myType;
            const char *liteType;
            const char *value;
            TypeClass type;
            int scale;
        };
        const Case cases[] = {
            {"bigint", "bigint", "INTEGER", "-42", TypeClass::Integer, 0},
            {"numeric(12,2)", "decimal(12,2)", "NUMERIC", "1234.5", TypeClass::Decimal, 2},
            {"double precision", "double", "REAL", "0.1", TypeClass::Float, 6},
            {"timestamp(6)", "datetime(6)", "TIMESTAMP", "'2024-02-29 23:59:58.123456'",
             TypeClass::Timestamp, 0},
            {"boolean", "boolean", "BOOLEAN", "true", TypeClass::Boolean, 0},
            {"text", "varchar(50)", "TEXT", "'Zürich 🌊'", TypeClass::Text, 0},
            {"date", "date", "DATE", "'2024-01-31'", TypeClass::Date, 0},
        };
        QStringList results[3];
        int side = 0;
        for (const QString &url :
             QStringList {pg->url(), maria->url(),
                          QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("n.db"))}) {
            auto db = openDatabase(*parseConnectionUrl(url));
            QVERIFY2(db, qPrintable(db ? QString() : db.errorMessage()));
            const Dialect &d = (*db)->dialect();
            for (const Case &c : cases) {
                const char *type = side == 0 ? c.pgType : side == 1 ? c.myType : c.liteType;
                QVERIFY((*db)->execute(QStringLiteral("DROP TABLE IF EXISTS n")));
                QVERIFY((*db)->execute(
                    QStringLiteral("CREATE TABLE n (v %1)").arg(QLatin1String(type))));
                auto inserted = (*db)->execute(
                    QStringLiteral("INSERT INTO n VALUES (%1)")
                        .arg(QLatin1String(side == 2 && c.type == TypeClass::Boolean ? "1"
                                                                                     : c.value)));
                QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.errorMessage()));
                auto columns = (*db)->columns(TableName {{QStringLiteral("n")}});
                QVERIFY2(columns, qPrintable(columns ? QString() : columns.errorMessage()));
                ValueForm form = ValueForm::of(columns->front(), c.type);
                if (side == 2 && form.source == TypeClass::Decimal)
                    form.source = TypeClass::Float; // SQLite keeps decimals as doubles
                form.scale = c.type == TypeClass::Decimal ? c.scale : -1;
                const QString norm = d.canonicalText(d.quote(QStringLiteral("v")), form);
                QString text;
                qint64 hash = 0;
                auto q
                    = (*db)->query(QStringLiteral("SELECT %1, %2 FROM n").arg(norm, d.hash64(norm)),
                                   {}, [&](const Row &row) {
                                       text = row.value(0).toString();
                                       hash = row.value(1).toLongLong();
                                       return false;
                                   });
                QVERIFY2(q, qPrintable(q ? QString() : q.errorMessage()));
                results[side] << text + QStringLiteral(" #") + QString::number(hash);
            }
            ++side;
        }
        QCOMPARE(results[1], results[0]);
        QCOMPARE(results[2], results[0]);
        QCOMPARE(results[0].at(0).section(QLatin1Char(' '), 0, 0), QStringLiteral("-42"));
        QCOMPARE(results[0].at(1).section(QLatin1Char(' '), 0, 0), QStringLiteral("1234.50"));
        QCOMPARE(results[0].at(3).section(QLatin1String(" #"), 0, 0),
                 QStringLiteral("2024-02-29 23:59:58.123456"));
    }
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
