#pragma once

#include <QtGlobal>

namespace Stockroom::Services {

// The buckets of one SKU x location and the version that orders their changes: what a stock row shows
// and what an outbox event carries.
struct StockBalances
{
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;
    qint64 inbound = 0;
    qint64 damaged = 0;
    qint64 safetyStock = 0;
    qint64 backordered = 0;
    qint64 version = 0;
};

} // namespace Stockroom::Services
