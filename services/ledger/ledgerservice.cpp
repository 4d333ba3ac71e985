#include "ledgerservice.h"

#include <QJsonDocument>
#include <QUuid>

#include <connection/session.h>
#include <connection/textarray.h>

namespace Stockroom::Services {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant optionalNumber(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QString idArray(const QList<qint64> &values)
{
    QStringList numbers;
    for (const qint64 value : values)
        numbers << QString::number(value);
    return u'{' + numbers.join(u',') + u'}';
}

// Not given: NULL, which the API reads as "leave it". Given but empty: '' (a null QString would bind as NULL).
QVariant optionalText(const std::optional<QString> &value)
{
    if (!value)
        return QVariant(QMetaType::fromType<QString>());
    return value->isNull() ? QVariant(QStringLiteral("")) : QVariant(*value);
}

QVariant optionalCents(const std::optional<qint64> &cents)
{
    return cents ? QVariant(formatCents(*cents)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

LedgerService::LedgerService(Session &session)
    : m_session(session)
{
}

QString LedgerService::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QJsonObject> LedgerService::addLocation(const LocationInfo &location)
{
    return m_session.callJson(QStringLiteral("SELECT api.add_location(?, ?, ?, ?, ?, ?)::text"),
                              {location.code, location.name, location.kind, text(location.region),
                               optionalNumber(location.latitude), optionalNumber(location.longitude)});
}

Result<QJsonObject> LedgerService::addSku(const QString &code, const QString &name, const QStringList &barcodes,
                                          std::optional<qint64> unitCostCents)
{
    if (unitCostCents)
        return m_session.callJson(QStringLiteral("SELECT api.add_sku(?, ?, ?::text[], ?::numeric)::text"),
                                  {code, name, textArrayLiteral(barcodes), optionalCents(unitCostCents)});
    return m_session.callJson(QStringLiteral("SELECT api.add_sku(?, ?, ?::text[])::text"),
                              {code, name, textArrayLiteral(barcodes)});
}

Result<QJsonObject> LedgerService::updateSku(const SkuUpdate &update, const QString &key)
{
    return m_session.callJson(
        QStringLiteral("SELECT api.update_sku(?, ?, ?::text[], ?::numeric, ?)::text"),
        {update.code, optionalText(update.name),
         update.barcodes ? QVariant(textArrayLiteral(*update.barcodes)) : QVariant(QMetaType::fromType<QString>()),
         optionalCents(update.unitCostCents), key});
}

Result<QJsonObject> LedgerService::updateLocation(const LocationUpdate &update, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.update_location(?, ?, ?, ?, ?, ?)::text"),
                              {update.code, optionalText(update.name), optionalText(update.region),
                               optionalNumber(update.latitude), optionalNumber(update.longitude), key});
}

Result<QJsonObject> LedgerService::receive(const QString &sku, const QString &location, qint64 quantity,
                                           const QString &key, const QString &reference)
{
    return m_session.callJson(QStringLiteral("SELECT api.receive(?, ?, ?, ?, ?)::text"),
                              {sku, location, quantity, text(reference), key});
}

Result<QJsonObject> LedgerService::adjust(const QString &sku, const QString &location, qint64 delta,
                                          const QString &reason, const QString &key, const QString &reference)
{
    return m_session.callJson(QStringLiteral("SELECT api.adjust(?, ?, ?, ?, ?, ?)::text"),
                              {sku, location, delta, reason, text(reference), key});
}

Result<QJsonObject> LedgerService::count(const QString &sku, const QString &location, qint64 counted,
                                         const QString &key, qint64 position)
{
    return m_session.callJson(
        QStringLiteral("SELECT api.count(?, ?, ?, ?, ?)::text"),
        {sku, location, counted, position >= 0 ? QVariant(position) : QVariant(QMetaType::fromType<qint64>()), key});
}

Result<QJsonObject> LedgerService::hotSkuEnable(const QString &sku, const QString &location, int slotCount,
                                                const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.hot_sku_enable(?::uuid, ?, ?, ?)::text"),
                              {key, sku, location, slotCount});
}

Result<QJsonObject> LedgerService::hotSkuDisable(const QString &sku, const QString &location, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.hot_sku_disable(?::uuid, ?, ?)::text"), {key, sku, location});
}

Result<QJsonArray> LedgerService::hotSkus()
{
    return m_session.rows(
        QStringLiteral("SELECT sku, location, slots, parked, enabled_at::text AS enabled_at, enabled_by"
                       " FROM api.hot_sku ORDER BY sku, location"));
}

Result<QJsonObject> LedgerService::setSafetyStock(const QString &sku, const QString &location, qint64 quantity,
                                                  const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.set_safety_stock(?, ?, ?, ?)::text"),
                              {sku, location, quantity, key});
}

Result<QJsonObject> LedgerService::transferShip(const QString &sku, const QString &from, const QString &to,
                                                qint64 quantity, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.transfer_ship(?, ?, ?, ?, ?)::text"),
                              {sku, from, to, quantity, key});
}

