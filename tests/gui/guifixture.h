#pragma once

#include <QString>
#include <QVariantList>

#include <connection/connectionspec.h>
#include <result.h>

namespace Stockroom::Tests {

// A small, known ledger for view tests: 3 locations in 2 regions, 20 SKUs with a barcode each
// (T-001..T-020, barcode 4000000000NN), every SKU received at every location, safety stock 40 on
// T-001..T-003 at ST-B.
Services::Status seedSmallLedger(const Services::ConnectionSpec &spec);

// The first column of the first row of a query, as the superuser: the truth to compare views against.
QVariant scalar(const Services::ConnectionSpec &spec, const QString &sql, const QVariantList &values = {});

} // namespace Stockroom::Tests
