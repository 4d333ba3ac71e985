#include "commands.h"
#include "context.h"

#include <bench/flashsale.h>
#include <cstdio>
#include <optional>

namespace Stockroom::Ctl {

namespace {

using Services::FlashSaleOptions;
using Services::FlashSaleResult;

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void say(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// One row of the summary: a label and one cell per run.
QString row(const QString &label, const QList<QString> &cells)
{
    QString line = QStringLiteral("  ") + label.leftJustified(24);
    for (const QString &cell : cells)
        line += cell.leftJustified(44);
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

QString summary(const QList<FlashSaleResult> &runs)
{
    const FlashSaleOptions &o = runs.constFirst().options;
    QString text;
    text +=
        QStringLiteral("simulate: flash sale of %1 unit(s) to %2 buyer(s) through %3 client(s), arrival %4, TTL %5 s, "
                       "%6 % abandon, payment ~%7 ms, seed %8\n")
            .arg(o.stock)
            .arg(o.buyers)
            .arg(o.clients)
            .arg(FlashSaleOptions::arrivalText(o))
            .arg(o.ttlSeconds)
            .arg(number(100 * o.abandon, 0))
            .arg(o.paymentMs)
            .arg(o.seed);
    text +=
        QStringLiteral("  each run in a scratch database of its own (made, migrated to schema version %1, dropped)\n\n")
            .arg(runs.constFirst().schemaVersion);
    const auto each = [&runs](const std::function<QString(const FlashSaleResult &)> &cell) {
        QList<QString> cells;
        for (const FlashSaleResult &r : runs)
            cells.append(cell(r));
        return cells;
    };
    text += row(QString(), each([](const FlashSaleResult &r) {
                    return r.options.hotSku ? QStringLiteral("hot SKU (%1 slots)").arg(r.options.hotSlots)
                                            : QStringLiteral("plain");
                }));
    text += row(QStringLiteral("sell-through"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1 %  (%2 of %3 sold)")
                        .arg(number(100 * r.sellThrough(), 1))
                        .arg(r.sold)
                        .arg(r.putOnSale);
                }));
    text += row(QStringLiteral("sold out after"), each([](const FlashSaleResult &r) {
                    return r.soldOutSeconds < 0 ? QStringLiteral("never")
                                                : QStringLiteral("%1 s").arg(number(r.soldOutSeconds, 1));
                }));
    text +=
        row(QStringLiteral("oversold"), each([](const FlashSaleResult &r) {
                return r.oversold() == 0 ? QStringLiteral("0") : QStringLiteral("%1  <-- OVERSOLD").arg(r.oversold());
            }));
    text += row(QStringLiteral("returned by expiry"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1  (%2 abandoned, %3 paid too late)")
                        .arg(r.returned)
                        .arg(r.abandoned)
                        .arg(r.lateCommits);
                }));
    text += row(QStringLiteral("left at end"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1 available, %2 reserved").arg(r.available).arg(r.reserved);
                }));
    text += row(QStringLiteral("reservations/s"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1  (%2 in %3 s)")
                        .arg(number(r.reservationsPerSecond(), 1))
                        .arg(r.reservations)
                        .arg(number(r.salesSeconds, 2));
                }));
    text += row(QStringLiteral("reserve calls/s"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1  (%2, refusals too)")
                        .arg(number(r.reserveCallsPerSecond(), 1))
                        .arg(r.reserveCalls);
                }));
    text += row(QStringLiteral("reserve latency"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("p50 %1 ms, p99 %2 ms").arg(number(r.p50Ms, 2), number(r.p99Ms, 2));
                }));
    text += row(QStringLiteral("refused (sold out)"),
                each([](const FlashSaleResult &r) { return QString::number(r.refusals); }));
    text += row(
        QStringLiteral("lock waits (pg_locks)"), each([](const FlashSaleResult &r) {
            return QStringLiteral("peak %1, mean %2, in %3 % of samples")
                .arg(r.lockWaitersPeak)
                .arg(number(r.lockWaitersMean, 1))
                .arg(number(r.lockSamples > 0 ? 100.0 * double(r.lockSamplesWaiting) / double(r.lockSamples) : 0, 0));
        }));
    text += row(QStringLiteral("errors"), each([](const FlashSaleResult &r) {
                    return r.errors == 0 ? QStringLiteral("0")
                                         : QStringLiteral("%1  <-- calls failed, see below").arg(r.errors);
                }));
    text += row(QStringLiteral("accounting"), each([](const FlashSaleResult &r) {
                    return r.accountingHolds() ? QStringLiteral("holds (sold + available = stock)")
                                               : QStringLiteral("BROKEN: see --json");
                }));
    text += row(QStringLiteral("api.verify"), each([](const FlashSaleResult &r) {
                    return r.differences == 0 ? QStringLiteral("consistent")
                                              : QStringLiteral("%1 difference(s)").arg(r.differences);
                }));
    text += row(QStringLiteral("time"), each([](const FlashSaleResult &r) {
                    return QStringLiteral("%1 s until every hold resolved").arg(number(r.totalSeconds, 1));
                }));
    text +=
        QStringLiteral("  (lock waits: the simulation's sessions waiting for a lock in pg_locks, sampled %1 times a "
                       "second)")
            .arg(o.samplesPerSecond);
    for (const FlashSaleResult &r : runs) {
        if (!r.firstError.isEmpty())
            text += QStringLiteral("\n  first error (%1): %2")
                        .arg(r.options.hotSku ? QStringLiteral("hot") : QStringLiteral("plain"), r.firstError);
        if (r.oversold() > 0)
            text +=
                QStringLiteral("\n\n  !!! OVERSOLD (%1): %2 unit(s) committed beyond the %3 put on sale. The ledger "
                               "broke its first rule: do not run a sale on this build.")
                    .arg(r.options.hotSku ? QStringLiteral("hot") : QStringLiteral("plain"))
                    .arg(r.oversold())
                    .arg(r.putOnSale);
    }
    return text;
}

