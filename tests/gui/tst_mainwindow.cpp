#include "screenshot.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <connection/session.h>
#include <guifixture.h>
#include <ledger/demoseeder.h>
#include <ledger/stockexport.h>
#include <mainwindow.h>
#include <stock/filterbar.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>
#include <testdatabase.h>

using namespace Stockroom;
using Models::StockTableModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsStockFiltersAndTheSelectedRowsLedger()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        Ui::MainWindow window(db.spec(QStringLiteral("manager")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StockTableModel *model = window.stockModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QVERIFY(window.windowTitle().contains(db.name()));

        // Select a row: the side panel shows its movements.
        QTableView *view = window.stockView();
        QSignalSpy movementsLoaded(window.movementModel(), &Models::MovementModel::loaded);
        view->setFocus();
        view->selectRow(0);
        QVERIFY(movementsLoaded.wait(5000));
        QVERIFY(window.movementModel()->rowCount() >= 1);
        QCOMPARE(window.movementModel()->rowAt(0).kind == QStringLiteral("receive") ||
                     window.movementModel()->rowAt(0).kind == QStringLiteral("policy"),
                 true);
        Tests::saveScreenshot(&window, QStringLiteral("mainwindow"));

        // Type a filter: only matching rows remain.
        QSignalSpy shown(model, &StockTableModel::firstPageShown);
        QLineEdit *filter = window.filterBar()->textEdit();
        QTest::keyClicks(filter, QStringLiteral("lamp"));
        QVERIFY(shown.wait(5000));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row).skuName.contains(QStringLiteral("lamp")));
        Tests::saveScreenshot(&window, QStringLiteral("mainwindow-filtered"));

        // Click a header: sorted by that column, in SQL.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Delete);
        QVERIFY(shown.wait(5000));
        view->sortByColumn(StockTableModel::OnHand, Qt::DescendingOrder);
        QVERIFY(shown.wait(5000));
        QVERIFY(model->rowAt(0).onHand >= model->rowAt(model->rowCount() - 1).onHand);
    }

    void exportsTheWholeViewAsCsv()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        Ui::MainWindow window(db.spec(QStringLiteral("associate")));
        window.show();
        StockTableModel *model = window.stockModel();
        model->setPageSize(10); // the view holds 10 rows; the export writes all that match
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QSignalSpy shown(model, &StockTableModel::firstPageShown);
        window.filterBar()->textEdit()->setText(QStringLiteral("towel"));
        QVERIFY(shown.wait(5000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stock.csv"));
        QSignalSpy exported(&window, &Ui::MainWindow::exportFinished);
        window.exportCsvTo(path);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().at(0).toBool());
        const int expected =
            Tests::scalar(db.spec(), QStringLiteral("SELECT count(*) FROM api.stock WHERE sku_name ILIKE '%towel%'"))
                .toInt();
        QCOMPARE(exported.first().at(1).toLongLong(), expected);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFSKU,Name,Location,Location name"));
        QCOMPARE(lines.size() - 2, expected); // a header, and the empty piece after the last line break
        QVERIFY(lines.at(1).contains("towel"));
        // Cells a spreadsheet would run as formulas are neutralised; quoting still works.
        QCOMPARE(Services::StockExport::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(Services::StockExport::csvField(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
        QCOMPARE(Services::StockExport::csvField(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
        QCOMPARE(Services::StockExport::csvField(QStringLiteral("Oak mug, small")),
                 QStringLiteral("\"Oak mug, small\""));
    }

    void remembersLayoutAndHasShortcuts()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QSettings().clear();
        {
            Ui::MainWindow window(db.spec());
            window.show();
            window.stockView()->setColumnWidth(StockTableModel::Location, 133);
            window.close(); // saves the layout
        }
        Ui::MainWindow window(db.spec());
        QCOMPARE(window.stockView()->columnWidth(StockTableModel::Location), 133);
        QSettings().clear();
        for (const auto kind : {Services::Operation::Kind::Receive, Services::Operation::Kind::Adjust,
                                Services::Operation::Kind::Count, Services::Operation::Kind::TransferShip,
                                Services::Operation::Kind::TransferReceive, Services::Operation::Kind::Return})
            QVERIFY(!window.operationAction(kind)->shortcut().isEmpty());
    }

    // A filter that matches nothing says so, and what to do about it.
    void anEmptyViewSaysWhy()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        Ui::MainWindow window(db.spec());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.stockModel()->rowCount() > 0, 10000);
        QLabel *empty = window.stockPage()->emptyState();
        QVERIFY(!empty->isVisible());
        QSignalSpy shown(window.stockModel(), &StockTableModel::firstPageShown);
        window.filterBar()->textEdit()->setText(QStringLiteral("zzzz"));
        QVERIFY(shown.wait(5000));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("“zzzz”")), qPrintable(empty->text()));
        Tests::saveScreenshot(&window, QStringLiteral("mainwindow-empty"));
        window.filterBar()->textEdit()->clear();
        QVERIFY(shown.wait(5000));
        QTRY_VERIFY(!empty->isVisible());
    }

    // Window shortcuts work from every widget, the filter box too (QLineEdit claims Ctrl+E on X11).
    void ctrlEExportsFromTheFilterBox()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        Ui::MainWindow window(db.spec());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportCsv"));
        QVERIFY(exportAction);
        QSignalSpy triggered(exportAction, &QAction::triggered);
        exportAction->disconnect(&window); // the save dialog is not the point here
        QLineEdit *filter = window.filterBar()->textEdit();
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("mug"));
        QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(filter->text(), QStringLiteral("mug"));
    }

    // The README's `stockroom --demo` opens this window on the demo data set.
    void opensOnTheDemoData()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        {
            Services::Session session(db.spec());
            auto seeded = Services::DemoSeeder(session).seed();
            QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        }
        QElapsedTimer clock;
        clock.start();
        Ui::MainWindow window(db.spec());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.stockModel()->rowCount() > 0, 10000);
        qInfo("first rows of the demo data after %lld ms", clock.elapsed());
        window.stockView()->selectRow(3);
        QTRY_VERIFY_WITH_TIMEOUT(window.movementModel()->rowCount() > 0, 5000);
        QTest::qWait(50);
        Tests::saveScreenshot(&window, QStringLiteral("mainwindow-demo"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
