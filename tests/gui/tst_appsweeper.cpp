// Every running app instance sweeps (issue 10): a hold whose time ran out is expired by an open window, as its own
// login, without stockroomctl or anyone else running a sweeper.

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <guifixture.h>
#include <mainwindow.h>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;

class TestAppSweeper : public QObject
{
    Q_OBJECT

private slots:
    void anOpenWindowExpiresHolds()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        const qint64 hold =
            Tests::scalar(db.spec(),
                          QStringLiteral("SELECT (api.reserve('T-001', 'ST-C', 2, 1, 'store', NULL, 'sweep-me')"
                                         " ->> 'reservation')::bigint"))
                .toLongLong();
        QVERIFY(hold > 0);
        const auto status = [&] {
            return Tests::scalar(db.spec(), QStringLiteral("SELECT status FROM ledger.reservation WHERE id = ?"),
                                 {hold})
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            Tests::scalar(db.spec(), QStringLiteral("SELECT expires_at <= now() FROM ledger.reservation WHERE id = ?"),
                          {hold})
                .toBool(),
            5000);
        QCOMPARE(status(), QStringLiteral("active"));

        QTemporaryDir dir;
        QElapsedTimer opened;
        opened.start();
        auto window = std::make_unique<Ui::MainWindow>(db.spec(QStringLiteral("associate")),
                                                       Ui::MainWindow::Options{dir.filePath(QStringLiteral("j.json"))});
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(status(), QStringLiteral("expired"), 15000);
        qInfo("the window expired the hold %lld ms after it opened", static_cast<long long>(opened.elapsed()));
        QCOMPARE(Tests::scalar(db.spec(),
                               QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM api.ledger"
                                              " WHERE kind = 'expire' AND reservation_id = ?"),
                               {hold})
                     .toString(),
                 QStringLiteral("test_associate"));
        QCOMPARE(Tests::scalar(db.spec(), QStringLiteral("SELECT reserved FROM api.stock WHERE sku = 'T-001' AND"
                                                         " location = 'ST-C'"))
                     .toLongLong(),
                 0);
    }
};

QTEST_MAIN(TestAppSweeper)
#include "tst_appsweeper.moc"
