#include "faultplan.h"

#include "faultcluster.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>
#include <tcpproxy.h>

namespace Stockroom::FaultTest {

std::vector<Fault> planFaults(quint64 seed, int seconds, int kills, double cutEverySeconds)
{
    std::mt19937_64 rng(seed ^ 0xD1B54A32D192ED03ULL);
    const auto uniform = [&rng](double low, double high) {
        return std::uniform_real_distribution<double>(low, high)(rng);
    };
    const double total = seconds * 1000.0;
    std::vector<Fault> plan;
    for (int i = 0; i < kills; ++i) {
        Fault kill;
        kill.type = Fault::Type::Kill;
        // In the middle of its part, and never in the last seconds: the clients keep working after each restart.
        const double part = (total - 5000.0) / kills;
        kill.atMs = qint64(part * i + uniform(0.25, 0.75) * part);
        kill.downMs = int(uniform(200, 3000));
        kill.everyProcess = uniform(0, 1) < 0.5;
        plan.push_back(kill);
    }
    if (cutEverySeconds > 0) {
        for (double at = uniform(0.5, 1.5) * cutEverySeconds * 1000.0; at < total - 3000.0;
             at += uniform(0.5, 1.5) * cutEverySeconds * 1000.0) {
            Fault cut;
            cut.atMs = qint64(at);
            if (uniform(0, 1) < 0.4) {
                cut.type = Fault::Type::LoseReplies;
                cut.downMs = int(uniform(30, 600));
            } else {
                cut.downMs = uniform(0, 1) < 0.3 ? 0 : int(uniform(50, 1500)); // 0: dropped, let in again at once
            }
            plan.push_back(cut);
        }
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Fault &a, const Fault &b) { return a.atMs < b.atMs; });
    return plan;
}

FaultCounts runFaults(const std::vector<Fault> &plan, qint64 deadlineMs, FaultCluster &cluster, Tests::TcpProxy &proxy)
{
    FaultCounts counts;
    QElapsedTimer clock;
    clock.start();
    const auto wait = [&clock](qint64 untilMs) {
        while (clock.elapsed() < untilMs)
            QThread::msleep(quint64(qMin<qint64>(100, untilMs - clock.elapsed())));
    };
    for (const Fault &fault : plan) {
        if (fault.atMs >= deadlineMs)
            break;
        wait(fault.atMs);
        const double at = clock.elapsed() / 1000.0;
        if (fault.type == Fault::Type::LoseReplies) {
            proxy.loseReplies(true);
            ++counts.replyLosses;
            QThread::msleep(quint64(fault.downMs));
            proxy.loseReplies(false);
            std::printf("[%7.1f s] lost every server reply for %d ms (each ended its connection)\n", at, fault.downMs);
        } else if (fault.type == Fault::Type::Cut) {
            proxy.cut();
            ++counts.cuts;
            QThread::msleep(quint64(fault.downMs));
            if (!proxy.restore()) {
                counts.problem = QStringLiteral("the proxy cannot listen on its port again");
                return counts;
            }
            std::printf("[%7.1f s] cut every client connection, refused new ones for %d ms\n", at, fault.downMs);
        } else {
            auto killed = cluster.kill(fault.everyProcess);
            if (!killed) {
                counts.problem = killed.error().message;
                return counts;
            }
            ++counts.kills;
            counts.processesKilled += killed.value();
            QThread::msleep(quint64(fault.downMs));
            QElapsedTimer restart;
            restart.start();
            if (auto started = cluster.start(); !started) {
                counts.problem = QStringLiteral("restart after kill -9 failed: %1").arg(started.error().message);
                return counts;
            }
            ++counts.restarts;
            std::printf("[%7.1f s] kill -9 %s (%d processes), down %d ms, restarted and recovered in %.1f s\n", at,
                        fault.everyProcess ? "the postmaster and every server process" : "the postmaster",
                        killed.value(), fault.downMs, restart.elapsed() / 1000.0);
        }
        std::fflush(stdout);
    }
    wait(deadlineMs);
    return counts;
}

} // namespace Stockroom::FaultTest
