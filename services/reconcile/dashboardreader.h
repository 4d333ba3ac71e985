#pragma once

#include "dashboardrecords.h"

#include <result.h>

namespace Stockroom::Services {

class Session;

// The supervisors' dashboard's reads: one per chart and one for the lines behind any of them, on the read views of
// resources/migrations/0010_reconcile.sql and 0011_reconcile_dashboard.sql (supervisor and above; anyone else gets
// Error::Kind::PermissionDenied). Every read runs in its own read-only transaction with the workstation's time zone,
// so that a view's "day" is the calendar day the user sees; the time ranges bound to the queries are the same days'
// starts. All values are bound.
class DashboardReader final
{
public:
    explicit DashboardReader(Session &session);

    // Whether this login may read every view the dashboard reads.
    Result<bool> mayRead();

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
