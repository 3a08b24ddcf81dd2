#include "diff/deadline.h"

#include <chrono>

namespace tidemark::diff {

Deadline::Deadline(DiffControl *control, int seconds)
{
    if (seconds <= 0 || !control)
        return;
    m_thread = std::thread([this, control, seconds] {
        std::unique_lock lock(m_mutex);
        if (!m_wake.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_done; })) {
            m_expired = true;
            control->cancel();
        }
    });
}

Deadline::~Deadline()
{
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tidemark::diff
