#include "operationdialog.h"

#include "scanburst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <formfield.h>
#include <ledger/ledgerservice.h>
#include <offline/operationqueue.h>
#include <readworker.h>
#include <stock/ledgerwords.h>

namespace Stockroom::Ui {

using Services::Error;
using Services::Operation;

OperationDialog::OperationDialog(Kind kind, Services::OperationQueue *queue, Models::ReadThread *reads, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_queue(queue)
    , m_reads(reads)
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("operationDialog"));
    setWindowTitle(title(kind));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const bool signedQuantity = kind == Kind::Adjust;

    if (kind == Kind::TransferReceive) {
        m_transfer = addCombo(QStringLiteral("transfer"), tr("&Transfer:"));
        m_transfer->setEditable(true);
        m_transfer->lineEdit()->setPlaceholderText(tr("Scan or type the transfer number"));
        m_transfer->setInsertPolicy(QComboBox::NoInsert);
        m_transfer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    } else {
        m_sku = addLine(QStringLiteral("sku"), tr("&SKU:"), tr("Scan a barcode or type a SKU"));
        m_skuInfo = new QLabel(this);
        m_skuInfo->setObjectName(QStringLiteral("skuInfo"));
        m_skuInfo->setWordWrap(false); // two lines: what it is, and its buckets here
        m_skuInfo->setTextFormat(Qt::PlainText);
        m_skuInfo->setForegroundRole(QPalette::PlaceholderText);
        m_form->addRow(QString(), m_skuInfo);
        m_location = addCombo(QStringLiteral("location"), kind == Kind::TransferShip ? tr("&From:") : tr("&Location:"));
        if (kind == Kind::TransferShip) {
            m_to = addCombo(QStringLiteral("toLocation"), tr("&To:"));
            m_to->setPlaceholderText(tr("Choose the destination"));
        }
    }
    m_quantity = addLine(QStringLiteral("quantity"),
                         kind == Kind::Adjust  ? tr("&Change by:")
                         : kind == Kind::Count ? tr("&Counted:")
                                               : tr("&Quantity:"),
                         kind == Kind::Adjust ? tr("+5 found, -2 damaged") : QString());
    m_quantity->setValidator(new QRegularExpressionValidator(
        QRegularExpression(signedQuantity ? QStringLiteral("[+-]?\\d{0,12}") : QStringLiteral("\\d{0,12}")),
        m_quantity));
    new ScanBurst(m_quantity);
    if (kind == Kind::TransferReceive) {
        m_everything = new QCheckBox(tr("&Everything still in transit"), this);
        m_everything->setObjectName(QStringLiteral("everything"));
        m_form->addRow(QString(), m_everything);
        connect(m_everything, &QCheckBox::toggled, this, [this](bool all) {
            m_quantity->setEnabled(!all);
            if (all)
                m_quantity->clear();
        });
    }
    if (kind == Kind::Adjust) {
        m_reason = addCombo(QStringLiteral("reason"), tr("&Reason:"));
        m_reason->setPlaceholderText(tr("Why the stock changes"));
        m_reason->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(m_reason, &QComboBox::activated, this, [this] {
            m_reference->setFocus();
            m_reference->selectAll();
        });
    }
    if (kind == Kind::Receive || kind == Kind::Adjust || kind == Kind::Return)
        m_reference = addLine(QStringLiteral("reference"), tr("R&eference:"),
                              kind == Kind::Receive  ? tr("Delivery note or PO (optional)")
                              : kind == Kind::Return ? tr("Receipt or RMA (optional)")
                                                     : tr("Note (optional)"));
    if (kind == Kind::Return) {
        auto *choice = new QWidget(this);
        auto *row = new QHBoxLayout(choice);
        row->setContentsMargins(0, 0, 0, 0);
        m_restock = new QRadioButton(tr("Back to stoc&k"), choice);
        m_damaged = new QRadioButton(tr("Da&maged"), choice);
        m_restock->setObjectName(QStringLiteral("restock"));
        m_damaged->setObjectName(QStringLiteral("damaged"));
        m_restock->setChecked(true);
        row->addWidget(m_restock);
        row->addWidget(m_damaged);
        row->addStretch();
        addRow(tr("Condition:"), choice, QStringLiteral("condition"));
    }

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setText(title(kind));
    m_apply->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &OperationDialog::submit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Scanner flow: Enter in the SKU field resolves it and moves on to the quantity; Enter in the quantity
    // moves to the first required field still empty, or applies.
    if (m_sku) {
        connect(m_sku, &QLineEdit::returnPressed, this, [this] {
            if (m_sku->text().trimmed().isEmpty())
                return;
            lookUpSku();
            m_quantity->setFocus();
            m_quantity->selectAll();
        });
        connect(m_sku, &QLineEdit::textEdited, this, [this] {
            m_lookup = {};
            showSkuInfo();
        });
        connect(m_location, &QComboBox::currentIndexChanged, this, &OperationDialog::lookUpSku);
        connect(m_reads->worker(), &Models::ReadWorker::skuLookedUp, this, &OperationDialog::onSkuLookedUp);
    }
    if (m_transfer)
        connect(m_transfer->lineEdit(), &QLineEdit::returnPressed, m_quantity, qOverload<>(&QWidget::setFocus));
    connect(m_quantity, &QLineEdit::returnPressed, this, &OperationDialog::onQuantityEntered);
    connect(m_quantity->findChild<ScanBurst *>(), &ScanBurst::scanned, this, &OperationDialog::onQuantityScanned);
    if (m_reference)
        connect(m_reference, &QLineEdit::returnPressed, this, &OperationDialog::submit);

