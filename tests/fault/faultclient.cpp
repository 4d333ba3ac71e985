#include "faultclient.h"

#include <QJsonArray>
#include <QThread>

#include <connection/session.h>

namespace Stockroom::FaultTest {

using Services::Operation;

FaultClient::FaultClient(Setup setup)
    : m_setup(std::move(setup))
    , m_rng(m_setup.seed * 0x9E3779B97F4A7C15ULL + quint64(m_setup.index) * 0xBF58476D1CE4E5B9ULL + 1)
{
}

qint64 FaultClient::between(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_rng);
}

const QString &FaultClient::pick(const QStringList &from)
{
    return from.at(between(0, from.size() - 1));
}

void FaultClient::run()
{
    Services::Session session(m_setup.spec, QStringLiteral("fault-client-%1").arg(m_setup.index));
    Services::LedgerService ledger(session);
    while (!m_setup.stop->load()) {
        FaultOp op = next(ledger);
        op.client = m_setup.index;
        op.seq = int(m_ops.size());
        execute(ledger, op);
        learn(op);
        m_ops.push_back(std::move(op));
        QThread::msleep(quint64(between(2, 20))); // think time: a till or a workstation, not a load generator
    }
}

FaultOp FaultClient::next(Services::LedgerService &ledger)
{
    FaultOp f;
    Operation &op = f.op;
    op.key = Services::LedgerService::newKey(); // before the first attempt, kept for every retry
    op.createdAt = QDateTime::currentDateTimeUtc();
    const bool holding = !m_reservations.isEmpty();
    const bool inTransit = !m_transfers.isEmpty();
    // Weights: reserve 24, commit 18, release 10, ship 8, receive a transfer 10, receive 8, adjust 8, count 6.
    qint64 roll = between(0, 91);
    if (!holding && roll >= 24 && roll < 52)
        roll = 0; // nothing to commit or release: reserve
    if (!inTransit && roll >= 60 && roll < 70)
        roll = 52; // nothing in transit: ship
    if (roll < 24) {
        f.isReserve = true;
        f.reserve.sku = pick(m_setup.skus);
        f.reserve.location = pick(m_setup.locations);
        f.reserve.quantity = between(1, 12);
        f.reserve.ttlSeconds = 3600; // nothing expires during a run: every end of a hold is a client's
        f.reserve.channel = QStringLiteral("store");
        f.reserve.orderRef = QStringLiteral("FT-%1-%2").arg(m_setup.index).arg(m_ops.size());
    } else if (roll < 52) {
        op.kind = roll < 42 ? Operation::Kind::Commit : Operation::Kind::Release;
        op.reservation = m_reservations.takeAt(between(0, m_reservations.size() - 1));
    } else if (roll < 60) {
        op.kind = Operation::Kind::TransferShip;
        op.sku = pick(m_setup.skus);
        op.location = pick(m_setup.locations);
        do {
            op.toLocation = pick(m_setup.locations);
        } while (op.toLocation == op.location);
        op.quantity = between(1, 10);
    } else if (roll < 70) {
        op.kind = Operation::Kind::TransferReceive;
        const qsizetype index = between(0, m_transfers.size() - 1);
        const OpenTransfer open = m_transfers.takeAt(index);
        op.transfer = open.id;
        op.quantity = between(0, 1) == 0 ? 0 : between(1, open.left); // 0: the rest
    } else if (roll < 78) {
        op.kind = Operation::Kind::Receive;
        op.sku = pick(m_setup.skus);
        op.location = pick(m_setup.locations);
        op.quantity = between(1, 20);
    } else if (roll < 86) {
        op.kind = Operation::Kind::Adjust;
        op.sku = pick(m_setup.skus);
        op.location = pick(m_setup.locations);
        const bool found = between(0, 2) == 0;
        op.quantity = found ? between(1, 5) : -between(1, 5);
        op.reason = found ? QStringLiteral("found") : QStringLiteral("lost");
    } else {
        op.kind = Operation::Kind::Count;
        op.sku = pick(m_setup.skus);
        op.location = pick(m_setup.locations);
        // What is on the shelf is what the ledger says, give or take a few: read it (a failed read counts
        // nothing, the count goes from a guess).
        const qint64 drift = between(-3, 3);
        qint64 onHand = 100;
        if (auto rows = ledger.stock(op.sku, op.location); rows && !rows->isEmpty())
            onHand = rows->first()[u"on_hand"].toInteger();
        op.quantity = qMax<qint64>(0, onHand + drift);
    }
    return f;
}

void FaultClient::execute(Services::LedgerService &ledger, FaultOp &op)
{
    const int patience = int(between(0, 4)); // retries after a lost connection before the client gives up
    for (int retry = 0;; ++retry) {
        ++op.attempts;
        auto result = send(ledger, op);
        if (result) {
            op.outcome = Outcome::Acknowledged;
            op.result = result.value();
            return;
        }
        op.error = result.error();
        if (isRefusal(op.error)) {
            op.outcome = Outcome::Refused;
            return;
        }
        if (retry >= patience || m_setup.stop->load()) {
            op.outcome = Outcome::Unknown;
            return;
        }
        ++m_retries;
        QThread::msleep(quint64(qMin<qint64>(1500, 100LL << retry) + between(0, 100)));
    }
}

void FaultClient::learn(const FaultOp &f)
{
    if (f.outcome != Outcome::Acknowledged)
        return; // a refused or unanswered commit, release or receipt: the client does not touch it again
    if (f.isReserve) {
        m_reservations << f.result.value(u"reservation").toInteger();
        return;
    }
    if (f.op.kind == Operation::Kind::TransferShip) {
        m_transfers << OpenTransfer{f.result.value(u"transfer").toInteger(), f.op.quantity};
    } else if (f.op.kind == Operation::Kind::TransferReceive) {
        const qint64 left = f.result.value(u"outstanding").toInteger();
        if (left > 0)
            m_transfers << OpenTransfer{f.op.transfer, left};
    }
}

} // namespace Stockroom::FaultTest
