#include "readworker.h"

#include "modelslog.h"

#include <QThread>

#include <connection/session.h>
#include <ledger/ledgerservice.h>

namespace Stockroom::Models {

using namespace Services;

ReadWorker::ReadWorker(ConnectionSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
}

ReadWorker::~ReadWorker() = default;

Session &ReadWorker::session()
{
    if (!m_session)
        m_session = std::make_unique<Session>(m_spec, QStringLiteral("read"));
    return *m_session;
}

void ReadWorker::loadPage(quint64 requestId, const StockPageRequest &request)
{
    StockPageRequest ask = request;
    ask.limit = request.limit + 1; // one more tells whether another page follows
    auto rows = StockReader(session()).page(ask);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    QList<StockRow> out = std::move(rows).value();
    const bool more = out.size() > request.limit;
    if (more)
        out.removeLast();
    Q_EMIT pageLoaded(requestId, out, more);
}

void ReadWorker::loadMatching(quint64 requestId, const StockFilter &filter, const QList<QPair<QString, QString>> &keys)
{
    auto rows = StockReader(session()).matching(filter, keys);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT matchingLoaded(requestId, rows.value());
}

void ReadWorker::loadTotals(quint64 requestId, const StockFilter &filter)
{
    auto totals = StockReader(session()).totals(filter);
    if (!totals) {
        Q_EMIT failed(requestId, totals.error().message, totals.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT totalsLoaded(requestId, totals.value());
}

void ReadWorker::loadMovements(quint64 requestId, const QString &sku, const QString &location, int limit,
                               qint64 beforeId)
{
    auto rows = StockReader(session()).movements(sku, location, limit, beforeId);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT movementsLoaded(requestId, rows.value());
}

void ReadWorker::loadLocations()
{
    auto rows = StockReader(session()).locations();
    if (!rows) {
        Q_EMIT failed(0, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT locationsLoaded(rows.value());
}

void ReadWorker::loadTransfers()
{
    auto rows = StockReader(session()).openTransfers();
    if (!rows) {
        Q_EMIT failed(0, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT transfersLoaded(rows.value());
}

void ReadWorker::lookUpSku(quint64 requestId, const QString &query, const QString &location)
{
    auto found = Services::lookUpSku(session(), query, location);
    if (!found) {
        Q_EMIT failed(requestId, found.error().message, found.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT skuLookedUp(requestId, found.value());
}

void ReadWorker::loadAdjustReasons()
{
    auto reasons = LedgerService(session()).adjustReasons();
    if (!reasons) {
        Q_EMIT failed(0, reasons.error().message, reasons.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT adjustReasonsLoaded(reasons.value());
}

void ReadWorker::loadTransferList(quint64 requestId, const QString &location, bool openOnly)
{
    auto rows = LedgerService(session()).transferList(location, openOnly);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT transferListLoaded(requestId, rows.value());
}

void ReadWorker::loadReservations(quint64 requestId, const QString &location, bool expiredOnly)
{
    auto rows = LedgerService(session()).openReservations(location, expiredOnly);
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT reservationsLoaded(requestId, rows.value());
}

void ReadWorker::runJob(quint64 requestId, const ReadJob &job)
{
    auto value = job(session());
    if (!value) {
        Q_EMIT failed(requestId, value.error().message, value.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT jobDone(requestId, value.value());
}

void ReadWorker::shutdown()
{
    m_session.reset();
}

ReadThread::ReadThread(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReadWorker(spec))
{
    qRegisterMetaType<StockPageRequest>();
    qRegisterMetaType<StockRow>();
    qRegisterMetaType<QList<StockRow>>();
    qRegisterMetaType<MovementRow>();
    qRegisterMetaType<QList<MovementRow>>();
    qRegisterMetaType<LocationRef>();
    qRegisterMetaType<QList<LocationRef>>();
    qRegisterMetaType<TransferRef>();
    qRegisterMetaType<QList<TransferRef>>();
    qRegisterMetaType<SkuLookup>();
    qRegisterMetaType<StockTotals>();
    qRegisterMetaType<QList<AdjustReason>>();
    qRegisterMetaType<QList<TransferInfo>>();
    qRegisterMetaType<QList<ReservationInfo>>();
    m_thread->setObjectName(QStringLiteral("stockroom-read"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

ReadThread::~ReadThread()
{
    QMetaObject::invokeMethod(m_worker, &ReadWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 ReadThread::requestPage(const StockPageRequest &request)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, request] { worker->loadPage(id, request); });
    return id;
}

quint64 ReadThread::requestMatching(const StockFilter &filter, const QList<QPair<QString, QString>> &keys)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, filter, keys] { worker->loadMatching(id, filter, keys); });
    return id;
}

quint64 ReadThread::requestMovements(const QString &sku, const QString &location, int limit, qint64 beforeId)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, sku, location, limit, beforeId] {
        worker->loadMovements(id, sku, location, limit, beforeId);
    });
    return id;
}

quint64 ReadThread::requestTotals(const StockFilter &filter)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, filter] { worker->loadTotals(id, filter); });
    return id;
}

void ReadThread::requestLocations()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->loadLocations(); });
}

void ReadThread::requestTransfers()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->loadTransfers(); });
}

quint64 ReadThread::requestSkuLookup(const QString &query, const QString &location)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, query, location] { worker->lookUpSku(id, query, location); });
    return id;
}

void ReadThread::requestAdjustReasons()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->loadAdjustReasons(); });
}

quint64 ReadThread::requestTransferList(const QString &location, bool openOnly)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, location, openOnly] { worker->loadTransferList(id, location, openOnly); });
    return id;
}

quint64 ReadThread::requestReservations(const QString &location, bool expiredOnly)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, location, expiredOnly] {
        worker->loadReservations(id, location, expiredOnly);
    });
    return id;
}

quint64 ReadThread::requestJob(ReadJob job)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, job = std::move(job)] { worker->runJob(id, job); });
    return id;
}

} // namespace Stockroom::Models
