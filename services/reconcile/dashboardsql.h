#pragma once

// What the dashboard's reads share (dashboardreader.cpp, dashboardlines.cpp): the filters as bound values, and the
// read-only transaction every read runs in. Not for use outside services/reconcile.

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <connection/session.h>
#include <connection/transactionguard.h>
#include <reconcile/dashboardrecords.h>

namespace Stockroom::Services::DashboardSql {

inline QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

inline QVariant flag(int value)
{
    return value < 0 ? QVariant(QMetaType::fromType<bool>()) : QVariant(value != 0);
}

// A range of days on a timestamptz column, the days' starts taken in the session's time zone as the views' day
// columns are (so that a range of "at" and a range of "day" hold the same movements), and still served by an index on
// the column.
inline QString dayRange(const QString &column)
{
    return u' ' + column + QStringLiteral(" >= ?::date::timestamptz AND ") + column +
           QStringLiteral(" < (?::date + 1)::timestamptz ");
}

inline QString periodName(DashboardFilter::Period period)
{
    switch (period) {
    case DashboardFilter::Period::Day:
        return QStringLiteral("day");
    case DashboardFilter::Period::Week:
        return QStringLiteral("week");
    case DashboardFilter::Period::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

// Every view has location and region columns; empty filters match all.
inline const QString kPlace =
    QStringLiteral(" (?::text IS NULL OR location = ?::text) AND (?::text IS NULL OR region = ?::text)");

inline QVariantList place(const DashboardFilter &filter)
{
    return {text(filter.location), text(filter.location), text(filter.region), text(filter.region)};
}

inline const QString kAgeBucket =
    QStringLiteral("CASE WHEN age < interval '1 day' THEN 0 WHEN age < interval '3 days' THEN 1"
                   " WHEN age < interval '7 days' THEN 2 WHEN age < interval '30 days' THEN 3"
                   " ELSE 4 END");

// Runs read in one read-only transaction (every figure of a chart from one snapshot of the ledger). Its days are the
// ledger's business days: those of the ledger's time zone (api.dashboard_state), in which it rolls shrinkage up
// (migration 0011), whatever the workstation's; or the filter's zone when it names one the server knows.
template <typename Read>
auto inBusinessDays(Session &session, const DashboardFilter &filter, Read read) -> decltype(read())
{
    if (auto opened = session.open(); !opened)
        return opened.error();
    TransactionGuard guard(session.database());
    if (auto begun = guard.begin(); !begun)
        return begun.error();
    if (auto readOnly = session.execScript(QStringLiteral("SET TRANSACTION READ ONLY; SAVEPOINT days")); !readOnly)
        return readOnly.error();
    {
        auto set = filter.timeZone.isEmpty()
                       ? session.run(QStringLiteral("SELECT set_config('TimeZone', time_zone, true) FROM "
                                                    "api.dashboard_state"))
                       : session.run(QStringLiteral("SELECT set_config('TimeZone', ?, true)"),
                                     {QString::fromUtf8(filter.timeZone)});
        if (set)
            set.value()->finish();
        else if (auto back = session.execScript(QStringLiteral("ROLLBACK TO SAVEPOINT days")); !back)
            return back.error();
    }
    auto result = read();
    if (!result)
        return result;
    if (auto committed = guard.commit(); !committed)
        return committed.error();
    return result;
}

} // namespace Stockroom::Services::DashboardSql
