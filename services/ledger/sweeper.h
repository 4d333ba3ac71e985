#pragma once

#include <QJsonObject>
#include <QObject>

#include <connection/connectionspec.h>
#include <memory>

class QThread;
class QTimer;

namespace Stockroom::Services {

class Session;

// Expires the holds past their time and purges what is past its retention (api.sweep) every few seconds, from
// every running app instance: the ledger lets one sweeper work at a time and the others skip, so expiry no longer
// waits for someone to run `stockroomctl sweep --every`. Lives in a thread of its own; SweepThread runs it.
class Sweeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sweeper)

public:
    static constexpr int kDefaultEverySeconds = 30;
    static constexpr int kFirstSweepMs = 1000; // soon after start: a ledger nobody swept for a while catches up
    static constexpr int kBatch = 1000;
    // Outbox events the bucket projection applies per call (api.stock_rank_refresh), and calls per sweep at most.
    static constexpr int kRankBatch = 20000;
    static constexpr int kRankBatches = 10;

    Sweeper(ConnectionSpec spec, int everySeconds, QObject *parent = nullptr);
    ~Sweeper() override;

public Q_SLOTS:
    void start();
    void stop();
    // One sweep now, in batches until nothing more is due or another sweeper is at work.
    void sweep();

Q_SIGNALS:
    // After every sweep that reached the ledger; `expired` counts the holds of all its batches.
    void swept(const QJsonObject &result);

private:
    ConnectionSpec m_spec;
    int m_everyMs;
    std::unique_ptr<Session> m_session;
    QTimer *m_timer = nullptr;
    QString m_lastProblem;
};

// Runs a Sweeper in a thread of its own for as long as it lives.
class SweepThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepThread)

public:
    SweepThread(const ConnectionSpec &spec, int everySeconds, QObject *parent = nullptr);
    ~SweepThread() override;

    Sweeper *sweeper() const { return m_sweeper; }

private:
    QThread *m_thread;
    Sweeper *m_sweeper;
};

} // namespace Stockroom::Services
