#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Stockroom::Services {

// What the supervisors' dashboard reads (resources/migrations/0010_reconcile.sql and 0011_reconcile_dashboard.sql),
// as plain values that cross threads: one row type per chart and the drill-down's lines.

// The dashboard's filters. Empty strings do not filter; days are local calendar days, both ends included.
struct DashboardFilter
{
    QString location;
    QString region;
    QDate from;
    QDate to;
    QString abcClass; // accuracy and coverage only
    // Whose calendar days: an IANA id ("Europe/Berlin"); empty: the ledger's business days (the server's zone). Only
    // the views that take the session's zone follow another: shrinkage stays in the ledger's days.
    QByteArray timeZone;

    // How charts over time group days: by day up to two weeks, by week (from Monday) up to half a year, else by month
    // (a few counted lines a day per class swing from 0 to 100 %; a week's or a month's show the trend).
    enum class Period
    {
        Day,
        Week,
        Month,
    };
    Period period() const;
    // The first day of the period holding day, and the day after the period's last (clipped to the range).
    QDate periodStart(QDate day) const;
    QDate periodEnd(QDate start) const;

    bool operator==(const DashboardFilter &other) const = default;
};

// api.count_accuracy summed per period and ABC class (abcClass empty: every class together).
struct AccuracyPoint
{
    QDate period;
    QString abcClass;
    qint64 counted = 0;
    qint64 within = 0;
};

// Adjustments and count variances of on-hand stock by reason (api.dashboard_movements where variance).
struct ReasonVariance
{
    QString reason;
    qint64 movements = 0;
    qint64 units = 0;    // signed: found minus lost
    qint64 unitsAbs = 0; // every unit that moved, either way
    double value = 0;    // unitsAbs at unit cost, for the SKUs that have one
    qint64 unpriced = 0; // movements of SKUs without a unit cost, left out of value
};

// api.shrinkage summed per period: units lost against units sold.
struct ShrinkagePoint
{
    QDate period;
    qint64 unitsLost = 0;
    qint64 unitsSold = 0;
};

// api.count_coverage per ABC class, with the class's interval (api.count_policy).
struct CoverageClass
{
    QString abcClass;
    qint64 rows = 0;
    qint64 counted = 0; // counted within the interval
    double intervalDays = 0;
};

// api.counts_per_day summed over the locations filtered: one heat map cell.
struct CountDay
{
    QDate day;
    qint64 observations = 0;
    qint64 skus = 0; // SKU rows counted (a SKU at two locations is two)
};

// api.open_discrepancies per age bucket (0: under a day, 1: 1–3 days, 2: 3–7, 3: 7–30, 4: over 30) and kind.
struct DiscrepancyAge
{
    int bucket = 0;
    QString kind; // snapshot_variance, drift, count_pending
    qint64 items = 0;
    qint64 units = 0; // absolute
};

// One row of api.snapshot_summary: an outside snapshot and its class counts over all its lines.
struct SnapshotInfo
{
    qint64 id = 0;
    QString source;
    QDateTime asOf;
    QString state;
    QString fileName;
    QString importedBy;
    QDateTime importedAt;
    qint64 lineCount = 0;
    qint64 matched = 0;
    qint64 proposed = 0;
    qint64 approved = 0;
};

// api.snapshot_lines of one snapshot per class, within the location filters.
struct SnapshotClass
{
    QString snapshotClass; // matched, timing, unknown, bucket, variance
    qint64 lines = 0;
    qint64 units = 0; // absolute differences
};

// Every snapshot (newest first) and the chosen one's classes.
struct SnapshotOverview
{
    QList<SnapshotInfo> snapshots;
    qint64 snapshot = 0; // the one classified below; 0: none imported yet
    QList<SnapshotClass> classes;
};

// Which lines a drill-down shows: the lines behind one chart, narrowed to what was clicked.
struct LinesRequest
{
    enum class Kind
    {
        Accuracy,      // api.count_accuracy_lines
        Variance,      // api.dashboard_movements where variance
        Losses,        // api.dashboard_movements where loss
        Coverage,      // api.coverage_rows
        Observations,  // api.count_observations
        Discrepancies, // api.open_discrepancies
        SnapshotLines, // api.snapshot_lines
    };
    Kind kind = Kind::Accuracy;
    DashboardFilter filter; // from/to narrowed to a clicked period or day
    QString reason;         // Variance
    QString code;           // Discrepancies: the kind; SnapshotLines: the class
    int ageBucket = -1;     // Discrepancies
    qint64 snapshot = 0;    // SnapshotLines
    int flag = -1;          // Accuracy: within tolerance; Coverage: within interval (0 or 1; -1 both)
    int limit = 5000;

    bool operator==(const LinesRequest &other) const = default;
};

// The lines a request found, column by column as the view names them; more: the limit cut them off.
struct DashboardLines
{
    QStringList columns;
    QList<QVariantList> rows;
    bool more = false;
};

// What every read answers when the login may not read the dashboard's views (a manager, an associate).
struct DashboardDenied
{
    QString message;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::DashboardFilter)
Q_DECLARE_METATYPE(Stockroom::Services::AccuracyPoint)
Q_DECLARE_METATYPE(Stockroom::Services::ReasonVariance)
Q_DECLARE_METATYPE(Stockroom::Services::ShrinkagePoint)
Q_DECLARE_METATYPE(Stockroom::Services::CoverageClass)
Q_DECLARE_METATYPE(Stockroom::Services::CountDay)
Q_DECLARE_METATYPE(Stockroom::Services::DiscrepancyAge)
Q_DECLARE_METATYPE(Stockroom::Services::SnapshotOverview)
Q_DECLARE_METATYPE(Stockroom::Services::LinesRequest)
Q_DECLARE_METATYPE(Stockroom::Services::DashboardLines)
Q_DECLARE_METATYPE(Stockroom::Services::DashboardDenied)
