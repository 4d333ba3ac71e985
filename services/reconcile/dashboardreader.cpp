#include "dashboardreader.h"

#include "dashboardsql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Stockroom::Services {

using namespace DashboardSql;

DashboardReader::DashboardReader(Session &session)
    : m_session(session)
{
}

int DashboardReader::ageBucket(qint64 seconds)
{
    constexpr qint64 day = 86400;
    if (seconds < day)
        return 0;
    if (seconds < 3 * day)
        return 1;
    if (seconds < 7 * day)
        return 2;
    return seconds < 30 * day ? 3 : 4;
}

Result<bool> DashboardReader::mayRead()
{
    auto ran = m_session.run(QStringLiteral(
        "SELECT bool_and(coalesce(has_table_privilege(to_regclass(v), 'SELECT'), false)) FROM unnest(ARRAY["
        "'api.count_accuracy', 'api.count_accuracy_lines', 'api.variance_by_reason', 'api.dashboard_movements',"
        " 'api.shrinkage', 'api.count_coverage', 'api.coverage_rows', 'api.counts_per_day', 'api.count_observations',"
        " 'api.open_discrepancies', 'api.snapshot_summary', 'api.snapshot_lines']) v"));
    if (!ran)
        return ran.error();
    const bool may = ran.value()->next() && ran.value()->value(0).toBool();
    ran.value()->finish();
    return may;
}

Result<QJsonObject> DashboardReader::refresh()
{
    auto refreshed = m_session.callJson(QStringLiteral("SELECT api.dashboard_refresh()::text"));
    // A ledger older than the roll-up (migration 0011 before it) has nothing to refresh.
    if (!refreshed && refreshed.error().sqlState == u"42883")
        return QJsonObject{};
    return refreshed;
}

Result<QList<AccuracyPoint>> DashboardReader::accuracy(const DashboardFilter &filter)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<AccuracyPoint>> {
        QVariantList values{periodName(filter.period()), filter.from, filter.to};
        values << place(filter) << text(filter.abcClass) << text(filter.abcClass);
        auto ran = m_session.run(
            QStringLiteral("SELECT period, abc_class, grouping(abc_class) AS every_class, sum(counted_lines)::bigint,"
                           " sum(within_tolerance)::bigint FROM (SELECT date_trunc(?::text, day::timestamp)::date AS"
                           " period, abc_class, counted_lines, within_tolerance FROM api.count_accuracy"
                           " WHERE day BETWEEN ?::date AND ?::date AND") +
                kPlace +
                QStringLiteral(" AND (?::text IS NULL OR abc_class = ?::text)) a"
                               " GROUP BY GROUPING SETS ((period), (period, abc_class))"
                               " ORDER BY every_class DESC, abc_class, period"),
            values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<AccuracyPoint> out;
        while (query->next())
            out.append({query->value(0).toDate(), query->value(2).toInt() == 1 ? QString() : query->value(1).toString(),
                        query->value(3).toLongLong(), query->value(4).toLongLong()});
        query->finish();
        return out;
    });
}

Result<QList<ReasonVariance>> DashboardReader::varianceByReason(const DashboardFilter &filter)
{
    // The drill-down's view, on its indexed time, rather than api.variance_by_reason's day: the same movements (on
    // hand, by reason), and it tells which have no unit cost.
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<ReasonVariance>> {
        QVariantList values{filter.from, filter.to};
        values << place(filter);
        auto ran =
            m_session.run(QStringLiteral("SELECT reason, count(*), sum(quantity)::bigint, sum(abs(quantity))::bigint,"
                                         " coalesce(sum(value), 0)::float8, count(*) FILTER (WHERE value IS NULL)"
                                         " FROM api.dashboard_movements WHERE variance AND") +
                              dayRange(QStringLiteral("at")) + QStringLiteral("AND") + kPlace +
                              QStringLiteral(" GROUP BY reason ORDER BY 4 DESC, reason"),
                          values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<ReasonVariance> out;
        while (query->next())
            out.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                        query->value(3).toLongLong(), query->value(4).toDouble(), query->value(5).toLongLong()});
        query->finish();
        return out;
    });
}

Result<QList<ShrinkagePoint>> DashboardReader::shrinkage(const DashboardFilter &filter)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<ShrinkagePoint>> {
        QVariantList values{periodName(filter.period()), filter.from, filter.to};
        values << place(filter);
        auto ran =
            m_session.run(QStringLiteral("SELECT period, sum(units_lost)::bigint, sum(units_sold)::bigint FROM (SELECT"
                                         " date_trunc(?::text, day::timestamp)::date AS period, units_lost, units_sold"
                                         " FROM api.shrinkage WHERE day BETWEEN ?::date AND ?::date AND") +
                              kPlace +
                              QStringLiteral(") s GROUP BY period HAVING sum(units_lost) <> 0 OR sum(units_sold) <> 0"
                                             " ORDER BY period"),
                          values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<ShrinkagePoint> out;
        while (query->next())
            out.append({query->value(0).toDate(), query->value(1).toLongLong(), query->value(2).toLongLong()});
        query->finish();
        return out;
    });
}

