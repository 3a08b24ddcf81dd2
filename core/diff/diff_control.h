#pragma once

// Shared between a running diff (on its worker thread) and whoever watches it: progress reports,
// and cancellation that also stops the statements running on the servers.

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace tidemark::warehouse {
class Database;
}

namespace tidemark::diff {

class DiffControl final
{
public:
    using ProgressCallback = std::function<void(double fraction, const QString &stage)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void report(double fraction, const QString &stage) const
    {
        if (m_progress)
            m_progress(fraction, stage);
    }

    // Thread-safe. Running statements on attached databases are cancelled on their servers.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    void attach(warehouse::Database *db);
    void detach(warehouse::Database *db);

private:
    ProgressCallback m_progress;
    std::atomic<bool> m_cancelled = false;
    QMutex m_mutex;
    std::vector<warehouse::Database *> m_databases;
};

// Attaches a database to a control for the lifetime of the scope.
class AttachedDatabase final
{
public:
    AttachedDatabase(DiffControl *control, warehouse::Database *db) : m_control(control), m_db(db)
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
