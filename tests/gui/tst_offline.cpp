#include "screenshot.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <connection/clusterwatchdog.h>
#include <connection/embeddedcluster.h>
#include <connection/migrator.h>
#include <connection/session.h>
#include <guifixture.h>
#include <mainwindow.h>
#include <offline/operationqueue.h>
#include <operations/operationdialog.h>
#include <stock/stocktablemodel.h>
#include <tcpproxy.h>
#include <testdatabase.h>

using namespace Stockroom;
using Kind = Services::Operation::Kind;

// The server goes away (a proxy in front of it drops every connection and refuses new ones), an
// operation is typed and journaled, the window is even closed and opened again; when the server returns
// the operation is applied exactly once, and the user is told what was applied and what was refused.
class TestOffline : public QObject
{
    Q_OBJECT

private slots:
    // The embedded cluster stops under the running window (a crash, `stockroomctl cluster stop`): the app
    // starts it again by itself and comes back online.
    void theEmbeddedClusterIsStartedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ExeGroup | QFile::ExeOther));
        Services::EmbeddedCluster cluster(dir.path() + QStringLiteral("/stockroom"));
        auto started = cluster.start();
        QVERIFY2(started, qPrintable(started.errorMessage()));
        const auto stopAtEnd = qScopeGuard([&] { cluster.stop(); });
        {
            Services::Session session(started.value());
            auto migrated = Services::Migrator(session).migrate();
            QVERIFY2(migrated, qPrintable(migrated.errorMessage()));
        }
        QCOMPARE(Services::ClusterWatchdog::embeddedBaseDir(started.value()), cluster.baseDir());
        Ui::MainWindow window(started.value(), Ui::MainWindow::Options{dir.filePath(QStringLiteral("journal.json"))});
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.permissions().known, 10000);
        QVERIFY(window.isOnline());

        QVERIFY(cluster.stop());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isOnline(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.isOnline(), 30000);
        QVERIFY(cluster.isRunning());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("offlineBanner"))->isVisible());
    }

    void journaledOperationsApplyOnceWhenTheServerReturns()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        const Services::ConnectionSpec direct = db.spec(QStringLiteral("manager"));
        Tests::TcpProxy proxy(direct.host, quint16(direct.port));
        QVERIFY(proxy.start());
        Services::ConnectionSpec viaProxy = direct;
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy.port();
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("journal.json"));
        const auto onHand = [&] {
            return Tests::scalar(direct, QStringLiteral("SELECT on_hand FROM api.stock WHERE sku = 'T-008' AND "
                                                        "location = 'WH-A'"))
                .toLongLong();
        };
        const qint64 before = onHand();

        auto window = std::make_unique<Ui::MainWindow>(viaProxy, Ui::MainWindow::Options{journal});
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->stockModel()->rowCount() > 0, 10000);
        const int rows = window->stockModel()->rowCount();

        proxy.cut();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isOnline(), 10000);
        auto *banner = window->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Offline since")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("showing stock as of")));
        QCOMPARE(window->stockModel()->rowCount(), rows); // still readable

        Ui::OperationDialog *dialog = window->openOperation(Kind::Receive);
        auto *location = dialog->findChild<QComboBox *>(QStringLiteral("location"));
        location->setCurrentIndex(location->findData(QStringLiteral("WH-A")));
        auto *sku = dialog->findChild<QLineEdit *>(QStringLiteral("sku"));
        auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("quantity"));
        sku->clear();
        QTest::keyClicks(sku, QStringLiteral("T-008"));
        QTest::keyClick(sku, Qt::Key_Return);
        QTest::keyClicks(quantity, QStringLiteral("9"));
        const QString key = dialog->key();
        QSignalSpy queued(window->operations(), &Services::OperationQueue::queued);
        QTest::keyClick(quantity, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, 10000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("Offline")));
        // And one the ledger will refuse: more than there is.
        Services::Operation tooMuch;
        tooMuch.kind = Kind::TransferShip;
        tooMuch.key = QStringLiteral("offline-test-too-much");
        tooMuch.sku = QStringLiteral("T-008");
        tooMuch.location = QStringLiteral("WH-A");
        tooMuch.toLocation = QStringLiteral("ST-B");
        tooMuch.quantity = 100000;
        window->operations()->submit(tooMuch);
        QCOMPARE(window->operations()->journaled(), 2);
        Tests::saveScreenshot(window.get(), QStringLiteral("mainwindow-offline"));
        Tests::saveScreenshot(dialog, QStringLiteral("dialog-receive-offline"));

        // Nothing reached the ledger; the journal is on disk and survives closing the window.
        QCOMPARE(onHand(), before);
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(key.toUtf8()));
        file.close();
        window.reset();

        window = std::make_unique<Ui::MainWindow>(viaProxy, Ui::MainWindow::Options{journal});
        window->show();
        QCOMPARE(window->operations()->journaled(), 2);
        QSignalSpy replayed(window->operations(), &Services::OperationQueue::replayFinished);
        QVERIFY(proxy.restore());
        QVERIFY(replayed.wait(15000));
        const auto outcomes = replayed.first().first().value<QList<Services::OperationQueue::Outcome>>();
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).op.key, key);
        QVERIFY(outcomes.at(0).applied);
        QVERIFY(!outcomes.at(1).applied);
        QVERIFY(!outcomes.at(1).message.isEmpty());
        QCOMPARE(onHand(), before + 9);
        QCOMPARE(
            Tests::scalar(direct, QStringLiteral("SELECT count(*) FROM api.ledger WHERE idempotency_key = ?"), {key})
                .toInt(),
            1);
        QCOMPARE(window->operations()->journaled(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(window->isOnline(), 10000);
        auto *report = window->findChild<QMessageBox *>(QStringLiteral("replayReport"));
        QVERIFY(report);
        QVERIFY(report->text().contains(QStringLiteral("Applied:")));
        QVERIFY(report->text().contains(QStringLiteral("Refused by the ledger:")));
        Tests::saveScreenshot(report, QStringLiteral("replay-report"));

        // Sent again by mistake with the same key: still once.
        Services::Operation again = outcomes.at(0).op;
        QSignalSpy finished(window->operations(), &Services::OperationQueue::finished);
        window->operations()->submit(again);
        QVERIFY(finished.wait(10000));
        QCOMPARE(onHand(), before + 9);
        QVERIFY(QFile::exists(journal));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
