// The supervisors' dashboard in the main window against a real database seeded with tests/support/dashboardtest.h:
// a supervisor sees the figures, a manager sees why there are none, clicking a bar or a calendar day opens the lines
// behind it, the filters read again, an adjustment made elsewhere while the dashboard is open reaches the chart, and
// the dashboard and a chart export to PNG and PDF.

#include "screenshot.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <dashboardtest.h>
#include <mainwindow.h>
#include <reconcile/accuracycard.h>
#include <reconcile/accuracymodel.h>
#include <reconcile/calendarcard.h>
#include <reconcile/calendarheatmap.h>
#include <reconcile/chartcard.h>
#include <reconcile/countdaymodel.h>
#include <reconcile/dashboardfilterbar.h>
#include <reconcile/dashboardlinesmodel.h>
#include <reconcile/dashboardview.h>
#include <reconcile/discrepancycard.h>
#include <reconcile/discrepancymodel.h>
#include <reconcile/drilldowndialog.h>
#include <reconcile/shrinkagecard.h>
#include <reconcile/shrinkagemodel.h>
#include <reconcile/snapshotcard.h>
#include <reconcile/snapshotmodel.h>
#include <reconcile/variancecard.h>
#include <reconcile/variancemodel.h>
#include <stock/stockview.h>
#include <windowfixture.h>

using namespace Stockroom;
using Ui::DashboardView;

class TestDashboard : public QObject, Tests::WindowFixture
{
    Q_OBJECT

    DashboardView *showDashboard(const QString &persona)
    {
        openWindow(persona, QSize(1280, 800));
        if (QTest::currentTestFailed())
            return nullptr;
        m_window->findChild<QAction *>(QStringLiteral("actionShowdashboard"))->trigger();
        DashboardView *view = m_window->dashboardPage();
        if (m_window->currentView() != view)
            return nullptr;
        if (!QTest::qWaitFor([view] { return !view->isLoading() && (view->isDenied() || view->summary().size()); },
                             15000))
            return nullptr;
        return view;
    }

    static bool settled(DashboardView *view)
    {
        return QTest::qWaitFor([view] { return !view->isLoading(); }, 15000);
    }

    template <typename Model>
    static Model *modelOf(Ui::ChartCard *card)
    {
        return qobject_cast<Model *>(card->model());
    }

    // Clicks where a chart draws value at x in series' coordinates.
    static void clickChart(Ui::ChartCard *card, QAbstractSeries *series, QPointF value)
    {
        auto *view = card->findChild<QChartView *>(QStringLiteral("cardChart"));
        QChart *chart = view->chart();
        const QPointF inChart = chart->mapToPosition(value, series);
        const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseMove(view->viewport(), at);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        if (QTest::currentTestFailed())
            return;
        auto seeded = Tests::seedDashboardLedger(m_db->spec());
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
    }
    void cleanup() { tearDown(); }

    void supervisorSeesTheFigures()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        QVERIFY(!view->isDenied());
        for (Ui::ChartCard *card : view->cards())
            QVERIFY2(card->isShowingChart(), qPrintable(card->title() + QStringLiteral(": ") + card->emptyText()));
        // Everywhere, 3 counted lines decided or submitted, 2 within tolerance.
        auto *accuracy = modelOf<Models::AccuracyModel>(view->accuracyCard());
        QCOMPARE(accuracy->counted(), 3);
        QCOMPARE(accuracy->accuracy(), 66.7);
        QVERIFY2(view->accuracyCard()->headline().contains(QLocale().toString(66.7, 'f', 1)),
                 qPrintable(view->accuracyCard()->headline()));
        auto *variance = modelOf<Models::VarianceModel>(view->varianceCard());
        QCOMPARE(variance->rowCount(), 5);
        QCOMPARE(variance->reasonAt(0).reason, QStringLiteral("cycle count"));
        QCOMPARE(variance->units(), 60);
        // The bars are the model's rows, largest first.
        QCOMPARE(view->varianceCard()->bars()->barSets().size(), 1);
        QCOMPARE(view->varianceCard()->bars()->barSets().at(0)->at(0), 50.0);
        auto *shrinkage = modelOf<Models::ShrinkageModel>(view->shrinkageCard());
        QCOMPARE(shrinkage->lost(), 57);
        QCOMPARE(shrinkage->sold(), 15);
        QCOMPARE(modelOf<Models::DiscrepancyModel>(view->discrepancyCard())->open(), 3);
        QCOMPARE(modelOf<Models::SnapshotModel>(view->snapshotCard())->snapshot(), 1);
        QVERIFY(view->snapshotCard()->headline().contains(QStringLiteral("ERP")));
        QCOMPARE(modelOf<Models::CountDayModel>(view->calendarCard())->rowCount(), 2);
        QVERIFY2(view->summary().contains(QStringLiteral("accuracy")), qPrintable(view->summary()));

