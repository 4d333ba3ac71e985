#pragma once

#include <QDialog>

#include <ledger/ledgerrecords.h>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Stockroom::Ui {

// How many units of a transfer were lost on the way, and why: at most what is still in transit, with one
// of the ledger's reasons that take stock out.
class WriteOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteOffDialog)

public:
    WriteOffDialog(const Services::TransferInfo &transfer, const QList<Services::AdjustReason> &reasons,
                   QWidget *parent = nullptr);
    ~WriteOffDialog() override;

    qint64 quantity() const;
    QString reason() const;

private:
    void accept() override;

    QSpinBox *m_quantity;
    QComboBox *m_reason;
    QLabel *m_error;
};

} // namespace Stockroom::Ui
