#pragma once

#include "connectionspec.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <result.h>

namespace Stockroom::Services {

// A private PostgreSQL cluster under the user's data directory, reachable only through a Unix socket in
// a directory only that user can open (as KDE's Akonadi runs its own). Created on first use, started when
// not running, and left running for the next client; stop() shuts it down.
class EmbeddedCluster final
{
public:
    using Progress = std::function<void(const QString &)>;

    // baseDir empty: $STOCKROOM_DATA_DIR, else <generic data dir>/stockroom, or /var/lib/stockroom for root.
    explicit EmbeddedCluster(QString baseDir = {});

    static QString defaultBaseDir();

    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;

    Result<ConnectionSpec> start(const Progress &progress = {});
    Status stop();
    bool isRunning() const;

private:
    Result<QString> binDir() const;
    Status prepareDirectories() const;
    Status runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output = nullptr) const;

    QString m_baseDir;
    bool m_asPostgresUser = false; // root: PostgreSQL refuses to run as root, so the postgres user runs it
};

} // namespace Stockroom::Services
