// Properties of the order API (resources/migrations/0006_orders.sql) under random walks and races, against a
// real PostgreSQL. A seeded random walk drives every machine (orders, fulfillments, returns) with legal and
// illegal events, right and stale expectations, invalid plans, short payment windows and sweeps, and checks after
// every step that the ledger balances, nothing was resolved twice, every order agrees with its fulfillments and
// holds, and a refused call changed nothing. Then eight threads race on the same orders, and every object's
// history must still be one linear walk of the machine. The rules one by one: tst_orders.
//
// The seed is printed; replay a failure with STOCKROOM_PROPERTY_SEED=<seed>.

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <connection/session.h>
#include <functional>
#include <latch>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <ordertest.h>
#include <testdatabase.h>
#include <thread>
#include <vector>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::Destination;
using Stockroom::Tests::OrderCalls;
using Stockroom::Tests::OrderLineSpec;
using Stockroom::Tests::orderSnapshot;
using Stockroom::Tests::PlanLine;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QStringList kSkus = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
const QStringList kWarehouses = {QStringLiteral("WH1"), QStringLiteral("WH2")};
const QStringList kStores = {QStringLiteral("ST1"), QStringLiteral("ST2")};
const QStringList kChannels = {QStringLiteral("web"), QStringLiteral("wholesale"), QStringLiteral("store")};

QString key()
{
    return LedgerService::newKey();
}

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

QString describe(const Error &error)
{
    return QStringLiteral("%1 [%2] %3").arg(QLatin1String(Tests::kindName(error.kind)), error.sqlState, error.message);
}

quint32 propertySeed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("STOCKROOM_PROPERTY_SEED").toUInt(&ok);
    if (ok)
        return fromEnv;
    return QRandomGenerator::global()->generate();
}

// Where a channel ships from (ledger.channel.ship_from as 0006 seeds it).
QStringList shipFrom(const QString &channel)
{
    if (channel == u"wholesale")
        return kWarehouses;
    if (channel == u"store")
        return kStores;
    return kWarehouses + kStores;
}

// A refusal by the rules, as opposed to a failure of the ledger itself (an internal error, a broken constraint).
bool isRuleRefusal(const Error &error)
{
    return error.sqlState.startsWith(u"SR") || error.sqlState == u"42501";
}

// Four locations, three SKUs, limited stock: each SKU at three of them, 6 to 9 units each.
struct Fixture : Tests::LedgerFixture
{
    std::unique_ptr<OrderCalls> su;

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        su = std::make_unique<OrderCalls>(*session);
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation(
                     {kWarehouses[0], QStringLiteral("North DC"), QStringLiteral("warehouse"), {}, 53.5, 10.0})
              << api->addLocation(
                     {kWarehouses[1], QStringLiteral("South DC"), QStringLiteral("warehouse"), {}, 48.1, 11.6})
              << api->addLocation({kStores[0], QStringLiteral("Centre"), QStringLiteral("store"), {}, 52.5, 13.4})
              << api->addLocation({kStores[1], QStringLiteral("Harbour"), QStringLiteral("store"), {}, 53.6, 9.9});
        for (const QString &sku : kSkus)
            steps << api->addSku(sku, QStringLiteral("Item ") + sku);
        const QStringList locations = kWarehouses + kStores;
        for (int s = 0; s < kSkus.size(); ++s) {
            for (int l = 0; l < locations.size(); ++l) {
                if ((s + l) % 4 != 3)
                    steps << api->receive(kSkus[s], locations[l], 6 + (s + l) % 4, key());
            }
        }
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // Every invariant at once; empty when all hold.
    QString violations()
    {
        QStringList out;
        auto verified = api->verify();
        if (!verified)
            out << QStringLiteral("verify: ") + verified.error().message;
        else if (!verified->isEmpty())
            out << QStringLiteral("ledger: ") + Tests::toText(verified.value());
        if (const QString twice = Tests::doubleResolutions(*session); !twice.isEmpty())
            out << QStringLiteral("resolved twice: ") + twice;
        if (const QString orders = Tests::orderInconsistencies(*session); !orders.isEmpty())
            out << QStringLiteral("orders: ") + orders;
        return out.join(u'\n');
    }

