#pragma once

#include "faultop.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <connection/connectionspec.h>
#include <random>
#include <vector>

namespace Stockroom::FaultTest {

// One client of the ledger, run on a thread of its own with its own connection (through the proxy): it picks
// operations at random from its seed (reserve, commit, release, ship, receive, adjust, count), makes each one's
// key before the first attempt, and retries after a lost connection with that key, as the desktop app's
// operation queue does, until it is answered or it runs out of patience (then the outcome is unknown).
class FaultClient final
{
public:
    struct Setup
    {
        Services::ConnectionSpec spec;
        quint64 seed = 0;
        int index = 0;
        QStringList skus;
        QStringList locations;
        const std::atomic_bool *stop = nullptr;
    };

    explicit FaultClient(Setup setup);
    Q_DISABLE_COPY_MOVE(FaultClient)

    void run(); // on the client's own thread, until *stop
    const std::vector<FaultOp> &ops() const { return m_ops; }
    std::vector<FaultOp> &ops() { return m_ops; }
    int retries() const { return m_retries; }

private:
    struct OpenTransfer
    {
        qint64 id = 0;
        qint64 left = 0;
    };

    FaultOp next(Services::LedgerService &ledger);
    void execute(Services::LedgerService &ledger, FaultOp &op);
    void learn(const FaultOp &op);
    qint64 between(qint64 low, qint64 high);
    const QString &pick(const QStringList &from);

    Setup m_setup;
    std::mt19937_64 m_rng;
    std::vector<FaultOp> m_ops;
    QList<qint64> m_reservations;
    QList<OpenTransfer> m_transfers;
    int m_retries = 0;
};

} // namespace Stockroom::FaultTest
