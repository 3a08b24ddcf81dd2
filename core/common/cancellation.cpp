#include "common/cancellation.h"

#include <QDeadlineTimer>

namespace tidemark {

void Cancellation::cancel()
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled.exchange(true, std::memory_order_acq_rel))
        return;
    m_wake.wakeAll();
    // Under the lock, so that remove() cannot return while a callback runs (what it cancels,
    // a connection or a request, may be gone right after).
    for (const auto &[id, callback] : m_callbacks)
        callback();
}

bool Cancellation::sleepFor(std::chrono::milliseconds duration) const
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(duration.count());
    while (!isCancelled()) {
        if (!m_wake.wait(&m_mutex, deadline))
            return !isCancelled();
    }
    return false;
}

int Cancellation::onCancel(std::function<void()> callback)
{
    QMutexLocker lock(&m_mutex);
    if (isCancelled()) {
        callback();
        return 0;
    }
    const int id = m_nextId++;
    m_callbacks.emplace(id, std::move(callback));
    return id;
}

void Cancellation::remove(int id)
{
    QMutexLocker lock(&m_mutex);
    m_callbacks.erase(id);
}

} // namespace tidemark
