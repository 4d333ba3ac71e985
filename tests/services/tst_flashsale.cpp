// The flash-sale simulator (issue 12, part 3) against a real server: a small sale is accounted for unit by unit from
// the ledger (sold, returned by expiry, left), nothing is oversold, the ledger verifies, the samples come from the
// ledger while it runs, a stop ends the run cleanly, and every run's scratch database is gone afterwards; a login
// that may not create databases is told so; hot-SKU mode runs, or says why it cannot.

#include <QSqlQuery>
#include <QTest>

#include <bench/flashsale.h>
#include <connection/migrator.h>
#include <connection/session.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

namespace {

FlashSaleOptions smallSale()
{
    FlashSaleOptions options;
    options.stock = 50;
    options.buyers = 200;
    options.clients = 8;
    options.abandon = 0.3;
    options.ttlSeconds = 3;
    options.paymentMs = 100;
    options.seed = 12;
    return options;
}

// Scratch databases the simulator left on the server.
qint64 scratchDatabases()
{
    Session session(Tests::TestDatabase::server(), QStringLiteral("test-scratch"));
    auto ran =
        session.run(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'stockroom_simulate_%'"));
    if (!ran || !ran.value()->next())
        return -1;
    return ran.value()->value(0).toLongLong();
}

void checkSmallSale(const FlashSaleResult &r)
{
    QCOMPARE(r.putOnSale, 50);
    QCOMPARE(r.oversold(), 0);
    QCOMPARE(r.differences, 0);
    QVERIFY2(r.errors == 0 && r.firstError.isEmpty(), qPrintable(r.firstError));
    QVERIFY(!r.cancelled);
    // Every buyer asked once; the burst took every unit before the first hold could expire.
    QCOMPARE(r.reserveCalls, 200);
    QCOMPARE(r.reservations + r.refusals, 200);
    QCOMPARE(r.reservations, 50);
    // Abandoned holds came back through the sweep; paid ones were sold; nothing is held at the end.
    QVERIFY(r.abandoned > 0);
    QCOMPARE(r.lateCommits, 0);
    QCOMPARE(r.returned, r.abandoned);
    QCOMPARE(r.sold, 50 - r.abandoned);
    QCOMPARE(r.sold + r.returned, r.putOnSale);
    QCOMPARE(r.committedUnits, r.sold);
    QCOMPARE(r.reserved, 0);
    QCOMPARE(r.available, r.returned);
    QVERIFY(r.accountingHolds());
    QVERIFY(r.clean());
    QVERIFY(r.p50Ms > 0);
    QVERIFY(r.p99Ms >= r.p50Ms);
    QVERIFY(r.lockSamples > 0);
}

} // namespace

class TestFlashSale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Tests::TestDatabase db; // the server is there and migrated
        STOCKROOM_REQUIRE_DB(db);
    }

    void smallSaleIsAccountedFor()
    {
        FlashSaleSimulation simulation(Tests::TestDatabase::server(), smallSale());
        QList<FlashSaleSample> samples;
        simulation.setSampleSink([&samples](const FlashSaleSample &sample) { samples.append(sample); });
        auto result = simulation.run();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        checkSmallSale(result.value());
        QVERIFY(result->database.startsWith(u"stockroom_simulate_"));
        QCOMPARE(result->schemaVersion, Migrator::latestVersion());

        // The samples are the ledger's, in time order, and end with every hold resolved.
        QVERIFY(samples.size() >= 2);
        for (qsizetype i = 1; i < samples.size(); ++i) {
            QVERIFY(samples.at(i).seconds > samples.at(i - 1).seconds);
            QVERIFY(samples.at(i).sold >= samples.at(i - 1).sold);
        }
        for (const FlashSaleSample &s : samples) {
            QVERIFY(s.available + s.reserved + s.sold == 50);
            QVERIFY(s.sold <= 50);
        }
        QCOMPARE(samples.constLast().reserved, 0);
        QCOMPARE(samples.constLast().sold, result->sold);
        QCOMPARE(samples.constLast().returned, result->returned);
        QCOMPARE(samples.constLast().refusals, result->refusals);
        QCOMPARE(scratchDatabases(), 0);
    }

    void sameSeedSameBuyers()
    {
        // As many buyers as units: every buyer gets a hold, so who abandons is the seed's alone, not the race's.
        FlashSaleOptions options = smallSale();
        options.buyers = 50;
        auto first = FlashSaleSimulation(Tests::TestDatabase::server(), options).run();
        auto second = FlashSaleSimulation(Tests::TestDatabase::server(), options).run();
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.errorMessage() + second.errorMessage()));
        QVERIFY2(first->clean() && second->clean(), qPrintable(first->firstError + second->firstError));
        QCOMPARE(first->reservations, 50);
        QCOMPARE(second->abandoned, first->abandoned);
        QCOMPARE(second->sold, first->sold);
    }

    void stopEndsTheRunAndDropsItsDatabase()
    {
        FlashSaleOptions options = smallSale();
        options.ttlSeconds = 600; // abandoned holds would keep it running for ten minutes
        FlashSaleSimulation simulation(Tests::TestDatabase::server(), options);
        int samples = 0;
        simulation.setSampleSink([&samples](const FlashSaleSample &) { ++samples; });
        simulation.setCancelled([&samples] { return samples >= 3; });
        auto result = simulation.run();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY(result->cancelled);
        QVERIFY(!result->clean());
        QCOMPARE(scratchDatabases(), 0);
    }

    void loginThatMayNotCreateDatabasesIsToldSo()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        FlashSaleSimulation simulation(db.spec(QStringLiteral("associate")), smallSale());
        auto result = simulation.run();
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"may not create databases"), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"CREATEDB"), qPrintable(result.error().message));
        QCOMPARE(scratchDatabases(), 0);
    }

    void hotSkuMode()
    {
        FlashSaleOptions options = smallSale();
        options.hotSku = true;
        options.hotSlots = 4;
        FlashSaleSimulation simulation(Tests::TestDatabase::server(), options);
        auto result = simulation.run();
        if (!FlashSaleSimulation::hotSkuUnavailable().isEmpty()) {
            QVERIFY(!result.ok());
            QVERIFY2(result.error().message.startsWith(u"hot-SKU mode is not available in this ledger (schema version"),
                     qPrintable(result.error().message));
            QCOMPARE(scratchDatabases(), 0);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        checkSmallSale(result.value());
        QCOMPARE(scratchDatabases(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFlashSale)
#include "tst_flashsale.moc"