Result<QList<CoverageClass>> DashboardReader::coverage(const DashboardFilter &filter)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<CoverageClass>> {
        QVariantList values = place(filter);
        values << text(filter.abcClass) << text(filter.abcClass);
        auto ran = m_session.run(
            QStringLiteral("SELECT c.abc_class, sum(c.rows)::bigint, sum(c.counted_within_interval)::bigint,"
                           " (365.0 / min(p.counts_per_year))::float8 FROM api.count_coverage c"
                           " JOIN api.count_policy p ON p.abc_class = c.abc_class WHERE") +
                kPlace +
                QStringLiteral(" AND (?::text IS NULL OR c.abc_class = ?::text) GROUP BY c.abc_class"
                               " ORDER BY c.abc_class"),
            values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<CoverageClass> out;
        while (query->next())
            out.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong(),
                        query->value(3).toDouble()});
        query->finish();
        return out;
    });
}

Result<QList<CountDay>> DashboardReader::countsPerDay(const DashboardFilter &filter)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<CountDay>> {
        QVariantList values{filter.from, filter.to};
        values << place(filter);
        auto ran = m_session.run(
            QStringLiteral("SELECT day, sum(observations)::bigint, sum(skus)::bigint FROM api.counts_per_day"
                           " WHERE day BETWEEN ?::date AND ?::date AND") +
                kPlace + QStringLiteral(" GROUP BY day ORDER BY day"),
            values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<CountDay> out;
        while (query->next())
            out.append({query->value(0).toDate(), query->value(1).toLongLong(), query->value(2).toLongLong()});
        query->finish();
        return out;
    });
}

Result<QList<DiscrepancyAge>> DashboardReader::openDiscrepancies(const DashboardFilter &filter)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<QList<DiscrepancyAge>> {
        auto ran = m_session.run(QStringLiteral("SELECT ") + kAgeBucket +
                                     QStringLiteral(" AS bucket, kind, count(*), coalesce(sum(abs(units)), 0)::bigint"
                                                    " FROM api.open_discrepancies WHERE") +
                                     kPlace + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"),
                                 place(filter));
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        QList<DiscrepancyAge> out;
        while (query->next())
            out.append({query->value(0).toInt(), query->value(1).toString(), query->value(2).toLongLong(),
                        query->value(3).toLongLong()});
        query->finish();
        return out;
    });
}

Result<SnapshotOverview> DashboardReader::snapshots(const DashboardFilter &filter, qint64 snapshot)
{
    return inBusinessDays(m_session, filter, [&]() -> Result<SnapshotOverview> {
        SnapshotOverview out;
        auto listed = m_session.run(
            QStringLiteral("SELECT snapshot, source, as_of, state, coalesce(file_name, ''), imported_by, imported_at,"
                           " line_count, matched, proposed, approved FROM api.snapshot_summary"
                           " ORDER BY as_of DESC, snapshot DESC LIMIT 200"));
        if (!listed)
            return listed.error();
        QSqlQuery *query = listed.value();
        while (query->next()) {
            SnapshotInfo info;
            info.id = query->value(0).toLongLong();
            info.source = query->value(1).toString();
            info.asOf = query->value(2).toDateTime();
            info.state = query->value(3).toString();
            info.fileName = query->value(4).toString();
            info.importedBy = query->value(5).toString();
            info.importedAt = query->value(6).toDateTime();
            info.lineCount = query->value(7).toLongLong();
            info.matched = query->value(8).toLongLong();
            info.proposed = query->value(9).toLongLong();
            info.approved = query->value(10).toLongLong();
            out.snapshots.append(info);
            if (info.id == snapshot)
                out.snapshot = snapshot;
        }
        query->finish();
        if (out.snapshot == 0 && !out.snapshots.isEmpty())
            out.snapshot = out.snapshots.constFirst().id;
        if (out.snapshot == 0)
            return out;
        // The lines classification wrote (all but the matched ones, a few in a thousand) per class; the matched ones
        // stay in the import's staging, counted in the summary: read one by one only for a location or a region.
        QVariantList values{out.snapshot};
        values << place(filter);
        auto classes = m_session.run(
            QStringLiteral("SELECT class, count(*), coalesce(sum(abs(difference)), 0)::bigint FROM api.snapshot_lines"
                           " WHERE snapshot = ?::bigint AND class <> 'matched' AND") +
                kPlace + QStringLiteral(" GROUP BY class"),
            values);
        if (!classes)
            return classes.error();
        query = classes.value();
        while (query->next())
            out.classes.append(
                {query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong()});
        query->finish();
        qint64 matched = 0;
        for (const SnapshotInfo &info : std::as_const(out.snapshots))
            if (info.id == out.snapshot)
                matched = info.matched;
        if (!filter.location.isEmpty() || !filter.region.isEmpty()) {
            auto counted =
                m_session.run(QStringLiteral("SELECT count(*) FROM api.snapshot_lines WHERE snapshot = ?::bigint"
                                             " AND class = 'matched' AND") +
                                  kPlace,
                              values);
            if (!counted)
                return counted.error();
            matched = counted.value()->next() ? counted.value()->value(0).toLongLong() : 0;
            counted.value()->finish();
        }
        if (matched > 0)
            out.classes.append({QStringLiteral("matched"), matched, 0});
        return out;
    });
}

} // namespace Stockroom::Services
