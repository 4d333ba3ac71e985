// MainWindow: the stock operations, who may use them, and the report after an offline replay.
#include "mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

#include <operations/operationdialog.h>
#include <readworker.h>
#include <recordpage.h>
#include <stock/stockview.h>

namespace Stockroom::Ui {

using Kind = Services::Operation::Kind;

void MainWindow::buildOperationActions(QMenu *menu, QToolBar *toolbar)
{
    struct Entry
    {
        Kind kind;
        QString text;
        QKeySequence shortcut;
        const char *name;
    };
    const Entry entries[] = {
        {Kind::Receive, tr("&Receive…"), QKeySequence(Qt::Key_F2), "actionReceive"},
        {Kind::Return, tr("Re&turn…"), QKeySequence(Qt::Key_F3), "actionReturn"},
        {Kind::Count, tr("&Count…"), QKeySequence(Qt::Key_F4), "actionCount"},
        {Kind::Adjust, tr("&Adjust…"), QKeySequence(Qt::Key_F6), "actionAdjust"},
        {Kind::TransferShip, tr("&Ship transfer…"), QKeySequence(Qt::Key_F7), "actionTransferShip"},
        {Kind::TransferReceive, tr("Receive trans&fer…"), QKeySequence(Qt::Key_F8), "actionTransferReceive"},
    };
    for (const Entry &entry : entries) {
        auto *action = new QAction(entry.text, this);
        action->setObjectName(QString::fromLatin1(entry.name));
        action->setShortcut(entry.shortcut);
        action->setToolTip(OperationDialog::title(entry.kind) + QStringLiteral(" (") +
                           entry.shortcut.toString(QKeySequence::NativeText) + u')');
        connect(action, &QAction::triggered, this, [this, kind = entry.kind] { openOperation(kind); });
        menu->addAction(action);
        toolbar->addAction(action);
        m_operationActions.insert(int(entry.kind), action);
    }
}

QAction *MainWindow::operationAction(Kind kind) const
{
    return m_operationActions.value(int(kind));
}

OperationDialog *MainWindow::openOperation(Kind kind)
{
    OperationDialog *dialog = m_dialogs.value(int(kind));
    if (!dialog) {
        dialog = new OperationDialog(kind, m_queue, m_reads, this);
        dialog->setLocations(m_locations);
        dialog->setReasons(m_reasons);
        m_dialogs.insert(int(kind), dialog);
        connect(dialog, &OperationDialog::applied, this, [this](const Services::Operation &op, const QString &summary) {
            statusBar()->showMessage(summary, 8000);
            if (op.kind == Kind::TransferShip || op.kind == Kind::TransferReceive)
                m_reads->requestTransfers(); // a received transfer leaves the list, a shipped one joins it
        });
    }
    if (kind == Kind::TransferReceive)
        m_reads->requestTransfers();
    const Services::StockRow *row = currentView() == m_stockView ? m_stockView->currentRow() : nullptr;
    if (row && !dialog->isVisible()) {
        dialog->start(row->sku, row->location);
    } else if (!dialog->isVisible()) {
        dialog->start({}, {});
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void MainWindow::applyPermissions(const Services::Permissions &permissions)
{
    m_permissions = permissions;
    const QString who =
        permissions.persona.isEmpty() ? permissions.user : tr("%1 (%2)").arg(permissions.user, permissions.persona);
    setWindowTitle(tr("Stockroom — %1 — %2").arg(m_spec.describe(), who));
    for (auto it = m_operationActions.cbegin(); it != m_operationActions.cend(); ++it) {
        const Kind kind = Kind(it.key());
        QAction *action = it.value();
        const bool allowed = permissions.may(kind);
        action->setEnabled(allowed);
        const QString base = OperationDialog::title(kind) + QStringLiteral(" (") +
                             action->shortcut().toString(QKeySequence::NativeText) + u')';
        action->setToolTip(
            allowed ? base
                    : tr("%1 — needs the %2 role; %3 is connected as %4.")
                          .arg(base, Services::Permissions::personaFor(kind), permissions.user,
                               permissions.persona.isEmpty() ? tr("no stockroom role") : permissions.persona));
        action->setStatusTip(action->toolTip());
    }
    for (RecordPage *page : recordPages())
        page->setPermissions(permissions);
    updateReferenceActions();
    updateStatus();
}

void MainWindow::showReplayReport(const QList<Services::OperationQueue::Outcome> &outcomes)
{
    QStringList applied;
    QStringList refused;
    for (const auto &outcome : outcomes) {
        if (outcome.applied)
            applied << QStringLiteral("• ") + outcome.op.describe();
        else
            refused << QStringLiteral("• ") + outcome.op.describe() + QStringLiteral(": ") + outcome.message;
    }
    QString text = tr("Back online. %n operation(s) typed while offline were sent.", nullptr, int(outcomes.size()));
    if (!applied.isEmpty())
        text += QStringLiteral("\n\n") + tr("Applied:") + u'\n' + applied.join(u'\n');
    if (!refused.isEmpty())
        text += QStringLiteral("\n\n") + tr("Refused by the ledger:") + u'\n' + refused.join(u'\n');
    auto *box = new QMessageBox(refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Offline operations sent"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("replayReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    statusBar()->showMessage(
        tr("%1 applied, %2 refused from the offline journal").arg(applied.size()).arg(refused.size()), 15000);
}

} // namespace Stockroom::Ui
