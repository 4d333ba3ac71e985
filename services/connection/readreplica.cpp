#include "readreplica.h"

#include "session.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace Stockroom::Services::ReadReplica {

WalPosition parse(const QString &lsn)
{
    const qsizetype slash = lsn.indexOf(u'/');
    if (slash <= 0)
        return 0;
    bool high = false;
    bool low = false;
    const quint64 hi = lsn.left(slash).toULongLong(&high, 16);
    const quint64 lo = lsn.mid(slash + 1).toULongLong(&low, 16);
    return high && low ? (hi << 32) | lo : 0;
}

QString format(WalPosition position)
{
    return QString::number(position >> 32, 16).toUpper() + u'/' +
           QString::number(position & 0xFFFFFFFFULL, 16).toUpper();
}

Result<WalPosition> primaryPosition(Session &primary)
{
    // The insert position, not the write position: with synchronous_commit off a transaction is visible before
    // its commit record is written out, and the standby must replay that record too.
    auto ran = primary.run(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    const WalPosition position = query->next() ? parse(query->value(0).toString()) : 0;
    query->finish();
    return position;
}

Result<WalPosition> replayedPosition(Session &replica)
{
    auto ran = replica.run(QStringLiteral("SELECT pg_last_wal_replay_lsn()::text"));
    if (!ran)
        return ran.error();
    QSqlQuery *query = ran.value();
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    if (value.isNull())
        return Error{Error::Kind::Invalid,
                     QStringLiteral("%1 is not a streaming standby (it replays no WAL), so it cannot serve the reads")
                         .arg(replica.spec().describe()),
                     {}};
    return parse(value.toString());
}

Result<bool> waitForReplay(Session &replica, WalPosition target, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (int pause = 2;; pause = qMin(pause * 2, 50)) {
        auto replayed = replayedPosition(replica);
        if (!replayed)
            return replayed.error();
        if (replayed.value() >= target)
            return true;
        if (clock.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(pause);
    }
}

} // namespace Stockroom::Services::ReadReplica
