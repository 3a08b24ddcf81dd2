#pragma once

// The two sides of a cross-database diff run at the same time: each side gets a thread of its own
// with a connection of its own (opened there, used only there, attached to the DiffControl so that
// cancel() stops its statements). When a second connection cannot be opened (an in-memory SQLite
// database), the side's work runs on the calling thread with the caller's connection instead.
// Sorted streams travel from a side to the merging thread through a RowQueue.

#include "common/expected.h"
#include "diff/diff_control.h"
#include "warehouse/database.h"

#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace tidemark::diff::hashdiff {

class SideWorker final
{
public:
    using Task = std::function<void(warehouse::Database &)>;

    // `setup`: statements run once on the side's own connection (session tuning; failures ignored).
    SideWorker(warehouse::Database &callerDb, DiffControl *control, QStringList setup = {});
    ~SideWorker();
    SideWorker(const SideWorker &) = delete;
    SideWorker &operator=(const SideWorker &) = delete;

    bool threaded() const { return m_threaded; }
    // Runs `task` with this side's connection: queued on the side's thread, or at once (inline).
    std::future<void> post(Task task);

private:
    void loop(std::promise<bool> *opened);

    warehouse::Database &m_callerDb;
    DiffControl *m_control;
    QStringList m_setup;
    bool m_threaded = false;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void(warehouse::Database &)>> m_tasks;
    bool m_stop = false;
};

// One row of a sorted stream: the encoded key and the row hash.
// A row's values as the diff compares and shows them: the raw keys and values, and each compared
// value's canonical text.
struct FetchedRow
{
    QVariantList rawKeys;
    QVariantList rawValues;
    QVariantList canonical;
};

// One row of a sorted stream: the encoded key, the row hash and, when the stream carries them, the
// row's values.
struct StreamRow
{
    QByteArray key;
    quint64 hash = 0;
    std::shared_ptr<const FetchedRow> row;
};

// Batches of rows from a producer (a side's query) to the consumer (the merge). Bounded when the
// producer runs on another thread, so that memory stays small; unbounded for inline producers,
// which run to the end before the consumer starts.
class RowQueue final
{
public:
    explicit RowQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Producer: false when the consumer has gone (stop reading).
    bool push(std::vector<StreamRow> &&batch);
    void finish(std::optional<Error> error);

    // Consumer: the next batch; false at the end (see error()) or when `stopped` says so.
    bool pop(std::vector<StreamRow> *batch, const std::function<bool()> &stopped);
    void close(); // the consumer stops reading; producers return at once
    std::optional<Error> error() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<StreamRow>> m_batches;
    size_t m_capacity; // 0: unbounded
    bool m_finished = false;
    bool m_closed = false;
    std::optional<Error> m_error;
};

} // namespace tidemark::diff::hashdiff
