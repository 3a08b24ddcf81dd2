#include "diff/hash/worker.h"

#include <chrono>

namespace tidemark::diff::hashdiff {

SideWorker::SideWorker(warehouse::Database &callerDb, DiffControl *control, QStringList setup)
    : m_callerDb(callerDb)
    , m_control(control)
    , m_setup(std::move(setup))
{
    const warehouse::ConnectionSpec &spec = callerDb.spec();
    if (spec.driver == warehouse::Driver::SQLite
        && (spec.database == QLatin1String(":memory:") || spec.database.isEmpty()))
        return; // another connection would see another database
    std::promise<bool> opened;
    std::future<bool> isOpen = opened.get_future();
    m_thread = std::thread([this, &opened] { loop(&opened); });
    m_threaded = isOpen.get();
    if (!m_threaded)
        m_thread.join();
}

SideWorker::~SideWorker()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SideWorker::loop(std::promise<bool> *opened)
{
    auto db = warehouse::openDatabase(m_callerDb.spec());
    if (!db) {
        opened->set_value(false);
        return;
    }
    std::unique_ptr<warehouse::Database> own = std::move(*db);
    for (const QString &statement : std::as_const(m_setup))
        (void)own->execute(
            statement); // tuning only: a server without the setting keeps its default
    {
        const AttachedDatabase attached(m_control, own.get());
        opened->set_value(true);
        for (;;) {
            std::packaged_task<void(warehouse::Database &)> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
                if (m_tasks.empty())
                    break;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task(*own);
        }
    }
    own.reset(); // closed on the thread that opened it
}

std::future<void> SideWorker::post(Task task)
{
    std::packaged_task<void(warehouse::Database &)> packaged(std::move(task));
    std::future<void> done = packaged.get_future();
    if (!m_threaded) {
        packaged(m_callerDb);
        return done;
    }
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(packaged));
    }
    m_wake.notify_all();
    return done;
}

bool RowQueue::push(std::vector<StreamRow> &&batch)
{
    std::unique_lock lock(m_mutex);
    if (m_capacity > 0)
        m_changed.wait(lock, [this] { return m_closed || m_batches.size() < m_capacity; });
    if (m_closed)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

void RowQueue::finish(std::optional<Error> error)
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = std::move(error);
    m_changed.notify_all();
}

bool RowQueue::pop(std::vector<StreamRow> *batch, const std::function<bool()> &stopped)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_batches.empty()) {
            *batch = std::move(m_batches.front());
            m_batches.pop_front();
            m_changed.notify_all();
            return true;
        }
        if (m_finished || m_closed)
            return false;
        if (stopped && stopped())
            return false;
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
}

void RowQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_batches.clear();
    m_changed.notify_all();
}

std::optional<Error> RowQueue::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace tidemark::diff::hashdiff
