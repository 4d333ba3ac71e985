#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class LedgerService;

// One stock operation as a user typed it, with the idempotency key it was given when its form opened.
// It can be applied now, or written to the offline journal and applied later with the same key.
struct Operation
{
    enum class Kind
    {
        Receive,
        Adjust,
        Count,
        TransferShip,
        TransferReceive,
        Return,
        TransferCancel,   // transfer
        TransferWriteOff, // transfer, quantity, reason
        Commit,           // reservation
        Release,          // reservation
        ReleaseMany,      // reservations, reason
        CountRecord,      // session, sku, quantity (counted), area, device, position
    };

    Kind kind = Kind::Receive;
    QString key;
    QString sku;
    QString location; // the source for a transfer
    QString toLocation;
    qint64 quantity = 0;  // a signed delta for Adjust, the counted quantity for Count
    qint64 position = -1; // Count, CountRecord: the stock row's newest movement when it was counted (-1: as of now)
    qint64 transfer = 0;
    qint64 reservation = 0;
    QList<qint64> reservations; // ReleaseMany's
    qint64 session = 0;         // CountRecord's count session
    QString area;               // CountRecord's: the shelf or bay the counter declared
    QString device;             // CountRecord's: the workstation or handheld it was typed on
    QString reason;
    QString reference;
    bool damaged = false;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::optional<Operation> fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
    // In words, for reports: "receive 5 × SKU-1 at WH-A".
    QString describe() const;
    // The api function it calls, for permission checks: "api.receive(text,text,bigint,text,text)".
    static QString functionSignature(Kind kind);
    // Every kind, in declaration order.
    static QList<Kind> kinds();
};

// Calls the ledger API for op; a retry with the same op returns the first result.
Result<QJsonObject> applyOperation(LedgerService &ledger, const Operation &op);

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::Operation)
