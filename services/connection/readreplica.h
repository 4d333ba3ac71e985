#pragma once

#include "connectionspec.h"

#include <QMetaType>
#include <QString>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// Where the read-heavy views read: a streaming standby when one is given (--read-db, the connect dialog's read
// replica), the primary otherwise. Every write, the sweeper, migrations and the outbox listener stay on the primary.
struct ReadRoute
{
    ConnectionSpec primary;
    std::optional<ConnectionSpec> replica;

    bool usesReplica() const { return replica.has_value(); }
};

// A position in the write-ahead log (pg_lsn) as a number, so positions compare in C++.
using WalPosition = quint64;

namespace ReadReplica {

// How long a read waits for the standby to replay a position it must show, before it reads from the primary.
constexpr int kReplayWaitMs = 3000;
// The standby's lag shown as a warning past this many seconds.
constexpr double kLagWarningSeconds = 5.0;

// "16/B374D848" -> 0x16B374D848; 0 for an empty or malformed text.
WalPosition parse(const QString &lsn);
QString format(WalPosition position);

// The primary's WAL insert position now: every transaction already visible there ends at or before it.
Result<WalPosition> primaryPosition(Session &primary);
// The position the standby has replayed; Invalid, saying so, when the server is not a standby.
Result<WalPosition> replayedPosition(Session &replica);
// Waits (polling every few milliseconds) until the standby has replayed target, up to timeoutMs: true when it
// has, false when the time ran out.
Result<bool> waitForReplay(Session &replica, WalPosition target, int timeoutMs = kReplayWaitMs);

} // namespace ReadReplica

// What the window shows about the read replica.
struct ReplicaStatus
{
    enum class State
    {
        Replica,     // reads go to the standby; lagSeconds says how far behind it is
        Unreachable, // the standby cannot be reached (or is not a standby): reads fall back to the primary
    };
    State state = State::Replica;
    double lagSeconds = 0;
    QString server;  // the standby, as ConnectionSpec::describe() says it
    QString message; // why it is unreachable
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::ReplicaStatus)
