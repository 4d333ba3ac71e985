#pragma once

#include "connectionspec.h"

#include <QString>

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

    static ConnectionSettings load();
    // Whether the user allowed this server (url) for this user without TLS, as remembered.
    static bool allowedWithoutTls(const QString &user, const QString &url);
    void save() const;
    // The server's connection, without the password.
    Result<ConnectionSpec> serverSpec() const;
};

} // namespace Stockroom::Services
