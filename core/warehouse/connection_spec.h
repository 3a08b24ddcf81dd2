#pragma once

// Where a warehouse is: parsed from the connection URLs open-source data-diff users know
// (postgresql://user[:password]@host[:port]/database, mysql://..., sqlite:///abs/path.db,
// sqlite://relative/path.db, odbc://DSN, odbc:///?driver=...). The password never appears in what
// this prints.

#include "common/expected.h"

#include <QString>

namespace tidemark::warehouse {

enum class Driver { PostgreSQL, MySQL, SQLite, ODBC };

const char *toString(Driver driver);

struct ConnectionSpec
{
    Driver driver = Driver::PostgreSQL;
    QString host;
    int port = 0; // 0: the driver's default
    QString database; // SQLite: the file path
    QString user;
    QString password;
    QString odbcConnectionString; // ODBC: "DSN=name" or "DRIVER={...};..."

    // The URL with the password left out, for messages and logs.
    QString redacted() const;
    // The Qt Sql driver name: QPSQL, QMYSQL, QSQLITE or QODBC.
    QString qtDriverName() const;
    bool sameServerAndDatabase(const ConnectionSpec &other) const;
};

// Parses a connection URL. When the URL carries no password, `fallbackPassword` (for example the
// TIDEMARK_PASSWORD environment variable, or the keychain's) is used.
Expected<ConnectionSpec> parseConnectionUrl(const QString &url,
                                            const QString &fallbackPassword = {});

} // namespace tidemark::warehouse
