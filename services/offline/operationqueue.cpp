#include "operationqueue.h"

#include <QThread>
#include <QTimer>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <servicelog.h>

namespace Stockroom::Services {

OperationWorker::OperationWorker(ConnectionSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
}

OperationWorker::~OperationWorker() = default;

Session &OperationWorker::session()
{
    if (!m_session)
        m_session = std::make_unique<Session>(m_spec, QStringLiteral("operations"));
    return *m_session;
}

void OperationWorker::apply(const Operation &op)
{
    LedgerService ledger(session());
    auto result = applyOperation(ledger, op);
    if (result)
        Q_EMIT applied(op, result.value());
    else
        Q_EMIT failed(op, result.error());
}

void OperationWorker::loadPermissions()
{
    auto permissions = Permissions::load(session());
    if (permissions)
        Q_EMIT permissionsLoaded(permissions.value());
    else
        qCWarning(lcServices) << "cannot read the role's permissions:" << permissions.error().message;
}

void OperationWorker::shutdown()
{
    m_session.reset();
}

OperationQueue::OperationQueue(const ConnectionSpec &spec, const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new OperationWorker(spec))
    , m_retry(new QTimer(this))
    , m_journal(journalPath)
{
    qRegisterMetaType<Operation>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<Permissions>();
    qRegisterMetaType<Outcome>();
    qRegisterMetaType<QList<Outcome>>();
    m_thread->setObjectName(QStringLiteral("stockroom-operations"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OperationWorker::applied, this, &OperationQueue::onApplied);
    connect(m_worker, &OperationWorker::failed, this, &OperationQueue::onFailed);
    connect(m_worker, &OperationWorker::permissionsLoaded, this, &OperationQueue::permissionsLoaded);
    m_thread->start();

    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &OperationQueue::replay);

    if (auto loaded = m_journal.load(); !loaded)
        QTimer::singleShot(0, this, [this, message = loaded.error().message] { Q_EMIT journalError(message); });
    if (!m_journal.isEmpty())
        QTimer::singleShot(0, this, &OperationQueue::replay);
}

OperationQueue::~OperationQueue()
{
    QMetaObject::invokeMethod(m_worker, &OperationWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void OperationQueue::requestPermissions()
{
    QMetaObject::invokeMethod(m_worker, &OperationWorker::loadPermissions);
}

void OperationQueue::submit(const Operation &op)
{
    if (m_online && !m_replaying && m_journal.isEmpty()) {
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, op] { worker->apply(op); });
        return;
    }
    // Offline, or older entries are still waiting: this one goes after them.
    keep(op);
    Q_EMIT queued(op);
    if (m_online)
        replay();
}

void OperationQueue::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online) {
        m_retry->stop();
        replay();
    } else {
        m_retry->start();
    }
}

void OperationQueue::replay()
{
    if (m_replaying || m_journal.isEmpty())
        return;
    m_replaying = true;
    m_outcomes.clear();
    sendNext();
}

void OperationQueue::sendNext()
{
    if (m_journal.isEmpty()) {
        m_replaying = false;
        m_inFlightReplay.clear();
        if (!m_outcomes.isEmpty())
            Q_EMIT replayFinished(m_outcomes);
        m_outcomes.clear();
        return;
    }
    const Operation op = m_journal.pending().constFirst();
    m_inFlightReplay = op.key;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, op] { worker->apply(op); });
}

void OperationQueue::onApplied(const Operation &op, const QJsonObject &result)
{
    if (!m_online)
        setOnline(true);
    if (m_replaying && op.key == m_inFlightReplay) {
        m_outcomes.append(Outcome{op, true, {}});
        drop(op.key);
        sendNext();
        return;
    }
    Q_EMIT finished(op, result);
}

void OperationQueue::onFailed(const Operation &op, const Error &error)
{
    const bool replayed = m_replaying && op.key == m_inFlightReplay;
    if (error.kind == Error::Kind::Connection) {
        // It may or may not have been applied: kept with its key, the replay finds out without applying twice.
        if (replayed) {
            m_replaying = false;
            m_inFlightReplay.clear();
        } else {
            keep(op);
            Q_EMIT queued(op);
        }
        if (m_online)
            setOnline(false);
        m_retry->start();
        return;
    }
    if (replayed) {
        m_outcomes.append(Outcome{op, false, error.message});
        drop(op.key);
        sendNext();
        return;
    }
    Q_EMIT refused(op, error);
}

void OperationQueue::keep(const Operation &op)
{
    if (auto kept = m_journal.append(op); !kept)
        Q_EMIT journalError(kept.error().message);
    Q_EMIT journalChanged(m_journal.size());
}

void OperationQueue::drop(const QString &key)
{
    if (auto dropped = m_journal.remove(key); !dropped)
        Q_EMIT journalError(dropped.error().message);
    Q_EMIT journalChanged(m_journal.size());
}

} // namespace Stockroom::Services
