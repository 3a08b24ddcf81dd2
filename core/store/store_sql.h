#pragma once

// Small helpers of the results store: immediate transactions that roll back unless committed,
// errors in one sentence, and the stored form of times and JSON.

#include "common/expected.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace tidemark::store {

// BEGIN IMMEDIATE takes the write lock at the start (waiting up to the busy timeout), so a
// transaction never fails half-way because another process wrote first. Rolls back when it goes
// out of scope uncommitted.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
    {
    }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Expected<void> begin(); // the error carries the driver's text only; see sqlError()
    Expected<void> commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

// "<action>: <cause>; <fix>" from the driver's error. `action` names what failed, e.g.
// "cannot save the plan of run 3 in the results store /x/results.sqlite".
Error sqlError(const QString &action, const QSqlError &error, const QString &path);
Error sqlError(const QString &action, const Error &driverError, const QString &path);

// Times are stored as UTC ISO 8601 text with milliseconds ("2024-05-01T12:00:00.000Z").
QString storedTime(const QDateTime &time);
QString storedNow();
QDateTime timeFromStored(const QVariant &value);

// JSON is stored as compact text; null JSON as NULL.
QVariant storedJson(const nlohmann::json &json);
// Null JSON for NULL; an error for text that is not JSON.
Expected<nlohmann::json> jsonFromStored(const QVariant &value);

} // namespace tidemark::store
