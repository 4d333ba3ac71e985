#pragma once

#include "connectionspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <result.h>
#include <unordered_map>

class QSqlQuery;
class QSqlError;

namespace Stockroom::Services {

// One database connection for one thread, with its prepared statements kept for reuse: Qt's PostgreSQL
// driver sends PREPARE and DEALLOCATE around every freshly prepared query, so the hot path must not.
class Session final
{
public:
    explicit Session(ConnectionSpec spec, const QString &purpose = QStringLiteral("session"));
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    Status open();
    void close();
    bool isOpen() const;
    const ConnectionSpec &spec() const { return m_spec; }
    QSqlDatabase database() const;
    QString connectionName() const { return m_name; }

    // Executes a cached prepared statement with positional (?) values; the query stays valid until the
    // next call with the same SQL. Outside a transaction, a lost connection is reopened once and the call
    // repeated (every mutation carries an idempotency key, so a repeat can never apply twice), and a call
    // told that its key is being applied right now (SR006) is asked again a few times, to replay that
    // result. Inside a TransactionGuard nothing is repeated: the error is the caller's to handle.
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});

    // The first column of the single row the statement returns, parsed as a JSON object.
    Result<QJsonObject> callJson(const QString &sql, const QVariantList &values = {});

    // Every row, as one JSON object per row keyed by column name.
    Result<QJsonArray> rows(const QString &sql, const QVariantList &values = {});

    // A script of several statements (no values), through the simple query protocol.
    Status execScript(const QString &sql);

    static Error errorFrom(const QSqlError &error);

private:
    Result<QSqlQuery *> runOnce(const QString &sql, const QVariantList &values);

    ConnectionSpec m_spec;
    QString m_name;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
};

} // namespace Stockroom::Services
