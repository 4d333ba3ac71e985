#pragma once

#include "connectionspec.h"

#include <QString>

#include <result.h>

namespace Stockroom::Services {

// Database passwords in the operating system's keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) through QtKeychain — never in a file. Where no keychain is available the
// calls fail, and the caller asks for the password instead; there is no plain-text fallback.
class PasswordStore final
{
public:
    static QString account(const QString &where); // one entry per user@host:port/database
    static Result<QString> read(const QString &where);
    // The password kept for spec's server, but only when it may be sent there (spec.mayUseStoredPassword():
    // local, TLS for certain, or explicitly allowed without TLS); otherwise Refused, saying why, and the
    // keychain is not asked.
    static Result<QString> readFor(const ConnectionSpec &spec);
    static Status write(const QString &where, const QString &password);
    static Status remove(const QString &where);
};

} // namespace Stockroom::Services
