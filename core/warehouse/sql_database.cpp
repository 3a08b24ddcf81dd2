#include "warehouse/sql_database.h"
#include "common/translation.h"

#include "warehouse/sqlite_functions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

namespace tidemark::warehouse {

namespace {

class QueryRow final : public Row
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {
    }
    int size() const override { return m_query.record().count(); }
    QVariant value(int column) const override { return m_query.value(column); }
    bool isNull(int column) const override { return m_query.isNull(column); }

private:
    const QSqlQuery &m_query;
};

QString serverName(const ConnectionSpec &spec)
{
    return spec.port > 0 ? QStringLiteral("%1:%2").arg(spec.host).arg(spec.port) : spec.host;
}

// Turns the driver's words into one sentence that names the cause and the fix.
QString explainOpenFailure(const ConnectionSpec &spec, const QString &driverText)
{
    const QString text = driverText.toLower();
    const QString where = spec.redacted();
    if (spec.driver == Driver::SQLite)
        return Tr::tr("cannot open SQLite database %1: %2")
            .arg(spec.database, driverText.trimmed());
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("access denied"))
        || text.contains(QLatin1String("authentication failed")))
        return Tr::tr("%1: the server refused user \"%2\": wrong user name or "
                      "password (set it in the URL, "
                      "TIDEMARK_PASSWORD or the keychain)")
            .arg(where, spec.user);
    if (text.contains(QLatin1String("does not exist")) && text.contains(QLatin1String("database")))
        return Tr::tr("%1: database \"%2\" does not exist on %3; check the database name")
            .arg(where, spec.database, serverName(spec));
    if (text.contains(QLatin1String("unknown database")))
        return Tr::tr("%1: database \"%2\" does not exist on %3; check the database name")
            .arg(where, spec.database, serverName(spec));
    if (text.contains(QLatin1String("connection refused"))
        || text.contains(QLatin1String("can't connect"))
        || text.contains(QLatin1String("could not connect")))
        return Tr::tr("%1: cannot reach %2 (connection refused): is the "
                      "server running, and are the host and "
                      "port right?")
            .arg(where, serverName(spec));
    if (text.contains(QLatin1String("could not translate host name"))
        || text.contains(QLatin1String("unknown server host"))
        || text.contains(QLatin1String("name or service not known")))
        return Tr::tr("%1: unknown host \"%2\"; check the host name").arg(where, spec.host);
    if (text.contains(QLatin1String("timeout")) || text.contains(QLatin1String("timed out")))
        return Tr::tr("%1: %2 did not answer in time; check the host, the port and the network")
            .arg(where, serverName(spec));
    QString clean = driverText.simplified();
    if (!spec.password.isEmpty())
        clean.replace(spec.password, QStringLiteral("***"));
    return Tr::tr("%1: cannot connect: %2").arg(where, clean);
}

} // namespace

namespace {

// Points `db` at the server, database and user of `spec` (not SQLite's file).
void configureServer(QSqlDatabase &db, const ConnectionSpec &spec)
{
    if (spec.driver == Driver::ODBC) {
        // Qt's ODBC driver passes a string with DRIVER= or SERVER= on as it is and puts DSN=
        // before anything else.
        QString odbc = spec.odbcConnectionString;
        if (!odbc.contains(QLatin1String("DRIVER="), Qt::CaseInsensitive)
            && !odbc.contains(QLatin1String("SERVER="), Qt::CaseInsensitive)
            && odbc.startsWith(QLatin1String("DSN="), Qt::CaseInsensitive))
            odbc = odbc.mid(4);
        db.setDatabaseName(odbc);
    } else {
        db.setHostName(spec.host);
        if (spec.port > 0)
            db.setPort(spec.port);
        db.setDatabaseName(spec.database);
    }
    db.setUserName(spec.user);
    db.setPassword(spec.password);
}

// The engine behind an ODBC connection, from what it answers (the driver's DBMS name is not
// reachable through Qt): PostgreSQL and MySQL/MariaDB get their own dialects; anything else
// (SQLite's ODBC driver included: Tidemark's SQLite functions cannot be registered through it)
// the standard one.
Driver engineBehindOdbc(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version()")) && q.next()) {
        const QString version = q.value(0).toString();
        if (version.startsWith(QLatin1String("PostgreSQL"))
            && !version.contains(QLatin1String("Redshift"), Qt::CaseInsensitive))
            return Driver::PostgreSQL;
    }
    QSqlQuery mysql(db);
    if (mysql.exec(QStringLiteral("SELECT @@version_comment")) && mysql.next())
        return Driver::MySQL;
    return Driver::ODBC;
}

} // namespace

