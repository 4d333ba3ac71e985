#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <result.h>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Stockroom::Ui {

// Hot-SKU mode of one SKU at one location (a manager's): says what it does, whether the row is hot now and
// with how many slots, and switches it on (with a slot count) or off, off the GUI thread. Switching off asks
// first. Each switch is sent with an idempotency key of its own; the ledger's refusals are shown as they come.
class HotSkuDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotSkuDialog)

public:
    HotSkuDialog(const Services::ConnectionSpec &spec, const QString &sku, const QString &location,
                 QWidget *parent = nullptr);
    ~HotSkuDialog() override;

    // Reads whether the row is hot now; the buttons are enabled once it is known.
    void load();
    bool isHot() const { return m_slotsNow > 0; }
    int slotsNow() const { return m_slotsNow; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // A switch the ledger applied, in a sentence for the status bar.
    void changed(const QString &summary);
    // load() or a switch finished (whether it worked or not).
    void settled();

private:
    void enable();
    void confirmDisable();
    void disable();
    void finishWrite(const Services::Result<QJsonObject> &result, const QString &summary);
    void showState();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void fitHeight();

    Services::ConnectionSpec m_spec;
    QString m_sku;
    QString m_location;
    int m_slotsNow = -1; // -1 unknown, 0 not hot
    qint64 m_parked = 0;
    bool m_busy = false;
    QLabel *m_state;
    QSpinBox *m_slots;
    QLabel *m_status;
    QPushButton *m_enable;
    QPushButton *m_disable;
};

} // namespace Stockroom::Ui
