#include "screenshot.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <connection/session.h>
#include <guifixture.h>
#include <memory>
#include <orders/allocationdialog.h>
#include <orders/allocationmap.h>
#include <orders/orderboardview.h>
#include <readworker.h>
#include <testdatabase.h>

using namespace Stockroom;

namespace {

// Five places in Germany, two warehouses and three stores, four SKUs; Berlin's store is short of S-2 so no
// single nearby location ships a Berlin order whole.
const char *const Seed = R"sql(
SELECT api.add_location('WH-N', 'Warehouse Hamburg', 'warehouse', 'North', 53.55, 9.99);
SELECT api.add_location('WH-S', 'Warehouse Munich', 'warehouse', 'South', 48.14, 11.58);
SELECT api.add_location('ST-BER', 'Store Berlin', 'store', 'North', 52.52, 13.40);
SELECT api.add_location('ST-LEI', 'Store Leipzig', 'store', 'East', 51.34, 12.37);
SELECT api.add_location('ST-KOE', 'Store Cologne', 'store', 'West', 50.94, 6.96);
SELECT api.add_sku('S-' || i, 'Item ' || i, ARRAY['5000000000' || i]) FROM generate_series(1, 4) i;
SELECT api.receive('S-1', 'WH-N', 40, 'PO-1', 'r1'), api.receive('S-2', 'WH-N', 40, 'PO-1', 'r2'),
       api.receive('S-1', 'WH-S', 40, 'PO-1', 'r3'), api.receive('S-2', 'WH-S', 2, 'PO-1', 'r4'),
       api.receive('S-1', 'ST-BER', 10, 'PO-1', 'r5'), api.receive('S-2', 'ST-BER', 1, 'PO-1', 'r6'),
       api.receive('S-1', 'ST-LEI', 9, 'PO-1', 'r7'), api.receive('S-2', 'ST-LEI', 6, 'PO-1', 'r8'),
       api.receive('S-3', 'WH-N', 20, 'PO-1', 'r9'), api.receive('S-4', 'ST-KOE', 20, 'PO-1', 'r10');
SELECT api.set_safety_stock('S-1', 'ST-LEI', 6, 's1'), api.set_safety_stock('S-2', 'ST-LEI', 4, 's2');
)sql";

// Lets queued shows and layouts settle, then saves the widget as it looks.
void screenshot(QWidget *widget, const QString &name)
{
    QTest::qWait(300);
    Tests::saveScreenshot(widget, name);
}

} // namespace

