#include "commands.h"
#include "context.h"

#include <QJsonArray>
#include <QUuid>

namespace Stockroom::Ctl {

using Services::OrderLine;
using Services::ReserveRequest;

namespace {

QString str(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString balances(const QJsonObject &o)
{
    return QStringLiteral("on hand %1, reserved %2, available %3, inbound %4, damaged %5")
        .arg(str(o, "on_hand"), str(o, "reserved"), str(o, "available"), str(o, "inbound"), str(o, "damaged"));
}

// The words after the command path must be exactly `count` positional arguments.
bool positionals(Context &ctx, int pathLength, int count, const QString &what)
{
    if (ctx.args().words.size() != pathLength + count) {
        ctx.usage(count == 0 ? QStringLiteral("unexpected argument \"%1\"").arg(ctx.args().words.value(pathLength))
                             : QStringLiteral("expected %1").arg(what));
        return false;
    }
    return true;
}

struct SkuAt
{
    QString sku;
    QString location;
};

std::optional<SkuAt> skuAt(Context &ctx, QString *error)
{
    SkuAt out{ctx.args().value(QStringLiteral("sku")), ctx.args().value(QStringLiteral("location"))};
    if (out.sku.isEmpty())
        *error = QStringLiteral("--sku is required");
    else if (out.location.isEmpty())
        *error = QStringLiteral("--location is required");
    else
        return out;
    return std::nullopt;
}

std::optional<qint64> positiveQuantity(Context &ctx, const QString &name, QString *error)
{
    auto qty = ctx.args().integer(name, error);
    if (qty && *qty <= 0) {
        *error = QStringLiteral("--%1 must be a positive whole number, not %2").arg(name).arg(*qty);
        return std::nullopt;
    }
    return qty;
}

std::optional<qint64> idArgument(Context &ctx, int index, const QString &what, QString *error)
{
    const QString text = ctx.args().words.value(index);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = QStringLiteral("%1 must be a number, not \"%2\"").arg(what, text);
        return std::nullopt;
    }
    return id;
}

} // namespace

int receiveCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> qty;
    if (at)
        qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
    const QString reference = ctx.args().value(QStringLiteral("reference"));
    const QString key = ctx.key();
    if (!at || !qty)
        return ctx.usage(error);
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->receive(at->sku, at->location, *qty, key, reference), [&](const QJsonObject &o) {
        return QStringLiteral("received %1 × %2 at %3: %4")
            .arg(*qty)
            .arg(str(o, "sku"), str(o, "location"), balances(o));
    });
}

int adjustCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> delta;
    if (at)
        delta = ctx.args().integer(QStringLiteral("delta"), &error);
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const QString reference = ctx.args().value(QStringLiteral("reference"));
    const QString key = ctx.key();
    if (!at || !delta)
        return ctx.usage(error);
    if (*delta == 0)
        return ctx.usage(QStringLiteral("--delta must not be zero"));
    if (reason.isEmpty())
        return ctx.usage(QStringLiteral("--reason is required (\"stockroomctl reasons\" lists them)"));
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->adjust(at->sku, at->location, *delta, reason, key, reference), [&](const QJsonObject &o) {
        return QStringLiteral("adjusted %1 at %2 by %3 (%4): %5")
            .arg(str(o, "sku"), str(o, "location"))
            .arg(*delta)
            .arg(reason, balances(o));
    });
}

int countCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> counted;
    if (at)
        counted = ctx.args().integer(QStringLiteral("counted"), &error);
    const QString key = ctx.key();
    if (!at || !counted)
        return ctx.usage(error);
    if (*counted < 0)
        return ctx.usage(QStringLiteral("--counted must be zero or more"));
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->count(at->sku, at->location, *counted, key), [&](const QJsonObject &o) {
        return QStringLiteral("counted %1 × %2 at %3 (difference %4): %5")
            .arg(*counted)
            .arg(str(o, "sku"), str(o, "location"), str(o, "difference"), balances(o));
    });
}

int safetyStockCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> qty;
    if (at)
        qty = ctx.args().integer(QStringLiteral("qty"), &error);
    const QString key = ctx.key();
    if (!at || !qty)
        return ctx.usage(error);
    if (*qty < 0)
        return ctx.usage(QStringLiteral("--qty must be zero or more"));
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->setSafetyStock(at->sku, at->location, *qty, key), [&](const QJsonObject &o) {
        return QStringLiteral("safety stock of %1 at %2 is %3")
            .arg(str(o, "sku"), str(o, "location"), str(o, "safety_stock"));
    });
}

