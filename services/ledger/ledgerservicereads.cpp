// LedgerService's reads for the workstation's screens: adjustment reasons, transfers, open reservations.

#include "ledgerservice.h"

#include <QSqlQuery>

#include <connection/session.h>

namespace Stockroom::Services {

namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Reads every row of a query that has just run into T, one row at a time.
template <typename T, typename Map>
Result<QList<T>> collect(Result<QSqlQuery *> ran, Map map)
{
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<T> rows;
    while (query->next())
        rows.append(map(*query));
    query->finish();
    return rows;
}

enum TransferColumn
{
    TransferId,
    TransferSku,
    TransferSkuName,
    TransferFrom,
    TransferTo,
    TransferShipped,
    TransferReceived,
    TransferWrittenOff,
    TransferCancelled,
    TransferInTransit,
    TransferState,
    TransferShippedAt,
    TransferLastChangeAt,
    TransferShippedBy,
};

enum ReservationColumn
{
    ReservationId,
    ReservationSku,
    ReservationSkuName,
    ReservationLocation,
    ReservationOrderRef,
    ReservationChannel,
    ReservationQuantity,
    ReservationBackordered,
    ReservationCreatedAt,
    ReservationExpiresAt,
    ReservationCreatedBy,
    ReservationExpired,
};

} // namespace

Result<QList<AdjustReason>> LedgerService::adjustReasons()
{
    return collect<AdjustReason>(
        m_session.run(QStringLiteral("SELECT code, description, direction, needs_note FROM api.adjust_reasons")),
        [](const QSqlQuery &row) {
            return AdjustReason{row.value(0).toString(), row.value(1).toString(),
                                AdjustReason::directionFrom(row.value(2).toString()), row.value(3).toBool()};
        });
}

Result<QList<TransferInfo>> LedgerService::transferList(const QString &location, bool openOnly, int limit)
{
    const QVariant where = textOrNull(location);
    return collect<TransferInfo>(
        m_session.run(QStringLiteral("SELECT id, sku, sku_name, from_location, to_location, shipped, received,"
                                     " written_off, cancelled, in_transit, state, shipped_at, last_change_at,"
                                     " shipped_by FROM api.transfer_list"
                                     " WHERE (?::text IS NULL OR from_location = ? OR to_location = ?)"
                                     " AND (NOT ?::boolean OR state = 'in_transit')"
                                     " ORDER BY id DESC LIMIT ?"),
                      {where, where, where, openOnly, limit}),
        [](const QSqlQuery &row) {
            TransferInfo t;
            t.id = row.value(TransferId).toLongLong();
            t.sku = row.value(TransferSku).toString();
            t.skuName = row.value(TransferSkuName).toString();
            t.from = row.value(TransferFrom).toString();
            t.to = row.value(TransferTo).toString();
            t.shipped = row.value(TransferShipped).toLongLong();
            t.received = row.value(TransferReceived).toLongLong();
            t.writtenOff = row.value(TransferWrittenOff).toLongLong();
            t.cancelled = row.value(TransferCancelled).toLongLong();
            t.inTransit = row.value(TransferInTransit).toLongLong();
            t.state = row.value(TransferState).toString();
            t.shippedAt = row.value(TransferShippedAt).toDateTime();
            t.lastChangeAt = row.value(TransferLastChangeAt).toDateTime();
            t.shippedBy = row.value(TransferShippedBy).toString();
            return t;
        });
}

Result<QList<ReservationInfo>> LedgerService::openReservations(const QString &location, bool expiredOnly, int limit)
{
    const QVariant where = textOrNull(location);
    return collect<ReservationInfo>(
        m_session.run(QStringLiteral("SELECT id, sku, sku_name, location, order_ref, channel, quantity, backordered,"
                                     " created_at, expires_at, created_by, expired FROM api.open_reservations"
                                     " WHERE (?::text IS NULL OR location = ?) AND (NOT ?::boolean OR expired)"
                                     " ORDER BY id, sku, location LIMIT ?"),
                      {where, where, expiredOnly, limit}),
        [](const QSqlQuery &row) {
            ReservationInfo r;
            r.id = row.value(ReservationId).toLongLong();
            r.sku = row.value(ReservationSku).toString();
            r.skuName = row.value(ReservationSkuName).toString();
            r.location = row.value(ReservationLocation).toString();
            r.orderRef = row.value(ReservationOrderRef).toString();
            r.channel = row.value(ReservationChannel).toString();
            r.quantity = row.value(ReservationQuantity).toLongLong();
            r.backordered = row.value(ReservationBackordered).toLongLong();
            r.createdAt = row.value(ReservationCreatedAt).toDateTime();
            r.expiresAt = row.value(ReservationExpiresAt).toDateTime();
            r.createdBy = row.value(ReservationCreatedBy).toString();
            r.expired = row.value(ReservationExpired).toBool();
            return r;
        });
}

} // namespace Stockroom::Services
