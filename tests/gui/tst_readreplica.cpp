// Reads from a streaming standby: a primary and a standby made with pg_basebackup -R on loopback, the window's stock
// view reading from the standby while changes are made on the primary.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <connection/connectdialog.h>
#include <connection/connectionsettings.h>
#include <connection/readreplica.h>
#include <connection/session.h>
#include <guifixture.h>
#include <ledger/stockreader.h>
#include <mainwindow.h>
#include <screenshot.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>
#include <testdatabase.h>
#include <unistd.h>

using namespace Stockroom;
using Models::StockTableModel;

namespace {

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QString binDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
}

// Runs a PostgreSQL program (as the postgres user when the test runs as root: the server refuses root). Returns
// what went wrong, empty when it succeeded.
QString runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), binDir() + u'/' + program} +
                                                     arguments);
    else
        process.start(binDir() + u'/' + program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
    return {};
}

} // namespace

class TestReadReplica : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QStringLiteral("/tmp/stockroom-replica-XXXXXX")};
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    QString m_setupError;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString startServer(const QString &data, int port, const QString &extra)
    {
        return runProgram(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"), path(data), QStringLiteral("-l"), path(data + QStringLiteral(".log")),
                           QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-s"),
                           QStringLiteral("-o"),
                           QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                          "-c full_page_writes=off -c max_connections=80 %3")
                               .arg(port)
                               .arg(m_dir.path(), extra),
                           QStringLiteral("start")});
    }

    QString makeCluster()
    {
        if (binDir().isEmpty())
            return QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql");
        if (geteuid() == 0 &&
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}) != 0)
            return QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
        // The primary: WAL for a replica, and a replication entry for the standby's connection.
        if (auto failed = runProgram(QStringLiteral("initdb"),
                                     {QStringLiteral("-D"), path(QStringLiteral("primary")), QStringLiteral("-U"),
                                      QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                      QStringLiteral("--no-instructions")});
            !failed.isEmpty())
            return failed;
        QFile hba(path(QStringLiteral("primary/pg_hba.conf")));
        if (!hba.open(QIODevice::Append))
            return QStringLiteral("cannot write pg_hba.conf");
        hba.write("host replication postgres 127.0.0.1/32 trust\n");
        hba.close();
        m_primaryPort = freePort();
        if (auto failed = startServer(QStringLiteral("primary"), m_primaryPort,
                                      QStringLiteral("-c wal_level=replica -c max_wal_senders=4"));
            !failed.isEmpty())
            return failed;
        // The standby: a base backup that writes its own recovery settings (-R), started on another port. Commits are
        // applied a moment late, so that a read that did not wait for the standby would miss the change.
        if (auto failed = runProgram(QStringLiteral("pg_basebackup"),
                                     {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                      QString::number(m_primaryPort), QStringLiteral("-U"), QStringLiteral("postgres"),
                                      QStringLiteral("-D"), path(QStringLiteral("standby")), QStringLiteral("-R"),
                                      QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"),
                                      QStringLiteral("fast")});
            !failed.isEmpty())
            return failed;
        m_standbyPort = freePort();
        return startServer(QStringLiteral("standby"), m_standbyPort,
                           QStringLiteral("-c hot_standby=on -c recovery_min_apply_delay=400ms"));
    }

    Services::ConnectionSpec standby(const Tests::TestDatabase &db) const
    {
        Services::ConnectionSpec spec = db.spec();
        spec.port = m_standbyPort;
        return spec;
    }

    // The window over db, reading from replica.
    std::unique_ptr<Ui::MainWindow> openWindow(const Tests::TestDatabase &db, const Services::ConnectionSpec &replica)
    {
        Ui::MainWindow::Options options{m_dir.filePath(QStringLiteral("journal-%1.json").arg(db.name())), 0, {}};
        options.readReplica = replica;
        auto window = std::make_unique<Ui::MainWindow>(db.spec(), options);
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_setupError = makeCluster();
        QVERIFY2(m_setupError.isEmpty(), qPrintable(m_setupError));
        // Every test database of this run lives on the primary made here.
        qputenv("STOCKROOM_TEST_DB",
                QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_primaryPort).toUtf8());
    }

    void cleanupTestCase()
    {
        for (const QString &data : {QStringLiteral("standby"), QStringLiteral("primary")}) {
            if (QFile::exists(path(data + QStringLiteral("/postmaster.pid"))))
                runProgram(QStringLiteral("pg_ctl"),
                           {QStringLiteral("-D"), path(data), QStringLiteral("-m"), QStringLiteral("immediate"),
                            QStringLiteral("-s"), QStringLiteral("stop")});
        }
    }

    // A change made on the primary shows in the stock view read from the standby, the status bar says how far the
    // standby lags, and a sort by a bucket reads the projection's order from the standby after a refresh.
    void changeOnPrimaryShowsInTheViewReadFromTheStandby()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        // The database reached the standby.
        Services::Session onStandby(standby(db), QStringLiteral("check-standby"));
        QTRY_VERIFY_WITH_TIMEOUT(onStandby.open().ok(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(Tests::scalar(standby(db), QStringLiteral("SELECT count(*) FROM api.stock")).toInt(),
                                  60, 20000);
        QCOMPARE(Tests::scalar(standby(db), QStringLiteral("SELECT pg_is_in_recovery()")).toBool(), true);

        auto window = openWindow(db, standby(db));
        StockTableModel *model = window->stockModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        QVERIFY(window->readRoute().usesReplica());
        QVERIFY(window->readsStatus());
        QTRY_VERIFY_WITH_TIMEOUT(window->readsStatus()->text().contains(QStringLiteral(" s behind")), 20000);
        QVERIFY2(window->readsStatus()->text().startsWith(QStringLiteral("Reads: replica, ")),
                 qPrintable(window->readsStatus()->text()));
        // The view's reads are connections to the standby.
        QTRY_VERIFY_WITH_TIMEOUT(Tests::scalar(standby(db),
                                               QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ?"
                                                              " AND application_name = 'stockroom'"),
                                               {db.name()})
                                         .toInt() >= 2,
                                 10000);

        // On the primary: a new SKU received at a store. Its row is not on screen, so the view reads it, from the
        // standby, which applies the change 0.4 s late: the read waits for the standby to replay it.
        Tests::scalar(db.spec(), QStringLiteral("SELECT api.add_sku('T-900', 'Replica lamp', ARRAY[]::text[])"));
        Tests::scalar(db.spec(), QStringLiteral("SELECT api.receive('T-900', 'ST-C', 777, 'PO-R', 'replica:1')"));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("T-900"), QStringLiteral("ST-C")) >= 0, 10000);
        QCOMPARE(model->rowAt(model->rowOf(QStringLiteral("T-900"), QStringLiteral("ST-C"))).onHand, 777);

        // Sorted by available, most first: the projection is refreshed on the primary, read on the standby.
        QSignalSpy shown(model, &StockTableModel::firstPageShown);
        window->stockView()->sortByColumn(StockTableModel::Available, Qt::DescendingOrder);
        QVERIFY(shown.wait(10000));
        QCOMPARE(model->rowAt(0).sku, QStringLiteral("T-900"));
        Tests::scalar(db.spec(), QStringLiteral("SELECT api.receive('T-005', 'WH-A', 5000, 'PO-R', 'replica:2')"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowAt(model->rowOf(QStringLiteral("T-005"), QStringLiteral("WH-A"))).onHand,
                                  Tests::scalar(db.spec(), QStringLiteral("SELECT on_hand FROM api.stock WHERE sku = "
                                                                          "'T-005' AND location = 'WH-A'"))
                                      .toLongLong(),
                                  10000);
        window->stockView()->sortByColumn(StockTableModel::Available, Qt::AscendingOrder);
        QVERIFY(shown.wait(10000));
        window->stockView()->sortByColumn(StockTableModel::Available, Qt::DescendingOrder);
        QVERIFY(shown.wait(10000));
        QCOMPARE(model->rowAt(0).sku, QStringLiteral("T-005"));
        QCOMPARE(model->rowAt(1).sku, QStringLiteral("T-900"));

        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window->resize(size);
            QTest::qWait(200);
            QVERIFY(window->stockPage()->summary().contains(QStringLiteral("order up to date")));
            Tests::saveScreenshot(window.get(),
                                  QStringLiteral("replica-window-%1x%2").arg(size.width()).arg(size.height()));
        }
    }

    // The connect dialog takes the read replica's URL with the server's and refuses one that is not a URL, saying so.
    void connectDialogTakesTheReadReplica()
    {
        Services::ConnectionSettings settings;
        settings.mode = Services::ConnectionSettings::Mode::Server;
        settings.url = QStringLiteral("postgresql://ledger.example.com:5432/stockroom");
        settings.user = QStringLiteral("clerk");
        settings.readUrl = QStringLiteral("postgresql://standby.example.com:5432/stockroom");
        Ui::ConnectDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *readUrl = dialog.findChild<QLineEdit *>(QStringLiteral("readUrl"));
        QVERIFY(readUrl && readUrl->isEnabled());
        QCOMPARE(readUrl->text(), settings.readUrl);
        const auto chosen = dialog.settings();
        QCOMPARE(chosen.readUrl, settings.readUrl);
        auto read = chosen.readSpec();
        QVERIFY(read && read.value());
        QCOMPARE(read.value()->host, QStringLiteral("standby.example.com"));
        QCOMPARE(read.value()->user, QStringLiteral("clerk"));
        QCOMPARE(read.value()->sslMode(), QStringLiteral("verify-full"));
        Tests::saveScreenshot(&dialog, QStringLiteral("replica-connect-dialog"));

        readUrl->setText(QStringLiteral("standby:5432"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The read replica: ")), qPrintable(error->text()));
        Tests::saveScreenshot(&dialog, QStringLiteral("replica-connect-dialog-error"));
    }

    // A standby that cannot be reached: the views read from the primary, and the status bar says so.
    void unreachableReplicaFallsBackToThePrimary()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        Services::ConnectionSpec nowhere = db.spec();
        nowhere.port = freePort();
        auto window = openWindow(db, nowhere);
        QTRY_VERIFY_WITH_TIMEOUT(window->stockModel()->rowCount() == 60, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window->readsStatus()->text().contains(QStringLiteral("replica unreachable")), 20000);
        QVERIFY(window->readsStatus()->toolTip().contains(QStringLiteral("read from the primary")));
    }

    // The bucket projection: every stock row is in it at once; its buckets follow the outbox when refreshed, not in
    // the writing transaction (the reserve path does not touch it).
    void bucketProjectionFollowsTheOutbox()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        QVERIFY(Tests::seedSmallLedger(db.spec()));
        const auto scalar = [&db](const QString &sql) {
            return Tests::scalar(db.spec(), sql);
        };
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ledger.stock_rank")).toInt(), 60);
        scalar(QStringLiteral("SELECT api.stock_rank_refresh()"));
        scalar(QStringLiteral("SELECT api.reserve('T-001', 'WH-A', 1, 60, 'web', 'R-1', 'replica:r1')"));
        const QString stale = QStringLiteral("SELECT count(*) FROM api.stock_ranked WHERE rank_available <> available");
        QCOMPARE(scalar(stale).toInt(), 1);
        QVERIFY(scalar(QStringLiteral("SELECT (api.stock_rank_freshness()).behind")).toInt() >= 1);
        const QJsonObject refreshed =
            QJsonDocument::fromJson(scalar(QStringLiteral("SELECT api.stock_rank_refresh()::text")).toString().toUtf8())
                .object();
        QCOMPARE(refreshed.value(u"rows").toInt(), 1);
        QCOMPARE(refreshed.value(u"behind").toInt(), 0);
        QCOMPARE(scalar(stale).toInt(), 0);

        // A page sorted by a bucket reads the projection's order and continues from its keys.
        Services::Session session(db.spec(), QStringLiteral("test"));
        Services::StockPageRequest request;
        request.sort = Services::StockSort::Available;
        request.order = Qt::DescendingOrder;
        request.limit = 7;
        QVERIFY(Services::StockReader::readsProjection(request));
        QList<Services::StockRow> all;
        for (;;) {
            auto page = Services::StockReader(session).page(request);
            QVERIFY2(page, qPrintable(page.errorMessage()));
            all << page.value();
            if (page->size() < request.limit)
                break;
            request.after = Services::StockReader::cursorOf(page->constLast(), request.sort);
        }
        QCOMPARE(all.size(), 60);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).available >= all.at(i).available);
    }
};

QTEST_MAIN(TestReadReplica)
#include "tst_readreplica.moc"
