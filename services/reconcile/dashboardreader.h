#pragma once

#include "dashboardrecords.h"

#include <QJsonObject>

#include <result.h>

namespace Stockroom::Services {

class Session;

// The supervisors' dashboard's reads: one per chart and one for the lines behind any of them, on the read views of
// resources/migrations/0010_reconcile.sql and 0011_reconcile_dashboard.sql (supervisor and above; anyone else gets
// Error::Kind::PermissionDenied). Every read runs in its own read-only transaction. Days are the ledger's business
// days (the server's time zone, in which migration 0011 rolls shrinkage up): a range of days on a time column starts
// and ends where the views' "day" columns do. All values are bound.
class DashboardReader final
{
public:
    explicit DashboardReader(Session &session);

    // Whether this login may read every view the dashboard reads.
    Result<bool> mayRead();
    // Rolls shrinkage up to the last closed day (api.dashboard_refresh), so that its read is short; the dashboard asks
    // when it opens. Cheap when done already; skipped while another refresh runs.
    Result<QJsonObject> refresh();

    // Per period of filter.period() and ABC class, the classes together first.
    Result<QList<AccuracyPoint>> accuracy(const DashboardFilter &filter);
    // Largest first (units moved either way).
    Result<QList<ReasonVariance>> varianceByReason(const DashboardFilter &filter);
    // Per period with any loss or sale.
    Result<QList<ShrinkagePoint>> shrinkage(const DashboardFilter &filter);
    // As of now: the date range does not apply.
    Result<QList<CoverageClass>> coverage(const DashboardFilter &filter);
    Result<QList<CountDay>> countsPerDay(const DashboardFilter &filter);
    // As of now: the date range does not apply.
    Result<QList<DiscrepancyAge>> openDiscrepancies(const DashboardFilter &filter);
    // snapshot 0: the newest. Classes within the location filters; the date range does not apply.
    Result<SnapshotOverview> snapshots(const DashboardFilter &filter, qint64 snapshot);

    Result<DashboardLines> lines(const LinesRequest &request);

    // The age bucket (DiscrepancyAge::bucket) of an age in seconds.
    static int ageBucket(qint64 seconds);

private:
    Session &m_session;
};

} // namespace Stockroom::Services
