// Hot-SKU mode (issue 12, migration 0015): a hot row's free units spread over slot rows that reserves take from in
// parallel. Switching on and off keeps the stock view at one row with the same numbers; many clients racing for the
// last units sell exactly the stock, never more, and leave nothing behind that a call could have had; releases,
// commits and expiries return or take units correctly; keys replay; only a manager switches it; api.verify is clean.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <vector>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString A = QStringLiteral("A");
const QString W1 = QStringLiteral("W1");

QString key()
{
    return LedgerService::newKey();
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Fixture : Tests::LedgerFixture
{
    QString setUp(qint64 stock = 100)
    {
        if (QString error = open(); !error.isEmpty())
            return error;
        if (auto added = api->addLocation({W1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}});
            !added)
            return added.error().message;
        if (auto added = api->addSku(A, QStringLiteral("Anvil")); !added)
            return added.error().message;
        if (auto received = api->receive(A, W1, stock, key()); !received)
            return received.error().message;
        return {};
    }

    Result<QJsonObject> reserve(qint64 quantity, const QString &k = key(), int ttl = 600,
                                const QString &channel = QStringLiteral("store"))
    {
        return api->reserve({A, W1, quantity, ttl, channel, {}}, k);
    }

    qint64 value(const QString &name) { return Tests::bucket(*api, A, W1, name); }

    qint64 parked()
    {
        auto rows = session->rows(QStringLiteral("SELECT coalesce(sum(units), 0) AS n FROM ledger.hot_slot"));
        return rows ? rows->at(0).toObject().value(u"n").toInteger() : -1;
    }
};

// Reserves `quantity` at a time on its own connection until refused; counts what it got.
void drain(const ConnectionSpec &spec, qint64 quantity, std::atomic<qint64> &units, std::atomic<int> &errors,
           QString *firstError)
{
    Session session(spec, QStringLiteral("hot-client"));
    LedgerService api(session);
    for (;;) {
        auto reserved = api.reserve({A, W1, quantity, 600, QStringLiteral("store"), {}}, LedgerService::newKey());
        if (reserved) {
            units += quantity;
        } else {
            if (reserved.error().sqlState != u"SR001" && errors++ == 0)
                *firstError = reserved.error().message;
            return;
        }
    }
}

} // namespace

