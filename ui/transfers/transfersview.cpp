#include "transfersview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <ledger/ledgerservice.h>
#include <stock/ledgerwords.h>
#include <stretchcolumn.h>
#include <transfers/transfermodel.h>
#include <transfers/writeoffdialog.h>

namespace Stockroom::Ui {

using Models::TransferModel;
using Kind = Services::Operation::Kind;

TransfersView::TransfersView(Models::ReadThread *reads, Services::OperationQueue *queue, QWidget *parent)
    : RecordPage(queue, parent)
    , m_model(new TransferModel(reads, this))
    , m_openOnly(new QCheckBox(tr("&Open only"), this))
    , m_receive(new QPushButton(tr("&Receive…"), this))
    , m_cancel(new QPushButton(tr("&Cancel transfer…"), this))
    , m_writeOff(new QPushButton(tr("&Write off…"), this))
{
    setObjectName(QStringLiteral("transfersPage"));
    table()->setObjectName(QStringLiteral("transfersTable"));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_receive->setObjectName(QStringLiteral("receiveTransfer"));
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    m_writeOff->setObjectName(QStringLiteral("writeOffTransfer"));
    m_openOnly->setChecked(true);
    m_bar->addWidget(m_openOnly);
    m_bar->addStretch();
    m_bar->addWidget(m_receive);
    m_bar->addWidget(m_cancel);
    m_bar->addWidget(m_writeOff);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    setModel(m_model, TransferModel::RawValueRole, TransferModel::Id, Qt::DescendingOrder);
    const QFontMetrics metrics = table()->fontMetrics();
    for (int column = 0; column < TransferModel::ColumnCount; ++column)
        table()->setColumnWidth(column,
                                metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                                    2 * metrics.height());
    table()->setColumnWidth(TransferModel::Sku, metrics.horizontalAdvance(QStringLiteral("SKU-000000")) + 16);
    table()->setColumnWidth(TransferModel::Name, metrics.horizontalAdvance(u'M') * 14);
    const int location = metrics.horizontalAdvance(QStringLiteral("ST-CAMBRIDGE")) + 16;
    table()->setColumnWidth(TransferModel::From, qMax(table()->columnWidth(TransferModel::From), location));
    table()->setColumnWidth(TransferModel::To, qMax(table()->columnWidth(TransferModel::To), location));
    int state = 0;
    for (const char *code : {"in_transit", "received", "cancelled", "written_off"})
        state = qMax(state, metrics.horizontalAdvance(TransferModel::stateText(QString::fromLatin1(code))));
    table()->setColumnWidth(TransferModel::State, qMax(table()->columnWidth(TransferModel::State), state + 16));
    table()->setColumnWidth(TransferModel::Age, qMax(table()->columnWidth(TransferModel::Age),
                                                     metrics.horizontalAdvance(QStringLiteral("88 d 88 h")) + 16));
    new StretchColumn(table(), TransferModel::Name, table()->columnWidth(TransferModel::Name));

    connect(m_openOnly, &QCheckBox::toggled, this, &TransfersView::reload);
    connect(m_model, &TransferModel::loaded, this, [this] {
        loaded();
        table()->resizeColumnToContents(TransferModel::Age); // "3 d 4 h", "10 h 44 min": as long as they come
    });
    connect(m_model, &TransferModel::loadFailed, this, &TransfersView::reportLoadFailure);
    connect(m_receive, &QPushButton::clicked, this, [this] {
        if (const auto *transfer = current())
            Q_EMIT receiveRequested(transfer->id);
    });
    connect(table(), &QTableView::activated, this, [this] {
        if (const auto *transfer = current(); transfer && transfer->isOpen() && m_receive->isEnabled())
            Q_EMIT receiveRequested(transfer->id);
    });
    connect(m_cancel, &QPushButton::clicked, this, &TransfersView::cancelCurrent);
    connect(m_writeOff, &QPushButton::clicked, this, &TransfersView::writeOffCurrent);
    selectionChanged();
}

TransfersView::~TransfersView() = default;

void TransfersView::reload()
{
    m_model->setFilter(currentLocation(), m_openOnly->isChecked());
}

const Services::TransferInfo *TransfersView::current() const
{
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->rowAt(rows.first());
}

void TransfersView::setPermissions(const Services::Permissions &permissions)
{
    RecordPage::setPermissions(permissions);
    selectionChanged();
}

void TransfersView::selectionChanged()
{
    const auto *transfer = current();
    const bool open = transfer && transfer->isOpen();
    m_receive->setEnabled(open && m_permissions.may(Kind::TransferReceive));
    m_cancel->setEnabled(open && m_permissions.may(Kind::TransferCancel));
    m_writeOff->setEnabled(open && m_permissions.may(Kind::TransferWriteOff));
    const QString needs = tr("Needs the %1 role.").arg(Services::Permissions::personaFor(Kind::TransferCancel));
    m_cancel->setToolTip(m_permissions.may(Kind::TransferCancel)
                             ? tr("Cancel the transfer: what is still in transit goes back to where it came from.")
                             : needs);
    m_writeOff->setToolTip(m_permissions.may(Kind::TransferWriteOff)
                               ? tr("Write off units lost or damaged on the way, with a reason.")
                               : needs);
}

QString TransfersView::summary() const
{
    return tr("%Ln transfer(s)", nullptr, m_model->rowCount());
}

QString TransfersView::emptyText() const
{
    const QString where = currentLocation();
    if (m_openOnly->isChecked())
        return where.isEmpty() ? tr("No transfer is in transit.\nShip one with Stock ▸ Ship transfer (F7).")
                               : tr("No transfer to or from %1 is in transit.").arg(where);
    return where.isEmpty() ? tr("No transfer has been shipped yet.") : tr("No transfer to or from %1 yet.").arg(where);
}

void TransfersView::cancelCurrent()
{
    const auto *transfer = current();
    if (!transfer || !m_cancel->isEnabled())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Cancel transfer %1").arg(transfer->id),
        tr("Cancel transfer %1 of %2 from %3 to %4?\n\nWhat is still in transit (%5) goes back to %3's stock on hand; "
           "what %4 has received stays there.")
            .arg(transfer->id)
            .arg(transfer->sku, transfer->from, transfer->to)
            .arg(tr("%Ln unit(s)", nullptr, int(transfer->inTransit))),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancel"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Cancel the transfer"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(tr("Keep it"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, yes, id = transfer->id] {
        if (box->clickedButton() != yes)
            return;
        Services::Operation op;
        op.kind = Kind::TransferCancel;
        op.key = Services::LedgerService::newKey();
        op.transfer = id;
        op.createdAt = QDateTime::currentDateTimeUtc();
        submit(op);
    });
    box->open();
}

void TransfersView::writeOffCurrent()
{
    const auto *transfer = current();
    if (!transfer || !m_writeOff->isEnabled())
        return;
    auto *dialog = new WriteOffDialog(*transfer, m_reasons, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = transfer->id] {
        Services::Operation op;
        op.kind = Kind::TransferWriteOff;
        op.key = Services::LedgerService::newKey();
        op.transfer = id;
        op.quantity = dialog->quantity();
        op.reason = dialog->reason();
        op.createdAt = QDateTime::currentDateTimeUtc();
        submit(op);
    });
    dialog->open();
}

void TransfersView::onApplied(const Services::Operation &op, const QJsonObject &result)
{
    Q_UNUSED(result)
    if (op.kind == Kind::TransferCancel)
        Q_EMIT message(tr("Transfer %1 cancelled: what was in transit is back at its source.").arg(op.transfer));
    else if (op.kind == Kind::TransferWriteOff)
        Q_EMIT message(tr("Wrote off %1 of transfer %2 (%3).")
                           .arg(QLocale().toString(op.quantity))
                           .arg(op.transfer)
                           .arg(op.reason));
}

} // namespace Stockroom::Ui
