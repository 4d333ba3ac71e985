#include "commands.h"
#include "context.h"
#include "orderoutput.h"
#include "tables.h"

#include <QJsonArray>

namespace Stockroom::Ctl {

using Orders::reference;
using Orders::stateSentence;

namespace {

const QString kCreateSynopsis =
    QStringLiteral("order create REF --channel C (--ship-to LAT,LON | --pickup LOCATION) --line SKU:QTY ...");

struct Coordinates
{
    double latitude = 0;
    double longitude = 0;
};

// --ship-to LAT,LON in degrees.
std::optional<Coordinates> shipTo(const QString &value, QString *error)
{
    const QStringList parts = value.split(u',');
    if (parts.size() != 2) {
        *error =
            QStringLiteral("--ship-to \"%1\" must be LATITUDE,LONGITUDE in degrees, such as 53.48,-2.24").arg(value);
        return std::nullopt;
    }
    Coordinates out;
    bool latitudeOk = false;
    bool longitudeOk = false;
    out.latitude = parts.at(0).trimmed().toDouble(&latitudeOk);
    out.longitude = parts.at(1).trimmed().toDouble(&longitudeOk);
    if (!latitudeOk || !longitudeOk) {
        *error = QStringLiteral("--ship-to \"%1\": the %2 \"%3\" is not a number of degrees")
                     .arg(value, latitudeOk ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                          parts.at(latitudeOk ? 1 : 0).trimmed());
        return std::nullopt;
    }
    if (out.latitude < -90 || out.latitude > 90) {
        *error = QStringLiteral("--ship-to \"%1\": latitude %2 is outside -90..90").arg(value).arg(out.latitude);
        return std::nullopt;
    }
    if (out.longitude < -180 || out.longitude > 180) {
        *error = QStringLiteral("--ship-to \"%1\": longitude %2 is outside -180..180").arg(value).arg(out.longitude);
        return std::nullopt;
    }
    return out;
}

// An optional positive id option (--fulfillment F, --return R).
bool optionalId(Context &ctx, const QString &name, std::optional<qint64> *id)
{
    if (!ctx.args().has(name))
        return true;
    QString error;
    const auto value = ctx.args().integer(name, &error);
    if (!value || *value <= 0) {
        ctx.usage(value ? QStringLiteral("--%1 must be a positive id, not %2").arg(name).arg(*value) : error);
        return false;
    }
    *id = value;
    return true;
}

QString destination(const QJsonObject &order)
{
    const QJsonObject d = order.value(QStringLiteral("destination")).toObject();
    if (!d.value(QStringLiteral("pickup")).isNull() && d.contains(QStringLiteral("pickup")))
        return QStringLiteral("pickup at %1").arg(cell(d.value(QStringLiteral("pickup"))));
    return QStringLiteral("to %1, %2")
        .arg(QString::number(d.value(QStringLiteral("latitude")).toDouble(), 'f', 3),
             QString::number(d.value(QStringLiteral("longitude")).toDouble(), 'f', 3));
}

// "2 × A at WH1, 1 × B at ST1" for plan or fulfillment lines.
QString itemList(const QJsonArray &lines, bool withLocation)
{
    QStringList parts;
    for (const QJsonValue &value : lines) {
        const QJsonObject l = value.toObject();
        QString part = QStringLiteral("%1 × %2").arg(cell(l.value(QStringLiteral("quantity"))),
                                                     cell(l.value(QStringLiteral("sku"))));
        if (withLocation)
            part += QStringLiteral(" at %1").arg(cell(l.value(QStringLiteral("location"))));
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString plural(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

// The preview's plan in the words of --plan N: its rank, or its place in the list when it carries none.
qint64 rankOf(const QJsonObject &plan, qsizetype index)
{
    return plan.contains(QStringLiteral("rank")) ? plan.value(QStringLiteral("rank")).toInteger() : index + 1;
}

// Why a plan passed over a location: the preview's sentence without the location it starts with, else its
// reason codes in words.
QString rejection(const QJsonObject &rejected)
{
    const QString location = cell(rejected.value(QStringLiteral("location")));
    QString detail = rejected.value(QStringLiteral("detail")).toString();
    if (detail.startsWith(location + u": "))
        detail = detail.mid(location.size() + 2);
    if (detail.isEmpty()) {
        QStringList reasons;
        for (const QJsonValue &reason : rejected.value(QStringLiteral("reasons")).toArray())
            reasons << reason.toString().replace(u'_', u' ');
        detail = reasons.join(QStringLiteral("; "));
    }
    return QStringLiteral("   not used: %1 — %2").arg(location, detail);
}

// One plan as readable lines: a heading, its lines by location, what it leaves short, and what it did not use
// and why.
QString describePlan(const QJsonObject &plan, qsizetype index)
{
    const QJsonArray lines = plan.value(QStringLiteral("lines")).toArray();
    QStringList locations;
    QHash<QString, QJsonArray> byLocation;
    for (const QJsonValue &value : lines) {
        const QString location = cell(value.toObject().value(QStringLiteral("location")));
        if (!locations.contains(location))
            locations << location;
        byLocation[location].append(value);
    }
    const qint64 splits = plan.contains(QStringLiteral("splits")) ? plan.value(QStringLiteral("splits")).toInteger()
                                                                  : std::max<qint64>(locations.size() - 1, 0);
    QString heading = QStringLiteral("%1. %2 — ships from %3 (%4)")
                          .arg(rankOf(plan, index))
                          .arg(cell(plan.value(QStringLiteral("strategy"))),
                               plural(locations.size(), QStringLiteral("location"), QStringLiteral("locations")),
                               splits == 0 ? QStringLiteral("no split")
                                           : plural(splits, QStringLiteral("split"), QStringLiteral("splits")));
    if (plan.value(QStringLiteral("distance_km")).isDouble())
        heading += QStringLiteral(", %1 km").arg(plan.value(QStringLiteral("distance_km")).toDouble(), 0, 'f', 1);
    else if (!locations.isEmpty())
        heading += QStringLiteral(", distance unknown");
    if (plan.contains(QStringLiteral("exact")))
        heading +=
            plan.value(QStringLiteral("exact")).toBool() ? QStringLiteral(", exact") : QStringLiteral(", not exact");
    QStringList same;
    for (const QJsonValue &other : plan.value(QStringLiteral("same_as")).toArray())
        same << other.toString();
    if (!same.isEmpty())
        heading += QStringLiteral(" (same as %1)").arg(same.join(QStringLiteral(", ")));
    QStringList out{heading};
    if (plan.contains(QStringLiteral("complete")) && !plan.value(QStringLiteral("complete")).toBool())
        out << QStringLiteral("   incomplete, short: %1")
                   .arg(itemList(plan.value(QStringLiteral("short")).toArray(), false));
    if (const QString note = plan.value(QStringLiteral("note")).toString(); !note.isEmpty())
        out << QStringLiteral("   note: %1").arg(note);
    for (const QString &location : locations)
        out << QStringLiteral("     %1: %2").arg(location, itemList(byLocation.value(location), false));
    for (const QJsonValue &value : plan.value(QStringLiteral("rejected")).toArray())
        out << rejection(value.toObject());
    return out.join(u'\n');
}

QString describeAllocation(const QJsonObject &order)
{
    QStringList parts;
    for (const QJsonValue &value : order.value(QStringLiteral("fulfillments")).toArray()) {
        const QJsonObject f = value.toObject();
        if (f.value(QStringLiteral("state")).toString() == u"cancelled")
            continue;
        QString part = QStringLiteral("fulfillment %1 at %2 holds %3")
                           .arg(cell(f.value(QStringLiteral("id"))), cell(f.value(QStringLiteral("location"))),
                                itemList(f.value(QStringLiteral("lines")).toArray(), false));
        if (f.value(QStringLiteral("distance_km")).isDouble())
            part += QStringLiteral(" (%1 km)").arg(f.value(QStringLiteral("distance_km")).toDouble(), 0, 'f', 1);
        parts << part;
    }
    return QStringLiteral("order %1 is %2: %3; unpaid, it expires at %4")
        .arg(cell(order.value(QStringLiteral("ref"))), cell(order.value(QStringLiteral("state"))),
             parts.join(QStringLiteral("; ")), cell(order.value(QStringLiteral("expires_at"))));
}

int allocatePreview(Context &ctx, const QString &ref)
{
    if (ctx.args().has(QStringLiteral("key")))
        return ctx.usage(QStringLiteral("--preview changes nothing and takes no --key"));
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    auto preview = orders->preview(ref, Orders::channel(ctx));
    if (!preview)
        return ctx.fail(preview.error());
    const QJsonArray plans = preview->value(QStringLiteral("plans")).toArray();
    QStringList human;
    if (preview->contains(QStringLiteral("allocatable")) && !preview->value(QStringLiteral("allocatable")).toBool())
        human << QStringLiteral("order %1 is %2: these plans show where it would ship from, but it can no longer "
                                "be allocated")
                     .arg(ref, cell(preview->value(QStringLiteral("state"))));
    for (qsizetype i = 0; i < plans.size(); ++i)
        human << describePlan(plans.at(i).toObject(), i);
    if (plans.isEmpty())
        human << QStringLiteral("order %1: no plan can ship it now").arg(ref);
    ctx.print(preview.value(), human.join(u'\n'));
    return Done;
}

// --plan N: the preview's plan of that rank, applied with the stock versions the preview saw.
int allocatePlan(Context &ctx, const QString &ref, qint64 rank)
{
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    auto preview = orders->preview(ref, Orders::channel(ctx));
    if (!preview)
        return ctx.fail(preview.error());
    const QJsonArray plans = preview->value(QStringLiteral("plans")).toArray();
    QJsonObject chosen;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (rankOf(plans.at(i).toObject(), i) == rank)
            chosen = plans.at(i).toObject();
    }
    if (chosen.isEmpty())
        return ctx.fail({Services::Error::Kind::NotFound,
                         plans.isEmpty() ? QStringLiteral("order %1: the preview has no plan").arg(ref)
                                         : QStringLiteral("order %1: the preview has plans 1 to %2, no plan %3")
                                               .arg(ref)
                                               .arg(plans.size())
                                               .arg(rank),
                         {}});
    auto allocated = orders->allocate(ref, Orders::channel(ctx), chosen, key);
    if (!allocated && allocated.error().kind == Services::Error::Kind::Conflict &&
        ctx.args().has(QStringLiteral("key"))) {
        // A retry of an allocation that was applied: the preview now sees the stock it reserved, so its plan is
        // not the one stored under the key. The strategy's call replays what that key applied, if it was this
        // strategy's plan.
        auto replayed = orders->allocateByStrategy(ref, Orders::channel(ctx),
                                                   chosen.value(QStringLiteral("strategy")).toString(), key);
        if (replayed && replayed->value(QStringLiteral("replayed")).toBool())
            allocated = replayed;
    }
    return ctx.report(allocated, describeAllocation);
}

int allocateStrategy(Context &ctx, const QString &ref, const QString &strategy)
{
    static const QStringList kStrategies = {QStringLiteral("nearest"), QStringLiteral("fewest-splits"),
                                            QStringLiteral("balanced"), QStringLiteral("protect-safety-stock")};
    QString name = strategy;
    name.replace(u'_', u'-');
    if (!kStrategies.contains(name))
        return ctx.usage(
            QStringLiteral("--strategy \"%1\" is not one of %2").arg(strategy, kStrategies.join(QStringLiteral(", "))));
    name.replace(u'-', u'_');
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    return ctx.report(orders->allocateByStrategy(ref, Orders::channel(ctx), name, key), describeAllocation);
}

} // namespace

int orderCreateCommand(Context &ctx)
{
    const auto ref = reference(ctx, kCreateSynopsis);
    if (!ref)
        return Usage;
    QString error;
    const QString channel = ctx.args().value(QStringLiteral("channel"));
    const bool hasShipTo = ctx.args().has(QStringLiteral("ship-to"));
    const QString pickup = ctx.args().value(QStringLiteral("pickup"));
    const auto lines = Orders::lines(ctx.args().values(QStringLiteral("line")), &error);
    const auto ttl = ctx.args().integer(QStringLiteral("ttl"), &error, 1800);
    if (channel.isEmpty())
        return ctx.usage(QStringLiteral("--channel is required: %1").arg(kCreateSynopsis));
    if (hasShipTo == ctx.args().has(QStringLiteral("pickup")))
        return ctx.usage(QStringLiteral("give --ship-to LAT,LON or --pickup LOCATION, one of them"));
    if (!lines)
        return ctx.usage(error);
    if (lines->isEmpty())
        return ctx.usage(QStringLiteral("an order needs at least one --line SKU:QTY"));
    if (!ttl || *ttl <= 0 || *ttl > 2592000)
        return ctx.usage(ttl ? QStringLiteral("--ttl is 1 to 2592000 seconds") : error);
    std::optional<Coordinates> to;
    if (hasShipTo) {
        to = shipTo(ctx.args().value(QStringLiteral("ship-to")), &error);
        if (!to)
            return ctx.usage(error);
    }
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    Services::OrderDraft draft{channel, *ref, *lines, {}, {}, pickup, int(*ttl)};
    if (to) {
        draft.latitude = to->latitude;
        draft.longitude = to->longitude;
    }
    const auto created = orders->create(draft, key);
    return ctx.report(created, [](const QJsonObject &o) {
        const QJsonArray orderLines = o.value(QStringLiteral("lines")).toArray();
        qint64 units = 0;
        for (const QJsonValue &line : orderLines)
            units += line.toObject().value(QStringLiteral("quantity")).toInteger();
        return QStringLiteral("order %1 created in channel %2: %3, %4, %5; unpaid, it expires at %6")
            .arg(cell(o.value(QStringLiteral("ref"))), cell(o.value(QStringLiteral("channel"))),
                 plural(orderLines.size(), QStringLiteral("line"), QStringLiteral("lines")),
                 plural(units, QStringLiteral("unit"), QStringLiteral("units")), destination(o),
                 cell(o.value(QStringLiteral("expires_at"))));
    });
}

int orderAllocateCommand(Context &ctx)
{
    const auto ref =
        reference(ctx, QStringLiteral("order allocate REF --preview | --plan N | --strategy S [--channel C]"));
    if (!ref)
        return Usage;
    const bool preview = ctx.args().flag(QStringLiteral("preview"));
    const bool plan = ctx.args().has(QStringLiteral("plan"));
    const bool strategy = ctx.args().has(QStringLiteral("strategy"));
    if (int(preview) + int(plan) + int(strategy) != 1)
        return ctx.usage(QStringLiteral("give one of --preview, --plan N or --strategy "
                                        "nearest|fewest-splits|balanced|protect-safety-stock"));
    if (preview)
        return allocatePreview(ctx, *ref);
    if (strategy)
        return allocateStrategy(ctx, *ref, ctx.args().value(QStringLiteral("strategy")));
    QString error;
    const auto rank = ctx.args().integer(QStringLiteral("plan"), &error);
    if (!rank || *rank <= 0)
        return ctx.usage(rank ? QStringLiteral("--plan is a plan's number in the preview, 1 or more") : error);
    return allocatePlan(ctx, *ref, *rank);
}

int orderFireCommand(Context &ctx)
{
    const QStringList &words = ctx.args().words;
    if (words.size() != 4)
        return ctx.usage(QStringLiteral("expected an order and an event: order fire REF EVENT [--fulfillment F | "
                                        "--return R] [--expect STATE]"));
    const QString ref = words.at(2);
    const QString event = words.at(3);
    std::optional<qint64> fulfillment;
    std::optional<qint64> returnId;
    if (!optionalId(ctx, QStringLiteral("fulfillment"), &fulfillment) ||
        !optionalId(ctx, QStringLiteral("return"), &returnId))
        return Usage;
    if (fulfillment && returnId)
        return ctx.usage(QStringLiteral("give --fulfillment or --return, not both"));
    const QString expect = ctx.args().value(QStringLiteral("expect"));
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const QString channel = Orders::channel(ctx);
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    if (returnId) {
        // A return is named by its id alone; it must be one of this order's.
        auto order = orders->show(ref, channel);
        if (!order)
            return ctx.fail(order.error());
        bool ours = false;
        for (const QJsonValue &value : order->value(QStringLiteral("returns")).toArray())
            ours = ours || value.toObject().value(QStringLiteral("id")).toInteger() == *returnId;
        if (!ours)
            return ctx.fail({Services::Error::Kind::NotFound,
                             QStringLiteral("order %1 has no return %2").arg(ref).arg(*returnId),
                             {}});
    }
    const Services::OrderEvent fired{ref,   channel, event, expect, fulfillment.value_or(0), returnId.value_or(0),
                                     reason};
    return ctx.report(orders->fire(fired, key), [&](const QJsonObject &o) {
        if (returnId) {
            QString state;
            for (const QJsonValue &value : o.value(QStringLiteral("returns")).toArray()) {
                if (value.toObject().value(QStringLiteral("id")).toInteger() == *returnId)
                    state = cell(value.toObject().value(QStringLiteral("state")));
            }
            return QStringLiteral("return %1: %2, now %3; %4").arg(*returnId).arg(event, state, stateSentence(o));
        }
        return fulfillment ? QStringLiteral("fulfillment %1: %2; %3").arg(*fulfillment).arg(event, stateSentence(o))
                           : QStringLiteral("%1: %2").arg(event, stateSentence(o));
    });
}

int orderReturnCommand(Context &ctx)
{
    const auto ref =
        reference(ctx, QStringLiteral("order return REF --fulfillment F [--line SKU:QTY ...] [--reason R]"));
    if (!ref)
        return Usage;
    std::optional<qint64> fulfillment;
    if (!optionalId(ctx, QStringLiteral("fulfillment"), &fulfillment))
        return Usage;
    if (!fulfillment)
        return ctx.usage(QStringLiteral("--fulfillment F is required: the shipment the stock comes back from"));
    QString error;
    const auto lines = Orders::lines(ctx.args().values(QStringLiteral("line")), &error);
    if (!lines)
        return ctx.usage(error);
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    return ctx.report(orders->requestReturn(*ref, Orders::channel(ctx), *fulfillment, *lines, reason, key),
                      [&](const QJsonObject &o) {
                          const qint64 id = o.value(QStringLiteral("return_id")).toInteger();
                          QString items;
                          for (const QJsonValue &value : o.value(QStringLiteral("returns")).toArray()) {
                              if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
                                  items = itemList(value.toObject().value(QStringLiteral("lines")).toArray(), false);
                          }
                          return QStringLiteral("return %1 of order %2 requested: %3 from fulfillment %4")
                              .arg(id)
                              .arg(*ref, items)
                              .arg(*fulfillment);
                      });
}

int orderCancelCommand(Context &ctx)
{
    const auto ref = reference(ctx, QStringLiteral("order cancel REF [--reason R]"));
    if (!ref)
        return Usage;
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const QString key = ctx.key();
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    return ctx.report(orders->cancel(*ref, Orders::channel(ctx), reason, key),
                      [](const QJsonObject &o) { return QStringLiteral("cancelled: %1").arg(stateSentence(o)); });
}

} // namespace Stockroom::Ctl
