#include "commands.h"
#include "context.h"
#include "orderoutput.h"
#include "tables.h"

#include <QJsonArray>

#include <cstdio>

namespace Stockroom::Ctl {

namespace {

QString field(const QJsonObject &o, const char *name)
{
    return cell(o.value(QLatin1String(name)));
}

QString items(const QJsonArray &lines)
{
    QStringList parts;
    for (const QJsonValue &value : lines)
        parts << QStringLiteral("%1 × %2").arg(field(value.toObject(), "quantity"), field(value.toObject(), "sku"));
    return parts.join(QStringLiteral(", "));
}

void section(const QString &title)
{
    std::printf("\n%s\n", title.toUtf8().constData());
}

void printOrder(const QJsonObject &o)
{
    QString heading = QStringLiteral("order %1 (%2): %3 since %4")
                          .arg(field(o, "ref"), field(o, "channel"), field(o, "state"), field(o, "state_since"));
    if (o.value(QStringLiteral("stuck")).toBool())
        heading += QStringLiteral(" — stuck: longer in this state than its time limit");
    const QJsonObject d = o.value(QStringLiteral("destination")).toObject();
    const QString destination =
        d.value(QStringLiteral("pickup")).isString()
            ? QStringLiteral("pickup at %1").arg(field(d, "pickup"))
            : QStringLiteral("ship to %1, %2")
                  .arg(QString::number(d.value(QStringLiteral("latitude")).toDouble(), 'f', 3),
                       QString::number(d.value(QStringLiteral("longitude")).toDouble(), 'f', 3));
    std::printf("%s\n%s; created %s by %s; payment window until %s\n", heading.toUtf8().constData(),
                destination.toUtf8().constData(), field(o, "created_at").toUtf8().constData(),
                field(o, "created_by").toUtf8().constData(), field(o, "expires_at").toUtf8().constData());

    section(QStringLiteral("lines"));
    printTable(o.value(QStringLiteral("lines")).toArray(),
               {QStringLiteral("line"), QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("quantity"),
                QStringLiteral("allocated"), QStringLiteral("shipped")},
               {QStringLiteral("LINE"), QStringLiteral("SKU"), QStringLiteral("NAME"), QStringLiteral("QTY"),
                QStringLiteral("ALLOCATED"), QStringLiteral("SHIPPED")});

    QJsonArray fulfillments;
    for (const QJsonValue &value : o.value(QStringLiteral("fulfillments")).toArray()) {
        QJsonObject f = value.toObject();
        f.insert(QStringLiteral("items"), items(f.value(QStringLiteral("lines")).toArray()));
        fulfillments.append(f);
    }
    if (!fulfillments.isEmpty()) {
        section(QStringLiteral("fulfillments"));
        printTable(fulfillments,
                   {QStringLiteral("id"), QStringLiteral("location"), QStringLiteral("state"),
                    QStringLiteral("state_since"), QStringLiteral("stuck"), QStringLiteral("reservation"),
                    QStringLiteral("hold"), QStringLiteral("distance_km"), QStringLiteral("items")},
                   {QStringLiteral("ID"), QStringLiteral("LOCATION"), QStringLiteral("STATE"), QStringLiteral("SINCE"),
                    QStringLiteral("STUCK"), QStringLiteral("RESERVATION"), QStringLiteral("HOLD"),
                    QStringLiteral("KM"), QStringLiteral("LINES")});
    }

    QJsonArray returns;
    for (const QJsonValue &value : o.value(QStringLiteral("returns")).toArray()) {
        QJsonObject r = value.toObject();
        r.insert(QStringLiteral("items"), items(r.value(QStringLiteral("lines")).toArray()));
        returns.append(r);
    }
    if (!returns.isEmpty()) {
        section(QStringLiteral("returns"));
        printTable(returns,
                   {QStringLiteral("id"), QStringLiteral("fulfillment"), QStringLiteral("state"),
                    QStringLiteral("state_since"), QStringLiteral("reason"), QStringLiteral("items")},
                   {QStringLiteral("ID"), QStringLiteral("FULFILLMENT"), QStringLiteral("STATE"),
                    QStringLiteral("SINCE"), QStringLiteral("REASON"), QStringLiteral("LINES")});
    }

    QJsonArray history;
    for (const QJsonValue &value : o.value(QStringLiteral("history")).toArray()) {
        QJsonObject h = value.toObject();
        const QString machine = h.value(QStringLiteral("machine")).toString();
        h.insert(QStringLiteral("target"),
                 machine == u"order"
                     ? QStringLiteral("order")
                     : QStringLiteral("%1 %2").arg(machine, field(h, machine == u"return" ? "return" : "fulfillment")));
        history.append(h);
    }
    section(QStringLiteral("history"));
    printTable(history,
               {QStringLiteral("at"), QStringLiteral("target"), QStringLiteral("from"), QStringLiteral("event"),
                QStringLiteral("to"), QStringLiteral("actor"), QStringLiteral("reason")},
               {QStringLiteral("AT"), QStringLiteral("OF"), QStringLiteral("FROM"), QStringLiteral("EVENT"),
                QStringLiteral("TO"), QStringLiteral("BY"), QStringLiteral("REASON")});

    QStringList allowed;
    QStringList refused;
    for (const QJsonValue &value : o.value(QStringLiteral("next_events")).toArray()) {
        const QJsonObject e = value.toObject();
        QString what = field(e, "event");
        if (e.value(QStringLiteral("machine")).toString() != u"order")
            what += QStringLiteral(" (%1 %2)").arg(field(e, "machine"), field(e, "target"));
        if (e.value(QStringLiteral("allowed")).toBool())
            allowed << what;
        else
            refused << QStringLiteral("%1: %2").arg(what, field(e, "why"));
    }
    std::printf("\nnext: %s\n",
                (allowed.isEmpty() ? QStringLiteral("nothing you may fire") : allowed.join(QStringLiteral(", ")))
                    .toUtf8()
                    .constData());
    if (!refused.isEmpty())
        std::printf("not for you now: %s\n", refused.join(QStringLiteral("; ")).toUtf8().constData());
    std::fflush(stdout);
}

// Graphviz: one cluster per machine, initial states bold, terminal states double-circled, edges labelled with
// the event and who may fire it.
QString machineDot(const QList<Services::MachineState> &states, const QJsonArray &transitions)
{
    QStringList out{QStringLiteral("digraph stockroom_orders {"), QStringLiteral("    rankdir=LR;"),
                    QStringLiteral("    node [shape=ellipse, fontname=\"Helvetica\"];"),
                    QStringLiteral("    edge [fontname=\"Helvetica\", fontsize=10];")};
    for (const char *name : {"order", "fulfillment", "return"}) {
        const QString machine = QString::fromLatin1(name);
        out << QStringLiteral("    subgraph cluster_%1 {").arg(machine)
            << QStringLiteral("        label=\"%1\";").arg(machine);
        for (const Services::MachineState &s : states) {
            if (s.machine != machine)
                continue;
            QStringList attributes{QStringLiteral("label=\"%1\"").arg(s.state)};
            if (s.initial)
                attributes << QStringLiteral("style=bold");
            if (s.terminal)
                attributes << QStringLiteral("shape=doublecircle");
            out << QStringLiteral("        %1_%2 [%3];").arg(machine, s.state, attributes.join(u", "));
        }
        for (const QJsonValue &value : transitions) {
            const QJsonObject t = value.toObject();
            if (t.value(QStringLiteral("machine")).toString() != machine)
                continue;
            QStringList roles;
            for (const QJsonValue &role : t.value(QStringLiteral("roles")).toArray())
                roles << role.toString();
            out << QStringLiteral("        %1_%2 -> %1_%3 [label=\"%4\\n(%5)\"%6];")
                       .arg(machine, field(t, "from"), field(t, "to"), field(t, "event"), roles.join(u", "),
                            roles == QStringList{QStringLiteral("system")} ? QStringLiteral(", style=dashed")
                                                                           : QString());
        }
        out << QStringLiteral("    }");
    }
    out << QStringLiteral("}");
    return out.join(u'\n');
}

} // namespace

int orderShowCommand(Context &ctx)
{
    const auto ref = Orders::reference(ctx, QStringLiteral("order show REF [--channel C]"));
    if (!ref)
        return Usage;
    const QString channel = Orders::channel(ctx);
    if (!ctx.checkUnused())
        return Usage;
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    auto order = orders->show(*ref, channel);
    if (!order)
        return ctx.fail(order.error());
    if (ctx.json())
        ctx.print(order.value(), {});
    else
        printOrder(order.value());
    return Done;
}

int orderListCommand(Context &ctx)
{
    QString error;
    Services::OrderFilter filter;
    filter.state = ctx.args().value(QStringLiteral("state"));
    filter.stuckOnly = ctx.args().flag(QStringLiteral("stuck"));
    filter.channel = Orders::channel(ctx);
    const auto limit = ctx.args().integer(QStringLiteral("limit"), &error, 1000);
    if (!limit || *limit <= 0)
        return ctx.usage(limit ? QStringLiteral("--limit must be positive") : error);
    filter.limit = int(std::min<qint64>(*limit, 1000000));
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("order list takes no positional arguments"));
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    if (!filter.state.isEmpty()) {
        auto machine = orders->machine();
        if (!machine)
            return ctx.fail(machine.error());
        QStringList names;
        for (const Services::MachineState &state : machine->statesOf(QStringLiteral("order")))
            names << state.state;
        if (!names.contains(filter.state))
            return ctx.usage(QStringLiteral("--state \"%1\" is not an order state (%2)")
                                 .arg(filter.state, names.join(QStringLiteral(", "))));
    }
    if (!filter.channel.isEmpty()) {
        // An unknown channel named by a filter is a mistake worth naming (exit 3), not an empty list.
        auto channels = orders->channels();
        if (channels && !channels->contains(filter.channel))
            return ctx.fail(
                {Services::Error::Kind::NotFound, QStringLiteral("unknown channel \"%1\"").arg(filter.channel), {}});
    }
    auto rows = orders->list(filter);
    if (!rows)
        return ctx.fail(rows.error());
    printRows(ctx, rows.value(),
              {QStringLiteral("id"), QStringLiteral("ref"), QStringLiteral("channel"), QStringLiteral("state"),
               QStringLiteral("state_since"), QStringLiteral("stuck"), QStringLiteral("lines"), QStringLiteral("units"),
               QStringLiteral("fulfillments"), QStringLiteral("shipped"), QStringLiteral("destination"),
               QStringLiteral("expires_at")},
              {QStringLiteral("ID"), QStringLiteral("REF"), QStringLiteral("CHANNEL"), QStringLiteral("STATE"),
               QStringLiteral("SINCE"), QStringLiteral("STUCK"), QStringLiteral("LINES"), QStringLiteral("UNITS"),
               QStringLiteral("FULFILLMENTS"), QStringLiteral("SHIPPED"), QStringLiteral("DESTINATION"),
               QStringLiteral("EXPIRES_AT")});
    return Done;
}

