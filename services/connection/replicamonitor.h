#pragma once

#include "readreplica.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <memory>

class QTimer;

namespace Stockroom::Services {

class Session;

// How far the read replica lags behind the primary, measured every few seconds on connections of its own: the
// primary's WAL position is noted with the time, and the lag is how long the standby took to replay it (or, while
// it has not, how long ago the oldest position it still misses was noted). An idle primary gives 0 s.
// Lives in its own thread: move it there, then invoke start() queued.
class ReplicaMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaMonitor)

public:
    ReplicaMonitor(ConnectionSpec primary, ConnectionSpec replica, QObject *parent = nullptr);
    ~ReplicaMonitor() override;

    static constexpr int kEveryMs = 2000;
    // How long one measurement waits for the standby to reach the position just noted.
    static constexpr int kPatienceMs = 1000;

public Q_SLOTS:
    void start();
    void stop();
    void measure();

Q_SIGNALS:
    void measured(const Stockroom::Services::ReplicaStatus &status);

private:
    struct Sample
    {
        qint64 atMs;
        WalPosition position;
    };

    ConnectionSpec m_primarySpec;
    ConnectionSpec m_replicaSpec;
    std::unique_ptr<Session> m_primary;
    std::unique_ptr<Session> m_replica;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<Sample> m_samples; // positions noted that the standby had not replayed yet, oldest first
};

} // namespace Stockroom::Services
