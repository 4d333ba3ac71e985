#pragma once

#include <QObject>

#include <atomic>
#include <bench/flashsale.h>
#include <connection/connectionspec.h>

class QThread;

namespace Stockroom::Models {

class FlashSaleWorker;

// Runs flash-sale simulations off the GUI thread, one at a time: a worker in a thread of its own that reports
// steps, the ledger's samples and the outcome by signals. stop() cancels a run cleanly (the buyers stop, the
// scratch database is dropped) and finished() still comes, with cancelled set.
class FlashSaleRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSaleRun)

public:
    explicit FlashSaleRun(Services::ConnectionSpec server, QObject *parent = nullptr);
    ~FlashSaleRun() override;

    bool isRunning() const { return m_running; }
    void start(const Services::FlashSaleOptions &options);
    void stop();

Q_SIGNALS:
    void step(const QString &text);
    void sampled(const Stockroom::Services::FlashSaleSample &sample);
    // error empty: result holds the outcome (result.cancelled after stop()).
    void finished(const Stockroom::Services::FlashSaleResult &result, const QString &error);

private:
    Services::ConnectionSpec m_server;
    QThread *m_thread;
    FlashSaleWorker *m_worker;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

// Lives in FlashSaleRun's thread.
class FlashSaleWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSaleWorker)

public:
    FlashSaleWorker(Services::ConnectionSpec server, const std::atomic<bool> &cancel);
    ~FlashSaleWorker() override;

    void run(const Services::FlashSaleOptions &options);

Q_SIGNALS:
    void step(const QString &text);
    void sampled(const Stockroom::Services::FlashSaleSample &sample);
    void finished(const Stockroom::Services::FlashSaleResult &result, const QString &error);

private:
    Services::ConnectionSpec m_server;
    const std::atomic<bool> &m_cancel;
};

} // namespace Stockroom::Models
