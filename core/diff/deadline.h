#pragma once

// A time limit for a diff: when it passes, the diff is cancelled (including the statements running
// on the servers), and expired() tells the diff that the limit, not the user, stopped it.

#include "diff/diff_control.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace tidemark::diff {

class Deadline final
{
public:
    Deadline(DiffControl *control, int seconds);
    ~Deadline();
    Deadline(const Deadline &) = delete;
    Deadline &operator=(const Deadline &) = delete;

    bool expired() const { return m_expired.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::atomic<bool> m_expired = false;
    std::thread m_thread;
};

} // namespace tidemark::diff