int orderMachineCommand(Context &ctx)
{
    const bool dot = ctx.args().flag(QStringLiteral("dot"));
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("order machine takes no positional arguments"));
    if (dot && ctx.json())
        return ctx.usage(QStringLiteral("--dot and --json are two ways to print the machine: choose one"));
    auto *orders = ctx.orders();
    if (!orders)
        return Failed;
    auto machine = orders->machine();
    if (!machine)
        return ctx.fail(machine.error());
    // The machines in the order of their story: orders, their fulfillments, then returns.
    QJsonArray transitions;
    for (const char *name : {"order", "fulfillment", "return"}) {
        for (const Services::MachineTransition &t : machine->transitionsOf(QString::fromLatin1(name))) {
            transitions.append(QJsonObject{
                {QStringLiteral("machine"), t.machine},
                {QStringLiteral("from"), t.from},
                {QStringLiteral("event"), t.event},
                {QStringLiteral("to"), t.to},
                {QStringLiteral("roles"), QJsonArray::fromStringList(t.roles)},
                {QStringLiteral("effect"), t.effect.isEmpty() ? QJsonValue() : QJsonValue(t.effect)},
                {QStringLiteral("guard"), t.guard.isEmpty() ? QJsonValue() : QJsonValue(t.guard)},
                {QStringLiteral("description"), t.description},
                {QStringLiteral("system_only"), t.systemOnly},
            });
        }
    }
    if (dot) {
        std::puts(machineDot(machine->states, transitions).toUtf8().constData());
        return Done;
    }
    if (ctx.json()) {
        ctx.print(QJsonObject{{QStringLiteral("transitions"), transitions}}, {});
        return Done;
    }
    QJsonArray table;
    for (const QJsonValue &value : transitions) {
        QJsonObject t = value.toObject();
        QStringList roles;
        for (const QJsonValue &role : t.value(QStringLiteral("roles")).toArray())
            roles << role.toString();
        t.insert(QStringLiteral("roles"), roles.join(u','));
        table.append(t);
    }
    printTable(
        table,
        {QStringLiteral("machine"), QStringLiteral("from"), QStringLiteral("event"), QStringLiteral("to"),
         QStringLiteral("roles"), QStringLiteral("effect"), QStringLiteral("guard"), QStringLiteral("description")},
        {QStringLiteral("MACHINE"), QStringLiteral("FROM"), QStringLiteral("EVENT"), QStringLiteral("TO"),
         QStringLiteral("ROLES"), QStringLiteral("EFFECT"), QStringLiteral("GUARD"), QStringLiteral("DESCRIPTION")});
    return Done;
}

} // namespace Stockroom::Ctl
