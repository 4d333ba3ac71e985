#include "skulookup.h"

#include <QSqlQuery>

#include <connection/session.h>

namespace Stockroom::Services {

Result<SkuLookup> lookUpSku(Session &session, const QString &query, const QString &location)
{
    SkuLookup out;
    out.query = query.trimmed();
    out.location = location;
    if (out.query.isEmpty())
        return out;
    auto ran =
        session.run(QStringLiteral("SELECT k.code, k.name, s.sku IS NOT NULL, s.on_hand, s.reserved, s.available,"
                                   "       s.inbound, s.damaged, s.safety_stock, s.backordered, s.version,"
                                   "       (SELECT max(m.id) FROM api.ledger m"
                                   "         WHERE m.sku_id = s.sku_id AND m.location_id = s.location_id)"
                                   "  FROM api.skus k LEFT JOIN api.stock s ON s.sku = k.code AND s.location = ?"
                                   " WHERE k.code = api.sku_code(?)"),
                    {location, out.query});
    if (!ran)
        return ran.error();
    QSqlQuery *row = ran.value();
    if (row->next()) {
        out.found = true;
        out.sku = row->value(0).toString();
        out.name = row->value(1).toString();
        out.stocked = row->value(2).toBool();
        StockBalances &b = out.balances;
        b.onHand = row->value(3).toLongLong();
        b.reserved = row->value(4).toLongLong();
        b.available = row->value(5).toLongLong();
        b.inbound = row->value(6).toLongLong();
        b.damaged = row->value(7).toLongLong();
        b.safetyStock = row->value(8).toLongLong();
        b.backordered = row->value(9).toLongLong();
        b.version = row->value(10).toLongLong();
        out.position = row->value(11).toLongLong();
    }
    row->finish();
    return out;
}

} // namespace Stockroom::Services