int transferShipCommand(Context &ctx)
{
    QString error;
    const QString sku = ctx.args().value(QStringLiteral("sku"));
    const QString from = ctx.args().value(QStringLiteral("from"));
    const QString to = ctx.args().value(QStringLiteral("to"));
    const auto qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
    const QString key = ctx.key();
    if (sku.isEmpty() || from.isEmpty() || to.isEmpty())
        return ctx.usage(QStringLiteral("--sku, --from and --to are required"));
    if (!qty)
        return ctx.usage(error);
    if (!positionals(ctx, 2, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->transferShip(sku, from, to, *qty, key), [&](const QJsonObject &o) {
        return QStringLiteral("transfer %1: %2 × %3 shipped from %4 to %5, in transit")
            .arg(str(o, "transfer"), str(o, "quantity"), str(o, "sku"), str(o, "from"), str(o, "to"));
    });
}

int transferReceiveCommand(Context &ctx)
{
    QString error;
    if (!positionals(ctx, 2, 1, QStringLiteral("a transfer id: transfer receive TRANSFER [--qty N]")))
        return Usage;
    const auto id = idArgument(ctx, 2, QStringLiteral("the transfer id"), &error);
    std::optional<qint64> qty;
    if (ctx.args().has(QStringLiteral("qty"))) {
        qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
        if (!qty)
            return ctx.usage(error);
    }
    const QString key = ctx.key();
    if (!id)
        return ctx.usage(error);
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->transferReceive(*id, qty, key), [&](const QJsonObject &o) {
        return QStringLiteral("transfer %1: received %2 × %3 at %4, %5 still in transit (%6)")
            .arg(str(o, "transfer"), str(o, "received"), str(o, "sku"), str(o, "to"), str(o, "outstanding"),
                 str(o, "status"));
    });
}

int transferCancelCommand(Context &ctx)
{
    QString error;
    if (!positionals(ctx, 2, 1, QStringLiteral("a transfer id: transfer cancel TRANSFER")))
        return Usage;
    const auto id = idArgument(ctx, 2, QStringLiteral("the transfer id"), &error);
    const QString key = ctx.key();
    if (!id)
        return ctx.usage(error);
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->transferCancel(*id, key), [&](const QJsonObject &o) {
        return QStringLiteral("transfer %1 cancelled: %2 × %3 back on hand at %4, no longer inbound at %5")
            .arg(str(o, "transfer"), str(o, "cancelled"), str(o, "sku"), str(o, "from"), str(o, "to"));
    });
}

int transferWriteOffCommand(Context &ctx)
{
    QString error;
    if (!positionals(ctx, 2, 1, QStringLiteral("a transfer id: transfer write-off TRANSFER --qty N --reason R")))
        return Usage;
    const auto id = idArgument(ctx, 2, QStringLiteral("the transfer id"), &error);
    std::optional<qint64> qty;
    if (id)
        qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
    const QString reason = ctx.args().value(QStringLiteral("reason"));
    const QString key = ctx.key();
    if (!id || !qty)
        return ctx.usage(error);
    if (reason.isEmpty())
        return ctx.usage(QStringLiteral("--reason is required: one that takes stock out, such as lost or theft"));
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->transferWriteOff(*id, *qty, reason, key), [&](const QJsonObject &o) {
        return QStringLiteral("transfer %1: wrote off %2 × %3 (%4), %5 still in transit (%6)")
            .arg(str(o, "transfer"), str(o, "written_off"), str(o, "sku"), str(o, "reason"), str(o, "outstanding"),
                 str(o, "status"));
    });
}

int returnCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> qty;
    if (at)
        qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
    const bool damaged = ctx.args().flag(QStringLiteral("damaged"));
    const QString reference = ctx.args().value(QStringLiteral("reference"));
    const QString key = ctx.key();
    if (!at || !qty)
        return ctx.usage(error);
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->returnStock(at->sku, at->location, *qty, damaged, key, reference),
                      [&](const QJsonObject &o) {
                          return QStringLiteral("returned %1 × %2 at %3 to %4: %5")
                              .arg(*qty)
                              .arg(str(o, "sku"), str(o, "location"),
                                   damaged ? QStringLiteral("damaged") : QStringLiteral("on hand"), balances(o));
                      });
}

