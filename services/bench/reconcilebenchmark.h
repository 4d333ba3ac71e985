#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <connection/connectionspec.h>
#include <functional>
#include <result.h>

namespace Stockroom::Services {

class Session;

struct ReconcileBenchmarkOptions
{
    int locations = 50;
    int skus = 20'000;        // every SKU at every location: locations x skus stock rows
    int movementsPerRow = 10; // spread over the last year
    int timingWindowSeconds = 900;
    QString database = QStringLiteral("stockroom_bench_reconcile");
};

// What the file holds, by the class each line should get (the benchmark made it so).
struct ReconcileClasses
{
    qint64 matched = 0;
    qint64 timing = 0;
    qint64 unknown = 0;
    qint64 bucket = 0;
    qint64 variance = 0;
    qint64 ledgerOnly = 0; // stock rows the file lacks (variances too)
};

struct ReconcileBenchmarkResult
{
    ReconcileBenchmarkOptions options;

    qint64 locations = 0;
    qint64 skus = 0;
    qint64 stockRows = 0;
    qint64 movements = 0;
    double seedSeconds = 0;
    qint64 holds = 0;        // taken before the cutoff: the ERP counts available, not on hand (bucket)
    qint64 lateReceipts = 0; // booked just after the cutoff, which the ERP counted already (timing)
    double csvSeconds = 0;   // writing the file (not a step of the import)
    qint64 csvBytes = 0;
    qint64 lines = 0;
    ReconcileClasses expected;

    // The import: the file parsed and checked on the client, sent in batches, classified at the cutoff.
    double parseSeconds = 0;
    double loadSeconds = 0;
    double classifySeconds = 0;
    QJsonObject phases; // the server's own times per phase of classification
    QJsonObject summary;
    bool classesAsExpected = false;

    // The book as of a cutoff deep in the history, for every stock row (api.stock_as_of).
    int deepDays = 60;
    qint64 movementsAfterDeep = 0;
    double asOfSeconds = 0;
    qint64 asOfRows = 0;

    double reviewSeconds = 0;
    qint64 reviewLines = 0;
    double approveSeconds = 0;
    qint64 approved = 0;

    // The supervisors' dashboard opened on the last 30 days, every location: each chart's read, one after another
    // on one connection as the dashboard's read thread makes them (services/reconcile/dashboardreader).
    double firstRefreshSeconds = 0; // api.dashboard_refresh() rolling up the whole year, once
    double refreshSeconds = 0;      // and again, as every sweep and every opening does
    QList<QPair<QString, double>> dashboardReads;
    double dashboardSeconds = 0;

    qint64 differences = 0; // rows api.verify() reported

    double importSeconds() const { return parseSeconds + loadSeconds + classifySeconds; }
    QJsonObject toJson() const;
};

// `stockroomctl bench reconcile`: a database of its own with N locations x K SKUs and M movements per stock row
// written set-based; holds on some rows; a cutoff; receipts just after it; then a snapshot file made from the book at
// the cutoff with known differences (unknown locations, the ERP counting available or the late receipts, true
// variances), imported (parsed, loaded, classified: each timed), the deep as-of timed, reviewed, every variance
// approved, and api.verify() last. The database is dropped afterwards.
class ReconcileBenchmark final
{
public:
    using Progress = std::function<void(const QString &)>;

    ReconcileBenchmark(ConnectionSpec server, ReconcileBenchmarkOptions options, Progress progress = {});
    Result<ReconcileBenchmarkResult> run();

private:
    Result<ConnectionSpec> prepareDatabase(ReconcileBenchmarkResult &result);
    Status reconcile(const ConnectionSpec &spec, ReconcileBenchmarkResult &result);
    Status openDashboard(Session &session, ReconcileBenchmarkResult &result);

    ConnectionSpec m_server;
    ReconcileBenchmarkOptions m_options;
    Progress m_progress;
};

} // namespace Stockroom::Services