Expected<std::unique_ptr<Database>> openDatabase(const ConnectionSpec &spec)
{
    return SqlDatabase::open(spec);
}

SqlDatabase::SqlDatabase(ConnectionSpec spec, QString connectionName)
    : m_spec(std::move(spec))
    , m_dialect(makeDialect(m_spec.driver))
    , m_connectionName(std::move(connectionName))
{
}

SqlDatabase::~SqlDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>> SqlDatabase::open(const ConnectionSpec &spec)
{
    const QString name
        = QStringLiteral("tidemark-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QSqlDatabase::isDriverAvailable(spec.qtDriverName())) {
        return Error {Tr::tr("the Qt Sql driver %1 for %2 is not installed (Debian: libqt6sql6-%3)")
                          .arg(spec.qtDriverName(), QString::fromLatin1(toString(spec.driver)),
                               spec.driver == Driver::PostgreSQL   ? QStringLiteral("psql")
                                   : spec.driver == Driver::MySQL  ? QStringLiteral("mysql")
                                   : spec.driver == Driver::SQLite ? QStringLiteral("sqlite")
                                                                   : QStringLiteral("odbc"))};
    }
    std::unique_ptr<SqlDatabase> self(new SqlDatabase(spec, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.qtDriverName(), name);
        switch (spec.driver) {
        case Driver::SQLite:
            if (spec.database != QLatin1String(":memory:") && !QFileInfo::exists(spec.database))
                return Error {
                    Tr::tr("SQLite database %1 does not exist; check the path in the sqlite:// URL")
                        .arg(spec.database)};
            db.setDatabaseName(spec.database);
            break;
        case Driver::ODBC: configureServer(db, spec); break;
        case Driver::PostgreSQL:
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
            [[fallthrough]];
        case Driver::MySQL:
            if (spec.driver == Driver::MySQL)
                db.setConnectOptions(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=10"));
            configureServer(db, spec);
            break;
        }
        if (!db.open())
            return Error {explainOpenFailure(spec, db.lastError().text())};

        if (spec.driver == Driver::ODBC)
            self->m_dialect = makeDialect(engineBehindOdbc(db));
        const Driver engine = self->m_dialect->driver();
        for (const QString &statement : self->m_dialect->sessionSetup()) {
            QSqlQuery q(db);
            q.exec(statement); // optional tuning; a server without the setting keeps its default
        }
        QSqlQuery q(db);
        if (engine == Driver::PostgreSQL && q.exec(QStringLiteral("SELECT pg_backend_pid()"))
            && q.next())
            self->m_serverSession = q.value(0).toLongLong();
        else if (engine == Driver::MySQL && q.exec(QStringLiteral("SELECT CONNECTION_ID()"))
                 && q.next())
            self->m_serverSession = q.value(0).toLongLong();
        if (spec.driver == Driver::SQLite) {
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
                self->m_sqliteHandle = sqlite;
                if (!sqlite || !registerSqliteFunctions(sqlite))
                    return Error {Tr::tr("SQLite database %1: cannot register Tidemark's functions")
                                      .arg(spec.database)};
                // A statement that started just after a cancel (sqlite3_interrupt() reaches only
                // running ones) stops at its next few thousand instructions.
                sqlite3_progress_handler(
                    sqlite, 4096,
                    [](void *database) -> int {
                        return static_cast<SqlDatabase *>(database)->stopWanted() ? 1 : 0;
                    },
                    self.get());
            }
        }
    }
    return std::unique_ptr<Database>(std::move(self));
}