int reserveCommand(Context &ctx)
{
    QString error;
    const auto ttl = ctx.args().integer(QStringLiteral("ttl"), &error, 900);
    if (!ttl || *ttl <= 0 || *ttl > 2592000)
        return ctx.usage(ttl ? QStringLiteral("--ttl is 1 to 2592000 seconds") : error);
    const QString channel = ctx.args().has(QStringLiteral("channel")) ? ctx.args().value(QStringLiteral("channel"))
                                                                      : QStringLiteral("store");
    const QString order = ctx.args().value(QStringLiteral("order"));
    const QStringList lineTexts = ctx.args().values(QStringLiteral("line"));
    auto describe = [](const QJsonObject &o) {
        QStringList parts;
        for (const QJsonValue &line : o.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject l = line.toObject();
            QString part = QStringLiteral("%1 × %2 at %3").arg(str(l, "quantity"), str(l, "sku"), str(l, "location"));
            if (l.value(QStringLiteral("backordered")).toInteger() > 0)
                part += QStringLiteral(" (%1 against inbound)").arg(str(l, "backordered"));
            parts << part;
        }
        return QStringLiteral("reservation %1 holds %2 until %3")
            .arg(str(o, "reservation"), parts.join(QStringLiteral(", ")), str(o, "expires_at"));
    };

    if (!lineTexts.isEmpty()) {
        if (ctx.args().has(QStringLiteral("sku")) || ctx.args().has(QStringLiteral("location")) ||
            ctx.args().has(QStringLiteral("qty")))
            return ctx.usage(QStringLiteral("give either --line S:L:N ... or --sku, --location and --qty, not both"));
        QList<OrderLine> lines;
        for (const QString &text : lineTexts) {
            const QStringList parts = text.split(u':');
            bool ok = false;
            const qint64 qty = parts.size() == 3 ? parts.at(2).toLongLong(&ok) : 0;
            if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || !ok || qty <= 0)
                return ctx.usage(
                    QStringLiteral("--line \"%1\" must be SKU:LOCATION:QUANTITY with a positive quantity").arg(text));
            lines.append({parts.at(0), parts.at(1), qty});
        }
        if (order.isEmpty())
            return ctx.usage(QStringLiteral("an order with --line needs --order REF"));
        const QString key = ctx.key();
        if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
            return Usage;
        auto *ledger = ctx.ledger();
        if (!ledger)
            return Failed;
        return ctx.report(ledger->reserveOrder(order, lines, int(*ttl), channel, key), describe);
    }

    const auto at = skuAt(ctx, &error);
    std::optional<qint64> qty;
    if (at)
        qty = positiveQuantity(ctx, QStringLiteral("qty"), &error);
    const QString key = ctx.key();
    if (!at || !qty)
        return ctx.usage(error);
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    ReserveRequest request{at->sku, at->location, *qty, int(*ttl), channel, order};
    return ctx.report(ledger->reserve(request, key), describe);
}

