// stockroomctl count plan: what to count on a day (api.count_plan, resources/migrations/0009_count_schedules.sql).

#include "commands.h"
#include "context.h"
#include "tables.h"

#include <QDate>
#include <QJsonArray>

#include <cstdio>

namespace Stockroom::Ctl {

namespace {

QString why(const QJsonObject &line)
{
    const QString reason = line.value(QStringLiteral("reason")).toString();
    if (reason == u"zero")
        return QStringLiteral("went to zero");
    if (reason == u"variance")
        return QStringLiteral("last count differed");
    if (reason == u"never_counted")
        return QStringLiteral("never counted");
    return QStringLiteral("due");
}

} // namespace

int countPlanCommand(Context &ctx)
{
    const QString location = ctx.args().value(QStringLiteral("location"));
    const QString dateText = ctx.args().value(QStringLiteral("date"));
    const QDate date = dateText.isEmpty() ? QDate() : QDate::fromString(dateText, Qt::ISODate);
    if (!dateText.isEmpty() && !date.isValid())
        return ctx.usage(QStringLiteral("--date is a day as YYYY-MM-DD, not \"%1\"").arg(dateText));
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("count plan takes --location and --date only"));
    auto *session = ctx.session();
    if (!session)
        return Failed;
    auto plan = session->callJson(QStringLiteral("SELECT api.count_plan(?, coalesce(?::date, current_date))"),
                                  {location.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(location),
                                   date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>())});
    if (!plan)
        return ctx.fail(plan.error());
    if (ctx.json()) {
        ctx.print(plan.value(), {});
        return Done;
    }

    QJsonArray lines;
    for (const QJsonValue &value : plan->value(QStringLiteral("lines")).toArray()) {
        QJsonObject line = value.toObject();
        line.insert(QStringLiteral("why"), why(line));
        lines.append(line);
    }
    std::printf("count plan for %s\n\n", plan->value(QStringLiteral("date")).toString().toUtf8().constData());
    if (lines.isEmpty())
        std::puts("nothing to count");
    else
        printTable(lines,
                   {QStringLiteral("priority"), QStringLiteral("location"), QStringLiteral("sku"),
                    QStringLiteral("name"), QStringLiteral("abc_class"), QStringLiteral("why"),
                    QStringLiteral("due_since"), QStringLiteral("days_overdue")},
                   {QStringLiteral("#"), QStringLiteral("LOCATION"), QStringLiteral("SKU"), QStringLiteral("NAME"),
                    QStringLiteral("CLASS"), QStringLiteral("WHY"), QStringLiteral("DUE SINCE"),
                    QStringLiteral("DAYS OVERDUE")});
    std::puts("");
    printTable(plan->value(QStringLiteral("locations")).toArray(),
               {QStringLiteral("location"), QStringLiteral("lines_per_day"), QStringLiteral("due"),
                QStringLiteral("triggered"), QStringLiteral("planned"), QStringLiteral("over_cap"),
                QStringLiteral("in_session")},
               {QStringLiteral("LOCATION"), QStringLiteral("LINES A DAY"), QStringLiteral("DUE"),
                QStringLiteral("TRIGGERED"), QStringLiteral("PLANNED"), QStringLiteral("OVER CAP"),
                QStringLiteral("IN A SESSION")});
    const QJsonObject totals = plan->value(QStringLiteral("totals")).toObject();
    std::printf("\n%s due, %s planned, %s over the cap, %s already in an open session\n",
                cell(totals.value(QStringLiteral("due"))).toUtf8().constData(),
                cell(totals.value(QStringLiteral("planned"))).toUtf8().constData(),
                cell(totals.value(QStringLiteral("over_cap"))).toUtf8().constData(),
                cell(totals.value(QStringLiteral("in_session"))).toUtf8().constData());
    std::fflush(stdout);
    return Done;
}

} // namespace Stockroom::Ctl
