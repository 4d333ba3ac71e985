#pragma once

#include "connectionspec.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <result.h>
#include <sys/types.h>

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
    // <base>/socket, or $XDG_RUNTIME_DIR/stockroom-<hash of base> when that path is too long for a socket;
    // empty when it is too long and there is no $XDG_RUNTIME_DIR (start() then refuses, saying so).
    QString socketDir() const;
    QString logFile() const;

    Result<ConnectionSpec> start(const Progress &progress = {});
    Status stop();
    bool isRunning() const;

private:
    Result<QString> binDir() const;
    Status prepareDirectories() const;
    // pg_hba.conf (peer on the socket, nothing else), pg_ident.conf and stockroom.conf (no TCP, the socket
    // directory, mode 0700), included by postgresql.conf: what a cluster started by hand (pg_ctl start) gets too.
    // *changed: whether any file was rewritten (an older version's cluster, or a moved socket directory).
    Status writeConfiguration(bool *changed) const;
    Status ownedByClusterUser(const QString &path) const;
    Status runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output = nullptr) const;

    QString m_baseDir;
    bool m_asPostgresUser = false; // root: PostgreSQL refuses to run as root, so the postgres user runs it
    uid_t m_clusterUid = 0;
    gid_t m_clusterGid = 0;
};

} // namespace Stockroom::Services
