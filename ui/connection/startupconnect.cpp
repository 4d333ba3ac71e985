// Startup: choosing where to connect, with the password from the keychain.
#include "connectdialog.h"
#include "startup.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QProcess>

#include <connection/connectionsettings.h>
#include <connection/ledgerlocator.h>
#include <connection/passwordstore.h>

namespace Stockroom::Ui {

using Services::ConnectionSettings;
using Services::ConnectionSpec;
using Services::Error;
using Services::PasswordStore;
using Services::Result;

namespace {

Q_LOGGING_CATEGORY(lcStartup, "stockroom.ui.startup", QtWarningMsg)

// A server URL given without a password gets the one the keychain holds for it, if any, and only when the
// connection is TLS for certain, local, or the URL says sslmode=disable (the user's explicit choice).
QString withKeychainPassword(const QString &url)
{
    auto spec = ConnectionSpec::fromUrl(url);
    if (!spec || spec->user.isEmpty() || !spec->password.isEmpty())
        return url;
    auto password = PasswordStore::readFor(spec.value());
    if (!password) {
        if (password.error().kind == Error::Kind::Refused)
            qCWarning(lcStartup) << password.error().message;
        return url;
    }
    ConnectionSpec out = spec.value();
    out.password = password.value();
    return out.toUrl(true);
}

// The replica's password: its own (in its URL or the keychain), else the primary's when it may be sent there.
ConnectionSpec withReplicaPassword(ConnectionSpec replica, const ConnectionSpec &primary)
{
    if (!replica.password.isEmpty() || replica.user.isEmpty())
        return replica;
    if (auto stored = PasswordStore::readFor(replica)) {
        replica.password = stored.value();
        return replica;
    }
    if (replica.user == primary.user && !primary.password.isEmpty() && replica.mayUseStoredPassword())
        replica.password = primary.password;
    else if (replica.user == primary.user && !primary.password.isEmpty())
        qCWarning(lcStartup) << "the password is not sent to the read replica" << replica.describe()
                             << "without TLS; allow it for that server or use sslmode=require";
    return replica;
}

} // namespace

Result<ConnectionSpec> Startup::connect(const QString &dbUrl, bool demo)
{
    std::optional<ConnectionSpec> replica;
    return connect(dbUrl, demo, QString(), replica);
}

Result<ConnectionSpec> Startup::connect(const QString &dbUrl, bool demo, const QString &readDbUrl,
                                        std::optional<ConnectionSpec> &replica)
{
    replica.reset();
    std::optional<ConnectionSpec> givenReplica;
    if (!readDbUrl.isEmpty()) {
        auto read = ConnectionSpec::fromUrl(readDbUrl);
        if (!read)
            return Error{Error::Kind::Invalid,
                         QApplication::translate("Startup", "--read-db: %1").arg(read.error().message),
                         {}};
        givenReplica = read.value();
    }
    const auto withReplica = [&](Result<ConnectionSpec> primary,
                                 std::optional<ConnectionSpec> read) -> Result<ConnectionSpec> {
        if (primary && read) {
            if (read->user.isEmpty())
                read->user = primary->user;
            replica = withReplicaPassword(*read, primary.value());
        }
        return primary;
    };
    const QString given = dbUrl.isEmpty() ? Services::LedgerLocator::urlFromEnvironment() : dbUrl;
    if (!given.isEmpty() || demo)
        return withReplica(prepare(given.isEmpty() ? QString() : withKeychainPassword(given), demo), givenReplica);

    ConnectionSettings settings = ConnectionSettings::load();
    bool ask = settings.mode == ConnectionSettings::Mode::Unset;
    QString typedPassword;
    bool remember = false;
    QString lastError;
    for (;;) {
        if (ask) {
            ConnectDialog dialog(settings);
            dialog.setError(lastError);
            if (dialog.exec() != QDialog::Accepted)
                return Error{Error::Kind::Internal, QString(), {}};
            settings = dialog.settings();
            typedPassword = dialog.password();
            remember = dialog.rememberPassword();
        }
        QString url;
        QString account;
        QString withheld; // why the keychain's password was not sent
        if (settings.mode == ConnectionSettings::Mode::Server) {
            auto spec = settings.serverSpec();
            if (!spec) {
                lastError = spec.error().message;
                ask = true;
                continue;
            }
            ConnectionSpec server = spec.value();
            account = server.describe();
            server.password = typedPassword;
            if (server.password.isEmpty()) {
                auto stored = PasswordStore::readFor(server);
                if (stored)
                    server.password = stored.value();
                else if (stored.error().kind == Error::Kind::Refused)
                    withheld = stored.error().message;
            }
            url = server.toUrl(true);
        }
        std::optional<ConnectionSpec> read = givenReplica;
        if (!read) {
            auto remembered = settings.readSpec();
            if (!remembered) {
                lastError = remembered.error().message;
                ask = true;
                continue;
            }
            read = remembered.value();
        }
        auto prepared = withReplica(prepare(url, false), read);
        if (prepared) {
            settings.save();
            if (!account.isEmpty() && !typedPassword.isEmpty()) {
                const auto stored =
                    remember ? PasswordStore::write(account, typedPassword) : PasswordStore::remove(account);
                if (!stored)
                    qCWarning(lcStartup) << "the password is not kept:" << stored.error().message;
            }
            return prepared;
        }
        lastError = prepared.error().message;
        if (!withheld.isEmpty())
            lastError += u'\n' + withheld;
        ask = true;
    }
}

void Startup::reconnect(QWidget *parent)
{
    ConnectDialog dialog(ConnectionSettings::load(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectionSettings settings = dialog.settings();
    settings.save();
    if (settings.mode == ConnectionSettings::Mode::Server && !dialog.password().isEmpty()) {
        if (auto spec = settings.serverSpec(); spec && dialog.rememberPassword())
            PasswordStore::write(spec->describe(), dialog.password());
    }
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
    QApplication::quit();
}

} // namespace Stockroom::Ui
