#pragma once

// Shared between a running diff (on its worker thread) and whoever watches it: progress reports,
// and cancellation (the core's one token) that also stops the statements running on the servers.

#include "common/cancellation.h"

#include <QMutex>
#include <QString>

#include <functional>
#include <map>

namespace tidemark::warehouse {
class Database;
}

namespace tidemark::diff {

class DiffControl final : public Cancellation
{
public:
    using ProgressCallback = std::function<void(double fraction, const QString &stage)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void report(double fraction, const QString &stage) const
    {
        if (m_progress)
            m_progress(fraction, stage);
    }

    // Statements running on an attached database are cancelled on its server by cancel(), and
    // the database checks the token between statements. Thread-safe.
    void attach(warehouse::Database *db);
    void detach(warehouse::Database *db);

private:
    ProgressCallback m_progress;
    QMutex m_mutex;
    std::map<warehouse::Database *, int> m_databases; // each one's cancel callback
};

// Attaches a database to a control for the lifetime of the scope.
class AttachedDatabase final
{
public:
    AttachedDatabase(DiffControl *control, warehouse::Database *db)
        : m_control(control)
        , m_db(db)
    {
        if (m_control)
            m_control->attach(m_db);
    }
    ~AttachedDatabase()
    {
        if (m_control)
            m_control->detach(m_db);
    }
    AttachedDatabase(const AttachedDatabase &) = delete;
    AttachedDatabase &operator=(const AttachedDatabase &) = delete;

private:
    DiffControl *m_control;
    warehouse::Database *m_db;
};

} // namespace tidemark::diff
