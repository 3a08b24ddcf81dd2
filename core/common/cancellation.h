#pragma once

// One way to cancel work, whatever it waits on. A Cancellation is shared between the thread that
// does the work and whoever may stop it (the GUI, a signal handler's flag, a test). Every wait in
// the core honours it: statements on a warehouse (cancelled on the server through onCancel), HTTP
// requests and their retry back-off, the pause between looks at a running dbt Cloud job, keychain
// jobs. Thread-safe throughout.

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>

namespace tidemark {

class Cancellation
{
public:
    Cancellation() = default;
    Cancellation(const Cancellation &) = delete;
    Cancellation &operator=(const Cancellation &) = delete;
    virtual ~Cancellation() = default;

    // Marks the work cancelled, wakes every sleepFor() and runs each registered callback once.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    // Sleeps up to `duration`; returns false at once when cancelled (before or during the wait).
    bool sleepFor(std::chrono::milliseconds duration) const;

    // `callback` runs (on the cancelling thread) when cancel() is called, or at once when it was
    // already. The returned id removes it; a callback is never running once remove() returned.
    int onCancel(std::function<void()> callback);
    void remove(int id);

private:
    std::atomic<bool> m_cancelled = false;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_wake;
    std::map<int, std::function<void()>> m_callbacks;
    int m_nextId = 1;
};

// A callback registered for the lifetime of a scope; a null token registers nothing.
class CancelCallback final
{
public:
    CancelCallback(Cancellation *token, std::function<void()> callback)
        : m_token(token)
        , m_id(token ? token->onCancel(std::move(callback)) : 0)
    {
    }
    ~CancelCallback()
    {
        if (m_token)
            m_token->remove(m_id);
    }
    CancelCallback(const CancelCallback &) = delete;
    CancelCallback &operator=(const CancelCallback &) = delete;

private:
    Cancellation *m_token;
    int m_id;
};

} // namespace tidemark
