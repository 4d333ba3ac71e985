#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::bucket;
using Stockroom::Tests::snapshot;
using Kind = Stockroom::Services::Error::Kind;

Q_DECLARE_METATYPE(Stockroom::Services::Error::Kind)

namespace {

QString key()
{
    return LedgerService::newKey();
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

QJsonObject withoutReplayed(QJsonObject object)
{
    object.remove(QStringLiteral("replayed"));
    return object;
}

// A fresh migrated database with three locations and three SKUs, and the superuser's session on it.
struct Fixture : Tests::LedgerFixture
{

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        const QList<LocationInfo> locations = {
            {QStringLiteral("WH1"), QStringLiteral("Main warehouse"), QStringLiteral("warehouse"),
             QStringLiteral("North"), 53.4, -2.2},
            {QStringLiteral("ST1"),
             QStringLiteral("High Street"),
             QStringLiteral("store"),
             QStringLiteral("North"),
             {},
             {}},
            {QStringLiteral("ST2"), QStringLiteral("Market Square"), QStringLiteral("store"), {}, {}, {}},
        };
        for (const LocationInfo &location : locations) {
            if (auto added = api->addLocation(location); !added)
                return added.error().message;
        }
        const QList<QStringList> skus = {
            {QStringLiteral("A"), QStringLiteral("Anvil"), QStringLiteral("4006381333931")},
            {QStringLiteral("B"), QStringLiteral("Bucket"), QStringLiteral("5012345678900")},
            {QStringLiteral("C"), QStringLiteral("Chisel"), QStringLiteral("9780201379624")},
        };
        for (const QStringList &sku : skus) {
            if (auto added = api->addSku(sku.at(0), sku.at(1), {sku.at(2)}); !added)
                return added.error().message;
        }
        return {};
    }

    qint64 get(const QString &sku, const QString &location, const QString &name) const
    {
        return bucket(*api, sku, location, name);
    }
};

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");
const QString C = QStringLiteral("C");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");
const QString ST2 = QStringLiteral("ST2");
const QString kOnHand = QStringLiteral("on_hand");
const QString kReserved = QStringLiteral("reserved");
const QString kAvailable = QStringLiteral("available");
const QString kInbound = QStringLiteral("inbound");
const QString kDamaged = QStringLiteral("damaged");
const QString kSafety = QStringLiteral("safety_stock");
const QString kBackordered = QStringLiteral("backordered");

ReserveRequest request(const QString &sku, const QString &location, qint64 quantity,
                       const QString &channel = QStringLiteral("store"), int ttl = 900)
{
    ReserveRequest r;
    r.sku = sku;
    r.location = location;
    r.quantity = quantity;
    r.channel = channel;
    r.ttlSeconds = ttl;
    return r;
}

} // namespace

class TestLedgerService : public QObject
{
    Q_OBJECT

private slots:
    // --- reference data --------------------------------------------------------------------------------------

    void addLocation()
    {
        SR_FIXTURE(f);
        const LocationInfo depot{QStringLiteral("WH-2"),
                                 QStringLiteral("Second depot"),
                                 QStringLiteral("warehouse"),
                                 QStringLiteral("South"),
                                 51.5,
                                 -0.1};
        auto added = f.api->addLocation(depot);
        SR_OK(added);
        QCOMPARE(added->value(QStringLiteral("location")).toString(), QStringLiteral("WH-2"));
        QCOMPARE(added->value(QStringLiteral("kind")).toString(), QStringLiteral("warehouse"));
        SR_OK(f.api->addLocation(depot)); // the same again is a no-op, not an error
        auto all = f.api->locations();
        SR_OK(all);
        QCOMPARE(all->size(), 4);
        QJsonObject row;
        for (const QJsonValue &value : all.value()) {
            if (value.toObject().value(QStringLiteral("code")).toString() == u"WH-2")
                row = value.toObject();
        }
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Second depot"));
        QCOMPARE(row.value(QStringLiteral("latitude")).toDouble(), 51.5);
    }

