#pragma once

#include "connectionspec.h"

#include <QString>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

// Where this user's Stockroom connects, remembered between runs (QSettings): the embedded ledger, or a
// shared server's address, user and TLS mode. Never the password: that lives in the keychain.
struct ConnectionSettings
{
    enum class Mode
    {
        Unset,
        Embedded,
        Server,
    };

    Mode mode = Mode::Unset;
    QString url; // postgresql://host:port/database, without user or password
    QString user;
    QString sslMode = QStringLiteral("verify-full"); // disable, allow, prefer, require, verify-ca, verify-full
    // The user ticked "allow without TLS" for this server (url + user): only then may a stored password go to it
    // over a connection that is not TLS for certain. Kept per server.
    bool allowWithoutTls = false;
    // A streaming standby of the server for the read-heavy views (stock, ledger, dashboard), or empty: its address
    // (postgresql://host:port/database), logged in as user with the server's password (a standby has the primary's
    // roles) and the same TLS mode unless the URL names one. "Allow without TLS" covers it too.
    QString readUrl;

    static ConnectionSettings load();
    // Whether the user allowed this server (url) for this user without TLS, as remembered.
    static bool allowedWithoutTls(const QString &user, const QString &url);
    void save() const;
    // The server's connection, without the password.
    Result<ConnectionSpec> serverSpec() const;
    // The read replica's connection, without the password; nothing when none is set.
    Result<std::optional<ConnectionSpec>> readSpec() const;
};

} // namespace Stockroom::Services
