#include "replicamonitor.h"

#include "session.h"

#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace Stockroom::Services {

namespace {

Result<WalPosition> writePosition(Session &primary)
{
    auto ran = primary.run(QStringLiteral("SELECT pg_current_wal_lsn()::text"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    const WalPosition position = query->next() ? ReadReplica::parse(query->value(0).toString()) : 0;
    query->finish();
    return position;
}

} // namespace

ReplicaMonitor::ReplicaMonitor(ConnectionSpec primary, ConnectionSpec replica, QObject *parent)
    : QObject(parent)
    , m_primarySpec(std::move(primary))
    , m_replicaSpec(std::move(replica))
{
    qRegisterMetaType<ReplicaStatus>();
    m_clock.start();
}

ReplicaMonitor::~ReplicaMonitor()
{
    stop();
}

void ReplicaMonitor::start()
{
    m_primary = std::make_unique<Session>(m_primarySpec, QStringLiteral("replica-monitor-primary"));
    m_replica = std::make_unique<Session>(m_replicaSpec, QStringLiteral("replica-monitor"));
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(kEveryMs);
        connect(m_timer, &QTimer::timeout, this, &ReplicaMonitor::measure);
    }
    m_timer->start();
    measure();
}

void ReplicaMonitor::stop()
{
    if (m_timer)
        m_timer->stop();
    m_primary.reset();
    m_replica.reset();
}

void ReplicaMonitor::measure()
{
    if (!m_primary || !m_replica)
        return;
    ReplicaStatus status;
    status.server = m_replicaSpec.describe();
    const auto unreachable = [&](const QString &message) {
        m_samples.clear();
        m_replica = std::make_unique<Session>(m_replicaSpec, QStringLiteral("replica-monitor"));
        status.state = ReplicaStatus::State::Unreachable;
        status.message = message;
        Q_EMIT measured(status);
    };
    auto noted = writePosition(*m_primary);
    if (!noted)
        return; // the primary away: the window says so already
    const qint64 notedAt = m_clock.elapsed();
    if (m_samples.isEmpty() || m_samples.constLast().position < noted.value())
        m_samples.append({notedAt, noted.value()});
    qint64 caughtUpAfter = 0;
    for (int pause = 2;; pause = qMin(pause * 2, 50)) {
        auto replayed = ReadReplica::replayedPosition(*m_replica);
        if (!replayed) {
            unreachable(replayed.error().message);
            return;
        }
        const qint64 now = m_clock.elapsed();
        while (!m_samples.isEmpty() && m_samples.constFirst().position <= replayed.value()) {
            caughtUpAfter = now - m_samples.constFirst().atMs;
            m_samples.removeFirst();
        }
        if (m_samples.isEmpty() || now - notedAt >= kPatienceMs)
            break;
        QThread::msleep(pause);
    }
    // Behind: since the oldest position it still misses was noted. Caught up: how long the last one took (an idle
    // primary's position is replayed at once).
    status.lagSeconds =
        (m_samples.isEmpty() ? caughtUpAfter : m_clock.elapsed() - m_samples.constFirst().atMs) / 1000.0;
    Q_EMIT measured(status);
}

} // namespace Stockroom::Services
