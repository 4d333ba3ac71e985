#include "commands.h"
#include "context.h"
#include "countoutput.h"
#include "tables.h"

#include <QJsonArray>

#include <cstdio>

namespace Stockroom::Ctl {

using Counts::lines;
using Counts::sessionId;

namespace {

const QStringList kStates = {QStringLiteral("counting"), QStringLiteral("review"), QStringLiteral("closed"),
                             QStringLiteral("cancelled")};

QString field(const QJsonObject &o, const char *name)
{
    return cell(o.value(QLatin1String(name)));
}

// "count session 7 at ST1: review, blind, a full count; 12 lines, 10 counted, 2 to count"
QString heading(const QJsonObject &o)
{
    QString text =
        QStringLiteral("count session %1 at %2: %3, %4")
            .arg(field(o, "session"), field(o, "location"), field(o, "state"),
                 o.value(QStringLiteral("blind")).toBool() ? QStringLiteral("blind") : QStringLiteral("open"));
    if (o.value(QStringLiteral("full_count")).toBool())
        text += QStringLiteral(", a full count");
    // "lines" is how many in the progress, but the lines themselves in the sheet and the review.
    const QJsonValue all = o.value(QStringLiteral("lines"));
    text += QStringLiteral("; %1, %2 counted, %3 to count")
                .arg(lines(all.isArray() ? all.toArray().size() : all.toInteger()), field(o, "counted_lines"),
                     field(o, "to_count"));
    if (const QString note = o.value(QStringLiteral("note")).toString(); !note.isEmpty())
        text += QStringLiteral("\nnote: %1").arg(note);
    return text;
}

// A review line as the table and --json show it: "status" is the API's state; the flags in words.
QJsonObject reviewLine(QJsonObject line)
{
    line.insert(QStringLiteral("status"), line.value(QStringLiteral("state")));
    QStringList flags;
    if (line.value(QStringLiteral("double_count")).toBool())
        flags << QStringLiteral("possible double count");
    if (line.value(QStringLiteral("recounted")).toBool())
        flags << QStringLiteral("recounted (first %1, %2)")
                     .arg(field(line, "first_counted"), line.value(QStringLiteral("confirmed")).toBool()
                                                            ? QStringLiteral("confirmed")
                                                            : QStringLiteral("not confirmed"));
    if (line.value(QStringLiteral("short_of_reserved")).toBool())
        flags << QStringLiteral("short of reserved (%1 reserved, %2 on hand now)")
                     .arg(field(line, "reserved_now"), field(line, "on_hand_now"));
    if (!line.value(QStringLiteral("decision_reason")).isNull() && line.contains(QStringLiteral("decision_reason")))
        flags << field(line, "decision_reason");
    QStringList counters;
    for (const QJsonValue &counter : line.value(QStringLiteral("counters")).toArray())
        counters << counter.toString();
    line.insert(QStringLiteral("flags"), flags.join(QStringLiteral("; ")));
    line.insert(QStringLiteral("counted_by"), counters.join(QStringLiteral(", ")));
    if (line.value(QStringLiteral("tolerance_units")).isDouble())
        line.insert(QStringLiteral("tolerance"), QStringLiteral("±%1").arg(field(line, "tolerance_units")));
    return line;
}

} // namespace

int countSessionReviewCommand(Context &ctx)
{
    const auto session = sessionId(ctx, QStringLiteral("count-session review SESSION [--outside-tolerance]"));
    if (!session)
        return Usage;
    const bool outsideOnly = ctx.args().flag(QStringLiteral("outside-tolerance"));
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    auto review = counts->review(*session);
    if (!review)
        return ctx.fail(review.error());
    QJsonArray shown;
    for (const QJsonValue &value : review->value(QStringLiteral("lines")).toArray()) {
        QJsonObject line = value.toObject();
        if (outsideOnly && line.value(QStringLiteral("within_tolerance")).toBool(true))
            continue;
        if (ctx.json())
            line.insert(QStringLiteral("status"), line.value(QStringLiteral("state")));
        shown.append(ctx.json() ? line : reviewLine(line));
    }
    if (ctx.json()) {
        QJsonObject out = review.value();
        out.insert(QStringLiteral("lines"), shown);
        ctx.print(out, {});
        return Done;
    }
    std::printf("%s\n\n", heading(review.value()).toUtf8().constData());
    if (shown.isEmpty()) {
        std::printf("%s\n", outsideOnly ? "no line is outside tolerance" : "no lines");
        std::fflush(stdout);
        return Done;
    }
    printTable(shown,
               {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("abc_class"),
                QStringLiteral("expected_at_count"), QStringLiteral("counted"), QStringLiteral("variance"),
                QStringLiteral("variance_value"), QStringLiteral("tolerance"), QStringLiteral("within_tolerance"),
                QStringLiteral("status"), QStringLiteral("counted_by"), QStringLiteral("flags")},
               {QStringLiteral("SKU"), QStringLiteral("NAME"), QStringLiteral("CLASS"), QStringLiteral("EXPECTED"),
                QStringLiteral("COUNTED"), QStringLiteral("VARIANCE"), QStringLiteral("VALUE"),
                QStringLiteral("TOLERANCE"), QStringLiteral("WITHIN"), QStringLiteral("STATUS"),
                QStringLiteral("COUNTED BY"), QStringLiteral("NOTES")});
    return Done;
}

int countSessionListCommand(Context &ctx)
{
    if (ctx.args().words.size() != 2)
        return ctx.usage(
            QStringLiteral("count-session list takes no positional arguments, not \"%1\"").arg(ctx.args().words.at(2)));
    const QString location = ctx.args().value(QStringLiteral("location"));
    const QString state = ctx.args().value(QStringLiteral("state"));
    if (ctx.args().has(QStringLiteral("state")) && !kStates.contains(state))
        return ctx.usage(
            QStringLiteral("--state \"%1\" is not a count session's state: %2").arg(state, kStates.join(u", ")));
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    if (!location.isEmpty()) {
        auto known = ctx.session()->rows(QStringLiteral("SELECT code FROM api.locations WHERE code = ?"), {location});
        if (!known)
            return ctx.fail(known.error());
        if (known->isEmpty())
            return ctx.fail({Services::Error::Kind::NotFound, QStringLiteral("unknown location %1").arg(location), {}});
    }
    Services::CountSessionFilter filter;
    filter.location = location;
    filter.state = state;
    filter.limit = 100000;
    auto sessions = counts->sessions(filter);
    if (!sessions)
        return ctx.fail(sessions.error());
    QJsonArray rows;
    for (const Services::CountSessionInfo &s : sessions.value())
        rows.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("location"), s.location},
                        {QStringLiteral("state"), s.state},
                        {QStringLiteral("blind"), s.blind},
                        {QStringLiteral("full_count"), s.fullCount},
                        {QStringLiteral("note"), s.note},
                        {QStringLiteral("created_by"), s.createdBy},
                        {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("lines"), s.lines},
                        {QStringLiteral("counted"), s.counted},
                        {QStringLiteral("pending"), s.pending},
                        {QStringLiteral("recount"), s.recount},
                        {QStringLiteral("approved"), s.approved},
                        {QStringLiteral("rejected"), s.rejected},
                        {QStringLiteral("assignees"), ctx.json() ? QJsonValue(QJsonArray::fromStringList(s.assignees))
                                                                 : QJsonValue(s.assignees.join(u", "))}});
    printRows(ctx, rows,
              {QStringLiteral("id"), QStringLiteral("location"), QStringLiteral("state"), QStringLiteral("blind"),
               QStringLiteral("full_count"), QStringLiteral("lines"), QStringLiteral("counted"),
               QStringLiteral("pending"), QStringLiteral("recount"), QStringLiteral("approved"),
               QStringLiteral("rejected"), QStringLiteral("created_by"), QStringLiteral("created_at"),
               QStringLiteral("assignees"), QStringLiteral("note")},
              {QStringLiteral("SESSION"), QStringLiteral("LOCATION"), QStringLiteral("STATE"), QStringLiteral("BLIND"),
               QStringLiteral("FULL"), QStringLiteral("LINES"), QStringLiteral("COUNTED"), QStringLiteral("PENDING"),
               QStringLiteral("RECOUNT"), QStringLiteral("APPROVED"), QStringLiteral("REJECTED"), QStringLiteral("BY"),
               QStringLiteral("CREATED"), QStringLiteral("ASSIGNED"), QStringLiteral("NOTE")});
    return Done;
}

