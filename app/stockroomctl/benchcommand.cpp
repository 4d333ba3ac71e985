#include "commands.h"
#include "context.h"

#include <bench/countbenchmark.h>
#include <bench/orderbenchmark.h>
#include <bench/reservebenchmark.h>
#include <cstdio>

namespace Stockroom::Ctl {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString phaseLine(const Services::BenchCase &c)
{
    const auto &s = c.stockroom;
    const auto &b = c.bare;
    QString text;
    if (c.workload == Services::BenchWorkload::Cycle)
        text +=
            QStringLiteral("    Stockroom  %1 transactions/s (%2 reserves + %3 commits/releases), reserve p50 %4 ms, "
                           "p99 %5 ms, errors %6\n")
                .arg(number(s.opsPerSecond(), 1))
                .arg(s.calls)
                .arg(s.resolveCalls)
                .arg(number(s.p50Ms, 2), number(s.p99Ms, 2))
                .arg(s.errors);
    else
        text += QStringLiteral("    Stockroom  %1 reserves/s (%2), p50 %3 ms, p99 %4 ms, errors %5\n")
                    .arg(number(s.callsPerSecond(), 1))
                    .arg(s.calls)
                    .arg(number(s.p50Ms, 2), number(s.p99Ms, 2))
                    .arg(s.errors);
    text += QStringLiteral("    bare       %1 statements/s (%2), p50 %3 ms, p99 %4 ms, errors %5\n")
                .arg(number(b.callsPerSecond(), 1))
                .arg(b.calls)
                .arg(number(b.p50Ms, 2), number(b.p99Ms, 2))
                .arg(b.errors);
    if (const auto &f = c.floor) {
        text += QStringLiteral("    floor      %1 statements/s (%2), p50 %3 ms, p99 %4 ms, errors %5\n")
                    .arg(number(f->callsPerSecond(), 1))
                    .arg(f->calls)
                    .arg(number(f->p50Ms, 2), number(f->p99Ms, 2))
                    .arg(f->errors);
        text +=
            QStringLiteral("    ratio      rules floor %1 % of bare; Stockroom %2 % of bare, %3 % of the floor   WAL "
                           "per call: Stockroom %4 bytes, bare %5 bytes, floor %6 bytes\n")
                .arg(number(100 * c.floorRatio(), 1), number(100 * c.ratio(), 1), number(100 * c.ofFloor(), 1),
                     number(s.walBytesPerOp(), 0), number(b.walBytesPerOp(), 0), number(f->walBytesPerOp(), 0));
    } else {
        text += QStringLiteral("    ratio      %1 %   WAL per call: Stockroom %2 bytes, bare %3 bytes\n")
                    .arg(number(100 * c.ratio(), 1), number(s.walBytesPerOp(), 0), number(b.walBytesPerOp(), 0));
    }
    if (c.statementsTracked)
        text += QStringLiteral("    server     %1 ms per call (top-level statements), %2 round trip(s) per call, %3 "
                               "rows written per call\n")
                    .arg(number(c.serverMsPerCall(), 3), number(c.roundTripsPerCall(), 2),
                         number(c.rowsWrittenPerCall(), 2));
    else
        text += QStringLiteral("    server     %1 rows written per call (pg_stat_statements is not loaded: no "
                               "statement times)\n")
                    .arg(number(c.rowsWrittenPerCall(), 2));
    QStringList sizes;
    qint64 autovacuums = 0;
    for (const auto &t : c.tables) {
        autovacuums += t.autovacuums;
        if (t.bytes >= 1024 * 1024 || t.inserted + t.updated > 0)
            sizes << QStringLiteral("%1 %2 MB").arg(t.name).arg(number(double(t.bytes) / 1048576.0, 1));
    }
    text += QStringLiteral("    tables     %1\n").arg(sizes.join(QStringLiteral(", ")));
    text += c.autovacuumRan() ? QStringLiteral("    autovacuum ran %1 time(s) during the run\n").arg(autovacuums)
                              : QStringLiteral("    autovacuum did not run during the run\n");
    if (!s.firstError.isEmpty())
        text += QStringLiteral("    first Stockroom error: %1\n").arg(s.firstError);
    if (!b.firstError.isEmpty())
        text += QStringLiteral("    first bare error: %1\n").arg(b.firstError);
    if (c.floor && !c.floor->firstError.isEmpty())
        text += QStringLiteral("    first floor error: %1\n").arg(c.floor->firstError);
    return text;
}

QString statementsReport(const Services::BenchCase &c)
{
    if (!c.statementsTracked || c.statements.empty())
        return {};
    const qint64 ops = c.stockroom.calls + c.stockroom.resolveCalls;
    QString text = QStringLiteral("    where the server's time goes (%1, per Stockroom call; nested statements need "
                                  "pg_stat_statements.track = all):\n")
                       .arg(c.name());
    int shown = 0;
    for (const auto &s : c.statements) {
        if (shown++ == 12)
            break;
        text += QStringLiteral("      %1 %2 ms  %3 calls/call  %4 WAL bytes/call  %5\n")
                    .arg(s.topLevel ? QStringLiteral("top") : QStringLiteral("   "))
                    .arg(number(ops > 0 ? s.totalMs / double(ops) : 0, 4), 8)
                    .arg(number(ops > 0 ? double(s.calls) / double(ops) : 0, 2), 5)
                    .arg(number(ops > 0 ? double(s.walBytes) / double(ops) : 0, 0), 5)
                    .arg(s.query.left(110));
    }
    return text;
}

QString humanReport(const Services::ReserveBenchmarkResult &r)
{
    QString text;
    text += QStringLiteral("bench reserve: %1 client(s), %2 s per case, %3 SKU(s) at %4, each case in a fresh database "
                           "%5 (load average %6 before, %7 after)\n")
                .arg(r.options.clients)
                .arg(r.options.seconds)
                .arg(r.options.skus)
                .arg(r.options.location, r.options.database, r.loadBefore, r.loadAfter);
    text +=
        QStringLiteral("  bare: one statement of conditional UPDATE ... WHERE on_hand - reserved >= n, one movement "
                       "INSERT, one outbox INSERT (schema bench_bare)\n");
    text += QStringLiteral("  floor: the rules floor, bare + idempotency record + reservation row, one statement "
                           "(reserve-only and hot cases)\n");
    text += QStringLiteral("  reserve only: each client reserves 1 unit of a random SKU through LedgerService\n");
    text += phaseLine(r.reserveOnly);
    text += QStringLiteral("  cycle: each client reserves 1 unit, then commits it or releases it (alternately)\n");
    text += phaseLine(r.cycle);
    if (r.hot) {
        text += QStringLiteral("  hot SKU: one SKU in hot mode (%1 slots), reserve only, against the bare statement on "
                               "one row\n")
                    .arg(r.options.slotCount);
        text += phaseLine(*r.hot);
        if (const auto ceiling = r.hotUncontendedCeiling())
            text += QStringLiteral("    ceiling    no contention at all: Stockroom on %1 uncontended rows made %2 "
                                   "reserves/s = %3x the one-hot-row bare statement\n")
                        .arg(r.reserveOnly.skus)
                        .arg(number(r.reserveOnly.stockroom.callsPerSecond(), 1), number(*ceiling, 2));
    }
    if (r.drain)
        text += QStringLiteral("  sell-out: %1 unit(s) in hot mode: %2 reserved, %3 refused, oversold %4, stranded %5, "
                               "available after %6, in %7 s, errors %8\n")
                    .arg(r.drain->stock)
                    .arg(r.drain->reserved)
                    .arg(r.drain->refused)
                    .arg(r.drain->oversold())
                    .arg(r.drain->stranded())
                    .arg(r.drain->availableAfter)
                    .arg(number(r.drain->seconds, 2))
                    .arg(r.drain->errors);
    text += QStringLiteral("  ratios     reserve_only %1 %, cycle %2 %")
                .arg(number(100 * r.reserveOnlyRatio(), 1), number(100 * r.cycleRatio(), 1));
    if (r.hot)
        text += QStringLiteral(", hot %1 % (%2x the bare one-row statement)")
                    .arg(number(100 * r.hotRatio(), 1), number(r.hotRatio(), 2));
    text += u'\n';
    text += statementsReport(r.reserveOnly);
    text += statementsReport(r.cycle);
    if (r.hot)
        text += statementsReport(*r.hot);
    text += r.differences() == 0 ? QStringLiteral("  verify     consistent: every balance equals the sum of its ledger")
                                 : QStringLiteral("  verify     %1 difference(s)").arg(r.differences());
    return text;
}

QString ordersReport(const Services::OrderBenchmarkResult &r)
{
    QString text;
    text += QStringLiteral("bench orders: database %1 (made for the run, dropped after it)\n").arg(r.options.database);
    text += QStringLiteral("  tables     %1 warehouses + %2 stores, %3 SKUs, %4 stock rows (%5 per SKU), %6 movements; "
                           "seeded in %7 s\n")
                .arg(r.warehouses)
                .arg(r.stores)
                .arg(r.skus)
                .arg(r.stockRows)
                .arg(number(r.skus > 0 ? double(r.stockRows) / double(r.skus) : 0, 1))
                .arg(r.movements)
                .arg(number(r.seedSeconds, 1));
    text += QStringLiteral("  preview    api.allocation_preview of %1 random %2-line web orders to UK destinations, "
                           "one at a time, timed round trip\n")
                .arg(r.options.orders)
                .arg(r.options.previewLines);
    if (r.previews > 0)
        text += QStringLiteral("    latency          p50 %1 ms, p95 %2 ms, max %3 ms  (target: p95 under 50 ms)   "
                               "errors %4\n"
                               "    fewest_splits    exact in %5 of %6 previews (%7 %)\n")
                    .arg(number(r.previewP50Ms, 2), number(r.previewP95Ms, 2), number(r.previewMaxMs, 2))
                    .arg(r.previewErrors)
                    .arg(r.fewestSplitsExact)
                    .arg(r.fewestSplitsPlans)
                    .arg(number(100 * r.exactShare(), 1));
    if (!r.firstPreviewError.isEmpty())
        text += QStringLiteral("    not measured / first error: %1\n").arg(r.firstPreviewError);
    text += QStringLiteral("  throughput %1 client(s) for %2 s, %3-line web orders: create, allocate (%4), "
                           "authorize_payment, then pick, pack, ship per fulfillment\n")
                .arg(r.options.clients)
                .arg(r.options.seconds)
                .arg(r.options.throughputLines)
                .arg(r.byStrategy ? QStringLiteral("strategy nearest") : QStringLiteral("a fixed nearest-source plan"));
    text += QStringLiteral("    completed        %1 orders/s  (%2)\n")
                .arg(number(r.completedPerSecond(), 1))
                .arg(r.completed);
    text += QStringLiteral("    transitions      %1/s  (%2, with the ledger's own follow-ups; %3 API calls)   "
                           "refused allocations %4, errors %5\n")
                .arg(number(r.transitionsPerSecond(), 1))
                .arg(r.transitions)
                .arg(r.calls)
                .arg(r.refused)
                .arg(r.errors);
    if (!r.firstError.isEmpty())
        text += QStringLiteral("    first error: %1\n").arg(r.firstError);
    text += r.differences == 0 ? QStringLiteral("  verify     consistent: every balance equals the sum of its ledger")
                               : QStringLiteral("  verify     %1 difference(s)").arg(r.differences);
    return text;
}

// bench orders [--locations N] [--skus K] [--orders N] [--clients N] [--seconds S]
int benchOrders(Context &ctx)
{
    QString error;
    Services::OrderBenchmarkOptions options;
    const std::tuple<const char *, int *, qint64, qint64> limits[] = {
        {"locations", &options.locations, 2, 10000}, {"skus", &options.skus, 1, 9'999'999},
        {"orders", &options.orders, 1, 100000},      {"clients", &options.clients, 1, 1000},
        {"seconds", &options.seconds, 1, 3600},
    };
    for (const auto &[name, target, low, high] : limits) {
        const QString option = QString::fromLatin1(name);
        const auto value = ctx.args().integer(option, &error, *target);
        if (!value)
            return ctx.usage(error);
        if (*value < low || *value > high)
            return ctx.usage(QStringLiteral("--%1 must be %2 to %3").arg(option).arg(low).arg(high));
        *target = int(*value);
    }
    options.locationsPerSku = std::min(options.locationsPerSku, options.locations);
    if (!ctx.checkUnused())
        return Usage;
    if (!ctx.connect())
        return Failed;
    const bool quiet = ctx.json();
    Services::OrderBenchmark benchmark(*ctx.spec(), options, [quiet](const QString &step) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", step.toUtf8().constData());
    });
    auto result = benchmark.run();
    if (!result)
        return ctx.fail(result.error());
    ctx.print(result->toJson(), ordersReport(result.value()));
    return result->differences == 0 ? Done : Failed;
}

