#include "screenshot.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollArea>
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
#include <reconcile/accuracycard.h>
#include <reconcile/chartcard.h>
#include <reconcile/dashboardfilterbar.h>
#include <reconcile/dashboardlinesmodel.h>
#include <reconcile/dashboardmodel.h>
#include <reconcile/dashboardview.h>
#include <reconcile/drilldowndialog.h>
#include <reconcile/variancecard.h>
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

        // The dashboard: the manager's window is told it is a supervisor's. For a supervisor's, four weeks of cycle
        // counts at three stores are made on the ledger's clock (some lines out of tolerance, left for a recount),
        // and an ERP snapshot of the first distribution centre taken two hours ago, with a receipt just after it
        // (timing), damaged stock counted as on hand (bucket), a few true differences and two lines the ledger does
        // not know; with the demo's adjustments and sales and the count in review above, every chart has figures.
        window.showView(window.dashboardPage());
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardPage()->isDenied(), 10000);
        QTest::qWait(100);
        Tests::saveScreenshot(&window, QStringLiteral("view-dashboard-manager") + suffix);
        {
            Services::Session session(db.spec());
            const QStringList statements = {
                QStringLiteral(R"sql(
DO $$
DECLARE
    v_store text;
    v_day integer;
    v_session bigint;
    v_n integer := 0;
    v_i integer;
    v_row record;
BEGIN
    FOR v_day IN SELECT generate_series(28, 1, -3) LOOP
        FOR v_store IN SELECT code FROM api.locations WHERE kind = 'store' ORDER BY code OFFSET 1 LIMIT 3 LOOP
            v_n := v_n + 1;
            PERFORM set_config('stockroom.seed_at', (date_trunc('day', now()) - v_day * interval '1 day'
                                                     + interval '9 hours' + v_n * interval '7 minutes')::text, false);
            v_session := (api.count_session_create(v_store,
                              ARRAY(SELECT sku FROM api.stock WHERE location = v_store AND on_hand > 2
                                     ORDER BY sku OFFSET v_n * 6 LIMIT 6),
                              NULL, false, true, NULL, 'shot history', 'shot-history-' || v_n) ->> 'session')::bigint;
            v_i := 0;
            FOR v_row IN SELECT s.sku, s.on_hand FROM api.stock s
                          WHERE s.location = v_store AND s.on_hand > 2 ORDER BY s.sku OFFSET v_n * 6 LIMIT 6 LOOP
                v_i := v_i + 1;
                PERFORM api.count_record(v_session, v_row.sku, greatest(0, v_row.on_hand
                            + (ARRAY[0, 0, 0, 0, -1, 0, 1, 0, 0, -2, 0, 0, 0, -6, 0, 0, 0, 0, 3])[1 + (v_n * 6 + v_i) % 19]),
                        'Aisle ' || v_i, 'handheld-3', NULL, 'shot-history-' || v_n || '-' || v_i);
            END LOOP;
            PERFORM api.count_submit(v_session, false, 'shot-history-submit-' || v_n);
            PERFORM api.count_approve(v_session, NULL, false, false, 'cycle count', 'shot-history-approve-' || v_n);
        END LOOP;
    END LOOP;
END $$)sql"),
                QStringLiteral(R"sql(
SELECT api.reconcile_source_set('ERP', '{"sku": "Item", "location": "Site", "quantity": "Qty"}',
                                '{"default": "erp", "store": "ledger"}', 'shot-source'))sql"),
                QStringLiteral(R"sql(
SELECT set_config('stockroom.seed_at', (now() - interval '115 minutes')::text, false),
       api.receive((SELECT sku FROM api.stock WHERE location = (SELECT code FROM api.locations WHERE kind = 'warehouse'
                                                                 ORDER BY code LIMIT 1) ORDER BY sku LIMIT 1),
                   (SELECT code FROM api.locations WHERE kind = 'warehouse' ORDER BY code LIMIT 1), 12, 'PO-late',
                   'shot-late-receipt'))sql"),
                QStringLiteral("SELECT set_config('stockroom.seed_at', '', false)"),
                QStringLiteral(R"sql(
CREATE TEMP TABLE shot_snapshot AS
    SELECT row_number() OVER (ORDER BY s.sku)::integer AS n, s.sku, s.location,
           CASE WHEN s.damaged > 0 THEN s.on_hand + s.damaged
                WHEN row_number() OVER (ORDER BY s.sku) % 97 = 5 THEN greatest(0, s.on_hand - 4)
                WHEN row_number() OVER (ORDER BY s.sku) % 131 = 7 THEN s.on_hand + 2
                ELSE s.on_hand END AS quantity
      FROM api.stock s WHERE s.location = (SELECT code FROM api.locations WHERE kind = 'warehouse' ORDER BY code LIMIT 1)
    UNION ALL SELECT 100000 + i, 'ZZ-' || i, 'WH-OLD', 5 FROM generate_series(1, 2) i)sql"),
                QStringLiteral(R"sql(
SELECT set_config('shot.snapshot', api.snapshot_begin('ERP', now() - interval '2 hours', 'erp-stock.csv',
                                                      (SELECT count(*)::integer FROM shot_snapshot), 'shot-snapshot')
                                   ->> 'snapshot', false))sql"),
                QStringLiteral(R"sql(
SELECT api.snapshot_load(current_setting('shot.snapshot')::bigint, array_agg(r ORDER BY r), array_agg(sku ORDER BY r),
                         array_agg(location ORDER BY r), array_agg('on_hand'::text ORDER BY r),
                         array_agg(quantity ORDER BY r))
  FROM (SELECT row_number() OVER (ORDER BY n)::integer AS r, sku, location, quantity FROM shot_snapshot) x)sql"),
                QStringLiteral(
                    "SELECT api.snapshot_classify(current_setting('shot.snapshot')::bigint, interval '15 minutes')"),
            };
            for (const QString &statement : statements) {
                auto made = session.execScript(statement);
                QVERIFY2(made, qPrintable(made.errorMessage() + statement));
            }
        }
        {
            Ui::MainWindow supervisor(
                db.spec(QStringLiteral("supervisor")),
                Ui::MainWindow::Options{dir.filePath(QStringLiteral("journal-supervisor.json")), 0});
            supervisor.resize(size);
            supervisor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&supervisor));
            Ui::DashboardView *dashboard = supervisor.dashboardPage();
            supervisor.showView(dashboard);
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading() && !dashboard->summary().isEmpty(), 30000);
            for (Ui::ChartCard *card : dashboard->cards())
                QVERIFY2(card->isShowingChart(), qPrintable(card->title() + QStringLiteral(": ") + card->emptyText()));
            QTest::qWait(200);
            Tests::saveScreenshot(&supervisor, QStringLiteral("view-dashboard") + suffix);
            auto *grid = dashboard->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"))->widget();
            Tests::saveScreenshot(grid, QStringLiteral("view-dashboard-all") + suffix);
            // The lines behind the largest reason.
            Ui::ChartCard *variance = dashboard->varianceCard();
            Ui::DrillDownDialog *lines = dashboard->openLines(variance, 0, variance->model()->linesFor(0));
            lines->resize(size.width() * 8 / 10, size.height() * 8 / 10);
            QTRY_VERIFY_WITH_TIMEOUT(!lines->lines()->isLoading() && lines->lines()->rowCount() > 0, 10000);
            QTest::qWait(100);
            checkHeaders(lines->figuresTable(), QStringLiteral("dashboard figures"));
            checkHeaders(lines->linesTable(), QStringLiteral("dashboard lines"));
            Tests::saveScreenshot(lines, QStringLiteral("dialog-dashboard-lines") + suffix);
            lines->close();
            // A year: weeks on the time axes, the whole calendar.
            dashboard->filters()->setRange(Ui::DashboardFilterBar::Last365Days);
            QTRY_VERIFY_WITH_TIMEOUT(
                dashboard->accuracyCard()->model()->filter().from == QDate::currentDate().addDays(-364), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 30000);
            QTest::qWait(200);
            Tests::saveScreenshot(grid, QStringLiteral("view-dashboard-year-all") + suffix);
        }

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
