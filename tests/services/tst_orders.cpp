// The order API of resources/migrations/0006_orders.sql against a real PostgreSQL, one slot per rule: creating
// an order, allocating a plan with compare-and-set, every transition of the happy path, stale and illegal events,
// who may fire what, keys, cancelling exactly what is still held, expiry, returns, history and events. Random
// walks and races: tst_orderproperty.

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>
#include <QThread>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <map>
#include <memory>
#include <ordertest.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::Destination;
using Stockroom::Tests::OrderCalls;
using Stockroom::Tests::orderSnapshot;
using Stockroom::Tests::PlanLine;
using Kind = Stockroom::Services::Error::Kind;

Q_DECLARE_METATYPE(Stockroom::Services::Error::Kind)

namespace {

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");
const QString C = QStringLiteral("C");
const QString WH1 = QStringLiteral("WH1");
const QString WH2 = QStringLiteral("WH2");
const QString ST1 = QStringLiteral("ST1");
const QString ST2 = QStringLiteral("ST2");
const QString kWeb = QStringLiteral("web");
const QString kOnHand = QStringLiteral("on_hand");
const QString kReserved = QStringLiteral("reserved");
const QString kDamaged = QStringLiteral("damaged");
const QString kCheckout = QStringLiteral("checkout");
const QString kAssociate = QStringLiteral("associate");
const QString kManager = QStringLiteral("manager");

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

// The lines of a fulfillment as "SKU quantity" strings, by SKU.
QStringList linesOf(const QJsonObject &fulfillment)
{
    QStringList out;
    for (const QJsonValue &line : fulfillment.value(QStringLiteral("lines")).toArray())
        out << QStringLiteral("%1 %2").arg(str(line.toObject(), "sku")).arg(integer(line.toObject(), "quantity"));
    return out;
}

// Four locations with coordinates (two warehouses, two stores), three SKUs (A with a barcode), stock:
// A: WH1 20, ST1 10, WH2 5; B: WH1 10, WH2 10; C: ST1 5, ST2 5.
struct Fixture : Tests::LedgerFixture
{
    std::unique_ptr<OrderCalls> su; // the superuser: may fire every event a login may
    std::map<QString, std::pair<std::unique_ptr<Session>, std::unique_ptr<OrderCalls>>> personas;

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        su = std::make_unique<OrderCalls>(*session);
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({WH1, QStringLiteral("Berlin DC"), QStringLiteral("warehouse"), {}, 52.52, 13.40})
              << api->addLocation({WH2, QStringLiteral("Munich DC"), QStringLiteral("warehouse"), {}, 48.14, 11.58})
              << api->addLocation({ST1, QStringLiteral("Berlin Mitte"), QStringLiteral("store"), {}, 52.50, 13.35})
              << api->addLocation({ST2, QStringLiteral("Hamburg"), QStringLiteral("store"), {}, 53.55, 9.99})
              << api->addSku(A, QStringLiteral("Anvil"), {QStringLiteral("4001")})
              << api->addSku(B, QStringLiteral("Bucket")) << api->addSku(C, QStringLiteral("Chisel"));
        for (const auto &[sku, location, quantity] :
             {std::tuple{A, WH1, 20}, std::tuple{A, ST1, 10}, std::tuple{A, WH2, 5}, std::tuple{B, WH1, 10},
              std::tuple{B, WH2, 10}, std::tuple{C, ST1, 5}, std::tuple{C, ST2, 5}})
            steps << api->receive(sku, location, quantity, key());
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // The order API as one persona's login.
    OrderCalls &as(const QString &persona)
    {
        auto &entry = personas[persona];
        if (!entry.first) {
            entry.first = std::make_unique<Session>(db.spec(persona), persona);
            entry.second = std::make_unique<OrderCalls>(*entry.first);
        }
        return *entry.second;
    }

    qint64 get(const QString &sku, const QString &location, const QString &name) const
    {
        return Tests::bucket(*api, sku, location, name);
    }

    QJsonObject show(const QString &ref, const QString &channel = {})
    {
        auto shown = su->show(ref, channel);
        return shown ? shown.value() : QJsonObject{{QStringLiteral("error"), shown.error().message}};
    }

    QString orderState(const QString &ref) { return Tests::stateOf(show(ref)); }

    qint64 fulfillment(const QString &ref, const QString &location)
    {
        return Tests::idOf(Tests::fulfillmentAt(show(ref), location));
    }

    // Brings a web order to a stage along the happy path, by the personas who may: "created", "allocated" (WH1
    // holds A 10 and B 3, ST1 holds A 2), "paid", "partially_shipped" (WH1 shipped), "completed". Returns an
    // error message, empty on success.
    QString prepare(const QString &ref, const QString &stage)
    {
        auto created = as(kCheckout).create(kWeb, ref, {{A, 12}, {B, 3}});
        if (!created)
            return QStringLiteral("create: ") + created.error().message;
        if (stage == u"created")
            return {};
        auto allocated = as(kCheckout).allocate(ref, {{A, WH1, 10}, {B, WH1, 3}, {A, ST1, 2}});
        if (!allocated)
            return QStringLiteral("allocate: ") + allocated.error().message;
        if (stage == u"allocated")
            return {};
        if (auto paid = as(kCheckout).fire(ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated"));
            !paid)
            return QStringLiteral("authorize_payment: ") + paid.error().message;
        if (stage == u"paid")
            return {};
        QStringList locations = {WH1};
        if (stage == u"completed")
            locations << ST1;
        for (const QString &location : locations) {
            const qint64 id = fulfillment(ref, location);
            for (const auto &[event, from] : {std::pair{QStringLiteral("pick"), QStringLiteral("reserved")},
                                              std::pair{QStringLiteral("pack"), QStringLiteral("picking")},
                                              std::pair{QStringLiteral("ship"), QStringLiteral("packed")}}) {
                if (auto fired = as(kAssociate).fire(ref, event, from, id); !fired)
                    return event + QStringLiteral(" at ") + location + QStringLiteral(": ") + fired.error().message;
            }
        }
        return {};
    }
};

#define SR_PREPARE(f, ref, stage)                                                                                      \
    do {                                                                                                               \
        const QString sr_prepared_ = (f).prepare(ref, stage);                                                          \
        QVERIFY2(sr_prepared_.isEmpty(), qPrintable(sr_prepared_));                                                    \
    } while (false)

// After every slot: every balance equals its ledger, nothing was resolved twice, the orders agree with their holds.
#define SR_VERIFY_ALL(f)                                                                                               \
    do {                                                                                                               \
        SR_VERIFY_LEDGER(*(f).api);                                                                                    \
        SR_VERIFY_ORDERS(*(f).session);                                                                                \
    } while (false)

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------------------------------------------
    // Creating an order

