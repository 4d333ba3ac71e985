// The order sweep against a real PostgreSQL, where it meets other calls: it locks the stock rows behind all the
// orders it expires in the one fixed (sku, location) order, so a call that locks the same rows in that order
// waits for it or makes it wait, and neither deadlocks.

#include <QTest>
#include <QThread>

#include <ledgerfixture.h>
#include <ledgertest.h>
#include <ordertest.h>
#include <thread>

using namespace Stockroom;
using namespace Stockroom::Tests;

namespace {

class TestOrderSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two expired orders hold stock at LY and LZ; a transaction takes LY, then LZ, while the sweep runs. Before the
    // sweep locked all its rows up front, it took LZ (the first order's) and waited for LY: a deadlock.
    void sweepAndATransactionOverTheSameRowsBothFinish()
    {
        LedgerFixture f;
        QString error = f.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString seed = QStringLiteral(R"sql(
SELECT api.add_location('LY', 'Warehouse Y', 'warehouse', NULL, 53.8, -1.5);
SELECT api.add_location('LZ', 'Warehouse Z', 'warehouse', NULL, 51.5, -0.1);
SELECT api.add_sku('A', 'Anvil', '{}');
SELECT api.receive('A', 'LY', 10, NULL, 'ry');
SELECT api.receive('A', 'LZ', 10, NULL, 'rz');
SELECT api.order_create('web', 'O1', '[{"sku":"A","quantity":1}]', 52.0, -1.0, NULL, 1, 'c1');
SELECT api.order_allocate('O1', '{"lines":[{"sku":"A","location":"LZ","quantity":1}]}', 'a1');
SELECT api.order_create('web', 'O2', '[{"sku":"A","quantity":1}]', 52.0, -1.0, NULL, 1, 'c2');
SELECT api.order_allocate('O2', '{"lines":[{"sku":"A","location":"LY","quantity":1}]}', 'a2');
)sql");
        auto seeded = f.session->execScript(seed);
        QVERIFY2(bool(seeded), qPrintable(seeded.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(
            f.session->rows(QStringLiteral("SELECT 1 FROM api.orders WHERE expires_at > now()"))->isEmpty(), 10000);

        Services::Status other = Services::Status(std::monostate{});
        std::thread transaction([&f, &other] {
            Services::Session session(f.db.spec(), QStringLiteral("other"));
            other = session.execScript(
                QStringLiteral("BEGIN; SELECT api.receive('A', 'LY', 1, NULL, 'o1'); SELECT pg_sleep(1);"
                               " SELECT api.receive('A', 'LZ', 1, NULL, 'o2'); COMMIT;"));
        });
        QThread::msleep(300);
        auto swept = OrderCalls(*f.session).sweep();
        transaction.join();
        QVERIFY2(bool(other), qPrintable(other.errorMessage()));
        QVERIFY2(bool(swept), qPrintable(swept.errorMessage()));
        QCOMPARE(swept->value(u"orders_expired").toInteger(), 2);
        SR_VERIFY_LEDGER(*f.api);
        QCOMPARE(bucket(*f.api, QStringLiteral("A"), QStringLiteral("LY"), QStringLiteral("reserved")), 0);
        QCOMPARE(bucket(*f.api, QStringLiteral("A"), QStringLiteral("LZ"), QStringLiteral("on_hand")), 11);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestOrderSweep)
#include "tst_ordersweep.moc"
