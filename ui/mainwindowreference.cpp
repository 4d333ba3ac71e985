// MainWindow: editing reference data — a SKU, a location, a row's safety stock — from the stock view, and the
// admin's staff and access.
#include "mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

#include <readworker.h>
#include <reference/locationdialog.h>
#include <reference/safetystockdialog.h>
#include <reference/skudialog.h>
#include <staff/staffdialog.h>
#include <stock/hotskudialog.h>
#include <stock/stocktablemodel.h>
#include <stock/stockview.h>

namespace Stockroom::Ui {

void MainWindow::buildReferenceActions(QMenu *menu)
{
    menu->addSeparator();
    m_editSku = menu->addAction(tr("Edit &SKU…"), this, [this] {
        if (const auto *row = m_stockView->currentRow())
            openReferenceDialog(new SkuDialog(m_spec, row->sku, this));
    });
    m_editSku->setObjectName(QStringLiteral("actionEditSku"));
    m_editSku->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_editLocation = menu->addAction(tr("Edit &location…"), this, [this] {
        if (const auto *row = m_stockView->currentRow())
            openReferenceDialog(new LocationDialog(m_spec, row->location, this));
    });
    m_editLocation->setObjectName(QStringLiteral("actionEditLocation"));
    m_editLocation->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_editSafetyStock = menu->addAction(tr("Set safety s&tock…"), this, [this] {
        if (const auto *row = m_stockView->currentRow())
            openReferenceDialog(new SafetyStockDialog(m_spec, row->sku, row->location, this));
    });
    m_editSafetyStock->setObjectName(QStringLiteral("actionSafetyStock"));
    m_editSafetyStock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    // A manager's: the row's free units spread over slots for a sale's rush of checkouts.
    m_hotSku = menu->addAction(tr("&Hot SKU mode…"), this, [this] {
        const auto *row = m_stockView->currentRow();
        if (!row)
            return;
        auto *dialog = new HotSkuDialog(m_spec, row->sku, row->location, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The row's figures stay what they were (the slots' units are counted in), so the table keeps its place.
        connect(dialog, &HotSkuDialog::changed, this,
                [this](const QString &summary) { statusBar()->showMessage(summary, 8000); });
        dialog->open();
        dialog->load();
    });
    m_hotSku->setObjectName(QStringLiteral("actionHotSku"));
    // An admin's: who works where. Other personas see it disabled, with the reason as its tooltip.
    menu->addSeparator();
    m_manageStaff = menu->addAction(tr("Staff and &access…"), this, [this] {
        auto *dialog = findChild<StaffDialog *>();
        if (!dialog) {
            dialog = new StaffDialog(m_spec, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    m_manageStaff->setObjectName(QStringLiteral("actionStaff"));
    menu->setToolTipsVisible(true);

    // The same on the stock table's context menu, with the operations.
    QTableView *table = m_stockView->table();
    // A menu of its own per click, so a disabled action's tooltip says who may use it.
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [table](const QPoint &at) {
        auto *popup = new QMenu(table);
        popup->setObjectName(QStringLiteral("stockContextMenu"));
        popup->setAttribute(Qt::WA_DeleteOnClose);
        popup->setToolTipsVisible(true);
        popup->addActions(table->actions());
        popup->popup(table->viewport()->mapToGlobal(at));
    });
    QList<int> kinds = m_operationActions.keys();
    std::sort(kinds.begin(), kinds.end());
    for (const int kind : kinds)
        table->addAction(m_operationActions.value(kind));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table->addAction(separator);
    table->addActions({m_editSku, m_editLocation, m_editSafetyStock, m_hotSku});
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateReferenceActions);
    updateReferenceActions();
}

void MainWindow::updateReferenceActions()
{
    const bool row = m_stockView->currentRow() != nullptr;
    const bool editor = m_permissions.mayEditReference();
    const QString needs = tr("Needs the manager or admin role.");
    for (QAction *action : {m_editSku, m_editLocation}) {
        action->setEnabled(row && editor);
        action->setToolTip(editor ? QString() : needs);
    }
    const bool safety = m_permissions.may(Services::Operation::Kind::Adjust); // a manager's, like adjustments
    m_editSafetyStock->setEnabled(row && safety);
    m_editSafetyStock->setToolTip(safety ? QString() : needs);
    const bool hot = m_permissions.mayHotSku();
    m_hotSku->setEnabled(row && hot);
    m_hotSku->setToolTip(hot ? tr("Let many checkouts reserve the selected row at once")
                             : tr("Needs the manager role"));
    m_hotSku->setStatusTip(m_hotSku->toolTip());
    const bool admin = !m_permissions.known || m_permissions.persona == u"admin";
    m_manageStaff->setEnabled(admin);
    m_manageStaff->setToolTip(admin ? tr("Who works at which locations and channels")
                                    : tr("Needs the admin role; %1 is connected as %2.")
                                          .arg(m_permissions.user, m_permissions.persona.isEmpty()
                                                                       ? tr("no stockroom role")
                                                                       : m_permissions.persona));
    m_manageStaff->setStatusTip(m_manageStaff->toolTip());
}

void MainWindow::openReferenceDialog(ReferenceDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferenceDialog::saved, this, [this](const QString &summary) {
        statusBar()->showMessage(summary, 8000);
        stockModel()->reload();
        m_reads->requestLocations();
    });
    dialog->open();
    dialog->load();
}

} // namespace Stockroom::Ui