QString SqlDatabase::describeFailure(const QString &databaseText, const QString &sql) const
{
    QString text = databaseText.simplified();
    if (!m_spec.password.isEmpty())
        text.replace(m_spec.password, QStringLiteral("***"));
    Q_UNUSED(sql)
    return Tr::tr("%1: %2").arg(m_spec.redacted(), text);
}

bool SqlDatabase::stopWanted() const
{
    return m_cancelled || (m_cancelCheck && m_cancelCheck());
}

void SqlDatabase::setCancelCheck(std::function<bool()> cancelled)
{
    m_cancelCheck = std::move(cancelled);
}

Expected<void> SqlDatabase::run(const QString &sql, const QVariantList &values,
                                const RowCallback *onRow)
{
    m_cancelled = false;
    if (m_cancelCheck && m_cancelCheck())
        return Error {Tr::tr("%1: the query was cancelled").arg(m_spec.redacted())};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            // MariaDB's ODBC driver receives QODBC's UTF-16 text parameters as NULL: they go to
            // it as UTF-8 bytes.
            const bool utf8Text
                = m_spec.driver == Driver::ODBC && m_dialect->driver() == Driver::MySQL;
            for (qsizetype i = 0; i < values.size(); ++i) {
                QVariant value = values.at(i);
                if (utf8Text && value.metaType().id() == QMetaType::QString)
                    value = value.isNull() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(value.toString().toUtf8());
                q.bindValue(int(i), value);
            }
            ok = q.exec();
        }
    }
    if (!ok) {
        if (stopWanted())
            return Error {Tr::tr("%1: the query was cancelled").arg(m_spec.redacted())};
        return Error {describeFailure(q.lastError().text(), sql)};
    }
    if (onRow) {
        const QueryRow row(q);
        while (q.next()) {
            if (stopWanted())
                return Error {Tr::tr("%1: the query was cancelled").arg(m_spec.redacted())};
            if (!(*onRow)(row))
                break;
        }
        if (q.lastError().isValid()) {
            if (stopWanted())
                return Error {Tr::tr("%1: the query was cancelled").arg(m_spec.redacted())};
            return Error {describeFailure(q.lastError().text(), sql)};
        }
    }
    if (stopWanted())
        return Error {Tr::tr("%1: the query was cancelled").arg(m_spec.redacted())};
    return {};
}

Expected<void> SqlDatabase::execute(const QString &sql)
{
    return run(sql, {}, nullptr);
}

Expected<void> SqlDatabase::query(const QString &sql, const QVariantList &values,
                                  const RowCallback &onRow)
{
    return run(sql, values, onRow ? &onRow : nullptr); // no callback: rows are not read
}

