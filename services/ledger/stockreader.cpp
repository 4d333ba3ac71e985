#include "stockreader.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <connection/session.h>
#include <limits>

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

// The full key a page is ordered by: the sort expression, then ids that make it unique and that the
// indexes deliver in order (stock_level's primary key, sku (name, id)), so a page never sorts the table.
QStringList orderKey(StockSort sort)
{
    if (sort == StockSort::Sku)
        return {QStringLiteral("sku"), QStringLiteral("location")};
    return {sortExpression(sort), QStringLiteral("sku_id"), QStringLiteral("location_id")};
}

const QString kColumnList = QStringLiteral(
    "SELECT sku_id, location_id, sku, sku_name, location, location_name, region, on_hand, reserved, available,"
    " inbound, damaged, safety_stock, backordered, version, updated_at");
const QString kColumns = kColumnList + QStringLiteral(" FROM api.stock WHERE true");

bool isBucket(StockSort sort)
{
    return sort != StockSort::Sku && sort != StockSort::Name && sort != StockSort::Location &&
           sort != StockSort::Region;
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
    return StockCursor{row.pageKey.isValid() ? row.pageKey : sortValue(row, sort), row.sku, row.location, row.skuId,
                       row.locationId};
}

bool StockReader::readsProjection(const StockPageRequest &request)
{
    return isBucket(request.sort) && request.filter.text.trimmed().isEmpty() && request.filter.sku.isEmpty();
}

Result<ProjectionFreshness> StockReader::refreshProjection(Session &primary, int limit)
{
    auto result = primary.callJson(QStringLiteral("SELECT api.stock_rank_refresh(?)::text"), {limit});
    if (!result)
        return result.error();
    // Skipped while another refresh runs: as fresh as that one left it.
    auto ran = primary.run(QStringLiteral("SELECT refreshed_at, behind FROM api.stock_rank_freshness()"));
    if (!ran)
        return ran.error();
    ProjectionFreshness freshness;
    if (ran.value()->next()) {
        freshness.refreshedAt = ran.value()->value(0).toDateTime();
        freshness.behind = ran.value()->value(1).toLongLong();
    }
    ran.value()->finish();
    return freshness;
}

Result<StockReader::Where> StockReader::filterClause(const StockFilter &filter, bool withLocation)
{
    Where where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // A whole barcode (a scan) means that one SKU, resolved as the write API resolves it (api.sku_code: a
        // SKU code first, then a barcode). Looked up first, so the text condition stays a plain OR of two
        // trigram-indexed ILIKEs the planner can combine; a whole code keeps matching as text (it also finds
        // the codes that contain it).
        auto resolved = m_session.run(QStringLiteral("SELECT api.sku_code(?)"), {text});
        if (!resolved)
            return resolved.error();
        QSqlQuery *query = resolved.value();
        const QString sku = query->next() ? query->value(0).toString() : QString();
        query->finish();
        if (!sku.isEmpty() && sku != text) {
            where.sql += QStringLiteral(" AND sku = ?");
            where.values << sku;
        } else {
            where.sql += QStringLiteral(" AND (sku ILIKE ? OR sku_name ILIKE ?)");
            where.values << likePattern(text) << likePattern(text);
        }
    }
    if (withLocation && !filter.location.isEmpty()) {
        where.sql += QStringLiteral(" AND location = ?");
        where.values << filter.location;
    }
    if (withLocation && !filter.region.isEmpty()) {
        where.sql += QStringLiteral(" AND region = ?");
        where.values << filter.region;
    }
    if (filter.belowSafetyStock)
        where.sql += QStringLiteral(" AND safety_stock > 0 AND available < safety_stock");
    if (!filter.sku.isEmpty()) {
        where.sql += QStringLiteral(" AND sku = ?");
        where.values << filter.sku;
    }
    return where;
}

Result<QList<StockRow>> StockReader::page(const StockPageRequest &request)
{
    if (request.sort == StockSort::Location || request.sort == StockSort::Region)
        return pageByLocation(request);
    return pageInKeyOrder(request);
}

