#include "dashboardrecords.h"

namespace Stockroom::Services {

DashboardFilter::Period DashboardFilter::period() const
{
    const qint64 days = from.daysTo(to) + 1;
    if (days <= 14)
        return Period::Day;
    return days <= 182 ? Period::Week : Period::Month;
}

QDate DashboardFilter::periodStart(QDate day) const
{
    switch (period()) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks, as date_trunc('week') counts them
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate DashboardFilter::periodEnd(QDate start) const
{
    QDate end;
    switch (period()) {
    case Period::Day:
        end = start.addDays(1);
        break;
    case Period::Week:
        end = start.addDays(7);
        break;
    case Period::Month:
        end = start.addMonths(1);
        break;
    }
    return to.isValid() ? qMin(end, to.addDays(1)) : end;
}

} // namespace Stockroom::Services
