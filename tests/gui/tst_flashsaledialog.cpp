// Tools ▸ Flash-sale simulator: the window opens from the main window's menu with an empty chart that says what
// will appear, runs a tiny sale off the GUI thread with the chart getting the ledger's points live, shows the
// outcome (nothing oversold, consistent), and Stop ends a run cleanly with its scratch database dropped. The sample
// model passes QAbstractItemModelTester. Screenshots at 1280x800 and 1920x1080 go to $STOCKROOM_SCREENSHOTS.

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <connection/session.h>
#include <screenshot.h>
#include <simulate/flashsaledialog.h>
#include <simulate/flashsalesamplemodel.h>
#include <windowfixture.h>

using namespace Stockroom;
using Models::FlashSaleSampleModel;
using Services::FlashSaleOptions;
using Services::FlashSaleResult;

namespace {

FlashSaleOptions tinySale()
{
    FlashSaleOptions options;
    options.stock = 40;
    options.buyers = 160;
    options.clients = 4;
    options.ttlSeconds = 2;
    options.abandon = 0.25;
    options.paymentMs = 400;
    options.arrival = FlashSaleOptions::Arrival::Poisson;
    options.ratePerSecond = 150; // about a second of arrivals, so the chart has a shape
    options.seed = 3;
    return options;
}

qint64 scratchDatabases()
{
    Services::Session session(Tests::TestDatabase::server(), QStringLiteral("test-scratch"));
    auto ran =
        session.run(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'stockroom_simulate_%'"));
    if (!ran || !ran.value()->next())
        return -1;
    return ran.value()->value(0).toLongLong();
}

} // namespace

class TestFlashSaleDialog final : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void runsFromTheToolsMenu()
    {
        openWindow(QString(), QSize(1280, 800));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionFlashSale"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Flash-sale simulator…"));
        action->trigger();
        auto *dialog = m_window->findChild<Ui::FlashSaleDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QAbstractItemModelTester tester(dialog->samples(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Before a run: the empty state, saying what will appear.
        QVERIFY(!dialog->isShowingChart());
        auto *empty = dialog->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(u"available, reserved and sold"));
        QVERIFY(!dialog->stopButton()->isEnabled());
        dialog->resize(1280, 800);
        Tests::saveScreenshot(dialog, QStringLiteral("flashsale-empty-1280x800"));

        dialog->setOptions(tinySale());
        QSignalSpy finished(dialog, &Ui::FlashSaleDialog::finished);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->stopButton()->isEnabled());
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(dialog->isShowingChart());
        QVERIFY(finished.wait(120000));
        const auto result = finished.at(0).at(0).value<FlashSaleResult>();
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.oversold(), 0);
        QCOMPARE(result.differences, 0);
        QVERIFY(result.accountingHolds());

        // The chart got the ledger's points, one per sample on each line; the last ones are the outcome.
        const int points = dialog->samples()->rowCount();
        QVERIFY(points >= 2);
        for (const int column :
             {FlashSaleSampleModel::Available, FlashSaleSampleModel::Reserved, FlashSaleSampleModel::Sold})
            QCOMPARE(dialog->series(column)->count(), points);
        QCOMPARE(qint64(dialog->series(FlashSaleSampleModel::Sold)->at(points - 1).y()), result.sold);
        QCOMPARE(qint64(dialog->series(FlashSaleSampleModel::Reserved)->at(points - 1).y()), 0);
        QCOMPARE(qint64(dialog->series(FlashSaleSampleModel::Available)->at(points - 1).y()), result.available);
        auto *oversold = dialog->findChild<QLabel *>(QStringLiteral("oversold"));
        QVERIFY(oversold && oversold->isVisible());
        QVERIFY(oversold->text().startsWith(u"0"));
        auto *verify = dialog->findChild<QLabel *>(QStringLiteral("verify"));
        QVERIFY(verify && verify->text().startsWith(u"consistent"));
        QVERIFY(dialog->startButton()->isEnabled());
        QVERIFY(!dialog->stopButton()->isEnabled());
        QCOMPARE(scratchDatabases(), 0);

        Tests::saveScreenshot(dialog, QStringLiteral("flashsale-done-1280x800"));
        dialog->resize(1920, 1080);
        QTest::qWait(50);
        Tests::saveScreenshot(dialog, QStringLiteral("flashsale-done-1920x1080"));
    }

    void stopEndsTheRun()
    {
        Ui::FlashSaleDialog dialog(Tests::TestDatabase::server());
        dialog.show();
        FlashSaleOptions options = tinySale();
        options.ttlSeconds = 600; // the abandoned holds would keep the sale open for ten minutes
        dialog.setOptions(options);
        QSignalSpy finished(&dialog, &Ui::FlashSaleDialog::finished);
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.samples()->rowCount() >= 3, 60000);
        QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).value<FlashSaleResult>().cancelled);
        QVERIFY(!dialog.isRunning());
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(status->text().startsWith(u"Stopped"));
        QVERIFY(dialog.isShowingChart()); // what it drew stays
        QCOMPARE(scratchDatabases(), 0);
    }
};

QTEST_MAIN(TestFlashSaleDialog)
#include "tst_flashsaledialog.moc"
