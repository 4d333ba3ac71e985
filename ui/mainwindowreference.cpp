// MainWindow: editing reference data — a SKU, a location, a row's safety stock — from the stock view.
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

    // The same on the stock table's context menu, with the operations.
    QTableView *table = m_stockView->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    QList<int> kinds = m_operationActions.keys();
    std::sort(kinds.begin(), kinds.end());
    for (const int kind : kinds)
        table->addAction(m_operationActions.value(kind));
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    table->addAction(separator);
    table->addActions({m_editSku, m_editLocation, m_editSafetyStock});
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