// "burst" or "poisson:RATE"; a message when it is neither.
std::optional<QString> parseArrival(const QString &text, FlashSaleOptions &options)
{
    if (text.isEmpty() || text == u"burst") {
        options.arrival = FlashSaleOptions::Arrival::Burst;
        return std::nullopt;
    }
    if (text.startsWith(u"poisson:")) {
        bool ok = false;
        const double rate = text.mid(8).toDouble(&ok);
        if (ok && rate > 0 && rate <= 1'000'000) {
            options.arrival = FlashSaleOptions::Arrival::Poisson;
            options.ratePerSecond = rate;
            return std::nullopt;
        }
    }
    return QStringLiteral("--arrival is burst or poisson:RATE (buyers per second, more than 0), not \"%1\"").arg(text);
}

} // namespace

// simulate --stock N --buyers B --clients C [--arrival burst|poisson:RATE] [--ttl S] [--abandon P] [--payment-ms MS]
//          [--hot-sku on|off|both] [--slots N] [--seed N]
int simulateCommand(Context &ctx)
{
    if (ctx.args().words.size() != 1)
        return ctx.usage(QStringLiteral("simulate takes no words, only options (see stockroomctl --help)"));
    QString error;
    FlashSaleOptions options;
    qint64 stock = 0;
    qint64 buyers = 0;
    qint64 clients = 0;
    qint64 ttl = options.ttlSeconds;
    qint64 payment = options.paymentMs;
    qint64 slotCount = options.hotSlots;
    qint64 seed = options.seed;
    const std::tuple<const char *, qint64 *, std::optional<qint64>, qint64, qint64> integers[] = {
        {"stock", &stock, std::nullopt, 1, 1'000'000'000}, {"buyers", &buyers, std::nullopt, 1, 10'000'000},
        {"clients", &clients, std::nullopt, 1, 1000},      {"ttl", &ttl, ttl, 1, 3600},
        {"payment-ms", &payment, payment, 0, 600'000},     {"slots", &slotCount, slotCount, 2, 256},
        {"seed", &seed, seed, 0, 4'294'967'295},
    };
    for (const auto &[name, target, fallback, low, high] : integers) {
        const QString option = QString::fromLatin1(name);
        const auto value = ctx.args().integer(option, &error, fallback);
        if (!value)
            return ctx.usage(error);
        if (*value < low || *value > high)
            return ctx.usage(
                QStringLiteral("--%1 must be %2 to %3, not %4").arg(option).arg(low).arg(high).arg(*value));
        *target = *value;
    }
    options.stock = stock;
    options.buyers = int(buyers);
    options.clients = int(clients);
    options.ttlSeconds = int(ttl);
    options.paymentMs = int(payment);
    options.hotSlots = int(slotCount);
    options.seed = quint32(seed);
    if (ctx.args().has(QStringLiteral("abandon"))) {
        bool ok = false;
        const QString text = ctx.args().value(QStringLiteral("abandon"));
        options.abandon = text.toDouble(&ok);
        if (!ok || options.abandon < 0 || options.abandon > 1)
            return ctx.usage(
                QStringLiteral("--abandon is a share of buyers from 0 to 1 (0.2 is one in five), not \"%1\"")
                    .arg(text));
    }
    if (const auto wrong = parseArrival(ctx.args().value(QStringLiteral("arrival")), options))
        return ctx.usage(*wrong);
    const QString hot =
        ctx.args().has(QStringLiteral("hot-sku")) ? ctx.args().value(QStringLiteral("hot-sku")) : QStringLiteral("off");
    if (hot != u"on" && hot != u"off" && hot != u"both")
        return ctx.usage(QStringLiteral("--hot-sku is on, off or both, not \"%1\"").arg(hot));
    if (!ctx.checkUnused())
        return Usage;
    if (hot != u"off")
        if (const QString why = Services::FlashSaleSimulation::hotSkuUnavailable(); !why.isEmpty())
            return ctx.fail(Services::Error{Services::Error::Kind::Refused,
                                            QStringLiteral("--hot-sku %1: %2; run with --hot-sku off").arg(hot, why),
                                            {}});
    if (!ctx.connect())
        return Failed;

    const bool quiet = ctx.json();
    QList<bool> modes;
    if (hot != u"on")
        modes.append(false);
    if (hot != u"off")
        modes.append(true);
    QList<FlashSaleResult> runs;
    for (const bool hotMode : modes) {
        options.hotSku = hotMode;
        Services::FlashSaleSimulation simulation(*ctx.spec(), options);
        if (!quiet) {
            simulation.setStep([hotMode](const QString &step) {
                say(QStringLiteral("[%1] %2").arg(hotMode ? QStringLiteral("hot") : QStringLiteral("plain"), step));
            });
            int tick = 0;
            simulation.setSampleSink(
                [tick, perSecond = options.samplesPerSecond](const Services::FlashSaleSample &s) mutable {
                    if (tick++ % perSecond == 0)
                        say(QStringLiteral(
                                "  %1 s  available %2  reserved %3  sold %4  returned %5  refused %6  waiting %7")
                                .arg(number(s.seconds, 1), 6)
                                .arg(s.available)
                                .arg(s.reserved)
                                .arg(s.sold)
                                .arg(s.returned)
                                .arg(s.refusals)
                                .arg(s.lockWaiters));
                });
        }
        auto result = simulation.run();
        if (!result)
            return ctx.fail(result.error());
        runs.append(result.value());
    }

    qint64 oversold = 0;
    bool clean = true;
    for (const FlashSaleResult &r : runs) {
        oversold += r.oversold();
        clean = clean && r.clean();
    }
    QJsonObject json;
    if (runs.size() == 1) {
        json = runs.constFirst().toJson();
    } else {
        json.insert(QStringLiteral("plain"), runs.at(0).toJson());
        json.insert(QStringLiteral("hot"), runs.at(1).toJson());
        json.insert(QStringLiteral("oversold"), oversold);
        json.insert(QStringLiteral("clean"), clean);
    }
    json.insert(QStringLiteral("simulation"), QStringLiteral("flash-sale"));
    ctx.print(json, summary(runs));
    if (oversold > 0)
        say(QStringLiteral("stockroomctl: OVERSOLD: %1 unit(s) committed beyond the stock put on sale").arg(oversold));
    else if (!clean)
        say(QStringLiteral("stockroomctl: the simulation is not clean (calls failed, or the ledger is not consistent): "
                           "see the summary"));
    return clean ? Done : Failed;
}

} // namespace Stockroom::Ctl
