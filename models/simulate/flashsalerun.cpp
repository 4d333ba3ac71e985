#include "flashsalerun.h"

#include <QThread>

namespace Stockroom::Models {

FlashSaleWorker::FlashSaleWorker(Services::ConnectionSpec server, const std::atomic<bool> &cancel)
    : m_server(std::move(server))
    , m_cancel(cancel)
{
}

FlashSaleWorker::~FlashSaleWorker() = default;

void FlashSaleWorker::run(const Services::FlashSaleOptions &options)
{
    Services::FlashSaleSimulation simulation(m_server, options);
    simulation.setStep([this](const QString &text) { Q_EMIT step(text); });
    simulation.setSampleSink([this](const Services::FlashSaleSample &sample) { Q_EMIT sampled(sample); });
    simulation.setCancelled([this] { return m_cancel.load(); });
    auto result = simulation.run();
    if (result)
        Q_EMIT finished(result.value(), QString());
    else {
        Services::FlashSaleResult failed;
        failed.options = options;
        Q_EMIT finished(failed, result.error().message);
    }
}

FlashSaleRun::FlashSaleRun(Services::ConnectionSpec server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_thread(new QThread(this))
    , m_worker(new FlashSaleWorker(m_server, m_cancel))
{
    m_thread->setObjectName(QStringLiteral("stockroom-simulate"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FlashSaleWorker::step, this, &FlashSaleRun::step);
    connect(m_worker, &FlashSaleWorker::sampled, this, &FlashSaleRun::sampled);
    connect(m_worker, &FlashSaleWorker::finished, this,
            [this](const Services::FlashSaleResult &result, const QString &error) {
                m_running = false;
                Q_EMIT finished(result, error);
            });
    m_thread->start();
}

FlashSaleRun::~FlashSaleRun()
{
    // A run in progress stops (its database is dropped) before the thread ends.
    m_cancel = true;
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

void FlashSaleRun::start(const Services::FlashSaleOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->run(options); });
}

void FlashSaleRun::stop()
{
    m_cancel = true;
}

} // namespace Stockroom::Models
