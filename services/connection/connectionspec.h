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

    // Accepts postgresql://[user[:password]@][host][:port][/database][?key=value&...]
    static Result<ConnectionSpec> fromUrl(const QString &url);
    QString toUrl(bool withPassword = false) const;
    QString describe() const; // for window titles and messages: user@host:port/database, never the password

    void applyTo(QSqlDatabase &db) const;
};

} // namespace Stockroom::Services