    void createRefusesInvalid_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        const QString one = QStringLiteral(R"([{"sku": "A", "quantity": 1}])");
        const QString coords = QStringLiteral("coords");
        auto row = [&](const char *name, const QString &lines, Kind kind, const char *message,
                       const QString &destination = QStringLiteral("coords"),
                       const QString &ref = QStringLiteral("O-1"), const QString &channel = kWeb, int ttl = 900) {
            QTest::newRow(name) << channel << ref << lines << destination << ttl << kind << QString::fromUtf8(message);
        };
        row("no lines", QStringLiteral("[]"), Kind::Invalid, "at least one line");
        row("lines not an array", QStringLiteral(R"({"sku": "A", "quantity": 1})"), Kind::Invalid, "at least one line");
        row("lines missing", QString(), Kind::Invalid, "at least one line");
        row("zero quantity", QStringLiteral(R"([{"sku": "A", "quantity": 0}])"), Kind::Invalid, "quantity must be");
        row("negative quantity", QStringLiteral(R"([{"sku": "A", "quantity": -2}])"), Kind::Invalid,
            "quantity must be");
        row("fractional quantity", QStringLiteral(R"([{"sku": "A", "quantity": 1.5}])"), Kind::Invalid,
            "quantity must be");
        row("text quantity", QStringLiteral(R"([{"sku": "A", "quantity": "lots"}])"), Kind::Invalid,
            "quantity must be");
        row("no quantity", QStringLiteral(R"([{"sku": "A"}])"), Kind::Invalid, "quantity must be");
        row("quantity too big", QStringLiteral(R"([{"sku": "A", "quantity": 1000001}])"), Kind::Invalid,
            "quantity must be");
        row("one SKU twice adds up too big",
            QStringLiteral(R"([{"sku": "A", "quantity": 600000}, {"sku": "4001", "quantity": 600000}])"), Kind::Invalid,
            "quantity must be");
        row("unknown SKU named", QStringLiteral(R"([{"sku": "NOPE-42", "quantity": 1}])"), Kind::NotFound, "NOPE-42");
        row("unknown SKU among known",
            QStringLiteral(R"([{"sku": "A", "quantity": 1}, {"sku": "GHOST", "quantity": 1}])"), Kind::NotFound,
            "GHOST");
        row("both destinations", one, Kind::Invalid, "one of them", QStringLiteral("both"));
        row("neither destination", one, Kind::Invalid, "one of them", QStringLiteral("neither"));
        row("latitude without longitude", one, Kind::Invalid, "one of them", QStringLiteral("latitude"));
        row("not on Earth", one, Kind::Invalid, "not a place on Earth", QStringLiteral("off-earth"));
        row("unknown pickup location", one, Kind::NotFound, "NOWHERE", QStringLiteral("unknown-pickup"));
        row("empty reference", one, Kind::Invalid, "order reference", coords, QString());
        row("reference with spaces", one, Kind::Invalid, "order reference", coords, QStringLiteral("O 1"));
        row("unknown channel", one, Kind::NotFound, "unknown channel", coords, QStringLiteral("O-1"),
            QStringLiteral("mars"));
        row("no payment window", one, Kind::Invalid, "TTL", coords, QStringLiteral("O-1"), kWeb, 0);
    }

