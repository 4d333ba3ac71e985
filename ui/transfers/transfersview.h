#pragma once

#include <ledger/ledgerrecords.h>
#include <recordpage.h>

class QCheckBox;
class QPushButton;

namespace Stockroom::Models {
class ReadThread;
class TransferModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

// Transfers between locations with their state and age: receive one (partially), cancel it (what is still
// in transit goes back to the source), or write off what was lost on the way.
class TransfersView final : public RecordPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransfersView)

public:
    TransfersView(Models::ReadThread *reads, Services::OperationQueue *queue, QWidget *parent = nullptr);
    ~TransfersView() override;

    Models::TransferModel *model() const { return m_model; }
    void setReasons(const QList<Services::AdjustReason> &reasons) { m_reasons = reasons; }
    void setPermissions(const Services::Permissions &permissions) override;
    void reload() override;
    QString summary() const override;
    // The selected transfer, or nullptr.
    const Services::TransferInfo *current() const;

    void cancelCurrent();
    void writeOffCurrent();

Q_SIGNALS:
    void receiveRequested(qint64 transfer);

protected:
    QString emptyText() const override;
    void onApplied(const Services::Operation &op, const QJsonObject &result) override;
    void selectionChanged() override;

private:
    Models::TransferModel *m_model;
    QCheckBox *m_openOnly;
    QPushButton *m_receive;
    QPushButton *m_cancel;
    QPushButton *m_writeOff;
    QList<Services::AdjustReason> m_reasons;
};

} // namespace Stockroom::Ui
