// OperationDialog: what the form knows of the SKU before anything is sent, scans that land in the quantity,
// and the confirmation a quantity far above the usual needs.
#include "operationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <readworker.h>

namespace Stockroom::Ui {

qint64 OperationDialog::quantityCeiling()
{
    return QSettings().value(QStringLiteral("operations/quantityCeiling"), 10000).toLongLong();
}

void OperationDialog::lookUpSku()
{
    if (!m_sku || !m_reads)
        return;
    const QString query = m_sku->text().trimmed();
    const QString location = m_location->currentData().toString();
    if (query.isEmpty()) {
        m_lookup = {};
        m_lookupRequest = 0;
        showSkuInfo();
        return;
    }
    m_lookupRequest = m_reads->requestSkuLookup(query, location);
}

void OperationDialog::onSkuLookedUp(quint64 requestId, const Services::SkuLookup &lookup)
{
    if (requestId != m_lookupRequest)
        return;
    m_lookup = lookup;
    showSkuInfo();
    if (!lookup.found && m_sku->text().trimmed() == lookup.query) {
        showError(QStringLiteral("sku"), tr("Unknown SKU or barcode “%1”.").arg(lookup.query));
        focusField(QStringLiteral("sku"));
    } else if (lookup.found) {
        if (QLabel *error = m_errors.value(QStringLiteral("sku")); error && !error->isHidden())
            error->hide();
    }
}

void OperationDialog::showSkuInfo()
{
    if (!m_skuInfo)
        return;
    if (!m_lookup.found) {
        m_skuInfo->clear();
        m_skuInfo->hide();
        return;
    }
    const QLocale locale;
    const auto &b = m_lookup.balances;
    const QString where = m_location->currentText().section(QStringLiteral(" — "), 0, 0);
    QString text = m_lookup.sku + QStringLiteral(" · ") + m_lookup.name + u'\n';
    if (!m_lookup.stocked)
        text += tr("Never stocked at %1 yet.").arg(where);
    else
        text += tr("At %1: on hand %2 · reserved %3 · available %4 · inbound %5 · damaged %6")
                    .arg(where, locale.toString(b.onHand), locale.toString(b.reserved), locale.toString(b.available),
                         locale.toString(b.inbound), locale.toString(b.damaged));
    m_skuInfo->setText(text);
    m_skuInfo->show();
    fitContents();
}

void OperationDialog::onQuantityEntered()
{
    if (m_to && m_to->currentIndex() < 0) {
        showError(QStringLiteral("toLocation"), tr("Choose where the transfer goes."));
        focusField(QStringLiteral("toLocation"));
        m_to->showPopup();
        return;
    }
    if (m_reason && m_reason->currentIndex() < 0) {
        m_reason->setFocus();
        m_reason->showPopup();
        return;
    }
    submit();
}

void OperationDialog::onQuantityScanned(const QString &text)
{
    m_quantity->clear();
    if (m_transfer) {
        m_transfer->setCurrentIndex(-1);
        m_transfer->setEditText(text);
        m_status->setText(tr("“%1” was scanned into the quantity: it is taken as the transfer number. Enter the "
                             "quantity that arrived.")
                              .arg(text));
    } else {
        m_sku->setText(text);
        m_lookup = {};
        showSkuInfo();
        lookUpSku();
        m_status->setText(tr("“%1” was scanned into the quantity: it is taken as the next SKU, not as a quantity. "
                             "Enter the quantity.")
                              .arg(text));
    }
    m_quantity->setFocus();
}

bool OperationDialog::confirmLargeQuantity()
{
    const Services::Operation op = operation();
    const qint64 quantity = qAbs(op.quantity);
    const bool known = m_lookup.found && m_lookup.query == op.sku;
    const qint64 onHand = known ? m_lookup.balances.onHand : 0;
    if (m_kind == Kind::TransferReceive || quantity <= quantityCeiling() || (known && quantity <= 10 * onHand))
        return true;

    const QLocale locale;
    const QString where = m_location->currentText();
    const QString what = known ? m_lookup.name + QStringLiteral(" (") + m_lookup.sku + u')' : op.sku;
    qint64 after = onHand;
    switch (m_kind) {
    case Kind::Receive:
    case Kind::Return:
        after = op.damaged ? onHand : onHand + quantity;
        break;
    case Kind::Adjust:
        after = onHand + op.quantity;
        break;
    case Kind::Count:
        after = quantity;
        break;
    case Kind::TransferShip:
        after = onHand - quantity;
        break;
    default:
        break;
    }
    QString text = tr("%1: %2 × %3 at %4?").arg(title(m_kind), locale.toString(op.quantity), what, where);
    text += u'\n' + (known ? tr("On hand would go from %1 to %2.").arg(locale.toString(onHand), locale.toString(after))
                           : tr("The stock on hand is not known here."));
    text += QStringLiteral("\n\n") + tr("That is far more than usual: over %1, and over ten times the stock on hand. "
                                        "A barcode scanned into the quantity looks like this.")
                                         .arg(locale.toString(quantityCeiling()));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Unusually large quantity"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmQuantity"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("Yes, %1 is right").arg(locale.toString(op.quantity)), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirm"));
    QPushButton *back = box->addButton(tr("Correct the quantity"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("correct"));
    box->setDefaultButton(back);
    connect(box, &QMessageBox::finished, this, [this, box, go] {
        if (box->clickedButton() == go) {
            send();
        } else {
            focusField(QStringLiteral("quantity"));
        }
    });
    box->open();
    return false;
}

} // namespace Stockroom::Ui