    // Each object's history is one walk of its machine: it starts with a creation, every row leaves the state the
    // previous one reached, by a transition of the table, and the last row reached the state it is in now.
    QString historyViolations()
    {
        auto rows = session->rows(QStringLiteral(
            "WITH h AS (SELECT h.*, lag(h.to_state) OVER w AS previous, row_number() OVER w AS n,"
            "  row_number() OVER (PARTITION BY h.order_id, h.machine, h.fulfillment_id, h.return_id ORDER BY h.id DESC)"
            "  AS from_end FROM ledger.order_history h"
            "  WINDOW w AS (PARTITION BY h.order_id, h.machine, h.fulfillment_id, h.return_id ORDER BY h.id))"
            " SELECT h.id, h.order_id, h.machine, h.fulfillment_id, h.from_state, h.event, h.to_state, h.previous"
            " FROM h WHERE (h.n = 1 AND (h.from_state IS NOT NULL OR h.event NOT IN ('create', 'request_return')))"
            "    OR (h.n > 1 AND h.from_state IS DISTINCT FROM h.previous)"
            "    OR (h.n > 1 AND NOT EXISTS (SELECT 1 FROM ledger.order_transition t WHERE t.machine = h.machine"
            "        AND t.from_state = h.from_state AND t.event = h.event AND t.to_state = h.to_state))"
            "    OR (h.from_end = 1 AND h.to_state IS DISTINCT FROM CASE h.machine"
            "        WHEN 'order' THEN (SELECT o.state FROM ledger.customer_order o WHERE o.id = h.order_id)"
            "        WHEN 'fulfillment' THEN (SELECT f.state FROM ledger.fulfillment f WHERE f.id = h.fulfillment_id)"
            "        ELSE (SELECT r.state FROM ledger.order_return r WHERE r.id = h.return_id) END)"
            " ORDER BY h.id LIMIT 20"));
        if (!rows)
            return rows.error().message;
        return rows->isEmpty() ? QString() : Tests::toText(rows.value());
    }
};

// One order as the walk knows it.
struct Known
{
    QString channel;
    QString ref;
};

// The random walk: one step at a time, every call's outcome judged, the invariants checked after each.
class Walk
{
public:
    Walk(Fixture &f, quint32 seed)
        : m_f(f)
        , m_random(seed)
    {
        for (const QString &persona :
             {QStringLiteral("checkout"), QStringLiteral("associate"), QStringLiteral("manager")}) {
            m_sessions.push_back(std::make_unique<Session>(f.db.spec(persona), persona));
            m_personas.push_back(std::make_unique<OrderCalls>(*m_sessions.back()));
        }
        auto machine = f.session->rows(QStringLiteral("SELECT machine, event, system_only FROM api.order_machine"));
        if (machine) {
            for (const QJsonValue &row : machine.value())
                m_events[str(row.toObject(), "machine")] << str(row.toObject(), "event");
        }
        for (auto it = m_events.begin(); it != m_events.end(); ++it)
            it->removeDuplicates();
        auto states = f.session->rows(QStringLiteral("SELECT machine, state FROM api.order_states"));
        if (states) {
            for (const QJsonValue &row : states.value())
                m_states[str(row.toObject(), "machine")] << str(row.toObject(), "state");
        }
    }

    QStringList problems;
    QHash<QString, int> outcomes; // "action: ok" or "action: SR005" → how often

