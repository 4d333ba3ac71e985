#pragma once

#include <QJsonObject>
#include <QString>

#include <connection/connectionspec.h>
#include <functional>
#include <result.h>

namespace Stockroom::Services {

struct FlashSaleOptions
{
    enum class Arrival
    {
        Burst,   // every buyer arrives at the start
        Poisson, // buyers arrive at random, ratePerSecond on average
    };

    qint64 stock = 1000; // units put on sale (one receive)
    int buyers = 20000;  // each wants one unit
    int clients = 64;    // API connections the buyers share
    Arrival arrival = Arrival::Burst;
    double ratePerSecond = 1000;
    int ttlSeconds = 5;   // of every reservation
    double abandon = 0.2; // share of buyers with a hold who never pay: their hold expires
    int paymentMs = 300;  // a paying buyer commits this long (0.5 to 1.5 times) after the hold
    bool hotSku = false;  // the sale's SKU in hot-SKU mode (api.hot_sku_enable)
    int hotSlots = 16;    // slots of the hot row
    quint32 seed = 1;     // the same seed, the same buyers (arrivals, who abandons, payment times)
    int samplesPerSecond = 5;

    static constexpr int kHotSkuVersion = 16; // the schema version that brings hot-SKU mode
    static QString arrivalText(const FlashSaleOptions &options);
};

// Where the sale stands, read from the ledger (api.stock) while it runs.
struct FlashSaleSample
{
    double seconds = 0; // since the first buyer arrived
    qint64 available = 0;
    qint64 reserved = 0;
    qint64 sold = 0;        // units put on sale less on hand
    qint64 returned = 0;    // units the sweep returned from expired holds
    qint64 refusals = 0;    // reserve calls refused: sold out
    qint64 lockWaiters = 0; // the simulation's sessions waiting for a lock (pg_locks)
};

struct FlashSaleResult
{
    FlashSaleOptions options;
    QString database; // the scratch database it ran in (dropped)
    int schemaVersion = 0;
    bool cancelled = false;

    // From the ledger, after the run.
    qint64 putOnSale = 0;      // received units
    qint64 sold = 0;           // committed units (commit movements)
    qint64 committedUnits = 0; // units of reservations whose status is committed
    qint64 returned = 0;       // units of holds that expired (expire movements)
    qint64 available = 0;      // at the end
    qint64 reserved = 0;       // at the end: 0 once every hold is resolved
    qint64 differences = 0;    // api.verify() rows: 0 is consistent
    qint64 oversold() const { return qMax<qint64>(0, qMax(sold, committedUnits) - putOnSale); }
    double sellThrough() const { return putOnSale > 0 ? double(sold) / double(putOnSale) : 0; }

    // Counted by the buyers.
    qint64 reserveCalls = 0;
    qint64 reservations = 0; // holds taken
    qint64 refusals = 0;     // sold out (SR001)
    qint64 abandoned = 0;    // holds left to expire
    qint64 lateCommits = 0;  // a payment that came after the hold expired: refused
    qint64 errors = 0;       // anything else
    QString firstError;
    double soldOutSeconds = -1; // first arrival to the first sample with nothing available (-1: never)
    double salesSeconds = 0;    // first arrival to the last reserve answered
    double totalSeconds = 0;    // first arrival to every hold resolved
    double p50Ms = 0;           // reserve latency, refusals included
    double p99Ms = 0;

    // pg_locks sampled with every sample.
    qint64 lockSamples = 0;
    qint64 lockSamplesWaiting = 0; // samples in which at least one session waited
    qint64 lockWaitersPeak = 0;
    double lockWaitersMean = 0;

    double reserveCallsPerSecond() const { return salesSeconds > 0 ? double(reserveCalls) / salesSeconds : 0; }
    double reservationsPerSecond() const { return salesSeconds > 0 ? double(reservations) / salesSeconds : 0; }
    // Every hold accounted for: sold, returned by expiry or still held; sold and available make the stock.
    bool accountingHolds() const
    {
        return sold + available + reserved == putOnSale && reservations == sold + returned + reserved;
    }
    // Nothing oversold, the ledger consistent, every unit accounted for, and no call failed but for sold out.
    bool clean() const { return oversold() == 0 && differences == 0 && accountingHolds() && errors == 0 && !cancelled; }
    QJsonObject toJson() const;
};

// A flash sale driven through the real API in a scratch database of its own on the server the spec names
// (made, migrated, seeded and dropped; the ledger the spec names is never touched). C clients, each with its
// own Session in its own thread, serve B buyers: each reserves one unit (with an idempotency key), then after
// a simulated payment commits it, or abandons it and lets its TTL expire, so that the sweep (api.sweep) returns
// the unit. The calling thread samples the ledger several times a second and reports each sample; it also sweeps.
class FlashSaleSimulation final
{
public:
    using Step = std::function<void(const QString &)>;
    using SampleSink = std::function<void(const FlashSaleSample &)>;
    using Cancelled = std::function<bool()>;

    FlashSaleSimulation(ConnectionSpec server, FlashSaleOptions options);

    void setStep(Step step) { m_step = std::move(step); }
    void setSampleSink(SampleSink sink) { m_sample = std::move(sink); }
    // Polled several times a second: true stops the buyers, and the run ends (cancelled) with the database dropped.
    void setCancelled(Cancelled cancelled) { m_cancelled = std::move(cancelled); }

    // Why hot-SKU mode cannot run with this build's schema, or nothing when it can.
    static QString hotSkuUnavailable();

    Result<FlashSaleResult> run();

private:
    Result<ConnectionSpec> prepare(FlashSaleResult &result);
    Status finish(const ConnectionSpec &spec, FlashSaleResult &result);

    ConnectionSpec m_server;
    FlashSaleOptions m_options;
    Step m_step;
    SampleSink m_sample;
    Cancelled m_cancelled;
    QString m_runId;
};

} // namespace Stockroom::Services