    void createRefusesInvalid()
    {
        QFETCH(QString, channel);
        QFETCH(QString, ref);
        QFETCH(QString, lines);
        QFETCH(QString, destination);
        QFETCH(int, ttl);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        Destination to = Destination::at(52.0, 13.0);
        if (destination == u"both")
            to.pickup = ST1;
        else if (destination == u"neither")
            to = {};
        else if (destination == u"latitude")
            to.longitude.reset();
        else if (destination == u"off-earth")
            to.latitude = 95.0;
        else if (destination == u"unknown-pickup")
            to = Destination::pickupAt(QStringLiteral("NOWHERE"));
        const QString before = orderSnapshot(*f.session);
        auto created = f.su->createRaw(channel, ref, lines, to, ttl, key());
        SR_FAILS(created, kind);
        QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // A SKU named twice (by code and by barcode) is one line with the sum; the order starts in "created" with its
    // destination, and its creation is history.
    void createRecordsTheOrder()
    {
        SR_FIXTURE(f);
        auto created = f.as(kCheckout).create(
            kWeb, QStringLiteral("O-1"), {{A, 2}, {QStringLiteral("4001"), 3}, {B, 1}}, Destination::pickupAt(ST1));
        SR_OK(created);
        QCOMPARE(Tests::stateOf(*created), QStringLiteral("created"));
        QCOMPARE(created->value(QStringLiteral("replayed")).toBool(), false);
        QStringList lines;
        for (const QJsonValue &line : created->value(QStringLiteral("lines")).toArray())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(integer(line.toObject(), "line"))
                         .arg(str(line.toObject(), "sku"))
                         .arg(integer(line.toObject(), "quantity"));
        QCOMPARE(lines, (QStringList{QStringLiteral("1 A 5"), QStringLiteral("2 B 1")}));
        const QJsonObject destination = created->value(QStringLiteral("destination")).toObject();
        QCOMPARE(str(destination, "pickup"), ST1);
        QCOMPARE(destination.value(QStringLiteral("latitude")).toDouble(), 52.50);
        QVERIFY(Tests::fulfillmentsOf(*created).isEmpty());
        auto row = f.session->rows(QStringLiteral("SELECT lines, units, pickup, destination, fulfillments, created_by"
                                                  " FROM api.orders WHERE ref = 'O-1'"));
        SR_OK(row);
        QCOMPARE(row->size(), 1);
        const QJsonObject o = row->at(0).toObject();
        QCOMPARE(integer(o, "lines"), 2);
        QCOMPARE(integer(o, "units"), 6);
        QVERIFY(o.value(QStringLiteral("pickup")).toBool());
        QCOMPARE(str(o, "destination"), ST1);
        QCOMPARE(str(o, "created_by"), f.db.spec(kCheckout).user);
        // Nothing is held before an allocation.
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        SR_VERIFY_ALL(f);
    }

    // One reference per channel; the same reference in another channel is another order, and a reference alone
    // that two channels use is refused, asking for the channel.
    void createReferencePerChannel()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("SHARED-1");
        SR_OK(f.su->create(kWeb, ref, {{A, 1}}));
        QString before = orderSnapshot(*f.session);
        auto again = f.su->create(kWeb, ref, {{B, 1}});
        SR_FAILS_WITH(again, Kind::Refused, "SR005");
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists in channel web")),
                 qPrintable(again.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);

        // While only web has it, the reference alone names the order.
        SR_OK(f.su->show(ref));
        SR_OK(f.su->create(QStringLiteral("wholesale"), ref, {{B, 2}}));
        before = orderSnapshot(*f.session);
        for (const auto &refused :
             {f.su->show(ref), f.su->fire(ref, QStringLiteral("cancel")), f.su->allocate(ref, {{A, WH1, 1}})}) {
            SR_FAILS_WITH(refused, Kind::Invalid, "SR004");
            QVERIFY2(refused.error().message.contains(QStringLiteral("name the channel")) &&
                         refused.error().message.contains(QStringLiteral("web, wholesale")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(orderSnapshot(*f.session), before);
        auto web = f.su->show(ref, kWeb);
        auto wholesale = f.su->show(ref, QStringLiteral("wholesale"));
        SR_OK(web);
        SR_OK(wholesale);
        QVERIFY(Tests::idOf(*web) != Tests::idOf(*wholesale));
        QCOMPARE(str(web->value(QStringLiteral("lines")).toArray().at(0).toObject(), "sku"), A);
        QCOMPARE(str(wholesale->value(QStringLiteral("lines")).toArray().at(0).toObject(), "sku"), B);
        SR_FAILS_WITH(f.su->show(ref, QStringLiteral("store")), Kind::NotFound, "SR003");
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Allocating a plan

    // Every location of the plan becomes one fulfillment holding one reservation whose lines are the plan's
    // lines there; the holds last as long as the payment window.
    void allocateOneFulfillmentPerLocation()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("SPLIT-1");
        SR_OK(f.as(kCheckout).create(kWeb, ref, {{A, 15}, {B, 12}}));
        auto allocated = f.as(kCheckout).allocate(ref, {{A, WH1, 10}, {A, ST1, 5}, {B, WH1, 10}, {B, WH2, 2}});
        SR_OK(allocated);
        QCOMPARE(Tests::stateOf(*allocated), QStringLiteral("allocated"));
        const QJsonArray fulfillments = Tests::fulfillmentsOf(*allocated);
        QCOMPARE(fulfillments.size(), 3);
        const QMap<QString, QStringList> expected = {{WH1, {QStringLiteral("A 10"), QStringLiteral("B 10")}},
                                                     {ST1, {QStringLiteral("A 5")}},
                                                     {WH2, {QStringLiteral("B 2")}}};
        QSet<qint64> reservations;
        for (const QJsonValue &value : fulfillments) {
            const QJsonObject fulfillment = value.toObject();
            const QString location = str(fulfillment, "location");
            QCOMPARE(Tests::stateOf(fulfillment), QStringLiteral("reserved"));
            QCOMPARE(str(fulfillment, "hold"), QStringLiteral("active"));
            QCOMPARE(linesOf(fulfillment), expected.value(location));
            QCOMPARE(fulfillment.value(QStringLiteral("hold_expires_at")),
                     allocated->value(QStringLiteral("expires_at")));
            // The reservation's own lines say the same, at that location only.
            const qint64 reservation = integer(fulfillment, "reservation");
            reservations.insert(reservation);
            auto lines = f.session->rows(QStringLiteral("SELECT sku || ' ' || quantity AS line, location, order_ref,"
                                                        " channel FROM api.reservations WHERE reservation = ?"
                                                        " ORDER BY sku"),
                                         {reservation});
            SR_OK(lines);
            QStringList held;
            for (const QJsonValue &line : lines.value()) {
                held << str(line.toObject(), "line");
                QCOMPARE(str(line.toObject(), "location"), location);
                QCOMPARE(str(line.toObject(), "order_ref"), ref);
                QCOMPARE(str(line.toObject(), "channel"), kWeb);
            }
            QCOMPARE(held, expected.value(location));
        }
        QCOMPARE(reservations.size(), 3);
        QCOMPARE(f.get(A, WH1, kReserved), 10);
        QCOMPARE(f.get(A, ST1, kReserved), 5);
        QCOMPARE(f.get(B, WH1, kReserved), 10);
        QCOMPARE(f.get(B, WH2, kReserved), 2);
        QCOMPARE(f.get(A, WH1, kOnHand), 20);
        for (const QJsonValue &line : allocated->value(QStringLiteral("lines")).toArray())
            QCOMPARE(integer(line.toObject(), "allocated"), integer(line.toObject(), "quantity"));
        SR_VERIFY_ALL(f);
    }

    // A plan must be exactly the order's lines, in positive whole quantities, at known locations.
    void allocateRefusesAPlanThatDoesNotMatch_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        // The order: A 5, B 2.
        QTest::newRow("a line missing") << QStringLiteral(R"([{"sku": "A", "location": "WH1", "quantity": 5}])")
                                        << Kind::Invalid << QStringLiteral("B: order 2, plan 0");
        QTest::newRow("too few")
            << QStringLiteral(
                   R"([{"sku": "A", "location": "WH1", "quantity": 4}, {"sku": "B", "location": "WH1", "quantity": 2}])")
            << Kind::Invalid << QStringLiteral("A: order 5, plan 4");
        QTest::newRow("too many across two locations")
            << QStringLiteral(R"([{"sku": "A", "location": "WH1", "quantity": 5}, {"sku": "A", "location": "ST1",)"
                              R"( "quantity": 1}, {"sku": "B", "location": "WH1", "quantity": 2}])")
            << Kind::Invalid << QStringLiteral("A: order 5, plan 6");
        QTest::newRow("a SKU the order does not have")
            << QStringLiteral(R"([{"sku": "A", "location": "WH1", "quantity": 5}, {"sku": "B", "location": "WH1",)"
                              R"( "quantity": 2}, {"sku": "C", "location": "ST1", "quantity": 1}])")
            << Kind::Invalid << QStringLiteral("C: order 0, plan 1");
        QTest::newRow("zero quantity")
            << QStringLiteral(R"([{"sku": "A", "location": "WH1", "quantity": 5}, {"sku": "B", "location": "WH1",)"
                              R"( "quantity": 2}, {"sku": "B", "location": "WH2", "quantity": 0}])")
            << Kind::Invalid << QStringLiteral("positive whole numbers (B at WH2)");
        QTest::newRow("negative quantity")
            << QStringLiteral(R"([{"sku": "A", "location": "WH1", "quantity": 7}, {"sku": "A", "location": "WH2",)"
                              R"( "quantity": -2}, {"sku": "B", "location": "WH1", "quantity": 2}])")
            << Kind::Invalid << QStringLiteral("positive whole numbers");
        QTest::newRow("unknown location")
            << QStringLiteral(R"([{"sku": "A", "location": "XX9", "quantity": 5}, {"sku": "B", "location": "WH1",)"
                              R"( "quantity": 2}])")
            << Kind::NotFound << QStringLiteral("XX9");
        QTest::newRow("no lines") << QStringLiteral("[]") << Kind::Invalid << QStringLiteral("the plan has no lines");
    }

    void allocateRefusesAPlanThatDoesNotMatch()
    {
        QFETCH(QString, plan);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("MISMATCH-1");
        SR_OK(f.su->create(kWeb, ref, {{A, 5}, {B, 2}}));
        const QString before = orderSnapshot(*f.session);
        auto allocated =
            f.su->allocateRaw(ref, QStringLiteral(R"({"strategy": "test", "lines": %1})").arg(plan), key());
        SR_FAILS(allocated, kind);
        QVERIFY2(allocated.error().message.contains(message), qPrintable(allocated.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        QCOMPARE(f.orderState(ref), QStringLiteral("created"));
        SR_VERIFY_ALL(f);
    }

    // A channel ships only from the kinds of location it names: wholesale from warehouses, store from stores.
    void allocateRespectsWhereAChannelShipsFrom_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("refused");
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("message");
        QTest::newRow("wholesale: not from a store") << QStringLiteral("wholesale") << A << ST1 << WH1
                                                     << QStringLiteral("ships only from warehouse (ST1 is a store)");
        QTest::newRow("store: not from a warehouse") << QStringLiteral("store") << C << WH1 << ST2
                                                     << QStringLiteral("ships only from store (WH1 is a warehouse)");
    }

    void allocateRespectsWhereAChannelShipsFrom()
    {
        QFETCH(QString, channel);
        QFETCH(QString, sku);
        QFETCH(QString, refused);
        QFETCH(QString, allowed);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(C, WH1, 5, key()));
        const QString ref = QStringLiteral("KIND-1");
        SR_OK(f.su->create(channel, ref, {{sku, 2}}));
        const QString before = orderSnapshot(*f.session);
        auto wrong = f.su->allocate(ref, {{sku, refused, 2}});
        SR_FAILS_WITH(wrong, Kind::Invalid, "SR004");
        QVERIFY2(wrong.error().message.contains(message), qPrintable(wrong.error().message));
        // Half from the right kind does not make the other half right.
        SR_FAILS_WITH(f.su->allocate(ref, {{sku, refused, 1}, {sku, allowed, 1}}), Kind::Invalid, "SR004");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_OK(f.su->allocate(ref, {{sku, allowed, 2}}));
        QCOMPARE(f.get(sku, allowed, kReserved), 2);
        SR_VERIFY_ALL(f);
    }

    // Compare-and-set: one unit received at a row of the plan since the plan was made refuses the whole plan
    // (SR005, "stock moved"), and nothing of it is applied, not even at the rows that did not move.
    void allocateRefusesWhenStockMoved()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("CAS-1");
        SR_OK(f.su->create(kWeb, ref, {{A, 12}, {B, 3}}));
        const QString plan = f.su->planJson({{A, WH1, 10}, {B, WH1, 3}, {A, ST1, 2}});
        SR_OK(f.api->receive(A, ST1, 1, key()));
        const QString before = orderSnapshot(*f.session);
        auto allocated = f.su->allocateRaw(ref, plan, key());
        SR_FAILS_WITH(allocated, Kind::Refused, "SR005");
        QVERIFY2(allocated.error().message.contains(QStringLiteral("stock moved")) &&
                     allocated.error().message.contains(QStringLiteral("A at ST1")),
                 qPrintable(allocated.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        QCOMPARE(f.get(A, WH1, kReserved), 0);
        QCOMPARE(f.orderState(ref), QStringLiteral("created"));
        // A fresh plan applies.
        SR_OK(f.su->allocate(ref, {{A, WH1, 10}, {B, WH1, 3}, {A, ST1, 2}}));
        SR_VERIFY_ALL(f);
    }

    // A row without the stock refuses the plan with SR001, and nothing is half-applied.
    void allocateRefusesShortStock()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("SHORT-1");
        SR_OK(f.su->create(kWeb, ref, {{A, 12}, {B, 11}}));
        const QString before = orderSnapshot(*f.session);
        // B at WH1 has 10; A at WH1 would fit.
        auto allocated = f.su->allocate(ref, {{A, WH1, 12}, {B, WH1, 11}});
        SR_FAILS_WITH(allocated, Kind::Refused, "SR001");
        QVERIFY2(allocated.error().message.contains(QStringLiteral("insufficient stock of B at WH1")),
                 qPrintable(allocated.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        // Neither does a location that never had the SKU.
        SR_FAILS_WITH(f.su->allocate(ref, {{A, ST2, 12}, {B, WH2, 10}, {B, WH1, 1}}), Kind::Refused, "SR001");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // The machine

    // created -> allocated -> payment_authorized -> fulfilling -> partially_shipped -> completed, each persona
    // firing what it may, the fulfillments reserved -> picking -> packed -> shipped -> delivered.
    void happyPath()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("HAPPY-1");
        OrderCalls &checkout = f.as(kCheckout);
        OrderCalls &associate = f.as(kAssociate);
        SR_OK(checkout.create(kWeb, ref, {{A, 12}, {B, 3}}));
        QCOMPARE(f.orderState(ref), QStringLiteral("created"));
        SR_OK(checkout.allocate(ref, {{A, WH1, 10}, {B, WH1, 3}, {A, ST1, 2}}));
        QCOMPARE(f.orderState(ref), QStringLiteral("allocated"));
        const qint64 wh1 = f.fulfillment(ref, WH1);
        const qint64 st1 = f.fulfillment(ref, ST1);
        QVERIFY(wh1 > 0 && st1 > 0 && wh1 != st1);

        auto paid = checkout.fire(ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated"));
        SR_OK(paid);
        QCOMPARE(Tests::stateOf(*paid), QStringLiteral("payment_authorized"));
        // Paid: the holds outlive the payment window.
        QVERIFY(Tests::fulfillmentAt(*paid, WH1).value(QStringLiteral("hold_expires_at")).toString() >
                paid->value(QStringLiteral("expires_at")).toString());

        struct Step
        {
            qint64 fulfillment;
            const char *event;
            const char *expect;
            const char *fulfillmentAfter;
            const char *orderAfter;
        };
        const Step steps[] = {
            {wh1, "pick", "reserved", "picking", "fulfilling"},
            {wh1, "pack", "picking", "packed", "fulfilling"},
            {wh1, "ship", "packed", "shipped", "partially_shipped"},
            {st1, "pick", "reserved", "picking", "partially_shipped"},
            {st1, "pack", "picking", "packed", "partially_shipped"},
            {st1, "ship", "packed", "shipped", "completed"},
        };
        for (const Step &step : steps) {
            auto fired = associate.fire(ref, QLatin1String(step.event), QLatin1String(step.expect), step.fulfillment);
            SR_OK(fired);
            QCOMPARE(Tests::stateOf(*fired), QLatin1String(step.orderAfter));
            for (const QJsonValue &value : Tests::fulfillmentsOf(*fired)) {
                if (Tests::idOf(value.toObject()) == step.fulfillment)
                    QCOMPARE(Tests::stateOf(value.toObject()), QLatin1String(step.fulfillmentAfter));
            }
            if (QLatin1String(step.orderAfter) == u"partially_shipped") {
                // A partial shipment shows in the list: one of two fulfillments shipped.
                auto row = f.session->rows(QStringLiteral("SELECT state, fulfillments, shipped FROM api.orders"
                                                          " WHERE ref = ?"),
                                           {ref});
                SR_OK(row);
                QCOMPARE(str(row->at(0).toObject(), "state"), QStringLiteral("partially_shipped"));
                QCOMPARE(integer(row->at(0).toObject(), "fulfillments"), 2);
                QCOMPARE(integer(row->at(0).toObject(), "shipped"), 1);
            }
        }
        auto delivered = checkout.fire(ref, QStringLiteral("deliver"), QStringLiteral("shipped"), wh1);
        SR_OK(delivered);
        QCOMPARE(Tests::stateOf(Tests::fulfillmentAt(*delivered, WH1)), QStringLiteral("delivered"));
        QCOMPARE(Tests::stateOf(*delivered), QStringLiteral("completed"));
        for (const QJsonValue &line : delivered->value(QStringLiteral("lines")).toArray())
            QCOMPARE(integer(line.toObject(), "shipped"), integer(line.toObject(), "quantity"));
        // Stock left on hand exactly as shipped, nothing is held any more.
        QCOMPARE(f.get(A, WH1, kOnHand), 10);
        QCOMPARE(f.get(B, WH1, kOnHand), 7);
        QCOMPARE(f.get(A, ST1, kOnHand), 8);
        for (const auto &[sku, location] : {std::pair{A, WH1}, std::pair{B, WH1}, std::pair{A, ST1}})
            QCOMPARE(f.get(sku, location, kReserved), 0);
        // Nothing is left to fire but delivering the other one.
        auto shown = checkout.show(ref);
        SR_OK(shown);
        QStringList next;
        for (const QJsonValue &event : shown->value(QStringLiteral("next_events")).toArray()) {
            if (event.toObject().value(QStringLiteral("allowed")).toBool())
                next << str(event.toObject(), "event") + u'@' + QString::number(integer(event.toObject(), "target"));
        }
        QCOMPARE(next, QStringList{QStringLiteral("deliver@%1").arg(st1)});
        SR_VERIFY_ALL(f);
    }

    // Shipping one fulfillment commits exactly its reservation: on hand and reserved go down at its location by
    // its lines, and the other fulfillment's hold is untouched.
    void shippingCommitsExactlyItsHold()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("SHIP-1");
        SR_PREPARE(f, ref, QStringLiteral("partially_shipped"));
        QCOMPARE(f.get(A, WH1, kOnHand), 10);
        QCOMPARE(f.get(A, WH1, kReserved), 0);
        QCOMPARE(f.get(B, WH1, kOnHand), 7);
        QCOMPARE(f.get(B, WH1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kOnHand), 10);
        QCOMPARE(f.get(A, ST1, kReserved), 2);
        const QJsonObject order = f.show(ref);
        const QJsonObject wh1 = Tests::fulfillmentAt(order, WH1);
        const QJsonObject st1 = Tests::fulfillmentAt(order, ST1);
        QCOMPARE(str(wh1, "hold"), QStringLiteral("committed"));
        QCOMPARE(str(st1, "hold"), QStringLiteral("active"));
        auto commits = f.session->rows(QStringLiteral("SELECT reservation_id, count(*) AS n FROM ledger.movement"
                                                      " WHERE kind = 'commit' GROUP BY reservation_id"));
        SR_OK(commits);
        QCOMPARE(commits->size(), 1);
        QCOMPARE(integer(commits->at(0).toObject(), "reservation_id"), integer(wh1, "reservation"));
        QCOMPARE(integer(commits->at(0).toObject(), "n"), 4); // on hand and reserved, for A and B
        SR_VERIFY_ALL(f);
    }

    // A stale --expect is refused, naming the state found and the state expected; nothing changes.
    void staleExpectIsRefused_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("found");
        QTest::newRow("order") << QStringLiteral("authorize_payment") << QStringLiteral("created") << QString()
                               << QStringLiteral("allocated");
        QTest::newRow("order, cancel") << QStringLiteral("cancel") << QStringLiteral("payment_authorized") << QString()
                                       << QStringLiteral("allocated");
        QTest::newRow("fulfillment") << QStringLiteral("pack") << QStringLiteral("picking") << WH1
                                     << QStringLiteral("reserved");
    }

    void staleExpectIsRefused()
    {
        QFETCH(QString, event);
        QFETCH(QString, expect);
        QFETCH(QString, at);
        QFETCH(QString, found);
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("STALE-1");
        SR_PREPARE(f, ref, QStringLiteral("allocated"));
        const QString before = orderSnapshot(*f.session);
        auto fired = f.su->fire(ref, event, expect, at.isEmpty() ? 0 : f.fulfillment(ref, at));
        SR_FAILS_WITH(fired, Kind::Refused, "SR005");
        QVERIFY2(fired.error().message.contains(QStringLiteral(" is %1, not %2 as expected").arg(found, expect)),
                 qPrintable(fired.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // An event the machine does not allow from the current state is refused naming that state.
    void illegalEventIsRefused_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("at");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("pay before allocating")
            << QStringLiteral("created") << QStringLiteral("authorize_payment") << QString() << Kind::Refused
            << QStringLiteral("order ILLEGAL-1 is created: \"authorize_payment\"");
        QTest::newRow("allocate as an event") << QStringLiteral("created") << QStringLiteral("allocate") << QString()
                                              << Kind::Invalid << QStringLiteral("through a plan");
        QTest::newRow("pick before payment")
            << QStringLiteral("allocated") << QStringLiteral("pick") << WH1 << Kind::Refused
            << QStringLiteral("order ILLEGAL-1 is allocated, its payment is not authorized");
        QTest::newRow("ship what is not packed") << QStringLiteral("paid") << QStringLiteral("ship") << WH1
                                                 << Kind::Refused << QStringLiteral("is reserved: \"ship\"");
        QTest::newRow("pay twice") << QStringLiteral("paid") << QStringLiteral("authorize_payment") << QString()
                                   << Kind::Refused << QStringLiteral("is payment_authorized");
        QTest::newRow("deliver what is not shipped") << QStringLiteral("partially_shipped") << QStringLiteral("deliver")
                                                     << ST1 << Kind::Refused << QStringLiteral("is reserved");
        QTest::newRow("cancel a completed order") << QStringLiteral("completed") << QStringLiteral("cancel")
                                                  << QString() << Kind::Refused << QStringLiteral("is completed");
        QTest::newRow("unknown event") << QStringLiteral("paid") << QStringLiteral("teleport") << QString()
                                       << Kind::Invalid << QStringLiteral("unknown order event \"teleport\"");
    }

    void illegalEventIsRefused()
    {
        QFETCH(QString, stage);
        QFETCH(QString, event);
        QFETCH(QString, at);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("ILLEGAL-1");
        SR_PREPARE(f, ref, stage);
        const QString before = orderSnapshot(*f.session);
        auto fired = f.su->fire(ref, event, {}, at.isEmpty() ? 0 : f.fulfillment(ref, at));
        SR_FAILS(fired, kind);
        QVERIFY2(fired.error().message.contains(message), qPrintable(fired.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // The transition table says who may fire what; the database refuses the others (42501).
    void aRoleThatMayNotFireIsRefused_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("message");
        QTest::newRow("associate pays") << kAssociate << QStringLiteral("allocated")
                                        << QStringLiteral("authorize_payment") << QString()
                                        << QStringLiteral("checkout or manager");
        QTest::newRow("checkout picks") << kCheckout << QStringLiteral("paid") << QStringLiteral("pick") << WH1
                                        << QStringLiteral("needs the role associate");
        QTest::newRow("associate fails a payment")
            << kAssociate << QStringLiteral("allocated") << QStringLiteral("fail_payment") << QString()
            << QStringLiteral("checkout or manager");
        QTest::newRow("associate cancels") << kAssociate << QStringLiteral("allocated") << QStringLiteral("cancel")
                                           << QString() << QStringLiteral("checkout or manager");
        QTest::newRow("checkout cancels a paid order")
            << kCheckout << QStringLiteral("paid") << QStringLiteral("cancel") << QString()
            << QStringLiteral("needs the role manager");
        QTest::newRow("associate allocates") << kAssociate << QStringLiteral("created") << QStringLiteral("allocate")
                                             << QString() << QStringLiteral("checkout or manager");
        QTest::newRow("a login fires the ledger's event")
            << kManager << QStringLiteral("paid") << QStringLiteral("start_fulfillment") << QString()
            << QStringLiteral("fired by the ledger itself");
        QTest::newRow("a login cancels a fulfillment") << kManager << QStringLiteral("paid") << QStringLiteral("cancel")
                                                       << WH1 << QStringLiteral("fired by the ledger itself");
        QTest::newRow("checkout rejects a return") << kCheckout << QStringLiteral("return") << QStringLiteral("reject")
                                                   << QString() << QStringLiteral("needs the role manager");
        QTest::newRow("checkout restocks a return")
            << kCheckout << QStringLiteral("return") << QStringLiteral("receive_restock") << QString()
            << QStringLiteral("needs the role associate");
    }

    void aRoleThatMayNotFireIsRefused()
    {
        QFETCH(QString, persona);
        QFETCH(QString, stage);
        QFETCH(QString, event);
        QFETCH(QString, at);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("ROLE-1");
        qint64 returnId = 0;
        if (stage == u"return") {
            SR_PREPARE(f, ref, QStringLiteral("partially_shipped"));
            auto requested = f.su->requestReturn(ref, f.fulfillment(ref, WH1), {{A, 1}});
            SR_OK(requested);
            returnId = integer(*requested, "return_id");
        } else {
            SR_PREPARE(f, ref, stage);
        }
        const QString before = orderSnapshot(*f.session);
        OrderCalls &calls = f.as(persona);
        Result<QJsonObject> fired = returnId != 0 ? calls.fireReturn(returnId, event)
                                    : event == u"allocate"
                                        ? calls.allocate(ref, {{A, WH1, 12}, {B, WH1, 3}})
                                        : calls.fire(ref, event, {}, at.isEmpty() ? 0 : f.fulfillment(ref, at));
        SR_FAILS_WITH(fired, Kind::PermissionDenied, "42501");
        QVERIFY2(fired.error().message.contains(message), qPrintable(fired.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Keys

    // A retry with the same key replays the first result; the same key with other parameters is a conflict.
    void sameKeyReplays()
    {
        SR_FIXTURE(f);
        OrderCalls &checkout = f.as(kCheckout);
        const QString ref = QStringLiteral("KEY-1");
        const QString createKey = key();
        auto first = checkout.create(kWeb, ref, {{A, 2}}, Destination::at(50, 10), 900, createKey);
        SR_OK(first);
        QString before = orderSnapshot(*f.session);
        auto again = checkout.create(kWeb, ref, {{A, 2}}, Destination::at(50, 10), 900, createKey);
        SR_OK(again);
        QCOMPARE(again->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(Tests::idOf(*again), Tests::idOf(*first));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_FAILS_WITH(checkout.create(kWeb, ref, {{A, 3}}, Destination::at(50, 10), 900, createKey), Kind::Conflict,
                      "SR002");
        SR_FAILS_WITH(checkout.create(kWeb, QStringLiteral("KEY-2"), {{A, 2}}, Destination::at(50, 10), 900, createKey),
                      Kind::Conflict, "SR002");

        const QString allocateKey = key();
        const QString plan = checkout.planJson({{A, WH1, 2}});
        auto allocated = checkout.allocateRaw(ref, plan, allocateKey);
        SR_OK(allocated);
        before = orderSnapshot(*f.session);
        auto reallocated = checkout.allocateRaw(ref, plan, allocateKey);
        SR_OK(reallocated);
        QCOMPARE(reallocated->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(Tests::fulfillmentsOf(*reallocated), Tests::fulfillmentsOf(*allocated));
        QCOMPARE(orderSnapshot(*f.session), before);
        QCOMPARE(f.get(A, WH1, kReserved), 2);

        const QString payKey = key();
        auto paid = checkout.fire(ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated"), 0, {}, payKey);
        SR_OK(paid);
        before = orderSnapshot(*f.session);
        // The state has moved on, yet the retry gets the first answer, not a stale refusal.
        auto repaid =
            checkout.fire(ref, QStringLiteral("authorize_payment"), QStringLiteral("allocated"), 0, {}, payKey);
        SR_OK(repaid);
        QCOMPARE(repaid->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(Tests::stateOf(*repaid), QStringLiteral("payment_authorized"));
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_FAILS_WITH(checkout.fire(ref, QStringLiteral("cancel"), {}, 0, {}, payKey), Kind::Conflict, "SR002");
        // A key of another operation is a conflict as well.
        SR_FAILS_WITH(checkout.cancel(ref, {}, createKey), Kind::Conflict, "SR002");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Compensation: what is still held, exactly once

    // A manager cancels a partly shipped order: only the unshipped fulfillment's hold is released (reserved goes
    // back exactly), the shipped one stays committed.
    void cancelReleasesOnlyWhatIsStillHeld()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("CANCEL-1");
        SR_PREPARE(f, ref, QStringLiteral("partially_shipped"));
        const QJsonObject order = f.show(ref);
        const qint64 shippedHold = integer(Tests::fulfillmentAt(order, WH1), "reservation");
        const qint64 openHold = integer(Tests::fulfillmentAt(order, ST1), "reservation");
        SR_FAILS_WITH(f.as(kCheckout).cancel(ref), Kind::PermissionDenied, "42501");
        auto cancelled = f.as(kManager).cancel(ref);
        SR_OK(cancelled);
        QCOMPARE(Tests::stateOf(*cancelled), QStringLiteral("cancelled"));
        QCOMPARE(Tests::stateOf(Tests::fulfillmentAt(*cancelled, WH1)), QStringLiteral("shipped"));
        QCOMPARE(str(Tests::fulfillmentAt(*cancelled, WH1), "hold"), QStringLiteral("committed"));
        QCOMPARE(Tests::stateOf(Tests::fulfillmentAt(*cancelled, ST1)), QStringLiteral("cancelled"));
        QCOMPARE(str(Tests::fulfillmentAt(*cancelled, ST1), "hold"), QStringLiteral("released"));
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kOnHand), 10);
        QCOMPARE(f.get(A, WH1, kOnHand), 10);
        QCOMPARE(f.get(B, WH1, kOnHand), 7);
        auto ends = f.session->rows(QStringLiteral("SELECT reservation_id || ' ' || kind || ' ' || sum(quantity) AS e"
                                                   " FROM ledger.movement WHERE kind IN ('commit', 'release', 'expire')"
                                                   " GROUP BY reservation_id, kind ORDER BY reservation_id, kind"));
        SR_OK(ends);
        QStringList ended;
        for (const QJsonValue &value : ends.value())
            ended << str(value.toObject(), "e");
        // Shipped: A 10 and B 3 left on hand and reserved; the rest: A 2 released, once.
        QCOMPARE(ended, (QStringList{QStringLiteral("%1 commit -26").arg(shippedHold),
                                     QStringLiteral("%1 release -2").arg(openHold)}));
        // Cancelling again is refused and changes nothing.
        const QString before = orderSnapshot(*f.session);
        SR_FAILS_WITH(f.as(kManager).cancel(ref), Kind::Refused, "SR005");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // A failed payment releases every hold and cancels every fulfillment.
    void paymentFailureReleasesEverything()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("FAIL-1");
        SR_PREPARE(f, ref, QStringLiteral("allocated"));
        QCOMPARE(f.get(A, WH1, kReserved), 10);
        auto failed = f.as(kCheckout).fire(ref, QStringLiteral("fail_payment"), QStringLiteral("allocated"));
        SR_OK(failed);
        QCOMPARE(Tests::stateOf(*failed), QStringLiteral("payment_failed"));
        for (const QJsonValue &value : Tests::fulfillmentsOf(*failed)) {
            QCOMPARE(Tests::stateOf(value.toObject()), QStringLiteral("cancelled"));
            QCOMPARE(str(value.toObject(), "hold"), QStringLiteral("released"));
        }
        for (const auto &[sku, location, onHand] :
             {std::tuple{A, WH1, 20}, std::tuple{B, WH1, 10}, std::tuple{A, ST1, 10}}) {
            QCOMPARE(f.get(sku, location, kReserved), 0);
            QCOMPARE(f.get(sku, location, kOnHand), onHand);
        }
        const QString before = orderSnapshot(*f.session);
        SR_FAILS_WITH(f.as(kCheckout).fire(ref, QStringLiteral("authorize_payment")), Kind::Refused, "SR005");
        SR_FAILS_WITH(f.su->cancel(ref), Kind::Refused, "SR005");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // An order's holds end only through the order: api.commit and api.release refuse them, api.release_many
    // skips them with status "order".
    void holdsOfOrdersEndOnlyThroughTheOrder()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("HOLD-1");
        SR_PREPARE(f, ref, QStringLiteral("paid"));
        const qint64 hold = integer(Tests::fulfillmentAt(f.show(ref), WH1), "reservation");
        ReserveRequest plain;
        plain.sku = A;
        plain.location = WH1;
        plain.quantity = 1;
        auto other = f.api->reserve(plain, key());
        SR_OK(other);
        const qint64 otherHold = integer(*other, "reservation");
        const QString before = orderSnapshot(*f.session);
        for (const auto &refused : {f.api->commit(hold, key()), f.api->release(hold, key())}) {
            SR_FAILS_WITH(refused, Kind::Refused, "SR005");
            QVERIFY2(refused.error().message.contains(QStringLiteral("holds stock for order HOLD-1")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(orderSnapshot(*f.session), before);
        auto released = f.api->releaseMany({hold, otherHold}, QStringLiteral("clearing the shelf"), key());
        SR_OK(released);
        const QJsonArray skipped = released->value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(integer(skipped.at(0).toObject(), "reservation"), hold);
        QCOMPARE(str(skipped.at(0).toObject(), "status"), QStringLiteral("order"));
        QCOMPARE(str(skipped.at(0).toObject(), "order"), ref);
        const QJsonArray done = released->value(QStringLiteral("released")).toArray();
        QCOMPARE(done.size(), 1);
        QCOMPARE(integer(done.at(0).toObject(), "reservation"), otherHold);
        QCOMPARE(f.get(A, WH1, kReserved), 10);
        QCOMPARE(str(Tests::fulfillmentAt(f.show(ref), WH1), "hold"), QStringLiteral("active"));
        // The order still ships it.
        const qint64 wh1 = f.fulfillment(ref, WH1);
        for (const char *event : {"pick", "pack", "ship"})
            SR_OK(f.as(kAssociate).fire(ref, QLatin1String(event), {}, wh1));
        QCOMPARE(f.get(A, WH1, kOnHand), 10);
        SR_VERIFY_ALL(f);
    }

    // An order allocated with a one-second payment window and never paid is expired by the sweep on the database
    // clock: its holds become "expired" (the reservation sweep leaves them to the order), and a later cancel
    // releases nothing a second time.
    void sweepExpiresUnpaidOrders()
    {
        SR_FIXTURE(f);
        const QString allocatedRef = QStringLiteral("TTL-1");
        const QString createdRef = QStringLiteral("TTL-2");
        const QString lateRef = QStringLiteral("TTL-3");
        OrderCalls &checkout = f.as(kCheckout);
        // A paid order with the same window is not expired.
        const QString paidRef = QStringLiteral("TTL-PAID");
        SR_OK(checkout.create(kWeb, paidRef, {{B, 1}}, Destination::at(52.5, 13.4), 1));
        SR_OK(checkout.allocate(paidRef, {{B, WH1, 1}}));
        SR_OK(checkout.fire(paidRef, QStringLiteral("authorize_payment"), QStringLiteral("allocated")));
        for (const QString &ref : {allocatedRef, createdRef, lateRef})
            SR_OK(checkout.create(kWeb, ref, {{A, 3}}, Destination::at(52.5, 13.4), 1));
        SR_OK(checkout.allocate(allocatedRef, {{A, WH1, 2}, {A, ST1, 1}}));
        SR_OK(checkout.allocate(lateRef, {{A, WH2, 3}}));
        QCOMPARE(f.get(A, WH1, kReserved), 2);

        // Wait on the database clock, not a client timer.
        QDeadlineTimer deadline(20000);
        bool due = false;
        while (!due && !deadline.hasExpired()) {
            auto rows = f.session->rows(QStringLiteral("SELECT bool_and(expires_at <= now()) AS due FROM api.orders"));
            SR_OK(rows);
            due = rows->at(0).toObject().value(QStringLiteral("due")).toBool();
            if (!due)
                QThread::msleep(50);
        }
        QVERIFY(due);
        // Past its window an order can no longer be paid, even before the sweep comes.
        QString before = orderSnapshot(*f.session);
        auto late = checkout.fire(lateRef, QStringLiteral("authorize_payment"), QStringLiteral("allocated"));
        SR_FAILS_WITH(late, Kind::Refused, "SR005");
        QVERIFY2(late.error().message.contains(QStringLiteral("payment window")), qPrintable(late.error().message));
        QCOMPARE(orderSnapshot(*f.session), before);

        auto swept = f.su->sweep();
        SR_OK(swept);
        QCOMPARE(integer(*swept, "orders_expired"), 3);
        QCOMPARE(integer(*swept, "expired"), 0);
        for (const QString &ref : {allocatedRef, createdRef, lateRef})
            QCOMPARE(f.orderState(ref), QStringLiteral("expired"));
        QCOMPARE(f.orderState(paidRef), QStringLiteral("payment_authorized"));
        const QJsonObject expired = f.show(allocatedRef);
        QCOMPARE(Tests::fulfillmentsOf(expired).size(), 2);
        for (const QJsonValue &value : Tests::fulfillmentsOf(expired)) {
            QCOMPARE(Tests::stateOf(value.toObject()), QStringLiteral("cancelled"));
            QCOMPARE(str(value.toObject(), "hold"), QStringLiteral("expired"));
        }
        QCOMPARE(f.get(A, WH1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        QCOMPARE(f.get(A, WH2, kReserved), 0);
        QCOMPARE(f.get(B, WH1, kReserved), 1);
        auto kinds = f.session->rows(QStringLiteral("SELECT kind, count(*) AS n FROM ledger.movement WHERE kind IN"
                                                    " ('release', 'expire', 'commit') GROUP BY kind ORDER BY kind"));
        SR_OK(kinds);
        QCOMPARE(Tests::toText(*kinds), QStringLiteral(R"([{"kind":"expire","n":3}])"));

        before = orderSnapshot(*f.session);
        for (const QString &ref : {allocatedRef, createdRef}) {
            auto cancelled = f.su->cancel(ref);
            SR_FAILS_WITH(cancelled, Kind::Refused, "SR005");
            QVERIFY2(cancelled.error().message.contains(QStringLiteral("is expired")),
                     qPrintable(cancelled.error().message));
        }
        auto again = f.su->sweep();
        SR_OK(again);
        QCOMPARE(integer(*again, "orders_expired"), 0);
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Returns

    // No more comes back than shipped; restocked units go back on hand at the fulfillment's location, damaged
    // ones into damaged there; a rejected return frees its units to be returned again.
    void returnsPutStockBack()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("RET-1");
        SR_PREPARE(f, ref, QStringLiteral("completed"));
        const qint64 wh1 = f.fulfillment(ref, WH1);
        const qint64 st1 = f.fulfillment(ref, ST1);
        OrderCalls &associate = f.as(kAssociate);
        QString before = orderSnapshot(*f.session);
        auto tooMany = associate.requestReturn(ref, wh1, {{A, 11}});
        SR_FAILS_WITH(tooMany, Kind::Invalid, "SR004");
        QVERIFY2(tooMany.error().message.contains(QStringLiteral("11 of A cannot come back, 10 can")),
                 qPrintable(tooMany.error().message));
        // A SKU this fulfillment did not ship (C), or one it shipped elsewhere (B from ST1), cannot come back.
        SR_FAILS_WITH(associate.requestReturn(ref, wh1, {{C, 1}}), Kind::Invalid, "SR004");
        SR_FAILS_WITH(associate.requestReturn(ref, st1, {{B, 1}}), Kind::Invalid, "SR004");
        QCOMPARE(orderSnapshot(*f.session), before);

        auto restock = associate.requestReturn(ref, wh1, {{A, 4}});
        SR_OK(restock);
        const qint64 restockId = integer(*restock, "return_id");
        auto received =
            associate.fireReturn(restockId, QStringLiteral("receive_restock"), QStringLiteral("return_requested"));
        SR_OK(received);
        QCOMPARE(f.get(A, WH1, kOnHand), 14);
        QCOMPARE(f.get(A, WH1, kDamaged), 0);

        auto damaged = associate.requestReturn(ref, wh1, {}); // everything else it shipped: A 6, B 3
        SR_OK(damaged);
        const qint64 damagedId = integer(*damaged, "return_id");
        QStringList lines;
        for (const QJsonValue &value : damaged->value(QStringLiteral("returns")).toArray()) {
            if (Tests::idOf(value.toObject()) == damagedId)
                lines = linesOf(value.toObject());
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("A 6"), QStringLiteral("B 3")}));
        SR_OK(associate.fireReturn(damagedId, QStringLiteral("receive_damaged")));
        QCOMPARE(f.get(A, WH1, kOnHand), 14);
        QCOMPARE(f.get(A, WH1, kDamaged), 6);
        QCOMPARE(f.get(B, WH1, kDamaged), 3);
        QCOMPARE(f.get(B, WH1, kOnHand), 7);

        before = orderSnapshot(*f.session);
        SR_FAILS_WITH(associate.requestReturn(ref, wh1, {{A, 1}}), Kind::Invalid, "SR004");
        auto nothingLeft = associate.requestReturn(ref, wh1, {});
        SR_FAILS_WITH(nothingLeft, Kind::Refused, "SR005");
        QVERIFY2(nothingLeft.error().message.contains(QStringLiteral("already being returned")),
                 qPrintable(nothingLeft.error().message));
        // A received return is done.
        SR_FAILS_WITH(associate.fireReturn(restockId, QStringLiteral("receive_damaged")), Kind::Refused, "SR005");
        SR_FAILS_WITH(
            associate.fireReturn(restockId, QStringLiteral("receive_damaged"), QStringLiteral("return_requested")),
            Kind::Refused, "SR005");
        QCOMPARE(orderSnapshot(*f.session), before);

        // Rejected: nothing comes back, and the units may be asked for again.
        auto fromStore = associate.requestReturn(ref, st1, {{A, 2}});
        SR_OK(fromStore);
        before = orderSnapshot(*f.session);
        SR_FAILS_WITH(associate.requestReturn(ref, st1, {{A, 1}}), Kind::Invalid, "SR004");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_OK(f.as(kManager).fireReturn(integer(*fromStore, "return_id"), QStringLiteral("reject")));
        QCOMPARE(f.get(A, ST1, kOnHand), 8);
        SR_OK(associate.requestReturn(ref, st1, {{A, 2}}));
        SR_VERIFY_ALL(f);
    }

    // Only shipped stock comes back.
    void returnsOnlyOfShippedFulfillments()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("RET-2");
        SR_PREPARE(f, ref, QStringLiteral("partially_shipped"));
        const QString before = orderSnapshot(*f.session);
        auto refused = f.su->requestReturn(ref, f.fulfillment(ref, ST1), {{A, 1}});
        SR_FAILS_WITH(refused, Kind::Refused, "SR005");
        QVERIFY2(refused.error().message.contains(QStringLiteral("only shipped stock")),
                 qPrintable(refused.error().message));
        SR_FAILS_WITH(f.su->requestReturn(ref, 999999, {{A, 1}}), Kind::NotFound, "SR003");
        QCOMPARE(orderSnapshot(*f.session), before);
        SR_VERIFY_ALL(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // History and events

    // Every transition of the order, its fulfillments and its returns is a history row (from, event, to, who)
    // and an outbox event on the aggregate "order:CHANNEL/REF", versioned one by one.
    void everyTransitionIsHistoryAndAnEvent()
    {
        SR_FIXTURE(f);
        const QString ref = QStringLiteral("HIST-1");
        SR_PREPARE(f, ref, QStringLiteral("completed"));
        const qint64 wh1 = f.fulfillment(ref, WH1);
        const qint64 st1 = f.fulfillment(ref, ST1);
        SR_OK(f.as(kCheckout).fire(ref, QStringLiteral("deliver"), QStringLiteral("shipped"), wh1));
        auto requested = f.as(kAssociate).requestReturn(ref, st1, {{A, 1}});
        SR_OK(requested);
        const qint64 returnId = integer(*requested, "return_id");
        SR_OK(f.as(kManager).fireReturn(returnId, QStringLiteral("reject")));

        const QString checkout = f.db.spec(kCheckout).user;
        const QString associate = f.db.spec(kAssociate).user;
        const QString manager = f.db.spec(kManager).user;
        const QString o = QStringLiteral("order");
        const QString fw = QStringLiteral("fulfillment %1").arg(wh1);
        const QString fs = QStringLiteral("fulfillment %1").arg(st1);
        const QString r = QStringLiteral("return %1").arg(returnId);
        auto row = [](const QString &what, const char *from, const char *event, const char *to, const QString &actor) {
            return QStringLiteral("%1: %2 -%3-> %4 by %5")
                .arg(what, from ? QLatin1String(from) : QLatin1String("-"), QLatin1String(event), QLatin1String(to),
                     actor);
        };
        const QStringList expected = {
            row(o, nullptr, "create", "created", checkout),
            row(fw, nullptr, "create", "reserved", checkout),
            row(fs, nullptr, "create", "reserved", checkout),
            row(o, "created", "allocate", "allocated", checkout),
            row(o, "allocated", "authorize_payment", "payment_authorized", checkout),
            row(fw, "reserved", "pick", "picking", associate),
            row(o, "payment_authorized", "start_fulfillment", "fulfilling", associate),
            row(fw, "picking", "pack", "packed", associate),
            row(fw, "packed", "ship", "shipped", associate),
            row(o, "fulfilling", "ship_part", "partially_shipped", associate),
            row(fs, "reserved", "pick", "picking", associate),
            row(fs, "picking", "pack", "packed", associate),
            row(fs, "packed", "ship", "shipped", associate),
            row(o, "partially_shipped", "complete", "completed", associate),
            row(fw, "shipped", "deliver", "delivered", checkout),
            row(r, nullptr, "request_return", "return_requested", associate),
            row(r, "return_requested", "reject", "rejected", manager),
        };
        auto history = f.session->rows(
            QStringLiteral(
                "SELECT machine, fulfillment, return, from_state, event, to_state, actor FROM api.order_history"
                " WHERE order_ref = ? AND channel = 'web' ORDER BY id"),
            {ref});
        SR_OK(history);
        QStringList got;
        auto describe = [](const QJsonObject &h, const char *fromKey, const char *toKey) {
            const QString machine = str(h, "machine");
            QString what = machine;
            if (machine == u"fulfillment")
                what += u' ' + QString::number(integer(h, "fulfillment"));
            else if (machine == u"return")
                what += u' ' + QString::number(integer(h, "return"));
            // NULL: the object was created (the driver may hand a NULL text over as "").
            const QString from = str(h, fromKey).isEmpty() ? QStringLiteral("-") : str(h, fromKey);
            return QStringLiteral("%1: %2 -%3-> %4").arg(what, from, str(h, "event"), str(h, toKey));
        };
        for (const QJsonValue &value : history.value())
            got << describe(value.toObject(), "from_state", "to_state") + QStringLiteral(" by ") +
                       str(value.toObject(), "actor");
        QCOMPARE(got, expected);

        auto events = f.session->rows(QStringLiteral("SELECT aggregate, aggregate_version AS version, payload FROM"
                                                     " ledger.outbox WHERE event_type = 'order' ORDER BY id"));
        SR_OK(events);
        QCOMPARE(events->size(), expected.size());
        QStringList described;
        qint64 version = 0;
        for (const QJsonValue &value : events.value()) {
            const QJsonObject event = value.toObject();
            QCOMPARE(str(event, "aggregate"), QStringLiteral("order:web/") + ref);
            QVERIFY2(integer(event, "version") > version, qPrintable(Tests::toText(event)));
            version = integer(event, "version");
            QJsonObject payload = event.value(QStringLiteral("payload")).toObject();
            if (payload.isEmpty()) // the driver may hand jsonb over as text
                payload = QJsonDocument::fromJson(str(event, "payload").toUtf8()).object();
            described << describe(payload, "from", "to") + QStringLiteral(" by ") + str(payload, "actor");
        }
        QCOMPARE(described, expected);
        SR_VERIFY_ALL(f);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
