#include "dashboardreader.h"
#include "dashboardsql.h"

#include <QSqlRecord>

namespace Stockroom::Services {

using namespace DashboardSql;

Result<DashboardLines> DashboardReader::lines(const LinesRequest &request)
{
    const DashboardFilter &filter = request.filter;
    QString sql;
    QVariantList values;
    using Kind = LinesRequest::Kind;
    switch (request.kind) {
    case Kind::Accuracy:
        sql = QStringLiteral("SELECT decided_at, location, region, abc_class, session, sku, name, expected, counted,"
                             " variance, within_tolerance, recounted, state, decided_by FROM api.count_accuracy_lines"
                             " WHERE day BETWEEN ?::date AND ?::date AND") +
              kPlace +
              QStringLiteral(" AND (?::text IS NULL OR abc_class = ?::text) AND (?::boolean IS NULL OR"
                             " within_tolerance = ?::boolean) ORDER BY decided_at DESC, session DESC, sku");
        values << filter.from << filter.to << place(filter) << text(filter.abcClass) << text(filter.abcClass)
               << flag(request.flag) << flag(request.flag);
        break;
    case Kind::Variance:
    case Kind::Losses:
        sql =
            QStringLiteral("SELECT at, location, region, sku, name, kind, reason, bucket, quantity,"
                           " value::float8 AS value, reference, actor, movement FROM api.dashboard_movements WHERE ") +
            (request.kind == Kind::Variance ? QStringLiteral("variance") : QStringLiteral("loss")) +
            QStringLiteral(" AND") + dayRange(QStringLiteral("at")) + QStringLiteral("AND") + kPlace +
            QStringLiteral(" AND (?::text IS NULL OR reason = ?::text) ORDER BY at DESC, movement DESC");
        values << filter.from << filter.to << place(filter) << text(request.reason) << text(request.reason);
        break;
    case Kind::Coverage:
        sql = QStringLiteral("SELECT sku, name, location, region, abc_class, last_counted, due, within_interval"
                             " FROM api.coverage_rows WHERE") +
              kPlace +
              QStringLiteral(" AND (?::text IS NULL OR abc_class = ?::text) AND (?::boolean IS NULL OR"
                             " within_interval = ?::boolean) ORDER BY within_interval, due NULLS FIRST, sku, location");
        values << place(filter) << text(filter.abcClass) << text(filter.abcClass) << flag(request.flag)
               << flag(request.flag);
        break;
    case Kind::Observations:
        sql = QStringLiteral("SELECT recorded_at, location, region, sku, name, session, area, counter, counted, recount"
                             " FROM api.count_observations WHERE") +
              dayRange(QStringLiteral("recorded_at")) + QStringLiteral("AND") + kPlace +
              QStringLiteral(" ORDER BY recorded_at DESC");
        values << filter.from << filter.to << place(filter);
        break;
    case Kind::Discrepancies:
        sql = QStringLiteral("SELECT kind, reference, sku, location, region, units, since,"
                             " extract(epoch FROM age)::bigint AS age FROM api.open_discrepancies WHERE") +
              kPlace + QStringLiteral(" AND (?::text IS NULL OR kind = ?::text) AND (?::integer < 0 OR ") + kAgeBucket +
              QStringLiteral(" = ?::integer) ORDER BY since, reference, sku");
        values << place(filter) << text(request.code) << text(request.code) << request.ageBucket << request.ageBucket;
        break;
    case Kind::SnapshotLines:
        sql = QStringLiteral("SELECT line_no, sku, location, region, bucket, class, book, theirs, difference, policy,"
                             " proposed, state, movement_id FROM api.snapshot_lines WHERE snapshot = ?::bigint AND") +
              kPlace +
              QStringLiteral(" AND (?::text IS NULL OR class = ?::text)"
                             " ORDER BY class = 'matched', abs(difference) DESC NULLS LAST, line_no");
        values << request.snapshot << place(filter) << text(request.code) << text(request.code);
        break;
    }
    sql += QStringLiteral(" LIMIT ?::integer");
    values << qMax(1, request.limit) + 1; // one more says the limit cut the lines off
    return inBusinessDays(m_session, filter, [&]() -> Result<DashboardLines> {
        auto ran = m_session.run(sql, values);
        if (!ran)
            return ran.error();
        QSqlQuery *query = ran.value();
        DashboardLines out;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            out.columns << record.fieldName(i);
        while (query->next()) {
            if (out.rows.size() == qMax(1, request.limit)) {
                out.more = true;
                break;
            }
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row << query->value(i);
            out.rows.append(row);
        }
        query->finish();
        return out;
    });
}

} // namespace Stockroom::Services
