#include "faultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <connection/session.h>

namespace Stockroom::FaultTest {

using Services::Result;
using Services::Session;

namespace {

QString show(const Movements &movements)
{
    QStringList parts;
    for (auto it = movements.cbegin(); it != movements.cend(); ++it)
        parts << QStringLiteral("%1 %2%3")
                     .arg(it.key())
                     .arg(it.value() > 0 ? QStringLiteral("+") : QString())
                     .arg(it.value());
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

QString show(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Result<LedgerFacts> LedgerFacts::read(Session &session)
{
    LedgerFacts facts;
    auto stored = session.rows(QStringLiteral("SELECT key, result::text AS result FROM ledger.idempotency"));
    if (!stored)
        return stored.error();
    for (const QJsonValue &row : stored.value())
        facts.stored.insert(row[u"key"].toString(),
                            QJsonDocument::fromJson(row[u"result"].toString().toUtf8()).object());
    auto moved = session.rows(
        QStringLiteral("SELECT m.idempotency_key AS key, s.code || '|' || l.code || '|' || m.bucket AS cell,"
                       " sum(m.quantity)::bigint AS quantity, count(*)::int AS rows"
                       " FROM ledger.movement m JOIN ledger.sku s ON s.id = m.sku_id"
                       " JOIN ledger.location l ON l.id = m.location_id GROUP BY 1, 2"));
    if (!moved)
        return moved.error();
    for (const QJsonValue &row : moved.value()) {
        if (row[u"key"].isNull()) {
            facts.movementsWithoutKey += row[u"rows"].toInteger();
            continue;
        }
        const QString key = row[u"key"].toString();
        facts.moved[key][row[u"cell"].toString()] += row[u"quantity"].toInteger();
        facts.rows[key] += int(row[u"rows"].toInteger());
    }
    auto sizes = session.rows(QStringLiteral("SELECT (SELECT count(*) FROM ledger.movement) AS movements,"
                                             " (SELECT count(*) FROM ledger.outbox) AS events,"
                                             " (SELECT count(*) FROM ledger.idempotency) AS keys"));
    if (!sizes)
        return sizes.error();
    const QJsonObject size = sizes->first().toObject();
    facts.movements = size[u"movements"].toInteger();
    facts.events = size[u"events"].toInteger();
    facts.keys = size[u"keys"].toInteger();
    return facts;
}

Checker::Checker(std::vector<FaultOp *> ops)
    : m_ops(std::move(ops))
{
}

QStringList Checker::checkOperations(const LedgerFacts &facts) const
{
    QStringList out;
    QSet<QString> known;
    for (const FaultOp *op : m_ops) {
        known.insert(op->key());
        const bool applied = facts.stored.contains(op->key());
        const Movements moved = facts.moved.value(op->key());
        const int rows = facts.rows.value(op->key());
        const auto once = [&](const QJsonObject &result) {
            const Movements expected = expectedMovements(*op, result);
            if (moved != expected || rows != expected.size())
                out << QStringLiteral("%1: movements in the ledger (%2 rows: %3) are not the operation's once (%4)")
                           .arg(op->describe())
                           .arg(rows)
                           .arg(show(moved), show(expected));
        };
        switch (op->outcome) {
        case Outcome::Acknowledged:
            if (!applied) {
                out << QStringLiteral("%1: acknowledged (%2) but not in the ledger")
                           .arg(op->describe(), show(op->result));
                break;
            }
            if (comparable(op->result) != comparable(facts.stored.value(op->key())))
                out << QStringLiteral("%1: acknowledged as %2 but the ledger stored %3")
                           .arg(op->describe(), show(op->result), show(facts.stored.value(op->key())));
            once(op->result);
            break;
        case Outcome::Refused:
            if (op->error.kind == Services::Error::Kind::Conflict)
                out << QStringLiteral("%1: its own key was refused as used for something else: %2")
                           .arg(op->describe(), op->error.message);
            if (applied || !moved.isEmpty())
                out << QStringLiteral("%1: refused (%2) but applied: %3")
                           .arg(op->describe(), op->error.message, show(moved));
            break;
        case Outcome::Unknown:
            if (applied)
                once(facts.stored.value(op->key()));
            else if (!moved.isEmpty())
                out << QStringLiteral("%1: no result stored, yet movements %2").arg(op->describe(), show(moved));
            break;
        }
    }
    int strangers = 0;
    for (auto it = facts.stored.cbegin(); it != facts.stored.cend(); ++it) {
        if (!known.contains(it.key()) && ++strangers <= 10)
            out << QStringLiteral("key %1 is stored in the ledger, but no client made it: %2")
                       .arg(it.key(), show(it.value()));
    }
    for (auto it = facts.moved.cbegin(); it != facts.moved.cend(); ++it) {
        if (!known.contains(it.key()) && !facts.stored.contains(it.key()) && ++strangers <= 10)
            out << QStringLiteral("key %1 made movements (%2), but no client made it").arg(it.key(), show(it.value()));
    }
    if (strangers > 10)
        out << QStringLiteral("... and %1 more keys no client made").arg(strangers - 10);
    if (facts.movementsWithoutKey > 0)
        out << QStringLiteral("%1 movements carry no idempotency key").arg(facts.movementsWithoutKey);
    return out;
}

QStringList Checker::checkBalances(Session &session, const LedgerFacts &facts, QStringList *table) const
{
    QStringList out;
    auto verify =
        session.rows(QStringLiteral("SELECT sku, location, bucket, balance, expected, source FROM api.verify()"));
    if (!verify)
        return {QStringLiteral("api.verify() failed: %1").arg(verify.error().message)};
    for (const QJsonValue &row : verify.value())
        out << QStringLiteral("api.verify(): %1").arg(show(row.toObject()));

    // Each row's reserved is what its active holds hold; its inbound what is in transit to it.
    auto rows = session.rows(
        QStringLiteral("SELECT s.code AS sku, l.code AS location, st.reserved, st.inbound,"
                       " coalesce((SELECT sum(rl.quantity) FROM ledger.reservation_line rl JOIN ledger.reservation r"
                       "   ON r.id = rl.reservation_id AND r.status = 'active'"
                       "   WHERE rl.sku_id = st.sku_id AND rl.location_id = st.location_id), 0)::bigint AS held,"
                       " coalesce((SELECT sum(t.shipped - t.received) FROM ledger.transfer t"
                       "   WHERE t.sku_id = st.sku_id AND t.to_location_id = st.location_id), 0)::bigint AS in_transit"
                       " FROM ledger.stock_level st JOIN ledger.sku s ON s.id = st.sku_id JOIN ledger.location l ON "
                       "l.id = st.location_id"));
    if (!rows)
        return out << QStringLiteral("reading the stock rows failed: %1").arg(rows.error().message);
    for (const QJsonValue &row : rows.value()) {
        if (row[u"reserved"].toInteger() != row[u"held"].toInteger())
            out << QStringLiteral("%1 at %2: reserved %3, but its active reservations hold %4")
                       .arg(row[u"sku"].toString(), row[u"location"].toString())
                       .arg(row[u"reserved"].toInteger())
                       .arg(row[u"held"].toInteger());
        if (row[u"inbound"].toInteger() != row[u"in_transit"].toInteger())
            out << QStringLiteral("%1 at %2: inbound %3, but %4 is in transit to it")
                       .arg(row[u"sku"].toString(), row[u"location"].toString())
                       .arg(row[u"inbound"].toInteger())
                       .arg(row[u"in_transit"].toInteger());
    }

    // Conservation per SKU.
    auto sums = session.rows(QStringLiteral(
        "SELECT s.code AS sku,"
        " coalesce((SELECT sum(m.quantity) FROM ledger.movement m WHERE m.sku_id = s.id AND m.kind = 'receive'), "
        "0)::bigint AS received,"
        " coalesce((SELECT -sum(m.quantity) FROM ledger.movement m WHERE m.sku_id = s.id AND m.kind = 'commit'"
        "   AND m.bucket = 'on_hand'), 0)::bigint AS shipped_out,"
        " coalesce((SELECT sum(m.quantity) FROM ledger.movement m WHERE m.sku_id = s.id AND m.kind IN ('adjust', "
        "'count')"
        "   AND m.bucket = 'on_hand'), 0)::bigint AS adjusted,"
        " coalesce((SELECT sum(st.on_hand + st.damaged) FROM ledger.stock_level st WHERE st.sku_id = s.id), 0)::bigint "
        "AS on_hand,"
        " coalesce((SELECT sum(t.shipped - t.received) FROM ledger.transfer t WHERE t.sku_id = s.id), 0)::bigint AS "
        "in_transit"
        " FROM ledger.sku s ORDER BY s.code"));
    if (!sums)
        return out << QStringLiteral("reading the SKU totals failed: %1").arg(sums.error().message);
    QMap<QString, qint64> model; // what the clients were told: every applied operation's change
    for (const FaultOp *op : m_ops) {
        const bool acknowledged = op->outcome == Outcome::Acknowledged;
        if (!acknowledged && !facts.stored.contains(op->key()))
            continue;
        const auto change = unitsChange(*op, acknowledged ? op->result : facts.stored.value(op->key()));
        for (auto it = change.cbegin(); it != change.cend(); ++it)
            model[it.key()] += it.value();
    }
    if (table)
        *table << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                      .arg(QStringLiteral("SKU"), -8)
                      .arg(QStringLiteral("received"), 9)
                      .arg(QStringLiteral("sold"), 9)
                      .arg(QStringLiteral("adjusted"), 9)
                      .arg(QStringLiteral("on hand"), 9)
                      .arg(QStringLiteral("transit"), 9)
                      .arg(QStringLiteral("clients"), 9);
    for (const QJsonValue &row : sums.value()) {
        const QString sku = row[u"sku"].toString();
        const qint64 received = row[u"received"].toInteger();
        const qint64 shipped = row[u"shipped_out"].toInteger();
        const qint64 adjusted = row[u"adjusted"].toInteger();
        const qint64 onHand = row[u"on_hand"].toInteger();
        const qint64 inTransit = row[u"in_transit"].toInteger();
        if (table)
            *table << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                          .arg(sku, -8)
                          .arg(received, 9)
                          .arg(shipped, 9)
                          .arg(adjusted, 9)
                          .arg(onHand, 9)
                          .arg(inTransit, 9)
                          .arg(model.value(sku), 9);
        if (received - shipped + adjusted != onHand + inTransit)
            out << QStringLiteral("%1: received %2 - sold %3 + adjusted %4 = %5, but on hand %6 + in transit %7 = %8")
                       .arg(sku)
                       .arg(received)
                       .arg(shipped)
                       .arg(adjusted)
                       .arg(received - shipped + adjusted)
                       .arg(onHand)
                       .arg(inTransit)
                       .arg(onHand + inTransit);
        if (model.value(sku) != onHand + inTransit)
            out << QStringLiteral("%1: the clients' account of what was applied says %2 units, the ledger holds %3")
                       .arg(sku)
                       .arg(model.value(sku))
                       .arg(onHand + inTransit);
    }
    return out;
}

} // namespace Stockroom::FaultTest
