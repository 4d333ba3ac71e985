#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <connection/connectionspec.h>
#include <functional>
#include <optional>
#include <result.h>
#include <vector>

namespace Stockroom::Services {

struct ReserveBenchmarkOptions
{
    int clients = 16;
    int seconds = 10;
    int skus = 1;
    QString location = QStringLiteral("BENCH");
    // Every case runs in this database, made afresh for it and dropped after it, so Stockroom's tables and the
    // bare tables start equally empty and nothing a run leaves behind weighs on the next one.
    QString database = QStringLiteral("stockroom_bench_reserve");
    bool hotSku = false; // also the hot-SKU case: one SKU in hot mode with `slots` slots
    int slotCount = 16;
    qint64 drainStock = 0; // units the hot case's sell-out drains; 0 = 50 per client
};

// One timed phase: every client calls as fast as it can until the time is up. Only calls that finished
// within the time count; latency is that of the measured call (a reserve, or one bare statement).
struct BenchPhase
{
    double seconds = 0;
    qint64 calls = 0;        // reserves, or bare statements
    qint64 resolveCalls = 0; // commits and releases (Stockroom's cycle only)
    qint64 errors = 0;
    QString firstError;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 walBytes = 0; // WAL the cluster wrote during the phase's slices

    double callsPerSecond() const { return seconds > 0 ? double(calls) / seconds : 0; }
    double opsPerSecond() const { return seconds > 0 ? double(calls + resolveCalls) / seconds : 0; }
    double walBytesPerOp() const
    {
        return calls + resolveCalls > 0 ? double(walBytes) / double(calls + resolveCalls) : 0;
    }
    QJsonObject toJson() const;
};

// A table of the case's database after the run: its size, and what happened to it during the timed slices.
struct BenchTable
{
    QString name;
    qint64 bytes = 0; // table, indexes and TOAST
    qint64 liveRows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 hotUpdated = 0;
    qint64 autovacuums = 0;
    qint64 autoanalyzes = 0;
};

// A statement pg_stat_statements saw during Stockroom's slices (top-level calls, and with
// pg_stat_statements.track = all the statements inside the API functions).
struct BenchStatement
{
    QString query;
    bool topLevel = true;
    qint64 calls = 0;
    double totalMs = 0;
    qint64 rows = 0;
    qint64 walBytes = 0;
};

enum class BenchWorkload
{
    ReserveOnly, // reserve, nothing else
    Cycle,       // reserve, then commit (even calls) or release (odd calls)
    Hot,         // reserve only, one SKU in hot mode
};

// Who runs a slice: Stockroom through LedgerService, the bare statement, or the rules floor (the bare statement plus
// the idempotency record and the reservation row every reserve that keeps the rules writes, still one statement).
enum class BenchSide
{
    Stockroom,
    Bare,
    Floor,
};

// One workload, Stockroom against the bare statement (and, reserve-only and hot, the rules floor), in a database of
// its own made for it.
struct BenchCase
{
    BenchWorkload workload = BenchWorkload::ReserveOnly;
    int skus = 1;
    BenchPhase stockroom;
    BenchPhase bare;
    std::optional<BenchPhase> floor; // the reserve-only and hot cases
    std::vector<BenchTable> tables;
    std::vector<BenchStatement> statements; // empty when pg_stat_statements is not loaded
    bool statementsTracked = false;
    qint64 differences = 0; // rows api.verify() reported: 0 is consistent

    QString name() const;
    // Stockroom's calls per bare statement: reserves (reserve-only, hot), or reserves + commits/releases (cycle),
    // each of which changes the stock row conditionally and appends a movement and an outbox event.
    double ratio() const;
    // Rules floor statements per bare statement: what the rules' two extra rows cost at the least (0 without a floor).
    double floorRatio() const;
    // Stockroom's calls per rules floor statement: the share of the floor Stockroom reaches (0 without a floor).
    double ofFloor() const;
    bool autovacuumRan() const;
    // Top-level statements per Stockroom call (the client's round trips), when pg_stat_statements is loaded.
    double roundTripsPerCall() const;
    // Server time per Stockroom call in ms: the top-level statements' time over the calls.
    double serverMsPerCall() const;
    // Rows inserted and updated in Stockroom's tables per call.
    double rowsWrittenPerCall() const;
    QJsonObject toJson() const;
};

// The hot case's sell-out: a hot SKU with a known stock is reserved one unit at a time by every client until
// each is refused; nothing may be sold twice (oversold) and nothing may be left behind (stranded).
struct BenchDrain
{
    qint64 stock = 0;
    qint64 reserved = 0;
    qint64 refused = 0;
    qint64 errors = 0;
    qint64 availableAfter = 0;
    double seconds = 0;
    QString firstError;
    qint64 differences = 0;

    qint64 oversold() const { return reserved > stock ? reserved - stock : 0; }
    qint64 stranded() const { return stock > reserved ? stock - reserved : 0; }
    QJsonObject toJson() const;
};

struct ReserveBenchmarkResult
{
    ReserveBenchmarkOptions options;
    BenchCase reserveOnly;
    BenchCase cycle;
    std::optional<BenchCase> hot;
    std::optional<BenchDrain> drain;
    QString loadBefore; // /proc/loadavg at the start and the end
    QString loadAfter;

    // As before: the cycle's reserves/s, and its transactions/s, over bare statements/s.
    double reserveRatio() const;
    double transactionRatio() const;
    double reserveOnlyRatio() const { return reserveOnly.ratio(); }
    double cycleRatio() const { return cycle.ratio(); }
    double hotRatio() const { return hot ? hot->ratio() : 0; }
    double reserveOnlyFloorRatio() const { return reserveOnly.floorRatio(); }
    // With the hot case and a reserve-only case on many SKUs (at least 10 per client): Stockroom's reserves/s on
    // rows nobody contends for over the bare statement's on the one hot row, the most any slotting scheme could reach
    // on this machine.
    std::optional<double> hotUncontendedCeiling() const;
    qint64 differences() const;
    QJsonObject toJson() const;
};

// `stockroomctl bench reserve`: N clients, each with its own Session made in its own thread, reserve one unit
// of a random benchmark SKU through LedgerService (and in the cycle, then commit or release it); the same N
// clients run the bare single statement on plain tables in schema bench_bare for as long, and (reserve-only and hot)
// the rules floor statement too. The sides take turns in slices of S/2 seconds (Stockroom, bare, floor, floor, bare,
// Stockroom; the cycle: Stockroom, bare, bare, Stockroom). Each workload runs in a fresh database.
class ReserveBenchmark final
{
public:
    using Progress = std::function<void(const QString &)>;

    ReserveBenchmark(ConnectionSpec server, ReserveBenchmarkOptions options, Progress progress = {});

    Result<ReserveBenchmarkResult> run();

private:
    Result<BenchCase> runCase(BenchWorkload workload);
    Result<BenchDrain> runDrain();
    Status setUp(const ConnectionSpec &spec, int skus, bool hot);
    void runSlice(const ConnectionSpec &spec, BenchWorkload workload, BenchSide side, int skus,
                  std::chrono::milliseconds length, BenchPhase &phase, std::vector<qint32> &micros);

    ConnectionSpec m_server;
    ReserveBenchmarkOptions m_options;
    Progress m_progress;
    QString m_runId;
    int m_slice = 0;
};

} // namespace Stockroom::Services