Result<QJsonObject> LedgerService::transferReceive(qint64 transfer, std::optional<qint64> quantity, const QString &key)
{
    return m_session.callJson(
        QStringLiteral("SELECT api.transfer_receive(?, ?, ?)::text"),
        {transfer, quantity ? QVariant(*quantity) : QVariant(QMetaType::fromType<qint64>()), key});
}

Result<QJsonObject> LedgerService::transferCancel(qint64 transfer, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.transfer_cancel(?, ?)::text"), {transfer, key});
}

Result<QJsonObject> LedgerService::transferWriteOff(qint64 transfer, qint64 quantity, const QString &reason,
                                                    const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.transfer_write_off(?, ?, ?, ?)::text"),
                              {transfer, quantity, text(reason), key});
}

Result<QJsonObject> LedgerService::returnStock(const QString &sku, const QString &location, qint64 quantity,
                                               bool damaged, const QString &key, const QString &reference)
{
    return m_session.callJson(QStringLiteral("SELECT api.return_stock(?, ?, ?, ?, ?, ?)::text"),
                              {sku, location, quantity, damaged, text(reference), key});
}

Result<QJsonObject> LedgerService::reserve(const ReserveRequest &request, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.reserve(?, ?, ?, ?, ?, ?, ?)::text"),
                              {request.sku, request.location, request.quantity, request.ttlSeconds, request.channel,
                               text(request.orderRef), key});
}

Result<QJsonObject> LedgerService::reserveOrder(const QString &orderRef, const QList<OrderLine> &lines, int ttlSeconds,
                                                const QString &channel, const QString &key)
{
    QJsonArray array;
    for (const OrderLine &line : lines)
        array.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("location"), line.location},
                                 {QStringLiteral("quantity"), line.quantity}});
    return m_session.callJson(QStringLiteral("SELECT api.reserve_order(?, ?::jsonb, ?, ?, ?)::text"),
                              {text(orderRef), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                               ttlSeconds, channel, key});
}

Result<QJsonObject> LedgerService::commit(qint64 reservation, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.commit(?, ?)::text"), {reservation, key});
}

Result<QJsonObject> LedgerService::release(qint64 reservation, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.release(?, ?)::text"), {reservation, key});
}

Result<QJsonObject> LedgerService::releaseMany(const QList<qint64> &reservations, const QString &reason,
                                               const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.release_many(?::bigint[], ?, ?)::text"),
                              {idArray(reservations), text(reason), key});
}

Result<QJsonObject> LedgerService::sweep(int limit)
{
    return m_session.callJson(QStringLiteral("SELECT api.sweep(?)::text"), {limit});
}

Result<QJsonArray> LedgerService::stock(const QString &sku, const QString &location)
{
    return m_session.rows(
        QStringLiteral("SELECT sku, sku_name, location, on_hand, reserved, available, inbound, damaged, safety_stock,"
                       " backordered FROM api.stock"
                       " WHERE sku = api.sku_code(?) AND (?::text IS NULL OR location = ?) ORDER BY sku, location"),
        {sku, text(location), text(location)});
}

Result<QJsonArray> LedgerService::ledger(const QString &sku, const QString &location, int limit)
{
    return m_session.rows(
        QStringLiteral("SELECT id, at, kind, sku, location, bucket, quantity, reason, reference, reservation_id,"
                       " transfer_id, actor FROM api.ledger"
                       " WHERE (?::text IS NULL OR sku = ?) AND (?::text IS NULL OR location = ?)"
                       " ORDER BY id DESC LIMIT ?"),
        {text(sku), text(sku), text(location), text(location), limit});
}

Result<QJsonArray> LedgerService::verify()
{
    return m_session.rows(QStringLiteral("SELECT sku, location, bucket, balance, expected, source FROM api.verify()"));
}

Result<QJsonArray> LedgerService::eventsAfter(qint64 afterId, int limit)
{
    return m_session.rows(
        QStringLiteral("SELECT id, aggregate, aggregate_version, event_type, payload::text AS payload, created_at"
                       " FROM api.events_after(?, ?)"),
        {afterId, limit});
}

Result<QJsonArray> LedgerService::locations()
{
    return m_session.rows(
        QStringLiteral("SELECT code, name, kind, region, latitude, longitude FROM api.locations ORDER BY code"));
}

} // namespace Stockroom::Services
