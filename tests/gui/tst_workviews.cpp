#include "screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <guifixture.h>
#include <mainwindow.h>
#include <operations/operationdialog.h>
#include <reservations/reservationmodel.h>
#include <reservations/reservationsview.h>
#include <testdatabase.h>
#include <transfers/transfermodel.h>
#include <transfers/transfersview.h>
#include <windowfixture.h>

using namespace Stockroom;
using Kind = Services::Operation::Kind;

namespace {

// Selects the rows of view whose value in column (raw) is one of values.
void selectWhere(QTableView *view, int column, const QVariantList &values)
{
    view->clearSelection();
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (values.contains(model->index(row, column).data(Qt::UserRole)))
            view->selectionModel()->select(model->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

template <typename T>
T *waitForChild(QObject *parent, const QString &name)
{
    T *child = nullptr;
    if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>(name)) != nullptr; }, 5000))
        return nullptr;
    return child;
}

} // namespace

// The transfers and reservations views: what they list, and the ledger operations they send.
class TestWorkViews : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }

    void cleanup() { tearDown(); }

    void transfersAreListedCancelledAndWrittenOff()
    {
        const qint64 source = bucket(QStringLiteral("on_hand"), QStringLiteral("T-002"), QStringLiteral("WH-A"));
        const qint64 first = sql(QStringLiteral("SELECT (api.transfer_ship('T-002', 'WH-A', 'ST-C', 2, 't1')"
                                                "->>'transfer')::bigint"))
                                 .toLongLong();
        const qint64 second = sql(QStringLiteral("SELECT (api.transfer_ship('T-002', 'WH-A', 'ST-B', 1, 't2')"
                                                 "->>'transfer')::bigint"))
                                  .toLongLong();
        QVERIFY(first > 0 && second > first);
        openWindow(QStringLiteral("manager"));
        m_window->findChild<QAction *>(QStringLiteral("actionShowtransfersPage"))->trigger();
        Ui::TransfersView *page = m_window->transfersPage();
        QCOMPARE(m_window->currentView(), page);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);
        Tests::saveScreenshot(m_window.get(), QStringLiteral("transfers"));

        // Filtered by location: either end counts.
        auto *location = page->locationBox();
        QTRY_VERIFY(location->count() == 4);
        location->setCurrentIndex(location->findData(QStringLiteral("ST-B")));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->rowAt(0).id, second);
        location->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 2);

        // Cancel the first: its 2 units go back to WH-A.
        selectWhere(page->table(), Models::TransferModel::Id, {first});
        QVERIFY(page->current() && page->current()->id == first);
        auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelTransfer"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        auto *box = waitForChild<QMessageBox>(page, QStringLiteral("confirmCancel"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("(2 unit")), qPrintable(box->text()));
        Tests::saveScreenshot(box, QStringLiteral("transfers-cancel"));
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_COMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-002"), QStringLiteral("WH-A")), source - 1);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000); // open only: the cancelled one is gone

        // Write off the second's one unit as lost.
        selectWhere(page->table(), Models::TransferModel::Id, {second});
        page->findChild<QPushButton *>(QStringLiteral("writeOffTransfer"))->click();
        auto *dialog = waitForChild<QDialog>(page, QStringLiteral("writeOffDialog"));
        QVERIFY(dialog);
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reason"));
        QVERIFY(reason->findData(QStringLiteral("lost")) >= 0);
        QCOMPARE(reason->findData(QStringLiteral("found")), -1); // found adds stock: not a write-off
        Tests::saveScreenshot(dialog, QStringLiteral("transfers-write-off"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirm"))->click(); // no reason yet: refused
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("error"))->isVisible());
        reason->setCurrentIndex(reason->findData(QStringLiteral("lost")));
        dialog->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_COMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-002"), QStringLiteral("ST-B")), 0);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 5000);
        QTRY_VERIFY(page->emptyState()->isVisible());
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.verify()")).toBool());

        // All transfers, closed ones too, with their state in words.
        page->findChild<QCheckBox *>(QStringLiteral("openOnly"))->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);
        QStringList states;
        for (int row = 0; row < 2; ++row)
            states << page->model()->index(row, Models::TransferModel::State).data().toString();
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("Cancelled"), QStringLiteral("Written off")}));
    }

    void receivingFromTheTransfersView()
    {
        const qint64 transfer = sql(QStringLiteral("SELECT (api.transfer_ship('T-003', 'WH-A', 'ST-C', 3, 't3')"
                                                   "->>'transfer')::bigint"))
                                    .toLongLong();
        openWindow(QStringLiteral("manager"));
        m_window->showView(m_window->transfersPage());
        Ui::TransfersView *page = m_window->transfersPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
        selectWhere(page->table(), Models::TransferModel::Id, {transfer});
        page->findChild<QPushButton *>(QStringLiteral("receiveTransfer"))->click();
        auto *dialog = m_window->findChild<Ui::OperationDialog *>(QStringLiteral("operationDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->operation().transfer, transfer);
    }

    void associatesSeeButCannotCancel()
    {
        sql(QStringLiteral("SELECT api.transfer_ship('T-004', 'WH-A', 'ST-C', 1, 't4')"));
        openWindow(QStringLiteral("associate"));
        m_window->showView(m_window->transfersPage());
        Ui::TransfersView *page = m_window->transfersPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 5000);
        page->table()->selectRow(0);
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("cancelTransfer"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("writeOffTransfer"))->isEnabled());
    }

    void holdsCountDownAndAreReleasedWithAReason()
    {
        const auto reserve = [&](const QString &sku, int ttl, const QString &order) {
            return sql(QStringLiteral("SELECT (api.reserve(?, 'ST-C', 1, ?, 'web', ?, ?)->>'reservation')::bigint"),
                       QVariantList{sku, ttl, order, QString(QStringLiteral("hold-") + order)})
                .toLongLong();
        };
        const qint64 soon = reserve(QStringLiteral("T-005"), 1, QStringLiteral("W-1"));
        const qint64 later = reserve(QStringLiteral("T-006"), 900, QStringLiteral("W-2"));
        const qint64 third = reserve(QStringLiteral("T-007"), 900, QStringLiteral("W-3"));
        QVERIFY(soon > 0 && later > 0 && third > 0);
        QTest::qWait(1500); // the first hold's time runs out; no sweeper runs here
        openWindow(QStringLiteral("manager"));
        m_window->showView(m_window->reservationsPage());
        Ui::ReservationsView *page = m_window->reservationsPage();
        Models::ReservationModel *model = page->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);

        // Soonest first; the one past its time says so, the others count down.
        QTableView *table = page->table();
        QCOMPARE(table->model()->index(0, Models::ReservationModel::Id).data(Qt::UserRole).toLongLong(), soon);
        const QString expired = table->model()->index(0, Models::ReservationModel::TimeLeft).data().toString();
        QVERIFY2(expired.startsWith(QStringLiteral("Expired")), qPrintable(expired));
        const QString before = table->model()->index(1, Models::ReservationModel::TimeLeft).data().toString();
        QTest::qWait(1100);
        QVERIFY(table->model()->index(1, Models::ReservationModel::TimeLeft).data().toString() != before);
        Tests::saveScreenshot(m_window.get(), QStringLiteral("reservations"));

        page->findChild<QCheckBox *>(QStringLiteral("expiredOnly"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        page->findChild<QCheckBox *>(QStringLiteral("expiredOnly"))->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);

        // Two released at once, with a reason the ledger keeps on each release.
        const qint64 available = bucket(QStringLiteral("available"), QStringLiteral("T-006"), QStringLiteral("ST-C"));
        selectWhere(table, Models::ReservationModel::Id, {later, third});
        auto *release = page->findChild<QPushButton *>(QStringLiteral("releaseHolds"));
        QVERIFY(release->isEnabled());
        QVERIFY(release->text().contains(QStringLiteral("2")));
        release->click();
        auto *ask = waitForChild<QInputDialog>(page, QStringLiteral("releaseReason"));
        QVERIFY(ask);
        Tests::saveScreenshot(ask, QStringLiteral("reservations-release"));
        ask->setTextValue(QStringLiteral("Order W-2 and W-3 cancelled by phone"));
        ask->accept();
        QTRY_COMPARE(bucket(QStringLiteral("available"), QStringLiteral("T-006"), QStringLiteral("ST-C")),
                     available + 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT reservation_id) FROM api.ledger WHERE kind = 'release' AND "
                                    "reason = ?"),
                     {QStringLiteral("Order W-2 and W-3 cancelled by phone")})
                     .toInt(),
                 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.verify()")).toBool());
    }

    void anAssociateReleasesOneHoldAtATime()
    {
        sql(QStringLiteral("SELECT api.reserve('T-005', 'ST-C', 1, 900, 'store', 'S-1', 'a1')"));
        sql(QStringLiteral("SELECT api.reserve('T-006', 'ST-C', 1, 900, 'store', 'S-2', 'a2')"));
        openWindow(QStringLiteral("associate"));
        m_window->showView(m_window->reservationsPage());
        Ui::ReservationsView *page = m_window->reservationsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 5000);
        page->table()->selectAll();
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("releaseHolds"))->isEnabled());
    }
};

QTEST_MAIN(TestWorkViews)
#include "tst_workviews.moc"
