// OperationDialog: validating, sending, and showing what the ledger answered.
#include "operationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>

#include <ledger/ledgerservice.h>
#include <offline/operationqueue.h>
#include <sentence.h>

namespace Stockroom::Ui {

using Services::Error;
using Services::Operation;

namespace {

QString number(const QJsonObject &result, QStringView key)
{
    return QLocale().toString(result.value(key).toInteger());
}

} // namespace

bool OperationDialog::validate()
{
    clearErrors();
    const Operation op = operation();
    bool ok = true;
    if (m_sku && op.sku.isEmpty()) {
        showError(QStringLiteral("sku"), tr("Scan or type the SKU first."));
        ok = false;
    } else if (m_sku && m_lookup.query == op.sku && !m_lookup.found) {
        showError(QStringLiteral("sku"), tr("Unknown SKU or barcode “%1”.").arg(op.sku));
        ok = false;
    }
    if (m_location && op.location.isEmpty()) {
        showError(QStringLiteral("location"), tr("Choose a location."));
        ok = false;
    }
    if (m_to && op.toLocation.isEmpty()) {
        showError(QStringLiteral("toLocation"), tr("Choose where the transfer goes."));
        ok = false;
    } else if (m_to && op.toLocation == op.location) {
        showError(QStringLiteral("toLocation"), tr("A transfer goes to another location than it comes from."));
        ok = false;
    }
    if (m_transfer && op.transfer <= 0) {
        showError(QStringLiteral("transfer"), tr("Choose or scan a transfer number."));
        ok = false;
    }
    const QString quantity = m_quantity->text();
    if (m_kind == Kind::Adjust) {
        if (op.quantity == 0) {
            showError(QStringLiteral("quantity"), tr("Enter by how much the stock changes, e.g. -2 or +5."));
            ok = false;
        }
        const auto reason = std::find_if(m_reasons.cbegin(), m_reasons.cend(),
                                         [&](const Services::AdjustReason &r) { return r.code == op.reason; });
        if (op.reason.isEmpty()) {
            showError(QStringLiteral("reason"), tr("Say why: an adjustment needs a reason."));
            ok = false;
        } else if (reason != m_reasons.cend() && op.quantity != 0 && !reason->allows(op.quantity)) {
            showError(QStringLiteral("reason"),
                      reason->direction == Services::AdjustReason::Direction::In
                          ? tr("“%1” adds stock: enter a positive change, e.g. +2.").arg(m_reason->currentText())
                          : tr("“%1” takes stock out: enter a negative change, e.g. -2.").arg(m_reason->currentText()));
            ok = false;
        } else if (reason != m_reasons.cend() && reason->needsNote && op.reference.isEmpty()) {
            showError(QStringLiteral("reference"),
                      tr("“%1” needs a note saying what happened.").arg(m_reason->currentText()));
            ok = false;
        }
    } else if (m_kind == Kind::Count) {
        if (quantity.isEmpty()) {
            showError(QStringLiteral("quantity"), tr("Enter how many you counted."));
            ok = false;
        }
    } else if (m_everything && m_everything->isChecked()) {
        // the whole rest of the transfer, chosen explicitly
    } else if (m_everything && quantity.isEmpty()) {
        showError(QStringLiteral("quantity"), tr("Enter how many arrived, or tick “Everything still in transit”."));
        ok = false;
    } else if (op.quantity <= 0) {
        showError(QStringLiteral("quantity"), tr("Enter a quantity of at least 1."));
        ok = false;
    }
    if (!ok) {
        // The first field in the form's order that has an error takes the focus.
        for (const QString &name : std::as_const(m_fieldOrder)) {
            if (!m_errors.value(name)->isHidden()) {
                focusField(name);
                break;
            }
        }
    }
    return ok;
}

void OperationDialog::submit()
{
    if (m_pending || !validate())
        return;
    if (!confirmLargeQuantity())
        return; // asks first; sends when confirmed
    send();
}

void OperationDialog::send()
{
    setPending(true);
    m_status->setText(tr("Applying…"));
    m_queue->submit(operation());
}

void OperationDialog::showError(const QString &field, const QString &text)
{
    const QString message = sentence(text);
    QLabel *label = m_errors.value(field);
    if (!label) {
        m_status->setText(message);
        return;
    }
    label->setText(message);
    label->show();
    fitContents();
}

void OperationDialog::focusField(const QString &field)
{
    QWidget *widget = m_fields.value(field);
    if (!widget || !widget->isEnabled())
        return;
    widget->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->selectAll();
    else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        combo->lineEdit()->selectAll();
}

void OperationDialog::fitContents()
{
    layout()->activate();
    const int wanted = sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void OperationDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void OperationDialog::setPending(bool pending)
{
    m_pending = pending;
    m_apply->setEnabled(!pending);
}

void OperationDialog::nextForm(const QString &message)
{
    setPending(false);
    // Everything but where the work happens is cleared for the next item.
    const QString keepLocation = m_location ? m_location->currentData().toString() : QString();
    if (m_to)
        m_to->setCurrentIndex(-1);
    if (m_transfer) {
        m_transfer->setCurrentIndex(-1);
        m_transfer->clearEditText();
    }
    if (m_reason)
        m_reason->setCurrentIndex(-1);
    if (m_reference)
        m_reference->clear();
    if (m_restock)
        m_restock->setChecked(true);
    start({}, keepLocation);
    m_status->setText(message);
}

void OperationDialog::onFinished(const Operation &op, const QJsonObject &result)
{
    if (op.key != m_key)
        return;
    QString summary;
    switch (m_kind) {
    case Kind::Receive:
        summary = tr("Received %1 × %2 at %3: on hand now %4.")
                      .arg(QLocale().toString(op.quantity))
                      .arg(result.value(u"sku").toString(), result.value(u"location").toString())
                      .arg(number(result, u"on_hand"));
        break;
    case Kind::Adjust:
        summary = tr("Adjusted %1 at %2 by %3: on hand now %4.")
                      .arg(result.value(u"sku").toString(), result.value(u"location").toString())
                      .arg(QLocale().toString(op.quantity))
                      .arg(number(result, u"on_hand"));
        break;
    case Kind::Count:
        summary = tr("Counted %1 × %2 at %3 (difference %4).")
                      .arg(QLocale().toString(op.quantity))
                      .arg(result.value(u"sku").toString(), result.value(u"location").toString())
                      .arg(number(result, u"difference"));
        break;
    case Kind::TransferShip:
        summary = tr("Transfer %1 shipped: %2 × %3 from %4 to %5.")
                      .arg(result.value(u"transfer").toInteger())
                      .arg(QLocale().toString(op.quantity))
                      .arg(result.value(u"sku").toString(), op.location, op.toLocation);
        break;
    case Kind::TransferReceive:
        summary = tr("Received %1 of transfer %2 at %3.")
                      .arg(number(result, u"received"))
                      .arg(op.transfer)
                      .arg(result.value(u"to").toString());
        break;
    case Kind::Return:
        summary = (op.damaged ? tr("Returned %1 × %2 at %3 as damaged.") : tr("Returned %1 × %2 at %3 to stock."))
                      .arg(QLocale().toString(op.quantity), result.value(u"sku").toString(),
                           result.value(u"location").toString());
        break;
    default: // the transfers and reservations views send the other kinds
        break;
    }
    if (result.value(u"replayed").toBool())
        summary += u' ' + tr("(It had already been applied; nothing changed twice.)");
    nextForm(summary);
    Q_EMIT applied(op, summary);
}

void OperationDialog::onRefused(const Operation &op, const Error &error)
{
    if (op.key != m_key)
        return;
    setPending(false);
    m_status->clear();
    const QString message = error.message;
    QString field;
    switch (error.kind) {
    case Error::Kind::NotFound:
        if (message.contains(u"location")) {
            field = m_location ? QStringLiteral("location") : QString();
            showError(field, message);
        } else if (message.contains(u"transfer")) {
            field = QStringLiteral("transfer");
            showError(field, tr("There is no transfer %1.").arg(op.transfer));
        } else if (m_sku && m_sku->text().trimmed() == op.sku) {
            field = QStringLiteral("sku");
            showError(field, tr("Unknown SKU or barcode “%1”.").arg(op.sku));
        } else {
            // The answer to an earlier scan, arriving after the next one: said, but not under the new SKU.
            m_status->setText(tr("Unknown SKU or barcode “%1”.").arg(op.sku));
        }
        break;
    case Error::Kind::Refused:
        field =
            m_transfer && !message.contains(u"insufficient") ? QStringLiteral("transfer") : QStringLiteral("quantity");
        showError(field, message);
        break;
    case Error::Kind::Invalid:
        field = message.startsWith(u"reason")                ? QStringLiteral("reason")
                : message.startsWith(u"note") && m_reference ? QStringLiteral("reference")
                                                             : QStringLiteral("quantity");
        showError(field, message);
        break;
    case Error::Kind::PermissionDenied:
        m_status->setText(tr("Your database role may not do this (%1): it needs the %2 role. Nothing was changed.")
                              .arg(title(m_kind), Services::Permissions::personaFor(m_kind)));
        break;
    case Error::Kind::Conflict:
        m_key = Services::LedgerService::newKey();
        m_status->setText(tr("This form's key had been used for a different operation; press %1 again to send "
                             "this one as a new operation.")
                              .arg(title(m_kind)));
        break;
    default:
        m_status->setText(sentence(message));
        break;
    }
    if (!field.isEmpty())
        focusField(field);
}

void OperationDialog::onQueued(const Operation &op)
{
    if (op.key != m_key)
        return;
    nextForm(tr("Offline: “%1” is saved in the local journal and will be sent when the connection returns.")
                 .arg(op.describe()));
}

} // namespace Stockroom::Ui
