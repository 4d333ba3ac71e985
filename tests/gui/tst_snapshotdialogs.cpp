// The stock snapshot dialogs against a real database: a malformed file is refused with every error listed and
// nothing reaches the ledger; a good file imports (File ▸ Import stock snapshot…, Ctrl+I), the review shows its
// classes, approving the checked variance posts one adjustment and approving it again posts nothing more; a manager
// is told that this is a supervisor's; after a lost connection, importing again continues the same snapshot.

#include "screenshot.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <connection/session.h>
#include <mainwindow.h>
#include <reconcile/snapshotimportdialog.h>
#include <reconcile/snapshotreviewdialog.h>
#include <reconcile/snapshotreviewmodel.h>
#include <tcpproxy.h>
#include <windowfixture.h>

using namespace Stockroom;
using Filter = Models::SnapshotReviewModel::Filter;

namespace {

template <typename T>
T *waitForTopLevel()
{
    T *found = nullptr;
    QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *t = qobject_cast<T *>(widget); t && t->isVisible())
                    found = t;
            return found != nullptr;
        },
        10000);
    return found;
}

// Both sizes a supervisor's screen might give the dialog.
void screenshots(QWidget *widget, const QString &name)
{
    for (const QSize size : {QSize(900, 600), QSize(1600, 1000)}) {
        widget->resize(size);
        QTest::qWait(50);
        Tests::saveScreenshot(widget, QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height()));
    }
}

} // namespace

