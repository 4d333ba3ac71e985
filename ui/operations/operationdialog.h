#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

#include <ledger/ledgerrecords.h>
#include <ledger/operation.h>
#include <ledger/skulookup.h>
#include <ledger/stockreader.h>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Stockroom::Services {
class OperationQueue;
struct Error;
} // namespace Stockroom::Services

namespace Stockroom::Models {
class ReadThread;
}

namespace Stockroom::Ui {

// One stock operation as a scanner-friendly form: scan (or type) the SKU, Enter, the quantity, Enter.
// The form's idempotency key is made when it opens and kept until the operation has been applied, so a
// double click, a retry or a replay from the offline journal can never apply it twice. Refusals are shown
// in plain words next to the field they concern, which takes the focus with its text selected, so the next
// scan replaces it. The SKU's name and buckets show as soon as it is resolved; a barcode scanned into the
// quantity is taken as the next SKU, never as a quantity, and a quantity far above the usual asks first.
// After success every field but the location is cleared for the next item.
class OperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDialog)

public:
    using Kind = Services::Operation::Kind;

    OperationDialog(Kind kind, Services::OperationQueue *queue, Models::ReadThread *reads, QWidget *parent = nullptr);
    ~OperationDialog() override;

    static QString title(Kind kind);

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    bool isPending() const { return m_pending; }
    void setLocations(const QList<Services::LocationRef> &locations);
    void setTransfers(const QList<Services::TransferRef> &transfers);
    void setReasons(const QList<Services::AdjustReason> &reasons);
    // Starts a fresh form for receiving transfer (from the transfers view).
    void startTransfer(qint64 transfer);
    // Starts a fresh form (a new key) with sku and location filled in where they are given.
    void start(const QString &sku, const QString &location);
    // What the form would send now.
    Services::Operation operation() const;
    // What the form knows of the SKU at the location (found is false until resolved).
    const Services::SkuLookup &skuLookup() const { return m_lookup; }
    // Above this a quantity asks for confirmation, when it is also over ten times the stock on hand.
    static qint64 quantityCeiling();

Q_SIGNALS:
    void applied(const Stockroom::Services::Operation &op, const QString &summary);

private:
    QLineEdit *addLine(const QString &name, const QString &label, const QString &placeholder);
    QComboBox *addCombo(const QString &name, const QString &label);
    void addRow(const QString &label, QWidget *field, const QString &name);
    void submit();
    void send();
    bool validate();
    bool confirmLargeQuantity();
    void showError(const QString &field, const QString &message);
    void focusField(const QString &field);
    void clearErrors();
    void fitContents();
    void setPending(bool pending);
    void onFinished(const Services::Operation &op, const QJsonObject &result);
    void onRefused(const Services::Operation &op, const Services::Error &error);
    void onQueued(const Services::Operation &op);
    void nextForm(const QString &message);
    void lookUpSku();
    void onSkuLookedUp(quint64 requestId, const Services::SkuLookup &lookup);
    void showSkuInfo();
    void onQuantityScanned(const QString &text);
    void onQuantityEntered();

    Kind m_kind;
    Services::OperationQueue *m_queue;
    Models::ReadThread *m_reads;
    QString m_key;
    bool m_pending = false;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_fields;
    QStringList m_fieldOrder;
    Services::SkuLookup m_lookup;
    quint64 m_lookupRequest = 0;
    QLabel *m_skuInfo = nullptr;
    QCheckBox *m_everything = nullptr;
    QList<Services::AdjustReason> m_reasons;
    QLineEdit *m_sku = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_transfer = nullptr;
    QLineEdit *m_quantity = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reference = nullptr;
    QRadioButton *m_restock = nullptr;
    QRadioButton *m_damaged = nullptr;
    QLabel *m_status;
    QPushButton *m_apply;
};

} // namespace Stockroom::Ui
