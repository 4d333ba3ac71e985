#include "sweeper.h"

#include <QThread>
#include <QTimer>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledger/stockreader.h>
#include <servicelog.h>

namespace Stockroom::Services {

Sweeper::Sweeper(ConnectionSpec spec, int everySeconds, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_everyMs(qMax(1, everySeconds) * 1000)
{
}

Sweeper::~Sweeper()
{
    stop();
}

void Sweeper::start()
{
    m_session = std::make_unique<Session>(m_spec, QStringLiteral("sweeper"));
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_everyMs);
        connect(m_timer, &QTimer::timeout, this, &Sweeper::sweep);
    }
    m_timer->start();
    QTimer::singleShot(qMin(kFirstSweepMs, m_everyMs), this, &Sweeper::sweep);
}

void Sweeper::stop()
{
    if (m_timer)
        m_timer->stop();
    m_session.reset();
}

void Sweeper::sweep()
{
    if (!m_session)
        return;
    LedgerService ledger(*m_session);
    QJsonObject total;
    qint64 expired = 0;
    for (;;) {
        auto result = ledger.sweep(kBatch);
        if (!result) {
            const Error &error = result.error();
            if (error.kind == Error::Kind::PermissionDenied) {
                // A ledger older than this app, where only supervisors sweep: leave it to them.
                qCInfo(lcServices) << "this login may not sweep the ledger; the sweeper stops:" << error.message;
                m_timer->stop();
            } else if (error.message != m_lastProblem) {
                qCInfo(lcServices) << "sweep failed, trying again in" << m_everyMs / 1000 << "s:" << error.message;
            }
            m_lastProblem = error.message;
            return;
        }
        m_lastProblem.clear();
        const qint64 batch = result->value(QStringLiteral("expired")).toInteger();
        expired += batch;
        total = result.value();
        if (result->value(QStringLiteral("skipped")).toBool() || batch < kBatch)
            break;
    }
    total.insert(QStringLiteral("expired"), expired);
    // The sweeper that did the work also brings the bucket projection (the stock view's order by a bucket) up to
    // date with the outbox; another sweeping at the same time waits its turn and finds nothing left.
    if (!total.value(QStringLiteral("skipped")).toBool()) {
        // In batches, each its own short transaction, so a long backlog never holds the vacuum horizon back.
        for (int batch = 0; batch < kRankBatches; ++batch) {
            auto ranked = StockReader::refreshProjection(*m_session, kRankBatch);
            if (!ranked) {
                qCInfo(lcServices) << "the bucket projection was not refreshed:" << ranked.error().message;
                break;
            }
            if (ranked->behind == 0)
                break;
        }
    }
    if (expired > 0 || total.value(QStringLiteral("cut_off")).toInteger() > 0)
        qCInfo(lcServices) << "swept:" << expired << "hold(s) expired,"
                           << total.value(QStringLiteral("cut_off")).toInteger() << "stalled session(s) ended";
    Q_EMIT swept(total);
}

SweepThread::SweepThread(const ConnectionSpec &spec, int everySeconds, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_sweeper(new Sweeper(spec, everySeconds))
{
    m_thread->setObjectName(QStringLiteral("stockroom-sweeper"));
    m_sweeper->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_sweeper, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_sweeper, &Sweeper::start);
}

SweepThread::~SweepThread()
{
    QMetaObject::invokeMethod(m_sweeper, &Sweeper::stop, Qt::BlockingQueuedConnection);
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
}

} // namespace Stockroom::Services
