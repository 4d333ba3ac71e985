#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <ledger/ledgerservice.h>
#include <ledger/operation.h>
#include <result.h>

namespace Stockroom::FaultTest {

enum class Outcome
{
    Acknowledged, // the ledger answered with a result
    Refused,      // the ledger answered no (insufficient stock, wrong state...): nothing may have been applied
    Unknown,      // no answer: the connection was lost or the client gave up; applied once or not at all
};

// One operation a client made: what it asked, under which key (made before the first attempt and kept for
// every retry, as the desktop app's operation queue does), and what it was told.
struct FaultOp
{
    int client = -1; // -1: the seed stock
    int seq = 0;
    bool isReserve = false;
    Services::Operation op; // what it is, unless isReserve; op.key is the key
    Services::ReserveRequest reserve;
    Outcome outcome = Outcome::Unknown;
    QJsonObject result; // the acknowledged result
    Services::Error error;
    int attempts = 0;

    const QString &key() const { return op.key; }
    QString kindName() const;
    QString describe() const;
};

// Sends op through the app's own client path (LedgerService over a Session, which reconnects once by itself).
Services::Result<QJsonObject> send(Services::LedgerService &ledger, const FaultOp &op);

// The ledger answered and said no: nothing of the call can have been applied.
bool isRefusal(const Services::Error &error);

// "sku|location|bucket" -> units: the movements an applied op must have left, given its result.
using Movements = QMap<QString, qint64>;
Movements expectedMovements(const FaultOp &op, const QJsonObject &result);
// sku -> the change in the SKU's units on hand and in transit (what came in, went out, or was found missing).
QMap<QString, qint64> unitsChange(const FaultOp &op, const QJsonObject &result);

// The result without "replayed", which differs between a first answer and a replay.
QJsonObject comparable(QJsonObject result);

} // namespace Stockroom::FaultTest
