#include "screenshot.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <connection/session.h>
#include <counts/countreviewdialog.h>
#include <counts/countreviewmodel.h>
#include <counts/countscreen.h>
#include <counts/countsessionmodel.h>
#include <counts/countsview.h>
#include <guifixture.h>
#include <ledger/demoseeder.h>
#include <mainwindow.h>
#include <operations/operationdialog.h>
#include <orders/allocationdialog.h>
#include <orders/orderboardview.h>
#include <orders/orderdetaildialog.h>
#include <orders/ordermodel.h>
#include <orders/ordersview.h>
#include <reservations/reservationmodel.h>
#include <reservations/reservationsview.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>
#include <testdatabase.h>
#include <transfers/transfermodel.h>
#include <transfers/transfersview.h>
#include <workview.h>

using namespace Stockroom;
using Kind = Services::Operation::Kind;

// Every view and form on the demo data at the two window sizes people use (a laptop's 1280×800 and a
// desktop's 1920×1080): each view has rows, and no column header is cut off. With $STOCKROOM_SCREENSHOTS
// set, each is saved as a PNG to look at.
class TestScreens : public QObject
{
    Q_OBJECT

private:
    static void checkHeaders(QTableView *table, const QString &where)
    {
        QHeaderView *header = table->horizontalHeader();
        const QFontMetrics metrics(header->font());
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            const int needed = metrics.horizontalAdvance(title) + 8;
            QVERIFY2(header->sectionSize(column) >= needed,
                     qPrintable(QStringLiteral("%1: the header “%2” is %3 px wide, its title needs %4 px")
                                    .arg(where, title)
                                    .arg(header->sectionSize(column))
                                    .arg(needed)));
        }
    }

