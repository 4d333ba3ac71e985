// Stock ▸ Hot SKU mode…: a manager switches the selected row's hot mode on with a slot count, changes the count
// and switches it off after confirming, through the dialog against the real ledger, checked in api.hot_sku; the
// row's available units stay what they were. Another persona sees the action disabled, saying the role it needs.
// Screenshots of the window with the dialog over it at 1280x800 and 1920x1080 go to $STOCKROOM_SCREENSHOTS.

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <screenshot.h>
#include <stock/hotskudialog.h>
#include <windowfixture.h>

using namespace Stockroom;

namespace {

template <typename T>
T *waitForChild(QObject *parent, const QString &name)
{
    T *child = nullptr;
    if (!QTest::qWaitFor([&] { return (child = parent->findChild<T *>(name)) != nullptr; }, 5000))
        return nullptr;
    return child;
}

// The window with the dialog drawn where it sits over it, as a user sees them.
void saveOver(QWidget *window, QWidget *dialog, const QString &name)
{
    const QString dir = qEnvironmentVariable("STOCKROOM_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    const QPixmap top = dialog->grab();
    painter.drawPixmap((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 3, top);
    painter.end();
    QDir().mkpath(dir);
    shot.save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestHotSkuDialog final : public QObject, private Tests::WindowFixture
{
    Q_OBJECT

    void selectRow(const QString &sku, const QString &location)
    {
        Models::StockTableModel *model = m_window->stockModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).sku == sku && model->rowAt(row).location == location)
                m_window->stockView()->selectRow(row);
        }
    }

    QVariant hotSlots()
    {
        return sql(QStringLiteral("SELECT slots FROM api.hot_sku WHERE sku = 'T-004' AND location = 'ST-B'"));
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void aManagerSwitchesHotModeOnAndOff()
    {
        openWindow(QStringLiteral("manager"), QSize(1280, 800));
        const qint64 available = bucket(QStringLiteral("available"), QStringLiteral("T-004"), QStringLiteral("ST-B"));
        QVERIFY(available > 0);
        selectRow(QStringLiteral("T-004"), QStringLiteral("ST-B"));
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionHotSku"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Hot SKU mode…"));
        QVERIFY(action->isEnabled());
        QVERIFY(m_window->stockView()->actions().contains(action)); // on the row's context menu
        action->trigger();

        auto *dialog = waitForChild<Ui::HotSkuDialog>(m_window.get(), QStringLiteral("hotSkuDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->slotsNow() == 0, 5000);
        auto *state = dialog->findChild<QLabel *>(QStringLiteral("state"));
        auto *slotCount = dialog->findChild<QSpinBox *>(QStringLiteral("slots"));
        auto *enable = dialog->findChild<QPushButton *>(QStringLiteral("enable"));
        auto *disable = dialog->findChild<QPushButton *>(QStringLiteral("disable"));
        QVERIFY(state && slotCount && enable && disable);
        QVERIFY(state->text().startsWith(u"Not hot"));
        QCOMPARE(slotCount->minimum(), 2);
        QCOMPARE(slotCount->maximum(), 256);
        QCOMPARE(slotCount->value(), 16);
        QVERIFY(enable->isEnabled());
        QVERIFY(!disable->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("about"))->text().contains(u"oversold"));
        saveOver(m_window.get(), dialog, QStringLiteral("hotsku-off-1280x800"));

        // On, with 8 slots.
        slotCount->setValue(8);
        QTest::mouseClick(enable, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->slotsNow() == 8, 5000);
        QCOMPARE(hotSlots().toInt(), 8);
        QCOMPARE(sql(QStringLiteral("SELECT parked FROM api.hot_sku WHERE sku = 'T-004' AND location = 'ST-B'"))
                     .toLongLong(),
                 available);
        QCOMPARE(bucket(QStringLiteral("available"), QStringLiteral("T-004"), QStringLiteral("ST-B")), available);
        QVERIFY2(state->text().startsWith(u"Hot now: 8 slot"), qPrintable(state->text()));
        QVERIFY(disable->isEnabled());
        QVERIFY(!enable->isEnabled()); // the same slot count: nothing to change
        saveOver(m_window.get(), dialog, QStringLiteral("hotsku-on-1280x800"));

        // A new count re-spreads the units.
        slotCount->setValue(32);
        QVERIFY(enable->isEnabled());
        QVERIFY(enable->text().contains(u"32"));
        QTest::mouseClick(enable, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->slotsNow() == 32, 5000);
        QCOMPARE(hotSlots().toInt(), 32);

        // Off asks first; keeping it hot changes nothing.
        QTest::mouseClick(disable, Qt::LeftButton);
        auto *box = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmDisable"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"32 slot"), qPrintable(box->text()));
        m_window->resize(1920, 1080);
        QTest::qWait(50);
        saveOver(m_window.get(), box, QStringLiteral("hotsku-confirm-1920x1080"));
        box->reject();
        QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("confirmDisable")));
        QCOMPARE(hotSlots().toInt(), 32);
        saveOver(m_window.get(), dialog, QStringLiteral("hotsku-on-1920x1080"));

        QTest::mouseClick(disable, Qt::LeftButton);
        box = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmDisable"));
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->slotsNow() == 0, 5000);
        QVERIFY(hotSlots().isNull());
        QCOMPARE(bucket(QStringLiteral("available"), QStringLiteral("T-004"), QStringLiteral("ST-B")), available);
        QVERIFY(state->text().startsWith(u"Not hot"));
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.verify()")).toBool());
    }

    void theLedgersRefusalIsShown()
    {
        openWindow(QStringLiteral("manager"));
        // A SKU never received at the location has no row to list, so the dialog is opened directly for it.
        QVERIFY(!sql(QStringLiteral("SELECT api.add_sku('T-NEW', 'New lamp', ARRAY['400000000099'])::text")).isNull());
        Ui::HotSkuDialog dialog(m_db->spec(QStringLiteral("manager")), QStringLiteral("T-NEW"), QStringLiteral("ST-B"));
        dialog.show();
        dialog.load();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.slotsNow() == 0, 5000);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("enable")), Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && status->text().contains(u"receive it first"), 5000);
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(u"Nothing was changed"));
        QCOMPARE(dialog.slotsNow(), 0);
        QVERIFY(sql(QStringLiteral("SELECT count(*) = 0 FROM api.hot_sku")).toBool());
        dialog.resize(dialog.sizeHint());
        Tests::saveScreenshot(&dialog, QStringLiteral("hotsku-refused"));
    }

    void otherPersonasSeeItDisabled()
    {
        for (const QString &persona : {QStringLiteral("associate"), QStringLiteral("checkout")}) {
            openWindow(persona);
            m_window->stockView()->selectRow(0);
            auto *action = m_window->findChild<QAction *>(QStringLiteral("actionHotSku"));
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), qPrintable(persona));
            QCOMPARE(action->toolTip(), QStringLiteral("Needs the manager role"));
            m_window.reset();
        }
    }
};

QTEST_MAIN(TestHotSkuDialog)
#include "tst_hotskudialog.moc"
