// The allocation preview (resources/migrations/0007_allocation.sql) against a real PostgreSQL: ranked plans per
// strategy, the channel's rules (ship_from, safety stock), the exact fewest-splits search and its fallback, a
// reason for every location a plan leaves out, and applying a strategy's plan.

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::toText;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString SKU1 = QStringLiteral("SKU-1");
const QString SKU2 = QStringLiteral("SKU-2");
const QString SKU3 = QStringLiteral("SKU-3");
const QString SKU4 = QStringLiteral("SKU-4");
const QString LEEDS = QStringLiteral("ST-LEEDS");       // a store about 1 km from the destination
const QString YORK = QStringLiteral("ST-YORK");         // a store about 36 km away
const QString MANCHESTER = QStringLiteral("WH-MANC");   // a warehouse about 58 km away
const QString LONDON = QStringLiteral("WH-LONDON");     // a warehouse about 272 km away
const QString UNMAPPED = QStringLiteral("WH-UNMAPPED"); // a warehouse without coordinates

// Leeds city centre.
constexpr double kLatitude = 53.79;
constexpr double kLongitude = -1.54;

QString key()
{
    return LedgerService::newKey();
}

QJsonObject plan(const QJsonObject &preview, const QString &strategy)
{
    for (const QJsonValue &p : preview.value(u"plans").toArray()) {
        if (p.toObject().value(u"strategy").toString() == strategy)
            return p.toObject();
    }
    return {};
}

// The locations a plan takes from, each once, in the order its lines name them.
QStringList locationsUsed(const QJsonObject &plan)
{
    QStringList out;
    for (const QJsonValue &line : plan.value(u"lines").toArray()) {
        const QString location = line.toObject().value(u"location").toString();
        if (!out.contains(location))
            out << location;
    }
    return out;
}

// "SKU location quantity" per line, as the plan lists them.
QStringList lines(const QJsonObject &plan)
{
    QStringList out;
    for (const QJsonValue &value : plan.value(u"lines").toArray()) {
        const QJsonObject line = value.toObject();
        out << QStringLiteral("%1 %2 %3")
                   .arg(line.value(u"sku").toString(), line.value(u"location").toString())
                   .arg(line.value(u"quantity").toInteger());
    }
    return out;
}

QJsonObject rejection(const QJsonObject &plan, const QString &location)
{
    for (const QJsonValue &r : plan.value(u"rejected").toArray()) {
        if (r.toObject().value(u"location").toString() == location)
            return r.toObject();
    }
    return {};
}

QStringList reasons(const QJsonObject &plan, const QString &location)
{
    QStringList out;
    for (const QJsonValue &reason : rejection(plan, location).value(u"reasons").toArray())
        out << reason.toString();
    return out;
}

// Five locations around Leeds (one without coordinates) and four SKUs, no stock yet.
struct Fixture : Tests::LedgerFixture
{
    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({LEEDS, QStringLiteral("Leeds"), QStringLiteral("store"), {}, 53.80, -1.55})
              << api->addLocation({YORK, QStringLiteral("York"), QStringLiteral("store"), {}, 53.96, -1.08})
              << api->addLocation(
                     {MANCHESTER, QStringLiteral("Manchester"), QStringLiteral("warehouse"), {}, 53.48, -2.24})
              << api->addLocation({LONDON, QStringLiteral("London"), QStringLiteral("warehouse"), {}, 51.50, -0.12})
              << api->addLocation({UNMAPPED, QStringLiteral("Unmapped"), QStringLiteral("warehouse"), {}, {}, {}});
        for (const QString &sku : {SKU1, SKU2, SKU3, SKU4})
            steps << api->addSku(sku, sku);
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    QString stock(const QString &sku, const QString &location, qint64 quantity, qint64 safetyStock = 0)
    {
        if (auto received = api->receive(sku, location, quantity, key()); !received)
            return received.error().message;
        if (safetyStock > 0) {
            if (auto set = api->setSafetyStock(sku, location, safetyStock, key()); !set)
                return set.error().message;
        }
        return {};
    }