private slots:
    void everyViewAndFormAtBothSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::newRow("1280x800") << QSize(1280, 800) << QStringLiteral("en");
        QTest::newRow("1920x1080") << QSize(1920, 1080) << QStringLiteral("en");
        // German's longer words and French's are where headers get cut off first.
        QTest::newRow("1280x800-de") << QSize(1280, 800) << QStringLiteral("de");
        QTest::newRow("1280x800-fr") << QSize(1280, 800) << QStringLiteral("fr");
    }

    void everyViewAndFormAtBothSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QTranslator translator;
        const QLocale locale(language);
        if (language != u"en") {
            QVERIFY(translator.load(locale, QStringLiteral("stockroom"), QStringLiteral("_"),
                                    qEnvironmentVariable("STOCKROOM_TRANSLATIONS")));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::c());
        });
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        {
            Services::Session session(db.spec());
            auto seeded = Services::DemoSeeder(session).seed();
            QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        }
        QTemporaryDir dir;
        Ui::MainWindow window(db.spec(QStringLiteral("manager")),
                              Ui::MainWindow::Options{dir.filePath(QStringLiteral("journal.json"))});
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.stockModel()->rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.permissions().known, 10000);
        const QString suffix = u'-' + QString::fromLatin1(QTest::currentDataTag());

        window.stockView()->selectRow(2);
        QTRY_VERIFY_WITH_TIMEOUT(window.movementModel()->rowCount() > 0, 5000);
        QTest::qWait(100);
        checkHeaders(window.stockView(), QStringLiteral("stock"));
        Tests::saveScreenshot(&window, QStringLiteral("view-stock") + suffix);

        window.showView(window.transfersPage());
        QTRY_VERIFY_WITH_TIMEOUT(window.transfersPage()->model()->rowCount() > 0, 10000);
        window.transfersPage()->table()->selectRow(0);
        checkHeaders(window.transfersPage()->table(), QStringLiteral("transfers"));
        Tests::saveScreenshot(&window, QStringLiteral("view-transfers") + suffix);

        window.showView(window.reservationsPage());
        QTRY_VERIFY_WITH_TIMEOUT(window.reservationsPage()->model()->rowCount() > 0, 10000);
        checkHeaders(window.reservationsPage()->table(), QStringLiteral("reservations"));
        Tests::saveScreenshot(&window, QStringLiteral("view-reservations") + suffix);

        window.showView(window.ordersPage());
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersPage()->model()->rowCount() > 0, 10000);
        checkHeaders(window.ordersPage()->table(), QStringLiteral("orders"));
        Tests::saveScreenshot(&window, QStringLiteral("view-orders") + suffix);

        window.showView(window.orderBoard());
        QTest::qWait(500); // the board's counts arrive
        Tests::saveScreenshot(&window, QStringLiteral("view-orderboard") + suffix);

        // An order shipped in part, and one still waiting for its allocation.
        const auto refOf = [&db](const QString &where) {
            return Tests::scalar(db.spec(), QStringLiteral("SELECT ref || '/' || channel FROM api.orders WHERE ") +
                                                where + QStringLiteral(" ORDER BY id LIMIT 1"))
                .toString()
                .split(u'/');
        };
        const QStringList split = refOf(QStringLiteral("state = 'partially_shipped'"));
        QCOMPARE(split.size(), 2);
        Ui::OrderDetailDialog *detail = window.ordersPage()->openOrder(split.at(0), split.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isLoading() && !detail->order().isEmpty(), 10000);
        detail->resize(size.width() * 9 / 10, size.height() * 9 / 10);
        QTest::qWait(100);
        Tests::saveScreenshot(detail, QStringLiteral("dialog-order") + suffix);
        detail->close();

        const QStringList waiting = refOf(QStringLiteral("state = 'created'"));
        QCOMPARE(waiting.size(), 2);
        Ui::AllocationDialog allocation(db.spec(QStringLiteral("manager")), waiting.at(0), waiting.at(1), &window);
        allocation.resize(size.width() * 9 / 10, size.height() * 9 / 10);
        allocation.show();
        QTest::qWait(1500); // the preview arrives
        Tests::saveScreenshot(&allocation, QStringLiteral("dialog-allocation") + suffix);
        allocation.close();

        // Counts: the demo has no sessions, so two are made as the superuser at the first store: one being
        // counted (three counts in), one submitted for review (within tolerance, over it, short of reserved).
        {
            Services::Session session(db.spec());
            // One statement at a time, so that a refusal is reported where it happens.
            const QStringList statements = {
                QStringLiteral(R"sql(
CREATE TEMP TABLE shot_skus AS
    SELECT s.sku, s.on_hand, s.location, row_number() OVER (ORDER BY s.sku) AS n FROM api.stock s
     WHERE s.location = (SELECT code FROM api.locations WHERE kind = 'store' ORDER BY code LIMIT 1) AND s.on_hand > 5
     ORDER BY s.sku LIMIT 24)sql"),
                QStringLiteral(R"sql(
SELECT api.count_session_create(min(location), array_agg(sku) FILTER (WHERE n <= 12), NULL, false, true, NULL,
                                'Front of store, then the back room', 'shot-1') FROM shot_skus)sql"),
                QStringLiteral(R"sql(
SELECT api.count_session_create(min(location), array_agg(sku) FILTER (WHERE n > 12), NULL, false, true, NULL,
                                NULL, 'shot-2') FROM shot_skus)sql"),
                QStringLiteral(R"sql(
SELECT count(api.count_record(1, sku, on_hand, 'Front', 'till-2', NULL, 'shot-r' || n)) FROM shot_skus WHERE n <= 3)sql"),
                QStringLiteral(R"sql(
SELECT count(api.count_record(2, sku, greatest(0, on_hand + (ARRAY[0, -1, 1, 2, -9, 14, 0, -2, 30, 0, 1, -1])[n - 12]),
                              CASE WHEN n % 2 = 0 THEN 'Bay 1' ELSE 'Bay 2' END, 'handheld-1', NULL, 'shot-s' || n))
  FROM shot_skus WHERE n > 12)sql"),
                QStringLiteral("SELECT api.count_submit(2, false, 'shot-submit')"),
                QStringLiteral(R"sql(
SELECT count(api.reserve(sku, location, on_hand, 3600, 'store', NULL, 'shot-h' || n)) FROM shot_skus
 WHERE n IN (14, 20))sql"),
            };
            for (const QString &statement : statements) {
                auto made = session.execScript(statement);
                QVERIFY2(made, qPrintable(made.errorMessage() + statement));
            }
        }
        Ui::CountsView *counts = window.countsPage();
        window.showView(counts);
        QTRY_VERIFY_WITH_TIMEOUT(counts->model()->rowCount() == 2, 10000);
        counts->selectSession(1);
        checkHeaders(counts->table(), QStringLiteral("counts"));
        Tests::saveScreenshot(&window, QStringLiteral("view-counts") + suffix);
        Ui::CountScreen *screen = counts->openCount(1);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isLoading() && !screen->sheet().isEmpty(), 10000);
        screen->resize(qMin(size.width() * 7 / 10, 1000), size.height() * 9 / 10);
        screen->areaField()->setText(QStringLiteral("Front"));
        const QJsonArray sheetLines = screen->sheet().value(u"lines").toArray();
        for (int i = 3; i < 6; ++i) {
            const QString barcode = sheetLines.at(i)[u"barcodes"].toArray().at(0).toString();
            QTest::keyClicks(screen->scanField(), barcode);
            QTest::keyClick(screen->scanField(), Qt::Key_Return);
            if (i < 5) {
                QTest::keyClicks(screen->quantityField(), QString::number(4 + i));
                QTest::keyClick(screen->quantityField(), Qt::Key_Return);
            }
        }
        QTest::qWait(1000); // the counts reach the ledger
        Tests::saveScreenshot(screen, QStringLiteral("screen-count") + suffix);
        screen->close();
        Ui::CountReviewDialog *review = counts->openReview(2);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && review->model()->rowCount() == 12, 10000);
        review->resize(size.width() * 9 / 10, size.height() * 9 / 10);
        review->selectSkus({review->model()->lineAt(1).value(u"sku").toString()});
        QTest::qWait(100);
        checkHeaders(review->table(), QStringLiteral("count review"));
        Tests::saveScreenshot(review, QStringLiteral("screen-count-review") + suffix);
        review->close();

        window.showView(window.stockPage());
        for (const Kind kind :
             {Kind::Receive, Kind::Return, Kind::Count, Kind::Adjust, Kind::TransferShip, Kind::TransferReceive}) {
            Ui::OperationDialog *dialog = window.openOperation(kind);
            QVERIFY(dialog->isVisible());
            QTest::qWait(200); // the SKU's buckets arrive
            Tests::saveScreenshot(dialog, QStringLiteral("form-") + Services::Operation::kindName(kind) + suffix);
            dialog->close();
        }
    }
};

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
