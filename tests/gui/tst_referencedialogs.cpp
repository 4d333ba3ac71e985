#include "screenshot.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <guifixture.h>
#include <mainwindow.h>
#include <reference/referencedialog.h>
#include <stock/stocktablemodel.h>
#include <testdatabase.h>
#include <windowfixture.h>

using namespace Stockroom;

// Managers edit SKUs, locations and safety stock from the stock view; the ledger applies each once.
class TestReferenceDialogs : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

private:
    // Selects the stock row of sku at location and opens the dialog of action.
    Ui::ReferenceDialog *open(const QString &sku, const QString &location, const char *action, const char *dialog)
    {
        Models::StockTableModel *model = m_window->stockModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).sku == sku && model->rowAt(row).location == location)
                m_window->stockView()->selectRow(row);
        }
        auto *trigger = m_window->findChild<QAction *>(QString::fromLatin1(action));
        if (!trigger || !trigger->isEnabled())
            return nullptr;
        trigger->trigger();
        auto *found = m_window->findChild<Ui::ReferenceDialog *>(QString::fromLatin1(dialog));
        if (found &&
            !QTest::qWaitFor([found] { return found->findChild<QPushButton *>(QStringLiteral("save"))->isEnabled(); },
                             5000))
            return nullptr;
        return found;
    }

private slots:
    void init() { setUp(); }

    void cleanup() { tearDown(); }

    void aManagerEditsASku()
    {
        openWindow(QStringLiteral("manager"));
        Ui::ReferenceDialog *dialog =
            open(QStringLiteral("T-001"), QStringLiteral("WH-A"), "actionEditSku", "skuDialog");
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        auto *barcodes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("barcodes"));
        auto *cost = dialog->findChild<QLineEdit *>(QStringLiteral("unitCost"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("save"));
        const QString before = sql(QStringLiteral("SELECT name FROM api.skus WHERE code = 'T-001'")).toString();
        QCOMPARE(name->text(), before);
        QCOMPARE(barcodes->toPlainText(), QStringLiteral("400000000001"));

        // A barcode that another SKU holds is refused, said under the barcodes, and nothing is saved.
        name->setText(QStringLiteral("Oak mug, large"));
        barcodes->setPlainText(QStringLiteral("400000000001\n400000000002"));
        cost->setText(QStringLiteral("4.75"));
        save->click();
        auto *barcodeError = dialog->findChild<QLabel *>(QStringLiteral("barcodesError"));
        QTRY_VERIFY_WITH_TIMEOUT(barcodeError->isVisible(), 5000);
        QVERIFY2(barcodeError->text().contains(QStringLiteral("400000000002")), qPrintable(barcodeError->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(sql(QStringLiteral("SELECT name FROM api.skus WHERE code = 'T-001'")).toString(), before);
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-edit-sku-refused"));

        cost->setText(QStringLiteral("4,75 EUR"));
        save->click();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("unitCostError"))->isVisible());
        cost->setText(QStringLiteral("4.75"));
        barcodes->setPlainText(QStringLiteral("400000000001\n5012345678900"));
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<Ui::ReferenceDialog *>(QStringLiteral("skuDialog")), 5000);
        QCOMPARE(sql(QStringLiteral("SELECT name || ' ' || unit_cost || ' ' || array_to_string(barcodes, ',') "
                                    "FROM api.skus WHERE code = 'T-001'"))
                     .toString(),
                 QStringLiteral("Oak mug, large 4.75 400000000001,5012345678900"));
        // The stock view shows the new name.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->stockModel()->rowAt(0).skuName == QStringLiteral("Oak mug, large"), 5000);
    }

    void aManagerEditsALocationAndASafetyStock()
    {
        openWindow(QStringLiteral("manager"));
        Ui::ReferenceDialog *dialog =
            open(QStringLiteral("T-002"), QStringLiteral("ST-B"), "actionEditLocation", "locationDialog");
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Leeds Briggate"));
        dialog->findChild<QLineEdit *>(QStringLiteral("latitude"))->setText(QStringLiteral("53.7997"));
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("longitudeError"))->isVisible()); // both or neither
        dialog->findChild<QLineEdit *>(QStringLiteral("longitude"))->setText(QStringLiteral("-1.5491"));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-edit-location"));
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<Ui::ReferenceDialog *>(QStringLiteral("locationDialog")), 5000);
        QCOMPARE(sql(QStringLiteral("SELECT name || ' ' || round(latitude::numeric, 4) FROM api.locations "
                                    "WHERE code = 'ST-B'"))
                     .toString(),
                 QStringLiteral("Leeds Briggate 53.7997"));

        dialog = open(QStringLiteral("T-002"), QStringLiteral("ST-B"), "actionSafetyStock", "safetyStockDialog");
        QVERIFY(dialog);
        auto *quantity = dialog->findChild<QSpinBox *>(QStringLiteral("quantity"));
        QCOMPARE(quantity->value(), 40);
        quantity->setValue(12);
        dialog->findChild<QPushButton *>(QStringLiteral("save"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT safety_stock FROM api.stock WHERE sku = 'T-002' AND location = 'ST-B'")).toInt(),
            12, 5000);
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.verify()")).toBool());
    }

    void anAssociateCannotEditReferenceData()
    {
        openWindow(QStringLiteral("associate"));
        m_window->stockView()->selectRow(0);
        for (const char *name : {"actionEditSku", "actionEditLocation", "actionSafetyStock"}) {
            QAction *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), name);
        }
    }
};

QTEST_MAIN(TestReferenceDialogs)
#include "tst_referencedialogs.moc"
