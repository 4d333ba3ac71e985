#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <connection/connectionspec.h>
#include <connection/session.h>
#include <functional>
#include <result.h>

namespace Stockroom::Ui {

// One-shot ledger work off the GUI thread: work runs on a pool thread with a session of its own, and done
// gets its result on context's thread — unless context is destroyed first, then the result is dropped.
template <typename T>
void runLedgerTask(QObject *context, const Services::ConnectionSpec &spec,
                   std::function<Services::Result<T>(Services::Session &)> work,
                   std::function<void(const Services::Result<T> &)> done)
{
    auto *watcher = new QFutureWatcher<Services::Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([spec, work]() -> Services::Result<T> {
        Services::Session session(spec, QStringLiteral("task"));
        return work(session);
    }));
}

} // namespace Stockroom::Ui
