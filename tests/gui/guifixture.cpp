#include "guifixture.h"

#include <QSqlQuery>
#include <QVariant>

#include <connection/session.h>

namespace Stockroom::Tests {

Services::Status seedSmallLedger(const Services::ConnectionSpec &spec)
{
    Services::Session session(spec, QStringLiteral("seed"));
    return session.execScript(QStringLiteral(R"sql(
SELECT api.add_location('WH-A', 'Warehouse A', 'warehouse', 'North');
SELECT api.add_location('ST-B', 'Store B', 'store', 'North');
SELECT api.add_location('ST-C', 'Store C', 'store', 'South');
SELECT api.add_sku(format('T-%s', lpad(i::text, 3, '0')),
                   (ARRAY['Oak mug', 'Steel lamp', 'Linen towel'])[1 + i % 3] || ' ' || i,
                   ARRAY['4000000000' || lpad(i::text, 2, '0')])
  FROM generate_series(1, 20) i;
SELECT api.receive(s.code, l.code, 1 + abs(hashtext(s.code || l.code)) % 50, 'PO-1', 'seed:' || s.code || l.code)
  FROM api.skus s, api.locations l;
SELECT api.set_safety_stock(s.code, 'ST-B', 40, 'seed:safety:' || s.code)
  FROM api.skus s WHERE s.code IN ('T-001', 'T-002', 'T-003');
)sql"));
}

QVariant scalar(const Services::ConnectionSpec &spec, const QString &sql, const QVariantList &values)
{
    Services::Session session(spec, QStringLiteral("check"));
    auto ran = session.run(sql, values);
    if (!ran)
        return QVariant(ran.error().message);
    QVariant value = ran.value()->next() ? ran.value()->value(0) : QVariant();
    ran.value()->finish();
    return value;
}

} // namespace Stockroom::Tests
