#pragma once

// The order API (resources/migrations/0006_orders.sql) called as SQL, for tests/services/tst_orders and
// tst_orderproperty: one small wrapper per api function, plan building with the versions of the stock rows, and
// the checks both tests make after every step.

#include "ledgertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QVariant>

#include <connection/session.h>
#include <ledger/ledgerservice.h>

namespace Stockroom::Tests {

using Services::Result;

// NULL of the given type, for an optional argument.
template <typename T>
QVariant sqlNull()
{
    return QVariant(QMetaType::fromType<T>());
}

inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? sqlNull<QString>() : QVariant(text);
}

inline QVariant orNull(qint64 id)
{
    return id == 0 ? sqlNull<qint64>() : QVariant(id);
}

struct OrderLineSpec
{
    QString sku;
    qint64 quantity = 0;
};

struct PlanLine
{
    QString sku;
    QString location;
    qint64 quantity = 0;
    qint64 version = -1; // -1: the stock row's version now, as a fresh preview would see it
};

inline QString linesJson(const QList<OrderLineSpec> &lines)
{
    QJsonArray array;
    for (const OrderLineSpec &line : lines)
        array.append(QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("quantity"), line.quantity}});
    return toText(array);
}

// Where an order goes: coordinates, or a pickup location.
struct Destination
{
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString pickup;

    static Destination at(double latitude, double longitude) { return {latitude, longitude, {}}; }
    static Destination pickupAt(const QString &location) { return {{}, {}, location}; }
};

// The order API on one session (one login).
class OrderCalls
{
public:
    explicit OrderCalls(Services::Session &session)
        : m_session(session)
    {
    }

    Services::Session &session() { return m_session; }

    Result<QJsonObject> createRaw(const QString &channel, const QString &ref, const QString &lines,
                                  const Destination &to, int ttlSeconds, const QString &key)
    {
        return m_session.callJson(QStringLiteral("SELECT api.order_create(?, ?, ?::jsonb, ?::float8, ?::float8, ?,"
                                                 " ?::int, ?)::text"),
                                  {orNull(channel), orNull(ref), lines.isEmpty() ? sqlNull<QString>() : lines,
                                   to.latitude ? QVariant(*to.latitude) : sqlNull<double>(),
                                   to.longitude ? QVariant(*to.longitude) : sqlNull<double>(), orNull(to.pickup),
                                   ttlSeconds, key});
    }

    Result<QJsonObject> create(const QString &channel, const QString &ref, const QList<OrderLineSpec> &lines,
                               const Destination &to = Destination::at(52.52, 13.40), int ttlSeconds = 900,
                               const QString &key = Services::LedgerService::newKey())
    {
        return createRaw(channel, ref, linesJson(lines), to, ttlSeconds, key);
    }

    Result<QJsonObject> show(const QString &ref, const QString &channel = {})
    {
        return m_session.callJson(QStringLiteral("SELECT api.order_show(?, ?)::text"), {ref, orNull(channel)});
    }

    // The version each plan line names: given, or the stock row's version now (0 when there is no row).
    QString planJson(const QList<PlanLine> &lines, const QString &strategy = QStringLiteral("test"))
    {
        QJsonArray array;
        for (const PlanLine &line : lines) {
            qint64 version = line.version;
            if (version < 0)
                version = stockVersion(line.sku, line.location);
            QJsonObject o{{QStringLiteral("sku"), line.sku},
                          {QStringLiteral("location"), line.location},
                          {QStringLiteral("quantity"), line.quantity}};
            if (version >= 0)
                o.insert(QStringLiteral("version"), version);
            array.append(o);
        }
        return toText(QJsonObject{{QStringLiteral("strategy"), strategy}, {QStringLiteral("lines"), array}});
    }

    Result<QJsonObject> allocateRaw(const QString &ref, const QString &plan, const QString &key,
                                    const QString &channel = {})
    {
        return m_session.callJson(QStringLiteral("SELECT api.order_allocate(?, ?::jsonb, ?, ?)::text"),
                                  {ref, plan, key, orNull(channel)});
    }

