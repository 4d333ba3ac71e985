// MainWindow: the views it holds, registered here in navigation order, and switching between them.
#include "mainwindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>

#include <stock/stockview.h>
#include <workview.h>

namespace Stockroom::Ui {

void MainWindow::addViews(QMenu *viewMenu)
{
    viewMenu->addSeparator();
    addView(m_stockView, tr("Stock"), QKeySequence(Qt::CTRL | Qt::Key_1), viewMenu);
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
