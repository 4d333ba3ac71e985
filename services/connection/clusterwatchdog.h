#pragma once

#include "connectionspec.h"

#include <QFutureWatcher>
#include <QObject>

#include <result.h>

class QTimer;

namespace Stockroom::Services {

// Brings the embedded cluster back when it stops under a running app (a crash, a reboot of the
// machine's services, `stockroomctl cluster stop`): while the app is offline it starts the cluster again
// every few seconds, off the GUI thread. A spec that is not an embedded cluster's socket is left alone.
class ClusterWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterWatchdog)

public:
    explicit ClusterWatchdog(const ConnectionSpec &spec, QObject *parent = nullptr);
    ~ClusterWatchdog() override;

    // The base directory of the embedded cluster spec connects to, or empty for a server.
    static QString embeddedBaseDir(const ConnectionSpec &spec);
    bool watches() const { return !m_baseDir.isEmpty(); }
    void setOnline(bool online);

    static constexpr int RetryMs = 5000;

Q_SIGNALS:
    void restarting();
    void restarted();
    void restartFailed(const QString &message);

private:
    void tryRestart();

    QString m_baseDir;
    QTimer *m_retry;
    QFutureWatcher<Status> m_attempt;
};

} // namespace Stockroom::Services
