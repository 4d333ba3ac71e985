#include "screenshot.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <guifixture.h>
#include <mainwindow.h>
#include <offline/operationqueue.h>
#include <operations/operationdialog.h>
#include <operations/scanburst.h>
#include <stock/stocktablemodel.h>
#include <testdatabase.h>
#include <windowfixture.h>

using namespace Stockroom;
using Kind = Services::Operation::Kind;
using Ui::OperationDialog;
using ScanBurstTest = Ui::ScanBurst;

namespace {

template <typename T>
T *field(OperationDialog *dialog, const char *name)
{
    T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no field %s", name);
    return widget;
}

void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

} // namespace

// Each operation's form driven like a user with a scanner would: type, Enter, check the ledger afterwards.
class TestOperationDialogs : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

private:
    int movementRowsWithKey(const QString &key)
    {
        return sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE idempotency_key = ?"), {key}).toInt();
    }

private slots:
    void init() { setUp(); }

    void cleanup() { tearDown(); }

    void receiveByBarcodeScan()
    {
        openWindow(QStringLiteral("associate"));
        OperationDialog *dialog = m_window->openOperation(Kind::Receive);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        choose(field<QComboBox>(dialog, "location"), QStringLiteral("ST-C"));
        const qint64 before = bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C"));
        const QString key = dialog->key();
        QSignalSpy applied(dialog, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(dialog, "sku");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("400000000005")); // a scanner types the barcode...
        QTest::keyClick(sku, Qt::Key_Return);                  // ...and Enter
        QCOMPARE(dialog->focusWidget(), field<QLineEdit>(dialog, "quantity"));
        QTest::keyClicks(field<QLineEdit>(dialog, "quantity"), QStringLiteral("6"));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-receive"));
        QTest::keyClick(field<QLineEdit>(dialog, "quantity"), Qt::Key_Return);
        QTest::mouseClick(field<QPushButton>(dialog, "apply"), Qt::LeftButton); // a double click: ignored
        QVERIFY(applied.wait(10000));
        QTest::qWait(200);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C")), before + 6);
        QCOMPARE(movementRowsWithKey(key), 1);
        QVERIFY(field<QLabel>(dialog, "status")->text().contains(QStringLiteral("Received 6")));
        QVERIFY(dialog->key() != key);                                    // the next scan is a new operation
        QCOMPARE(dialog->focusWidget(), field<QLineEdit>(dialog, "sku")); // ready for it
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-receive-done"));

        // The same key sent again (a retry after a dropped answer) applies nothing twice.
        Services::Operation again = applied.first().first().value<Services::Operation>();
        QSignalSpy finished(m_window->operations(), &Services::OperationQueue::finished);
        m_window->operations()->submit(again);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toJsonObject().value(u"replayed").toBool());
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C")), before + 6);
        QCOMPARE(movementRowsWithKey(key), 1);
    }

    void refusalsAreShownNextToTheField()
    {
        openWindow(QStringLiteral("manager"));
        OperationDialog *dialog = m_window->openOperation(Kind::Adjust);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        QSignalSpy refused(m_window->operations(), &Services::OperationQueue::refused);
        auto *sku = field<QLineEdit>(dialog, "sku");
        auto *reason = field<QComboBox>(dialog, "reason");
        // The reasons are the ledger's, not a list in the app, and the combo takes nothing else.
        QTRY_COMPARE(reason->count(), sql(QStringLiteral("SELECT count(*) FROM api.adjust_reasons")).toInt());
        QVERIFY(!reason->isEditable());
        QVERIFY(reason->findData(QStringLiteral("scrapped")) >= 0);
        QVERIFY(reason->findData(QStringLiteral("expired")) >= 0);
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("NO-SUCH-SKU"));
        QTest::keyClick(sku, Qt::Key_Return);
        // An unknown SKU is said as soon as it is looked up, next to the SKU, which takes the focus back.
        QLabel *skuError = field<QLabel>(dialog, "skuError");
        QTRY_VERIFY(skuError->isVisible());
        QVERIFY2(skuError->text().contains(QStringLiteral("Unknown SKU")), qPrintable(skuError->text()));
        QTRY_COMPARE(dialog->focusWidget(), sku);

        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-001"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTRY_VERIFY(!skuError->isVisible());
        auto *quantity = field<QLineEdit>(dialog, "quantity");
        quantity->clear();
        QTest::keyClicks(quantity, QStringLiteral("+2"));
        reason->setCurrentIndex(reason->findData(QStringLiteral("damaged")));
        // A reason that takes stock out with a positive change: said under the reason, before sending.
        QTest::mouseClick(field<QPushButton>(dialog, "apply"), Qt::LeftButton);
        QLabel *reasonError = field<QLabel>(dialog, "reasonError");
        QVERIFY(reasonError->isVisible());
        QVERIFY(!field<QLabel>(dialog, "quantityError")->isVisible());
        quantity->clear();
        QTest::keyClicks(quantity, QStringLiteral("-60"));
        QTest::keyClick(quantity, Qt::Key_Return);
        QVERIFY(refused.wait(10000));
        QLabel *quantityError = field<QLabel>(dialog, "quantityError");
        QVERIFY(quantityError->isVisible());
        QVERIFY2(quantityError->text().contains(QStringLiteral("T-001")), qPrintable(quantityError->text()));
        QCOMPARE(dialog->focusWidget(), quantity);
        QCOMPARE(quantity->selectedText(), QStringLiteral("-60"));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-adjust-refused"));

        // Fixed: the same form, the same key, now applies.
        const QString key = dialog->key();
        const qint64 before = bucket(QStringLiteral("on_hand"), QStringLiteral("T-001"), dialog->operation().location);
        quantity->clear();
        QTest::keyClicks(quantity, QStringLiteral("-1"));
        QSignalSpy applied(dialog, &OperationDialog::applied);
        QTest::keyClick(quantity, Qt::Key_Return);
        QVERIFY(applied.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-001"),
                        applied.first().first().value<Services::Operation>().location),
                 before - 1);
        QCOMPARE(sql(QStringLiteral("SELECT reason FROM api.ledger WHERE idempotency_key = ?"), {key}).toString(),
                 QStringLiteral("damaged"));
    }

    void transferShipAndPartialReceipts()
    {
        openWindow(QStringLiteral("manager"));
        OperationDialog *ship = m_window->openOperation(Kind::TransferShip);
        QTRY_VERIFY(field<QComboBox>(ship, "location")->count() == 3);
        choose(field<QComboBox>(ship, "location"), QStringLiteral("WH-A"));
        choose(field<QComboBox>(ship, "toLocation"), QStringLiteral("ST-B"));
        const qint64 fromBefore = bucket(QStringLiteral("on_hand"), QStringLiteral("T-010"), QStringLiteral("WH-A"));
        const qint64 toBefore = bucket(QStringLiteral("on_hand"), QStringLiteral("T-010"), QStringLiteral("ST-B"));
        QSignalSpy shipped(ship, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(ship, "sku");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-010"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(field<QLineEdit>(ship, "quantity"), QStringLiteral("5"));
        Tests::saveScreenshot(ship, QStringLiteral("dialog-transfer-ship"));
        QTest::keyClick(field<QLineEdit>(ship, "quantity"), Qt::Key_Return);
        QVERIFY(shipped.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-010"), QStringLiteral("WH-A")), fromBefore - 5);
        QCOMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-010"), QStringLiteral("ST-B")), 5);
        const qint64 transfer =
            sql(QStringLiteral("SELECT max(transfer) FROM api.transfers WHERE sku = 'T-010'")).toLongLong();

        OperationDialog *receive = m_window->openOperation(Kind::TransferReceive);
        auto *transferBox = field<QComboBox>(receive, "transfer");
        QTRY_VERIFY_WITH_TIMEOUT(transferBox->count() >= 1, 5000);
        QSignalSpy received(receive, &OperationDialog::applied);
        transferBox->setCurrentIndex(transferBox->findData(transfer));
        QTest::keyClicks(field<QLineEdit>(receive, "quantity"), QStringLiteral("2")); // a partial receipt
        Tests::saveScreenshot(receive, QStringLiteral("dialog-transfer-receive"));
        QTest::keyClick(field<QLineEdit>(receive, "quantity"), Qt::Key_Return);
        QVERIFY(received.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-010"), QStringLiteral("ST-B")), toBefore + 2);
        QCOMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-010"), QStringLiteral("ST-B")), 3);

        // After a receipt the form is empty again: Enter, Enter receives nothing more.
        QCOMPARE(transferBox->currentText(), QString());
        QTest::keyClick(field<QLineEdit>(receive, "quantity"), Qt::Key_Return);
        QTest::keyClick(field<QLineEdit>(receive, "quantity"), Qt::Key_Return);
        QVERIFY(!received.wait(500));
        QCOMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-010"), QStringLiteral("ST-B")), 3);

        // The same transfer (scanned from the slip) with an empty quantity is refused, not "everything".
        transferBox->setEditText(QString::number(transfer));
        QTest::keyClick(field<QLineEdit>(receive, "quantity"), Qt::Key_Return);
        QVERIFY(!received.wait(500));
        QVERIFY(field<QLabel>(receive, "quantityError")->isVisible());
        QCOMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-010"), QStringLiteral("ST-B")), 3);

        // The rest, chosen explicitly.
        field<QCheckBox>(receive, "everything")->setChecked(true);
        QTest::mouseClick(field<QPushButton>(receive, "apply"), Qt::LeftButton);
        QVERIFY(received.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-010"), QStringLiteral("ST-B")), toBefore + 5);
        QCOMPARE(bucket(QStringLiteral("inbound"), QStringLiteral("T-010"), QStringLiteral("ST-B")), 0);
        QCOMPARE(sql(QStringLiteral("SELECT status FROM api.transfers WHERE transfer = ?"), {transfer}).toString(),
                 QStringLiteral("received"));
        // The list of transfers to receive no longer offers it.
        QTRY_COMPARE_WITH_TIMEOUT(transferBox->findData(transfer), -1, 5000);
        QVERIFY(!field<QCheckBox>(receive, "everything")->isChecked());
    }

    void shipNeedsADestination()
    {
        openWindow(QStringLiteral("manager"));
        OperationDialog *ship = m_window->openOperation(Kind::TransferShip);
        QTRY_VERIFY(field<QComboBox>(ship, "location")->count() == 3);
        auto *to = field<QComboBox>(ship, "toLocation");
        QCOMPARE(to->currentIndex(), -1); // no arbitrary default
        QSignalSpy shipped(ship, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(ship, "sku");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-010"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(field<QLineEdit>(ship, "quantity"), QStringLiteral("1"));
        QTest::keyClick(field<QLineEdit>(ship, "quantity"), Qt::Key_Return);
        QVERIFY(!shipped.wait(500));
        to->hidePopup();
        QCOMPARE(ship->focusWidget(), to);
        QVERIFY(field<QLabel>(ship, "toLocationError")->isVisible());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.transfers")).toInt(), 0);
    }

    void rescanAfterAnErrorReplacesTheSku()
    {
        openWindow(QStringLiteral("associate"));
        OperationDialog *dialog = m_window->openOperation(Kind::Receive);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        choose(field<QComboBox>(dialog, "location"), QStringLiteral("ST-C"));
        QSignalSpy applied(dialog, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(dialog, "sku");
        auto *quantity = field<QLineEdit>(dialog, "quantity");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("NOPE-1"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(quantity, QStringLiteral("5"));
        QTest::keyClick(quantity, Qt::Key_Return);
        // The refusal names the SKU: the SKU field has the focus with its text selected...
        QTRY_VERIFY(field<QLabel>(dialog, "skuError")->isVisible());
        QTRY_COMPARE(dialog->focusWidget(), sku);
        QCOMPARE(sku->selectedText(), QStringLiteral("NOPE-1"));
        // ...so the next scan replaces it, and the quantity typed stays a quantity.
        QTest::keyClicks(dialog->focusWidget(), QStringLiteral("400000000005"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QCOMPARE(sku->text(), QStringLiteral("400000000005"));
        QTRY_VERIFY(field<QLabel>(dialog, "skuInfo")->text().contains(QStringLiteral("T-005")));
        QVERIFY(field<QLabel>(dialog, "skuInfo")->text().contains(QStringLiteral("on hand")));
        QVERIFY(!field<QLabel>(dialog, "skuError")->isVisible());
        QCOMPARE(applied.size(), 0);
    }

    void aBarcodeScannedIntoTheQuantityIsTheNextSku()
    {
        openWindow(QStringLiteral("associate"));
        OperationDialog *dialog = m_window->openOperation(Kind::Receive);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        choose(field<QComboBox>(dialog, "location"), QStringLiteral("ST-C"));
        const qint64 before = bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C"));
        QSignalSpy applied(dialog, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(dialog, "sku");
        auto *quantity = field<QLineEdit>(dialog, "quantity");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-001"));
        QTest::keyClick(sku, Qt::Key_Return);
        QCOMPARE(dialog->focusWidget(), quantity);
        // The scanner's burst lands in the quantity: it is the next SKU, never 400,000,000,005 units.
        QTest::keyClicks(quantity, QStringLiteral("400000000005"));
        QTest::keyClick(quantity, Qt::Key_Return);
        QCOMPARE(sku->text(), QStringLiteral("400000000005"));
        QCOMPARE(quantity->text(), QString());
        QCOMPARE(dialog->focusWidget(), quantity);
        QVERIFY(!applied.wait(300));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-receive-scan-in-quantity"));
        // Typed by a person, the quantity is a quantity.
        QTest::keyClicks(quantity, QStringLiteral("3"));
        QTest::keyClick(quantity, Qt::Key_Return);
        QVERIFY(applied.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C")), before + 3);
        QVERIFY(ScanBurstTest::isBarcode(QStringLiteral("400000000008")));  // UPC-A
        QVERIFY(!ScanBurstTest::isBarcode(QStringLiteral("400000000005"))); // wrong check digit
        QVERIFY(ScanBurstTest::isBarcode(QStringLiteral("4006381333931"))); // EAN-13
        QVERIFY(ScanBurstTest::isBarcode(QStringLiteral("96385074")));      // EAN-8
    }

    void anUnusuallyLargeQuantityAsksFirst()
    {
        openWindow(QStringLiteral("associate"));
        OperationDialog *dialog = m_window->openOperation(Kind::Receive);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        choose(field<QComboBox>(dialog, "location"), QStringLiteral("ST-C"));
        const qint64 before = bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C"));
        QSignalSpy applied(dialog, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(dialog, "sku");
        auto *quantity = field<QLineEdit>(dialog, "quantity");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-005"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTRY_VERIFY(field<QLabel>(dialog, "skuInfo")->isVisible());
        quantity->setText(QStringLiteral("50000")); // typed slowly, so not a scan
        QTest::keyClick(quantity, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmQuantity"))) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("ST-C")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QLocale().toString(before + 50000)), qPrintable(box->text()));
        Tests::saveScreenshot(box, QStringLiteral("dialog-confirm-quantity"));
        box->findChild<QPushButton *>(QStringLiteral("correct"))->click();
        QVERIFY(!applied.wait(300));
        QCOMPARE(dialog->focusWidget(), quantity);
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C")), before);

        QTest::keyClick(quantity, Qt::Key_Return);
        QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmQuantity"))) != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QVERIFY(applied.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-005"), QStringLiteral("ST-C")), before + 50000);
    }

    void returnRestockOrDamaged()
    {
        openWindow(QStringLiteral("associate"));
        OperationDialog *dialog = m_window->openOperation(Kind::Return);
        QTRY_VERIFY(field<QComboBox>(dialog, "location")->count() == 3);
        choose(field<QComboBox>(dialog, "location"), QStringLiteral("ST-B"));
        const qint64 onHand = bucket(QStringLiteral("on_hand"), QStringLiteral("T-004"), QStringLiteral("ST-B"));
        const qint64 damaged = bucket(QStringLiteral("damaged"), QStringLiteral("T-004"), QStringLiteral("ST-B"));
        QSignalSpy applied(dialog, &OperationDialog::applied);
        auto *sku = field<QLineEdit>(dialog, "sku");
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-004"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(field<QLineEdit>(dialog, "quantity"), QStringLiteral("2"));
        QTest::keyClick(field<QLineEdit>(dialog, "quantity"), Qt::Key_Return);
        QVERIFY(applied.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-004"), QStringLiteral("ST-B")), onHand + 2);

        QTest::keyClicks(sku, QStringLiteral("T-004"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(field<QLineEdit>(dialog, "quantity"), QStringLiteral("1"));
        QTest::keyClicks(field<QLineEdit>(dialog, "reference"), QStringLiteral("RMA-77"));
        QTest::mouseClick(field<QRadioButton>(dialog, "damaged"), Qt::LeftButton);
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-return"));
        QTest::mouseClick(field<QPushButton>(dialog, "apply"), Qt::LeftButton);
        QVERIFY(applied.wait(10000));
        QCOMPARE(bucket(QStringLiteral("on_hand"), QStringLiteral("T-004"), QStringLiteral("ST-B")), onHand + 2);
        QCOMPARE(bucket(QStringLiteral("damaged"), QStringLiteral("T-004"), QStringLiteral("ST-B")), damaged + 1);
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.verify()")).toBool());
        // The next item starts from a clean form: no RMA of the last one, back to stock.
        QCOMPARE(field<QLineEdit>(dialog, "reference")->text(), QString());
        QVERIFY(field<QRadioButton>(dialog, "restock")->isChecked());
    }

    void rolesDisableWhatTheyMayNotDo()
    {
        openWindow(QStringLiteral("associate"));
        QVERIFY(m_window->operationAction(Kind::Receive)->isEnabled());
        QVERIFY(m_window->operationAction(Kind::Return)->isEnabled());
        // Associates count in count sessions (the Counts view); the single-line count is a manager's.
        for (const Kind kind : {Kind::Count, Kind::Adjust, Kind::TransferShip, Kind::TransferReceive}) {
            QAction *action = m_window->operationAction(kind);
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(QStringLiteral("needs the manager role")),
                     qPrintable(action->toolTip()));
        }
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("associate")));
        Tests::saveScreenshot(m_window.get(), QStringLiteral("mainwindow-associate"));

        // The database refuses it all the same when it is tried.
        Services::Operation op;
        op.kind = Kind::Adjust;
        op.key = QStringLiteral("test-denied-adjust");
        op.sku = QStringLiteral("T-001");
        op.location = QStringLiteral("WH-A");
        op.quantity = -1;
        op.reason = QStringLiteral("lost");
        QSignalSpy refused(m_window->operations(), &Services::OperationQueue::refused);
        m_window->operations()->submit(op);
        QVERIFY(refused.wait(10000));
        QCOMPARE(refused.first().at(1).value<Services::Error>().kind, Services::Error::Kind::PermissionDenied);
        QCOMPARE(movementRowsWithKey(op.key), 0);
    }
};

QTEST_MAIN(TestOperationDialogs)
#include "tst_operationdialogs.moc"
