#pragma once

#include "staffdirectory.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <result.h>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stockroom::Ui {

// One login's access: add a login (created on the server when it does not exist, with a password typed twice),
// edit its locations and channels, or take some of them off. Anything that takes access away, gives the admin
// role or leaves a login assigned nowhere is confirmed first; the ledger's refusal is said under its field.
class StaffEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffEditDialog)

public:
    enum class Mode
    {
        Add,
        Edit,
        Remove,
    };

    StaffEditDialog(const Services::ConnectionSpec &spec, Mode mode, const StaffDirectory &directory,
                    const Services::StaffMember &member, QWidget *parent = nullptr);
    ~StaffEditDialog() override;

Q_SIGNALS:
    void saved(const QString &summary);

private:
    struct Places
    {
        QGroupBox *box = nullptr;
        QCheckBox *all = nullptr;
        QListWidget *list = nullptr;
    };

    Places addPlaces(const QString &title, const QString &allText, const QString &name,
                     const QList<StaffDirectory::Place> &places, bool all, const QStringList &checked);
    void addRow(const QString &label, QWidget *field, const QString &name);
    static QStringList checkedCodes(const Places &places);
    void showError(const QString &field, const QString &message);
    void clearErrors();
    bool validate();
    void save();
    void confirmThen(const QString &text, const QString &verb, std::function<void()> then);
    void send();
    void finish(const Services::Result<QJsonObject> &result);
    QString fingerprint() const;

    Services::ConnectionSpec m_spec;
    Mode m_mode;
    Services::StaffMember m_member;
    QString m_key;
    QString m_keyFor; // the request m_key was sent with: another request gets a new key
    QFormLayout *m_form;
    QLineEdit *m_login = nullptr;
    QComboBox *m_persona = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    Places m_locations;
    Places m_channels;
    QHash<QString, QLabel *> m_errors;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_busy = false;
};

} // namespace Stockroom::Ui
