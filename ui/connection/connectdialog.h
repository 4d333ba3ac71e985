#pragma once

#include <QDialog>

#include <connection/connectionsettings.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Stockroom::Ui {

// Where to connect, asked on first start (and from File ▸ Connect to…): this computer's embedded
// ledger, or a shared server by URL, user and TLS mode, and optionally a streaming standby of it that the stock
// view, the ledger panel and the dashboard read from. The password can be kept in the keychain.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(const Services::ConnectionSettings &settings, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    Services::ConnectionSettings settings() const;
    QString password() const;
    bool rememberPassword() const;
    void setError(const QString &message);
    void accept() override; // refuses, in words next to the fields, what cannot connect

private:
    void updateEnabled();

    QRadioButton *m_embedded;
    QRadioButton *m_server;
    QLineEdit *m_url;
    QLineEdit *m_readUrl;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_remember;
    QCheckBox *m_withoutTls;
    QLabel *m_error;
};

} // namespace Stockroom::Ui
