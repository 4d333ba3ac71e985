#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <connection/connectionspec.h>
#include <ledger/operation.h>
#include <offline/operationqueue.h>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Stockroom::Ui {

// Counting one session, made for a handheld scanner or a tablet: big type and one field. Scan a barcode (or
// type a SKU) and Enter; the SKU's name shows and the quantity field takes the focus; type what is there and
// Enter records it, pinned to the stock row's ledger position the sheet gave, and the scan field is ready for
// the next label. Each observation goes through the window's operation queue with a key of its own, so a
// dropped connection journals it and it is sent exactly once later. A blind session never shows an expected
// quantity: the ledger does not send one, and this screen has no other source for it.
class CountScreen final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountScreen)

public:
    CountScreen(const Services::ConnectionSpec &spec, Services::OperationQueue *queue, qint64 session,
                QWidget *parent = nullptr);
    ~CountScreen() override;

    qint64 session() const { return m_session; }
    // The sheet as api.count_sheet gave it to this login.
    const QJsonObject &sheet() const { return m_sheet; }
    bool isLoading() const { return m_loading; }
    QLineEdit *scanField() const { return m_scan; }
    QLineEdit *quantityField() const { return m_quantity; }
    QLineEdit *areaField() const { return m_area; }
    // Counts typed here that the ledger has not confirmed yet (sending, or journaled offline).
    qsizetype unconfirmed() const { return m_sent.size(); }
    void reload();
    // Ends counting without asking (the button asks first): uncountedZero confirms a full count's rest as zero.
    void submitCount(bool uncountedZero);

Q_SIGNALS:
    void loaded();
    void recorded(const QString &sku);
    void submitted();
    void message(const QString &text);

private:
    void present(const QJsonObject &sheet);
    void onScan();
    void onQuantity();
    void finish();
    void showError(const QString &text);
    void showProgress();
    QJsonObject lineFor(const QString &code) const;
    void addRecent(const Services::Operation &op, const QString &name, const QString &status);
    void setStatus(const QString &key, const QString &status, bool bad = false);
    void onFinished(const Services::Operation &op, const QJsonObject &result);
    void onRefused(const Services::Operation &op, const Services::Error &error);
    void onQueued(const Services::Operation &op);
    void onReplayed(const QList<Services::OperationQueue::Outcome> &outcomes);

    Services::ConnectionSpec m_spec;
    Services::OperationQueue *m_queue;
    qint64 m_session;
    QJsonObject m_sheet;
    QHash<QString, int> m_index;          // SKU code and every barcode, upper case → line in the sheet
    QJsonObject m_current;                // the scanned line (or a SKU not on a full count's sheet)
    QHash<QString, QString> m_recentKeys; // key → SKU, for the rows of the recent table
    QSet<QString> m_sent;                 // keys sent and not yet applied or refused
    QSet<QString> m_countedOffline;       // SKUs first counted while offline: progress counts them
    bool m_loading = false;
    bool m_closed = false; // submitted, or no longer counting

    QLabel *m_title;
    QLabel *m_mode;
    QProgressBar *m_progress;
    QLineEdit *m_area;
    QLineEdit *m_scan;
    QLabel *m_found;
    QLineEdit *m_quantity;
    QLabel *m_hint;
    QTableWidget *m_recent;
    QLabel *m_offline;
    QPushButton *m_finish;
};

} // namespace Stockroom::Ui