QString countsReport(const Services::CountBenchmarkResult &r)
{
    QString text;
    text += QStringLiteral("bench counts: database %1 (made for the run, dropped after it)\n").arg(r.options.database);
    text += QStringLiteral("  tables     1 store, %1 SKUs, %2 stock rows, %3 movements; seeded in %4 s\n")
                .arg(r.skus)
                .arg(r.stockRows)
                .arg(r.movementsBefore)
                .arg(number(r.seedSeconds, 1));
    text += QStringLiteral("  create     a blind full count of %1 lines: %2 s\n")
                .arg(r.sessionLines)
                .arg(number(r.createSeconds, 2));
    text += QStringLiteral("  (a) record one associate, one api.count_record round trip per line, sequential: %1 lines "
                           "(%2 with a variance) in %3 s\n"
                           "             %4 lines/s, %5 ms per line (p50 %6 ms, p95 %7 ms, max %8 ms)   errors %9\n")
                .arg(r.recorded)
                .arg(r.countedOff)
                .arg(number(r.recordSeconds, 1), number(r.recordsPerSecond(), 1), number(r.msPerRecord(), 2),
                     number(r.recordP50Ms, 2), number(r.recordP95Ms, 2), number(r.recordMaxMs, 2))
                .arg(r.recordErrors);
    if (!r.firstRecordError.isEmpty())
        text += QStringLiteral("             first error: %1\n").arg(r.firstRecordError);
    text += QStringLiteral("  (b) submit %1 s (after ANALYZE of the count tables, %2 s): %3 pending, %4 sent for a "
                           "recount; then %5 holds taken on counted rows\n")
                .arg(number(r.submitSeconds, 2), number(r.analyzeSeconds, 2))
                .arg(r.pending)
                .arg(r.recount)
                .arg(r.holds);
    text += QStringLiteral("  (c) review %1 s to fetch all %2 lines (%3 short of reserved)\n")
                .arg(number(r.reviewSeconds, 2))
                .arg(r.reviewLines)
                .arg(r.shortOfReserved);
    text += QStringLiteral("  (d) approve all, holds kept: refused in %1 s, one refusal stating %2 line(s) and naming "
                           "%3 (nothing applied)\n"
                           "             \"%4…\"\n")
                .arg(number(r.refusedSeconds, 2))
                .arg(r.refusedLinesStated)
                .arg(r.refusedLinesNamed)
                .arg(r.refusal.left(160));
    text += QStringLiteral("      approve all, --release-holds: %1 s (target: under 10 s): %2 lines approved, %3 "
                           "count_variance movements, %4 holds released; session %5\n")
                .arg(number(r.approveSeconds, 2))
                .arg(r.approved)
                .arg(r.variancesPosted)
                .arg(r.holdsReleased)
                .arg(r.finalState);
    text += QStringLiteral("  after      %1 movements, %2 count lines, %3 observations, %4 outbox events\n")
                .arg(r.movementsAfter)
                .arg(r.countLines)
                .arg(r.observations)
                .arg(r.outboxEvents);
    text += r.differences == 0 ? QStringLiteral("  verify     consistent: every balance equals the sum of its ledger")
                               : QStringLiteral("  verify     %1 difference(s)").arg(r.differences);
    return text;
}

