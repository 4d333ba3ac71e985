#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <connection/clusterwatchdog.h>
#include <counts/countsview.h>
#include <ledger/eventlistener.h>
#include <operations/operationdialog.h>
#include <readworker.h>
#include <reconcile/dashboardview.h>
#include <recordpage.h>
#include <stock/filterbar.h>
#include <stock/ledgerpanel.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>
#include <transfers/transfersview.h>
#include <windowshortcuts.h>

namespace Stockroom::Ui {

using Models::StockTableModel;

MainWindow::MainWindow(const Services::ConnectionSpec &spec, QWidget *parent)
    : MainWindow(spec, Options{}, parent)
{
}

MainWindow::MainWindow(const Services::ConnectionSpec &spec, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_spec(spec)
    , m_route{spec, options.readReplica}
    , m_reads(new Models::ReadThread(spec, this))
    , m_viewReads(m_route.usesReplica() ? new Models::ReadThread(m_route, this) : m_reads)
    , m_queue(new Services::OperationQueue(
          spec,
          options.journalPath.isEmpty() ? Services::OfflineJournal::defaultPath(spec.describe()) : options.journalPath,
          this))
    , m_stockView(new StockView(m_viewReads, m_route, this))
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_watchdog(new Services::ClusterWatchdog(spec, this))
    , m_banner(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
    , m_journal(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stockroom — %1").arg(spec.describe()));

    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px;"
                                           " border: 1px solid #ffe69c; border-radius: 3px; }"));
    m_banner->hide();

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                               " QListWidget#navigation::item { padding: 6px 10px; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            showView(m_views.at(row));
    });

    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    columns->addWidget(line);
    auto *page = new QVBoxLayout;
    page->setContentsMargins(6, 6, 6, 0);
    page->addWidget(m_banner);
    page->addWidget(m_stack, 1);
    columns->addLayout(page, 1);
    setCentralWidget(central);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addPermanentWidget(m_journal);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_rows);
    startReplicaMonitor();

    connect(stockModel(), &StockTableModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_busyDelay->start();
        } else {
            m_busyDelay->stop();
            m_busy->hide();
        }
        updateStatus();
    });
    connect(m_stockView, &StockView::firstPageShown, this, [this] { m_dataAsOf = QDateTime::currentDateTime(); });
    connect(m_reads->worker(), &Models::ReadWorker::locationsLoaded, this,
            [this](const QList<Services::LocationRef> &locations) {
                m_locations = locations;
                m_stockView->setLocations(locations);
                for (RecordPage *page : recordPages())
                    page->setLocations(locations);
                for (OperationDialog *dialog : std::as_const(m_dialogs))
                    dialog->setLocations(locations);
            });
    connect(m_reads->worker(), &Models::ReadWorker::transfersLoaded, this,
            [this](const QList<Services::TransferRef> &transfers) {
                if (OperationDialog *dialog = m_dialogs.value(int(Services::Operation::Kind::TransferReceive)))
                    dialog->setTransfers(transfers);
            });
    connect(m_reads->worker(), &Models::ReadWorker::adjustReasonsLoaded, this,
            [this](const QList<Services::AdjustReason> &reasons) {
                m_reasons = reasons;
                m_transfersView->setReasons(reasons);
                for (OperationDialog *dialog : std::as_const(m_dialogs))
                    dialog->setReasons(reasons);
            });
    connect(m_queue, &Services::OperationQueue::permissionsLoaded, this, &MainWindow::applyPermissions);
    connect(m_queue, &Services::OperationQueue::replayFinished, this, &MainWindow::showReplayReport);
    connect(m_queue, &Services::OperationQueue::journalChanged, this, &MainWindow::updateStatus);
    connect(m_queue, &Services::OperationQueue::journalError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_queue, &Services::OperationQueue::onlineChanged, this, [this](bool online) {
        if (!online)
            setOnline(false, tr("An operation could not reach the ledger."));
    });

    connect(m_watchdog, &Services::ClusterWatchdog::restarting, this,
            [this] { showOfflineBanner(tr("The ledger on this computer stopped; Stockroom is starting it again…")); });
    connect(m_watchdog, &Services::ClusterWatchdog::restartFailed, this, [this](const QString &why) {
        showOfflineBanner(tr("The ledger on this computer could not be started again: %1. Stockroom tries again every "
                             "%Ln second(s).",
                             nullptr, Services::ClusterWatchdog::RetryMs / 1000)
                              .arg(why));
    });
    connect(m_watchdog, &Services::ClusterWatchdog::restarted, this, [this] {
        if (m_events)
            QMetaObject::invokeMethod(m_events, &Services::EventListener::recheck);
    });

    buildActions();
    new WindowShortcuts(this);
    updateStatus();
    resize(1280, 800);
    restoreLayout();

    m_reads->requestLocations();
    m_reads->requestAdjustReasons();
    m_queue->requestPermissions();
    startEvents();
    // Every running window sweeps; the ledger lets one sweeper at a time work, the others skip.
    if (options.sweepEverySeconds > 0)
        new Services::SweepThread(spec, options.sweepEverySeconds, this);
}

