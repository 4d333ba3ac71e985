#include "referencedata.h"

#include <QSqlQuery>

#include <cmath>
#include <connection/session.h>

namespace Stockroom::Services {

namespace {

Error notFound(const QString &what)
{
    return Error{Error::Kind::NotFound, what, {}};
}

} // namespace

Result<SkuDetails> readSku(Session &session, const QString &code)
{
    auto ran = session.run(QStringLiteral("SELECT code, name, array_to_string(barcodes, ' '), unit_cost * 100"
                                          " FROM api.skus WHERE code = ?"),
                           {code});
    if (!ran)
        return ran.error();
    QSqlQuery *row = ran.value();
    if (!row->next()) {
        row->finish();
        return notFound(QStringLiteral("unknown SKU %1").arg(code));
    }
    SkuDetails out;
    out.code = row->value(0).toString();
    out.name = row->value(1).toString();
    out.barcodes = row->value(2).toString().split(u' ', Qt::SkipEmptyParts);
    if (!row->value(3).isNull())
        out.unitCostCents = qint64(std::llround(row->value(3).toDouble()));
    row->finish();
    return out;
}

Result<LocationInfo> readLocation(Session &session, const QString &code)
{
    auto ran = session.run(
        QStringLiteral("SELECT code, name, kind, coalesce(region, ''), latitude, longitude FROM api.locations"
                       " WHERE code = ?"),
        {code});
    if (!ran)
        return ran.error();
    QSqlQuery *row = ran.value();
    if (!row->next()) {
        row->finish();
        return notFound(QStringLiteral("unknown location %1").arg(code));
    }
    LocationInfo out;
    out.code = row->value(0).toString();
    out.name = row->value(1).toString();
    out.kind = row->value(2).toString();
    out.region = row->value(3).toString();
    if (!row->value(4).isNull())
        out.latitude = row->value(4).toDouble();
    if (!row->value(5).isNull())
        out.longitude = row->value(5).toDouble();
    row->finish();
    return out;
}

Result<qint64> readSafetyStock(Session &session, const QString &sku, const QString &location)
{
    auto ran = session.run(QStringLiteral("SELECT safety_stock FROM api.stock WHERE sku = ? AND location = ?"),
                           {sku, location});
    if (!ran)
        return ran.error();
    QSqlQuery *row = ran.value();
    const qint64 value = row->next() ? row->value(0).toLongLong() : 0;
    row->finish();
    return value;
}

} // namespace Stockroom::Services