void SqlDatabase::cancel()
{
    m_cancelled = true;
    if (m_spec.driver == Driver::SQLite) {
        if (m_sqliteHandle)
            sqlite3_interrupt(static_cast<sqlite3 *>(m_sqliteHandle));
        return;
    }
    if (m_serverSession < 0)
        return;
    // Ask the server, over a short-lived second connection, to stop this session's statement.
    const QString name = m_connectionName + QStringLiteral("-cancel-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_spec.qtDriverName(), name);
        configureServer(db, m_spec);
        if (db.open()) {
            QSqlQuery q(db);
            if (m_dialect->driver() == Driver::PostgreSQL)
                q.exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(m_serverSession));
            else if (m_dialect->driver() == Driver::MySQL)
                q.exec(QStringLiteral("KILL QUERY %1").arg(m_serverSession));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

Expected<void> SqlDatabase::attachSqliteSchema(const QString &schema)
{
    bool attached = false;
    auto listed
        = query(QStringLiteral("SELECT name FROM pragma_database_list"), {}, [&](const Row &row) {
              attached = attached || row.value(0).toString() == schema;
              return !attached;
          });
    if (!listed)
        return listed.error();
    if (attached || m_spec.database == QLatin1String(":memory:"))
        return {};
    const QString file
        = QFileInfo(m_spec.database).absoluteDir().filePath(schema + QStringLiteral(".db"));
    if (!QFileInfo::exists(file)) {
        return Error {
            Tr::tr(
                "%1: schema \"%2\" is not attached and its file %3 does not exist; for SQLite each "
                "schema is a database file beside the main one")
                .arg(m_spec.redacted(), schema, file)};
    }
    return query(QStringLiteral("ATTACH DATABASE ? AS ") + m_dialect->quote(schema), {file}, {});
}

Expected<std::vector<ColumnInfo>> SqlDatabase::columns(const TableName &table)
{
    std::vector<ColumnInfo> out;
    QString sql;
    QVariantList values;
    switch (m_dialect->driver()) { // the engine: an ODBC connection's too
    case Driver::PostgreSQL:
        sql = QStringLiteral("SELECT column_name, CASE WHEN data_type = 'USER-DEFINED' THEN "
                             "udt_name ELSE data_type END, "
                             "ordinal_position, numeric_scale FROM information_schema.columns "
                             "WHERE table_schema = COALESCE(?, current_schema()) AND table_name = "
                             "? ORDER BY ordinal_position");
        values = {table.schema().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(table.schema()),
                  table.table()};
        break;
    case Driver::MySQL:
        sql = QStringLiteral("SELECT column_name, column_type, ordinal_position, numeric_scale "
                             "FROM information_schema.columns "
                             "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ? "
                             "ORDER BY ordinal_position");
        values = {table.schema().isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                           : QVariant(table.schema()),
                  table.table()};
        break;
    case Driver::SQLite:
        if (!table.schema().isEmpty()) {
            if (auto attached = attachSqliteSchema(table.schema()); !attached)
                return attached.error();
        }
        sql = table.schema().isEmpty()
            ? QStringLiteral("SELECT name, type, cid + 1, NULL FROM pragma_table_info(?)")
            : QStringLiteral("SELECT name, type, cid + 1, NULL FROM pragma_table_info(?, ?)");
        values = {table.table()};
        if (!table.schema().isEmpty())
            values << table.schema();
        break;
    case Driver::ODBC: {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        const QSqlRecord record = db.record(table.parts.join(QLatin1Char('.')));
        for (int i = 0; i < record.count(); ++i) {
            ColumnInfo c;
            c.name = record.fieldName(i);
            c.type = QString::fromLatin1(record.field(i).metaType().name());
            c.typeClass = m_dialect->typeClass(c.type);
            c.position = i + 1;
            out.push_back(c);
        }
        if (out.empty())
            return Error {Tr::tr("%1: table %2 does not exist or has no columns")
                              .arg(m_spec.redacted(), table.display())};
        return out;
    }
    }
    auto result = query(sql, values, [&](const Row &row) {
        ColumnInfo c;
        c.name = row.value(0).toString();
        c.type = row.value(1).toString();
        c.position = row.value(2).toInt();
        c.scale = row.isNull(3) ? -1 : row.value(3).toInt();
        c.typeClass = m_dialect->typeClass(c.type);
        out.push_back(std::move(c));
        return true;
    });
    if (!result)
        return result.error();
    if (out.empty()) {
        const QString where
            = table.schema().isEmpty() ? QString() : Tr::tr(" (schema \"%1\")").arg(table.schema());
        return Error {
            Tr::tr("%1: table %2 does not exist%3; check the name, its schema and its case")
                .arg(m_spec.redacted(), table.display(), where)};
    }
    return out;
}

} // namespace tidemark::warehouse