    Result<QJsonObject> allocate(const QString &ref, const QList<PlanLine> &lines, const QString &channel = {},
                                 const QString &key = Services::LedgerService::newKey())
    {
        return allocateRaw(ref, planJson(lines), key, channel);
    }

    Result<QJsonObject> fire(const QString &ref, const QString &event, const QString &expect = {},
                             qint64 fulfillment = 0, const QString &channel = {},
                             const QString &key = Services::LedgerService::newKey(), const QString &reason = {})
    {
        return m_session.callJson(
            QStringLiteral("SELECT api.order_fire(?, ?, ?, ?::bigint, ?, ?, ?)::text"),
            {ref, event, orNull(expect), orNull(fulfillment), orNull(reason), key, orNull(channel)});
    }

    Result<QJsonObject> cancel(const QString &ref, const QString &channel = {},
                               const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.order_cancel(?, ?, ?, ?)::text"),
                                  {ref, QStringLiteral("test cancels"), key, orNull(channel)});
    }

    // lines empty: everything the fulfillment shipped that is not already being returned.
    Result<QJsonObject> requestReturn(const QString &ref, qint64 fulfillment, const QList<OrderLineSpec> &lines,
                                      const QString &channel = {},
                                      const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(
            QStringLiteral("SELECT api.order_return_request(?, ?::bigint, ?::jsonb, ?, ?, ?)::text"),
            {ref, fulfillment, lines.isEmpty() ? sqlNull<QString>() : linesJson(lines), QStringLiteral("test return"),
             key, orNull(channel)});
    }

    Result<QJsonObject> fireReturn(qint64 returnId, const QString &event, const QString &expect = {},
                                   const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.return_fire(?::bigint, ?, ?, ?, ?)::text"),
                                  {returnId, event, orNull(expect), sqlNull<QString>(), key});
    }

    Result<QJsonObject> sweep() { return m_session.callJson(QStringLiteral("SELECT api.sweep(1000)::text")); }

    qint64 stockVersion(const QString &sku, const QString &location)
    {
        auto rows = m_session.rows(QStringLiteral("SELECT version FROM api.stock WHERE sku = ? AND location = ?"),
                                   {sku, location});
        if (!rows || rows->isEmpty())
            return -1;
        return rows->at(0).toObject().value(QStringLiteral("version")).toInteger();
    }

private:
    Services::Session &m_session;
};

// The fulfillments of an order as order_show returns them.
inline QJsonArray fulfillmentsOf(const QJsonObject &order)
{
    return order.value(QStringLiteral("fulfillments")).toArray();
}

// The fulfillment of an order at one location ({} when there is none).
inline QJsonObject fulfillmentAt(const QJsonObject &order, const QString &location)
{
    for (const QJsonValue &f : fulfillmentsOf(order)) {
        if (f.toObject().value(QStringLiteral("location")).toString() == location)
            return f.toObject();
    }
    return {};
}

inline qint64 idOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("id")).toInteger();
}

inline QString stateOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("state")).toString();
}

// snapshot() plus everything the order API writes.
inline QString orderSnapshot(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT (SELECT coalesce(jsonb_agg(o ORDER BY o.id), '[]') FROM (SELECT id, state, version, expires_at"
        " FROM ledger.customer_order) o)::text AS orders,"
        " (SELECT coalesce(jsonb_agg(f ORDER BY f.id), '[]') FROM (SELECT id, state, reservation_id FROM"
        " ledger.fulfillment) f)::text AS fulfillments,"
        " (SELECT coalesce(jsonb_agg(r ORDER BY r.id), '[]') FROM (SELECT id, state FROM ledger.order_return) r)::text"
        " AS returns, (SELECT count(*) FROM ledger.order_line) AS lines,"
        " (SELECT count(*) FROM ledger.return_line) AS return_lines,"
        " (SELECT count(*) FROM ledger.order_history) AS history,"
        " (SELECT coalesce(jsonb_agg(r ORDER BY r.id), '[]') FROM (SELECT id, expires_at FROM ledger.reservation) r)"
        "::text AS expiries"));
    return snapshot(session) + (rows ? toText(rows.value()) : QStringLiteral("error: ") + rows.error().message);
}

