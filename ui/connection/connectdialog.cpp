#include "connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Stockroom::Ui {

using Services::ConnectionSettings;

ConnectDialog::ConnectDialog(const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_embedded(new QRadioButton(tr("&This computer — a private ledger only you can reach (the default)"), this))
    , m_server(new QRadioButton(tr("A &shared server"), this))
    , m_url(new QLineEdit(this))
    , m_readUrl(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_withoutTls(new QCheckBox(tr("&Allow sending the remembered password to this server without TLS"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Stockroom ledger"));
    m_embedded->setObjectName(QStringLiteral("embedded"));
    m_server->setObjectName(QStringLiteral("server"));
    m_url->setObjectName(QStringLiteral("url"));
    m_readUrl->setObjectName(QStringLiteral("readUrl"));
    m_readUrl->setPlaceholderText(tr("optional: postgresql://standby.example.com:5432/stockroom"));
    m_readUrl->setToolTip(tr("A streaming standby of this server. The stock view, the ledger panel and the dashboard "
                             "read from it; every operation still goes to the server above. Same user and password, "
                             "same TLS mode unless the URL names one. Leave empty to read from the server."));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_remember->setObjectName(QStringLiteral("remember"));
    m_withoutTls->setObjectName(QStringLiteral("withoutTls"));
    m_withoutTls->setToolTip(tr("Without TLS anyone on the network path can read the password. Leave this off "
                                "unless the server cannot do TLS and the network is yours."));
    m_url->setPlaceholderText(QStringLiteral("postgresql://ledger.example.com:5432/stockroom"));
    m_password->setEchoMode(QLineEdit::Password);
    for (const auto &[mode, text] : {std::pair{u"disable", tr("disable — no TLS")},
                                     std::pair{u"prefer", tr("prefer — TLS when the server offers it")},
                                     std::pair{u"require", tr("require — always TLS")},
                                     std::pair{u"verify-ca", tr("verify-ca — TLS, trusted certificate")},
                                     std::pair{u"verify-full", tr("verify-full — TLS, certificate and host name")}})
        m_sslMode->addItem(text, QString::fromUtf16(mode));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    m_error->hide();
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("Read r&eplica URL:"), m_readUrl);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&TLS:"), m_sslMode);
    form->addRow(QString(), m_withoutTls);
    form->setContentsMargins(24, 0, 0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    (settings.mode == ConnectionSettings::Mode::Server ? m_server : m_embedded)->setChecked(true);
    m_url->setText(settings.url);
    m_readUrl->setText(settings.readUrl);
    m_user->setText(settings.user);
    const int mode = m_sslMode->findData(settings.sslMode);
    m_sslMode->setCurrentIndex(mode >= 0 ? mode : m_sslMode->findData(QStringLiteral("verify-full")));
    m_withoutTls->setChecked(settings.allowWithoutTls);
    connect(m_server, &QRadioButton::toggled, this, &ConnectDialog::updateEnabled);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateEnabled);
    // The permission is per server and user: another server typed in starts from what was given to it.
    for (QLineEdit *edit : {m_url, m_user})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_withoutTls->setChecked(
                ConnectionSettings::allowedWithoutTls(m_user->text().trimmed(), m_url->text().trimmed()));
        });
    updateEnabled();
    setMinimumWidth(640); // the read replica's label widens the labels' column: the TLS permission still reads whole
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateEnabled()
{
    const bool server = m_server->isChecked();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_url, m_readUrl, m_user, m_password, m_sslMode, m_remember})
        widget->setEnabled(server);
    // Only a mode that may end up without TLS needs the permission.
    const QString mode = m_sslMode->currentData().toString();
    m_withoutTls->setEnabled(server && (mode == u"disable" || mode == u"allow" || mode == u"prefer"));
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings out;
    out.mode = m_server->isChecked() ? ConnectionSettings::Mode::Server : ConnectionSettings::Mode::Embedded;
    out.url = m_url->text().trimmed();
    out.readUrl = m_readUrl->text().trimmed();
    out.user = m_user->text().trimmed();
    out.sslMode = m_sslMode->currentData().toString();
    out.allowWithoutTls = m_withoutTls->isEnabled() && m_withoutTls->isChecked();
    return out;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ConnectDialog::accept()
{
    const ConnectionSettings chosen = settings();
    if (chosen.mode == ConnectionSettings::Mode::Server) {
        auto spec = chosen.serverSpec();
        if (!spec) {
            setError(spec.error().message);
            m_url->setFocus();
            return;
        }
        if (auto read = chosen.readSpec(); !read) {
            setError(read.error().message);
            m_readUrl->setFocus();
            return;
        }
        if (spec->user.isEmpty()) {
            setError(tr("Enter the database user to connect as."));
            m_user->setFocus();
            return;
        }
    }
    setError({});
    QDialog::accept();
}

} // namespace Stockroom::Ui
