#pragma once

#include "stockbalances.h"

#include <QMetaType>
#include <QString>

#include <result.h>

namespace Stockroom::Services {

class Session;

// What a form shows as soon as a scan or a typed code is resolved: the SKU's name and its buckets at the
// location (all zero when the SKU has never been stocked there).
struct SkuLookup
{
    QString query; // what was scanned or typed
    QString location;
    bool found = false;
    QString sku;
    QString name;
    bool stocked = false; // a stock row exists at location
    StockBalances balances;
    qint64 position = 0; // the row's newest movement: what a count made now is pinned to
};

// Resolves a SKU code or any of its barcodes, with its balances at location, in one read.
Result<SkuLookup> lookUpSku(Session &session, const QString &query, const QString &location);

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::SkuLookup)