// The order board and the allocation dialog against a real ledger.
class TestOrderWidgets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Tests::TestDatabase> m_db;

    QVariant sql(const QString &query, const QVariantList &values = {})
    {
        return Tests::scalar(m_db->spec(), query, values);
    }

    void createOrder(const QString &channel, const QString &ref, const QString &lines, const QString &to = {})
    {
        const QString created =
            to.isEmpty()
                ? sql(QStringLiteral("SELECT api.order_create(?, ?, ?::jsonb, 52.52, 13.40, NULL, 1800, ?)->>'state'"),
                      {channel, ref, lines, QString(QStringLiteral("create:") + ref)})
                      .toString()
                : sql(QStringLiteral("SELECT api.order_create(?, ?, ?::jsonb, NULL, NULL, ?, 1800, ?)->>'state'"),
                      {channel, ref, lines, to, QString(QStringLiteral("create:") + ref)})
                      .toString();
        QCOMPARE(created, QStringLiteral("created"));
    }

    // Allocates one line of an order from one location, as a plan built from the stock row's version now.
    void allocate(const QString &ref, const QString &sku, const QString &location, qint64 quantity)
    {
        const QString state =
            sql(QStringLiteral(
                    "SELECT api.order_allocate(?, jsonb_build_object('strategy', 'test', 'lines', jsonb_build_array("
                    "jsonb_build_object('sku', ?::text, 'location', ?::text, 'quantity', ?::bigint, 'version',"
                    " (SELECT version FROM api.stock WHERE sku = ? AND location = ?)))), ?)->>'state'"),
                {ref, sku, location, quantity, sku, location, QString(QStringLiteral("allocate:") + ref)})
                .toString();
        QCOMPARE(state, QStringLiteral("allocated"));
    }

    void fire(const QString &ref, const QString &event)
    {
        const QVariant done = sql(QStringLiteral("SELECT api.order_fire(?, ?, NULL, NULL, NULL, ?)->>'state'"),
                                  {ref, event, QString(QStringLiteral("fire:") + ref + event)});
        QVERIFY2(!done.toString().isEmpty(), qPrintable(done.toString()));
    }

    qint64 boardCount(const QString &machine, const QString &state)
    {
        return sql(QStringLiteral("SELECT count FROM api.order_board WHERE machine = ? AND state = ?"),
                   {machine, state})
            .toLongLong();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Tests::TestDatabase>();
        STOCKROOM_REQUIRE_DB(*m_db);
        Services::Session session(m_db->spec(), QStringLiteral("seed"));
        const auto seeded = session.execScript(QString::fromUtf8(Seed));
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
    }

    void cleanup() { m_db.reset(); }

    void boardIsEmptyWithoutOrders()
    {
        Models::ReadThread reads(m_db->spec(QStringLiteral("manager")));
        Ui::OrderBoardView board(&reads);
        QSignalSpy loaded(&board, &Ui::OrderBoardView::loaded);
        board.resize(1280, 800);
        board.show();
        board.activate();
        QVERIFY(loaded.wait(10000));
        auto *empty = board.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("No orders yet")), qPrintable(empty->text()));
        QVERIFY2(board.summary().startsWith(QStringLiteral("0 order")), qPrintable(board.summary()));
        screenshot(&board, QStringLiteral("orderboard-empty"));
    }

    void boardCountsOrdersPerState()
    {
        // 3 created (one of them stuck), 2 allocated, 1 payment authorized, 1 cancelled.
        const QString one = QStringLiteral(R"([{"sku": "S-1", "quantity": 1}])");
        for (const char *ref : {"B-1", "B-2", "B-3", "B-4", "B-5", "B-6", "B-7"})
            createOrder(QStringLiteral("web"), QString::fromLatin1(ref), one);
        allocate(QStringLiteral("B-4"), QStringLiteral("S-1"), QStringLiteral("WH-N"), 1);
        allocate(QStringLiteral("B-5"), QStringLiteral("S-1"), QStringLiteral("WH-S"), 1);
        allocate(QStringLiteral("B-6"), QStringLiteral("S-1"), QStringLiteral("WH-N"), 1);
        fire(QStringLiteral("B-6"), QStringLiteral("authorize_payment"));
        QCOMPARE(sql(QStringLiteral("SELECT api.order_cancel('B-7', 'changed mind', 'cancel:B-7')->>'state'")),
                 QVariant(QStringLiteral("cancelled")));
        // B-1 has waited 20 minutes (limit 15: stuck), B-4 40 minutes of its hour (amber).
        sql(QStringLiteral("UPDATE ledger.customer_order SET state_since = now() - interval '20 minutes'"
                           " WHERE ref = 'B-1'"));
        sql(QStringLiteral("UPDATE ledger.customer_order SET state_since = now() - interval '40 minutes'"
                           " WHERE ref = 'B-4'"));

        Models::ReadThread reads(m_db->spec(QStringLiteral("manager")));
        Ui::OrderBoardView board(&reads);
        QSignalSpy loaded(&board, &Ui::OrderBoardView::loaded);
        board.resize(1280, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.activate();
        QVERIFY(loaded.wait(10000));

        const QList<std::pair<QString, qint64>> expected{{QStringLiteral("created"), 3},
                                                         {QStringLiteral("allocated"), 2},
                                                         {QStringLiteral("payment_authorized"), 1},
                                                         {QStringLiteral("fulfilling"), 0},
                                                         {QStringLiteral("cancelled"), 1}};
        for (const auto &[state, count] : expected) {
            bool found = false;
            for (const Services::BoardCell &cell : board.cells()) {
                if (cell.machine == u"order" && cell.state == state) {
                    QCOMPARE(cell.count, count);
                    QCOMPARE(cell.count, boardCount(QStringLiteral("order"), state));
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(state));
            QVERIFY(board.findChild<QWidget *>(QString(QStringLiteral("tile_order_") + state)));
        }
        // Tiles in machine order, every state of both machines.
        int orderStates = 0;
        int last = 0;
        for (const Services::BoardCell &cell : board.cells()) {
            if (cell.machine != u"order")
                continue;
            ++orderStates;
            QVERIFY(cell.position > last);
            last = cell.position;
        }
        QCOMPARE(orderStates,
                 sql(QStringLiteral("SELECT count(*) FROM api.order_states WHERE machine = 'order'")).toInt());
        QVERIFY(board.findChild<QWidget *>(QStringLiteral("tile_fulfillment_reserved")));
        QCOMPARE(boardCount(QStringLiteral("fulfillment"), QStringLiteral("reserved")), 3);
        QVERIFY2(board.summary().startsWith(QStringLiteral("6 order")) &&
                     board.summary().endsWith(QStringLiteral(", 1 stuck")),
                 qPrintable(board.summary()));
        QVERIFY(!board.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());

        // A click, or Enter on a focused tile, asks for that state's orders.
        QSignalSpy clicked(&board, &Ui::OrderBoardView::stateClicked);
        auto *created = board.findChild<QWidget *>(QStringLiteral("tile_order_created"));
        QVERIFY(created->isVisible());
        QTest::mouseClick(created, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0), (QVariantList{QStringLiteral("order"), QStringLiteral("created")}));
        auto *reserved = board.findChild<QWidget *>(QStringLiteral("tile_fulfillment_reserved"));
        reserved->setFocus();
        QTest::keyClick(reserved, Qt::Key_Return);
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1), (QVariantList{QStringLiteral("fulfillment"), QStringLiteral("reserved")}));
        QVERIFY(created->toolTip().contains(QStringLiteral("green under half")));

        screenshot(&board, QStringLiteral("orderboard-1280x800"));
        board.resize(1920, 1080);
        screenshot(&board, QStringLiteral("orderboard-1920x1080"));
        board.resize(760, 600);
        screenshot(&board, QStringLiteral("orderboard-760x600"));
    }

    void allocationDialogAppliesThePlanAndPreviewsAgainWhenStockMoved()
    {
        if (!sql(QStringLiteral("SELECT to_regprocedure('api.allocation_preview(text, text)') IS NOT NULL")).toBool())
            QSKIP("api.allocation_preview (migration 0007) has not landed");
        createOrder(QStringLiteral("web"), QStringLiteral("A-1"),
                    QStringLiteral(R"([{"sku": "S-1", "quantity": 5}, {"sku": "S-2", "quantity": 3}])"));

        Ui::AllocationDialog dialog(m_db->spec(QStringLiteral("manager")), QStringLiteral("A-1"),
                                    QStringLiteral("web"));
        QSignalSpy shown(&dialog, &Ui::AllocationDialog::previewShown);
        QSignalSpy allocated(&dialog, &Ui::AllocationDialog::allocated);
        dialog.resize(1280, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(shown.wait(10000));
        const QJsonArray plans = dialog.preview().value(u"plans").toArray();
        QVERIFY(plans.size() >= 2);
        for (int rank = 1; rank <= plans.size(); ++rank)
            QVERIFY2(dialog.findChild<QWidget *>(QStringLiteral("plan_%1").arg(rank)),
                     qPrintable(QString::number(rank)));
        QCOMPARE(dialog.selectedIndex(), 0); // the best ranked
        QVERIFY(dialog.selectedPlan().value(u"complete").toBool());
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("apply"));
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->isDefault());
        QVERIFY(!dialog.findChild<Ui::AllocationMap *>()->isEmptyState());
        auto *lines = dialog.findChild<QTableView *>(QStringLiteral("linesTable"));
        QCOMPARE(lines->model()->rowCount(), dialog.selectedPlan().value(u"lines").toArray().size());
        auto *rejected = dialog.findChild<QTableView *>(QStringLiteral("rejectedTable"));
        QCOMPARE(rejected->model()->rowCount(), dialog.selectedPlan().value(u"rejected").toArray().size());
        screenshot(&dialog, QStringLiteral("allocation-1280x800"));

        // 2 chooses the second plan, 1 the first again.
        QTest::keyClick(&dialog, Qt::Key_2);
        QCOMPARE(dialog.selectedIndex(), 1);
        QTest::keyClick(&dialog, Qt::Key_1);
        QCOMPARE(dialog.selectedIndex(), 0);

        // Stock moves under the preview: the ledger refuses, the dialog says so and previews again.
        const QJsonObject first = dialog.selectedPlan().value(u"lines").toArray().at(0).toObject();
        sql(QStringLiteral("SELECT api.receive(?, ?, 1, 'PO-2', 'moved')"),
            {first.value(u"sku").toString(), first.value(u"location").toString()});
        apply->click();
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.size(), 2);
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("stock changed")), qPrintable(notice->text()));
        QCOMPARE(allocated.size(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM api.orders WHERE ref = 'A-1'")),
                 QVariant(QStringLiteral("created")));
        screenshot(&dialog, QStringLiteral("allocation-stock-moved"));

        // Enter applies the fresh plan.
        QTRY_VERIFY(apply->isEnabled());
        const QJsonObject chosen = dialog.selectedPlan();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(allocated.wait(10000));
        QCOMPARE(allocated.first().first().toJsonObject().value(u"state").toString(), QStringLiteral("allocated"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(sql(QStringLiteral("SELECT state FROM api.orders WHERE ref = 'A-1'")),
                 QVariant(QStringLiteral("allocated")));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.fulfillments WHERE order_ref = 'A-1'")).toLongLong(),
                 chosen.value(u"locations_used").toInteger());

        // Once allocated, the order previews but cannot be allocated again, and the dialog says why.
        Ui::AllocationDialog again(m_db->spec(QStringLiteral("manager")), QStringLiteral("A-1"), QStringLiteral("web"));
        QSignalSpy againShown(&again, &Ui::AllocationDialog::previewShown);
        again.show();
        QVERIFY(againShown.wait(10000));
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("why"))->text().contains(QStringLiteral("Allocated")));
    }

    void allocationDialogShowsWhatAStoreOrderCannotUse()
    {
        if (!sql(QStringLiteral("SELECT to_regprocedure('api.allocation_preview(text, text)') IS NOT NULL")).toBool())
            QSKIP("api.allocation_preview (migration 0007) has not landed");
        // The store channel ships from stores only and sells into safety stock.
        createOrder(QStringLiteral("store"), QStringLiteral("S-7"),
                    QStringLiteral(R"([{"sku": "S-1", "quantity": 8}, {"sku": "S-2", "quantity": 4}])"));
        createOrder(QStringLiteral("web"), QStringLiteral("X-1"),
                    QStringLiteral(R"([{"sku": "S-3", "quantity": 99}])"));

        Ui::AllocationDialog dialog(m_db->spec(QStringLiteral("manager")), QStringLiteral("S-7"),
                                    QStringLiteral("store"));
        QSignalSpy shown(&dialog, &Ui::AllocationDialog::previewShown);
        dialog.resize(1920, 1080);
        dialog.show();
        QVERIFY(shown.wait(10000));
        bool excluded = false;
        for (const QJsonValue &location : dialog.preview().value(u"locations").toArray())
            excluded = excluded || !location[u"eligible"].toBool();
        QVERIFY(excluded);
        auto *rejected = dialog.findChild<QTableView *>(QStringLiteral("rejectedTable"));
        QStringList reasons;
        for (int row = 0; row < rejected->model()->rowCount(); ++row)
            reasons << rejected->model()->index(row, 2).data().toString();
        QVERIFY2(reasons.join(u'|').contains(QStringLiteral("Channel does not ship from here")),
                 qPrintable(reasons.join(u'|')));
        screenshot(&dialog, QStringLiteral("allocation-store-1920x1080"));
        dialog.resize(900, 600);
        screenshot(&dialog, QStringLiteral("allocation-store-900x600"));

        // A plan that cannot cover the order cannot be applied, and the dialog says why.
        Ui::AllocationDialog shortOrder(m_db->spec(QStringLiteral("manager")), QStringLiteral("X-1"),
                                        QStringLiteral("web"));
        QSignalSpy shortShown(&shortOrder, &Ui::AllocationDialog::previewShown);
        shortOrder.resize(900, 600);
        shortOrder.show();
        QVERIFY(shortShown.wait(10000));
        QVERIFY(!shortOrder.selectedPlan().value(u"complete").toBool());
        QVERIFY(!shortOrder.findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
        QVERIFY(shortOrder.findChild<QLabel *>(QStringLiteral("why"))->text().contains(QStringLiteral("short")));
        screenshot(&shortOrder, QStringLiteral("allocation-short-900x600"));
    }
};

QTEST_MAIN(TestOrderWidgets)
#include "tst_orderwidgets.moc"
