#pragma once

#include <QJsonObject>
#include <QString>

#include <connection/connectionspec.h>
#include <functional>
#include <result.h>

namespace Stockroom::Services {

struct OrderBenchmarkOptions
{
    int locations = 50;
    int skus = 100'000;
    int locationsPerSku = 10; // on average: each stock row exists with probability locationsPerSku / locations
    int orders = 200;         // previewed, one after another
    int previewLines = 20;
    int clients = 16;
    int seconds = 20;
    int throughputLines = 5;
    QString database = QStringLiteral("stockroom_bench_orders");
};

struct OrderBenchmarkResult
{
    OrderBenchmarkOptions options;

    // The tables as the run found them after seeding.
    qint64 warehouses = 0;
    qint64 stores = 0;
    qint64 skus = 0;
    qint64 stockRows = 0;
    qint64 movements = 0;
    double seedSeconds = 0;

    // Part 1: api.allocation_preview, timed from the client, one order at a time.
    qint64 previews = 0;
    double previewP50Ms = 0;
    double previewP95Ms = 0;
    double previewMaxMs = 0;
    qint64 fewestSplitsPlans = 0; // previews that had a fewest_splits plan
    qint64 fewestSplitsExact = 0; // ... that said "exact": true
    qint64 previewErrors = 0;
    QString firstPreviewError;

    // Part 2: orders taken from created to completed by N clients for S seconds.
    bool byStrategy = false; // api.order_allocate_strategy (version 7), else a fixed nearest-source plan
    double seconds = 0;
    qint64 completed = 0;
    qint64 transitions = 0; // state changes recorded in the orders' history (the ledger's own follow-ups too)
    qint64 calls = 0;       // API calls that finished in time
    qint64 refused = 0;     // orders given up because their allocation was refused (no stock, stock moved)
    qint64 errors = 0;
    QString firstError;

    qint64 differences = 0; // rows api.verify() reported: 0 is consistent

    double completedPerSecond() const { return seconds > 0 ? double(completed) / seconds : 0; }
    double transitionsPerSecond() const { return seconds > 0 ? double(transitions) / seconds : 0; }
    double exactShare() const
    {
        return fewestSplitsPlans > 0 ? double(fewestSplitsExact) / double(fewestSplitsPlans) : 0;
    }
    QJsonObject toJson() const;
};

// `stockroomctl bench orders`: a database of its own (dropped and made again, on the server the spec names)
// with a sparse UK-wide stock, then (1) the allocation preview of random 20-line orders to random UK
// destinations, timed round trip, and (2) N clients, each with its own Session in its own thread, taking orders
// through allocate, authorize_payment, pick, pack and ship until completed. api.verify() runs last; the
// database is dropped at the end.
class OrderBenchmark final
{
public:
    using Progress = std::function<void(const QString &)>;

    OrderBenchmark(ConnectionSpec server, OrderBenchmarkOptions options, Progress progress = {});

    Result<OrderBenchmarkResult> run();

private:
    Result<ConnectionSpec> prepareDatabase(OrderBenchmarkResult &result);
    Status runPreviews(const ConnectionSpec &spec, OrderBenchmarkResult &result);
    void runThroughput(const ConnectionSpec &spec, OrderBenchmarkResult &result);
    void dropDatabase();

    ConnectionSpec m_server;
    OrderBenchmarkOptions m_options;
    Progress m_progress;
    QString m_runId;
};

} // namespace Stockroom::Services
