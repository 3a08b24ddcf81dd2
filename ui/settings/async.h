#pragma once

// Runs `handler` with a worker's result on `context`'s thread once `future` has finished; nothing
// runs when `context` is destroyed first. (A QFutureWatcher owned by the context: QFuture::then
// with a context object is not reliable enough in Qt 6.4.)

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace tidemark::ui {

template<typename T, typename Handler>
void whenFinished(QObject *context, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, handler = std::move(handler)] {
        watcher->deleteLater();
        handler(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace tidemark::ui
