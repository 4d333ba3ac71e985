#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <connection/connectionspec.h>
#include <functional>
#include <result.h>
#include <vector>

namespace Stockroom::Services {

struct ReserveBenchmarkOptions
{
    int clients = 16;
    int seconds = 10;
    int skus = 1;
    QString location = QStringLiteral("BENCH");
};

// One timed phase: every client calls as fast as it can until the time is up. Only calls that finished
// within the time count; latency is that of the measured call (a reserve, or one bare statement).
struct BenchPhase
{
    double seconds = 0;
    qint64 calls = 0;        // reserves, or bare statements
    qint64 resolveCalls = 0; // commits and releases (Stockroom only)
    qint64 errors = 0;
    QString firstError;
    double p50Ms = 0;
    double p99Ms = 0;

    double callsPerSecond() const { return seconds > 0 ? double(calls) / seconds : 0; }
    double opsPerSecond() const { return seconds > 0 ? double(calls + resolveCalls) / seconds : 0; }
    QJsonObject toJson() const;
};

struct ReserveBenchmarkResult
{
    ReserveBenchmarkOptions options;
    BenchPhase stockroom;
    BenchPhase bare;
    qint64 differences = 0; // rows api.verify() reported: 0 is consistent

    // Reserves/s over bare statements/s, and Stockroom transactions/s (reserve + commit/release) over bare
    // statements/s: each Stockroom transaction, like each bare statement, changes the stock row conditionally
    // and appends a movement and an outbox event.
    double reserveRatio() const;
    double transactionRatio() const;
    QJsonObject toJson() const;
};

// `stockroomctl bench reserve`: N clients, each with its own Session made in its own thread, reserve one unit
// of a random benchmark SKU through LedgerService and then commit or release it (alternately); the same N
// clients run the bare single statement on plain tables in schema bench_bare for as long. The two take turns
// in four slices of S/2 seconds (Stockroom, bare, bare, Stockroom).
class ReserveBenchmark final
{
public:
    using Progress = std::function<void(const QString &)>;

    ReserveBenchmark(ConnectionSpec spec, ReserveBenchmarkOptions options, Progress progress = {});

    Result<ReserveBenchmarkResult> run();

private:
    Status setUp();
    void runSlice(bool bare, std::chrono::milliseconds length, BenchPhase &phase, std::vector<qint32> &micros);

    ConnectionSpec m_spec;
    ReserveBenchmarkOptions m_options;
    Progress m_progress;
    QString m_runId;
    int m_slice = 0;
};

} // namespace Stockroom::Services
