#pragma once

#include <QString>

#include <vector>

namespace Stockroom::Tests {
class TcpProxy;
}

namespace Stockroom::FaultTest {

class FaultCluster;

// One fault, at a time from the start of the run.
struct Fault
{
    enum class Type
    {
        Cut,         // the proxy drops every client connection and refuses new ones for downMs, then lets them in again
        LoseReplies, // for downMs, a server's answer ends its connection instead of reaching the client: the call
                     // was applied, the client does not know (what a retry with the same key must get right)
        Kill,        // kill -9 the postmaster (and, with everyProcess, every server process), restart after downMs
    };
    Type type = Type::Cut;
    qint64 atMs = 0;
    int downMs = 0;
    bool everyProcess = false;
};

// The faults of a run, from its seed alone: `kills` kills, one in each equal part of the run, and network faults
// (cuts, or windows of lost replies) about every cutEverySeconds between them.
std::vector<Fault> planFaults(quint64 seed, int seconds, int kills, double cutEverySeconds);

struct FaultCounts
{
    int kills = 0;
    int processesKilled = 0;
    int restarts = 0;
    int cuts = 0;
    int replyLosses = 0; // windows in which replies were lost
    QString problem;     // a restart that failed: the run cannot go on
};

// Carries out plan, as far as timing allows (a restart that takes long delays what follows), stopping at
// deadlineMs; prints a line per fault.
FaultCounts runFaults(const std::vector<Fault> &plan, qint64 deadlineMs, FaultCluster &cluster, Tests::TcpProxy &proxy);

} // namespace Stockroom::FaultTest
