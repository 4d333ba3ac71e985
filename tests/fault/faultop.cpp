#include "faultop.h"

#include <QJsonArray>

namespace Stockroom::FaultTest {

using Services::Error;
using Services::Operation;

namespace {

QString cell(const QString &sku, const QString &location, const char16_t *bucket)
{
    return sku + u'|' + location + u'|' + QStringView(bucket);
}

} // namespace

QString FaultOp::kindName() const
{
    return isReserve ? QStringLiteral("reserve") : Operation::kindName(op.kind);
}

QString FaultOp::describe() const
{
    const QString who = client < 0 ? QStringLiteral("seed") : QStringLiteral("client %1 op %2").arg(client).arg(seq);
    const QString what =
        isReserve ? QStringLiteral("reserve %1 × %2 at %3").arg(reserve.quantity).arg(reserve.sku, reserve.location)
                  : op.describe();
    return QStringLiteral("%1: %2 [key %3]").arg(who, what, key());
}

Services::Result<QJsonObject> send(Services::LedgerService &ledger, const FaultOp &op)
{
    if (op.isReserve)
        return ledger.reserve(op.reserve, op.key());
    return Services::applyOperation(ledger, op.op);
}

bool isRefusal(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
    case Error::Kind::Refused:
    case Error::Kind::PermissionDenied:
    case Error::Kind::Conflict:
        return true;
    case Error::Kind::Busy:
    case Error::Kind::Connection:
    case Error::Kind::Internal:
        return false;
    }
    return false;
}

Movements expectedMovements(const FaultOp &f, const QJsonObject &result)
{
    Movements out;
    const auto add = [&out](const QString &key, qint64 quantity) {
        if (quantity != 0)
            out[key] += quantity;
    };
    if (f.isReserve) {
        add(cell(f.reserve.sku, f.reserve.location, u"reserved"), f.reserve.quantity);
        return out;
    }
    const Operation &op = f.op;
    switch (op.kind) {
    case Operation::Kind::Receive:
    case Operation::Kind::Adjust:
        add(cell(op.sku, op.location, u"on_hand"), op.quantity);
        break;
    case Operation::Kind::Count:
        add(cell(op.sku, op.location, u"on_hand"), result.value(u"difference").toInteger());
        break;
    case Operation::Kind::TransferShip:
        add(cell(op.sku, op.location, u"on_hand"), -op.quantity);
        add(cell(op.sku, op.toLocation, u"inbound"), op.quantity);
        break;
    case Operation::Kind::TransferReceive: {
        const QString sku = result.value(u"sku").toString();
        const QString to = result.value(u"to").toString();
        const qint64 received = result.value(u"received").toInteger();
        add(cell(sku, to, u"inbound"), -received);
        add(cell(sku, to, u"on_hand"), received);
        break;
    }
    case Operation::Kind::Commit:
    case Operation::Kind::Release:
        for (const QJsonValue &value : result.value(u"lines").toArray()) {
            const QJsonObject line = value.toObject();
            const QString sku = line.value(u"sku").toString();
            const QString location = line.value(u"location").toString();
            const qint64 quantity = line.value(u"quantity").toInteger();
            add(cell(sku, location, u"reserved"), -quantity);
            if (op.kind == Operation::Kind::Commit)
                add(cell(sku, location, u"on_hand"), -quantity);
        }
        break;
    default:
        break;
    }
    return out;
}

QMap<QString, qint64> unitsChange(const FaultOp &f, const QJsonObject &result)
{
    QMap<QString, qint64> out;
    if (f.isReserve)
        return out;
    switch (f.op.kind) {
    case Operation::Kind::Receive:
    case Operation::Kind::Adjust:
        out[f.op.sku] += f.op.quantity;
        break;
    case Operation::Kind::Count:
        out[f.op.sku] += result.value(u"difference").toInteger();
        break;
    case Operation::Kind::Commit:
        for (const QJsonValue &value : result.value(u"lines").toArray())
            out[value[u"sku"].toString()] -= value[u"quantity"].toInteger();
        break;
    default: // ships and receipts move units between on hand and in transit; reservations and releases hold them
        break;
    }
    return out;
}

QJsonObject comparable(QJsonObject result)
{
    result.remove(u"replayed");
    return result;
}

} // namespace Stockroom::FaultTest