class TestHotSku final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enableAndDisableKeepOneRow()
    {
        SR_FIXTURE(f);
        SR_OK(f.reserve(3));
        auto enabled = f.api->hotSkuEnable(A, W1, 4, uuid());
        SR_OK(enabled);
        QCOMPARE(enabled->value(u"parked").toInteger(), 97);
        QCOMPARE(enabled->value(u"slots").toInteger(), 4);
        QCOMPARE(f.parked(), 97);
        auto list = f.api->hotSkus();
        SR_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).toObject().value(u"sku").toString(), A);
        QCOMPARE(list->at(0).toObject().value(u"parked").toInteger(), 97);
        // The stock view: one row, the numbers it showed before.
        auto rows = f.api->stock(A, W1);
        SR_OK(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(f.value(QStringLiteral("on_hand")), 100);
        QCOMPARE(f.value(QStringLiteral("reserved")), 3);
        QCOMPARE(f.value(QStringLiteral("available")), 97);
        SR_VERIFY_LEDGER(*f.api);

        SR_OK(f.reserve(5));
        QCOMPARE(f.value(QStringLiteral("reserved")), 8);
        QCOMPARE(f.value(QStringLiteral("available")), 92);
        QCOMPARE(f.parked(), 92);
        // A new slot count re-spreads what is parked.
        SR_OK(f.api->hotSkuEnable(A, W1, 8, uuid()));
        QCOMPARE(f.parked(), 92);
        auto slotRows = f.session->rows(QStringLiteral("SELECT count(*) AS n, max(units) - min(units) AS spread"
                                                       " FROM ledger.hot_slot"));
        SR_OK(slotRows);
        QCOMPARE(slotRows->at(0).toObject().value(u"n").toInteger(), 8);
        QVERIFY(slotRows->at(0).toObject().value(u"spread").toInteger() <= 1);
        SR_VERIFY_LEDGER(*f.api);

        auto disabled = f.api->hotSkuDisable(A, W1, uuid());
        SR_OK(disabled);
        QCOMPARE(disabled->value(u"returned").toInteger(), 92);
        QCOMPARE(f.parked(), 0);
        QCOMPARE(f.value(QStringLiteral("reserved")), 8);
        QCOMPARE(f.value(QStringLiteral("available")), 92);
        SR_VERIFY_LEDGER(*f.api);
        SR_FAILS(f.api->hotSkuDisable(A, W1, uuid()), Kind::Refused);
        SR_FAILS(f.api->hotSkuEnable(A, W1, 1, uuid()), Kind::Invalid);
        SR_FAILS(f.api->hotSkuEnable(QStringLiteral("NOPE"), W1, 4, uuid()), Kind::NotFound);
    }

    void lastUnitsExactUnderConcurrency_data()
    {
        QTest::addColumn<qint64>("stock");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<int>("slotCount");
        QTest::newRow("one at a time") << qint64(300) << qint64(1) << 8;
        QTest::newRow("three at a time") << qint64(301) << qint64(3) << 16;
    }

    void lastUnitsExactUnderConcurrency()
    {
        QFETCH(qint64, stock);
        QFETCH(qint64, quantity);
        QFETCH(int, slotCount);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, W1, stock - 100, key()));
        SR_OK(f.api->hotSkuEnable(A, W1, slotCount, uuid()));
        std::atomic<qint64> units{0};
        std::atomic<int> errors{0};
        QString firstError;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 24; ++i) {
            threads.emplace_back(QThread::create([&] { drain(f.db.spec(), quantity, units, errors, &firstError); }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            thread->wait();
        QVERIFY2(errors.load() == 0,
                 qPrintable(QStringLiteral("%1 error(s), the first: %2").arg(errors.load()).arg(firstError)));
        // Nothing oversold, and nothing left that a call could have had.
        QVERIFY2(units.load() <= stock, qPrintable(QStringLiteral("oversold: %1 of %2").arg(units.load()).arg(stock)));
        QCOMPARE(units.load(), stock - stock % quantity);
        QCOMPARE(f.value(QStringLiteral("available")), stock % quantity);
        QCOMPARE(f.value(QStringLiteral("reserved")), units.load());
        SR_VERIFY_LEDGER(*f.api);
        // A sold-out hot row refuses, and its refusal names the SKU.
        auto refused = f.reserve(quantity + 1);
        SR_FAILS(refused, Kind::Refused);
        QVERIFY2(refused.error().message.contains(A), qPrintable(refused.error().message));
    }

    void releaseCommitAndExpiryAcrossSlots()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->hotSkuEnable(A, W1, 4, uuid()));
        auto kept = f.reserve(10);
        auto released = f.reserve(20);
        auto expiring = f.reserve(30, key(), 1);
        SR_OK(kept);
        SR_OK(released);
        SR_OK(expiring);
        QCOMPARE(f.value(QStringLiteral("reserved")), 60);
        QCOMPARE(f.value(QStringLiteral("available")), 40);

        SR_OK(f.api->release(released->value(u"reservation").toInteger(), key()));
        QCOMPARE(f.value(QStringLiteral("reserved")), 40);
        QCOMPARE(f.value(QStringLiteral("available")), 60);
        QCOMPARE(f.parked(), 60); // back into a slot, not onto the row
        SR_OK(f.api->commit(kept->value(u"reservation").toInteger(), key()));
        QCOMPARE(f.value(QStringLiteral("on_hand")), 90);
        QCOMPARE(f.value(QStringLiteral("reserved")), 30);
        QCOMPARE(f.value(QStringLiteral("available")), 60);
        SR_VERIFY_LEDGER(*f.api);

        QVERIFY(Tests::waitUntilExpired(*f.session, expiring->value(u"reservation").toInteger()));
        auto swept = f.api->sweep(1000);
        SR_OK(swept);
        QCOMPARE(swept->value(u"expired").toInteger(), 1);
        QCOMPARE(f.value(QStringLiteral("reserved")), 0);
        QCOMPARE(f.value(QStringLiteral("available")), 90);
        QCOMPARE(f.parked(), 90);
        SR_VERIFY_LEDGER(*f.api);

        // Stock received while hot reaches the slots when a reserve needs it.
        SR_OK(f.api->receive(A, W1, 50, key()));
        QCOMPARE(f.value(QStringLiteral("available")), 140);
        SR_OK(f.reserve(120));
        QCOMPARE(f.value(QStringLiteral("available")), 20);
        SR_VERIFY_LEDGER(*f.api);
        SR_OK(f.api->hotSkuDisable(A, W1, uuid()));
        QCOMPARE(f.value(QStringLiteral("available")), 20);
        SR_VERIFY_LEDGER(*f.api);
    }

    void keysReplay()
    {
        SR_FIXTURE(f);
        const QString on = uuid();
        auto first = f.api->hotSkuEnable(A, W1, 4, on);
        SR_OK(first);
        auto again = f.api->hotSkuEnable(A, W1, 4, on);
        SR_OK(again);
        QVERIFY(again->value(u"replayed").toBool());
        QCOMPARE(again->value(u"parked").toInteger(), first->value(u"parked").toInteger());
        SR_FAILS(f.api->hotSkuEnable(A, W1, 5, on), Kind::Conflict);

        const QString k = key();
        auto reserved = f.reserve(7, k);
        SR_OK(reserved);
        auto replayed = f.reserve(7, k);
        SR_OK(replayed);
        QVERIFY(replayed->value(u"replayed").toBool());
        QCOMPARE(replayed->value(u"reservation").toInteger(), reserved->value(u"reservation").toInteger());
        SR_FAILS(f.reserve(8, k), Kind::Conflict);
        QCOMPARE(f.value(QStringLiteral("reserved")), 7);
        SR_VERIFY_LEDGER(*f.api);
    }

    void onlyManagersSwitchIt()
    {
        SR_FIXTURE(f);
        Session associate(f.db.spec(QStringLiteral("associate")), QStringLiteral("associate"));
        LedgerService asAssociate(associate);
        SR_FAILS(asAssociate.hotSkuEnable(A, W1, 4, uuid()), Kind::PermissionDenied);
        Session manager(f.db.spec(QStringLiteral("manager")), QStringLiteral("manager"));
        LedgerService asManager(manager);
        SR_OK(asManager.hotSkuEnable(A, W1, 4, uuid()));
        // Every client reserves from the slots; the list is readable by a checkout.
        Session checkout(f.db.spec(QStringLiteral("checkout")), QStringLiteral("checkout"));
        LedgerService asCheckout(checkout);
        SR_OK(asCheckout.reserve({A, W1, 2, 600, QStringLiteral("store"), {}}, key()));
        auto list = asCheckout.hotSkus();
        SR_OK(list);
        QCOMPARE(list->size(), 1);
        SR_FAILS(asAssociate.hotSkuDisable(A, W1, uuid()), Kind::PermissionDenied);
        SR_OK(asManager.hotSkuDisable(A, W1, uuid()));
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestHotSku)
#include "tst_hotsku.moc"
