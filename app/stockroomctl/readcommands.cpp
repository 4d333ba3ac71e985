#include "commands.h"
#include "context.h"
#include "tables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QTimer>

#include <csignal>
#include <ledger/stockreader.h>
#include <ledger/sweeper.h>

namespace Stockroom::Ctl {

namespace {

template <typename T>
QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray out;
    for (const T &record : records)
        out.append(record.toJson());
    return out;
}

// An unknown location named by a filter is a mistake worth naming (exit 3), not an empty list.
bool knownLocation(Context &ctx, const QString &location)
{
    if (location.isEmpty())
        return true;
    auto known =
        ctx.session()->rows(QStringLiteral("SELECT count(*) AS n FROM api.locations WHERE code = ?"), {location});
    if (known && known->at(0).toObject().value(QStringLiteral("n")).toInteger() == 0) {
        ctx.fail({Services::Error::Kind::NotFound, QStringLiteral("unknown location \"%1\"").arg(location), {}});
        return false;
    }
    return true;
}

} // namespace

int reasonsCommand(Context &ctx)
{
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("reasons takes no arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto reasons = ledger->adjustReasons();
    if (!reasons)
        return ctx.fail(reasons.error());
    if (ctx.json()) {
        for (const Services::AdjustReason &reason : reasons.value())
            ctx.print(reason.toJson(), {});
        return Done;
    }
    QJsonArray rows;
    for (const Services::AdjustReason &reason : reasons.value())
        rows.append(QJsonObject{
            {QStringLiteral("code"), reason.code},
            {QStringLiteral("direction"), Services::AdjustReason::directionName(reason.direction)},
            {QStringLiteral("note"), reason.needsNote ? QStringLiteral("required") : QStringLiteral("optional")},
            {QStringLiteral("description"), reason.description},
        });
    printTable(
        rows,
        {QStringLiteral("code"), QStringLiteral("direction"), QStringLiteral("note"), QStringLiteral("description")},
        {QStringLiteral("REASON"), QStringLiteral("STOCK"), QStringLiteral("NOTE"), QStringLiteral("DESCRIPTION")});
    return Done;
}

int transferListCommand(Context &ctx)
{
    QString error;
    const QString location = ctx.args().value(QStringLiteral("location"));
    const bool open = ctx.args().flag(QStringLiteral("open"));
    const auto limit = ctx.args().integer(QStringLiteral("limit"), &error, 1000);
    if (!limit || *limit <= 0)
        return ctx.usage(limit ? QStringLiteral("--limit must be positive") : error);
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("transfer list takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto transfers = ledger->transferList(location, open, int(std::min<qint64>(*limit, 1000000)));
    if (!transfers)
        return ctx.fail(transfers.error());
    if (transfers->isEmpty() && !knownLocation(ctx, location))
        return RefusedByRules;
    printRows(ctx, toJsonArray(transfers.value()),
              {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("from"), QStringLiteral("to"),
               QStringLiteral("shipped"), QStringLiteral("received"), QStringLiteral("written_off"),
               QStringLiteral("cancelled"), QStringLiteral("in_transit"), QStringLiteral("state"),
               QStringLiteral("last_change_at")},
              {QStringLiteral("ID"), QStringLiteral("SKU"), QStringLiteral("FROM"), QStringLiteral("TO"),
               QStringLiteral("SHIPPED"), QStringLiteral("RECEIVED"), QStringLiteral("WRITTEN_OFF"),
               QStringLiteral("CANCELLED"), QStringLiteral("IN_TRANSIT"), QStringLiteral("STATE"),
               QStringLiteral("LAST_CHANGE")});
    return Done;
}

int reservationListCommand(Context &ctx)
{
    QString error;
    const QString location = ctx.args().value(QStringLiteral("location"));
    const bool expired = ctx.args().flag(QStringLiteral("expired"));
    const auto limit = ctx.args().integer(QStringLiteral("limit"), &error, 1000);
    if (!limit || *limit <= 0)
        return ctx.usage(limit ? QStringLiteral("--limit must be positive") : error);
    if (ctx.args().words.size() != 2 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("reservation list takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto reservations = ledger->openReservations(location, expired, int(std::min<qint64>(*limit, 1000000)));
    if (!reservations)
        return ctx.fail(reservations.error());
    if (reservations->isEmpty() && !knownLocation(ctx, location))
        return RefusedByRules;
    printRows(ctx, toJsonArray(reservations.value()),
              {QStringLiteral("id"), QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("quantity"),
               QStringLiteral("backordered"), QStringLiteral("order_ref"), QStringLiteral("channel"),
               QStringLiteral("expires_at"), QStringLiteral("expired"), QStringLiteral("created_by")},
              {QStringLiteral("ID"), QStringLiteral("SKU"), QStringLiteral("LOCATION"), QStringLiteral("QTY"),
               QStringLiteral("BACKORDERED"), QStringLiteral("ORDER"), QStringLiteral("CHANNEL"),
               QStringLiteral("EXPIRES_AT"), QStringLiteral("EXPIRED"), QStringLiteral("CREATED_BY")});
    return Done;
}

int stockCommand(Context &ctx)
{
    const QString sku = ctx.args().value(QStringLiteral("sku"));
    const QString location = ctx.args().value(QStringLiteral("location"));
    if (sku.isEmpty())
        return ctx.usage(QStringLiteral("--sku is required"));
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("stock takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto rows = ledger->stock(sku, location);
    if (!rows)
        return ctx.fail(rows.error());
    if (rows->isEmpty()) {
        // An unknown SKU or location is a mistake worth naming; a known pair with no stock row is just zero.
        auto known =
            ctx.session()->rows(QStringLiteral("SELECT (SELECT count(*) FROM api.skus WHERE code = ?) + (SELECT "
                                               "count(*) FROM api.barcodes WHERE barcode = ?) AS sku,"
                                               " (SELECT count(*) FROM api.locations WHERE code = ?) AS location"),
                                {sku, sku, location});
        if (known && known->at(0).toObject().value(QStringLiteral("sku")).toInteger() == 0)
            return ctx.fail(
                {Services::Error::Kind::NotFound, QStringLiteral("unknown SKU or barcode \"%1\"").arg(sku), {}});
        if (known && !location.isEmpty() && known->at(0).toObject().value(QStringLiteral("location")).toInteger() == 0)
            return ctx.fail(
                {Services::Error::Kind::NotFound, QStringLiteral("unknown location \"%1\"").arg(location), {}});
    }
    printRows(ctx, rows.value(),
              {QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("on_hand"), QStringLiteral("reserved"),
               QStringLiteral("available"), QStringLiteral("inbound"), QStringLiteral("damaged"),
               QStringLiteral("safety_stock"), QStringLiteral("backordered")},
              {QStringLiteral("SKU"), QStringLiteral("LOCATION"), QStringLiteral("ON_HAND"), QStringLiteral("RESERVED"),
               QStringLiteral("AVAILABLE"), QStringLiteral("INBOUND"), QStringLiteral("DAMAGED"),
               QStringLiteral("SAFETY_STOCK"), QStringLiteral("BACKORDERED")});
    return Done;
}

int ledgerCommand(Context &ctx)
{
    QString error;
    const QString sku = ctx.args().value(QStringLiteral("sku"));
    const QString location = ctx.args().value(QStringLiteral("location"));
    const auto limit = ctx.args().integer(QStringLiteral("limit"), &error, 50);
    if (!limit || *limit <= 0)
        return ctx.usage(limit ? QStringLiteral("--limit must be positive") : error);
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("ledger takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto rows = ledger->ledger(sku, location, int(std::min<qint64>(*limit, 1000000)));
    if (!rows)
        return ctx.fail(rows.error());
    printRows(ctx, rows.value(),
              {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("sku"),
               QStringLiteral("location"), QStringLiteral("bucket"), QStringLiteral("quantity"),
               QStringLiteral("reason"), QStringLiteral("reference"), QStringLiteral("actor")},
              {QStringLiteral("ID"), QStringLiteral("AT"), QStringLiteral("KIND"), QStringLiteral("SKU"),
               QStringLiteral("LOCATION"), QStringLiteral("BUCKET"), QStringLiteral("QTY"), QStringLiteral("REASON"),
               QStringLiteral("REFERENCE"), QStringLiteral("ACTOR")});
    return Done;
}

int verifyCommand(Context &ctx)
{
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("verify takes no arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto rows = ledger->verify();
    if (!rows)
        return ctx.fail(rows.error());
    if (rows->isEmpty()) {
        ctx.print(QJsonObject{{QStringLiteral("consistent"), true}, {QStringLiteral("differences"), 0}},
                  QStringLiteral("consistent: every balance equals the sum of its ledger"));
        return Done;
    }
    if (ctx.json()) {
        for (const QJsonValue &row : rows.value())
            ctx.print(row.toObject(), {});
        ctx.print(QJsonObject{{QStringLiteral("consistent"), false}, {QStringLiteral("differences"), rows->size()}},
                  {});
    } else {
        printTable(rows.value(),
                   {QStringLiteral("sku"), QStringLiteral("location"), QStringLiteral("bucket"),
                    QStringLiteral("balance"), QStringLiteral("expected"), QStringLiteral("source")},
                   {QStringLiteral("SKU"), QStringLiteral("LOCATION"), QStringLiteral("BUCKET"),
                    QStringLiteral("BALANCE"), QStringLiteral("EXPECTED"), QStringLiteral("FROM")});
        std::fprintf(stderr, "stockroomctl: %lld balance(s) differ from the ledger\n",
                     static_cast<long long>(rows->size()));
    }
    return Failed;
}

int sweepCommand(Context &ctx)
{
    QString error;
    const auto every = ctx.args().integer(QStringLiteral("every"), &error, 0);
    if (!every || *every < 0)
        return ctx.usage(every ? QStringLiteral("--every must be zero or more seconds") : error);
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("sweep takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    auto once = [&]() -> int {
        int total = 0;
        int cutOff = 0;
        QJsonObject purged;
        for (;;) { // batches of 1000 until nothing is due
            auto result = ledger->sweep(1000);
            if (!result) {
                ctx.fail(result.error());
                return -1;
            }
            const int expired = result->value(QStringLiteral("expired")).toInt();
            total += expired;
            cutOff += result->value(QStringLiteral("cut_off")).toInt();
            if (result->contains(QStringLiteral("purged")))
                purged = result->value(QStringLiteral("purged")).toObject();
            if (result->value(QStringLiteral("skipped")).toBool()) {
                ctx.print(result.value(), QStringLiteral("another sweeper is at work; skipped"));
                return total;
            }
            if (expired < 1000)
                break;
        }
        // The bucket projection (the stock view's order by a bucket) follows the outbox with every sweep.
        qint64 rankBehind = 0;
        for (int batch = 0; batch < Services::Sweeper::kRankBatches; ++batch) {
            auto ranked = Services::StockReader::refreshProjection(*ctx.session(), Services::Sweeper::kRankBatch);
            if (!ranked) {
                ctx.fail(ranked.error());
                return -1;
            }
            rankBehind = ranked->behind;
            if (rankBehind == 0)
                break;
        }
        QJsonObject out{{QStringLiteral("expired"), total},
                        {QStringLiteral("skipped"), false},
                        {QStringLiteral("cut_off"), cutOff},
                        {QStringLiteral("stock_rank_behind"), rankBehind}};
        QString text = QStringLiteral("expired %1 reservation(s)").arg(total);
        if (cutOff > 0)
            text += QStringLiteral(", ended %1 stalled client session(s)").arg(cutOff);
        if (!purged.isEmpty()) {
            out.insert(QStringLiteral("purged"), purged);
            text += QStringLiteral(", purged %1 idempotency key(s) and %2 event(s) past their retention")
                        .arg(purged.value(QStringLiteral("keys_purged")).toInteger())
                        .arg(purged.value(QStringLiteral("events_purged")).toInteger());
        }
        ctx.print(out, text);
        return total;
    };
    if (*every == 0)
        return once() < 0 ? Failed : Done;
    QTimer timer;
    timer.setInterval(int(*every * 1000));
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (once() < 0 && !ctx.session()->isOpen())
            QCoreApplication::exit(Failed);
    });
    once();
    timer.start();
    return QCoreApplication::exec();
}

int eventsCommand(Context &ctx)
{
    QString error;
    const auto after = ctx.args().integer(QStringLiteral("after"), &error, 0);
    const bool follow = ctx.args().flag(QStringLiteral("follow"));
    if (!after || *after < 0)
        return ctx.usage(after ? QStringLiteral("--after must be an event id") : error);
    if (ctx.args().words.size() != 1 || !ctx.checkUnused())
        return ctx.usage(QStringLiteral("events takes no positional arguments"));
    auto *ledger = ctx.ledger();
    if (!ledger)
        return Failed;
    qint64 last = *after;
    auto drain = [&]() -> bool {
        for (;;) {
            auto rows = ledger->eventsAfter(last, 1000);
            if (!rows) {
                ctx.fail(rows.error());
                return false;
            }
            for (const QJsonValue &value : rows.value()) {
                QJsonObject event = value.toObject();
                const QJsonDocument payload =
                    QJsonDocument::fromJson(event.value(QStringLiteral("payload")).toString().toUtf8());
                event.insert(QStringLiteral("payload"), payload.object());
                last = event.value(QStringLiteral("id")).toInteger();
                // Where the login's scope ends: only the cursor moves past the events it may not see.
                if (event.value(QStringLiteral("event_type")).toString() == u"scope_skip")
                    continue;
                ctx.print(event, QStringLiteral("%1  %2  %3  v%4  %5")
                                     .arg(event.value(QStringLiteral("id")).toInteger())
                                     .arg(event.value(QStringLiteral("created_at")).toString(),
                                          event.value(QStringLiteral("event_type")).toString(),
                                          QString::number(event.value(QStringLiteral("aggregate_version")).toInteger()),
                                          QString::fromUtf8(payload.toJson(QJsonDocument::Compact))));
            }
            if (rows->size() < 1000)
                return true;
        }
    };
    if (!drain())
        return Failed;
    if (!follow)
        return Done;
    // NOTIFY wakes us; the outbox is the truth, so a slow poll also catches what a lost wake-up missed.
    QSqlDriver *driver = ctx.session()->database().driver();
    if (!driver->subscribeToNotification(QStringLiteral("stockroom_events")))
        return ctx.fail({Services::Error::Kind::Connection, QStringLiteral("cannot LISTEN for events"), {}});
    // A wake-up can stand for several transactions: only one committing transaction at a time sends it (see
    // "The ledger" in README.md), and one that committed alongside it may become readable a moment later.
    // One more drain shortly after each wake-up picks those up.
    QTimer again;
    again.setSingleShot(true);
    again.setInterval(100);
    QObject::connect(&again, &QTimer::timeout, [&] {
        if (!drain())
            QCoreApplication::exit(Failed);
    });
    QObject::connect(driver, &QSqlDriver::notification, [&] {
        if (!drain())
            QCoreApplication::exit(Failed);
        else if (!again.isActive())
            again.start();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!drain())
            QCoreApplication::exit(Failed);
    });
    poll.start(1000);
    std::signal(SIGINT, [](int) { QCoreApplication::exit(0); });
    std::signal(SIGTERM, [](int) { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

} // namespace Stockroom::Ctl
