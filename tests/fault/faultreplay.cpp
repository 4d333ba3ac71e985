#include "faultreplay.h"

#include <QJsonDocument>
#include <QThread>

#include <algorithm>
#include <connection/session.h>
#include <memory>

namespace Stockroom::FaultTest {

namespace {

// One thread's share of the replays: every connections-th operation from first.
ReplayReport replayShare(const Services::ConnectionSpec &spec, int first, int connections,
                         const std::vector<FaultOp *> &ops, const LedgerFacts &before)
{
    ReplayReport report;
    Services::Session session(spec, QStringLiteral("fault-replay-%1").arg(first));
    Services::LedgerService ledger(session);
    for (size_t i = size_t(first); i < ops.size(); i += size_t(connections)) {
        const FaultOp *op = ops[i];
        if (!before.stored.contains(op->key()))
            continue;
        ++report.replays;
        auto again = send(ledger, *op);
        if (!again) {
            report.violations << QStringLiteral("%1: its replay failed: %2").arg(op->describe(), again.error().message);
            continue;
        }
        if (!again->value(u"replayed").toBool())
            report.violations << QStringLiteral("%1: its replay was applied again, not replayed").arg(op->describe());
        if (comparable(again.value()) != comparable(before.stored.value(op->key())))
            report.violations
                << QStringLiteral("%1: its replay returned %2, not the stored %3")
                       .arg(op->describe(),
                            QString::fromUtf8(QJsonDocument(again.value()).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(
                                QJsonDocument(before.stored.value(op->key())).toJson(QJsonDocument::Compact)));
    }
    return report;
}

} // namespace

ReplayReport replayApplied(const Services::ConnectionSpec &spec, int connections, const std::vector<FaultOp *> &ops,
                           const LedgerFacts &before)
{
    std::vector<ReplayReport> shares(static_cast<size_t>(connections));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < connections; ++i) {
        threads.emplace_back(
            QThread::create([&, i] { shares[size_t(i)] = replayShare(spec, i, connections, ops, before); }));
        threads.back()->start();
    }
    ReplayReport report;
    for (int i = 0; i < connections; ++i) {
        threads[size_t(i)]->wait();
        report.replays += shares[size_t(i)].replays;
        report.violations += shares[size_t(i)].violations;
    }
    Services::Session session(spec, QStringLiteral("fault-replay-check"));
    auto after = LedgerFacts::read(session);
    if (!after) {
        report.violations
            << QStringLiteral("reading the ledger after the replays failed: %1").arg(after.error().message);
    } else if (!after->sameSize(before)) {
        report.violations << QStringLiteral(
                                 "replaying %1 keys changed the ledger: movements %2 -> %3, events %4 -> %5, "
                                 "keys %6 -> %7")
                                 .arg(report.replays)
                                 .arg(before.movements)
                                 .arg(after->movements)
                                 .arg(before.events)
                                 .arg(after->events)
                                 .arg(before.keys)
                                 .arg(after->keys);
    }
    return report;
}

ReplayReport resendUnanswered(Services::Session &session, const std::vector<FaultOp *> &ops, const LedgerFacts &facts)
{
    ReplayReport report;
    Services::LedgerService ledger(session);
    std::vector<FaultOp *> pending;
    for (FaultOp *op : ops) {
        if (op->outcome == Outcome::Unknown && !facts.stored.contains(op->key()))
            pending.push_back(op);
    }
    std::stable_sort(pending.begin(), pending.end(),
                     [](const FaultOp *a, const FaultOp *b) { return a->op.createdAt < b->op.createdAt; });
    for (FaultOp *op : pending) {
        ++report.replays;
        ++op->attempts;
        auto result = send(ledger, *op);
        if (result) {
            op->outcome = Outcome::Acknowledged;
            op->result = result.value();
            ++report.applied;
        } else if (isRefusal(result.error())) {
            op->outcome = Outcome::Refused;
            op->error = result.error();
            ++report.refused;
        } else {
            report.violations << QStringLiteral("%1: resent with no fault about, it still failed: %2")
                                     .arg(op->describe(), result.error().message);
        }
    }
    return report;
}

} // namespace Stockroom::FaultTest
