// applyOperation apart from the rest of Operation, so reading and writing operations (the offline journal) needs
// no ledger service.
#include "ledgerservice.h"
#include "operation.h"

#include <counts/countservice.h>

namespace Stockroom::Services {

Result<QJsonObject> applyOperation(LedgerService &ledger, const Operation &op)
{
    switch (op.kind) {
    case Operation::Kind::Receive:
        return ledger.receive(op.sku, op.location, op.quantity, op.key, op.reference);
    case Operation::Kind::Adjust:
        return ledger.adjust(op.sku, op.location, op.quantity, op.reason, op.key, op.reference);
    case Operation::Kind::Count:
        return ledger.count(op.sku, op.location, op.quantity, op.key, op.position);
    case Operation::Kind::TransferShip:
        return ledger.transferShip(op.sku, op.location, op.toLocation, op.quantity, op.key);
    case Operation::Kind::TransferReceive:
        return ledger.transferReceive(op.transfer, op.quantity > 0 ? std::optional<qint64>(op.quantity) : std::nullopt,
                                      op.key);
    case Operation::Kind::Return:
        return ledger.returnStock(op.sku, op.location, op.quantity, op.damaged, op.key, op.reference);
    case Operation::Kind::TransferCancel:
        return ledger.transferCancel(op.transfer, op.key);
    case Operation::Kind::TransferWriteOff:
        return ledger.transferWriteOff(op.transfer, op.quantity, op.reason, op.key);
    case Operation::Kind::Commit:
        return ledger.commit(op.reservation, op.key);
    case Operation::Kind::Release:
        return ledger.release(op.reservation, op.key);
    case Operation::Kind::ReleaseMany:
        return ledger.releaseMany(op.reservations, op.reason, op.key);
    case Operation::Kind::CountRecord:
        return CountService(ledger.session())
            .record({op.session, op.sku, op.quantity, op.area, op.device, op.position}, op.key);
    }
    return Error{Error::Kind::Internal, QStringLiteral("unknown operation"), {}};
}

} // namespace Stockroom::Services
