#pragma once

#include "arguments.h"

#include <QJsonObject>

#include <connection/session.h>
#include <counts/countservice.h>
#include <ledger/ledgerservice.h>
#include <memory>
#include <orders/orderservice.h>
#include <result.h>

namespace Stockroom::Ctl {

enum ExitCode
{
    Done = 0,
    Failed = 1,
    Usage = 2,
    RefusedByRules = 3,
    KeyConflict = 4,
};

// What every command gets: its arguments, the output in the chosen form, and a ledger connection made on
// first use (the embedded cluster or --db).
class Context final
{
public:
    explicit Context(Arguments arguments);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    const Arguments &args() const { return m_args; }
    bool json() const { return m_args.json; }

    // Connects (starting and migrating the ledger if needed); nullptr after printing why not.
    Services::LedgerService *ledger();
    Services::Session *session();
    Services::OrderService *orders();
    Services::CountService *counts();
    const Services::ConnectionSpec *spec() const { return m_spec.get(); }
    bool connect();
    // The exit code for why connect() failed (a malformed --db is a usage error, a refused login a refusal),
    // or Done when it did not fail; commands just return Failed after a failed connect.
    int connectFailure() const { return m_connectFailure; }

    // The key given with --key, or a fresh one (which the output then shows).
    QString key() const;

    int usage(const QString &message) const;
    int fail(const Services::Error &error) const;
    // Reports unknown options; true when there were none.
    bool checkUnused() const;

    // One JSON object per line with --json, else the human line.
    void print(const QJsonObject &object, const QString &human) const;
    // Prints the mutation's result; "replayed" results say so.
    int report(const Services::Result<QJsonObject> &result, const std::function<QString(const QJsonObject &)> &human);

private:
    Arguments m_args;
    mutable QString m_key;
    std::unique_ptr<Services::ConnectionSpec> m_spec;
    std::unique_ptr<Services::Session> m_session;
    std::unique_ptr<Services::LedgerService> m_ledger;
    std::unique_ptr<Services::OrderService> m_orders;
    std::unique_ptr<Services::CountService> m_counts;
    int m_connectFailure = 0;
};

int exitCodeFor(const Services::Error &error);

} // namespace Stockroom::Ctl
