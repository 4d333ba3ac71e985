#pragma once

#include <recordpage.h>

class QCheckBox;
class QPushButton;

namespace Stockroom::Models {
class ReadThread;
class ReservationModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

// The lease console: every active hold with the time it has left, counting down; holds past their time
// that the sweeper has not yet expired; commit or release one, or release a selection with a reason that
// the ledger records (a manager's audited bulk release).
class ReservationsView final : public RecordPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationsView)

public:
    ReservationsView(Models::ReadThread *reads, Services::OperationQueue *queue, QWidget *parent = nullptr);
    ~ReservationsView() override;

    Models::ReservationModel *model() const { return m_model; }
    void setPermissions(const Services::Permissions &permissions) override;
    void reload() override;
    QString summary() const override;

    void commitSelected();
    void releaseSelected();

protected:
    QString emptyText() const override;
    void onApplied(const Services::Operation &op, const QJsonObject &result) override;
    void selectionChanged() override;

private:
    QList<qint64> selectedIds() const;
    void confirmThenSend(Services::Operation op, const QString &title, const QString &text, const QString &verb);

    Models::ReservationModel *m_model;
    QCheckBox *m_expiredOnly;
    QPushButton *m_commit;
    QPushButton *m_release;
};

} // namespace Stockroom::Ui
