#pragma once

// Throwaway database servers for the tests that need a real PostgreSQL or MariaDB.
//
// DbServer::start() creates a temporary directory under /tmp, initialises a fresh cluster in it
// and starts the server on a free loopback port (127.0.0.1 only, a Unix socket in that directory,
// durability off for speed, time zone UTC). It creates a login `tidemark` with a random password
// and all privileges, and a database `tidemark_test` (UTF-8). The destructor stops the server and
// deletes the directory.
//
// When the tests run as root (as in CI), the server processes run as the unprivileged user
// `nobody` (PostgreSQL refuses to run as root), and the temporary directory belongs to it; a
// developer's tests run them as themselves. Every server process is a direct child of the test
// started through `setpriv --pdeathsig=KILL`, so a test that crashes or is killed takes its
// servers with it; the directory it leaves behind is removed by the next DbServer::start().
// Passwords never appear on a command line: initdb reads a password file, MariaDB an init file,
// both deleted once the server is up.
//
// Needs: PostgreSQL (initdb, postgres; /usr/lib/postgresql/<version>/bin, or the directory in
// TIDEMARK_PG_BINDIR) and MariaDB (mariadb-install-db, mariadbd) installed, and the Qt Sql drivers
// QPSQL and QMYSQL (Debian: libqt6sql6-psql, libqt6sql6-mysql).

#include <QString>
#include <QStringList>

#include <memory>

namespace tidemark::test {

class DbServer
{
public:
    enum class Kind { PostgreSQL, MariaDB };

    // Starts a server; nullptr and a message (with the end of the server's log) on failure.
    // Takes about a second.
    static std::unique_ptr<DbServer> start(Kind kind, QString *error);
    // Whether the server programs and the Qt Sql driver for `kind` are installed; if not, why.
    static bool isAvailable(Kind kind, QString *why = nullptr);
    // The path of one of PostgreSQL's programs (psql, pg_dump, ...), from the server's directory.
    static QString postgresProgram(const QString &name);

    ~DbServer();
    DbServer(const DbServer &) = delete;
    DbServer &operator=(const DbServer &) = delete;

    Kind kind() const;
    QString host() const; // "127.0.0.1"
    int port() const;
    QString
    user() const; // "tidemark": PostgreSQL superuser / MariaDB user with ALL ... WITH GRANT OPTION
    QString password() const; // random per server, letters and digits only
    QString database() const; // "tidemark_test"
    // postgresql://tidemark:PW@127.0.0.1:PORT/tidemark_test,
    // mysql://tidemark:PW@127.0.0.1:PORT/tidemark_test
    QString url() const;
    QString urlWithoutPassword() const;
    // The same through Debian's ODBC driver ("PostgreSQL Unicode" of odbc-postgresql, "MariaDB
    // Unicode" of odbc-mariadb), as an odbc:///?driver=... URL with the password in it.
    QString odbcUrl(const QString &database = {}) const;
    QString driverName() const; // "QPSQL" or "QMYSQL"
    QString
    directory() const; // the temporary directory (data, socket, log); gone after destruction
    QString logFile() const; // the server's stdout and stderr
    QString logTail(int lines = 40) const;
    qint64 processId() const; // of the server (the postmaster, mariadbd)

    // Creates an extra database (UTF-8), for cross-database diffs.
    bool createDatabase(const QString &name, QString *error);
    // Runs each element of `statements` as one statement, in order, as the test user on
    // `database` (default: database()), through QPSQL / QMYSQL in autocommit mode; stops at the
    // first failure. Use splitStatements() for a script.
    bool exec(const QStringList &statements, QString *error, const QString &database = {});

    // Adds and opens a Qt Sql connection named `connectionName` as the test user on `database`
    // (default: database()). The caller closes it and calls QSqlDatabase::removeDatabase().
    bool open(const QString &connectionName, QString *error, const QString &database = {}) const;

    // Splits an SQL script into statements at the semicolons that end a line (outside $$ ... $$
    // bodies); drops the semicolons and the pieces that are only blank lines and -- comments.
    static QStringList splitStatements(const QString &script);

private:
    struct Private;
    explicit DbServer(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace tidemark::test
