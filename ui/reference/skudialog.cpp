#include "skudialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>

#include <ledgertask.h>

namespace Stockroom::Ui {

SkuDialog::SkuDialog(const Services::ConnectionSpec &spec, const QString &code, QWidget *parent)
    : ReferenceDialog(spec, tr("Edit SKU %1").arg(code), parent)
    , m_code(code)
    , m_name(new QLineEdit(this))
    , m_barcodes(new QPlainTextEdit(this))
    , m_unitCost(new QLineEdit(this))
{
    setObjectName(QStringLiteral("skuDialog"));
    auto *codeLabel = new QLabel(code, this);
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(tr("SKU:"), codeLabel, QStringLiteral("code"));
    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    m_barcodes->setPlaceholderText(tr("One barcode per line (EAN-13, UPC-A, …)"));
    m_barcodes->setTabChangesFocus(true);
    m_barcodes->setFixedHeight(m_barcodes->fontMetrics().height() * 5);
    addField(tr("&Barcodes:"), m_barcodes, QStringLiteral("barcodes"));
    m_unitCost->setPlaceholderText(tr("e.g. 12.50 (optional)"));
    addField(tr("Unit &cost:"), m_unitCost, QStringLiteral("unitCost"));
}

SkuDialog::~SkuDialog() = default;

QStringList SkuDialog::barcodes() const
{
    QStringList out;
    const QStringList lines =
        m_barcodes->toPlainText().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!out.contains(line))
            out << line;
    }
    return out;
}

void SkuDialog::read(std::function<void(const Services::Status &)> done)
{
    runLedgerTask<Services::SkuDetails>(
        this, spec(), [code = m_code](Services::Session &session) { return Services::readSku(session, code); },
        [this, done](const Services::Result<Services::SkuDetails> &details) {
            if (!details) {
                done(details.error());
                return;
            }
            m_before = details.value();
            m_name->setText(m_before.name);
            m_barcodes->setPlainText(m_before.barcodes.join(u'\n'));
            m_unitCost->setText(m_before.unitCostCents ? Services::formatCents(*m_before.unitCostCents) : QString());
            done(Services::success());
        });
}

bool SkuDialog::validate()
{
    bool ok = true;
    if (m_name->text().trimmed().isEmpty()) {
        showError(QStringLiteral("name"), tr("A SKU needs a name."));
        ok = false;
    }
    for (const QString &barcode : barcodes()) {
        if (barcode.size() > 64) {
            showError(QStringLiteral("barcodes"), tr("“%1…” is too long for a barcode.").arg(barcode.left(20)));
            ok = false;
            break;
        }
    }
    const QString cost = m_unitCost->text().trimmed();
    if (!cost.isEmpty() && !Services::parseCents(cost)) {
        showError(QStringLiteral("unitCost"), tr("Enter the unit cost as an amount such as 12.50."));
        ok = false;
    } else if (cost.isEmpty() && m_before.unitCostCents) {
        showError(QStringLiteral("unitCost"), tr("A unit cost once set can be changed but not removed."));
        ok = false;
    }
    return ok;
}

void SkuDialog::write(std::function<void(const Services::Result<QJsonObject> &)> done)
{
    Services::SkuUpdate update;
    update.code = m_code;
    if (m_name->text().trimmed() != m_before.name)
        update.name = m_name->text().trimmed();
    if (barcodes() != m_before.barcodes)
        update.barcodes = barcodes();
    if (const auto cost = Services::parseCents(m_unitCost->text().trimmed()); cost && cost != m_before.unitCostCents)
        update.unitCostCents = cost;
    runLedgerTask<QJsonObject>(
        this, spec(),
        [update, key = key()](Services::Session &session) {
            return Services::LedgerService(session).updateSku(update, key);
        },
        done);
}

QString SkuDialog::fieldFor(const Services::Error &error) const
{
    if (error.message.contains(u"barcode"))
        return QStringLiteral("barcodes");
    if (error.message.contains(u"cost"))
        return QStringLiteral("unitCost");
    if (error.message.contains(u"name"))
        return QStringLiteral("name");
    return {};
}

QString SkuDialog::summary(const QJsonObject &) const
{
    return tr("SKU %1 saved.").arg(m_code);
}

} // namespace Stockroom::Ui
