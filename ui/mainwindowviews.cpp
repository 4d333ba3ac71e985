// MainWindow: the views it holds, registered here in navigation order, and switching between them.
#include "mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <counts/countsview.h>
#include <operations/operationdialog.h>
#include <orders/orderboardview.h>
#include <orders/ordersview.h>
#include <reconcile/dashboardview.h>
#include <reservations/reservationsview.h>
#include <stock/stockview.h>
#include <transfers/transfersview.h>
#include <workview.h>

namespace Stockroom::Ui {

void MainWindow::addViews(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    addView(m_stockView, tr("Stock"), QKeySequence(Qt::CTRL | Qt::Key_1), viewMenu);
    m_transfersView = new TransfersView(m_reads, m_queue, this);
    addView(m_transfersView, tr("Transfers"), QKeySequence(Qt::CTRL | Qt::Key_2), viewMenu);
    m_reservationsView = new ReservationsView(m_reads, m_queue, this);
    addView(m_reservationsView, tr("Reservations"), QKeySequence(Qt::CTRL | Qt::Key_3), viewMenu);
    m_ordersView = new OrdersView(m_reads, m_spec, this);
    addView(m_ordersView, tr("Orders"), QKeySequence(Qt::CTRL | Qt::Key_4), viewMenu);
    m_orderBoard = new OrderBoardView(m_reads, this);
    m_orderBoard->setObjectName(QStringLiteral("orderBoard"));
    addView(m_orderBoard, tr("Order board"), QKeySequence(Qt::CTRL | Qt::Key_5), viewMenu);
    m_countsView = new CountsView(m_reads, m_queue, m_spec, this);
    addView(m_countsView, tr("Counts"), QKeySequence(Qt::CTRL | Qt::Key_6), viewMenu);
    m_dashboard = new DashboardView(m_reads, m_route, this);
    addView(m_dashboard, tr("Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_7), viewMenu);
    // Stock moved: the dashboard reads what it shows of it again, at most once a second and only while on screen.
    connect(this, &MainWindow::eventsApplied, m_dashboard, &DashboardView::stockChanged);
    connect(m_orderBoard, &OrderBoardView::stateClicked, this, [this](const QString &machine, const QString &state) {
        showView(m_ordersView);
        if (machine == u"fulfillment")
            m_ordersView->showFulfillmentState(state);
        else
            m_ordersView->showState(machine == u"order" ? state : QString());
    });
    // The board counts again at most twice a second while orders change, and only while it is on screen.
    m_boardRefresh = new QTimer(this);
    m_boardRefresh->setSingleShot(true);
    m_boardRefresh->setInterval(500);
    connect(m_boardRefresh, &QTimer::timeout, m_orderBoard, [this] {
        if (currentView() == m_orderBoard)
            m_orderBoard->reload();
    });

    connect(m_transfersView, &TransfersView::receiveRequested, this, [this](qint64 transfer) {
        openOperation(Services::Operation::Kind::TransferReceive)->startTransfer(transfer);
    });
    // Outbox events say a transfer or a hold changed somewhere: the list on screen reads again, at most
    // once a second.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(1000);
    connect(refresh, &QTimer::timeout, this, [this] {
        if (auto *page = qobject_cast<RecordPage *>(currentView()))
            page->reload();
    });
    connect(this, &MainWindow::eventsApplied, refresh, [refresh] {
        if (!refresh->isActive())
            refresh->start();
    });
}

void MainWindow::onOrdersChanged(const QStringList &orders)
{
    m_ordersView->ordersChanged(orders);
    if (!m_boardRefresh->isActive())
        m_boardRefresh->start();
}

QList<RecordPage *> MainWindow::recordPages() const
{
    return {m_transfersView, m_reservationsView, m_countsView};
}

void MainWindow::addView(WorkView *view, const QString &title, const QKeySequence &shortcut, QMenu *viewMenu)
{
    m_views.append(view);
    m_stack->addWidget(view);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(tr("%1 (%2)").arg(title, shortcut.toString(QKeySequence::NativeText)));
    auto *action = new QAction(title, this);
    action->setObjectName(QStringLiteral("actionShow") + view->objectName());
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, view] { showView(view); });
    viewMenu->addAction(action);
    connect(view, &WorkView::summaryChanged, this, &MainWindow::updateStatus);
    connect(view, &WorkView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(view, &WorkView::connectionLost, this, [this](const QString &text) { setOnline(false, text); });
    const QFontMetrics metrics(m_navigation->font());
    m_navigation->setFixedWidth(qMax(m_navigation->width() > 100 ? m_navigation->width() : 0,
                                     metrics.horizontalAdvance(title) + 6 * metrics.height()));
}

WorkView *MainWindow::currentView() const
{
    return qobject_cast<WorkView *>(m_stack->currentWidget());
}

void MainWindow::showView(WorkView *view)
{
    const int index = int(m_views.indexOf(view));
    if (index < 0)
        return;
    const bool changed = m_stack->currentWidget() != view;
    m_stack->setCurrentWidget(view);
    {
        const QSignalBlocker quiet(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    if (changed)
        view->activate();
    updateStatus();
}

Models::StockTableModel *MainWindow::stockModel() const
{
    return m_stockView->model();
}

Models::MovementModel *MainWindow::movementModel() const
{
    return m_stockView->movements();
}

QTableView *MainWindow::stockView() const
{
    return m_stockView->table();
}

FilterBar *MainWindow::filterBar() const
{
    return m_stockView->filters();
}

LedgerPanel *MainWindow::ledgerPanel() const
{
    return m_stockView->ledger();
}

} // namespace Stockroom::Ui
