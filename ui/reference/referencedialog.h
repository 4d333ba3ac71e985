#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <result.h>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Stockroom::Ui {

// What the reference-data forms share (a SKU, a location, a safety stock): the current values are read
// when the form opens, the change is sent with one idempotency key per form so a double click or a retry
// applies it once, errors are said under their field, and nothing is half-saved.
class ReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    ReferenceDialog(const Services::ConnectionSpec &spec, const QString &title, QWidget *parent = nullptr);
    ~ReferenceDialog() override;

    // Reads the current values, then enables the form.
    void load();

Q_SIGNALS:
    void saved(const QString &summary);

protected:
    void addField(const QString &label, QWidget *field, const QString &name);
    void showError(const QString &field, const QString &message);
    void clearErrors();
    void setStatus(const QString &text);
    const Services::ConnectionSpec &spec() const { return m_spec; }
    const QString &key() const { return m_key; }

    // Fills the fields from the ledger (on the GUI thread, after a read off it).
    virtual void read(std::function<void(const Services::Status &)> done) = 0;
    // Checks the fields; false after showing what is wrong.
    virtual bool validate() = 0;
    // Sends the change; done gets the ledger's answer.
    virtual void write(std::function<void(const Services::Result<QJsonObject> &)> done) = 0;
    // The field an error from the ledger belongs to (empty: the status line).
    virtual QString fieldFor(const Services::Error &error) const;
    virtual QString summary(const QJsonObject &result) const = 0;

private:
    void save();

    Services::ConnectionSpec m_spec;
    QString m_key;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_busy = false;
};

} // namespace Stockroom::Ui
