#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <filterbar.h>
#include <guifixture.h>
#include <mainwindow.h>
#include <movementmodel.h>
#include <stocktablemodel.h>
#include <testdatabase.h>

using namespace Stockroom;
using Models::StockTableModel;

namespace {

// Screenshots for a human to look at: $STOCKROOM_SCREENSHOTS, when set.
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKROOM_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

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
        saveShot(&window, QStringLiteral("mainwindow"));

        // Type a filter: only matching rows remain.
        QSignalSpy shown(model, &StockTableModel::firstPageShown);
        QLineEdit *filter = window.filterBar()->textEdit();
        QTest::keyClicks(filter, QStringLiteral("lamp"));
        QVERIFY(shown.wait(5000));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row).skuName.contains(QStringLiteral("lamp")));
        saveShot(&window, QStringLiteral("mainwindow-filtered"));

        // Click a header: sorted by that column, in SQL.
        QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(filter, Qt::Key_Delete);
        QVERIFY(shown.wait(5000));
        view->sortByColumn(StockTableModel::OnHand, Qt::DescendingOrder);
        QVERIFY(shown.wait(5000));
        QVERIFY(model->rowAt(0).onHand >= model->rowAt(model->rowCount() - 1).onHand);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
