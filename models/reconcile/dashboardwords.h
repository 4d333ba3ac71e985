#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stockroom::Models {

// The user's words for the dashboard's codes: ABC classes, variance reasons, kinds of open discrepancy, snapshot
// classes and line states, age buckets, and the drill-down's column names. An unknown code (from a newer schema, or
// a reason typed by hand) is shown as it is.
class DashboardWords
{
    Q_DECLARE_TR_FUNCTIONS(DashboardWords)

public:
    // "All classes" for an empty code, else "Class A".
    static QString abcClass(const QString &code);
    // Adjustment reasons in the ledger's words; "Count variance" for an approved count's movement.
    static QString reason(const QString &code);
    // snapshot_variance, drift, count_pending.
    static QString discrepancyKind(const QString &code);
    // matched, timing, unknown, bucket, variance.
    static QString snapshotClass(const QString &code);
    // What a snapshot class means, in a sentence.
    static QString snapshotClassMeaning(const QString &code);
    // A snapshot's state, a snapshot line's state or its policy.
    static QString snapshotState(const QString &code);
    // DiscrepancyAge::bucket: "< 1 day", "1–3 days", …
    static QString ageBucket(int bucket);
    // A column of a drill-down's view (api.dashboard_movements' "at" is "Time").
    static QString column(const QString &name);
    // "3 days 4 h", "5 h 10 min".
    static QString age(qint64 seconds);
};

} // namespace Stockroom::Models
