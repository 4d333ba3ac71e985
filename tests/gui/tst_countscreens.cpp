// The count screens against a real database: an associate scans and counts a blind session (three observations,
// pinned, and no expected quantity ever reaches the screen), a supervisor approves within tolerance (the
// count_variance movements exist), an all-or-nothing refusal lists every failing line, and a count typed while
// the server is unreachable is journaled and applied exactly once when it returns.

#include "screenshot.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <connection/session.h>
#include <counts/countplandialog.h>
#include <counts/countreviewdialog.h>
#include <counts/countreviewmodel.h>
#include <counts/countscreen.h>
#include <counts/countsessionmodel.h>
#include <counts/countsview.h>
#include <counts/newcountsessiondialog.h>
#include <ledger/operation.h>
#include <mainwindow.h>
#include <offline/operationqueue.h>
#include <tcpproxy.h>
#include <windowfixture.h>

using namespace Stockroom;
using Kind = Services::Operation::Kind;

namespace {

// A blind session at ST-B over T-001..T-004, as the superuser; its id.
qint64 createSession(const Services::ConnectionSpec &superuser,
                     const QString &skus = QStringLiteral("{T-001,T-002,T-003,T-004}"))
{
    const QVariant id =
        Tests::scalar(superuser,
                      QStringLiteral("SELECT (api.count_session_create('ST-B', ?::text[], NULL, false, true, NULL,"
                                     " 'aisle 3 first', 'create-' || ?)->>'session')::bigint"),
                      {skus, skus});
    if (id.toLongLong() == 0)
        qWarning() << "count session not created:" << id;
    return id.toLongLong();
}

qint64 observations(const Services::ConnectionSpec &superuser, qint64 session)
{
    return Tests::scalar(superuser,
                         QStringLiteral("SELECT count(*) FROM ledger.count_observation WHERE session_id = ?"),
                         {session})
        .toLongLong();
}

// Scan, Enter, type the count, Enter: as a scanner and a thumb would.
void scanAndCount(Ui::CountScreen *screen, const QString &code, const QString &counted)
{
    QTest::keyClicks(screen->scanField(), code);
    QTest::keyClick(screen->scanField(), Qt::Key_Return);
    QTest::keyClicks(screen->quantityField(), counted);
    QTest::keyClick(screen->quantityField(), Qt::Key_Return);
}

} // namespace

class TestCountScreens : public QObject, Tests::WindowFixture
{
    Q_OBJECT