class TestSnapshotDialogs : public QObject, Tests::WindowFixture
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    // File ▸ Import stock snapshot… from the window, by its shortcut; the dialog once its sources are read.
    Ui::SnapshotImportDialog *openImport(const QString &persona)
    {
        openWindow(persona);
        if (QTest::currentTestFailed())
            return nullptr;
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionImportSnapshot"));
        if (!action || action->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_I))
            return nullptr;
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        auto *dialog = m_window->findChild<Ui::SnapshotImportDialog *>();
        if (!dialog || !QTest::qWaitFor([dialog] { return dialog->sourcesKnown() || dialog->isDenied(); }, 10000))
            return nullptr;
        return dialog;
    }

    qint64 snapshots() { return sql(QStringLiteral("SELECT count(*) FROM ledger.snapshot")).toLongLong(); }

    // A supervisor's review of WH-A: every SKU as the ledger has it, except T-002 (3 off), T-003 named by its
    // barcode, T-020 missing and ZZZ-999 unknown.
    QByteArray goodFile(qint64 *t002Proposed)
    {
        Services::Session superuser(m_db->spec(), QStringLiteral("file"));
        auto rows =
            superuser.rows(QStringLiteral("SELECT sku, on_hand FROM api.stock WHERE location = 'WH-A' ORDER BY sku"));
        if (!rows)
            return {};
        QByteArray csv = "Item,Site,Qty\n";
        for (const QJsonValue &row : *rows) {
            const QString sku = row[u"sku"].toString();
            qint64 quantity = row[u"on_hand"].toInteger();
            if (sku == u"T-020")
                continue;
            if (sku == u"T-002") {
                const qint64 counted = quantity >= 3 ? quantity - 3 : quantity + 3;
                *t002Proposed = counted - quantity;
                quantity = counted;
            }
            const QString named = sku == u"T-003" ? QStringLiteral("400000000003") : sku;
            csv += named.toUtf8() + ",WH-A," + QByteArray::number(quantity) + '\n';
        }
        csv += "ZZZ-999,WH-A,4\n";
        return csv;
    }

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup()
    {
        tearDown();
        // Reviews opened without a parent (the window's went with it).
        QList<QPointer<QWidget>> left;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (qobject_cast<Ui::SnapshotReviewDialog *>(widget) || qobject_cast<Ui::SnapshotImportDialog *>(widget))
                left << widget;
        for (const QPointer<QWidget> &widget : left)
            delete widget.data();
    }

    // Every error, by line and column, in a table; nothing sent: no snapshot, and the new source not saved either.
    void malformedFileListsEveryError()
    {
        Ui::SnapshotImportDialog *dialog = openImport(QStringLiteral("supervisor"));
        QVERIFY(dialog);
        QVERIFY(!dialog->isDenied());
        const QString path = writeFile(QStringLiteral("erp-broken.csv"), "Item,Site,Qty\n"
                                                                         "T-001,WH-A,12\n"
                                                                         "T-002,WH-A,twelve\n"
                                                                         "T-003,WH-A,-4\n"
                                                                         "T-001,WH-A,7\n"
                                                                         ",WH-A,3\n"
                                                                         "T-005,WH-A\n"
                                                                         "T-006,WH-A,\"1\n");
        // Dropped on the file field, as from a file manager.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog->fileField(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(dialog->fileField(), &drop);
        QCOMPARE(dialog->headers(),
                 (QStringList{QStringLiteral("Item"), QStringLiteral("Site"), QStringLiteral("Qty")}));
        // A new source: its columns guessed from the header.
        dialog->sourceField()->setEditText(QStringLiteral("ERP"));
        QVERIFY(dialog->skuColumn()->isEnabled());
        QCOMPARE(dialog->skuColumn()->currentData().toString(), QStringLiteral("Item"));
        QCOMPARE(dialog->locationColumn()->currentData().toString(), QStringLiteral("Site"));
        QCOMPARE(dialog->quantityColumn()->currentData().toString(), QStringLiteral("Qty"));
        QCOMPARE(dialog->bucketColumn()->currentData().toString(), QString());

        QSignalSpy rejected(dialog, &Ui::SnapshotImportDialog::fileRejected);
        QVERIFY(dialog->importButton()->isEnabled());
        QTest::keyClick(dialog->fileField(), Qt::Key_Return); // Enter imports
        QVERIFY(rejected.wait(10000));
        QTableWidget *errors = dialog->errorTable();
        QVERIFY(errors->isVisible());
        QCOMPARE(rejected.first().at(0).toInt(), 6);
        QCOMPARE(errors->rowCount(), 6);
        QStringList lines;
        for (int row = 0; row < errors->rowCount(); ++row)
            lines << errors->item(row, 0)->text();
        QCOMPARE(lines, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                     QStringLiteral("7"), QStringLiteral("8")}));
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("3 (Qty)")); // the column, with its name
        QVERIFY2(dialog->messageText().contains(QStringLiteral("Nothing was sent")), qPrintable(dialog->messageText()));
        QCOMPARE(snapshots(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ledger.reconcile_source")).toLongLong(), 0);
        screenshots(dialog, QStringLiteral("snapshot-import-errors"));

        // More errors than are listed: the first hundred, and a last row that says there are more.
        QByteArray many = "Item,Site,Qty\n";
        for (int i = 0; i < 150; ++i)
            many += "T-" + QByteArray::number(i) + ",WH-A,x\n";
        dialog->setFile(writeFile(QStringLiteral("erp-many.csv"), many));
        rejected.clear();
        dialog->importButton()->click();
        QVERIFY(rejected.wait(10000));
        QVERIFY(rejected.first().at(1).toBool());
        QCOMPARE(errors->rowCount(), 101);
        QVERIFY(errors->item(100, 2)->text().contains(QStringLiteral("and more")));
        QCOMPARE(snapshots(), 0);
    }

    void goodFileImportsAndTheVarianceIsApprovedOnce()
    {
        Ui::SnapshotImportDialog *dialog = openImport(QStringLiteral("supervisor"));
        QVERIFY(dialog);
        // The ledger's receipts fall in an earlier second than the file's time (the as-of is to the second).
        QTest::qWait(1100);
        qint64 proposed = 0;
        const QByteArray csv = goodFile(&proposed);
        QVERIFY(!csv.isEmpty());
        const QString path = writeFile(QStringLiteral("erp-wh-a.csv"), csv);
        dialog->setFile(path);
        QCOMPARE(dialog->asOfField()->dateTime().toSecsSinceEpoch(), QFileInfo(path).lastModified().toSecsSinceEpoch());
        dialog->sourceField()->setEditText(QStringLiteral("ERP"));
        dialog->policyField()->setCurrentIndex(dialog->policyField()->findData(QStringLiteral("erp")));
        dialog->windowField()->setValue(0); // the receipts a second ago would be timing otherwise
        QSignalSpy imported(dialog, &Ui::SnapshotImportDialog::imported);
        dialog->importButton()->click();
        QVERIFY(imported.wait(20000));
        const qint64 snapshot = imported.first().at(0).toLongLong();
        QVERIFY(snapshot > 0);
        QCOMPARE(sql(QStringLiteral("SELECT mapping ->> 'quantity' FROM ledger.reconcile_source WHERE name = 'ERP'"))
                     .toString(),
                 QStringLiteral("Qty"));

        // The review opens by itself.
        Ui::SnapshotReviewDialog *review = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((review = m_window->findChild<Ui::SnapshotReviewDialog *>()) != nullptr, 10000);
        QAbstractItemModelTester tester(review->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && !review->review().isEmpty(), 10000);
        QCOMPARE(review->snapshot(), snapshot);
        const QJsonObject summary = review->review().value(u"summary").toObject();
        QCOMPARE(summary.value(u"matched").toInteger(), 18);
        QCOMPARE(summary.value(u"variance").toInteger(), 2);
        QCOMPARE(summary.value(u"unknown").toInteger(), 1);
        QCOMPARE(summary.value(u"ledger_only").toInteger(), 1);
        QCOMPARE(review->findChild<QLabel *>(QStringLiteral("snapshotCount_matched"))->text(), QStringLiteral("18"));
        Models::SnapshotReviewModel *model = review->model();
        QCOMPARE(model->rowCount(), 3); // the matched lines are not listed
        QCOMPARE(model->countOf(Filter::Variance), 2);
        QCOMPARE(model->countOf(Filter::Unknown), 1);
        QCOMPARE(model->countOf(Filter::NotInFile), 1);
        QComboBox *filter = review->classFilter();
        filter->setCurrentIndex(filter->findData(QVariant::fromValue(Filter::NotInFile)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->lineAt(0).value(u"sku").toString(), QStringLiteral("T-020"));
        filter->setCurrentIndex(filter->findData(QVariant::fromValue(Filter::All)));
        QCOMPARE(model->rowCount(), 3);

        // Check T-002's line from the keyboard: select it, Space.
        const QString key = QStringLiteral("T-002@WH-A");
        QTableView *table = review->table();
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data(Models::SnapshotReviewModel::LineKeyRole).toString() == key)
                table->selectRow(row);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(model->checkedKeys(), QStringList{key});
        auto *approve = review->findChild<QPushButton *>(QStringLiteral("approveChecked"));
        QVERIFY(approve->isEnabled());
        screenshots(review, QStringLiteral("snapshot-review"));

        // The button asks first: how many adjustments of how many units.
        QString asked;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = review->findChild<QMessageBox *>(QStringLiteral("snapshotApproveConfirm"));
            if (!box || !box->isVisible())
                return;
            asked = box->text();
            Tests::saveScreenshot(box, QStringLiteral("snapshot-review-confirm"));
            box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        });
        answer.start();
        QSignalSpy approved(review, &Ui::SnapshotReviewDialog::approved);
        approve->click();
        QVERIFY(approved.wait(10000));
        answer.stop();
        QVERIFY2(asked.contains(QStringLiteral("T-002 at WH-A")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("Units: %1 in all").arg(qAbs(proposed))), qPrintable(asked));
        const QString reference = QStringLiteral("snapshot %1 from ERP").arg(snapshot);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'adjust' AND reference = ?"), {reference})
                .toLongLong(),
            1);
        QCOMPARE(
            sql(QStringLiteral("SELECT quantity FROM api.ledger WHERE kind = 'adjust' AND reference = ?"), {reference})
                .toLongLong(),
            proposed);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QJsonObject &line : model->allLines())
                    if (Models::SnapshotReviewModel::keyOf(line) == key)
                        return line.value(u"state").toString() == u"approved";
                return false;
            }(),
            10000);
        QVERIFY(model->checkedKeys().isEmpty());
        QVERIFY2(review->resultText().contains(QStringLiteral("T-002 at WH-A")), qPrintable(review->resultText()));
        QVERIFY(!approve->isEnabled());
        Tests::saveScreenshot(review, QStringLiteral("snapshot-review-approved"));

        // Again: nothing more is posted, and it says so.
        review->approve(QStringList{key});
        QTRY_VERIFY_WITH_TIMEOUT(!review->isBusy() && review->resultText().contains(QStringLiteral("Nothing new")),
                                 10000);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'adjust' AND reference = ?"), {reference})
                .toLongLong(),
            1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM api.verify()")).toLongLong(), 0);

        // T-020 moved since the review: approving all is refused whole, and the refusal names the line.
        QVERIFY(sql(QStringLiteral("SELECT api.receive('T-020', 'WH-A', 2, 'PO-2', 'late-receipt')")).isValid());
        review->approve(std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isBusy() && !review->errorText().isEmpty(), 10000);
        QVERIFY2(review->errorText().contains(QStringLiteral("• T-020@WH-A")), qPrintable(review->errorText()));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM api.ledger WHERE kind = 'adjust' AND reference = ?"), {reference})
                .toLongLong(),
            1);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading(), 10000);
        Tests::saveScreenshot(review, QStringLiteral("snapshot-review-refused"));

        // Escape closes the review (it goes with its window).
        const QPointer<Ui::SnapshotReviewDialog> open(review);
        QTest::keyClick(table, Qt::Key_Escape);
        QTRY_VERIFY(open.isNull());
    }

    void managerIsToldItIsASupervisors()
    {
        Ui::SnapshotImportDialog *dialog = openImport(QStringLiteral("manager"));
        QVERIFY(dialog);
        QVERIFY(dialog->isDenied());
        QVERIFY2(dialog->messageText().contains(QStringLiteral("needs the supervisor role")) &&
                     dialog->messageText().contains(QStringLiteral("the manager role")),
                 qPrintable(dialog->messageText()));
        QVERIFY(!dialog->importButton()->isEnabled());
        Tests::saveScreenshot(dialog, QStringLiteral("snapshot-import-manager"));

        // An earlier snapshot's review says the same.
        QVERIFY(sql(QStringLiteral("SELECT api.reconcile_source_set('WMS', '{\"sku\": \"sku\", \"location\": \"loc\", "
                                   "\"quantity\": \"qty\"}', NULL, 'k-src')"))
                    .isValid());
        const qint64 snapshot =
            sql(QStringLiteral("SELECT (api.snapshot_begin('WMS', now(), 'wms.csv', 1, 'k-begin') ->> 'snapshot')"
                               "::bigint"))
                .toLongLong();
        QVERIFY(snapshot > 0);
        QVERIFY(sql(QStringLiteral("SELECT api.snapshot_load(?, '{2}', '{T-001}', '{WH-A}', '{on_hand}', '{1}')"),
                    {snapshot})
                    .isValid());
        QVERIFY(sql(QStringLiteral("SELECT api.snapshot_classify(?, interval '15 minutes')"), {snapshot}).isValid());
        Ui::SnapshotReviewDialog *review =
            Ui::openSnapshotReview(m_window.get(), m_db->spec(QStringLiteral("manager")), snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && !review->errorText().isEmpty(), 10000);
        QVERIFY2(review->errorText().contains(QStringLiteral("needs the supervisor role")),
                 qPrintable(review->errorText()));
        QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("approveAllProposed"))->isEnabled());
    }

    // Cancel stops between two batches and says how far it got; importing again continues the same snapshot.
    void cancelStopsBetweenBatches()
    {
        QVERIFY(sql(QStringLiteral("SELECT api.reconcile_source_set('WMS', '{\"sku\": \"sku\", \"location\": "
                                   "\"loc\", \"quantity\": \"qty\"}', '{\"default\": \"ledger\"}', 'k-wms')"))
                    .isValid());
        QByteArray csv = "sku,loc,qty\n";
        for (int i = 0; i < 30000; ++i)
            csv += "X-" + QByteArray::number(i) + ",WH-A,1\n";
        const QString path = writeFile(QStringLiteral("wms.csv"), csv);
        auto dialog = std::make_unique<Ui::SnapshotImportDialog>(m_db->spec(QStringLiteral("supervisor")));
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sourcesKnown(), 10000);
        dialog->setFile(path);
        dialog->sourceField()->setEditText(QStringLiteral("WMS"));
        QSignalSpy failed(dialog.get(), &Ui::SnapshotImportDialog::importFailed);
        QSignalSpy imported(dialog.get(), &Ui::SnapshotImportDialog::imported);
        dialog->startImport();
        const QString key = dialog->attemptKey();
        QVERIFY(QTest::qWaitFor([&] { return dialog->stage() == Ui::SnapshotImportDialog::Stage::Sending; }, 20000));
        QTest::keyClick(dialog.get(), Qt::Key_Escape); // Escape while it runs: Cancel
        QVERIFY(dialog->isVisible());
        QVERIFY(failed.wait(30000));
        QVERIFY2(dialog->messageText().contains(QStringLiteral("Import stopped")), qPrintable(dialog->messageText()));
        QCOMPARE(sql(QStringLiteral("SELECT state FROM ledger.snapshot")).toString(), QStringLiteral("importing"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM ledger.movement WHERE reason = 'reconciliation'")).toLongLong(),
            0);
        // Its review, opened now (as from the dashboard), says it is unfinished.
        const qint64 unfinished = sql(QStringLiteral("SELECT id FROM ledger.snapshot")).toLongLong();
        Ui::SnapshotReviewDialog *review =
            Ui::openSnapshotReview(dialog.get(), m_db->spec(QStringLiteral("supervisor")), unfinished);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isLoading() && !review->review().isEmpty(), 10000);
        auto *empty = review->findChild<QLabel *>(QStringLiteral("snapshotReviewEmpty"));
        QVERIFY2(empty->isVisible() && empty->text().contains(QStringLiteral("did not finish")),
                 qPrintable(empty->text()));
        review->close();

        dialog->startImport();
        QCOMPARE(dialog->attemptKey(), key);
        QVERIFY(imported.wait(60000));
        QCOMPARE(snapshots(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM ledger.snapshot")).toString(), QStringLiteral("classified"));
    }

    // The server goes away as the lines are sent; importing again (the same key) continues that snapshot.
    void retryAfterALostConnectionContinuesTheSnapshot()
    {
        const Services::ConnectionSpec direct = m_db->spec(QStringLiteral("supervisor"));
        Tests::TcpProxy proxy(direct.host, quint16(direct.port));
        QVERIFY(proxy.start());
        Services::ConnectionSpec viaProxy = direct;
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy.port();
        QVERIFY(sql(QStringLiteral("SELECT api.reconcile_source_set('WMS', '{\"sku\": \"sku\", \"location\": "
                                   "\"loc\", \"quantity\": \"qty\"}', '{\"default\": \"ledger\"}', 'k-wms')"))
                    .isValid());
        QByteArray csv = "sku;loc;qty\n";
        for (int i = 0; i < 30000; ++i)
            csv += "X-" + QByteArray::number(i) + ";WH-A;1\n";
        const QString path = writeFile(QStringLiteral("wms.csv"), csv);

        auto dialog = std::make_unique<Ui::SnapshotImportDialog>(viaProxy);
        dialog->show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sourcesKnown(), 10000);
        dialog->setFile(path);
        dialog->sourceField()->setEditText(QStringLiteral("WMS"));
        QVERIFY(!dialog->skuColumn()->isEnabled()); // the saved mapping, as saved
        QCOMPARE(dialog->quantityColumn()->currentData().toString(), QStringLiteral("qty"));
        QSignalSpy failed(dialog.get(), &Ui::SnapshotImportDialog::importFailed);
        QSignalSpy imported(dialog.get(), &Ui::SnapshotImportDialog::imported);
        dialog->startImport();
        QVERIFY(dialog->isWorking());
        const QString key = dialog->attemptKey();
        QVERIFY(QTest::qWaitFor([&] { return dialog->stage() == Ui::SnapshotImportDialog::Stage::Sending; }, 20000));
        proxy.cut();
        QVERIFY(failed.wait(30000));
        // Qt's driver does not always say that the connection broke (a statement prepared as it goes says nothing):
        // either way the message says what to do.
        const QString said = failed.first().first().toString();
        QVERIFY2(said.contains(QStringLiteral("connection")) && said.contains(QStringLiteral("Import again")),
                 qPrintable(said));
        Tests::saveScreenshot(dialog.get(), QStringLiteral("snapshot-import-connection-lost"));

        QVERIFY(proxy.restore());
        dialog->startImport();
        QCOMPARE(dialog->attemptKey(), key);
        if (QTest::qWaitFor([&] { return dialog->progressBar()->value() > 0 || !imported.isEmpty(); }, 20000) &&
            imported.isEmpty())
            Tests::saveScreenshot(dialog.get(), QStringLiteral("snapshot-import-sending"));
        QVERIFY(imported.wait(60000));
        QCOMPARE(snapshots(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT line_count FROM ledger.snapshot")).toLongLong(), 30000);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM ledger.snapshot")).toString(), QStringLiteral("classified"));
        QVERIFY(dialog->attemptKey().isEmpty()); // the next import is a new one
    }
};

QTEST_MAIN(TestSnapshotDialogs)
#include "tst_snapshotdialogs.moc"