MainWindow::~MainWindow()
{
    stopEvents();
    stopReplicaMonitor();
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *stockMenu = menuBar()->addMenu(tr("&Stock"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolbar = addToolBar(tr("Operations"));
    toolbar->setObjectName(QStringLiteral("operationsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    buildOperationActions(stockMenu, toolbar);
    buildReferenceActions(stockMenu);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        stockModel()->reload();
        if (WorkView *view = currentView(); view != m_stockView)
            view->activate();
        m_reads->requestLocations();
        if (!m_permissions.known)
            m_queue->requestPermissions();
    });
    viewMenu->addAction(refresh);

    auto *find = new QAction(tr("&Filter…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showView(m_stockView);
        filterBar()->textEdit()->setFocus();
        filterBar()->textEdit()->selectAll();
    });
    viewMenu->addAction(find);

    addViews(viewMenu);
    buildFileActions(fileMenu, helpMenu);
    buildToolActions(toolsMenu);
    fileMenu->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quit);
}

void MainWindow::startEvents()
{
    m_eventThread = new QThread(this);
    m_eventThread->setObjectName(QStringLiteral("stockroom-events"));
    m_events = new Services::EventListener(m_spec);
    m_events->moveToThread(m_eventThread);
    connect(m_eventThread, &QThread::finished, m_events, &QObject::deleteLater);
    if (m_route.usesReplica()) {
        // Before every batch of events: where the primary stood, so the standby's reads wait until they show it.
        m_events->setTrackWalPosition(true);
        connect(m_events, &Services::EventListener::walPosition, this, &MainWindow::requirePosition);
    }
    connect(m_events, &Services::EventListener::eventsArrived, this, &MainWindow::onEvents);
    connect(m_events, &Services::EventListener::onlineChanged, this, &MainWindow::setOnline);
    // A SKU or a location edited elsewhere: names and regions shown here are read again.
    connect(m_events, &Services::EventListener::ordersChanged, this, &MainWindow::onOrdersChanged);
    connect(m_events, &Services::EventListener::countsChanged, m_countsView, &CountsView::countsChanged);
    connect(m_events, &Services::EventListener::countsChanged, m_dashboard, &DashboardView::countsChanged);
    connect(m_events, &Services::EventListener::snapshotsChanged, m_dashboard, &DashboardView::snapshotsChanged);
    connect(m_events, &Services::EventListener::referenceDataChanged, this, [this] {
        stockModel()->reload();
        m_reads->requestLocations();
    });
    // The view reads its snapshot only after the listener has its position, so no change falls between.
    connect(
        m_events, &Services::EventListener::started, this, [this] { stockModel()->reload(); },
        Qt::SingleShotConnection);
    // The ledger refused the listener's position (another ledger, or its events purged): read everything again.
    connect(m_events, &Services::EventListener::resynced, this, [this] {
        stockModel()->reload();
        if (WorkView *view = currentView(); view && view != m_stockView)
            view->activate();
        m_reads->requestLocations();
    });
    m_eventThread->start();
    QMetaObject::invokeMethod(m_events, [listener = m_events] { listener->start(); });
}

void MainWindow::stopEvents()
{
    if (!m_eventThread)
        return;
    QMetaObject::invokeMethod(m_events, &Services::EventListener::stop, Qt::BlockingQueuedConnection);
    m_eventThread->quit();
    m_eventThread->wait();
    m_eventThread = nullptr;
    m_events = nullptr;
}

void MainWindow::onEvents(const QList<Services::StockEvent> &events)
{
    stockModel()->applyEvents(events);
    m_dataAsOf = QDateTime::currentDateTime();
    Q_EMIT eventsApplied(events);
}

void MainWindow::updateStatus()
{
    const QString role = m_permissions.persona.isEmpty() ? QString() : tr(" as %1").arg(m_permissions.persona);
    m_connection->setText(m_online ? tr("Connected to %1%2").arg(m_spec.describe(), role)
                                   : tr("Offline — %1%2").arg(m_spec.describe(), role));
    const qsizetype waiting = m_queue->journaled();
    m_journal->setVisible(waiting > 0);
    m_journal->setText(tr("%n operation(s) waiting to be sent", nullptr, int(waiting)));
    const WorkView *view = currentView();
    m_rows->setText(view ? view->summary() : QString());
}

void MainWindow::setOnline(bool online, const QString &message)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        m_offlineSince = QDateTime::currentDateTime();
        m_banner->setToolTip(message);
        showOfflineBanner(tr("Reconnecting automatically…"));
        // The stock model or the operation queue may have lost the ledger while the listener still thinks it
        // is connected; only the listener reports the return, so it has to look again.
        if (m_events)
            QMetaObject::invokeMethod(m_events, &Services::EventListener::recheck);
    } else {
        m_banner->hide();
        stockModel()->reload();
        if (WorkView *view = currentView(); view && view != m_stockView)
            view->activate();
        m_reads->requestLocations();
        if (!m_permissions.known)
            m_queue->requestPermissions();
    }
    m_queue->setOnline(online);
    m_watchdog->setOnline(online);
    updateStatus();
    Q_EMIT onlineChanged(online);
}

void MainWindow::showOfflineBanner(const QString &extra)
{
    if (m_online)
        return;
    const QLocale locale;
    const QString asOf = m_dataAsOf.isValid() ? locale.toString(m_dataAsOf, QLocale::ShortFormat) : tr("never");
    m_banner->setText(tr("Offline since %1, showing stock as of %2. Operations you enter are kept and sent when the "
                         "connection returns.")
                          .arg(locale.toString(m_offlineSince, QLocale::ShortFormat), asOf) +
                      u' ' + extra);
    m_banner->show();
}

} // namespace Stockroom::Ui
