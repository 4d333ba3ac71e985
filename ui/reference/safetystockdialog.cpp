#include "safetystockdialog.h"

#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include <ledger/ledgerservice.h>
#include <ledger/referencedata.h>
#include <ledgertask.h>

namespace Stockroom::Ui {

SafetyStockDialog::SafetyStockDialog(const Services::ConnectionSpec &spec, const QString &sku, const QString &location,
                                     QWidget *parent)
    : ReferenceDialog(spec, tr("Safety stock of %1 at %2").arg(sku, location), parent)
    , m_sku(sku)
    , m_location(location)
    , m_quantity(new QSpinBox(this))
{
    setObjectName(QStringLiteral("safetyStockDialog"));
    addField(tr("SKU:"), new QLabel(sku, this), QStringLiteral("sku"));
    addField(tr("Location:"), new QLabel(location, this), QStringLiteral("location"));
    m_quantity->setRange(0, 1'000'000'000);
    m_quantity->setGroupSeparatorShown(true);
    addField(tr("&Safety stock:"), m_quantity, QStringLiteral("quantity"));
}

SafetyStockDialog::~SafetyStockDialog() = default;

void SafetyStockDialog::read(std::function<void(const Services::Status &)> done)
{
    runLedgerTask<qint64>(
        this, spec(),
        [sku = m_sku, location = m_location](Services::Session &session) {
            return Services::readSafetyStock(session, sku, location);
        },
        [this, done](const Services::Result<qint64> &value) {
            if (!value) {
                done(value.error());
                return;
            }
            m_quantity->setValue(int(value.value()));
            m_quantity->selectAll();
            done(Services::success());
        });
}

bool SafetyStockDialog::validate()
{
    return true;
}

void SafetyStockDialog::write(std::function<void(const Services::Result<QJsonObject> &)> done)
{
    runLedgerTask<QJsonObject>(
        this, spec(),
        [sku = m_sku, location = m_location, quantity = qint64(m_quantity->value()),
         key = key()](Services::Session &session) {
            return Services::LedgerService(session).setSafetyStock(sku, location, quantity, key);
        },
        done);
}

QString SafetyStockDialog::fieldFor(const Services::Error &) const
{
    return QStringLiteral("quantity");
}

QString SafetyStockDialog::summary(const QJsonObject &) const
{
    return tr("Safety stock of %1 at %2 is now %3.").arg(m_sku, m_location, QLocale().toString(m_quantity->value()));
}

} // namespace Stockroom::Ui
