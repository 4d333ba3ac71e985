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

ReadWorker::ReadWorker(ReadRoute route, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(route.primary))
    , m_replicaSpec(std::move(route.replica))
{
}

ReadWorker::~ReadWorker() = default;

Session &ReadWorker::session()
{
    if (!m_session)
        m_session = std::make_unique<Session>(m_spec, QStringLiteral("read"));
    return *m_session;
}

void ReadWorker::setOnReplica(bool onReplica, const QString &reason)
{
    if (onReplica == m_onReplica)
        return;
    m_onReplica = onReplica;
    Q_EMIT routeChanged(onReplica, reason);
}

void ReadWorker::replicaLost(const QString &reason)
{
    qCWarning(lcModels) << "reading from the primary:" << reason;
    m_replica.reset();
    m_replicaChecked = false;
    m_replicaDown = true;
    m_downSince.start();
    setOnReplica(false, reason);
}

Session *ReadWorker::replica()
{
    if (!m_replicaSpec)
        return nullptr;
    if (m_replicaDown && m_downSince.elapsed() < kReplicaRetryMs)
        return nullptr;
    if (!m_replica)
        m_replica = std::make_unique<Session>(*m_replicaSpec, QStringLiteral("read-replica"));
    if (!m_replicaChecked || m_required > m_replayed) {
        // Once the standby fell behind, one look per read until it is back: no read waits for it again meanwhile.
        const int wait = m_onReplica ? ReadReplica::kReplayWaitMs : 0;
        auto reached = ReadReplica::waitForReplay(*m_replica, m_required, m_required > m_replayed ? wait : 0);
        if (!reached) {
            replicaLost(reached.error().message);
            return nullptr;
        }
        m_replicaChecked = true;
        m_replicaDown = false;
        if (!reached.value()) {
            setOnReplica(
                false, tr("the replica is more than %n second(s) behind", nullptr, ReadReplica::kReplayWaitMs / 1000));
            return nullptr;
        }
        m_replayed = m_required;
    }
    setOnReplica(true, {});
    return m_replica.get();
}

template <typename Read>
auto ReadWorker::onReadSession(Read read) -> decltype(read(std::declval<Session &>()))
{
    if (Session *standby = replica()) {
        auto result = read(*standby);
        if (result || result.error().kind != Error::Kind::Connection)
            return result;
        replicaLost(result.error().message);
    }
    return read(session());
}

void ReadWorker::requirePosition(WalPosition position)
{
    m_required = qMax(m_required, position);
}

void ReadWorker::loadPage(quint64 requestId, const StockPageRequest &request)
{
    StockPageRequest ask = request;
    ask.limit = request.limit + 1; // one more tells whether another page follows
    if (!request.after && StockReader::readsProjection(request)) {
        // A bucket sort reads its order from the projection: brought up to date first, on the primary (a standby
        // cannot write), and the standby then waits until it has that refresh too.
        auto refreshed = StockReader::refreshProjection(session());
        if (!refreshed) {
            qCWarning(lcModels) << "the bucket order is read as last refreshed:" << refreshed.error().message;
        } else {
            Q_EMIT projectionRefreshed(refreshed->refreshedAt, refreshed->behind);
            if (m_replicaSpec) {
                if (auto position = ReadReplica::primaryPosition(session()))
                    requirePosition(position.value());
            }
        }
    }
    auto rows = onReadSession([&ask](Session &on) { return StockReader(on).page(ask); });
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
    auto rows = onReadSession([&](Session &on) { return StockReader(on).matching(filter, keys); });
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT matchingLoaded(requestId, rows.value());
}

void ReadWorker::loadTotals(quint64 requestId, const StockFilter &filter)
{
    auto totals = onReadSession([&filter](Session &on) { return StockReader(on).totals(filter); });
    if (!totals) {
        Q_EMIT failed(requestId, totals.error().message, totals.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT totalsLoaded(requestId, totals.value());
}

void ReadWorker::loadMovements(quint64 requestId, const QString &sku, const QString &location, int limit,
                               qint64 beforeId)
{
    auto rows = onReadSession([&](Session &on) { return StockReader(on).movements(sku, location, limit, beforeId); });
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT movementsLoaded(requestId, rows.value());
}

void ReadWorker::loadLocations()
{
    auto rows = onReadSession([](Session &on) { return StockReader(on).locations(); });
    if (!rows) {
        Q_EMIT failed(0, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT locationsLoaded(rows.value());
}

void ReadWorker::loadTransfers()
{
    auto rows = onReadSession([](Session &on) { return StockReader(on).openTransfers(); });
    if (!rows) {
        Q_EMIT failed(0, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT transfersLoaded(rows.value());
}

void ReadWorker::lookUpSku(quint64 requestId, const QString &query, const QString &location)
{
    auto found = onReadSession([&](Session &on) { return Services::lookUpSku(on, query, location); });
    if (!found) {
        Q_EMIT failed(requestId, found.error().message, found.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT skuLookedUp(requestId, found.value());
}

void ReadWorker::loadAdjustReasons()
{
    auto reasons = onReadSession([](Session &on) { return LedgerService(on).adjustReasons(); });
    if (!reasons) {
        Q_EMIT failed(0, reasons.error().message, reasons.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT adjustReasonsLoaded(reasons.value());
}

void ReadWorker::loadTransferList(quint64 requestId, const QString &location, bool openOnly)
{
    auto rows = onReadSession([&](Session &on) { return LedgerService(on).transferList(location, openOnly); });
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT transferListLoaded(requestId, rows.value());
}

void ReadWorker::loadReservations(quint64 requestId, const QString &location, bool expiredOnly)
{
    auto rows = onReadSession([&](Session &on) { return LedgerService(on).openReservations(location, expiredOnly); });
    if (!rows) {
        Q_EMIT failed(requestId, rows.error().message, rows.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT reservationsLoaded(requestId, rows.value());
}

void ReadWorker::runJob(quint64 requestId, const ReadJob &job)
{
    auto value = onReadSession(job);
    if (!value) {
        Q_EMIT failed(requestId, value.error().message, value.error().kind == Error::Kind::Connection);
        return;
    }
    Q_EMIT jobDone(requestId, value.value());
}

void ReadWorker::runPrimaryJob(quint64 requestId, const ReadJob &job)
{
    auto value = job(session());
    if (!value) {
        Q_EMIT failed(requestId, value.error().message, value.error().kind == Error::Kind::Connection);
        return;
    }
    if (m_replicaSpec) {
        if (auto position = ReadReplica::primaryPosition(session()))
            requirePosition(position.value());
    }
    Q_EMIT jobDone(requestId, value.value());
}

void ReadWorker::shutdown()
{
    m_session.reset();
    m_replica.reset();
}

ReadThread::ReadThread(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReadWorker(spec))
{
    start();
}

ReadThread::ReadThread(const ReadRoute &route, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReadWorker(route))
{
    start();
}

void ReadThread::start()
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

quint64 ReadThread::requestPrimaryJob(ReadJob job)
{
    const quint64 id = ++m_nextId;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, id, job = std::move(job)] { worker->runPrimaryJob(id, job); });
    return id;
}

void ReadThread::requirePosition(WalPosition position)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, position] { worker->requirePosition(position); });
}

} // namespace Stockroom::Models
