#pragma once

#include <QString>

#include <result.h>

class QSqlDatabase;

namespace Stockroom::Services {

// Where the ledger lives: a shared server named by a postgresql:// URL, or the embedded cluster's socket.
struct ConnectionSpec
{
    QString host; // a host name, or the directory of a Unix socket
    int port = 5432;
    QString database = QStringLiteral("stockroom");
    QString user;
    QString password;
    QString options; // libpq keywords for QPSQL, e.g. "sslmode=require;connect_timeout=5"
    // The user explicitly allowed a stored password to go to this server over a connection without TLS: the
    // connect dialog's "allow without TLS" for this server, or sslmode=disable written in a --db URL.
    bool allowWithoutTls = false;

    // Accepts postgresql://[user[:password]@][host][:port][/database][?key=value&...]
    static Result<ConnectionSpec> fromUrl(const QString &url);
    QString toUrl(bool withPassword = false) const;
    QString describe() const; // for window titles and messages: user@host:port/database, never the password

    // A Unix socket, localhost, 127.0.0.1 or ::1: nobody sits in the path, so libpq's default (prefer) stays.
    bool isLocal() const;
    // The sslmode the connection uses: the one given, else verify-full for a shared server (non-local host),
    // else empty (libpq's default) for a local one.
    QString sslMode() const;
    // TLS for certain: require, verify-ca or verify-full (prefer and allow fall back to plain text).
    bool guaranteesTls() const;
    // Whether a password from the keychain may be sent: only over a local connection, one that is TLS for
    // certain, or to a server the user explicitly allowed without TLS.
    bool mayUseStoredPassword() const;
    // What to do about a TLS failure libpq reported (certificate not trusted, host name, no TLS on the server);
    // empty when serverMessage is about something else.
    QString tlsAdvice(const QString &serverMessage) const;

    void applyTo(QSqlDatabase &db) const;
};

} // namespace Stockroom::Services
