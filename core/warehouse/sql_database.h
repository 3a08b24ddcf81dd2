#pragma once

// Database over Qt Sql (QPSQL, QMYSQL, QSQLITE, QODBC): one named QSqlDatabase connection opened on
// the calling thread, closed and removed with the object.

#include "warehouse/database.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace tidemark::warehouse {

class SqlDatabase final : public Database
{
public:
    ~SqlDatabase() override;

    static Expected<std::unique_ptr<Database>> open(const ConnectionSpec &spec);

    const ConnectionSpec &spec() const override { return m_spec; }
    const Dialect &dialect() const override { return *m_dialect; }

    Expected<std::vector<ColumnInfo>> columns(const TableName &table) override;
    Expected<void> execute(const QString &sql) override;
    Expected<void> query(const QString &sql, const QVariantList &values,
                         const RowCallback &onRow) override;
    void cancel() override;
    void setCancelCheck(std::function<bool()> cancelled) override;

private:
    SqlDatabase(ConnectionSpec spec, QString connectionName);

    Expected<void> run(const QString &sql, const QVariantList &values, const RowCallback *onRow);
    // SQLite: attaches <folder of the main file>/<schema>.db as `schema` when it exists and is
    // not attached yet (dbt-sqlite's schema_directory convention).
    Expected<void> attachSqliteSchema(const QString &schema);
    QString describeFailure(const QString &databaseText, const QString &sql) const;

    ConnectionSpec m_spec;
    std::unique_ptr<Dialect> m_dialect;
    QString m_connectionName;
    qint64 m_serverSession = -1; // backend pid (PostgreSQL) or connection id (MySQL)
    void *m_sqliteHandle = nullptr;
    bool stopWanted() const;

    std::atomic<bool> m_cancelled = false; // the running statement was stopped by cancel()
    std::function<bool()> m_cancelCheck;
};

} // namespace tidemark::warehouse
