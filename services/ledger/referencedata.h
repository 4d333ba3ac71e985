#pragma once

#include "ledgerservice.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// A SKU as its edit form shows it (api.skus).
struct SkuDetails
{
    QString code;
    QString name;
    QStringList barcodes;
    std::optional<qint64> unitCostCents;
};

Result<SkuDetails> readSku(Session &session, const QString &code);
Result<LocationInfo> readLocation(Session &session, const QString &code);
// The safety stock of sku at location (0 when the row does not exist yet).
Result<qint64> readSafetyStock(Session &session, const QString &sku, const QString &location);

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::SkuDetails)
