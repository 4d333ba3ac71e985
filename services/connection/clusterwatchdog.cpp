#include "clusterwatchdog.h"

#include "embeddedcluster.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QtConcurrent>

namespace Stockroom::Services {

ClusterWatchdog::ClusterWatchdog(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent)
    , m_baseDir(embeddedBaseDir(spec))
    , m_retry(new QTimer(this))
{
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &ClusterWatchdog::tryRestart);
    connect(&m_attempt, &QFutureWatcherBase::finished, this, [this] {
        const Status result = m_attempt.result();
        if (result)
            Q_EMIT restarted();
        else
            Q_EMIT restartFailed(result.error().message);
    });
}

ClusterWatchdog::~ClusterWatchdog()
{
    m_retry->stop();
    m_attempt.waitForFinished();
}

QString ClusterWatchdog::embeddedBaseDir(const ConnectionSpec &spec)
{
    if (!spec.host.startsWith(u'/'))
        return {};
    // The socket sits in <base>/socket, or in /tmp when that path is too long for a socket.
    for (const QString &base : {QFileInfo(spec.host).absolutePath(), EmbeddedCluster::defaultBaseDir()}) {
        const EmbeddedCluster cluster(base);
        if (QDir::cleanPath(cluster.socketDir()) == QDir::cleanPath(spec.host) &&
            QFileInfo::exists(cluster.dataDir() + QStringLiteral("/PG_VERSION")))
            return base;
    }
    return {};
}

void ClusterWatchdog::setOnline(bool online)
{
    if (!watches())
        return;
    if (online) {
        m_retry->stop();
        return;
    }
    if (!m_retry->isActive()) {
        m_retry->start();
        tryRestart();
    }
}

void ClusterWatchdog::tryRestart()
{
    if (m_attempt.isRunning())
        return;
    Q_EMIT restarting();
    m_attempt.setFuture(QtConcurrent::run([base = m_baseDir]() -> Status {
        EmbeddedCluster cluster(base);
        if (cluster.isRunning())
            return success();
        auto started = cluster.start();
        if (!started)
            return started.error();
        return success();
    }));
}

} // namespace Stockroom::Services
