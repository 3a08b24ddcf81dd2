// DbServer: the throwaway PostgreSQL and MariaDB servers the database tests start. They listen on
// loopback only, check passwords, run unprivileged, clean up after themselves, and die with a test
// that crashes.

#include "support/db_server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <pwd.h>
#include <unistd.h>

using tidemark::test::DbServer;

Q_DECLARE_METATYPE(DbServer::Kind)

namespace {

// Set in a child copy of this test: start a server, print "port pid directory", wait to be killed.
const char kServeAndHang[] = "TIDEMARK_DB_SERVER_TEST_SERVE_AND_HANG";

QString kindName(DbServer::Kind kind)
{
    return kind == DbServer::Kind::PostgreSQL ? QStringLiteral("PostgreSQL")
                                              : QStringLiteral("MariaDB");
}

bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Gone, or a zombie nobody has reaped yet.
bool processGone(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return true;
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype paren = stat.lastIndexOf(')');
    return paren >= 0 && paren + 2 < stat.size() && stat.at(paren + 2) == 'Z';
}

long processUid(qint64 pid)
{
    const QList<QByteArray> lines = procFile(pid, "status").split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toLong();
    }
    return -1;
}

long expectedServerUid()
{
    if (::geteuid() != 0)
        return static_cast<long>(::geteuid());
    const passwd *pw = ::getpwnam("nobody");
    return pw ? static_cast<long>(pw->pw_uid) : -1;
}

// Removes a Qt Sql connection at the end of the scope; declare it before the QSqlDatabase.
struct ConnectionRemover
{
    QString name;
    ~ConnectionRemover() { QSqlDatabase::removeDatabase(name); }
};

