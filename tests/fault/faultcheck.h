#pragma once

#include "faultop.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <result.h>
#include <vector>

namespace Stockroom::Services {
class Session;
}

namespace Stockroom::FaultTest {

// What the ledger holds, read directly from its tables as the server's superuser once the faults are over.
struct LedgerFacts
{
    QHash<QString, QJsonObject> stored; // idempotency key -> the result stored under it
    QHash<QString, Movements> moved;    // idempotency key -> the movements made under it
    QHash<QString, int> rows;           // idempotency key -> how many movement rows
    qint64 movementsWithoutKey = 0;
    qint64 movements = 0;
    qint64 events = 0;
    qint64 keys = 0;

    static Services::Result<LedgerFacts> read(Services::Session &session);
    bool sameSize(const LedgerFacts &other) const
    {
        return movements == other.movements && events == other.events && keys == other.keys;
    }
};

// The checks after recovery; each returns the violations it found, in words (empty: none).
class Checker final
{
public:
    explicit Checker(std::vector<FaultOp *> ops);

    // Every acknowledged operation is in the ledger exactly once with the result it was told; every refused one is
    // absent; every unanswered one is absent or there once; no movement has a key no client made.
    QStringList checkOperations(const LedgerFacts &facts) const;
    // api.verify() is clean; each row's reserved equals its active holds and its inbound what is in transit to it;
    // per SKU, received - shipped out + adjusted = on hand + in transit, in the ledger and in the clients' own
    // account of what they were told. table receives a line per SKU.
    QStringList checkBalances(Services::Session &session, const LedgerFacts &facts, QStringList *table) const;

private:
    std::vector<FaultOp *> m_ops;
};

} // namespace Stockroom::FaultTest
