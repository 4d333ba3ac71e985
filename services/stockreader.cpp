#include "stockreader.h"

#include "session.h"

#include <QSqlQuery>
#include <QStringList>

namespace Stockroom::Services {

namespace {

// The SQL expression each sort orders by. Only these fixed fragments are ever put into the statement;
// everything the user typed is a bound value.
QString sortExpression(StockSort sort)
{
    switch (sort) {
    case StockSort::Sku:
        return QStringLiteral("sku");
    case StockSort::Name:
        return QStringLiteral("sku_name");
    case StockSort::Location:
        return QStringLiteral("location");
    case StockSort::Region:
        return QStringLiteral("coalesce(region, '')");
    case StockSort::OnHand:
        return QStringLiteral("on_hand");
    case StockSort::Reserved:
        return QStringLiteral("reserved");
    case StockSort::Available:
        return QStringLiteral("available");
    case StockSort::Inbound:
        return QStringLiteral("inbound");
    case StockSort::Damaged:
        return QStringLiteral("damaged");
    case StockSort::SafetyStock:
        return QStringLiteral("safety_stock");
    case StockSort::Backordered:
        return QStringLiteral("backordered");
    }
    return QStringLiteral("sku");
}

// The full key a page is ordered by: the sort expression, then SKU and location to make it unique.
QStringList orderKey(StockSort sort)
{
    switch (sort) {
    case StockSort::Sku:
        return {QStringLiteral("sku"), QStringLiteral("location")};
    case StockSort::Location:
        return {QStringLiteral("location"), QStringLiteral("sku")};
    default:
        return {sortExpression(sort), QStringLiteral("sku"), QStringLiteral("location")};
    }
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

StockReader::StockReader(Session &session)
    : m_session(session)
{
}

QVariant StockReader::sortValue(const StockRow &row, StockSort sort)
{
    switch (sort) {
    case StockSort::Sku:
        return row.sku;
    case StockSort::Name:
        return row.skuName;
    case StockSort::Location:
        return row.location;
    case StockSort::Region:
        return row.region;
    case StockSort::OnHand:
        return row.onHand;
    case StockSort::Reserved:
        return row.reserved;
    case StockSort::Available:
        return row.available;
    case StockSort::Inbound:
        return row.inbound;
    case StockSort::Damaged:
        return row.damaged;
    case StockSort::SafetyStock:
        return row.safetyStock;
    case StockSort::Backordered:
        return row.backordered;
    }
    return row.sku;
}

StockCursor StockReader::cursorOf(const StockRow &row, StockSort sort)
{
    return StockCursor{sortValue(row, sort), row.sku, row.location};
}

Result<QList<StockRow>> StockReader::page(const StockPageRequest &request)
{
    QString sql = QStringLiteral(
        "SELECT sku_id, location_id, sku, sku_name, location, location_name, region, on_hand, reserved, available,"
        " inbound, damaged, safety_stock, backordered, version, updated_at FROM api.stock WHERE true");
    QVariantList values;
    const StockFilter &filter = request.filter;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        sql += QStringLiteral(" AND (sku ILIKE ? OR sku_name ILIKE ?"
                              " OR sku IN (SELECT b.sku FROM api.barcodes b WHERE b.barcode = ?))");
        values << likePattern(text) << likePattern(text) << text;
    }
    if (!filter.location.isEmpty()) {
        sql += QStringLiteral(" AND location = ?");
        values << filter.location;
    }
    if (!filter.region.isEmpty()) {
        sql += QStringLiteral(" AND region = ?");
        values << filter.region;
    }
    if (filter.belowSafetyStock)
        sql += QStringLiteral(" AND safety_stock > 0 AND available < safety_stock");

    const QStringList key = orderKey(request.sort);
    const bool descending = request.order == Qt::DescendingOrder;
    if (request.after) {
        QStringList marks;
        for (qsizetype i = 0; i < key.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" AND (%1) %2 (%3)").arg(key.join(u", "), descending ? u"<" : u">", marks.join(u", "));
        if (key.size() == 3)
            values << request.after->sortValue;
        if (request.sort == StockSort::Location)
            values << request.after->location << request.after->sku;
        else
            values << request.after->sku << request.after->location;
    }
    QStringList order;
    for (const QString &part : key)
        order << part + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    sql += QStringLiteral(" ORDER BY ") + order.join(u", ") + QStringLiteral(" LIMIT ?");
    values << qMax(1, request.limit);

    auto ran = m_session.run(sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<StockRow> rows;
    rows.reserve(request.limit);
    while (query->next()) {
        StockRow row;
        row.skuId = query->value(0).toInt();
        row.locationId = query->value(1).toInt();
        row.sku = query->value(2).toString();
        row.skuName = query->value(3).toString();
        row.location = query->value(4).toString();
        row.locationName = query->value(5).toString();
        row.region = query->value(6).toString();
        row.onHand = query->value(7).toLongLong();
        row.reserved = query->value(8).toLongLong();
        row.available = query->value(9).toLongLong();
        row.inbound = query->value(10).toLongLong();
        row.damaged = query->value(11).toLongLong();
        row.safetyStock = query->value(12).toLongLong();
        row.backordered = query->value(13).toLongLong();
        row.version = query->value(14).toLongLong();
        row.updatedAt = query->value(15).toDateTime();
        rows.append(row);
    }
    query->finish();
    return rows;
}

Result<QList<MovementRow>> StockReader::movements(const QString &sku, const QString &location, int limit)
{
    auto ran = m_session.run(
        QStringLiteral("SELECT id, at, kind, bucket, quantity, coalesce(reason, ''),"
                       " coalesce(reference, 'transfer ' || transfer_id, 'reservation ' || reservation_id, ''), actor"
                       " FROM api.ledger WHERE sku = ? AND location = ? ORDER BY id DESC LIMIT ?"),
        {sku, location, limit});
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<MovementRow> rows;
    while (query->next()) {
        rows.append(MovementRow{query->value(0).toLongLong(), query->value(1).toDateTime(), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toLongLong(), query->value(5).toString(),
                                query->value(6).toString(), query->value(7).toString()});
    }
    query->finish();
    return rows;
}

Result<QList<LocationRef>> StockReader::locations()
{
    auto ran =
        m_session.run(QStringLiteral("SELECT code, name, coalesce(region, '') FROM api.locations ORDER BY code"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<LocationRef> rows;
    while (query->next())
        rows.append(LocationRef{query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    query->finish();
    return rows;
}

Result<QList<TransferRef>> StockReader::openTransfers(int limit)
{
    auto ran = m_session.run(QStringLiteral("SELECT transfer, sku, from_location, to_location, shipped, received"
                                            " FROM api.transfers WHERE status = 'in_transit'"
                                            " ORDER BY transfer DESC LIMIT ?"),
                             {limit});
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<TransferRef> rows;
    while (query->next())
        rows.append(TransferRef{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toLongLong(),
                                query->value(5).toLongLong()});
    query->finish();
    return rows;
}

Result<qint64> StockReader::eventsHead()
{
    auto ran = m_session.run(QStringLiteral("SELECT api.events_head()"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    const qint64 head = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return head;
}

} // namespace Stockroom::Services
