// The main window's read replica: where the read-heavy views read, and how far behind the standby is.
#include "mainwindow.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QThread>

#include <connection/replicamonitor.h>
#include <readworker.h>
#include <reconcile/dashboardview.h>
#include <stock/stockview.h>

namespace Stockroom::Ui {

void MainWindow::startReplicaMonitor()
{
    if (!m_route.usesReplica())
        return;
    m_readsStatus = new QLabel(this);
    m_readsStatus->setObjectName(QStringLiteral("readsStatus"));
    m_readsStatus->setTextFormat(Qt::PlainText);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_readsStatus);
    connect(m_viewReads->worker(), &Models::ReadWorker::routeChanged, this,
            [this](bool onReplica, const QString &reason) {
                m_readsOnPrimaryBecause = onReplica ? QString() : reason;
                updateReadsStatus();
            });
    m_monitorThread = new QThread(this);
    m_monitorThread->setObjectName(QStringLiteral("stockroom-replica"));
    m_monitor = new Services::ReplicaMonitor(m_spec, *m_route.replica);
    m_monitor->moveToThread(m_monitorThread);
    connect(m_monitorThread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &Services::ReplicaMonitor::measured, this, [this](const Services::ReplicaStatus &status) {
        m_replicaStatus = status;
        m_replicaMeasured = true;
        updateReadsStatus();
    });
    m_monitorThread->start();
    QMetaObject::invokeMethod(m_monitor, [monitor = m_monitor] { monitor->start(); });
    updateReadsStatus();
}

void MainWindow::stopReplicaMonitor()
{
    if (!m_monitorThread)
        return;
    QMetaObject::invokeMethod(m_monitor, &Services::ReplicaMonitor::stop, Qt::BlockingQueuedConnection);
    m_monitorThread->quit();
    m_monitorThread->wait();
    m_monitorThread = nullptr;
    m_monitor = nullptr;
}

void MainWindow::requirePosition(quint64 position)
{
    m_stockView->requirePosition(position);
    m_dashboard->requirePosition(position);
}

void MainWindow::updateReadsStatus()
{
    if (!m_readsStatus)
        return;
    const QString replica = m_route.replica->describe();
    QString text;
    QString tip;
    bool warn = false;
    if (m_replicaStatus.state == Services::ReplicaStatus::State::Unreachable) {
        text = tr("Reads: primary — replica unreachable");
        tip = tr("The read replica %1 cannot be used: %2. The stock view, the ledger panel and the dashboard read from "
                 "the primary until it can; Stockroom tries it again every few seconds.")
                  .arg(replica, m_replicaStatus.message);
        warn = true;
    } else if (!m_readsOnPrimaryBecause.isEmpty()) {
        text = tr("Reads: primary — %1").arg(m_readsOnPrimaryBecause);
        tip = tr("The stock view reads from the primary while the read replica %1 catches up.").arg(replica);
        warn = true;
    } else if (!m_replicaMeasured) {
        text = tr("Reads: replica");
        tip =
            tr("The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary.")
                .arg(replica);
    } else {
        const QLocale locale;
        text = tr("Reads: replica, %1 s behind").arg(locale.toString(m_replicaStatus.lagSeconds, 'f', 1));
        warn = m_replicaStatus.lagSeconds > Services::ReadReplica::kLagWarningSeconds;
        tip =
            tr("The stock view, the ledger panel and the dashboard read from %1; every operation goes to the primary. "
               "A change that arrives from the outbox is shown once the replica has it (Stockroom waits up to %n "
               "second(s), then reads it from the primary).",
               nullptr, Services::ReadReplica::kReplayWaitMs / 1000)
                .arg(replica);
        if (warn)
            text += tr(" — figures may be out of date");
    }
    m_readsStatus->setText(text);
    m_readsStatus->setToolTip(tip);
    m_readsStatus->setStyleSheet(warn ? QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 0 6px;"
                                                       " border: 1px solid #ffe69c; border-radius: 3px; }")
                                      : QString());
}

} // namespace Stockroom::Ui
