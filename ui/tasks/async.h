#pragma once

// The desktop app's one way to run work off the GUI thread: `work` runs on Qt's thread pool and
// `handler` gets its result on `context`'s thread; nothing runs when `context` is destroyed first,
// and nothing ever waits on the GUI thread. Work that may be stopped takes a Cancellation
// (core/common/cancellation.h) and honours it. (A QFutureWatcher owned by the context:
// QFuture::then with a context object is not reliable enough in Qt 6.4.)

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace tidemark::ui {

template<typename T, typename Handler>
void whenFinished(QObject *context, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)] {
                         watcher->deleteLater();
                         handler(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

template<typename Work, typename Handler>
void runAsync(QObject *context, Work work, Handler handler)
{
    using T = std::invoke_result_t<Work>;
    whenFinished<T>(context, QtConcurrent::run(std::move(work)), std::move(handler));
}

} // namespace tidemark::ui
