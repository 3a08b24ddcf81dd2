#include "warehouse/connection_spec.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace tidemark::warehouse {

const char *toString(Driver driver)
{
    switch (driver) {
    case Driver::PostgreSQL: return "postgresql";
    case Driver::MySQL: return "mysql";
    case Driver::SQLite: return "sqlite";
    case Driver::ODBC: return "odbc";
    }
    return "";
}

QString ConnectionSpec::qtDriverName() const
{
    switch (driver) {
    case Driver::PostgreSQL: return QStringLiteral("QPSQL");
    case Driver::MySQL: return QStringLiteral("QMYSQL");
    case Driver::SQLite: return QStringLiteral("QSQLITE");
    case Driver::ODBC: return QStringLiteral("QODBC");
    }
    return {};
}

QString ConnectionSpec::redacted() const
{
    switch (driver) {
    case Driver::SQLite:
        return QStringLiteral("sqlite://")
            + (database.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("")) + database;
    case Driver::ODBC:
        return QStringLiteral("odbc://") + odbcConnectionString.section(QLatin1Char(';'), 0, 0);
    default: {
        QString out = QString::fromLatin1(toString(driver)) + QStringLiteral("://");
        if (!user.isEmpty())
            out += user + QLatin1Char('@');
        out += host;
        if (port > 0)
            out += QLatin1Char(':') + QString::number(port);
        return out + QLatin1Char('/') + database;
    }
    }
}

bool ConnectionSpec::sameServerAndDatabase(const ConnectionSpec &other) const
{
    return driver == other.driver && host == other.host && port == other.port
        && database == other.database && user == other.user
        && odbcConnectionString == other.odbcConnectionString;
}

Expected<ConnectionSpec> parseConnectionUrl(const QString &text, const QString &fallbackPassword)
{
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd <= 0) {
        return Error {
            Tr::tr("\"%1\" is not a connection URL; write postgresql://user@host:port/database, "
                   "mysql://user@host:port/database, sqlite:///path/to/file.db or odbc://DSN")
                .arg(text.section(QLatin1Char('@'), -1))};
    }
    const QString scheme = text.left(schemeEnd).toLower();
    ConnectionSpec spec;
    if (scheme == QLatin1String("sqlite")) {
        spec.driver = Driver::SQLite;
        QString path = text.mid(schemeEnd + 3);
        if (path.isEmpty())
            return Error {Tr::tr(
                "sqlite:// needs a file: sqlite:///absolute/path.db or sqlite://relative/path.db")};
        if (path != QLatin1String(":memory:"))
            path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        spec.database = path;
        return spec;
    }
    if (scheme == QLatin1String("odbc")) {
        spec.driver = Driver::ODBC;
        const QString rest = text.mid(schemeEnd + 3);
        if (rest.startsWith(QLatin1String("/?"))) {
            const QUrlQuery query(rest.mid(2));
            QStringList parts;
            for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded)) {
                if (k.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0
                    || k.compare(QLatin1String("pwd"), Qt::CaseInsensitive) == 0) {
                    spec.password = v;
                    continue;
                }
                if (k.compare(QLatin1String("uid"), Qt::CaseInsensitive) == 0
                    || k.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0) {
                    spec.user = v; // handed to the driver apart, as the password is
                    continue;
                }
                parts << k + QLatin1Char('=') + v;
            }
            spec.odbcConnectionString = parts.join(QLatin1Char(';'));
        } else if (!rest.isEmpty()) {
            spec.odbcConnectionString
                = QStringLiteral("DSN=") + QUrl::fromPercentEncoding(rest.toUtf8());
        } else {
            return Error {
                Tr::tr("odbc:// needs a DSN (odbc://MyDSN) or a driver (odbc:///?driver=...)")};
        }
        if (spec.password.isEmpty())
            spec.password = fallbackPassword;
        return spec;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        spec.driver = Driver::PostgreSQL;
    } else if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        spec.driver = Driver::MySQL;
    } else {
        return Error {
            Tr::tr("unsupported database \"%1://\": use postgresql, mysql, sqlite or odbc")
                .arg(scheme)};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error {Tr::tr("%1:// URL is malformed; write %1://user@host:port/database")
                          .arg(QString::fromLatin1(toString(spec.driver)))};
    }
    spec.host = url.host();
    spec.port = url.port(0);
    spec.user = url.userName(QUrl::FullyDecoded);
    spec.password = url.password(QUrl::FullyDecoded);
    if (spec.password.isEmpty())
        spec.password = fallbackPassword;
    spec.database = url.path(QUrl::FullyDecoded).mid(1);
    if (spec.database.isEmpty()) {
        return Error {Tr::tr("%1 names no database; add it after the host: %2/DATABASE")
                          .arg(spec.redacted(), spec.redacted().chopped(1))};
    }
    return spec;
}

} // namespace tidemark::warehouse
