// The Orders view and the order detail against a real database: the list, its filters and live updates; the
// detail's machine, its actions as the login's role allows them, and firing one.

#include "screenshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <connection/session.h>
#include <mainwindow.h>
#include <orders/orderdetaildialog.h>
#include <orders/ordermodel.h>
#include <orders/ordersview.h>
#include <orders/statemachinegraph.h>
#include <windowfixture.h>

using namespace Stockroom;

namespace {

// Three web orders over the small ledger: O-1 allocated, O-2 created, O-3 paid; O-3 ships from two locations.
const char *kOrders = R"sql(
SELECT api.order_create('web', 'O-1', '[{"sku":"T-004","quantity":2}]', 53.8, -1.5, NULL, 86400, 'o1');
SELECT api.order_allocate('O-1', '{"strategy":"test","lines":[{"sku":"T-004","location":"WH-A","quantity":2}]}', 'a1');
SELECT api.order_create('web', 'O-2', '[{"sku":"T-005","quantity":1}]', 51.5, -0.1, NULL, 86400, 'o2');
SELECT api.order_create('web', 'O-3', '[{"sku":"T-006","quantity":1},{"sku":"T-007","quantity":1}]', 52.5, -1.9,
                        NULL, 86400, 'o3');
SELECT api.order_allocate('O-3', '{"strategy":"test","lines":[{"sku":"T-006","location":"WH-A","quantity":1},
                                                                {"sku":"T-007","location":"ST-C","quantity":1}]}', 'a3');
SELECT api.order_fire('O-3', 'authorize_payment', 'allocated', NULL, NULL, 'p3');
)sql";

class TestOrdersView : public QObject, Tests::WindowFixture
{
    Q_OBJECT

    QString state(const QString &ref)
    {
        return sql(QStringLiteral("SELECT state FROM api.orders WHERE ref = ?"), {ref}).toString();
    }

    Ui::OrdersView *showOrders(const QString &persona, QSize size = {1280, 800})
    {
        openWindow(persona, size);
        if (QTest::currentTestFailed())
            return nullptr;
        m_window->findChild<QAction *>(QStringLiteral("actionShoworders"))->trigger();
        Ui::OrdersView *view = m_window->ordersPage();
        QString failure;
        connect(view->model(), &Models::OrderModel::loadFailed, this,
                [&failure](const QString &message) { failure = message; });
        if (!QTest::qWaitFor([view] { return view->model()->rowCount() == 3; }, 10000)) {
            qWarning() << "orders listed:" << view->model()->rowCount() << failure;
            return nullptr;
        }
        return view;
    }

    Ui::OrderDetailDialog *openDetail(Ui::OrdersView *view, const QString &ref)
    {
        Ui::OrderDetailDialog *detail = view->openOrder(ref, QStringLiteral("web"));
        if (!QTest::qWaitFor([detail] { return !detail->isLoading() && !detail->order().isEmpty(); }, 10000))
            return nullptr;
        return detail;
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        QVERIFY(!QTest::currentTestFailed());
        Services::Session session(m_db->spec(), QStringLiteral("orders"));
        auto seeded = session.execScript(QString::fromUtf8(kOrders));
        QVERIFY2(bool(seeded), qPrintable(seeded.errorMessage()));
    }
    void cleanup() { tearDown(); }

    void listsFiltersAndEmptyState()
    {
        Ui::OrdersView *view = showOrders(QStringLiteral("manager"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowAt(0).value(u"ref").toString(), QStringLiteral("O-3")); // newest first
        auto *stateBox = view->findChild<QComboBox *>(QStringLiteral("stateFilter"));
        stateBox->setCurrentIndex(stateBox->findData(QStringLiteral("allocated")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QCOMPARE(view->model()->rowAt(0).value(u"ref").toString(), QStringLiteral("O-1"));
        QCOMPARE(view->model()->index(0, Models::OrderModel::Shipments).data().toString(), QStringLiteral("0 of 1"));
        view->findChild<QCheckBox *>(QStringLiteral("stuckOnly"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 10000);
        auto *empty = view->table()->viewport()->findChild<QLabel *>();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("match")), qPrintable(empty->text()));
        view->showState(QString());
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
        // From the board's fulfillment tiles: the orders with a fulfillment in that state.
        view->showFulfillmentState(QStringLiteral("reserved"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        view->findChild<QPushButton *>(QStringLiteral("fulfillmentFilter"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, 10000);
        auto *age = view->findChild<QComboBox *>(QStringLiteral("ageFilter"));
        age->setCurrentIndex(age->count() - 1);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 0, 10000);
    }

    void updatesLiveWhenAnOrderChangesElsewhere()
    {
        Ui::OrdersView *view = showOrders(QStringLiteral("associate"));
        QVERIFY(view);
        QVERIFY(sql(QStringLiteral("SELECT api.order_fire('O-1', 'authorize_payment', 'allocated', NULL, NULL, 'x')"))
                    .isValid());
        const auto stateShown = [view] {
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->rowAt(row).value(u"ref").toString() == u"O-1")
                    return view->model()->rowAt(row).value(u"state").toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateShown(), QStringLiteral("payment_authorized"), 10000);
    }

    void detailOffersOnlyWhatTheRoleMayFire()
    {
        Ui::OrdersView *view = showOrders(QStringLiteral("associate"));
        QVERIFY(view);
        Ui::OrderDetailDialog *detail = openDetail(view, QStringLiteral("O-1"));
        QVERIFY(detail);
        // Paying is for the checkout or a manager: shown, but not for an associate.
        auto *pay = detail->findChild<QPushButton *>(QStringLiteral("fire_authorize_payment"));
        QVERIFY(pay);
        QVERIFY(!pay->isEnabled());
        QVERIFY2(pay->toolTip().contains(QStringLiteral("checkout")), qPrintable(pay->toolTip()));
        QVERIFY2(detail->graph()->describe().contains(QStringLiteral("Allocated")),
                 qPrintable(detail->graph()->describe()));
    }

    void firesAnEventAndFollowsTheOrder()
    {
        Ui::OrdersView *view = showOrders(QStringLiteral("manager"), {1920, 1080});
        QVERIFY(view);
        Tests::saveScreenshot(m_window.get(), QStringLiteral("orders-1920"));
        Ui::OrderDetailDialog *detail = openDetail(view, QStringLiteral("O-3"));
        QVERIFY(detail);
        detail->showMachine(QStringLiteral("fulfillment"),
                            detail->order().value(u"fulfillments").toArray().at(0)[u"id"].toInteger());
        auto *pick = detail->findChild<QPushButton *>(QStringLiteral("fire_pick"));
        QVERIFY(pick);
        QVERIFY(pick->isEnabled());
        pick->click();
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("O-3")), QStringLiteral("fulfilling"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->order().value(u"state").toString(), QStringLiteral("fulfilling"), 10000);
        // The history shows the path: created, allocated, paid, the pick and the order following it.
        auto *timeline = detail->findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QTRY_VERIFY(timeline->topLevelItemCount() >= 7);
        QTRY_VERIFY(detail->findChild<QPushButton *>(QStringLiteral("fire_pack")));
        detail->resize(1400, 860);
        Tests::saveScreenshot(detail, QStringLiteral("order-detail-1400"));
        detail->showMachine(QStringLiteral("order"));
        detail->resize(1000, 640);
        QTest::qWait(50);
        Tests::saveScreenshot(detail, QStringLiteral("order-detail-1000"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.verify()")).toLongLong(), 0);
    }
};

} // namespace

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