    connect(queue, &Services::OperationQueue::finished, this, &OperationDialog::onFinished);
    connect(queue, &Services::OperationQueue::refused, this, &OperationDialog::onRefused);
    connect(queue, &Services::OperationQueue::queued, this, &OperationDialog::onQueued);
    setMinimumWidth(580);
    start({}, {});
}

OperationDialog::~OperationDialog() = default;

QString OperationDialog::title(Kind kind)
{
    switch (kind) {
    case Kind::Receive:
        return tr("Receive stock");
    case Kind::Adjust:
        return tr("Adjust stock");
    case Kind::Count:
        return tr("Count stock");
    case Kind::TransferShip:
        return tr("Ship transfer");
    case Kind::TransferReceive:
        return tr("Receive transfer");
    case Kind::Return:
        return tr("Return stock");
    case Kind::TransferCancel:
        return tr("Cancel transfer");
    case Kind::TransferWriteOff:
        return tr("Write off transfer");
    case Kind::Commit:
        return tr("Commit hold");
    case Kind::Release:
        return tr("Release hold");
    case Kind::ReleaseMany:
        return tr("Release holds");
    case Kind::CountRecord:
        return tr("Record a count");
    }
    return {};
}

QLineEdit *OperationDialog::addLine(const QString &name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    addRow(label, edit, name);
    return edit;
}

QComboBox *OperationDialog::addCombo(const QString &name, const QString &label)
{
    auto *combo = new QComboBox(this);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->setObjectName(name);
    addRow(label, combo, name);
    return combo;
}

void OperationDialog::addRow(const QString &label, QWidget *field, const QString &name)
{
    const FormField row = makeFormField(field, name, this);
    m_errors.insert(name, row.error);
    m_fields.insert(name, field);
    m_fieldOrder.append(name);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, row.cell);
}

void OperationDialog::setLocations(const QList<Services::LocationRef> &locations)
{
    for (QComboBox *combo : {m_location, m_to}) {
        if (!combo)
            continue;
        const QString current = combo->currentData().toString();
        const QSignalBlocker quiet(combo);
        combo->clear();
        for (const auto &ref : locations)
            combo->addItem(ref.code + QStringLiteral(" — ") + ref.name, ref.code);
        // The source keeps its choice or takes the first; the destination stays empty until chosen.
        combo->setCurrentIndex(combo == m_to ? combo->findData(current) : qMax(0, combo->findData(current)));
    }
    lookUpSku();
}

void OperationDialog::setTransfers(const QList<Services::TransferRef> &transfers)
{
    if (!m_transfer)
        return;
    const QString typed = m_transfer->currentText();
    m_transfer->clear();
    for (const auto &ref : transfers)
        m_transfer->addItem(
            tr("%1 — %2 × %3 from %4 to %5").arg(ref.id).arg(ref.inTransit).arg(ref.sku, ref.from, ref.to), ref.id);
    m_transfer->setCurrentText(typed);
}

void OperationDialog::setReasons(const QList<Services::AdjustReason> &reasons)
{
    m_reasons = reasons;
    if (!m_reason)
        return;
    const QString current = m_reason->currentData().toString();
    m_reason->clear();
    for (const auto &reason : reasons) {
        m_reason->addItem(Models::adjustReasonText(reason.code), reason.code);
        m_reason->setItemData(m_reason->count() - 1, reason.description, Qt::ToolTipRole);
    }
    m_reason->setCurrentIndex(m_reason->findData(current));
}

void OperationDialog::startTransfer(qint64 transfer)
{
    start({}, {});
    if (!m_transfer)
        return;
    m_transfer->setCurrentIndex(m_transfer->findData(transfer));
    if (m_transfer->currentIndex() < 0)
        m_transfer->setEditText(QString::number(transfer));
    m_quantity->setFocus();
}

void OperationDialog::start(const QString &sku, const QString &location)
{
    if (m_pending)
        return;
    m_key = Services::LedgerService::newKey();
    clearErrors();
    m_status->clear();
    if (m_sku) {
        m_sku->setText(sku);
        if (!location.isEmpty() && m_location->findData(location) >= 0)
            m_location->setCurrentIndex(m_location->findData(location));
    }
    m_quantity->clear();
    m_quantity->setEnabled(true);
    if (m_everything)
        m_everything->setChecked(false);
    lookUpSku();
    if (m_sku && sku.isEmpty())
        m_sku->setFocus();
    else if (m_transfer)
        m_transfer->setFocus();
    else
        m_quantity->setFocus();
}

Operation OperationDialog::operation() const
{
    Operation op;
    op.kind = m_kind;
    op.key = m_key;
    op.createdAt = QDateTime::currentDateTimeUtc();
    if (m_sku)
        op.sku = m_sku->text().trimmed();
    if (m_location)
        op.location = m_location->currentData().toString();
    if (m_to)
        op.toLocation = m_to->currentData().toString();
    if (m_transfer) {
        const QVariant data = m_transfer->currentData();
        const QString text = m_transfer->currentText().section(u' ', 0, 0);
        op.transfer = m_transfer->currentIndex() >= 0 &&
                              m_transfer->itemText(m_transfer->currentIndex()) == m_transfer->currentText()
                          ? data.toLongLong()
                          : text.toLongLong();
    }
    op.quantity = m_everything && m_everything->isChecked() ? 0 : m_quantity->text().toLongLong();
    if (m_reason)
        op.reason = m_reason->currentData().toString();
    if (m_reference)
        op.reference = m_reference->text().trimmed();
    op.damaged = m_damaged && m_damaged->isChecked();
    // A count is pinned to the row as it was when the SKU was scanned, so what moves while it is typed stays.
    if (m_kind == Kind::Count && m_lookup.found && m_lookup.location == op.location &&
        (m_lookup.sku == op.sku || m_lookup.query == op.sku))
        op.position = m_lookup.position;
    return op;
}

} // namespace Stockroom::Ui
