#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <connection/connectionspec.h>
#include <memory>
#include <result.h>
#include <sys/types.h>

namespace Stockroom::FaultTest {

// A PostgreSQL cluster of the fault test's own, in a temporary directory, on 127.0.0.1 with trust
// authentication: it is killed with SIGKILL and restarted, so it must never be a server anyone else uses.
// Durability: fsync is off, synchronous_commit stays on. A killed server's writes are in the kernel's page
// cache, which a process crash does not lose, so every acknowledged commit survives; only a machine crash
// would need fsync.
class FaultCluster final
{
public:
    FaultCluster();
    ~FaultCluster();
    Q_DISABLE_COPY_MOVE(FaultCluster)

    Services::Status create(); // initdb and the first start
    Services::Status start();  // after a kill: waits until the old processes are gone and recovery is done
    // SIGKILL to the postmaster (its pid from postmaster.pid) and, with everyProcess, to each of its children at
    // the same moment. Returns how many processes were killed.
    Services::Result<int> kill(bool everyProcess);
    bool isRunning() const;
    void stop();
    void keep(); // leave the directory behind for a post-mortem

    QString directory() const { return m_dir ? m_dir->path() : QString(); }
    quint16 port() const { return m_port; }
    Services::ConnectionSpec spec(const QString &database) const;
    QString logTail(int lines = 20) const;

private:
    Services::Status run(const QString &tool, const QStringList &arguments, int timeoutMs) const;
    QString dataDir() const;
    qint64 postmasterPid() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_asPostgres = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

} // namespace Stockroom::FaultTest
