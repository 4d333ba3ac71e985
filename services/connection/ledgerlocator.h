#pragma once

#include "connectionspec.h"

#include <functional>
#include <result.h>

namespace Stockroom::Services {

// Finds the ledger a client should use and makes it ready: the server named by --db (or $STOCKROOM_DB),
// or else the embedded cluster, started if needed; either way migrated to this build's schema.
class LedgerLocator final
{
public:
    using Progress = std::function<void(const QString &)>;

    static QString urlFromEnvironment();
    static Result<ConnectionSpec> prepare(const QString &dbUrl, const Progress &progress = {});
};

} // namespace Stockroom::Services
