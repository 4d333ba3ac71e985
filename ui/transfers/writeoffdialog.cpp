#include "writeoffdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Stockroom::Ui {

WriteOffDialog::WriteOffDialog(const Services::TransferInfo &transfer, const QList<Services::AdjustReason> &reasons,
                               QWidget *parent)
    : QDialog(parent)
    , m_quantity(new QSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("writeOffDialog"));
    setWindowTitle(tr("Write off from transfer %1").arg(transfer.id));
    auto *intro = new QLabel(
        tr("%1 %2 from %3 to %4: %5 still in transit.")
            .arg(transfer.sku, transfer.skuName, transfer.from, transfer.to, QLocale().toString(transfer.inTransit)),
        this);
    intro->setWordWrap(true);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(1, int(qMin<qint64>(transfer.inTransit, 1'000'000'000)));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why the units are lost"));
    for (const auto &reason : reasons) {
        if (reason.direction == Services::AdjustReason::Direction::In)
            continue;
        m_reason->addItem(reason.description, reason.code);
    }
    m_reason->setCurrentIndex(-1);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Write off"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("confirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &WriteOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

WriteOffDialog::~WriteOffDialog() = default;

qint64 WriteOffDialog::quantity() const
{
    return m_quantity->value();
}

QString WriteOffDialog::reason() const
{
    return m_reason->currentData().toString();
}

void WriteOffDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Choose why the units are written off."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Stockroom::Ui
