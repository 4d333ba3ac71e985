#pragma once

#include <QString>

namespace Stockroom::Models {

// The user's words for the ledger's codes: "Transfer shipped" for transfer_ship, "On hand" for on_hand.
// An unknown code (from a newer schema) is shown as it is.
QString movementKindText(const QString &kind);
QString bucketText(const QString &bucket);
QString adjustReasonText(const QString &reason);
// A code no table has words for, readable: "payment_failed" as "Payment failed".
QString codeAsWords(QString code);

} // namespace Stockroom::Models
