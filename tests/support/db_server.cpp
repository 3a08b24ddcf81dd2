#include "support/db_server.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QVersionNumber>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace tidemark::test {

namespace {

constexpr int kToolTimeoutMs = 120000; // initdb, mariadb-install-db
constexpr int kReadyTimeoutMs = 60000; // from starting the server to accepting the test user
constexpr int kStopTimeoutMs = 15000; // from the stop signal to SIGKILL
constexpr int kLaunchAttempts = 5; // new ports tried when the chosen one was taken meanwhile
constexpr char kUser[] = "tidemark";
constexpr char kDatabase[] = "tidemark_test";
constexpr char kHost[] = "127.0.0.1";

QString tempRoot()
{
    return QStringLiteral("/tmp"); // short (Unix socket paths), world-traversable, always there
}

QString dirPrefix()
{
    return QStringLiteral("tidemark-db-");
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(
            alphabet[QRandomGenerator::system()->bounded(static_cast<int>(sizeof(alphabet) - 1))]);
    return password;
}

QString findProgram(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name,
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
             QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/local/bin"),
             QStringLiteral("/usr/bin")});
    return found;
}

QString findFirstProgram(const QStringList &names)
{
    for (const QString &name : names) {
        const QString found = findProgram(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

bool isExecutable(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// TIDEMARK_PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin (Debian), else PATH.
QString postgresBinDir()
{
    const QString fromEnv = qEnvironmentVariable("TIDEMARK_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString best;
    QVersionNumber bestVersion;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        if (!version.isNull() && version > bestVersion
            && isExecutable(bin + QStringLiteral("/initdb"))) {
            best = bin;
            bestVersion = version;
        }
    }
    if (!best.isEmpty())
        return best;
    const QString initdb = findProgram(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

// Who the server processes run as: `nobody` when we are root, else ourselves.
struct Identity
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

bool serverIdentity(Identity *identity, QString *error)
{
    if (::geteuid() != 0) {
        identity->switchUser = false;
        identity->uid = ::geteuid();
        identity->gid = ::getegid();
        return true;
    }
    const passwd *pw = ::getpwnam("nobody");
    if (!pw) {
        setError(
            error,
            QStringLiteral(
                "running as root, but there is no user \"nobody\" to run the database server as"));
        return false;
    }
    identity->switchUser = true;
    identity->uid = pw->pw_uid;
    identity->gid = pw->pw_gid;
    return true;
}

bool giveTo(const QString &path, const Identity &identity, QString *error)
{
    if (!identity.switchUser)
        return true;
    if (::chown(QFile::encodeName(path).constData(), identity.uid, identity.gid) != 0) {
        setError(error,
                 QStringLiteral("cannot hand %1 to the server's user: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return true;
}

// Written 0600 and handed to the server's user (passwords: never on a command line).
bool writePrivateFile(const QString &path, const QByteArray &bytes, const Identity &identity,
                      QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.close();
    return giveTo(path, identity, error);
}

bool writePidFile(const QString &path, qint64 pid)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QByteArray::number(pid) + '\n');
    return true;
}

qint64 readPidFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

// Running (a zombie, waiting to be reaped, counts as gone).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype paren = line.lastIndexOf(')');
    return paren < 0 || paren + 2 >= line.size() || line.at(paren + 2) != 'Z';
}

// The last `lines` lines of a log, of what was written from `from` on.
QString tailOfFile(const QString &path, int lines, qint64 from = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 window = 64 * 1024;
    file.seek(std::max(from, file.size() - window));
    QStringList all = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.constLast().trimmed().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

// A test that crashed or was killed takes its servers with it (--pdeathsig), but leaves its
// directory; remove those whose test and server are both gone.
void removeStaleDirectories()
{
    const QDir root(tempRoot());
    const QStringList entries = root.entryList(
        {dirPrefix() + QLatin1Char('*')}, QDir::Dirs | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString path = root.filePath(entry);
        const qint64 owner = readPidFile(path + QStringLiteral("/owner.pid"));
        if (owner <= 0 || processAlive(owner)
            || processAlive(readPidFile(path + QStringLiteral("/server.pid"))))
            continue;
        // Best effort: another user's directory stays. The server's last processes may still be
        // unlinking their files a moment after the postmaster is gone: try again briefly.
        for (int attempt = 0;
             attempt < 20 && !QDir(path).removeRecursively() && QFileInfo::exists(path); ++attempt)
            QThread::msleep(50);
    }
}

int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = server.serverPort();
    server.close();
    return port;
}

bool portAcceptsConnections(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
    const bool connected = socket.waitForConnected(500);
    socket.abort();
    return connected;
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("tidemark-db-server-%1").arg(++counter);
}

// Removes the named Qt Sql connection when it goes out of scope (declare it before any
// QSqlDatabase or QSqlQuery that uses the connection).
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name)
        : m_name(std::move(name))
    {
    }
    ~ConnectionGuard()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ConnectionGuard(const ConnectionGuard &) = delete;
    ConnectionGuard &operator=(const ConnectionGuard &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

QString driverFor(DbServer::Kind kind)
{
    return kind == DbServer::Kind::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL");
}

bool openConnection(DbServer::Kind kind, const QString &name, int port, const QString &password,
                    const QString &database, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverFor(kind), name);
    db.setHostName(QString::fromLatin1(kHost));
    db.setPort(port);
    db.setUserName(QString::fromLatin1(kUser));
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(kind == DbServer::Kind::PostgreSQL
                             ? QStringLiteral("connect_timeout=10")
                             : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
    if (!db.open()) {
        setError(error, db.lastError().text());
        return false;
    }
    return true;
}

bool isAuthenticationFailure(const QString &message)
{
    return message.contains(QStringLiteral("password authentication failed"))
        || message.contains(QStringLiteral("Access denied"));
}

bool isPortTaken(const QString &log)
{
    return log.contains(QStringLiteral("Address already in use"))
        || log.contains(QStringLiteral("could not bind"))
        || log.contains(QStringLiteral("Bind on TCP/IP port"));
}

QString quotedIdentifier(DbServer::Kind kind, QString name)
{
    if (kind == DbServer::Kind::PostgreSQL)
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return QLatin1Char('`') + name.replace(QLatin1Char('`'), QStringLiteral("``"))
        + QLatin1Char('`');
}

bool isBlankOrComment(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--"));
}

} // namespace

struct DbServer::Private
{
    Kind kind = Kind::PostgreSQL;
    Identity identity;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QProcess> process;
    QProcessEnvironment environment;
    QString password;
    int port = 0;

    QString path(const QString &name) const { return dir->filePath(name); }
    QString dataDir() const { return path(QStringLiteral("data")); }
    QString toolLog() const { return path(QStringLiteral("init.log")); }
    QString serverLog() const { return path(QStringLiteral("server.log")); }
    QString secretFile() const
    {
        return path(kind == Kind::PostgreSQL ? QStringLiteral("pwfile")
                                             : QStringLiteral("init.sql"));
    }

    bool prepare(QString *error);
    bool runTool(const QString &what, const QString &program, const QStringList &arguments,
                 QString *error);
    bool initialize(QString *error);
    enum class Launch { Ready, PortTaken, Failed };
    Launch launch(QString *error);
    bool finishSetup(QString *error);
    void stop();

    // setpriv: run as `nobody` when root, and die with the test (--pdeathsig) either way.
    QStringList wrapped(const QString &program, const QStringList &arguments) const
    {
        QStringList all;
        if (identity.switchUser)
            all << QStringLiteral("--reuid=%1").arg(identity.uid)
                << QStringLiteral("--regid=%1").arg(identity.gid)
                << QStringLiteral("--clear-groups");
        all << QStringLiteral("--pdeathsig=KILL") << program << arguments;
        return all;
    }
};

bool DbServer::Private::prepare(QString *error)
{
    if (!serverIdentity(&identity, error))
        return false;
    dir = std::make_unique<QTemporaryDir>(tempRoot() + QLatin1Char('/') + dirPrefix()
                                          + QStringLiteral("XXXXXX"));
    if (!dir->isValid()) {
        setError(error,
                 QStringLiteral("cannot create a temporary directory under %1: %2")
                     .arg(tempRoot(), dir->errorString()));
        return false;
    }
    writePidFile(path(QStringLiteral("owner.pid")), QCoreApplication::applicationPid());
    const QString tmp = path(QStringLiteral("tmp"));
    if (!QDir().mkdir(tmp)) {
        setError(error, QStringLiteral("cannot create %1").arg(tmp));
        return false;
    }
    if (!giveTo(dir->path(), identity, error) || !giveTo(tmp, identity, error))
        return false;

    environment = QProcessEnvironment::systemEnvironment();
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QStringLiteral("PG")) || key.startsWith(QStringLiteral("MYSQL"))
            || key.startsWith(QStringLiteral("MARIADB")))
            environment.remove(key);
    }
    environment.insert(QStringLiteral("HOME"), dir->path());
    environment.insert(QStringLiteral("TMPDIR"), tmp);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return true;
}

bool DbServer::Private::runTool(const QString &what, const QString &program,
                                const QStringList &arguments, QString *error)
{
    QProcess tool;
    tool.setProgram(findProgram(QStringLiteral("setpriv")));
    tool.setArguments(wrapped(program, arguments));
    tool.setWorkingDirectory(dir->path());
    tool.setProcessEnvironment(environment);
    tool.setStandardInputFile(QProcess::nullDevice());
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.setStandardOutputFile(toolLog(), QIODevice::Append);
    tool.start();
    if (!tool.waitForStarted(10000)) {
        setError(error, QStringLiteral("cannot run %1: %2").arg(what, tool.errorString()));
        return false;
    }
    if (!tool.waitForFinished(kToolTimeoutMs)) {
        tool.kill();
        tool.waitForFinished(5000);
        setError(error,
                 QStringLiteral("%1 did not finish in %2 s:\n%3")
                     .arg(what)
                     .arg(kToolTimeoutMs / 1000)
                     .arg(tailOfFile(toolLog(), 40)));
        return false;
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        setError(error,
                 QStringLiteral("%1 failed (exit code %2):\n%3")
                     .arg(what)
                     .arg(tool.exitCode())
                     .arg(tailOfFile(toolLog(), 40)));
        return false;
    }
    return true;
}

bool DbServer::Private::initialize(QString *error)
{
    if (kind == Kind::PostgreSQL) {
        // The bootstrap superuser is the test user itself; its password comes from a file.
        if (!writePrivateFile(secretFile(), password.toUtf8() + '\n', identity, error))
            return false;
        const bool ok
            = runTool(QStringLiteral("initdb"), postgresBinDir() + QStringLiteral("/initdb"),
                      {QStringLiteral("--pgdata=") + dataDir(),
                       QStringLiteral("--username=") + QString::fromLatin1(kUser),
                       QStringLiteral("--pwfile=") + secretFile(),
                       QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--encoding=UTF8"),
                       QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                      error);
        QFile::remove(secretFile());
        return ok;
    }

    if (!runTool(QStringLiteral("mariadb-install-db"),
                 findFirstProgram(
                     {QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")}),
                 {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDir(),
                  QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve"),
                  QStringLiteral("--auth-root-authentication-method=socket"),
                  QStringLiteral("--innodb-log-file-size=8M"),
                  QStringLiteral("--innodb-buffer-pool-size=32M")},
                 error))
        return false;
    // Run by mariadbd at startup, with the grant tables loaded, before it accepts connections;
    // idempotent because a retry on another port runs it again. Root stays reachable only
    // through the Unix socket (unix_socket authentication), so nothing is open without a password.
    const QByteArray user = QByteArray(kUser);
    const QByteArray pw = password.toUtf8();
    QByteArray sql;
    for (const char *host : {"%", "localhost"}) {
        sql += "CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + pw
            + "';\n";
        sql += "GRANT ALL PRIVILEGES ON *.* TO '" + user + "'@'" + host + "' WITH GRANT OPTION;\n";
    }
    sql += "CREATE DATABASE IF NOT EXISTS `" + QByteArray(kDatabase) + "` CHARACTER SET utf8mb4;\n";
    return writePrivateFile(secretFile(), sql, identity, error);
}

DbServer::Private::Launch DbServer::Private::launch(QString *error)
{
    port = freeLoopbackPort();
    if (port <= 0) {
        setError(error, QStringLiteral("cannot find a free port on 127.0.0.1"));
        return Launch::Failed;
    }
    QString program;
    QStringList arguments;
    if (kind == Kind::PostgreSQL) {
        program = postgresBinDir() + QStringLiteral("/postgres");
        arguments = {QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(port)};
        const QStringList settings = {QStringLiteral("listen_addresses=127.0.0.1"),
                                      QStringLiteral("unix_socket_directories=") + dir->path(),
                                      QStringLiteral("fsync=off"),
                                      QStringLiteral("synchronous_commit=off"),
                                      QStringLiteral("full_page_writes=off"),
                                      QStringLiteral("shared_buffers=32MB"),
                                      QStringLiteral("timezone=UTC"),
                                      QStringLiteral("log_timezone=UTC"),
                                      QStringLiteral("lc_messages=C")};
        for (const QString &setting : settings)
            arguments << QStringLiteral("-c") << setting;
    } else {
        program = findFirstProgram({QStringLiteral("mariadbd"), QStringLiteral("mysqld")});
        arguments = {QStringLiteral("--no-defaults"),
                     QStringLiteral("--datadir=") + dataDir(),
                     QStringLiteral("--port=") + QString::number(port),
                     QStringLiteral("--bind-address=127.0.0.1"),
                     QStringLiteral("--socket=") + path(QStringLiteral("mysqld.sock")),
                     QStringLiteral("--pid-file=") + path(QStringLiteral("mysqld.pid")),
                     QStringLiteral("--tmpdir=") + path(QStringLiteral("tmp")),
                     QStringLiteral("--init-file=") + secretFile(),
                     QStringLiteral("--skip-name-resolve"),
                     QStringLiteral("--skip-log-bin"),
                     QStringLiteral("--character-set-server=utf8mb4"),
                     QStringLiteral("--default-time-zone=+00:00"),
                     QStringLiteral("--innodb-buffer-pool-size=32M"),
                     QStringLiteral("--innodb-log-file-size=8M"),
                     QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                     QStringLiteral("--loose-innodb-doublewrite=0"),
                     QStringLiteral("--loose-innodb-use-native-aio=0")};
    }

    const qint64 logStart = QFileInfo(serverLog()).size(); // this attempt's part of the log
    process = std::make_unique<QProcess>();
    process->setProgram(findProgram(QStringLiteral("setpriv")));
    process->setArguments(wrapped(program, arguments));
    process->setWorkingDirectory(dir->path());
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(serverLog(), QIODevice::Append);
    process->start();
    if (!process->waitForStarted(10000)) {
        setError(error, QStringLiteral("cannot start %1: %2").arg(program, process->errorString()));
        process.reset();
        return Launch::Failed;
    }
    writePidFile(path(QStringLiteral("server.pid")), process->processId());

    // The test user can log in: PostgreSQL to its maintenance database, MariaDB to the test
    // database the init file created.
    const QString probeDatabase
        = kind == Kind::PostgreSQL ? QStringLiteral("postgres") : QString::fromLatin1(kDatabase);
    QElapsedTimer elapsed;
    elapsed.start();
    QString lastError = QStringLiteral("the port does not accept connections");
    const QString readyMessage = kind == Kind::PostgreSQL
        ? QStringLiteral("database system is ready to accept connections")
        : QStringLiteral("ready for connections");
    bool logSaysReady = false;
    for (;;) {
        if (process->waitForFinished(50) || process->state() == QProcess::NotRunning) {
            const QString log = tailOfFile(serverLog(), 40, logStart);
            const int code = process->exitCode();
            process.reset();
            if (isPortTaken(log))
                return Launch::PortTaken;
            setError(error,
                     QStringLiteral("%1 exited (code %2) before accepting connections:\n%3")
                         .arg(program)
                         .arg(code)
                         .arg(log));
            return Launch::Failed;
        }
        // Only once this attempt's log says so: until then whatever answers on the port may be
        // someone else's (the port was free when chosen, not necessarily still).
        if (!logSaysReady)
            logSaysReady = tailOfFile(serverLog(), 1000, logStart).contains(readyMessage);
        if (logSaysReady && portAcceptsConnections(port)) {
            const ConnectionGuard guard(nextConnectionName());
            if (openConnection(kind, guard.name(), port, password, probeDatabase, &lastError))
                return Launch::Ready;
            if (isAuthenticationFailure(lastError)) {
                setError(error,
                         QStringLiteral("the server refuses the test user: %1\n%2")
                             .arg(lastError, tailOfFile(serverLog(), 40, logStart)));
                return Launch::Failed;
            }
        }
        if (elapsed.elapsed() > kReadyTimeoutMs) {
            setError(error,
                     QStringLiteral(
                         "%1 did not accept connections on 127.0.0.1:%2 within %3 s (%4):\n%5")
                         .arg(program)
                         .arg(port)
                         .arg(kReadyTimeoutMs / 1000)
                         .arg(lastError, tailOfFile(serverLog(), 40, logStart)));
            return Launch::Failed;
        }
    }
}

bool DbServer::Private::finishSetup(QString *error)
{
    if (kind == Kind::MariaDB) {
        QFile::remove(secretFile()); // read once at startup
        return true;
    }
    const ConnectionGuard guard(nextConnectionName());
    QString message;
    if (!openConnection(kind, guard.name(), port, password, QStringLiteral("postgres"), &message)) {
        setError(error,
                 QStringLiteral("cannot connect to the new PostgreSQL server: %1").arg(message));
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(guard.name(), false));
    if (!query.exec(QStringLiteral("CREATE DATABASE ")
                    + quotedIdentifier(kind, QString::fromLatin1(kDatabase)))) {
        setError(
            error,
            QStringLiteral("cannot create the test database: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

void DbServer::Private::stop()
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        // PostgreSQL: SIGQUIT is an immediate shutdown (nothing to keep). MariaDB: SIGTERM.
        ::kill(static_cast<pid_t>(process->processId()),
               kind == Kind::PostgreSQL ? SIGQUIT : SIGTERM);
        if (!process->waitForFinished(kStopTimeoutMs)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

DbServer::DbServer(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

DbServer::~DbServer()
{
    d->stop();
    if (d->dir && d->dir->isValid()) {
        const QString path = d->dir->path();
        if (!d->dir->remove() && !QDir(path).removeRecursively())
            qWarning("DbServer: cannot remove %s", qPrintable(path));
    }
}

bool DbServer::isAvailable(Kind kind, QString *why)
{
    if (findProgram(QStringLiteral("setpriv")).isEmpty()) {
        setError(why, QStringLiteral("setpriv (util-linux) is not installed"));
        return false;
    }
    if (::geteuid() == 0 && !::getpwnam("nobody")) {
        setError(why,
                 QStringLiteral(
                     "running as root, but there is no user \"nobody\" to run the server as"));
        return false;
    }
    if (kind == Kind::PostgreSQL) {
        const QString bin = postgresBinDir();
        if (bin.isEmpty() || !isExecutable(bin + QStringLiteral("/initdb"))
            || !isExecutable(bin + QStringLiteral("/postgres"))) {
            setError(why,
                     QStringLiteral("PostgreSQL's initdb and postgres are not installed (Debian: "
                                    "postgresql; or set TIDEMARK_PG_BINDIR)"));
            return false;
        }
    } else if (findFirstProgram({QStringLiteral("mariadbd"), QStringLiteral("mysqld")}).isEmpty()
               || findFirstProgram(
                      {QStringLiteral("mariadb-install-db"), QStringLiteral("mysql_install_db")})
                      .isEmpty()) {
        setError(why,
                 QStringLiteral("MariaDB's mariadbd and mariadb-install-db are not installed "
                                "(Debian: mariadb-server)"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(driverFor(kind))) {
        setError(why,
                 QStringLiteral("the Qt Sql driver %1 is not installed (Debian: %2)")
                     .arg(driverFor(kind),
                          kind == Kind::PostgreSQL ? QStringLiteral("libqt6sql6-psql")
                                                   : QStringLiteral("libqt6sql6-mysql")));
        return false;
    }
    return true;
}

std::unique_ptr<DbServer> DbServer::start(Kind kind, QString *error)
{
    const QString name
        = kind == Kind::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("MariaDB");
    QString why;
    if (!isAvailable(kind, &why)) {
        setError(error, QStringLiteral("cannot start a %1 server: %2").arg(name, why));
        return nullptr;
    }
    removeStaleDirectories();

    auto d = std::make_unique<Private>();
    d->kind = kind;
    d->password = randomPassword();
    std::unique_ptr<DbServer> server(new DbServer(std::move(d))); // cleans up whatever fails below
    Private &p = *server->d;
    QString message;
    if (!p.prepare(&message) || !p.initialize(&message)) {
        setError(error, QStringLiteral("cannot set up a %1 server: %2").arg(name, message));
        return nullptr;
    }
    Private::Launch launched = Private::Launch::PortTaken;
    for (int attempt = 0; attempt < kLaunchAttempts && launched == Private::Launch::PortTaken;
         ++attempt)
        launched = p.launch(&message);
    if (launched == Private::Launch::PortTaken)
        message = QStringLiteral("every port tried was taken:\n") + tailOfFile(p.serverLog(), 40);
    if (launched != Private::Launch::Ready || !p.finishSetup(&message)) {
        setError(error, QStringLiteral("cannot start a %1 server: %2").arg(name, message));
        return nullptr;
    }
    return server;
}

DbServer::Kind DbServer::kind() const
{
    return d->kind;
}

QString DbServer::postgresProgram(const QString &name)
{
    return postgresBinDir() + QLatin1Char('/') + name;
}

QString DbServer::host() const
{
    return QString::fromLatin1(kHost);
}

int DbServer::port() const
{
    return d->port;
}

QString DbServer::user() const
{
    return QString::fromLatin1(kUser);
}

QString DbServer::password() const
{
    return d->password;
}

QString DbServer::database() const
{
    return QString::fromLatin1(kDatabase);
}

QString DbServer::odbcUrl(const QString &database) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("driver"),
                       d->kind == Kind::PostgreSQL ? QStringLiteral("PostgreSQL Unicode")
                                                   : QStringLiteral("MariaDB Unicode"));
    query.addQueryItem(QStringLiteral("server"), host());
    query.addQueryItem(QStringLiteral("port"), QString::number(port()));
    query.addQueryItem(QStringLiteral("database"),
                       database.isEmpty() ? this->database() : database);
    query.addQueryItem(QStringLiteral("uid"), user());
    query.addQueryItem(QStringLiteral("pwd"), password());
    return QStringLiteral("odbc:///?") + query.toString(QUrl::FullyEncoded);
}

QString DbServer::url() const
{
    return QStringLiteral("%1://%2:%3@%4:%5/%6")
        .arg(d->kind == Kind::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql"),
             user(), password(), host())
        .arg(port())
        .arg(database());
}

QString DbServer::urlWithoutPassword() const
{
    return QStringLiteral("%1://%2@%3:%4/%5")
        .arg(d->kind == Kind::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql"),
             user(), host())
        .arg(port())
        .arg(database());
}

QString DbServer::driverName() const
{
    return driverFor(d->kind);
}

QString DbServer::directory() const
{
    return d->dir->path();
}

QString DbServer::logFile() const
{
    return d->serverLog();
}

QString DbServer::logTail(int lines) const
{
    return tailOfFile(d->serverLog(), lines);
}

qint64 DbServer::processId() const
{
    return d->process ? d->process->processId() : 0;
}

bool DbServer::open(const QString &connectionName, QString *error, const QString &database) const
{
    QString message;
    if (openConnection(d->kind, connectionName, d->port, d->password,
                       database.isEmpty() ? this->database() : database, &message))
        return true;
    setError(error, QStringLiteral("cannot connect to %1: %2").arg(urlWithoutPassword(), message));
    return false;
}

bool DbServer::createDatabase(const QString &name, QString *error)
{
    QString statement = QStringLiteral("CREATE DATABASE ") + quotedIdentifier(d->kind, name);
    if (d->kind == Kind::MariaDB)
        statement += QStringLiteral(" CHARACTER SET utf8mb4");
    return exec({statement}, error,
                d->kind == Kind::PostgreSQL ? QStringLiteral("postgres") : database());
}

bool DbServer::exec(const QStringList &statements, QString *error, const QString &database)
{
    const ConnectionGuard guard(nextConnectionName());
    if (!open(guard.name(), error, database))
        return false;
    const QSqlDatabase db = QSqlDatabase::database(guard.name(), false);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString statement = statements.at(i).trimmed();
        if (statement.isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            setError(error,
                     QStringLiteral("statement %1 of %2 failed: %3\n%4")
                         .arg(i + 1)
                         .arg(statements.size())
                         .arg(query.lastError().text(), statement));
            return false;
        }
    }
    return true;
}

QStringList DbServer::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inDollarQuote = false;
    const auto flush = [&] {
        QStringList lines = current.split(QLatin1Char('\n'));
        current.clear();
        while (!lines.isEmpty() && isBlankOrComment(lines.constFirst()))
            lines.removeFirst();
        QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (statement.endsWith(QLatin1Char(';')))
            statement.chop(1);
        statement = statement.trimmed();
        if (!statement.isEmpty())
            statements << statement;
    };
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        current += line + QLatin1Char('\n');
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (!inDollarQuote && line.trimmed().endsWith(QLatin1Char(';')))
            flush();
    }
    flush();
    return statements;
}

} // namespace tidemark::test