    // One step; returns false once a problem was found (the walk stops at the first).
    bool step(int n)
    {
        const int dice = bounded(100);
        QString action;
        if (m_orders.size() < 3 || dice < 14)
            action = QStringLiteral("create");
        else if (dice < 30)
            action = QStringLiteral("allocate");
        else if (dice < 62)
            action = QStringLiteral("advance");
        else if (dice < 76)
            action = QStringLiteral("fire");
        else if (dice < 81)
            action = QStringLiteral("cancel");
        else if (dice < 86)
            action = QStringLiteral("sweep");
        else if (dice < 93)
            action = QStringLiteral("return");
        else
            action = QStringLiteral("return_fire");
        m_step = QStringLiteral("step %1 (%2)").arg(n).arg(action);
        if (action == u"create")
            create();
        else if (action == u"allocate")
            allocate();
        else if (action == u"advance")
            advance();
        else if (action == u"fire")
            fireRandom();
        else if (action == u"cancel")
            cancel();
        else if (action == u"sweep")
            sweep();
        else if (action == u"return")
            requestReturn();
        else
            fireReturn();
        if (problems.isEmpty()) {
            if (const QString broken = m_f.violations(); !broken.isEmpty())
                problems << m_step + QStringLiteral(": ") + broken;
        }
        return problems.isEmpty();
    }

private:
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(bounded(int(list.size())));
    }

    OrderCalls &persona(int *index = nullptr)
    {
        const int i = bounded(int(m_personas.size()) + 2) - 2; // the superuser half the time
        if (index)
            *index = i;
        return i < 0 ? *m_f.su : *m_personas[size_t(i)];
    }

    // Runs one call and judges it: a success is counted; a refusal must be one of the rules' and must have
    // changed nothing; "mustWork" calls may only be refused for the reasons listed.
    Result<QJsonObject> judge(const QString &what, const std::function<Result<QJsonObject>()> &call,
                              const QStringList &mayFailWith = {QStringLiteral("*")})
    {
        const QString before = orderSnapshot(*m_f.session);
        Result<QJsonObject> result = call();
        if (result) {
            ++outcomes[what + QStringLiteral(": ok")];
            return result;
        }
        const Error &error = result.error();
        ++outcomes[what + QStringLiteral(": ") + error.sqlState];
        if (!isRuleRefusal(error))
            problems << m_step + QStringLiteral(": ") + what + QStringLiteral(" failed outside the rules: ") +
                            describe(error);
        else if (const QString after = orderSnapshot(*m_f.session); after != before)
            problems << m_step + QStringLiteral(": ") + what + QStringLiteral(" was refused (") + describe(error) +
                            QStringLiteral(") but changed the ledger");
        else if (!mayFailWith.contains(QStringLiteral("*")) &&
                 std::none_of(mayFailWith.begin(), mayFailWith.end(),
                              [&](const QString &reason) { return error.message.contains(reason); }))
            problems << m_step + QStringLiteral(": ") + what + QStringLiteral(" should have worked: ") +
                            describe(error);
        return result;
    }

    QJsonObject show(const Known &order)
    {
        auto shown = m_f.su->show(order.ref, order.channel);
        return shown ? shown.value() : QJsonObject{};
    }

    void create()
    {
        const QString channel = pick(kChannels);
        const QString ref = QStringLiteral("P-%1").arg(++m_counter);
        QList<OrderLineSpec> lines;
        QStringList skus = kSkus;
        const int count = 1 + bounded(3);
        for (int i = 0; i < count; ++i)
            lines.append({skus.takeAt(bounded(int(skus.size()))), 1 + bounded(4)});
        if (bounded(12) == 0)
            lines.last().quantity = -bounded(2); // invalid: 0 or -1
        const int ttl = bounded(5) == 0 ? 1 + bounded(2) : 900;
        const Destination to =
            bounded(4) == 0 ? Destination::pickupAt(pick(kStores)) : Destination::at(48 + bounded(6), 8 + bounded(6));
        auto created = judge(QStringLiteral("create"), [&] { return m_f.su->create(channel, ref, lines, to, ttl); });
        if (created)
            m_orders.append({channel, ref});
    }

    // A plan for the order: valid (each line split over one or two allowed locations) or not, on purpose.
    // An order in the given state most of the time, any order now and then.
    Known orderIn(const QString &state)
    {
        if (bounded(5) != 0) {
            auto rows =
                m_f.session->rows(QStringLiteral("SELECT channel, ref FROM api.orders WHERE state = ?"), {state});
            if (rows && !rows->isEmpty()) {
                const QJsonObject row = rows->at(bounded(int(rows->size()))).toObject();
                return {str(row, "channel"), str(row, "ref")};
            }
        }
        return pick(m_orders);
    }

    void allocate()
    {
        const Known order = orderIn(QStringLiteral("created"));
        const QJsonObject shown = show(order);
        QList<PlanLine> plan;
        QStringList allowed = shipFrom(order.channel);
        for (const QJsonValue &value : shown.value(QStringLiteral("lines")).toArray()) {
            const QString sku = str(value.toObject(), "sku");
            const qint64 quantity = integer(value.toObject(), "quantity");
            const QString first = pick(allowed);
            if (quantity > 1 && bounded(3) == 0) {
                QString second = pick(allowed);
                const qint64 part = 1 + bounded(int(quantity) - 1);
                plan.append({sku, first, part});
                if (second == first) // the same row twice is the same as once
                    plan.append({sku, first, quantity - part});
                else
                    plan.append({sku, second, quantity - part});
            } else {
                plan.append({sku, first, quantity});
            }
        }
        if (plan.isEmpty())
            return;
        const int spoil = bounded(10);
        QString how = QStringLiteral("allocate");
        if (spoil == 0) {
            plan.last().quantity += 1;
            how += QStringLiteral(" (too many)");
        } else if (spoil == 1) {
            plan.last().location = pick(order.channel == u"store" ? kWarehouses : kStores);
            how += QStringLiteral(" (maybe a wrong kind)");
        } else if (spoil == 2) {
            const qint64 version = m_f.su->stockVersion(plan.first().sku, plan.first().location);
            plan.first().version = version > 0 ? version - 1 : 0;
            how += QStringLiteral(" (stale)");
        }
        const QString plan_ = m_f.su->planJson(plan);
        int who = -1;
        OrderCalls &calls = persona(&who);
        judge(how, [&] { return calls.allocateRaw(order.ref, plan_, key(), order.channel); });
    }

    // Fires an event the order says is allowed now, with the state it is in: must work, unless the payment window
    // closed meanwhile.
    void advance()
    {
        static const QStringList kOpen = {QStringLiteral("allocated"), QStringLiteral("payment_authorized"),
                                          QStringLiteral("fulfilling"), QStringLiteral("partially_shipped"),
                                          QStringLiteral("completed")};
        const Known order = orderIn(pick(kOpen));
        const QJsonObject shown = show(order);
        QList<QJsonObject> allowed;
        for (const QJsonValue &value : shown.value(QStringLiteral("next_events")).toArray()) {
            // "allocate" is listed, but applies a plan (api.order_allocate, the allocate step), not an event.
            if (value.toObject().value(QStringLiteral("allowed")).toBool() &&
                str(value.toObject(), "event") != u"allocate")
                allowed << value.toObject();
        }
        if (allowed.isEmpty())
            return;
        QJsonObject event = pick(allowed);
        // Mostly forward: an order that ends early leaves nothing to walk.
        for (int again = 0; again < 3 && QStringList{QStringLiteral("cancel"), QStringLiteral("fail_payment")}.contains(
                                             str(event, "event"));
             ++again)
            event = pick(allowed);
        const QString machine = str(event, "machine");
        const qint64 target = integer(event, "target");
        const QString name = str(event, "event");
        const QString what = QStringLiteral("advance %1 %2").arg(machine, name);
        const QStringList windowClosed = {QStringLiteral("payment window")};
        Result<QJsonObject> fired = Error{};
        if (machine == u"return") {
            fired = judge(what, [&] { return m_f.su->fireReturn(target, name, str(event, "from")); });
        } else {
            fired = judge(
                what, [&] { return m_f.su->fire(order.ref, name, str(event, "from"), target, order.channel); },
                windowClosed);
        }
        if (!fired)
            return;
        // It went where the table says.
        QString now;
        if (machine == u"order") {
            now = Tests::stateOf(*fired);
        } else {
            const QJsonArray objects =
                fired->value(machine == u"return" ? QStringLiteral("returns") : QStringLiteral("fulfillments"))
                    .toArray();
            for (const QJsonValue &object : objects) {
                if (Tests::idOf(object.toObject()) == target)
                    now = Tests::stateOf(object.toObject());
            }
        }
        if (now != str(event, "to"))
            problems << m_step + QStringLiteral(": %1 went to %2, the table says %3").arg(what, now, str(event, "to"));
    }

    // Any event of any machine on any of the order's objects, as any persona, with the right, a stale or no
    // expected state: whatever the outcome, the invariants hold.
    void fireRandom()
    {
        const Known order = pick(m_orders);
        const QJsonObject shown = show(order);
        QString machine = bounded(2) == 0 ? QStringLiteral("order") : QStringLiteral("fulfillment");
        qint64 target = 0;
        QString current = Tests::stateOf(shown);
        if (machine == u"fulfillment") {
            const QJsonArray fulfillments = Tests::fulfillmentsOf(shown);
            if (fulfillments.isEmpty()) {
                machine = QStringLiteral("order");
            } else {
                const QJsonObject f = fulfillments.at(bounded(int(fulfillments.size()))).toObject();
                target = Tests::idOf(f);
                current = Tests::stateOf(f);
            }
        }
        const QString event = pick(m_events.value(machine));
        const int expectDice = bounded(3);
        const QString expect = expectDice == 0 ? current : expectDice == 1 ? pick(m_states.value(machine)) : QString();
        OrderCalls &calls = persona();
        judge(QStringLiteral("fire %1 %2").arg(machine, event),
              [&] { return calls.fire(order.ref, event, expect, target, order.channel); });
    }

    void cancel()
    {
        const Known order = pick(m_orders);
        OrderCalls &calls = persona();
        judge(QStringLiteral("cancel"), [&] { return calls.cancel(order.ref, order.channel); });
    }

    void sweep()
    {
        judge(QStringLiteral("sweep"), [&] { return m_f.su->sweep(); });
    }

    void requestReturn()
    {
        const Known order = pick(m_orders);
        const QJsonObject shown = show(order);
        QList<QJsonObject> shipped;
        for (const QJsonValue &value : Tests::fulfillmentsOf(shown)) {
            if (Tests::stateOf(value.toObject()) == u"shipped" || Tests::stateOf(value.toObject()) == u"delivered")
                shipped << value.toObject();
        }
        // Most of the time a shipped fulfillment; now and then one that is not.
        const QJsonArray all = Tests::fulfillmentsOf(shown);
        if (all.isEmpty())
            return;
        const QJsonObject fulfillment =
            !shipped.isEmpty() && bounded(5) != 0 ? pick(shipped) : all.at(bounded(int(all.size()))).toObject();
        QList<OrderLineSpec> lines;
        if (bounded(3) != 0) {
            for (const QJsonValue &line : fulfillment.value(QStringLiteral("lines")).toArray()) {
                if (bounded(2) == 0)
                    lines.append(
                        {str(line.toObject(), "sku"), 1 + bounded(int(integer(line.toObject(), "quantity")) + 1)});
            }
        }
        auto requested = judge(QStringLiteral("return"), [&] {
            return m_f.su->requestReturn(order.ref, Tests::idOf(fulfillment), lines, order.channel);
        });
        if (requested)
            m_returns << integer(*requested, "return_id");
    }

    void fireReturn()
    {
        if (m_returns.isEmpty())
            return;
        const qint64 id = pick(m_returns);
        const QString event = pick(m_events.value(QStringLiteral("return")));
        const QString expect = bounded(2) == 0 ? pick(m_states.value(QStringLiteral("return"))) : QString();
        OrderCalls &calls = persona();
        judge(QStringLiteral("return %1").arg(event), [&] { return calls.fireReturn(id, event, expect); });
    }

    Fixture &m_f;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Session>> m_sessions;
    std::vector<std::unique_ptr<OrderCalls>> m_personas;
    QHash<QString, QStringList> m_events;
    QHash<QString, QStringList> m_states;
    QList<Known> m_orders;
    QList<qint64> m_returns;
    int m_counter = 0;
    QString m_step;
};