int serveAndHang(const QString &kind)
{
    QString error;
    const auto server = DbServer::start(
        kind == QStringLiteral("PostgreSQL") ? DbServer::Kind::PostgreSQL : DbServer::Kind::MariaDB,
        &error);
    if (!server) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d %lld %s\n", server->port(), server->processId(),
                qPrintable(server->directory()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestDbServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startConnectAndStop_data()
    {
        QTest::addColumn<DbServer::Kind>("kind");
        QTest::newRow("PostgreSQL") << DbServer::Kind::PostgreSQL;
        QTest::newRow("MariaDB") << DbServer::Kind::MariaDB;
    }

    void startConnectAndStop()
    {
        QFETCH(DbServer::Kind, kind);
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto server = DbServer::start(kind, &error);
        const qint64 startMs = timer.elapsed();
        QVERIFY2(server, qPrintable(error));

        QCOMPARE(server->kind(), kind);
        QCOMPARE(server->host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server->port() > 0);
        QCOMPARE(server->user(), QStringLiteral("tidemark"));
        QCOMPARE(server->database(), QStringLiteral("tidemark_test"));
        const QString password = server->password();
        QVERIFY(password.size() >= 16);
        const QString scheme = kind == DbServer::Kind::PostgreSQL ? QStringLiteral("postgresql")
                                                                  : QStringLiteral("mysql");
        QCOMPARE(server->url(),
                 QStringLiteral("%1://tidemark:%2@127.0.0.1:%3/tidemark_test")
                     .arg(scheme, password)
                     .arg(server->port()));
        QCOMPARE(server->urlWithoutPassword(),
                 QStringLiteral("%1://tidemark@127.0.0.1:%2/tidemark_test")
                     .arg(scheme)
                     .arg(server->port()));
        QCOMPARE(server->driverName(),
                 kind == DbServer::Kind::PostgreSQL ? QStringLiteral("QPSQL")
                                                    : QStringLiteral("QMYSQL"));

        // Unprivileged, in its own directory, with no password on a command line or left in a file.
        const QString dir = server->directory();
        const qint64 pid = server->processId();
        QVERIFY(QFileInfo(dir).isDir());
        QVERIFY(dir.startsWith(QStringLiteral("/tmp/")));
        QVERIFY(pid > 0);
        QCOMPARE(processUid(pid), expectedServerUid());
        QCOMPARE(static_cast<long>(QFileInfo(dir).ownerId()), expectedServerUid());
        QVERIFY(!procFile(pid, "cmdline").isEmpty());
        QVERIFY(!procFile(pid, "cmdline").contains(password.toUtf8()));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/pwfile")));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/init.sql")));
        QVERIFY(QFileInfo(server->logFile()).isFile());

        {
            const ConnectionRemover remover {QStringLiteral("tst-select")};
            QSqlDatabase db = QSqlDatabase::addDatabase(server->driverName(), remover.name);
            db.setHostName(server->host());
            db.setPort(server->port());
            db.setUserName(server->user());
            db.setPassword(server->password());
            db.setDatabaseName(server->database());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("SELECT 1")), qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY2(query.exec(kind == DbServer::Kind::PostgreSQL
                                    ? QStringLiteral("SHOW listen_addresses")
                                    : QStringLiteral("SELECT @@bind_address")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("127.0.0.1"));
        }

        {
            const ConnectionRemover remover {QStringLiteral("tst-wrong-password")};
            QSqlDatabase db = QSqlDatabase::addDatabase(server->driverName(), remover.name);
            db.setHostName(server->host());
            db.setPort(server->port());
            db.setUserName(server->user());
            db.setPassword(server->password() + QStringLiteral("x"));
            db.setDatabaseName(server->database());
            QVERIFY(!db.open());
            const QString message = db.lastError().text();
            QVERIFY2(message.contains(QStringLiteral("password authentication failed"))
                         || message.contains(QStringLiteral("Access denied")),
                     qPrintable(message));
        }

        QVERIFY2(server->createDatabase(QStringLiteral("tidemark_other"), &error),
                 qPrintable(error));
        QVERIFY(!server->createDatabase(QStringLiteral("tidemark_other"), &error));
        QVERIFY2(
            server->exec(
                {QStringLiteral("CREATE TABLE orders (id INT PRIMARY KEY, amount DECIMAL(10,2))"),
                 QStringLiteral("INSERT INTO orders VALUES (1, 9.50), (2, 12.00)")},
                &error, QStringLiteral("tidemark_other")),
            qPrintable(error));
        QVERIFY2(server->exec({QStringLiteral("CREATE TABLE orders (id INT PRIMARY KEY)"),
                               QStringLiteral("INSERT INTO orders VALUES (7)")},
                              &error),
                 qPrintable(error));
        {
            const ConnectionRemover remover {QStringLiteral("tst-other")};
            QVERIFY2(server->open(remover.name, &error, QStringLiteral("tidemark_other")),
                     qPrintable(error));
            QSqlQuery query(QSqlDatabase::database(remover.name));
            QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*), SUM(amount) FROM orders")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QCOMPARE(query.value(1).toDouble(), 21.5);
        }
        {
            const ConnectionRemover remover {QStringLiteral("tst-default")};
            QVERIFY2(server->open(remover.name, &error), qPrintable(error));
            QSqlQuery query(QSqlDatabase::database(remover.name));
            QVERIFY2(query.exec(QStringLiteral("SELECT id FROM orders")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 7);
            QVERIFY(!query.next());
        }
        QVERIFY(!server->exec(
            {QStringLiteral("SELECT 1"), QStringLiteral("SELECT * FROM no_such_table")}, &error));
        QVERIFY2(error.contains(QStringLiteral("statement 2 of 2"))
                     && error.contains(QStringLiteral("no_such_table")),
                 qPrintable(error));
        QVERIFY(!server->exec({QStringLiteral("SELECT 1")}, &error,
                              QStringLiteral("no_such_database")));

        const int port = server->port();
        timer.restart();
        server.reset();
        const qint64 stopMs = timer.elapsed();
        qInfo("%s: started in %lld ms, stopped in %lld ms", qPrintable(kindName(kind)), startMs,
              stopMs);
        QVERIFY(!accepts(port));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(processGone(pid));
    }

    void serversRunSideBySide()
    {
        QString error;
        auto first = DbServer::start(DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = DbServer::start(DbServer::Kind::PostgreSQL, &error);
        QVERIFY2(second, qPrintable(error));
        auto third = DbServer::start(DbServer::Kind::MariaDB, &error);
        QVERIFY2(third, qPrintable(error));
        QVERIFY(first->port() != second->port() && first->port() != third->port()
                && second->port() != third->port());
        QVERIFY(first->password() != second->password());
        QVERIFY(first->directory() != second->directory());
        for (DbServer *server : {first.get(), second.get(), third.get()})
            QVERIFY2(server->exec({QStringLiteral("SELECT 1")}, &error), qPrintable(error));
        const QString secondDir = second->directory();
        second.reset();
        QVERIFY(!QFileInfo::exists(secondDir));
        QVERIFY2(first->exec({QStringLiteral("SELECT 1")}, &error), qPrintable(error));
    }

    void serverDiesWithACrashedTest_data()
    {
        QTest::addColumn<DbServer::Kind>("kind");
        QTest::newRow("PostgreSQL") << DbServer::Kind::PostgreSQL;
        QTest::newRow("MariaDB") << DbServer::Kind::MariaDB;
    }

    void serverDiesWithACrashedTest()
    {
        QFETCH(DbServer::Kind, kind);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kServeAndHang), kindName(kind));
        child.setProcessEnvironment(environment);
        child.setProgram(QCoreApplication::applicationFilePath());
        child.start();
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine() && child.state() == QProcess::Running)
            child.waitForReadyRead(60000);
        const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
        QVERIFY2(parts.size() == 3, child.readAllStandardError().constData());
        const int port = parts.at(0).toInt();
        const qint64 pid = parts.at(1).toLongLong();
        const QString dir = QString::fromLocal8Bit(parts.at(2));
        QVERIFY(accepts(port));
        QVERIFY(!processGone(pid));

        child.kill(); // SIGKILL: no destructor runs
        QVERIFY(child.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!accepts(port), 10000);
        QVERIFY(QFileInfo(dir).isDir()); // left behind, and removed by the next start

        QString error;
        const auto next = DbServer::start(kind, &error);
        QVERIFY2(next, qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void splitStatements()
    {
        const QString script = QStringLiteral("-- fixture\n"
                                              "CREATE TABLE a (id INT);\r\n"
                                              "\n"
                                              "INSERT INTO a VALUES (1),\n"
                                              "  (2);\n"
                                              "CREATE FUNCTION f() RETURNS int AS $$\n"
                                              "BEGIN\n"
                                              "  RETURN 1;\n"
                                              "END;\n"
                                              "$$ LANGUAGE plpgsql;\n"
                                              "SELECT 'a;b' ;  \n"
                                              "-- trailing comment\n");
        const QStringList expected = {
            QStringLiteral("CREATE TABLE a (id INT)"),
            QStringLiteral("INSERT INTO a VALUES (1),\n  (2)"),
            QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$\nBEGIN\n  RETURN 1;\nEND;\n$$ "
                           "LANGUAGE plpgsql"),
            QStringLiteral("SELECT 'a;b'"),
        };
        QCOMPARE(DbServer::splitStatements(script), expected);
        QCOMPARE(DbServer::splitStatements(QStringLiteral("SELECT 1")),
                 QStringList {QStringLiteral("SELECT 1")});
        QVERIFY(DbServer::splitStatements(QStringLiteral("\n-- nothing\n")).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString serveAndHangKind = qEnvironmentVariable(kServeAndHang);
    if (!serveAndHangKind.isEmpty())
        return serveAndHang(serveAndHangKind);
    TestDbServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_db_server.moc"
