#pragma once

#include "stockbalances.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <connection/connectionspec.h>
#include <memory>

class QSqlDriver;
class QTimer;

namespace Stockroom::Services {

class Session;

// One stock row's balances after a change, from an outbox event's payload.
struct StockEvent : StockBalances
{
    qint64 id = 0;
    QString type;
    QString sku;
    QString location;
    QString order;           // the order an "order" event is about
    qint64 countSession = 0; // the count session a "count" event is about
    qint64 snapshot = 0;     // the outside snapshot a "snapshot" event is about
    QDateTime at;
};

// Follows the ledger's outbox for a window: LISTEN stockroom_events wakes it, api.events_after() is the
// truth, so nothing is missed while NOTIFY was lost (a dropped connection, a busy moment). A heartbeat
// every second also catches up and notices when the server goes away or comes back.
// Lives in its own thread: move it there, then invoke start() queued.
class EventListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListener)

public:
    explicit EventListener(ConnectionSpec spec, QObject *parent = nullptr);
    ~EventListener() override;

    static constexpr int kHeartbeatMs = 1000;
    // A wake-up can stand for several transactions: the ledger lets only one committing transaction at a time
    // send it, and one that committed alongside may become readable a moment later. Polled again this soon.
    static constexpr int kFollowUpMs = 100;

public Q_SLOTS:
    // Follows events after afterId; afterId < 0 starts from the current head (nothing old is replayed).
    void start(qint64 afterId = -1);
    void stop();
    // Catches up now, as a notification would.
    void poll();
    // Someone else found the ledger unreachable: the next poll that reaches it reports online again, even if
    // this listener never noticed the outage itself.
    void recheck();
    // With a read replica the views read from: before each batch of signals (and before started and resynced),
    // walPosition says where the primary's WAL stood once those changes were visible, so that a read from the
    // standby can wait until it has replayed that far.
    void setTrackWalPosition(bool track) { m_trackWal = track; }

Q_SIGNALS:
    void walPosition(quint64 position);
    // Changes of stock rows (every event but the reference-data ones below).
    void eventsArrived(const QList<Stockroom::Services::StockEvent> &events);
    // SKUs (sku_update: name, barcodes, unit cost) or locations (location_update) edited, by code.
    void referenceDataChanged(const QStringList &skus, const QStringList &locations);
    // Orders, their fulfillments or returns changed state (event "order"), by reference.
    void ordersChanged(const QStringList &orders);
    // Count sessions counted in, submitted or decided (event "count"), by id.
    void countsChanged(const QList<qint64> &sessions);
    // Outside snapshots imported, classified or approved (event "snapshot"), by id.
    void snapshotsChanged(const QList<qint64> &snapshots);
    void onlineChanged(bool online, const QString &message);
    void started(qint64 headId);
    // The ledger refused the listener's cursor (unknown to it, or its events purged after the retention): the
    // listener follows from headId now, and what changed in between must be read again.
    void resynced(qint64 headId);

private:
    bool readHead();
    void reportWalPosition();
    void subscribe();
    void setOnline(bool online, const QString &message);

    ConnectionSpec m_spec;
    std::unique_ptr<Session> m_session;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_followUp = nullptr;
    QPointer<QSqlDriver> m_driver;
    qint64 m_lastId = -1;
    bool m_online = true;
    bool m_polling = false;
    bool m_trackWal = false;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::StockEvent)