Result<QList<StockRow>> StockReader::pageInKeyOrder(const StockPageRequest &request)
{
    auto where = filterClause(request.filter, true);
    if (!where)
        return where.error();
    // A bucket is sorted by its projection's index (migration 17): ledger.stock_level has no index on a bucket, so
    // that a reserve stays a HOT update.
    const bool ranked = readsProjection(request);
    QStringList key = orderKey(request.sort);
    if (ranked)
        key.first() = QStringLiteral("rank_") + key.first();
    QString sql = kColumns + where->sql;
    if (ranked)
        sql = kColumnList + u", " + key.first() + QStringLiteral(" FROM api.stock_ranked WHERE true") + where->sql;
    QVariantList values = where->values;
    const bool descending = request.order == Qt::DescendingOrder;
    if (request.after) {
        const StockCursor &after = *request.after;
        const QVariantList bound = request.sort == StockSort::Sku
                                       ? QVariantList{after.sku, after.location}
                                       : QVariantList{after.sortValue, after.skuId, after.locationId};
        QStringList marks;
        for (qsizetype i = 0; i < key.size(); ++i)
            marks << QStringLiteral("?");
        // The redundant bound on the first key lets an index on it start at the cursor.
        sql += QStringLiteral(" AND %1 %2 ? AND (%3) %4 (%5)")
                   .arg(key.first(), descending ? u"<=" : u">=", key.join(u", "), descending ? u"<" : u">",
                        marks.join(u", "));
        values << bound.first() << bound;
    }
    QStringList order;
    for (const QString &part : key)
        order << part + (descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC"));
    sql += QStringLiteral(" ORDER BY ") + order.join(u", ") + QStringLiteral(" LIMIT ?");
    values << qMax(1, request.limit);
    return fetch(sql, values, request.limit, ranked);
}

// Sorted by location (or region, then location): one location at a time in that order, each location's
// rows in SKU id order straight from the (location_id, sku_id) index.
Result<QList<StockRow>> StockReader::pageByLocation(const StockPageRequest &request)
{
    const bool descending = request.order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString locationSql = QStringLiteral("SELECT code FROM api.locations WHERE true");
    QVariantList locationValues;
    if (!request.filter.location.isEmpty()) {
        locationSql += QStringLiteral(" AND code = ?");
        locationValues << request.filter.location;
    }
    if (!request.filter.region.isEmpty()) {
        locationSql += QStringLiteral(" AND region = ?");
        locationValues << request.filter.region;
    }
    locationSql +=
        QStringLiteral(" ORDER BY ") +
        (request.sort == StockSort::Region ? QStringLiteral("coalesce(region, '')") + direction + QStringLiteral(", ")
                                           : QString()) +
        QStringLiteral("code") + direction;
    auto ran = m_session.run(locationSql, locationValues);
    if (!ran)
        return ran.error();
    QStringList locations;
    while (ran.value()->next())
        locations << ran.value()->value(0).toString();
    ran.value()->finish();

    auto where = filterClause(request.filter, false);
    if (!where)
        return where.error();
    qsizetype start = 0;
    if (request.after) {
        start = locations.indexOf(request.after->location);
        if (start < 0)
            return QList<StockRow>{};
    }
    QList<StockRow> rows;
    for (qsizetype i = start; i < locations.size() && rows.size() < request.limit; ++i) {
        QString sql = kColumns + QStringLiteral(" AND location = ?") + where->sql;
        QVariantList values{locations.at(i)};
        values << where->values;
        if (request.after && i == start) {
            sql += descending ? QStringLiteral(" AND sku_id < ?") : QStringLiteral(" AND sku_id > ?");
            values << request.after->skuId;
        }
        sql += QStringLiteral(" ORDER BY sku_id") + direction + QStringLiteral(" LIMIT ?");
        const int wanted = request.limit - int(rows.size());
        values << wanted;
        auto part = fetch(sql, values, wanted);
        if (!part)
            return part.error();
        rows << part.value();
    }
    return rows;
}

Result<QList<StockRow>> StockReader::matching(const StockFilter &filter, const QList<QPair<QString, QString>> &keys)
{
    auto where = filterClause(filter, true);
    if (!where)
        return where.error();
    QList<StockRow> rows;
    for (const auto &[sku, location] : keys) {
        QVariantList values{sku, location};
        values << where->values;
        auto row = fetch(kColumns + QStringLiteral(" AND sku = ? AND location = ?") + where->sql, values, 1);
        if (!row)
            return row.error();
        rows << row.value();
    }
    return rows;
}

Result<QList<StockRow>> StockReader::fetch(const QString &sql, const QVariantList &values, int limit, bool withPageKey)
{
    auto ran = m_session.run(sql, values);
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<StockRow> rows;
    rows.reserve(limit);
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
        if (withPageKey)
            row.pageKey = query->value(16).toLongLong();
        rows.append(row);
    }
    query->finish();
    return rows;
}

Result<StockTotals> StockReader::totals(const StockFilter &filter)
{
    auto where = filterClause(filter, true);
    if (!where)
        return where.error();
    auto ran = m_session.run(QStringLiteral("SELECT count(*), coalesce(sum(on_hand), 0), coalesce(sum(reserved), 0),"
                                            " coalesce(sum(available), 0), coalesce(sum(inbound), 0),"
                                            " coalesce(sum(damaged), 0), coalesce(sum(backordered), 0)"
                                            " FROM api.stock WHERE true") +
                                 where.value().sql,
                             where.value().values);
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    StockTotals totals;
    if (query->next()) {
        totals.rows = query->value(0).toLongLong();
        totals.onHand = query->value(1).toLongLong();
        totals.reserved = query->value(2).toLongLong();
        totals.available = query->value(3).toLongLong();
        totals.inbound = query->value(4).toLongLong();
        totals.damaged = query->value(5).toLongLong();
        totals.backordered = query->value(6).toLongLong();
    }
    query->finish();
    return totals;
}

Result<QList<MovementRow>> StockReader::movements(const QString &sku, const QString &location, int limit,
                                                  qint64 beforeId)
{
    auto ran = m_session.run(
        QStringLiteral("SELECT id, at, kind, bucket, quantity, coalesce(reason, ''),"
                       " coalesce(reference, 'transfer ' || transfer_id, 'reservation ' || reservation_id, ''), actor"
                       " FROM api.ledger WHERE sku = ? AND location = ? AND id < ? ORDER BY id DESC LIMIT ?"),
        {sku, location, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
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
    auto ran = m_session.run(QStringLiteral("SELECT transfer, sku, from_location, to_location, shipped, received,"
                                            " in_transit FROM api.transfers WHERE status = 'in_transit'"
                                            " ORDER BY transfer DESC LIMIT ?"),
                             {limit});
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    QList<TransferRef> rows;
    while (query->next())
        rows.append(TransferRef{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                                query->value(3).toString(), query->value(4).toLongLong(), query->value(5).toLongLong(),
                                query->value(6).toLongLong()});
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
