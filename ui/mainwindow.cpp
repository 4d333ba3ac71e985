#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <ledger/eventlistener.h>
#include <operations/operationdialog.h>
#include <readworker.h>
#include <stock/filterbar.h>
#include <stock/ledgerpanel.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>

namespace Stockroom::Ui {

using Models::StockTableModel;

MainWindow::MainWindow(const Services::ConnectionSpec &spec, QWidget *parent)
    : MainWindow(spec, Options{}, parent)
{
}

MainWindow::MainWindow(const Services::ConnectionSpec &spec, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_spec(spec)
    , m_reads(new Models::ReadThread(spec, this))
    , m_stock(new StockTableModel(m_reads, this))
    , m_movements(new Models::MovementModel(m_reads, this))
    , m_queue(new Services::OperationQueue(
          spec,
          options.journalPath.isEmpty() ? Services::OfflineJournal::defaultPath(spec.describe()) : options.journalPath,
          this))
    , m_filters(new FilterBar(this))
    , m_table(new QTableView(this))
    , m_ledger(new LedgerPanel(m_movements, this))
    , m_banner(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_rows(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
    , m_journal(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stockroom — %1").arg(spec.describe()));

    m_table->setObjectName(QStringLiteral("stockView"));
    m_table->setModel(m_stock);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSortIndicator(StockTableModel::Sku, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(StockTableModel::Sku, 90);
    m_table->setColumnWidth(StockTableModel::Name, 170);
    m_table->setColumnWidth(StockTableModel::Location, 100);
    m_table->setColumnWidth(StockTableModel::Region, 64);
    for (int column = StockTableModel::OnHand; column < StockTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, 74);

    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px;"
                                           " border: 1px solid #ffe69c; border-radius: 3px; }"));
    m_banner->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_ledger);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({790, 450});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
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

    connect(m_filters, &FilterBar::filterChanged, m_stock, &StockTableModel::setFilter);
    connect(m_stock, &StockTableModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_busyDelay->start();
        } else {
            m_busyDelay->stop();
            m_busy->hide();
        }
        updateStatus();
    });
    connect(m_stock, &StockTableModel::firstPageShown, this, [this] {
        m_dataAsOf = QDateTime::currentDateTime();
        updateSelection();
    });
    connect(m_stock, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_stock, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_stock, &StockTableModel::rowsUpdated, this, [this](const QList<int> &rows) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid() && rows.contains(current.row()))
            updateSelection();
    });
    connect(m_stock, &StockTableModel::loadFailed, this, [this](const QString &message, bool lost) {
        if (lost)
            setOnline(false, message);
        else
            statusBar()->showMessage(message, 10000);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateSelection);
    connect(m_reads->worker(), &Models::ReadWorker::locationsLoaded, this,
            [this](const QList<Services::LocationRef> &locations) {
                m_locations = locations;
                m_filters->setLocations(locations);
                for (OperationDialog *dialog : std::as_const(m_dialogs))
                    dialog->setLocations(locations);
            });
    connect(m_reads->worker(), &Models::ReadWorker::transfersLoaded, this,
            [this](const QList<Services::TransferRef> &transfers) {
                if (OperationDialog *dialog = m_dialogs.value(int(Services::Operation::Kind::TransferReceive)))
                    dialog->setTransfers(transfers);
            });
    connect(m_queue, &Services::OperationQueue::permissionsLoaded, this, &MainWindow::applyPermissions);
    connect(m_queue, &Services::OperationQueue::replayFinished, this, &MainWindow::showReplayReport);
    connect(m_queue, &Services::OperationQueue::journalChanged, this, &MainWindow::updateStatus);
    connect(m_queue, &Services::OperationQueue::journalError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_queue, &Services::OperationQueue::onlineChanged, this, [this](bool online) {
        if (!online)
            setOnline(false, tr("an operation could not reach the ledger"));
    });

    buildActions();
    updateStatus();
    resize(1240, 760);
    restoreLayout();

    m_reads->requestLocations();
    m_queue->requestPermissions();
    startEvents();
}

MainWindow::~MainWindow()
{
    stopEvents();
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *stockMenu = menuBar()->addMenu(tr("&Stock"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QToolBar *toolbar = addToolBar(tr("Operations"));
    toolbar->setObjectName(QStringLiteral("operationsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    buildOperationActions(stockMenu, toolbar);

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        m_stock->reload();
        m_reads->requestLocations();
        if (!m_permissions.known)
            m_queue->requestPermissions();
    });
    viewMenu->addAction(refresh);

    auto *find = new QAction(tr("&Filter…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->textEdit()->setFocus();
        m_filters->textEdit()->selectAll();
    });
    viewMenu->addAction(find);

    buildFileActions(fileMenu, helpMenu);
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
    connect(m_events, &Services::EventListener::eventsArrived, this, &MainWindow::onEvents);
    connect(m_events, &Services::EventListener::onlineChanged, this, &MainWindow::setOnline);
    // The view reads its snapshot only after the listener has its position, so no change falls between.
    connect(
        m_events, &Services::EventListener::started, this, [this] { m_stock->reload(); }, Qt::SingleShotConnection);
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
    m_stock->applyEvents(events);
    m_dataAsOf = QDateTime::currentDateTime();
}

void MainWindow::updateSelection()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_ledger->showRow(current.isValid() ? &m_stock->rowAt(current.row()) : nullptr);
}

void MainWindow::updateStatus()
{
    const QString role = m_permissions.persona.isEmpty() ? QString() : tr(" as %1").arg(m_permissions.persona);
    m_connection->setText(m_online ? tr("Connected to %1%2").arg(m_spec.describe(), role)
                                   : tr("Offline — %1%2").arg(m_spec.describe(), role));
    const qsizetype waiting = m_queue->journaled();
    m_journal->setVisible(waiting > 0);
    m_journal->setText(tr("%n operation(s) waiting to be sent", nullptr, int(waiting)));
    const QString shown = QLocale().toString(m_stock->rowCount());
    m_rows->setText(m_stock->hasMore() ? tr("%1 rows shown, more below").arg(shown) : tr("%1 rows").arg(shown));
}

void MainWindow::setOnline(bool online, const QString &message)
{
    if (online == m_online)
        return;
    m_online = online;
    if (!online) {
        m_offlineSince = QDateTime::currentDateTime();
        const QString asOf = m_dataAsOf.isValid() ? QLocale().toString(m_dataAsOf, QLocale::ShortFormat) : tr("never");
        m_banner->setText(tr("Offline since %1, showing stock as of %2. Operations you enter are kept and sent when "
                             "the connection returns; reconnecting automatically…")
                              .arg(QLocale().toString(m_offlineSince, QLocale::ShortFormat), asOf));
        m_banner->setToolTip(message);
        m_banner->show();
        // The stock model or the operation queue may have lost the ledger while the listener still thinks it
        // is connected; only the listener reports the return, so it has to look again.
        if (m_events)
            QMetaObject::invokeMethod(m_events, &Services::EventListener::recheck);
    } else {
        m_banner->hide();
        m_stock->reload();
        m_reads->requestLocations();
        if (!m_permissions.known)
            m_queue->requestPermissions();
    }
    m_queue->setOnline(online);
    updateStatus();
    Q_EMIT onlineChanged(online);
}

} // namespace Stockroom::Ui