    // A new order to Leeds city centre; lines are (SKU, quantity) pairs.
    Result<QJsonObject> order(const QString &channel, const QString &ref, const QList<std::pair<QString, int>> &items)
    {
        QJsonArray lines;
        for (const auto &[sku, quantity] : items)
            lines.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}});
        return session->callJson(QStringLiteral("SELECT api.order_create(?, ?, ?::jsonb, ?, ?, ?, ?, ?)::text"),
                                 {channel, ref, toText(lines), kLatitude, kLongitude,
                                  QVariant(QMetaType::fromType<QString>()), 3600, key()});
    }

    Result<QJsonObject> preview(const QString &ref, const QString &channel = {})
    {
        return session->callJson(QStringLiteral("SELECT api.allocation_preview(?, ?)::text"),
                                 {ref, channel.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : channel});
    }
};

// Every plan accounts for every location: it either takes from it or rejects it with at least one reason and a
// detail that starts with its code; the plans are ranked 1, 2, ... with complete plans first.
void checkEveryLocationAccounted(const QJsonObject &preview)
{
    QSet<QString> all;
    for (const QJsonValue &location : preview.value(u"locations").toArray())
        all.insert(location.toObject().value(u"location").toString());
    QCOMPARE(all.size(), 5);
    const QJsonArray plans = preview.value(u"plans").toArray();
    QCOMPARE(plans.size(), 4);
    bool incompleteSeen = false;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const QJsonObject p = plans.at(i).toObject();
        const QString strategy = p.value(u"strategy").toString();
        QCOMPARE(p.value(u"rank").toInt(), int(i) + 1);
        const bool complete = p.value(u"complete").toBool();
        QVERIFY2(complete || p.value(u"short").toArray().size() > 0, qPrintable(strategy));
        QVERIFY2(!(complete && incompleteSeen), "a complete plan ranked after an incomplete one");
        incompleteSeen = incompleteSeen || !complete;
        const QStringList used = locationsUsed(p);
        QCOMPARE(p.value(u"locations_used").toInt(), int(used.size()));
        QCOMPARE(p.value(u"splits").toInt(), int(std::max<qsizetype>(used.size() - 1, 0)));
        QSet<QString> accounted(used.cbegin(), used.cend());
        for (const QJsonValue &value : p.value(u"rejected").toArray()) {
            const QJsonObject r = value.toObject();
            const QString location = r.value(u"location").toString();
            QVERIFY2(!accounted.contains(location), qPrintable(strategy + u' ' + location));
            accounted.insert(location);
            QVERIFY2(!r.value(u"reasons").toArray().isEmpty(), qPrintable(strategy + u' ' + location));
            QVERIFY2(r.value(u"detail").toString().startsWith(location + u": "), qPrintable(toText(r)));
        }
        QVERIFY2(accounted == all, qPrintable(strategy + u": " + toText(p.value(u"rejected").toArray())));
    }
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void nearestHoldsEverything()
    {
        SR_FIXTURE(f);
        // Leeds is nearest but keeps 4 of its 7 SKU-1 as safety stock, which channel web respects.
        for (const QString &error : {f.stock(SKU1, LEEDS, 7, 4), f.stock(SKU2, LEEDS, 10), f.stock(SKU1, YORK, 10),
                                     f.stock(SKU2, YORK, 10), f.stock(SKU1, LONDON, 100), f.stock(SKU2, LONDON, 100)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("web"), QStringLiteral("W-1"), {{SKU1, 5}, {SKU2, 2}}));

        auto preview = f.preview(QStringLiteral("W-1"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);
        QCOMPARE(preview->value(u"state").toString(), QStringLiteral("created"));
        QVERIFY(preview->value(u"allocatable").toBool());
        QCOMPARE(preview->value(u"channel_policy").toObject().value(u"respects_safety_stock").toBool(), true);

        const QJsonObject nearest = plan(*preview, QStringLiteral("nearest"));
        QCOMPARE(lines(nearest), (QStringList{QStringLiteral("SKU-1 ST-YORK 5"), QStringLiteral("SKU-2 ST-YORK 2")}));
        QVERIFY(nearest.value(u"single").toBool());
        QVERIFY(nearest.value(u"complete").toBool());
        QCOMPARE(nearest.value(u"rank").toInt(), 1);
        const QJsonObject line = nearest.value(u"lines").toArray().at(0).toObject();
        QCOMPARE(line.value(u"available").toInteger(), 10);
        QCOMPARE(line.value(u"left_after").toInteger(), 5);
        QCOMPARE(line.value(u"version").toInteger(), 1);

        const QJsonObject leeds = rejection(nearest, LEEDS);
        QVERIFY2(reasons(nearest, LEEDS).contains(QStringLiteral("below_safety_stock")), qPrintable(toText(leeds)));
        const QString detail = leeds.value(u"detail").toString();
        QVERIFY2(detail.contains(QStringLiteral("SKU-1: 3 usable, 5 wanted, safety stock 4")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("channel web")), qPrintable(detail));
        QCOMPARE(reasons(nearest, LONDON), QStringList{QStringLiteral("farther_than_equal_alternative")});
        QCOMPARE(reasons(nearest, MANCHESTER), QStringList{QStringLiteral("no_stock")});
        QCOMPARE(reasons(nearest, UNMAPPED),
                 (QStringList{QStringLiteral("no_stock"), QStringLiteral("no_coordinates")}));

        // The same allocation under three strategies: three plans, one score.
        const QJsonObject fewest = plan(*preview, QStringLiteral("fewest_splits"));
        const QJsonObject protect = plan(*preview, QStringLiteral("protect_safety_stock"));
        QCOMPARE(lines(fewest), lines(nearest));
        QCOMPARE(lines(protect), lines(nearest));
        QCOMPARE(fewest.value(u"score").toDouble(), nearest.value(u"score").toDouble());
        QCOMPARE(protect.value(u"score").toDouble(), nearest.value(u"score").toDouble());
        QVERIFY(nearest.value(u"same_as").toArray().contains(QStringLiteral("fewest_splits")));
        QVERIFY(fewest.value(u"exact").toBool());

        // Balanced takes from the location with the most stock; York's part is then not needed.
        const QJsonObject balanced = plan(*preview, QStringLiteral("balanced"));
        QCOMPARE(locationsUsed(balanced), QStringList{LONDON});
        QCOMPARE(reasons(balanced, YORK), QStringList{QStringLiteral("not_needed")});
    }

    // A store channel ignores safety stock; only protect_safety_stock keeps it, and says why it passes Leeds over.
    void protectSafetyStock()
    {
        SR_FIXTURE(f);
        for (const QString &error : {f.stock(SKU1, LEEDS, 7, 4), f.stock(SKU1, YORK, 10)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("store"), QStringLiteral("S-1"), {{SKU1, 5}}));
        auto preview = f.preview(QStringLiteral("S-1"), QStringLiteral("store"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);
        const QJsonObject nearest = plan(*preview, QStringLiteral("nearest"));
        QCOMPARE(locationsUsed(nearest), QStringList{LEEDS});
        const QJsonObject taken = nearest.value(u"lines").toArray().at(0).toObject();
        QVERIFY(taken.value(u"below_safety_stock").toBool());
        QCOMPARE(taken.value(u"left_after").toInteger(), 2);
        const QJsonObject protect = plan(*preview, QStringLiteral("protect_safety_stock"));
        QCOMPARE(locationsUsed(protect), QStringList{YORK});
        QVERIFY(reasons(protect, LEEDS).contains(QStringLiteral("below_safety_stock")));
        QVERIFY(rejection(protect, LEEDS).value(u"detail").toString().contains(SKU1));
        // Taking below safety stock costs score, so the plan that keeps it is not simply ranked last.
        QVERIFY(nearest.value(u"score").toDouble() < protect.value(u"score").toDouble());
    }

    void excludedByChannel()
    {
        SR_FIXTURE(f);
        for (const QString &error : {f.stock(SKU1, LEEDS, 10), f.stock(SKU1, YORK, 10), f.stock(SKU1, LONDON, 10)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("wholesale"), QStringLiteral("B-1"), {{SKU1, 5}}));
        auto preview = f.preview(QStringLiteral("B-1"), QStringLiteral("wholesale"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);
        for (const QJsonValue &p : preview->value(u"plans").toArray()) {
            const QJsonObject one = p.toObject();
            QCOMPARE(locationsUsed(one), QStringList{LONDON});
            for (const QString &store : {LEEDS, YORK}) {
                QCOMPARE(reasons(one, store), QStringList{QStringLiteral("excluded_by_channel")});
                QVERIFY(rejection(one, store).value(u"detail").toString().contains(QStringLiteral("wholesale")));
            }
        }
        for (const QJsonValue &location : preview->value(u"locations").toArray()) {
            const QJsonObject l = location.toObject();
            QCOMPARE(l.value(u"eligible").toBool(), l.value(u"kind").toString() == u"warehouse");
        }
    }

    // Nearest first takes each line from the nearest location that has it: three locations. Two can do it.
    void fewestSplitsFindsTwo()
    {
        SR_FIXTURE(f);
        for (const QString &error : {f.stock(SKU1, LEEDS, 5), f.stock(SKU2, YORK, 5), f.stock(SKU2, MANCHESTER, 5),
                                     f.stock(SKU3, MANCHESTER, 5)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("web"), QStringLiteral("W-2"), {{SKU1, 1}, {SKU2, 1}, {SKU3, 1}}));
        auto preview = f.preview(QStringLiteral("W-2"), QStringLiteral("web"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);

        const QJsonObject nearest = plan(*preview, QStringLiteral("nearest"));
        QCOMPARE(nearest.value(u"locations_used").toInt(), 3);
        QVERIFY(!nearest.value(u"single").toBool());
        QVERIFY(nearest.value(u"complete").toBool());

        const QJsonObject fewest = plan(*preview, QStringLiteral("fewest_splits"));
        QCOMPARE(lines(fewest), (QStringList{QStringLiteral("SKU-1 ST-LEEDS 1"), QStringLiteral("SKU-2 WH-MANC 1"),
                                             QStringLiteral("SKU-3 WH-MANC 1")}));
        QCOMPARE(fewest.value(u"splits").toInt(), 1);
        QVERIFY(fewest.value(u"exact").toBool());
        QVERIFY(fewest.value(u"note").isNull());
        QVERIFY(fewest.value(u"rank").toInt() < nearest.value(u"rank").toInt());
        QCOMPARE(reasons(fewest, YORK), QStringList{QStringLiteral("cannot_ship_whole_order")});
        const QJsonObject budget = preview->value(u"budget").toObject();
        QCOMPARE(budget.value(u"subsets").toInt(), 50000);
        QVERIFY(budget.value(u"evaluated").toInt() > 0);
    }

    // No location holds all of SKU-4: the cover splits it and says it is approximate, and why.
    void lineNoSingleLocationCovers()
    {
        SR_FIXTURE(f);
        for (const QString &error : {f.stock(SKU4, LEEDS, 6), f.stock(SKU4, YORK, 6), f.stock(SKU1, YORK, 3)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("web"), QStringLiteral("W-3"), {{SKU4, 10}, {SKU1, 1}}));
        auto preview = f.preview(QStringLiteral("W-3"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);
        const QJsonObject fewest = plan(*preview, QStringLiteral("fewest_splits"));
        QVERIFY(!fewest.value(u"exact").toBool());
        QCOMPARE(fewest.value(u"note").toString(),
                 QStringLiteral("approximate: no single location holds all of SKU-4"));
        QVERIFY(fewest.value(u"complete").toBool());
        QCOMPARE(fewest.value(u"locations_used").toInt(), 2);
        qint64 sku4 = 0;
        for (const QJsonValue &line : fewest.value(u"lines").toArray()) {
            if (line.toObject().value(u"sku").toString() == SKU4)
                sku4 += line.toObject().value(u"quantity").toInteger();
        }
        QCOMPARE(sku4, 10);
    }

    // More than there is: every plan is incomplete and says what is short.
    void shortOrderStillPreviews()
    {
        SR_FIXTURE(f);
        QVERIFY(f.stock(SKU3, MANCHESTER, 3).isEmpty());
        SR_OK(f.order(QStringLiteral("web"), QStringLiteral("W-4"), {{SKU3, 50}}));
        auto preview = f.preview(QStringLiteral("W-4"));
        SR_OK(preview);
        checkEveryLocationAccounted(*preview);
        for (const QJsonValue &p : preview->value(u"plans").toArray()) {
            const QJsonObject one = p.toObject();
            QVERIFY(!one.value(u"complete").toBool());
            QCOMPARE(toText(one.value(u"short").toArray()), QStringLiteral(R"([{"quantity":47,"sku":"SKU-3"}])"));
        }
        auto refused = f.session->callJson(QStringLiteral("SELECT api.order_allocate_strategy(?, ?, ?)::text"),
                                           {QStringLiteral("W-4"), QStringLiteral("nearest"), key()});
        SR_FAILS(refused, Kind::Refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no complete plan")),
                 qPrintable(refused.error().message));
    }

    void unknownOrder()
    {
        SR_FIXTURE(f);
        SR_FAILS(f.preview(QStringLiteral("NOPE")), Kind::NotFound);
    }

    // Applying a strategy's plan reserves it; the preview then shows the order as no longer allocatable, and a
    // retry with the key replays the result although a new preview would now see other stock.
    void allocateStrategy()
    {
        SR_FIXTURE(f);
        for (const QString &error : {f.stock(SKU1, YORK, 10), f.stock(SKU1, LONDON, 10)})
            QVERIFY2(error.isEmpty(), qPrintable(error));
        SR_OK(f.order(QStringLiteral("web"), QStringLiteral("W-5"), {{SKU1, 4}}));
        SR_FAILS(f.session->callJson(QStringLiteral("SELECT api.order_allocate_strategy(?, ?, ?)::text"),
                                     {QStringLiteral("W-5"), QStringLiteral("cheapest"), key()}),
                 Kind::Invalid);
        const QString k = key();
        auto allocated = f.session->callJson(QStringLiteral("SELECT api.order_allocate_strategy(?, ?, ?)::text"),
                                             {QStringLiteral("W-5"), QStringLiteral("balanced"), k});
        SR_OK(allocated);
        QCOMPARE(allocated->value(u"state").toString(), QStringLiteral("allocated"));
        QCOMPARE(Tests::bucket(*f.api, SKU1, YORK, QStringLiteral("reserved")), 4);
        auto again = f.session->callJson(QStringLiteral("SELECT api.order_allocate_strategy(?, ?, ?)::text"),
                                         {QStringLiteral("W-5"), QStringLiteral("balanced"), k});
        SR_OK(again);
        QVERIFY(again->value(u"replayed").toBool());
        QCOMPARE(Tests::bucket(*f.api, SKU1, YORK, QStringLiteral("reserved")), 4);

        auto preview = f.preview(QStringLiteral("W-5"));
        SR_OK(preview);
        QCOMPARE(preview->value(u"allocatable").toBool(), false);
        QCOMPARE(preview->value(u"state").toString(), QStringLiteral("allocated"));
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