// Errors collected from many threads, asserted on in the test thread.
class Problems
{
public:
    void add(const QString &what)
    {
        QMutexLocker lock(&m_mutex);
        m_list << what;
    }
    QStringList list() const
    {
        QMutexLocker lock(&m_mutex);
        return m_list;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_list;
};

} // namespace

class TestOrderProperty : public QObject
{
    Q_OBJECT

private slots:
    void randomWalk()
    {
        const quint32 seed = propertySeed();
        qInfo("random walk seed %u (replay: STOCKROOM_PROPERTY_SEED=%u)", seed, seed);
        SR_FIXTURE(f);
        Walk walk(f, seed);
        QElapsedTimer timer;
        timer.start();
        int steps = 0;
        // Enough steps to reach returns on most seeds, within a time budget on a slow machine.
        while (steps < 400 && timer.elapsed() < 25000) {
            if (!walk.step(++steps))
                break;
        }
        QStringList summary;
        for (auto it = walk.outcomes.cbegin(); it != walk.outcomes.cend(); ++it)
            summary << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
        summary.sort();
        qInfo("%d steps in %lld ms: %s", steps, timer.elapsed(), qPrintable(summary.join(QStringLiteral(", "))));
        QVERIFY2(walk.problems.isEmpty(),
                 qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(walk.problems.join(u'\n'))));
        const QString history = f.historyViolations();
        QVERIFY2(history.isEmpty(), qPrintable(QStringLiteral("seed %1: history %2").arg(seed).arg(history)));
        // The walk went somewhere: orders were shipped and stock was returned.
        auto reached = f.session->rows(QStringLiteral("SELECT count(*) FILTER (WHERE event = 'ship') AS ships,"
                                                      " count(*) FILTER (WHERE machine = 'return') AS returns"
                                                      " FROM ledger.order_history"));
        SR_OK(reached);
        qInfo("history: %s", qPrintable(Tests::toText(reached.value())));
        QVERIFY(integer(reached->at(0).toObject(), "ships") > 0);
    }

    // Eight threads, one session each, fire transitions and cancellations at the same ten orders, each with the
    // state it last saw as the expected one. Exactly one of two racing transitions from one state wins: every
    // object's history stays one linear walk, and nothing is resolved twice.
    void racingTransitions()
    {
        const quint32 seed = propertySeed();
        qInfo("race seed %u (replay: STOCKROOM_PROPERTY_SEED=%u)", seed, seed);
        SR_FIXTURE(f);
        for (const QString &sku : kSkus) {
            for (const QString &location : kWarehouses + kStores)
                SR_OK(f.api->receive(sku, location, 100, key()));
        }
        const ConnectionSpec spec = f.db.spec(QStringLiteral("manager")); // may fire every event a login may
        // Mostly forward, so that orders live long enough to be raced on; now and then they end.
        const QStringList orderEvents = {QStringLiteral("authorize_payment"),
                                         QStringLiteral("authorize_payment"),
                                         QStringLiteral("authorize_payment"),
                                         QStringLiteral("authorize_payment"),
                                         QStringLiteral("authorize_payment"),
                                         QStringLiteral("authorize_payment"),
                                         QStringLiteral("cancel"),
                                         QStringLiteral("fail_payment")};
        const QStringList fulfillmentEvents = {QStringLiteral("pick"), QStringLiteral("pack"), QStringLiteral("ship"),
                                               QStringLiteral("deliver")};
        const int threads = 8;
        const int orderCount = 10;
        Problems problems;
        std::atomic<int> wins{0};
        std::atomic<int> stale{0};
        std::atomic<int> other{0};
        // Three rounds of ten fresh orders, half of them paid, each with two fulfillments.
        for (int round = 0; round < 3; ++round) {
            QStringList refs;
            for (int i = 0; i < orderCount; ++i) {
                const QString ref = QStringLiteral("RACE-%1-%2").arg(round).arg(i);
                refs << ref;
                SR_OK(f.su->create(QStringLiteral("web"), ref, {{kSkus[0], 2}, {kSkus[1], 1}}));
                SR_OK(f.su->allocate(ref, {{kSkus[0], kWarehouses[i % 2], 1},
                                           {kSkus[0], kStores[i % 2], 1},
                                           {kSkus[1], kWarehouses[i % 2], 1}}));
                if (i % 2 == 0)
                    SR_OK(f.su->fire(ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated")));
            }
            std::latch connected(threads);
            std::latch go(1);
            std::vector<std::thread> workers;
            for (int t = 0; t < threads; ++t) {
                workers.emplace_back([&, t] {
                    Session session(spec, QStringLiteral("racer"));
                    OrderCalls calls(session);
                    session.open();
                    QRandomGenerator random(seed + quint32(round * threads + t));
                    QHash<QString, QJsonObject> seen;
                    connected.count_down();
                    go.wait();
                    QDeadlineTimer deadline(1500);
                    while (!deadline.hasExpired()) {
                        const QString ref = refs.at(int(random.bounded(quint32(orderCount))));
                        // Half the time act on what was seen before, without looking again: a race on purpose.
                        if (!seen.contains(ref) || random.bounded(2u) == 0) {
                            auto shown = calls.show(ref, QStringLiteral("web"));
                            if (!shown) {
                                problems.add(QStringLiteral("show ") + ref + QStringLiteral(": ") +
                                             describe(shown.error()));
                                continue;
                            }
                            seen.insert(ref, shown.value());
                        }
                        const QJsonObject order = seen.value(ref);
                        Result<QJsonObject> fired = Error{};
                        QString what;
                        const QJsonArray fulfillments = Tests::fulfillmentsOf(order);
                        if (random.bounded(3u) == 0 || fulfillments.isEmpty()) {
                            const QString event = orderEvents.at(int(random.bounded(quint32(orderEvents.size()))));
                            what = QStringLiteral("%1 %2 (expect %3)").arg(event, ref, Tests::stateOf(order));
                            fired = calls.fire(ref, event, Tests::stateOf(order), 0, QStringLiteral("web"));
                        } else {
                            const QJsonObject fulfillment =
                                fulfillments.at(int(random.bounded(quint32(fulfillments.size())))).toObject();
                            const QString event =
                                fulfillmentEvents.at(int(random.bounded(quint32(fulfillmentEvents.size()))));
                            what = QStringLiteral("%1 %2/%3 (expect %4)")
                                       .arg(event, ref)
                                       .arg(Tests::idOf(fulfillment))
                                       .arg(Tests::stateOf(fulfillment));
                            fired = calls.fire(ref, event, Tests::stateOf(fulfillment), Tests::idOf(fulfillment),
                                               QStringLiteral("web"));
                        }
                        if (fired) {
                            ++wins;
                            seen.insert(ref, fired.value());
                        } else if (fired.error().sqlState == u"SR005") {
                            fired.error().message.contains(QStringLiteral("as expected")) ? ++stale : ++other;
                            seen.remove(ref);
                        } else {
                            problems.add(what + QStringLiteral(": ") + describe(fired.error()));
                        }
                    }
                    session.close();
                });
            }
            connected.wait();
            go.count_down();
            for (std::thread &worker : workers)
                worker.join();
        }
        qInfo("%d transitions won, %d refused as stale, %d refused as not allowed now", wins.load(), stale.load(),
              other.load());
        const QStringList found = problems.list();
        QVERIFY2(
            found.isEmpty(),
            qPrintable(
                QStringLiteral("%1 unexpected errors, e.g. %2").arg(found.size()).arg(found.mid(0, 5).join(u'\n'))));
        QVERIFY(wins.load() > 0);
        QVERIFY2(stale.load() > 0, "no race happened: no transition was refused as stale");
        const QString broken = f.violations();
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        const QString history = f.historyViolations();
        QVERIFY2(history.isEmpty(), qPrintable(QStringLiteral("history: ") + history));
        // No transition left the same state of the same object twice.
        auto forks = f.session->rows(QStringLiteral(
            "SELECT order_id, machine, fulfillment_id, from_state, count(*) AS n FROM ledger.order_history"
            " WHERE from_state IS NOT NULL GROUP BY order_id, machine, fulfillment_id, return_id, from_state"
            " HAVING count(*) > 1"));
        SR_OK(forks);
        QVERIFY2(forks->isEmpty(), qPrintable(Tests::toText(forks.value())));
    }
};

QTEST_GUILESS_MAIN(TestOrderProperty)
#include "tst_orderproperty.moc"
