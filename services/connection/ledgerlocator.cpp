#include "ledgerlocator.h"

#include "embeddedcluster.h"
#include "migrator.h"
#include "session.h"

namespace Stockroom::Services {

QString LedgerLocator::urlFromEnvironment()
{
    return qEnvironmentVariable("STOCKROOM_DB");
}

Result<ConnectionSpec> LedgerLocator::prepare(const QString &dbUrl, const Progress &progress)
{
    const QString url = dbUrl.isEmpty() ? urlFromEnvironment() : dbUrl;
    Result<ConnectionSpec> spec = url.isEmpty() ? EmbeddedCluster().start(progress) : ConnectionSpec::fromUrl(url);
    if (!spec)
        return spec;
    Session session(spec.value(), QStringLiteral("migrate"));
    Migrator migrator(session);
    auto current = migrator.currentVersion();
    if (!current)
        return current.error();
    if (current.value() != Migrator::latestVersion() && progress)
        progress(QStringLiteral("Updating the ledger schema to version %1…").arg(Migrator::latestVersion()));
    if (auto migrated = migrator.migrate(); !migrated)
        return migrated.error();
    return spec;
}

} // namespace Stockroom::Services
