#pragma once

#include "faultcheck.h"
#include "faultop.h"

#include <QStringList>

#include <connection/connectionspec.h>
#include <vector>

namespace Stockroom::FaultTest {

struct ReplayReport
{
    int replays = 0;
    int applied = 0; // unanswered operations the resend applied now
    int refused = 0; // unanswered operations the resend was refused
    QStringList violations;
};

// Sends every operation the ledger holds a result for again, with its key, from `connections` threads with a
// connection each: each must come back as a replay with the stored result, and the ledger must not change (no
// movement, event or key more).
ReplayReport replayApplied(const Services::ConnectionSpec &spec, int connections, const std::vector<FaultOp *> &ops,
                           const LedgerFacts &before);

// Sends the unanswered operations the ledger does not hold again, oldest first, as the desktop app's offline
// journal does once the ledger answers: each is then acknowledged or refused.
ReplayReport resendUnanswered(Services::Session &session, const std::vector<FaultOp *> &ops, const LedgerFacts &facts);

} // namespace Stockroom::FaultTest
