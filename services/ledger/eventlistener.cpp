#include "eventlistener.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <connection/readreplica.h>
#include <connection/session.h>
#include <servicelog.h>

namespace Stockroom::Services {

namespace {

const QString kChannel = QStringLiteral("stockroom_events");
constexpr int kBatch = 1000;

StockEvent eventFrom(QSqlQuery *query)
{
    StockEvent event;
    event.id = query->value(0).toLongLong();
    event.type = query->value(1).toString();
    event.at = query->value(3).toDateTime();
    const QJsonObject payload = QJsonDocument::fromJson(query->value(2).toString().toUtf8()).object();
    event.sku = payload.value(u"sku").toString();
    event.order = payload.value(u"order").toString();
    event.location = payload.value(u"location").toString();
    const auto number = [&payload](QStringView key) {
        return qint64(payload.value(key).toDouble());
    };
    event.onHand = number(u"on_hand");
    event.reserved = number(u"reserved");
    event.available = number(u"available");
    event.inbound = number(u"inbound");
    event.damaged = number(u"damaged");
    event.safetyStock = number(u"safety_stock");
    event.backordered = number(u"backordered");
    event.version = number(u"version");
    event.countSession = number(u"session");
    event.snapshot = number(u"snapshot");
    return event;
}

} // namespace

EventListener::EventListener(ConnectionSpec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    qRegisterMetaType<StockEvent>();
    qRegisterMetaType<QList<StockEvent>>();
}

EventListener::~EventListener()
{
    stop();
}

void EventListener::start(qint64 afterId)
{
    m_session = std::make_unique<Session>(m_spec, QStringLiteral("events"));
    m_lastId = afterId;
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(kHeartbeatMs);
        connect(m_heartbeat, &QTimer::timeout, this, &EventListener::poll);
    }
    m_heartbeat->start();
    poll();
    reportWalPosition();
    Q_EMIT started(m_lastId);
}

void EventListener::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_followUp)
        m_followUp->stop();
    if (m_driver)
        m_driver->disconnect(this);
    m_driver.clear();
    m_session.reset();
}

void EventListener::subscribe()
{
    QSqlDriver *driver = m_session->database().driver();
    if (!driver || driver == m_driver)
        return;
    m_driver = driver;
    if (!driver->subscribeToNotification(kChannel)) {
        qCWarning(lcServices) << "cannot LISTEN" << kChannel << "; following the outbox by heartbeat only";
        return;
    }
    if (!m_followUp) {
        m_followUp = new QTimer(this);
        m_followUp->setSingleShot(true);
        m_followUp->setInterval(kFollowUpMs);
        connect(m_followUp, &QTimer::timeout, this, &EventListener::poll);
    }
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name != kChannel)
            return;
        poll();
        if (!m_followUp->isActive())
            m_followUp->start();
    });
}

void EventListener::reportWalPosition()
{
    if (!m_trackWal || !m_session)
        return;
    auto position = ReadReplica::primaryPosition(*m_session);
    if (position)
        Q_EMIT walPosition(position.value());
}

void EventListener::setOnline(bool online, const QString &message)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online, message);
}

void EventListener::recheck()
{
    m_online = false;
    poll();
}

bool EventListener::readHead()
{
    auto head = m_session->run(QStringLiteral("SELECT api.events_head()"));
    if (!head) {
        if (head.error().kind == Error::Kind::Connection)
            setOnline(false, head.error().message);
        return false;
    }
    m_lastId = head.value()->next() ? head.value()->value(0).toLongLong() : 0;
    head.value()->finish();
    return true;
}

void EventListener::poll()
{
    if (!m_session || m_polling)
        return;
    m_polling = true;
    if (m_lastId < 0 && !readHead()) {
        m_polling = false;
        return;
    }
    bool resync = false;
    QList<StockEvent> events;
    QStringList skus;
    QStringList locations;
    QStringList orders;
    QList<qint64> sessions;
    QList<qint64> snapshots;
    for (;;) {
        auto ran = m_session->run(QStringLiteral("SELECT id, event_type, payload::text, created_at"
                                                 " FROM api.events_after(?, ?)"),
                                  {m_lastId, kBatch});
        if (!ran) {
            if (ran.error().kind == Error::Kind::Connection) {
                m_driver.clear();
                setOnline(false, ran.error().message);
            } else if (ran.error().sqlState == u"SR003" || ran.error().sqlState == u"SR007") {
                // The cursor is not this ledger's (SR003), or its events were purged after the retention
                // (SR007): what came between is unknown, so follow from the head and let the views read again.
                qCWarning(lcServices) << "event cursor" << m_lastId << "refused:" << ran.error().message
                                      << "- following from the head; the views read again";
                resync = readHead();
            } else {
                qCWarning(lcServices) << "following events failed:" << ran.error().message;
            }
            break;
        }
        QSqlQuery *query = ran.value();
        int n = 0;
        while (query->next()) {
            StockEvent event = eventFrom(query);
            m_lastId = event.id;
            if (event.type == u"sku_update") {
                if (!skus.contains(event.sku))
                    skus.append(event.sku);
            } else if (event.type == u"order") {
                if (!orders.contains(event.order))
                    orders.append(event.order);
            } else if (event.type == u"count") {
                if (!sessions.contains(event.countSession))
                    sessions.append(event.countSession);
            } else if (event.type == u"snapshot") {
                const qint64 snapshot = event.snapshot;
                if (!snapshots.contains(snapshot))
                    snapshots.append(snapshot);
            } else if (event.type == u"location_update") {
                if (!locations.contains(event.location))
                    locations.append(event.location);
            } else if (!event.sku.isEmpty() && !event.location.isEmpty()) {
                events.append(std::move(event));
            } // else: an event about no stock row (a policy or capacity setting): nothing on screen shows it
            ++n;
        }
        query->finish();
        subscribe();
        setOnline(true, {});
        if (n < kBatch)
            break;
    }
    m_polling = false;
    if (resync || !events.isEmpty() || !skus.isEmpty() || !locations.isEmpty() || !orders.isEmpty() ||
        !sessions.isEmpty() || !snapshots.isEmpty())
        reportWalPosition(); // read after the events: every one of them is at or before it
    if (resync)
        Q_EMIT resynced(m_lastId);
    if (!events.isEmpty())
        Q_EMIT eventsArrived(events);
    if (!skus.isEmpty() || !locations.isEmpty())
        Q_EMIT referenceDataChanged(skus, locations);
    if (!orders.isEmpty())
        Q_EMIT ordersChanged(orders);
    if (!sessions.isEmpty())
        Q_EMIT countsChanged(sessions);
    if (!snapshots.isEmpty())
        Q_EMIT snapshotsChanged(snapshots);
}

} // namespace Stockroom::Services