    void addLocationRefusals_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("existing code, other name")
            << WH1 << QStringLiteral("Other") << QStringLiteral("warehouse") << 53.4 << Kind::Refused;
        QTest::newRow("unknown kind") << QStringLiteral("X1") << QStringLiteral("X") << QStringLiteral("depot") << 0.0
                                      << Kind::Invalid;
        QTest::newRow("code with spaces")
            << QStringLiteral("X 1") << QStringLiteral("X") << QStringLiteral("store") << 0.0 << Kind::Invalid;
        QTest::newRow("empty name") << QStringLiteral("X2") << QString() << QStringLiteral("store") << 0.0
                                    << Kind::Invalid;
        QTest::newRow("latitude out of range")
            << QStringLiteral("X3") << QStringLiteral("X") << QStringLiteral("store") << 91.0 << Kind::Invalid;
    }

    void addLocationRefusals()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(double, latitude);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        const QString before = snapshot(*f.session);
        LocationInfo location{code, name, kind, QStringLiteral("North"), latitude, -2.2};
        SR_FAILS(f.api->addLocation(location), expected);
        QCOMPARE(f.api->locations()->size(), 3);
        QCOMPARE(snapshot(*f.session), before);
    }

    void addSku()
    {
        SR_FIXTURE(f);
        auto added = f.api->addSku(QStringLiteral("D-1/x"), QStringLiteral("Drill"),
                                   {QStringLiteral("111"), QStringLiteral("222")});
        SR_OK(added);
        QCOMPARE(added->value(QStringLiteral("sku")).toString(), QStringLiteral("D-1/x"));
        QCOMPARE(added->value(QStringLiteral("barcodes")).toArray(),
                 (QJsonArray{QStringLiteral("111"), QStringLiteral("222")}));
        // The same again, with one more barcode, adds the barcode.
        auto again = f.api->addSku(QStringLiteral("D-1/x"), QStringLiteral("Drill"), {QStringLiteral("333")});
        SR_OK(again);
        QCOMPARE(again->value(QStringLiteral("barcodes")).toArray().size(), 3);
        // A barcode stands for its SKU everywhere.
        SR_OK(f.api->receive(QStringLiteral("333"), WH1, 4, key()));
        QCOMPARE(f.get(QStringLiteral("D-1/x"), WH1, kOnHand), 4);
        QCOMPARE(f.get(QStringLiteral("222"), WH1, kOnHand), 4);

        SR_FAILS(f.api->addSku(QStringLiteral("D-1/x"), QStringLiteral("Hammer drill")), Kind::Refused);
        SR_FAILS(f.api->addSku(QStringLiteral("E"), QStringLiteral("Easel"), {QStringLiteral("111")}), Kind::Refused);
        SR_FAILS(f.api->addSku(QStringLiteral("has space"), QStringLiteral("X")), Kind::Invalid);
        SR_FAILS(f.api->addSku(QStringLiteral("F"), QStringLiteral("Fan"), {QStringLiteral("not a barcode!")}),
                 Kind::Invalid);
        QCOMPARE(f.session->rows(QStringLiteral("SELECT code FROM api.skus WHERE code IN ('E', 'F')"))->size(), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    // --- stock movements -------------------------------------------------------------------------------------

    void receive()
    {
        SR_FIXTURE(f);
        auto first = f.api->receive(A, WH1, 7, key(), QStringLiteral("PO-1"));
        SR_OK(first);
        QCOMPARE(integer(*first, "on_hand"), 7);
        QCOMPARE(integer(*first, "available"), 7);
        QCOMPARE(first->value(QStringLiteral("replayed")).toBool(), false);
        auto second = f.api->receive(QStringLiteral("4006381333931"), WH1, 3, key()); // by barcode
        SR_OK(second);
        QCOMPARE(second->value(QStringLiteral("sku")).toString(), A);
        QCOMPARE(integer(*second, "on_hand"), 10);
        QCOMPARE(f.get(A, WH1, kOnHand), 10);

        auto ledger = f.api->ledger(A, WH1, 10);
        SR_OK(ledger);
        QCOMPARE(ledger->size(), 2);
        const QJsonObject last = ledger->at(1).toObject(); // newest first
        QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("receive"));
        QCOMPARE(last.value(QStringLiteral("bucket")).toString(), kOnHand);
        QCOMPARE(last.value(QStringLiteral("quantity")).toInteger(), 7);
        QCOMPARE(last.value(QStringLiteral("reference")).toString(), QStringLiteral("PO-1"));
        SR_VERIFY_LEDGER(*f.api);
    }

    void receiveRefusals_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("location");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QString>("key");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("zero") << A << WH1 << qint64(0) << key() << Kind::Invalid;
        QTest::newRow("negative") << A << WH1 << qint64(-5) << key() << Kind::Invalid;
        QTest::newRow("unknown SKU") << QStringLiteral("NOPE") << WH1 << qint64(1) << key() << Kind::NotFound;
        QTest::newRow("unknown location") << A << QStringLiteral("NOWHERE") << qint64(1) << key() << Kind::NotFound;
        QTest::newRow("key too long") << A << WH1 << qint64(1) << QString(201, u'k') << Kind::Invalid;
    }

    void receiveRefusals()
    {
        QFETCH(QString, sku);
        QFETCH(QString, location);
        QFETCH(qint64, quantity);
        QFETCH(QString, key);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 5, ::key()));
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->receive(sku, location, quantity, key), expected);
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void adjust_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<qint64>("onHand");
        QTest::addColumn<qint64>("damaged");
        // Before each: 10 on hand, 2 damaged.
        QTest::newRow("damaged") << QStringLiteral("damaged") << qint64(-3) << qint64(7) << qint64(5);
        QTest::newRow("scrapped") << QStringLiteral("scrapped") << qint64(-2) << qint64(10) << qint64(0);
        QTest::newRow("found") << QStringLiteral("found") << qint64(4) << qint64(14) << qint64(2);
        QTest::newRow("lost") << QStringLiteral("lost") << qint64(-1) << qint64(9) << qint64(2);
        QTest::newRow("theft") << QStringLiteral("theft") << qint64(-2) << qint64(8) << qint64(2);
        QTest::newRow("expired") << QStringLiteral("expired") << qint64(-3) << qint64(7) << qint64(2);
        QTest::newRow("correction up") << QStringLiteral("correction") << qint64(5) << qint64(15) << qint64(2);
        QTest::newRow("correction down") << QStringLiteral("correction") << qint64(-10) << qint64(0) << qint64(2);
    }

    void adjust()
    {
        QFETCH(QString, reason);
        QFETCH(qint64, delta);
        QFETCH(qint64, onHand);
        QFETCH(qint64, damaged);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 12, key()));
        SR_OK(f.api->adjust(A, WH1, -2, QStringLiteral("damaged"), key()));
        QCOMPARE(f.get(A, WH1, kOnHand), 10);
        QCOMPARE(f.get(A, WH1, kDamaged), 2);

        auto adjusted = f.api->adjust(A, WH1, delta, reason, key(), QStringLiteral("ref-9"));
        SR_OK(adjusted);
        QCOMPARE(integer(*adjusted, "on_hand"), onHand);
        QCOMPARE(integer(*adjusted, "damaged"), damaged);
        QCOMPARE(f.get(A, WH1, kOnHand), onHand);
        QCOMPARE(f.get(A, WH1, kDamaged), damaged);
        auto ledger = f.api->ledger(A, WH1, 1);
        SR_OK(ledger);
        QCOMPARE(ledger->at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("adjust"));
        QCOMPARE(ledger->at(0).toObject().value(QStringLiteral("reason")).toString(), reason);
        SR_VERIFY_LEDGER(*f.api);
    }

    void adjustRefusals_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<Kind>("expected");
        // Before each: 10 on hand and 2 damaged; in the rows named "reserved", 8 of the 10 are reserved.
        QTest::newRow("damaged upwards") << A << WH1 << QStringLiteral("damaged") << qint64(1) << Kind::Invalid;
        QTest::newRow("scrapped upwards") << A << WH1 << QStringLiteral("scrapped") << qint64(1) << Kind::Invalid;
        QTest::newRow("found downwards") << A << WH1 << QStringLiteral("found") << qint64(-1) << Kind::Invalid;
        QTest::newRow("lost upwards") << A << WH1 << QStringLiteral("lost") << qint64(1) << Kind::Invalid;
        QTest::newRow("unknown reason") << A << WH1 << QStringLiteral("gremlins") << qint64(-1) << Kind::Invalid;
        QTest::newRow("no reason") << A << WH1 << QString() << qint64(-1) << Kind::Invalid;
        QTest::newRow("zero") << A << WH1 << QStringLiteral("correction") << qint64(0) << Kind::Invalid;
        QTest::newRow("more lost than on hand") << A << WH1 << QStringLiteral("lost") << qint64(-11) << Kind::Refused;
        QTest::newRow("more damaged than on hand")
            << A << WH1 << QStringLiteral("damaged") << qint64(-11) << Kind::Refused;
        QTest::newRow("more scrapped than damaged")
            << A << WH1 << QStringLiteral("scrapped") << qint64(-3) << Kind::Refused;
        QTest::newRow("below reserved") << A << WH1 << QStringLiteral("theft") << qint64(-3) << Kind::Refused;
        QTest::newRow("damaging reserved stock")
            << A << WH1 << QStringLiteral("damaged") << qint64(-3) << Kind::Refused;
        QTest::newRow("no stock row yet") << B << WH1 << QStringLiteral("lost") << qint64(-1) << Kind::Refused;
        QTest::newRow("unknown SKU") << QStringLiteral("NOPE") << WH1 << QStringLiteral("lost") << qint64(-1)
                                     << Kind::NotFound;
        QTest::newRow("unknown location")
            << A << QStringLiteral("NOWHERE") << QStringLiteral("found") << qint64(1) << Kind::NotFound;
    }

    void adjustRefusals()
    {
        QFETCH(QString, sku);
        QFETCH(QString, location);
        QFETCH(QString, reason);
        QFETCH(qint64, delta);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 12, key()));
        SR_OK(f.api->adjust(A, WH1, -2, QStringLiteral("damaged"), key()));
        if (QByteArray(QTest::currentDataTag()).contains("reserved"))
            SR_OK(f.api->reserve(request(A, WH1, 8), key()));
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->adjust(sku, location, delta, reason, key()), expected);
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void count()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        auto counted = f.api->count(A, WH1, 7, key());
        SR_OK(counted);
        QCOMPARE(integer(*counted, "difference"), -3);
        QCOMPARE(integer(*counted, "on_hand"), 7);
        auto up = f.api->count(A, WH1, 9, key());
        SR_OK(up);
        QCOMPARE(integer(*up, "difference"), 2);
        const qint64 movements = f.api->ledger(A, WH1, 100)->size();
        auto same = f.api->count(A, WH1, 9, key());
        SR_OK(same);
        QCOMPARE(integer(*same, "difference"), 0);
        QCOMPARE(f.api->ledger(A, WH1, 100)->size(), movements); // no difference, no movement
        // A count where nothing was ever received starts the row.
        auto fresh = f.api->count(B, ST1, 4, key());
        SR_OK(fresh);
        QCOMPARE(f.get(B, ST1, kOnHand), 4);
        auto ledger = f.api->ledger(A, WH1, 1);
        QCOMPARE(ledger->at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("count"));
        SR_VERIFY_LEDGER(*f.api);
    }

    void countRefusals_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("negative") << A << qint64(-1) << Kind::Invalid;
        QTest::newRow("below reserved") << A << qint64(3) << Kind::Refused;
        QTest::newRow("unknown SKU") << QStringLiteral("NOPE") << qint64(3) << Kind::NotFound;
    }

    void countRefusals()
    {
        QFETCH(QString, sku);
        QFETCH(qint64, counted);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        SR_OK(f.api->reserve(request(A, WH1, 4), key()));
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->count(sku, WH1, counted, key()), expected);
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void setSafetyStock()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        auto set = f.api->setSafetyStock(A, WH1, 4, key());
        SR_OK(set);
        QCOMPARE(integer(*set, "safety_stock"), 4);
        QCOMPARE(f.get(A, WH1, kSafety), 4);
        QCOMPARE(f.get(A, WH1, kAvailable), 10); // safety stock is a policy, not a hold
        const qint64 movements = f.api->ledger(A, WH1, 100)->size();
        SR_OK(f.api->setSafetyStock(A, WH1, 4, key()));
        QCOMPARE(f.api->ledger(A, WH1, 100)->size(), movements);
        SR_OK(f.api->setSafetyStock(A, WH1, 1, key()));
        QCOMPARE(f.get(A, WH1, kSafety), 1);
        SR_OK(f.api->setSafetyStock(B, ST2, 2, key())); // before any stock arrived
        QCOMPARE(f.get(B, ST2, kSafety), 2);
        SR_FAILS(f.api->setSafetyStock(A, WH1, -1, key()), Kind::Invalid);
        SR_FAILS(f.api->setSafetyStock(A, QStringLiteral("NOWHERE"), 1, key()), Kind::NotFound);
        QCOMPARE(f.get(A, WH1, kSafety), 1);
        SR_VERIFY_LEDGER(*f.api);
    }

    void transferShipAndReceive()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 6, key());
        SR_OK(shipped);
        const qint64 transfer = integer(*shipped, "transfer");
        QVERIFY(transfer > 0);
        QCOMPARE(shipped->value(QStringLiteral("status")).toString(), QStringLiteral("in_transit"));
        QCOMPARE(f.get(A, WH1, kOnHand), 4);
        QCOMPARE(f.get(A, ST1, kInbound), 6);
        QCOMPARE(f.get(A, ST1, kOnHand), 0);
        SR_VERIFY_LEDGER(*f.api);

        auto partial = f.api->transferReceive(transfer, 2, key());
        SR_OK(partial);
        QCOMPARE(integer(*partial, "received"), 2);
        QCOMPARE(integer(*partial, "outstanding"), 4);
        QCOMPARE(partial->value(QStringLiteral("status")).toString(), QStringLiteral("in_transit"));
        QCOMPARE(f.get(A, ST1, kInbound), 4);
        QCOMPARE(f.get(A, ST1, kOnHand), 2);
        SR_VERIFY_LEDGER(*f.api);

        auto rest = f.api->transferReceive(transfer, std::nullopt, key()); // no quantity: all that is left
        SR_OK(rest);
        QCOMPARE(integer(*rest, "received"), 4);
        QCOMPARE(integer(*rest, "outstanding"), 0);
        QCOMPARE(rest->value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        QCOMPARE(f.get(A, ST1, kInbound), 0);
        QCOMPARE(f.get(A, ST1, kOnHand), 6);
        QCOMPARE(f.get(A, WH1, kOnHand), 4);

        SR_FAILS(f.api->transferReceive(transfer, 1, key()), Kind::Refused); // already received in full
        auto transfers = f.session->rows(QStringLiteral("SELECT status, shipped, received FROM api.transfers"));
        SR_OK(transfers);
        QCOMPARE(transfers->size(), 1);
        QCOMPARE(transfers->at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        SR_VERIFY_LEDGER(*f.api);
    }

    void transferRefusals_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<Kind>("expected");
        // Before each: 10 on hand at WH1, 8 of them reserved, and 5 in transit to ST2.
        QTest::newRow("ship more than on hand") << QStringLiteral("ship") << WH1 << ST1 << qint64(11) << Kind::Refused;
        QTest::newRow("ship reserved stock") << QStringLiteral("ship") << WH1 << ST1 << qint64(3) << Kind::Refused;
        QTest::newRow("ship from where none is") << QStringLiteral("ship") << ST1 << WH1 << qint64(1) << Kind::Refused;
        QTest::newRow("ship to itself") << QStringLiteral("ship") << WH1 << WH1 << qint64(1) << Kind::Invalid;
        QTest::newRow("ship nothing") << QStringLiteral("ship") << WH1 << ST1 << qint64(0) << Kind::Invalid;
        QTest::newRow("ship from unknown")
            << QStringLiteral("ship") << QStringLiteral("NOWHERE") << ST1 << qint64(1) << Kind::NotFound;
        QTest::newRow("ship to unknown") << QStringLiteral("ship") << WH1 << QStringLiteral("NOWHERE") << qint64(1)
                                         << Kind::NotFound;
        QTest::newRow("receive more than in transit")
            << QStringLiteral("receive") << QString() << QString() << qint64(6) << Kind::Refused;
        QTest::newRow("receive nothing") << QStringLiteral("receive") << QString() << QString() << qint64(0)
                                         << Kind::Invalid;
        QTest::newRow("receive unknown transfer")
            << QStringLiteral("receive unknown") << QString() << QString() << qint64(1) << Kind::NotFound;
    }

    void transferRefusals()
    {
        QFETCH(QString, operation);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, quantity);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 15, key()));
        auto shipped = f.api->transferShip(A, WH1, ST2, 5, key());
        SR_OK(shipped);
        SR_OK(f.api->reserve(request(A, WH1, 8), key()));
        const QString before = snapshot(*f.session);
        if (operation == u"ship") {
            SR_FAILS(f.api->transferShip(A, from, to, quantity, key()), expected);
        } else {
            const qint64 transfer = integer(*shipped, "transfer") + (operation == u"receive" ? 0 : 1000);
            SR_FAILS(f.api->transferReceive(transfer, quantity, key()), expected);
        }
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void returnStock_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::addColumn<qint64>("onHand");
        QTest::addColumn<qint64>("damagedBucket");
        QTest::newRow("restock") << false << qint64(7) << qint64(0);
        QTest::newRow("damaged") << true << qint64(4) << qint64(3);
    }

    void returnStock()
    {
        QFETCH(bool, damaged);
        QFETCH(qint64, onHand);
        QFETCH(qint64, damagedBucket);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 4, key()));
        auto returned = f.api->returnStock(A, ST1, 3, damaged, key(), QStringLiteral("RMA-7"));
        SR_OK(returned);
        QCOMPARE(returned->value(QStringLiteral("bucket")).toString(), damaged ? kDamaged : kOnHand);
        QCOMPARE(f.get(A, ST1, kOnHand), onHand);
        QCOMPARE(f.get(A, ST1, kDamaged), damagedBucket);
        auto ledger = f.api->ledger(A, ST1, 1);
        const QJsonObject movement = ledger->at(0).toObject();
        QCOMPARE(movement.value(QStringLiteral("kind")).toString(), QStringLiteral("return"));
        QCOMPARE(movement.value(QStringLiteral("reason")).toString(),
                 damaged ? QStringLiteral("damaged") : QStringLiteral("restock"));
        QCOMPARE(movement.value(QStringLiteral("reference")).toString(), QStringLiteral("RMA-7"));
        // Returns also start rows where nothing was received before.
        SR_OK(f.api->returnStock(B, ST2, 1, damaged, key()));
        QCOMPARE(f.get(B, ST2, damaged ? kDamaged : kOnHand), 1);
        SR_FAILS(f.api->returnStock(A, ST1, 0, damaged, key()), Kind::Invalid);
        SR_FAILS(f.api->returnStock(QStringLiteral("NOPE"), ST1, 1, damaged, key()), Kind::NotFound);
        SR_VERIFY_LEDGER(*f.api);
    }

    // --- reservations ----------------------------------------------------------------------------------------

    void reserveCommitRelease()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        ReserveRequest r = request(A, ST1, 3);
        r.orderRef = QStringLiteral("ORD-1");
        auto reserved = f.api->reserve(r, key());
        SR_OK(reserved);
        const qint64 id = integer(*reserved, "reservation");
        QVERIFY(id > 0);
        QCOMPARE(reserved->value(QStringLiteral("order")).toString(), QStringLiteral("ORD-1"));
        QCOMPARE(reserved->value(QStringLiteral("channel")).toString(), QStringLiteral("store"));
        QCOMPARE(integer(*reserved, "backordered"), 0);
        QVERIFY(!reserved->value(QStringLiteral("expires_at")).toString().isEmpty());
        QCOMPARE(f.get(A, ST1, kReserved), 3);
        QCOMPARE(f.get(A, ST1, kAvailable), 7);
        QCOMPARE(f.get(A, ST1, kOnHand), 10);
        SR_VERIFY_LEDGER(*f.api);

        auto committed = f.api->commit(id, key());
        SR_OK(committed);
        QCOMPARE(committed->value(QStringLiteral("status")).toString(), QStringLiteral("committed"));
        QCOMPARE(f.get(A, ST1, kOnHand), 7);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        SR_VERIFY_LEDGER(*f.api);

        auto second = f.api->reserve(request(A, ST1, 7), key());
        SR_OK(second);
        QCOMPARE(f.get(A, ST1, kAvailable), 0);
        auto released = f.api->release(integer(*second, "reservation"), key());
        SR_OK(released);
        QCOMPARE(released->value(QStringLiteral("status")).toString(), QStringLiteral("released"));
        QCOMPARE(f.get(A, ST1, kOnHand), 7);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kAvailable), 7);

        auto statuses = f.session->rows(QStringLiteral("SELECT reservation, status FROM api.reservations ORDER BY 1"));
        SR_OK(statuses);
        QCOMPARE(statuses->size(), 2);
        QCOMPARE(statuses->at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("committed"));
        QCOMPARE(statuses->at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("released"));
        SR_VERIFY_LEDGER(*f.api);
    }

    void reserveRefusals_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("location");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<Kind>("expected");
        // Before each: 10 on hand at ST1, 4 of them reserved.
        QTest::newRow("insufficient stock") << A << ST1 << qint64(7) << QStringLiteral("store") << 900 << Kind::Refused;
        QTest::newRow("no stock row") << A << ST2 << qint64(1) << QStringLiteral("store") << 900 << Kind::Refused;
        QTest::newRow("zero") << A << ST1 << qint64(0) << QStringLiteral("store") << 900 << Kind::Invalid;
        QTest::newRow("negative") << A << ST1 << qint64(-1) << QStringLiteral("store") << 900 << Kind::Invalid;
        QTest::newRow("ttl zero") << A << ST1 << qint64(1) << QStringLiteral("store") << 0 << Kind::Invalid;
        QTest::newRow("ttl over 30 days")
            << A << ST1 << qint64(1) << QStringLiteral("store") << 2592001 << Kind::Invalid;
        QTest::newRow("unknown channel") << A << ST1 << qint64(1) << QStringLiteral("carrier-pigeon") << 900
                                         << Kind::NotFound;
        QTest::newRow("unknown SKU") << QStringLiteral("NOPE") << ST1 << qint64(1) << QStringLiteral("store") << 900
                                     << Kind::NotFound;
        QTest::newRow("unknown location")
            << A << QStringLiteral("NOWHERE") << qint64(1) << QStringLiteral("store") << 900 << Kind::NotFound;
    }

    void reserveRefusals()
    {
        QFETCH(QString, sku);
        QFETCH(QString, location);
        QFETCH(qint64, quantity);
        QFETCH(QString, channel);
        QFETCH(int, ttl);
        QFETCH(Kind, expected);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        SR_OK(f.api->reserve(request(A, ST1, 4), key()));
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->reserve(request(sku, location, quantity, channel, ttl), key()), expected);
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void reserveOrder()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        SR_OK(f.api->receive(B, ST1, 5, key()));
        SR_OK(f.api->receive(B, WH1, 5, key()));
        const QList<OrderLine> lines = {{B, ST1, 2}, {A, ST1, 3}, {B, WH1, 1}, {A, ST1, 1}};
        auto order = f.api->reserveOrder(QStringLiteral("ORD-9"), lines, 900, QStringLiteral("store"), key());
        SR_OK(order);
        const qint64 id = integer(*order, "reservation");
        QCOMPARE(order->value(QStringLiteral("order")).toString(), QStringLiteral("ORD-9"));
        QCOMPARE(order->value(QStringLiteral("lines")).toArray().size(), 3); // the two A@ST1 lines are one
        QCOMPARE(f.get(A, ST1, kReserved), 4);
        QCOMPARE(f.get(B, ST1, kReserved), 2);
        QCOMPARE(f.get(B, WH1, kReserved), 1);
        SR_VERIFY_LEDGER(*f.api);

        // All or nothing: one short line refuses the whole order.
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->reserveOrder(QStringLiteral("ORD-10"), {{A, ST1, 1}, {B, ST1, 4}}, 900, QStringLiteral("store"),
                                     key()),
                 Kind::Refused);
        SR_FAILS(f.api->reserveOrder(QStringLiteral("ORD-11"), {}, 900, QStringLiteral("store"), key()), Kind::Invalid);
        SR_FAILS(f.api->reserveOrder(QStringLiteral("ORD-12"), {{A, ST1, 1}, {B, ST1, -1}}, 900,
                                     QStringLiteral("store"), key()),
                 Kind::Invalid);
        SR_FAILS(f.api->reserveOrder(QStringLiteral("ORD-13"), {{A, ST1, 1}, {QStringLiteral("NOPE"), ST1, 1}}, 900,
                                     QStringLiteral("store"), key()),
                 Kind::NotFound);
        SR_FAILS(f.api->reserveOrder(QStringLiteral("ORD-14"), {{A, ST1, 1}}, 0, QStringLiteral("store"), key()),
                 Kind::Invalid);
        QCOMPARE(snapshot(*f.session), before);

        SR_OK(f.api->commit(id, key()));
        QCOMPARE(f.get(A, ST1, kOnHand), 6);
        QCOMPARE(f.get(B, ST1, kOnHand), 3);
        QCOMPARE(f.get(B, WH1, kOnHand), 4);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    void resolveRefusals_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<Kind>("expected");
        QTest::addColumn<QString>("message");
        QTest::newRow("commit twice") << QStringLiteral("commit") << QStringLiteral("commit") << Kind::Refused
                                      << QStringLiteral("already committed");
        QTest::newRow("release after commit") << QStringLiteral("commit") << QStringLiteral("release") << Kind::Refused
                                              << QStringLiteral("already committed");
        QTest::newRow("release twice") << QStringLiteral("release") << QStringLiteral("release") << Kind::Refused
                                       << QStringLiteral("already released");
        QTest::newRow("commit after release") << QStringLiteral("release") << QStringLiteral("commit") << Kind::Refused
                                              << QStringLiteral("already released");
        QTest::newRow("commit unknown") << QString() << QStringLiteral("commit unknown") << Kind::NotFound
                                        << QStringLiteral("unknown reservation");
        QTest::newRow("release unknown") << QString() << QStringLiteral("release unknown") << Kind::NotFound
                                         << QStringLiteral("unknown reservation");
    }

    void resolveRefusals()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(Kind, expected);
        QFETCH(QString, message);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        auto reserved = f.api->reserve(request(A, ST1, 3), key());
        SR_OK(reserved);
        const qint64 id = integer(*reserved, "reservation");
        if (first == u"commit")
            SR_OK(f.api->commit(id, key()));
        else if (first == u"release")
            SR_OK(f.api->release(id, key()));
        const QString before = snapshot(*f.session);
        const qint64 target = second.endsWith(u"unknown") ? id + 1000 : id;
        const auto result = second.startsWith(u"commit") ? f.api->commit(target, key()) : f.api->release(target, key());
        SR_FAILS(result, expected);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QCOMPARE(snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }

    void commitAfterExpiry()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 5, key()));
        auto reserved = f.api->reserve(request(A, ST1, 2, QStringLiteral("store"), 1), key());
        SR_OK(reserved);
        const qint64 id = integer(*reserved, "reservation");
        QVERIFY(Tests::waitUntilExpired(*f.session, id));

        const QString before = snapshot(*f.session);
        auto late = f.api->commit(id, key());
        SR_FAILS(late, Kind::Refused);
        QVERIFY2(late.error().message.contains(QStringLiteral("expired")), qPrintable(late.error().message));
        QCOMPARE(snapshot(*f.session), before);

        auto swept = f.api->sweep();
        SR_OK(swept);
        QCOMPARE(integer(*swept, "expired"), 1);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kOnHand), 5);
        SR_FAILS(f.api->release(id, key()), Kind::Refused);
        SR_FAILS(f.api->commit(id, key()), Kind::Refused);
        SR_VERIFY_LEDGER(*f.api);
    }

    void sweep()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        SR_OK(f.api->receive(B, ST1, 10, key()));
        auto shortOne = f.api->reserve(request(A, ST1, 2, QStringLiteral("store"), 1), key());
        auto shortOrder =
            f.api->reserveOrder(QStringLiteral("ORD-S"), {{A, ST1, 1}, {B, ST1, 3}}, 1, QStringLiteral("store"), key());
        auto longOne = f.api->reserve(request(A, ST1, 4), key());
        SR_OK(shortOne);
        SR_OK(shortOrder);
        SR_OK(longOne);
        QCOMPARE(f.get(A, ST1, kReserved), 7);
        QVERIFY(Tests::waitUntilExpired(*f.session, integer(*shortOne, "reservation")));
        QVERIFY(Tests::waitUntilExpired(*f.session, integer(*shortOrder, "reservation")));

        auto swept = f.api->sweep();
        SR_OK(swept);
        QCOMPARE(integer(*swept, "expired"), 2);
        QCOMPARE(swept->value(QStringLiteral("skipped")).toBool(), false);
        QCOMPARE(f.get(A, ST1, kReserved), 4);
        QCOMPARE(f.get(B, ST1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kOnHand), 10);
        auto expired = f.session->rows(
            QStringLiteral("SELECT count(*) AS n FROM api.ledger WHERE kind = 'expire' AND bucket = 'reserved'"));
        QCOMPARE(expired->at(0).toObject().value(QStringLiteral("n")).toInteger(), 3); // one per line
        auto again = f.api->sweep();
        SR_OK(again);
        QCOMPARE(integer(*again, "expired"), 0);
        auto active =
            f.session->rows(QStringLiteral("SELECT reservation FROM api.reservations WHERE status = 'active'"));
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->at(0).toObject().value(QStringLiteral("reservation")).toInteger(),
                 integer(*longOne, "reservation"));
        SR_VERIFY_LEDGER(*f.api);
    }

    // --- idempotency -----------------------------------------------------------------------------------------

    void idempotentReplay_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op : {"receive", "adjust", "count", "setSafetyStock", "transferShip", "transferReceive",
                               "returnStock", "reserve", "reserveOrder", "commit", "release"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void idempotentReplay()
    {
        QFETCH(QString, operation);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 20, key()));
        SR_OK(f.api->receive(B, WH1, 20, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 5, key());
        auto r1 = f.api->reserve(request(A, WH1, 1), key());
        auto r2 = f.api->reserve(request(A, WH1, 1), key());
        SR_OK(shipped);
        SR_OK(r1);
        SR_OK(r2);
        const qint64 transfer = integer(*shipped, "transfer");
        const qint64 reservations[] = {integer(*r1, "reservation"), integer(*r2, "reservation")};

        // variant 0 is the first call's request; variant 1 differs in one parameter
        auto call = [&](const QString &k, int variant) -> Result<QJsonObject> {
            if (operation == u"receive")
                return f.api->receive(A, WH1, 3 + variant, k);
            if (operation == u"adjust")
                return f.api->adjust(A, WH1, -1 - variant, QStringLiteral("lost"), k);
            if (operation == u"count")
                return f.api->count(A, WH1, 12 - variant, k);
            if (operation == u"setSafetyStock")
                return f.api->setSafetyStock(A, WH1, 2 + variant, k);
            if (operation == u"transferShip")
                return f.api->transferShip(A, WH1, ST2, 1 + variant, k);
            if (operation == u"transferReceive")
                return f.api->transferReceive(transfer, 1 + variant, k);
            if (operation == u"returnStock")
                return f.api->returnStock(A, WH1, 1, variant == 1, k);
            if (operation == u"reserve")
                return f.api->reserve(request(A, WH1, 1 + variant), k);
            if (operation == u"reserveOrder")
                return f.api->reserveOrder(QStringLiteral("ORD"), {{A, WH1, 1}, {B, WH1, 1 + variant}}, 900,
                                           QStringLiteral("store"), k);
            if (operation == u"commit")
                return f.api->commit(reservations[variant], k);
            return f.api->release(reservations[variant], k);
        };

        const QString k = key();
        auto first = call(k, 0);
        SR_OK(first);
        QCOMPARE(first->value(QStringLiteral("replayed")).toBool(), false);
        const QString after = snapshot(*f.session);

        auto replay = call(k, 0);
        SR_OK(replay);
        QCOMPARE(replay->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(withoutReplayed(replay.value()), withoutReplayed(first.value()));
        QCOMPARE(snapshot(*f.session), after);

        SR_FAILS(call(k, 1), Kind::Conflict);
        QCOMPARE(snapshot(*f.session), after);
        // The same key for another operation is a conflict too.
        SR_FAILS(f.api->receive(C, ST2, 1, k), Kind::Conflict);
        QCOMPARE(snapshot(*f.session), after);
        SR_VERIFY_LEDGER(*f.api);
    }

    void refusedCallLeavesKeyUnused()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 1, key()));
        const QString k = key();
        SR_FAILS(f.api->reserve(request(A, ST1, 3), k), Kind::Refused);
        SR_OK(f.api->receive(A, ST1, 5, key()));
        auto retried = f.api->reserve(request(A, ST1, 3), k);
        SR_OK(retried);
        QCOMPARE(retried->value(QStringLiteral("replayed")).toBool(), false);
        QCOMPARE(f.get(A, ST1, kReserved), 3);
        SR_VERIFY_LEDGER(*f.api);
    }

    // --- channels, safety stock and backorders ---------------------------------------------------------------

    void safetyStockPerChannel_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("allowed");
        // 10 on hand, safety stock 4, nothing inbound.
        QTest::newRow("web within available minus safety") << QStringLiteral("web") << qint64(6) << true;
        QTest::newRow("web into safety stock") << QStringLiteral("web") << qint64(7) << false;
        QTest::newRow("wholesale within") << QStringLiteral("wholesale") << qint64(6) << true;
        QTest::newRow("wholesale into safety stock") << QStringLiteral("wholesale") << qint64(7) << false;
        QTest::newRow("store ignores safety stock") << QStringLiteral("store") << qint64(10) << true;
        QTest::newRow("store beyond on hand") << QStringLiteral("store") << qint64(11) << false;
    }

    void safetyStockPerChannel()
    {
        QFETCH(QString, channel);
        QFETCH(qint64, quantity);
        QFETCH(bool, allowed);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 10, key()));
        SR_OK(f.api->setSafetyStock(A, ST1, 4, key()));
        const auto result = f.api->reserve(request(A, ST1, quantity, channel), key());
        if (allowed) {
            SR_OK(result);
            QCOMPARE(integer(*result, "backordered"), 0);
            QCOMPARE(f.get(A, ST1, kReserved), quantity);
        } else {
            SR_FAILS(result, Kind::Refused);
            QCOMPARE(f.get(A, ST1, kReserved), 0);
        }
        SR_VERIFY_LEDGER(*f.api);
    }

    void backorderAgainstInbound()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 20, key()));
        SR_OK(f.api->receive(A, ST1, 3, key()));
        SR_OK(f.api->setSafetyStock(A, ST1, 1, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 6, key());
        SR_OK(shipped);
        const qint64 transfer = integer(*shipped, "transfer");

        // ST1: 3 on hand, 1 of it safety stock, 6 inbound. The web may sell 2 now and 6 against inbound.
        auto web = f.api->reserve(request(A, ST1, 5, QStringLiteral("web")), key());
        SR_OK(web);
        const qint64 id = integer(*web, "reservation");
        QCOMPARE(integer(*web, "backordered"), 3);
        QCOMPARE(f.get(A, ST1, kReserved), 2);
        QCOMPARE(f.get(A, ST1, kBackordered), 3);
        QCOMPARE(f.get(A, ST1, kInbound), 6);
        SR_VERIFY_LEDGER(*f.api);

        // The store channel cannot sell inbound stock, nor the wholesale one; the web cannot promise more
        // than is inbound.
        const QString before = snapshot(*f.session);
        SR_FAILS(f.api->reserve(request(A, ST1, 2, QStringLiteral("store")), key()), Kind::Refused);
        SR_FAILS(f.api->reserve(request(A, ST1, 1, QStringLiteral("wholesale")), key()), Kind::Refused);
        SR_FAILS(f.api->reserve(request(A, ST1, 4, QStringLiteral("web")), key()), Kind::Refused);
        QCOMPARE(snapshot(*f.session), before);
        // The store channel still sells what is on hand, safety stock included.
        auto store = f.api->reserve(request(A, ST1, 1, QStringLiteral("store")), key());
        SR_OK(store);

        // Not committable while part of it waits for the transfer.
        auto early = f.api->commit(id, key());
        SR_FAILS(early, Kind::Refused);
        QVERIFY2(early.error().message.contains(QStringLiteral("inbound")), qPrintable(early.error().message));

        auto partial = f.api->transferReceive(transfer, 2, key());
        SR_OK(partial);
        QCOMPARE(integer(*partial, "backorders_filled"), 2);
        QCOMPARE(f.get(A, ST1, kBackordered), 1);
        QCOMPARE(f.get(A, ST1, kReserved), 5);
        QCOMPARE(f.get(A, ST1, kOnHand), 5);
        SR_FAILS(f.api->commit(id, key()), Kind::Refused);
        SR_VERIFY_LEDGER(*f.api);

        auto rest = f.api->transferReceive(transfer, std::nullopt, key());
        SR_OK(rest);
        QCOMPARE(integer(*rest, "backorders_filled"), 1);
        QCOMPARE(f.get(A, ST1, kBackordered), 0);
        QCOMPARE(f.get(A, ST1, kInbound), 0);
        QCOMPARE(f.get(A, ST1, kReserved), 6);
        QCOMPARE(f.get(A, ST1, kOnHand), 9);
        auto lines =
            f.session->rows(QStringLiteral("SELECT backordered FROM api.reservations WHERE reservation = ?"), {id});
        QCOMPARE(lines->at(0).toObject().value(kBackordered).toInteger(), 0);
        SR_VERIFY_LEDGER(*f.api);

        auto committed = f.api->commit(id, key());
        SR_OK(committed);
        SR_OK(f.api->commit(integer(*store, "reservation"), key()));
        QCOMPARE(f.get(A, ST1, kOnHand), 3);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        auto fills = f.session->rows(
            QStringLiteral("SELECT sum(quantity) AS q FROM api.ledger WHERE kind = 'backorder_fill' AND bucket = ?"),
            {kReserved});
        QCOMPARE(fills->at(0).toObject().value(QStringLiteral("q")).toInteger(), 3);
        SR_VERIFY_LEDGER(*f.api);
    }

    void backordersFilledOldestFirst()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 5, key());
        SR_OK(shipped);
        auto older = f.api->reserve(request(A, ST1, 2, QStringLiteral("web")), key());
        auto newer = f.api->reserve(request(A, ST1, 3, QStringLiteral("web")), key());
        SR_OK(older);
        SR_OK(newer);
        QCOMPARE(f.get(A, ST1, kBackordered), 5);
        SR_FAILS(f.api->reserve(request(A, ST1, 1, QStringLiteral("web")), key()), Kind::Refused);

        SR_OK(f.api->transferReceive(integer(*shipped, "transfer"), 3, key()));
        SR_OK(f.api->commit(integer(*older, "reservation"), key()));                   // filled first
        SR_FAILS(f.api->commit(integer(*newer, "reservation"), key()), Kind::Refused); // 2 of 3 still inbound
        auto line = f.session->rows(QStringLiteral("SELECT backordered FROM api.reservations WHERE reservation = ?"),
                                    {integer(*newer, "reservation")});
        QCOMPARE(line->at(0).toObject().value(kBackordered).toInteger(), 2);
        SR_VERIFY_LEDGER(*f.api);
    }

    void backorderReleaseAndExpiry()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        SR_OK(f.api->receive(A, ST1, 1, key()));
        SR_OK(f.api->transferShip(A, WH1, ST1, 6, key()));
        auto released = f.api->reserve(request(A, ST1, 3, QStringLiteral("web")), key());
        auto expiring = f.api->reserve(request(A, ST1, 2, QStringLiteral("web"), 1), key());
        SR_OK(released);
        SR_OK(expiring);
        QCOMPARE(integer(*released, "backordered"), 2);
        QCOMPARE(integer(*expiring, "backordered"), 2);
        QCOMPARE(f.get(A, ST1, kBackordered), 4);
        QCOMPARE(f.get(A, ST1, kReserved), 1);

        SR_OK(f.api->release(integer(*released, "reservation"), key()));
        QCOMPARE(f.get(A, ST1, kBackordered), 2);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        SR_VERIFY_LEDGER(*f.api);

        QVERIFY(Tests::waitUntilExpired(*f.session, integer(*expiring, "reservation")));
        auto swept = f.api->sweep();
        SR_OK(swept);
        QCOMPARE(integer(*swept, "expired"), 1);
        QCOMPARE(f.get(A, ST1, kBackordered), 0);
        QCOMPARE(f.get(A, ST1, kReserved), 0);
        QCOMPARE(f.get(A, ST1, kInbound), 6);
        SR_VERIFY_LEDGER(*f.api);
    }

    // --- reads -----------------------------------------------------------------------------------------------

    void stockAndLedgerReads()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 8, key()));
        SR_OK(f.api->receive(A, ST1, 2, key()));
        SR_OK(f.api->receive(B, ST1, 5, key()));
        SR_OK(f.api->adjust(A, WH1, -1, QStringLiteral("lost"), key()));

        auto all = f.api->stock(A);
        SR_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).toObject().value(QStringLiteral("location")).toString(), ST1);
        QCOMPARE(all->at(1).toObject().value(QStringLiteral("location")).toString(), WH1);
        QCOMPARE(all->at(1).toObject().value(kOnHand).toInteger(), 7);
        QCOMPARE(all->at(1).toObject().value(QStringLiteral("sku_name")).toString(), QStringLiteral("Anvil"));
        auto byBarcode = f.api->stock(QStringLiteral("4006381333931"), WH1);
        SR_OK(byBarcode);
        QCOMPARE(byBarcode->size(), 1);
        QCOMPARE(byBarcode->at(0).toObject().value(QStringLiteral("sku")).toString(), A);
        QCOMPARE(f.api->stock(QStringLiteral("NOPE"))->size(), 0);
        QCOMPARE(f.api->stock(C)->size(), 0);

        auto everything = f.api->ledger({}, {}, 100);
        SR_OK(everything);
        QCOMPARE(everything->size(), 4);
        QVERIFY(everything->at(0).toObject().value(QStringLiteral("id")).toInteger() >
                everything->at(3).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(f.api->ledger(A, {}, 100)->size(), 3);
        QCOMPARE(f.api->ledger({}, ST1, 100)->size(), 2);
        QCOMPARE(f.api->ledger(A, WH1, 100)->size(), 2);
        auto limited = f.api->ledger({}, {}, 1);
        QCOMPARE(limited->size(), 1);
        QCOMPARE(limited->at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("lost"));
        QCOMPARE(limited->at(0).toObject().value(QStringLiteral("actor")).toString(), f.db.spec().user);
        SR_VERIFY_LEDGER(*f.api);
    }

    void verifyDetectsTampering()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 8, key()));
        SR_OK(f.api->reserve(request(A, WH1, 2), key()));
        SR_VERIFY_LEDGER(*f.api);
        // Only a superuser can do this, and it is exactly what verify exists to catch.
        QVERIFY(f.session->execScript(QStringLiteral("UPDATE ledger.stock_level SET on_hand = on_hand + 1, "
                                                     "reserved = reserved + 1")));
        auto differences = f.api->verify();
        SR_OK(differences);
        QCOMPARE(differences->size(), 3);
        const QString text = Tests::toText(differences.value());
        QVERIFY2(text.contains(QStringLiteral("\"bucket\":\"on_hand\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"source\":\"reservations\"")), qPrintable(text));
        const QJsonObject onHand = differences->at(0).toObject();
        QCOMPARE(onHand.value(QStringLiteral("balance")).toInteger(), 9);
        QCOMPARE(onHand.value(QStringLiteral("expected")).toInteger(), 8);
    }

    void eventsAfter()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 5, key()));
        SR_OK(f.api->reserve(request(A, WH1, 2), key()));
        SR_OK(f.api->transferShip(A, WH1, ST1, 1, key()));

        // Events of finished transactions show once no older transaction on the server is still running.
        QJsonArray events;
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired() && events.size() < 4; QThread::msleep(20)) {
            auto read = f.api->eventsAfter(0);
            SR_OK(read);
            events = read.value();
        }
        QCOMPARE(events.size(), 4);
        QStringList types;
        qint64 previousId = 0;
        qint64 previousVersion = 0;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            types << event.value(QStringLiteral("event_type")).toString();
            QVERIFY(event.value(QStringLiteral("id")).toInteger() > previousId);
            previousId = event.value(QStringLiteral("id")).toInteger();
            const QJsonObject payload =
                QJsonDocument::fromJson(event.value(QStringLiteral("payload")).toString().toUtf8()).object();
            QVERIFY(payload.contains(kOnHand));
            if (event.value(QStringLiteral("aggregate")).toString() == u"A@WH1") {
                QVERIFY(event.value(QStringLiteral("aggregate_version")).toInteger() > previousVersion);
                previousVersion = event.value(QStringLiteral("aggregate_version")).toInteger();
                QCOMPARE(payload.value(QStringLiteral("sku")).toString(), A);
            }
        }
        QCOMPARE(types, (QStringList{QStringLiteral("receive"), QStringLiteral("reserve"),
                                     QStringLiteral("transfer_ship"), QStringLiteral("transfer_ship")}));
        const QJsonObject last = events.at(3).toObject();
        QCOMPARE(last.value(QStringLiteral("aggregate")).toString(), QStringLiteral("A@ST1"));
        QCOMPARE(QJsonDocument::fromJson(last.value(QStringLiteral("payload")).toString().toUtf8())
                     .object()
                     .value(kInbound)
                     .toInteger(),
                 1);

        auto after = f.api->eventsAfter(events.at(1).toObject().value(QStringLiteral("id")).toInteger());
        SR_OK(after);
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0).toObject().value(QStringLiteral("id")).toInteger(),
                 events.at(2).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(f.api->eventsAfter(0, 1)->size(), 1);
        QCOMPARE(f.api->eventsAfter(previousId)->size(), 0);
        // Refused calls leave no event behind.
        SR_FAILS(f.api->reserve(request(A, WH1, 100), key()), Kind::Refused);
        QCOMPARE(f.api->eventsAfter(previousId)->size(), 0);
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