// Reservations with more than one ending movement (commit, release or expire) for one line: resolved twice.
inline QString doubleResolutions(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT reservation_id, sku_id, location_id, bucket, count(*) AS n, string_agg(kind, ',') AS kinds"
        " FROM ledger.movement WHERE kind IN ('commit', 'release', 'expire') AND reservation_id IS NOT NULL"
        " GROUP BY reservation_id, sku_id, location_id, bucket HAVING count(*) > 1"));
    if (!rows)
        return rows.error().message;
    return rows->isEmpty() ? QString() : toText(rows.value());
}

// The order's state against its fulfillments and their holds; empty when every order is consistent.
inline QString orderInconsistencies(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT o.channel || '/' || o.ref AS order, o.state, f.id AS fulfillment, f.state AS fulfillment_state,"
        " r.status AS hold FROM ledger.customer_order o JOIN ledger.fulfillment f ON f.order_id = o.id"
        " JOIN ledger.reservation r ON r.id = f.reservation_id"
        " WHERE (o.state = 'completed' AND f.state NOT IN ('shipped', 'delivered', 'cancelled'))"
        "    OR (o.state IN ('cancelled', 'expired', 'payment_failed') AND f.state IN ('reserved', 'picking', "
        "'packed'))"
        "    OR ((f.state IN ('reserved', 'picking', 'packed')) <> (r.status = 'active'))"
        "    OR (f.state IN ('shipped', 'delivered') AND r.status <> 'committed')"
        "    OR (o.state IN ('created') AND f.id IS NOT NULL)"
        "    OR (o.state = 'completed' AND NOT EXISTS (SELECT 1 FROM ledger.fulfillment g WHERE g.order_id = o.id"
        "        AND g.state IN ('shipped', 'delivered')))"
        " UNION ALL SELECT o.channel || '/' || o.ref, o.state, NULL, 'no fulfillment', NULL"
        " FROM ledger.customer_order o WHERE o.state IN ('allocated', 'payment_authorized', 'fulfilling',"
        " 'partially_shipped', 'completed') AND NOT EXISTS (SELECT 1 FROM ledger.fulfillment f WHERE f.order_id = o.id)"
        " UNION ALL SELECT o.channel || '/' || o.ref, o.state, NULL, 'shipped count', NULL"
        " FROM ledger.customer_order o WHERE o.state = 'partially_shipped' AND NOT EXISTS (SELECT 1 FROM"
        " ledger.fulfillment f WHERE f.order_id = o.id AND f.state IN ('shipped', 'delivered'))"));
    if (!rows)
        return rows.error().message;
    return rows->isEmpty() ? QString() : toText(rows.value());
}

} // namespace Stockroom::Tests

// Nothing resolved twice, and every order's state agrees with its fulfillments and their holds.
#define SR_VERIFY_ORDERS(session)                                                                                      \
    do {                                                                                                               \
        const QString sr_twice_ = ::Stockroom::Tests::doubleResolutions(session);                                      \
        QVERIFY2(sr_twice_.isEmpty(), qPrintable(QStringLiteral("resolved twice: ") + sr_twice_));                     \
        const QString sr_orders_ = ::Stockroom::Tests::orderInconsistencies(session);                                  \
        QVERIFY2(sr_orders_.isEmpty(), qPrintable(QStringLiteral("inconsistent orders: ") + sr_orders_));              \
    } while (false)

// The call failed with this kind of error and this SQLSTATE.
#define SR_FAILS_WITH(result, expectedKind, expectedState)                                                             \
    do {                                                                                                               \
        const auto &sr_result_s_ = (result);                                                                           \
        SR_FAILS(sr_result_s_, expectedKind);                                                                          \
        QCOMPARE(sr_result_s_.error().sqlState, QStringLiteral(expectedState));                                        \
    } while (false)