    Ui::CountsView *showCounts(const QString &persona, int sessions)
    {
        openWindow(persona);
        if (QTest::currentTestFailed())
            return nullptr;
        m_window->findChild<QAction *>(QStringLiteral("actionShowcounts"))->trigger();
        Ui::CountsView *view = m_window->countsPage();
        if (!QTest::qWaitFor([view, sessions] { return view->model()->rowCount() == sessions; }, 10000))
            return nullptr;
        return view;
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // The journal keeps a count observation whole: session, SKU, counted, area, device and the pinned position.
    void countObservationSurvivesTheJournal()
    {
        Services::Operation op;
        op.kind = Kind::CountRecord;
        op.key = QStringLiteral("k-1");
        op.session = 7;
        op.sku = QStringLiteral("T-001");
        op.quantity = 12;
        op.area = QStringLiteral("Bay 4");
        op.device = QStringLiteral("handheld-2");
        op.position = 981;
        const auto back = Services::Operation::fromJson(op.toJson());
        QVERIFY(back);
        QCOMPARE(back->kind, Kind::CountRecord);
        QCOMPARE(back->session, 7);
        QCOMPARE(back->sku, op.sku);
        QCOMPARE(back->quantity, 12);
        QCOMPARE(back->area, op.area);
        QCOMPARE(back->device, op.device);
        QCOMPARE(back->position, 981);
        QCOMPARE(Services::Operation::kindName(Kind::CountRecord), QStringLiteral("count_record"));
        QCOMPARE(Services::Permissions::personaFor(Kind::CountRecord), QStringLiteral("associate"));
    }

    void associateScansThreeSkusBlind()
    {
        const qint64 session = createSession(m_db->spec());
        QVERIFY(session > 0);
        Ui::CountsView *view = showCounts(QStringLiteral("associate"), 1);
        QVERIFY(view);
        view->selectSession(session);
        // An associate counts; reviewing shows expected quantities and creating is a manager's: both say why.
        auto *review = view->findChild<QPushButton *>(QStringLiteral("reviewCountSession"));
        auto *count = view->findChild<QPushButton *>(QStringLiteral("countSession"));
        auto *create = view->findChild<QPushButton *>(QStringLiteral("newCountSession"));
        QTRY_VERIFY(count->isEnabled());
        QVERIFY(!review->isEnabled());
        QVERIFY2(review->toolTip().contains(QStringLiteral("manager")), qPrintable(review->toolTip()));
        QVERIFY(!create->isEnabled());
        QVERIFY2(create->toolTip().contains(QStringLiteral("manager")), qPrintable(create->toolTip()));

        count->click();
        auto *screen = view->findChild<Ui::CountScreen *>();
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isLoading() && !screen->sheet().isEmpty(), 10000);
        // What the ledger gave the screen: a blind sheet without a single expected quantity.
        QVERIFY(screen->sheet().value(u"blind").toBool());
        const QJsonArray lines = screen->sheet().value(u"lines").toArray();
        QCOMPARE(lines.size(), 4);
        for (const QJsonValue &line : lines)
            QVERIFY2(!line.toObject().contains(QStringLiteral("expected")), qPrintable(line[u"sku"].toString()));
        QVERIFY(!screen->sheet().contains(QStringLiteral("expected")));
        // Big type for a handheld: at least one and a half times the desktop's.
        QVERIFY(screen->scanField()->font().pointSizeF() >= 1.5 * view->font().pointSizeF());

        // An unknown barcode: said inline, and the field is ready for the next scan.
        QTest::keyClicks(screen->scanField(), QStringLiteral("999999999999"));
        QTest::keyClick(screen->scanField(), Qt::Key_Return);
        auto *found = screen->findChild<QLabel *>(QStringLiteral("countFound"));
        QVERIFY2(found->text().contains(QStringLiteral("not on this count sheet")), qPrintable(found->text()));
        QCOMPARE(screen->scanField()->selectedText(), QStringLiteral("999999999999"));
        QVERIFY(!screen->quantityField()->isEnabled());

        screen->areaField()->setText(QStringLiteral("Aisle 3"));
        QSignalSpy recorded(screen, &Ui::CountScreen::recorded);
        scanAndCount(screen, QStringLiteral("400000000001"), QStringLiteral("7"));
        QCOMPARE(screen->scanField()->text(), QString()); // ready for the next label
        scanAndCount(screen, QStringLiteral("400000000002"), QStringLiteral("0"));
        scanAndCount(screen, QStringLiteral("t-003"), QStringLiteral("15")); // a typed SKU, any case
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 3, 10000);
        QCOMPARE(observations(m_db->spec(), session), 3);
        // Each pinned to the row's newest movement the sheet gave, in the declared area, from this device.
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM ledger.count_observation o WHERE o.session_id = ?"
                               " AND o.area = 'Aisle 3' AND o.device IS NOT NULL AND o.position = ledger.row_position("
                               "o.sku_id, o.location_id)"),
                {session})
                .toLongLong(),
            3);
        QCOMPARE(
            sql(QStringLiteral("SELECT counted FROM ledger.count_observation o JOIN ledger.sku k ON k.id = o.sku_id"
                               " WHERE o.session_id = ? AND k.code = 'T-003'"),
                {session})
                .toLongLong(),
            15);
        auto *progress = screen->findChild<QProgressBar *>(QStringLiteral("countProgress"));
        QCOMPARE(progress->value(), 3);
        QCOMPARE(progress->maximum(), 4);
        QCOMPARE(screen->findChild<QTableWidget *>(QStringLiteral("countRecent"))->rowCount(), 3);
        Tests::saveScreenshot(screen, QStringLiteral("count-screen-associate"));

        // Finishing leaves the uncounted SKU out of a partial count; the session goes to review.
        screen->submitCount(false);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT state FROM api.count_sessions WHERE id = ?"), {session}).toString(),
            QStringLiteral("review"), 10000);
    }

    void supervisorApprovesWithinTolerance()
    {
        const qint64 session = createSession(m_db->spec(), QStringLiteral("{T-004,T-005,T-006}"));
        QVERIFY(session > 0);
        // One short, one over (within class C's ±2 units), one far off (sent for a recount).
        QVERIFY(sql(QStringLiteral(
                        "SELECT count(api.count_record(?, s.sku, s.on_hand + d.delta, '', 'test', NULL, 'r-' || s.sku))"
                        " FROM api.stock s JOIN (VALUES ('T-004', -1), ('T-005', 1), ('T-006', 20)) d (sku, delta)"
                        " ON d.sku = s.sku WHERE s.location = 'ST-B'"),
                    {session})
                    .toLongLong() == 3);
        QVERIFY(sql(QStringLiteral("SELECT api.count_submit(?, false, 'submit-1')"), {session}).isValid());

        Ui::CountsView *view = showCounts(QStringLiteral("supervisor"), 1);
        QVERIFY(view);
        Ui::CountReviewDialog *review = view->openReview(session);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && review->model()->rowCount() == 3, 10000);
        QVERIFY(
            review->review().value(u"lines").toArray().at(0).toObject().contains(QStringLiteral("expected_at_count")));
        auto *within = review->findChild<QPushButton *>(QStringLiteral("approveWithinTolerance"));
        QVERIFY(within->isEnabled());
        // Outside tolerance only: the line waiting for its recount.
        review->findChild<QCheckBox *>(QStringLiteral("outsideToleranceOnly"))->setChecked(true);
        QCOMPARE(review->model()->rowCount(), 1);
        QCOMPARE(review->model()->lineAt(0).value(u"sku").toString(), QStringLiteral("T-006"));
        review->findChild<QCheckBox *>(QStringLiteral("outsideToleranceOnly"))->setChecked(false);
        Tests::saveScreenshot(review, QStringLiteral("count-review-supervisor"));

        QSignalSpy changed(review, &Ui::CountReviewDialog::changed);
        review->approve(std::nullopt, true, false);
        QVERIFY(changed.wait(10000));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'count_variance' AND reference = ?"),
                     {QStringLiteral("count session %1").arg(session)})
                     .toLongLong(),
                 2);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(review->model()->lineAt(0).value(u"state").toString(), QStringLiteral("approved"),
                                  10000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.verify()")).toLongLong(), 0);
    }

    // All or nothing: when lines cannot be applied the refusal names every one, in full, and nothing moved.
    void refusedApprovalListsEveryLine()
    {
        // Enough on hand that a count of zero is outside tolerance.
        QVERIFY(sql(QStringLiteral("SELECT count(api.receive(sku, 'ST-B', 50, 'PO-9', 'more-' || sku))"
                                   " FROM unnest(ARRAY['T-007', 'T-008']) sku"))
                    .toLongLong() == 2);
        const qint64 session = createSession(m_db->spec(), QStringLiteral("{T-007,T-008}"));
        QVERIFY(session > 0);
        QVERIFY(sql(QStringLiteral("SELECT count(api.count_record(?, s.sku, 0, '', 'test', NULL, 'z-' || s.sku))"
                                   " FROM api.stock s WHERE s.location = 'ST-B' AND s.sku IN ('T-007', 'T-008')"),
                    {session})
                    .toLongLong() == 2);
        QVERIFY(sql(QStringLiteral("SELECT api.count_submit(?, false, 'submit-2')"), {session}).isValid());
        // The counts of zero are outside tolerance; a recount by someone else confirms them.
        QVERIFY(sql(QStringLiteral("SELECT count(*) FROM ledger.count_line WHERE session_id = ? AND state = 'recount'"),
                    {session})
                    .toLongLong() == 2);
        Services::Session supervisor(m_db->spec(QStringLiteral("supervisor")), QStringLiteral("recount"));
        for (const char *sku : {"T-007", "T-008"}) {
            auto recorded = supervisor.callJson(
                QStringLiteral("SELECT api.count_record(?, ?, 0, '', 'test', NULL, ?)::text"),
                {QVariant(session), QString::fromLatin1(sku), QString(QStringLiteral("rc-") + QLatin1String(sku))});
            QVERIFY2(recorded, qPrintable(recorded.errorMessage()));
        }
        // Both rows are held in full now: zero on hand would be less than reserved.
        QVERIFY(
            sql(QStringLiteral("SELECT count(api.reserve(s.sku, 'ST-B', s.on_hand, 900, 'store', NULL, 'h-' || s.sku))"
                               " FROM api.stock s WHERE s.location = 'ST-B' AND s.sku IN ('T-007', 'T-008')"))
                .isValid());
        Ui::CountsView *view = showCounts(QStringLiteral("supervisor"), 1);
        QVERIFY(view);
        Ui::CountReviewDialog *review = view->openReview(session);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && review->model()->rowCount() == 2, 10000);
        review->approve(QStringList{QStringLiteral("T-007"), QStringLiteral("T-008")}, false, false);
        auto *errors = review->errors();
        QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), 10000);
        const QString text = errors->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("T-007")) && text.contains(QStringLiteral("T-008")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("release holds")), qPrintable(text));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'count_variance'")).toLongLong(), 0);
        Tests::saveScreenshot(review, QStringLiteral("count-review-refused"));

        // Approving them from the button asks whether to release the holds; releasing lets the counts apply.
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        review->selectSkus({QStringLiteral("T-007"), QStringLiteral("T-008")});
        auto *approve = review->findChild<QPushButton *>(QStringLiteral("approveSelected"));
        QVERIFY(approve->isEnabled());
        bool asked = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons())
                if (button->text() == u"Release holds and approve") {
                    asked = box->informativeText().contains(QStringLiteral("T-007"));
                    Tests::saveScreenshot(box, QStringLiteral("count-review-release-holds"));
                    button->click();
                }
        });
        answer.start();
        QSignalSpy changed(review, &Ui::CountReviewDialog::changed);
        approve->click();
        QVERIFY(changed.wait(10000));
        answer.stop();
        QVERIFY(asked);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'count_variance'")).toLongLong(), 2);
        QCOMPARE(sql(QStringLiteral("SELECT sum(on_hand) FROM api.stock WHERE location = 'ST-B'"
                                    " AND sku IN ('T-007', 'T-008')"))
                     .toLongLong(),
                 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.verify()")).toLongLong(), 0);
    }

    // What to count today: the small ledger was never counted, so every row is due; a manager starts a session for
    // one location's plan in one step, and it is selected in the list.
    void managerStartsTheDaysPlan()
    {
        Ui::CountsView *view = showCounts(QStringLiteral("manager"), 0);
        QVERIFY(view);
        auto *button = view->findChild<QPushButton *>(QStringLiteral("countPlanButton"));
        QTRY_VERIFY(button->isEnabled());
        Ui::CountPlanDialog *plan = view->showPlan();
        QTRY_VERIFY_WITH_TIMEOUT(!plan->isLoading() && !plan->plan().isEmpty(), 10000);
        QVERIFY(plan->plan().value(u"lines").toArray().size() > 0);
        auto *start = plan->findChild<QPushButton *>(QStringLiteral("startPlannedSession"));
        QVERIFY(!start->isEnabled()); // all locations: a session counts one
        auto *location = plan->findChild<QComboBox *>(QStringLiteral("planLocation"));
        location->setCurrentIndex(location->findData(QStringLiteral("ST-C")));
        QTRY_VERIFY_WITH_TIMEOUT(!plan->isLoading() && start->isEnabled(), 10000);
        const qint64 planned = plan->plan().value(u"lines").toArray().size();
        Tests::saveScreenshot(plan, QStringLiteral("count-plan"));
        QSignalSpy started(plan, &Ui::CountPlanDialog::sessionStarted);
        start->click();
        QVERIFY(started.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QCOMPARE(view->model()->rowAt(0).lines, planned);
        QTRY_COMPARE(view->currentSession(), started.first().first().toLongLong());
        QVERIFY(view->findChild<QToolButton *>(QStringLiteral("countSheetButton"))->isEnabled());
    }

    void managerStartsASession()
    {
        Ui::CountsView *view = showCounts(QStringLiteral("manager"), 0);
        QVERIFY(view);
        auto *empty = view->table()->viewport()->findChild<QLabel *>();
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("New session")), qPrintable(empty->text()));
        auto *create = view->findChild<QPushButton *>(QStringLiteral("newCountSession"));
        QTRY_VERIFY(create->isEnabled());
        Ui::NewCountSessionDialog *dialog = view->newSession();
        Services::CountSessionDraft draft;
        draft.location = QStringLiteral("ST-C");
        draft.skus = {QStringLiteral("T-010"), QStringLiteral("NOPE-1")};
        dialog->setDraft(draft);
        QVERIFY(dialog->draft().blind); // blind unless unticked
        Tests::saveScreenshot(dialog, QStringLiteral("count-new-session"));
        // A refusal stays in the form, to be corrected.
        dialog->create();
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("countSessionError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QStringLiteral("NOPE-1")), qPrintable(error->text()));
        draft.skus = {QStringLiteral("T-010"), QStringLiteral("400000000011")};
        dialog->setDraft(draft);
        QSignalSpy created(dialog, &Ui::NewCountSessionDialog::created);
        dialog->create();
        QVERIFY(created.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 10000);
        QCOMPARE(view->model()->rowAt(0).lines, 2);
        QVERIFY(view->model()->rowAt(0).blind);
        QTRY_COMPARE(view->currentSession(), created.first().first().toLongLong());
        // Counted elsewhere (another device): the list follows the outbox, which other tests' open transactions
        // may hold back for a while under load.
        QVERIFY(sql(QStringLiteral("SELECT api.count_record(?, 'T-010', 3, '', 'other', NULL, 'elsewhere')"),
                    {view->currentSession()})
                    .isValid());
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowAt(0).counted, 1, 30000);
        // A manager may read the review, not decide it.
        Ui::CountReviewDialog *review = view->openReview(view->currentSession());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && review->model()->rowCount() == 2, 10000);
        QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("approveWithinTolerance"))->isEnabled());
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("countReviewWhy"))
                    ->text()
                    .contains(QStringLiteral("supervisor")));
    }

    void countTypedOfflineIsJournaledAndAppliedOnce()
    {
        const qint64 session = createSession(m_db->spec());
        QVERIFY(session > 0);
        const Services::ConnectionSpec direct = m_db->spec(QStringLiteral("associate"));
        Tests::TcpProxy proxy(direct.host, quint16(direct.port));
        QVERIFY(proxy.start());
        Services::ConnectionSpec viaProxy = direct;
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy.port();
        m_window = std::make_unique<Ui::MainWindow>(
            viaProxy, Ui::MainWindow::Options{m_dir->filePath(QStringLiteral("journal.json"))});
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->permissions().known, 10000);
        Ui::CountsView *view = m_window->countsPage();
        m_window->showView(view);
        Ui::CountScreen *screen = view->openCount(session);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isLoading() && !screen->sheet().isEmpty(), 10000);
        const qint64 pinned = screen->sheet().value(u"lines").toArray().at(0)[u"position"].toInteger();

        proxy.cut();
        QSignalSpy queued(m_window->operations(), &Services::OperationQueue::queued);
        scanAndCount(screen, QStringLiteral("400000000001"), QStringLiteral("9"));
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 15000);
        const auto op = queued.first().first().value<Services::Operation>();
        QCOMPARE(op.kind, Kind::CountRecord);
        QCOMPARE(op.position, pinned);
        QCOMPARE(m_window->operations()->journaled(), 1);
        QCOMPARE(observations(m_db->spec(), session), 0);
        auto *recent = screen->findChild<QTableWidget *>(QStringLiteral("countRecent"));
        QVERIFY2(recent->item(0, recent->columnCount() - 1)->text().contains(QStringLiteral("offline")),
                 qPrintable(recent->item(0, recent->columnCount() - 1)->text()));
        QCOMPARE(screen->findChild<QProgressBar *>(QStringLiteral("countProgress"))->value(), 1);
        Tests::saveScreenshot(screen, QStringLiteral("count-screen-offline"));

        // Stock moves meanwhile: the count stays pinned to what the counter saw.
        QVERIFY(sql(QStringLiteral("SELECT api.receive('T-001', 'ST-B', 5, 'PO-2', 'late-receipt')")).isValid());
        QSignalSpy replayed(m_window->operations(), &Services::OperationQueue::replayFinished);
        QVERIFY(proxy.restore());
        QVERIFY(replayed.wait(20000));
        QCOMPARE(observations(m_db->spec(), session), 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT position FROM ledger.count_observation WHERE idempotency_key = ?"), {op.key})
                .toLongLong(),
            pinned);
        QCOMPARE(m_window->operations()->journaled(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            recent->item(0, recent->columnCount() - 1)->text().contains(QStringLiteral("Recorded")), 10000);
        // Sent again by mistake with the same key: still once.
        QSignalSpy finished(m_window->operations(), &Services::OperationQueue::finished);
        m_window->operations()->submit(op);
        QVERIFY(finished.wait(10000));
        QCOMPARE(observations(m_db->spec(), session), 1);
    }
};

QTEST_MAIN(TestCountScreens)
#include "tst_countscreens.moc"
