#include "referencedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <formfield.h>
#include <ledger/ledgerservice.h>
#include <sentence.h>

namespace Stockroom::Ui {

ReferenceDialog::ReferenceDialog(const Services::ConnectionSpec &spec, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_key(Services::LedgerService::newKey())
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, &ReferenceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

ReferenceDialog::~ReferenceDialog() = default;

void ReferenceDialog::addField(const QString &label, QWidget *field, const QString &name)
{
    const FormField row = makeFormField(field, name, this);
    m_errors.insert(name, row.error);
    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(field);
    m_form->addRow(labelWidget, row.cell);
}

void ReferenceDialog::load()
{
    setStatus(tr("Reading the current values…"));
    read([this](const Services::Status &status) {
        if (!status) {
            setStatus(tr("Could not read the current values: %1").arg(status.error().message));
            return;
        }
        setStatus({});
        m_save->setEnabled(true);
    });
}

void ReferenceDialog::showError(const QString &field, const QString &message)
{
    if (QLabel *label = m_errors.value(field)) {
        label->setText(message);
        label->show();
        if (QWidget *widget = findChild<QWidget *>(field))
            widget->setFocus();
    } else {
        setStatus(message);
    }
}

void ReferenceDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
    setStatus({});
}

void ReferenceDialog::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString ReferenceDialog::fieldFor(const Services::Error &) const
{
    return {};
}

void ReferenceDialog::save()
{
    if (m_busy)
        return;
    clearErrors();
    if (!validate())
        return;
    m_busy = true;
    m_save->setEnabled(false);
    setStatus(tr("Saving…"));
    write([this](const Services::Result<QJsonObject> &result) {
        m_busy = false;
        m_save->setEnabled(true);
        if (!result) {
            setStatus({});
            showError(fieldFor(result.error()), sentence(result.error().message));
            if (result.error().kind == Services::Error::Kind::Conflict)
                m_key = Services::LedgerService::newKey(); // the key stood for other values: this is a new change
            return;
        }
        Q_EMIT saved(summary(result.value()));
        accept();
    });
}

} // namespace Stockroom::Ui