int countSessionSheetCommand(Context &ctx)
{
    const auto session = sessionId(ctx, QStringLiteral("count-session sheet SESSION"));
    if (!session)
        return Usage;
    if (!ctx.checkUnused())
        return Usage;
    auto *counts = ctx.counts();
    if (!counts)
        return Failed;
    auto sheet = counts->sheet(*session);
    if (!sheet)
        return ctx.fail(sheet.error());
    if (ctx.json()) {
        ctx.print(sheet.value(), {});
        return Done;
    }
    QJsonArray rows;
    bool expected = false;
    for (const QJsonValue &value : sheet->value(QStringLiteral("lines")).toArray()) {
        QJsonObject line = value.toObject();
        QStringList barcodes;
        for (const QJsonValue &barcode : line.value(QStringLiteral("barcodes")).toArray())
            barcodes << barcode.toString();
        line.insert(QStringLiteral("barcodes"), barcodes.join(QStringLiteral(", ")));
        expected = expected || line.contains(QStringLiteral("expected"));
        rows.append(line);
    }
    std::printf("%s\n\n", heading(sheet.value()).toUtf8().constData());
    QStringList columns{QStringLiteral("sku"),       QStringLiteral("name"),  QStringLiteral("barcodes"),
                        QStringLiteral("abc_class"), QStringLiteral("state"), QStringLiteral("counted"),
                        QStringLiteral("position")};
    QStringList headers{QStringLiteral("SKU"),     QStringLiteral("NAME"),  QStringLiteral("BARCODES"),
                        QStringLiteral("CLASS"),   QStringLiteral("STATE"), QStringLiteral("COUNTED"),
                        QStringLiteral("POSITION")};
    if (expected) {
        columns << QStringLiteral("expected");
        headers << QStringLiteral("EXPECTED NOW");
    }
    printTable(rows, columns, headers);
    return Done;
}

} // namespace Stockroom::Ctl
