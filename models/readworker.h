#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QVariant>

#include <connection/connectionspec.h>
#include <connection/readreplica.h>
#include <functional>
#include <ledger/ledgerrecords.h>
#include <ledger/skulookup.h>
#include <ledger/stockreader.h>
#include <memory>
#include <result.h>

namespace Stockroom::Services {
class Session;
}

namespace Stockroom::Models {

// Any read a view needs that has no request of its own below: it runs on the read thread's session and
// answers with a value (a QVariant holding the read's own type).
using ReadJob = std::function<Services::Result<QVariant>(Services::Session &)>;

// The views' reads, run in a thread of their own with their own connection. Requests arrive as queued
// calls, answers leave as signals tagged with the request's id so a model can drop answers it no longer
// wants (the user typed on, or sorted again).
// Given a read replica (ReadRoute), reads go to the standby: each waits until the standby has replayed the
// newest primary position the worker was told about (requirePosition: the position at an outbox event), at most
// ReadReplica::kReplayWaitMs, and is read from the primary instead when it has not, or when the standby cannot be
// reached (tried again every kReplicaRetryMs). Jobs that write (runPrimaryJob) always run on the primary.
class ReadWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadWorker)

public:
    explicit ReadWorker(Services::ConnectionSpec spec, QObject *parent = nullptr);
    explicit ReadWorker(Services::ReadRoute route, QObject *parent = nullptr);
    ~ReadWorker() override;

    static constexpr int kReplicaRetryMs = 15000;

public Q_SLOTS:
    void loadPage(quint64 requestId, const Stockroom::Services::StockPageRequest &request);
    void loadMatching(quint64 requestId, const Stockroom::Services::StockFilter &filter,
                      const QList<QPair<QString, QString>> &keys);
    void loadMovements(quint64 requestId, const QString &sku, const QString &location, int limit, qint64 beforeId);
    void loadTotals(quint64 requestId, const Stockroom::Services::StockFilter &filter);
    void loadLocations();
    void loadTransfers();
    void lookUpSku(quint64 requestId, const QString &query, const QString &location);
    void loadAdjustReasons();
    void loadTransferList(quint64 requestId, const QString &location, bool openOnly);
    void loadReservations(quint64 requestId, const QString &location, bool expiredOnly);
    void runJob(quint64 requestId, const Stockroom::Models::ReadJob &job);
    // A job that writes (or must see the primary's state at once): run on the primary; reads after it wait until
    // the standby has replayed what it did.
    void runPrimaryJob(quint64 requestId, const Stockroom::Models::ReadJob &job);
    // Reads from now on must show everything up to this primary WAL position.
    void requirePosition(Stockroom::Services::WalPosition position);
    void shutdown();

Q_SIGNALS:
    void pageLoaded(quint64 requestId, const QList<Stockroom::Services::StockRow> &rows, bool more);
    void matchingLoaded(quint64 requestId, const QList<Stockroom::Services::StockRow> &rows);
    void movementsLoaded(quint64 requestId, const QList<Stockroom::Services::MovementRow> &rows);
    void totalsLoaded(quint64 requestId, const Stockroom::Services::StockTotals &totals);
    void locationsLoaded(const QList<Stockroom::Services::LocationRef> &locations);
    void transfersLoaded(const QList<Stockroom::Services::TransferRef> &transfers);
    void skuLookedUp(quint64 requestId, const Stockroom::Services::SkuLookup &lookup);
    void adjustReasonsLoaded(const QList<Stockroom::Services::AdjustReason> &reasons);
    void transferListLoaded(quint64 requestId, const QList<Stockroom::Services::TransferInfo> &transfers);
    void reservationsLoaded(quint64 requestId, const QList<Stockroom::Services::ReservationInfo> &reservations);
    void jobDone(quint64 requestId, const QVariant &value);
    void failed(quint64 requestId, const QString &message, bool connectionLost);
    // The bucket projection was refreshed before a first page sorted by a bucket: the order is as of refreshedAt,
    // with behind outbox events not in it yet.
    void projectionRefreshed(const QDateTime &refreshedAt, qint64 behind);
    // Reads went to the standby (onReplica) or, for the reason given, to the primary.
    void routeChanged(bool onReplica, const QString &reason);

private:
    Services::Session &session();
    // The standby, caught up with the required position; nullptr when the read must go to the primary.
    Services::Session *replica();
    void replicaLost(const QString &reason);
    void setOnReplica(bool onReplica, const QString &reason);
    template <typename Read>
    auto onReadSession(Read read) -> decltype(read(std::declval<Services::Session &>()));

    Services::ConnectionSpec m_spec;
    std::optional<Services::ConnectionSpec> m_replicaSpec;
    std::unique_ptr<Services::Session> m_session;
    std::unique_ptr<Services::Session> m_replica;
    Services::WalPosition m_required = 0; // the newest position reads must show
    Services::WalPosition m_replayed = 0; // the standby has replayed at least this far
    bool m_replicaChecked = false;        // the standby answered that it is one
    bool m_replicaDown = false;
    bool m_onReplica = true;
    QElapsedTimer m_downSince;
};

// Owns a ReadWorker in its own QThread: requests are posted to it, the thread is stopped and joined on
// destruction.
class ReadThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadThread)

public:
    explicit ReadThread(const Services::ConnectionSpec &spec, QObject *parent = nullptr);
    explicit ReadThread(const Services::ReadRoute &route, QObject *parent = nullptr);
    ~ReadThread() override;

    ReadWorker *worker() const { return m_worker; }

    quint64 requestPage(const Services::StockPageRequest &request);
    quint64 requestMatching(const Services::StockFilter &filter, const QList<QPair<QString, QString>> &keys);
    quint64 requestMovements(const QString &sku, const QString &location, int limit = 50, qint64 beforeId = 0);
    quint64 requestTotals(const Services::StockFilter &filter);
    void requestLocations();
    void requestTransfers();
    quint64 requestSkuLookup(const QString &query, const QString &location);
    void requestAdjustReasons();
    quint64 requestTransferList(const QString &location, bool openOnly);
    quint64 requestReservations(const QString &location, bool expiredOnly);
    quint64 requestJob(ReadJob job);
    quint64 requestPrimaryJob(ReadJob job);
    void requirePosition(Services::WalPosition position);

private:
    void start();

    QThread *m_thread = nullptr;
    ReadWorker *m_worker = nullptr;
    quint64 m_nextId = 0;
};

} // namespace Stockroom::Models