        // Units or value: the bars follow, the value of C's find (no unit cost) is said to be missing.
        view->varianceCard()->valueButton()->click();
        QCOMPARE(variance->measure(), Models::VarianceModel::Measure::Value);
        QCOMPARE(view->varianceCard()->bars()->barSets().at(0)->at(0), 125.0);
        QVERIFY2(view->varianceCard()->headline().contains(QStringLiteral("without a unit cost")),
                 qPrintable(view->varianceCard()->headline()));
        Tests::saveScreenshot(m_window.get(), QStringLiteral("dashboard-supervisor"));
    }

    void managerSeesWhyThereIsNothing()
    {
        DashboardView *view = showDashboard(QStringLiteral("manager"));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->isDenied(), 10000);
        QTRY_VERIFY(view->deniedState()->isVisible());
        const QString text = view->deniedState()->text();
        QVERIFY2(text.contains(QStringLiteral("supervisor role")), qPrintable(text));
        QTRY_VERIFY2(view->deniedState()->text().contains(QStringLiteral("manager")),
                     qPrintable(view->deniedState()->text()));
        QVERIFY(!view->filters()->isVisible());
        Tests::saveScreenshot(m_window.get(), QStringLiteral("dashboard-manager"));
    }

    void clickingABarOpensItsLines()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        Ui::VarianceCard *card = view->varianceCard();
        // The largest bar: the count's variance of B.
        clickChart(card, card->bars(), QPointF(0, 25));
        auto *dialog = view->findChild<Ui::DrillDownDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lines()->isLoading() && dialog->lines()->rowCount() == 1, 10000);
        QCOMPARE(dialog->lines()->rawValue(0, QStringLiteral("sku")).toString(), QStringLiteral("B"));
        QCOMPARE(dialog->lines()->rawValue(0, QStringLiteral("quantity")).toLongLong(), -50);
        QVERIFY2(dialog->what().contains(QStringLiteral("Cycle count")), qPrintable(dialog->what()));
        // The figures are the chart's own rows; the keyboard chooses another and its lines follow.
        QCOMPARE(dialog->figuresTable()->model()->rowCount(), 5);
        QCOMPARE(dialog->figuresTable()->selectionModel()->selectedRows().size(), 1);
        dialog->figuresTable()->setFocus();
        auto *variance = modelOf<Models::VarianceModel>(card);
        int lost = -1;
        for (int row = 0; row < variance->rowCount(); ++row)
            if (variance->reasonAt(row).reason == u"lost")
                lost = row;
        QVERIFY(lost >= 0);
        dialog->figuresTable()->selectRow(lost); // sorted as the model: proxy row = model row
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->lines()->isLoading() &&
                                     dialog->lines()->rawValue(0, QStringLiteral("reason")).toString() == u"lost",
                                 10000);
        QCOMPARE(dialog->lines()->rowCount(), 1); // 3 lost in range; the 7 lost 40 days ago are not
        Tests::saveScreenshot(dialog, QStringLiteral("dashboard-drilldown"));
        dialog->close();

        // A segment of the stacked bars: the counted line to decide, a day old.
        Ui::DiscrepancyCard *open = view->discrepancyCard();
        clickChart(open, open->bars(), QPointF(1, 2.5)); // 2 snapshot variances under 1 count pending
        auto *discrepancies =
            qobject_cast<Ui::DrillDownDialog *>(view->findChildren<Ui::DrillDownDialog *>().constLast());
        QVERIFY(discrepancies);
        QTRY_VERIFY_WITH_TIMEOUT(!discrepancies->lines()->isLoading() && discrepancies->lines()->rowCount() == 1,
                                 10000);
        QCOMPARE(discrepancies->lines()->rawValue(0, QStringLiteral("kind")).toString(),
                 QStringLiteral("count_pending"));
        discrepancies->close();

        // A day of the calendar: its three counts.
        Ui::CalendarHeatMap *map = view->calendarCard()->heatMap();
        const QRect cell = map->cellRect(QDate::currentDate().addDays(-3));
        QVERIFY(cell.isValid());
        QTest::mouseClick(map, Qt::LeftButton, {}, cell.center());
        auto *day = view->findChildren<Ui::DrillDownDialog *>().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(!day->lines()->isLoading() && day->lines()->rowCount() == 3, 10000);
        // And by keyboard: the day before has none.
        map->setFocus();
        QTest::keyClick(map, Qt::Key_Up);
        QCOMPARE(map->currentDay(), QDate::currentDate().addDays(-4));
        QTest::keyClick(map, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!day->lines()->isLoading() && day->lines()->rowCount() == 0, 10000);
    }

    void filtersReadAgain()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        auto *accuracy = modelOf<Models::AccuracyModel>(view->accuracyCard());
        auto *variance = modelOf<Models::VarianceModel>(view->varianceCard());
        QTRY_VERIFY(view->filters()->locationBox()->findData(QStringLiteral("S1")) > 0);
        view->filters()->setLocation(QStringLiteral("S1"));
        QVERIFY(settled(view));
        QTRY_COMPARE_WITH_TIMEOUT(accuracy->filter().location, QStringLiteral("S1"), 10000);
        QVERIFY(settled(view));
        QCOMPARE(accuracy->accuracy(), 50.0); // one line within tolerance, one not
        QCOMPARE(variance->rowCount(), 4);    // no theft at S1

        // A region narrows the locations it offers.
        view->filters()->setRegion(QStringLiteral("South"));
        QTRY_COMPARE_WITH_TIMEOUT(variance->filter().region, QStringLiteral("South"), 10000);
        QCOMPARE(view->filters()->locationBox()->findData(QStringLiteral("S1")), -1);
        QVERIFY(settled(view));
        QCOMPARE(variance->rowCount(), 1);
        QCOMPARE(variance->reasonAt(0).reason, QStringLiteral("theft"));

        // A year reaches the loss of 40 days ago.
        view->filters()->setRegion({});
        view->filters()->setRange(Ui::DashboardFilterBar::Last365Days);
        QTRY_COMPARE_WITH_TIMEOUT(variance->filter().from, QDate::currentDate().addDays(-364), 10000);
        QVERIFY(settled(view));
        qint64 lost = 0;
        for (int row = 0; row < variance->rowCount(); ++row)
            if (variance->reasonAt(row).reason == u"lost")
                lost = variance->reasonAt(row).unitsAbs;
        QCOMPARE(lost, 10);
        QCOMPARE(accuracy->filter().period(), Services::DashboardFilter::Period::Month);

        // A range without anything: each chart says why it is empty.
        view->filters()->setDates(QDate::currentDate().addDays(-200), QDate::currentDate().addDays(-100));
        QTRY_COMPARE_WITH_TIMEOUT(accuracy->filter().to, QDate::currentDate().addDays(-100), 10000);
        QVERIFY(settled(view));
        QVERIFY2(view->accuracyCard()->emptyText().contains(QStringLiteral("No counted lines")),
                 qPrintable(view->accuracyCard()->emptyText()));
        QVERIFY(view->varianceCard()->emptyText().contains(QStringLiteral("No adjustments")));
        QVERIFY(view->calendarCard()->emptyText().contains(QStringLiteral("No counts")));
        // Not in time: what is open now, and the snapshot.
        QVERIFY(view->discrepancyCard()->isShowingChart());
        QVERIFY(view->snapshotCard()->isShowingChart());
        Tests::saveScreenshot(view->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"))->widget(),
                              QStringLiteral("dashboard-empty-range"));

        // The filters are kept between runs, the location chosen once the locations arrive.
        view->filters()->setRange(Ui::DashboardFilterBar::Last90Days);
        view->filters()->setLocation(QStringLiteral("S2"));
        QSettings settings(m_dir->filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
        view->saveLayout(settings);
        Ui::DashboardFilterBar restored;
        restored.restore(settings);
        restored.setLocations({{QStringLiteral("S1"), QStringLiteral("Store one"), QStringLiteral("North")},
                               {QStringLiteral("S2"), QStringLiteral("Store two"), QStringLiteral("South")}});
        QCOMPARE(restored.filter().location, QStringLiteral("S2"));
        QCOMPARE(restored.filter().from, QDate::currentDate().addDays(-89));
    }

    void aChangeElsewhereReachesTheChart()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        auto *variance = modelOf<Models::VarianceModel>(view->varianceCard());
        const qint64 before = variance->units();
        const int reloads = view->liveReloads();
        // Another workstation books a theft, then two more in quick succession.
        for (int i = 0; i < 3; ++i)
            QVERIFY(sql(QStringLiteral("SELECT api.adjust('A', 'S1', -2, 'theft', NULL, ?)::text"),
                        {QStringLiteral("live-%1").arg(i)})
                        .toString()
                        .contains(QStringLiteral("on_hand")));
        // Up to a minute: the events wait for the outbox horizon, which another test's open transaction holds back
        // under a parallel run.
        QTRY_COMPARE_WITH_TIMEOUT(variance->units(), before + 6, 60000);
        // At most once a second: three changes are not three reads of each chart.
        QVERIFY2(view->liveReloads() - reloads <= 2 * 4, qPrintable(QString::number(view->liveReloads() - reloads)));

        // Off screen the dashboard waits, and reads what changed when it comes back.
        m_window->showView(m_window->stockPage());
        const int offScreen = view->liveReloads();
        QVERIFY(sql(QStringLiteral("SELECT api.adjust('A', 'S2', -1, 'lost', NULL, 'live-off')::text")).isValid());
        QTest::qWait(2 * DashboardView::RefreshMs + 500);
        QCOMPARE(view->liveReloads(), offScreen);
        m_window->showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(variance->units(), before + 7, 60000);
    }

    void aNewSnapshotArrivesAndAnOlderOneCanBeChosen()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        auto *snapshot = modelOf<Models::SnapshotModel>(view->snapshotCard());
        QCOMPARE(snapshot->snapshot(), 1);
        QVERIFY(!view->snapshotCard()->chooser()->isVisible()); // one snapshot: nothing to choose
        // Another import elsewhere, S1's stock as the ERP has it: the dashboard shows the newest.
        for (const QString &statement :
             {QStringLiteral("SELECT api.snapshot_begin('ERP', now() - interval '1 minute', 'erp-2.csv', 2, 'snap-2')"),
              QStringLiteral("SELECT api.snapshot_load(2, '{1,2}', '{A,B}', '{S1,S1}', '{on_hand,on_hand}', '{0,0}')"),
              QStringLiteral("SELECT api.snapshot_classify(2, interval '15 minutes')")})
            QVERIFY2(sql(statement).isValid(), qPrintable(statement));
        // Live: the event reaches the listener once no older transaction is open on the server, which under a
        // parallel test run can be another test's for many seconds.
        QTRY_COMPARE_WITH_TIMEOUT(snapshot->snapshot(), 2, 60000);
        QCOMPARE(snapshot->linesOf(QStringLiteral("variance")), 3); // A and B none, C not in the file
        QTRY_VERIFY(view->snapshotCard()->chooser()->isVisible());
        QCOMPARE(view->snapshotCard()->chooser()->count(), 2);
        // The older one, by the chooser beside the title.
        QComboBox *chooser = view->snapshotCard()->chooser();
        chooser->setCurrentIndex(chooser->findData(qint64(1)));
        Q_EMIT chooser->activated(chooser->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(snapshot->snapshot(), 1, 10000);
        QCOMPARE(snapshot->linesOf(QStringLiteral("unknown")), 1);
    }

    void exportsPngAndPdf()
    {
        DashboardView *view = showDashboard(QStringLiteral("supervisor"));
        QVERIFY(view);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("dashboard.png"));
        const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
        const QString cardPng = dir.filePath(QStringLiteral("accuracy.png"));
        const QString cardPdf = dir.filePath(QStringLiteral("accuracy.pdf"));
        QCOMPARE(view->exportTo(png), QString());
        QCOMPARE(view->exportTo(pdf), QString());
        QCOMPARE(view->exportTo(cardPng, view->accuracyCard()), QString());
        QCOMPARE(view->exportTo(cardPdf, view->accuracyCard()), QString());
        const QImage whole(png);
        QVERIFY(!whole.isNull());
        QVERIFY(whole.height() > whole.width() / 2); // every card, not only those on screen
        QVERIFY(!QImage(cardPng).isNull());
        for (const QString &path : {pdf, cardPdf}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.size() > 2000);
            QVERIFY(file.read(5) == "%PDF-");
        }
        QVERIFY(!view->exportTo(dir.filePath(QStringLiteral("dashboard.txt"))).isEmpty());
        // The buttons are back after exporting.
        QVERIFY(view->accuracyCard()->linesButton()->isVisible());
        Tests::saveScreenshot(view, QStringLiteral("dashboard-after-export"));
        if (const QString shots = qEnvironmentVariable("STOCKROOM_SCREENSHOTS"); !shots.isEmpty()) {
            QFile::copy(png, shots + QStringLiteral("/dashboard-export.png"));
            QFile::copy(pdf, shots + QStringLiteral("/dashboard-export.pdf"));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