// bench counts [--lines N]
int benchCounts(Context &ctx)
{
    QString error;
    Services::CountBenchmarkOptions options;
    const auto lines = ctx.args().integer(QStringLiteral("lines"), &error, options.lines);
    if (!lines)
        return ctx.usage(error);
    if (*lines < 100 || *lines > 1'000'000)
        return ctx.usage(QStringLiteral("--lines must be 100 to 1000000"));
    options.lines = int(*lines);
    if (!ctx.checkUnused())
        return Usage;
    if (!ctx.connect())
        return Failed;
    const bool quiet = ctx.json();
    Services::CountBenchmark benchmark(*ctx.spec(), options, [quiet](const QString &step) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", step.toUtf8().constData());
    });
    auto result = benchmark.run();
    if (!result)
        return ctx.fail(result.error());
    ctx.print(result->toJson(), countsReport(result.value()));
    return result->differences == 0 ? Done : Failed;
}

} // namespace

int benchCommand(Context &ctx)
{
    const QStringList &words = ctx.args().words;
    if (words.size() == 2 && words.at(1) == u"orders")
        return benchOrders(ctx);
    if (words.size() == 2 && words.at(1) == u"counts")
        return benchCounts(ctx);
    if (words.size() == 2 && words.at(1) == u"reconcile")
        return benchReconcile(ctx);
    if (words.size() != 2 || words.at(1) != u"reserve")
        return ctx.usage(QStringLiteral(
            "the benchmarks are \"bench reserve --clients N --seconds S [--skus K] [--hot-sku [--slots N]]\", "
            "\"bench orders [--locations N] [--skus K] [--orders N] [--clients N] "
            "[--seconds S]\", \"bench counts [--lines N]\" and \"bench reconcile [--locations N] [--skus K] "
            "[--movements-per-row M]\""));
    QString error;
    const auto clients = ctx.args().integer(QStringLiteral("clients"), &error);
    if (!clients)
        return ctx.usage(error);
    const auto seconds = ctx.args().integer(QStringLiteral("seconds"), &error);
    if (!seconds)
        return ctx.usage(error);
    const auto skus = ctx.args().integer(QStringLiteral("skus"), &error, 1);
    if (!skus)
        return ctx.usage(error);
    const auto slotCount = ctx.args().integer(QStringLiteral("slots"), &error, 16);
    if (!slotCount)
        return ctx.usage(error);
    const auto drain = ctx.args().integer(QStringLiteral("drain-stock"), &error, 0);
    if (!drain)
        return ctx.usage(error);
    if (*clients < 1 || *clients > 1000)
        return ctx.usage(QStringLiteral("--clients must be 1 to 1000"));
    if (*seconds < 1 || *seconds > 3600)
        return ctx.usage(QStringLiteral("--seconds must be 1 to 3600"));
    if (*skus < 1 || *skus > 9'999'999)
        return ctx.usage(QStringLiteral("--skus must be 1 to 9999999"));
    if (*slotCount < 2 || *slotCount > 256)
        return ctx.usage(QStringLiteral("--slots must be 2 to 256"));
    if (*drain < 0 || *drain > 100'000'000)
        return ctx.usage(QStringLiteral("--drain-stock must be 0 to 100000000"));
    Services::ReserveBenchmarkOptions options;
    if (ctx.args().has(QStringLiteral("database")))
        options.database = ctx.args().value(QStringLiteral("database"));
    if (ctx.args().has(QStringLiteral("hot-sku"))) {
        const QString hot = ctx.args().value(QStringLiteral("hot-sku"));
        if (hot != u"on" && hot != u"off")
            return ctx.usage(QStringLiteral("--hot-sku is on or off, not \"%1\"").arg(hot));
        options.hotSku = hot == u"on";
    }
    if (!ctx.checkUnused())
        return Usage;
    if (!ctx.connect())
        return Failed;

    options.clients = int(*clients);
    options.seconds = int(*seconds);
    options.skus = int(*skus);
    options.slotCount = int(*slotCount);
    options.drainStock = *drain;
    const bool quiet = ctx.json();
    Services::ReserveBenchmark benchmark(*ctx.spec(), options, [quiet](const QString &step) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", step.toUtf8().constData());
    });
    auto result = benchmark.run();
    if (!result)
        return ctx.fail(result.error());
    ctx.print(result->toJson(), humanReport(result.value()));
    return result->differences() == 0 && (!result->drain || result->drain->oversold() == 0) ? Done : Failed;
}

} // namespace Stockroom::Ctl