namespace {

int resolveCommand(Context &ctx, bool commit)
{
    QString error;
    if (!positionals(ctx, 1, 1, QStringLiteral("a reservation id")))
        return Usage;
    const auto id = idArgument(ctx, 1, QStringLiteral("the reservation id"), &error);
    const QString key = ctx.key();
    if (!id)
        return ctx.usage(error);
    if (!ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(commit ? ledger->commit(*id, key) : ledger->release(*id, key), [&](const QJsonObject &o) {
        return QStringLiteral("reservation %1 %2").arg(str(o, "reservation"), str(o, "status"));
    });
}

} // namespace

int commitCommand(Context &ctx)
{
    return resolveCommand(ctx, true);
}

namespace {

// release --many 1,2,3 --reason R: one call, one key, each reservation released at most once.
int releaseManyCommand(Context &ctx)
{
    QList<qint64> ids;
    for (const QString &text : ctx.args().values(QStringLiteral("many"))) {
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return ctx.usage(
                    QStringLiteral("--many takes reservation ids separated by commas, not \"%1\"").arg(part));
            ids << id;
        }
    }
    const QString reason = ctx.args().value(QStringLiteral("reason")).trimmed();
    const QString key = ctx.key();
    if (ids.isEmpty())
        return ctx.usage(QStringLiteral("--many needs at least one reservation id"));
    if (reason.isEmpty())
        return ctx.usage(QStringLiteral("--reason is required with --many: say why they are released"));
    if (!positionals(ctx, 1, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->releaseMany(ids, reason, key), [&](const QJsonObject &o) -> QString {
        QStringList released;
        for (const QJsonValue &r : o.value(QStringLiteral("released")).toArray())
            released << str(r.toObject(), "reservation");
        QStringList skipped;
        for (const QJsonValue &r : o.value(QStringLiteral("skipped")).toArray())
            skipped << QStringLiteral("%1 (%2)").arg(str(r.toObject(), "reservation"), str(r.toObject(), "status"));
        QString line = released.isEmpty() ? QStringLiteral("released no reservation")
                                          : QStringLiteral("released reservation%1 %2")
                                                .arg(released.size() == 1 ? QString() : QStringLiteral("s"),
                                                     released.join(QStringLiteral(", ")));
        if (!skipped.isEmpty())
            line += QStringLiteral("; skipped %1, already resolved").arg(skipped.join(QStringLiteral(", ")));
        return line + QStringLiteral(" (reason: %1)").arg(str(o, "reason"));
    });
}

} // namespace

int releaseCommand(Context &ctx)
{
    if (ctx.args().has(QStringLiteral("many")))
        return releaseManyCommand(ctx);
    return resolveCommand(ctx, false);
}

namespace {

// The --key of a hot-sku command: a UUID, fresh when none is given.
std::optional<QString> uuidKey(Context &ctx, QString *error)
{
    if (!ctx.args().has(QStringLiteral("key")))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString key = ctx.args().value(QStringLiteral("key"));
    if (QUuid::fromString(key).isNull()) {
        *error = QStringLiteral("--key of hot-sku must be a UUID, not \"%1\"").arg(key);
        return std::nullopt;
    }
    return key;
}

} // namespace

// hot-sku enable --sku S --location L [--slots N] [--key UUID]
int hotSkuEnableCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    std::optional<qint64> slotCount;
    if (at)
        slotCount = ctx.args().integer(QStringLiteral("slots"), &error, 16);
    const auto key = at && slotCount ? uuidKey(ctx, &error) : std::nullopt;
    if (!at || !slotCount || !key)
        return ctx.usage(error);
    if (*slotCount < 2 || *slotCount > 256)
        return ctx.usage(QStringLiteral("--slots must be 2 to 256"));
    if (!positionals(ctx, 2, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->hotSkuEnable(at->sku, at->location, int(*slotCount), *key), [&](const QJsonObject &o) {
        return QStringLiteral("%1 at %2 is in hot mode: %3 available unit(s) spread over %4 slots")
            .arg(str(o, "sku"), str(o, "location"), str(o, "parked"), str(o, "slots"));
    });
}

// hot-sku disable --sku S --location L [--key UUID]
int hotSkuDisableCommand(Context &ctx)
{
    QString error;
    const auto at = skuAt(ctx, &error);
    const auto key = at ? uuidKey(ctx, &error) : std::nullopt;
    if (!at || !key)
        return ctx.usage(error);
    if (!positionals(ctx, 2, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    return ctx.report(ledger->hotSkuDisable(at->sku, at->location, *key), [&](const QJsonObject &o) {
        return QStringLiteral("%1 at %2 is back to one stock row: %3 unit(s) returned from %4 slots")
            .arg(str(o, "sku"), str(o, "location"), str(o, "returned"), str(o, "slots"));
    });
}

// hot-sku list
int hotSkuListCommand(Context &ctx)
{
    if (!positionals(ctx, 2, 0, {}) || !ctx.checkUnused())
        return Usage;
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto rows = ledger->hotSkus();
    if (!rows)
        return ctx.fail(rows.error());
    if (rows->isEmpty())
        ctx.print(QJsonObject{{QStringLiteral("hot_skus"), QJsonArray()}}, QStringLiteral("no SKU is in hot mode"));
    for (const auto &value : rows.value()) {
        const QJsonObject o = value.toObject();
        ctx.print(o, QStringLiteral("%1 at %2: %3 slots, %4 unit(s) parked, on since %5 (%6)")
                         .arg(str(o, "sku"), str(o, "location"), str(o, "slots"), str(o, "parked"),
                              str(o, "enabled_at"), str(o, "enabled_by")));
    }
    return Done;
}

} // namespace Stockroom::Ctl
