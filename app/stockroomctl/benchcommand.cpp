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

QString humanReport(const Services::ReserveBenchmarkResult &r)
{
    const auto &s = r.stockroom;
    const auto &b = r.bare;
    QString text;
    text += QStringLiteral("bench reserve: %1 client(s), %2 s per phase, %3 SKU(s) at %4\n")
                .arg(r.options.clients)
                .arg(r.options.seconds)
                .arg(r.options.skus)
                .arg(r.options.location);
    text += QStringLiteral("  Stockroom  each client reserves 1 unit of a random SKU through LedgerService, then "
                           "commits it or releases it (alternately)\n");
    text += QStringLiteral("    reserves         %1/s  (%2 in %3 s)   reserve latency p50 %4 ms, p99 %5 ms\n")
                .arg(number(s.callsPerSecond(), 1))
                .arg(s.calls)
                .arg(r.options.seconds)
                .arg(number(s.p50Ms, 2), number(s.p99Ms, 2));
    text += QStringLiteral("    commit/release   %1/s  (%2)\n")
                .arg(number(double(s.resolveCalls) / s.seconds, 1))
                .arg(s.resolveCalls);
    text += QStringLiteral("    transactions     %1/s  (reserves + commits/releases)   errors %2\n")
                .arg(number(s.opsPerSecond(), 1))
                .arg(s.errors);
    text +=
        QStringLiteral("  bare       one statement: conditional UPDATE ... WHERE on_hand - reserved >= n, one movement "
                       "INSERT, one outbox INSERT (schema bench_bare)\n");
    text += QStringLiteral("    statements       %1/s  (%2)   latency p50 %3 ms, p99 %4 ms   errors %5\n")
                .arg(number(b.callsPerSecond(), 1))
                .arg(b.calls)
                .arg(number(b.p50Ms, 2), number(b.p99Ms, 2))
                .arg(b.errors);
    text += QStringLiteral("  ratio      transactions/s / bare statements/s = %1 %   (reserves/s / bare statements/s = "
                           "%2 %: every reservation also costs a commit or release on the same row)\n")
                .arg(number(100 * r.transactionRatio(), 1), number(100 * r.reserveRatio(), 1));
    text += r.differences == 0
                ? QStringLiteral("  verify     consistent: every balance equals the sum of its ledger")
                : QStringLiteral("  verify     %1 difference(s): run stockroomctl verify").arg(r.differences);
    if (!s.firstError.isEmpty())
        text += QStringLiteral("\n  first Stockroom error: %1").arg(s.firstError);
    if (!b.firstError.isEmpty())
        text += QStringLiteral("\n  first bare error: %1").arg(b.firstError);
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
            "the benchmarks are \"bench reserve --clients N --seconds S [--skus K]\", "
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
    if (*clients < 1 || *clients > 1000)
        return ctx.usage(QStringLiteral("--clients must be 1 to 1000"));
    if (*seconds < 1 || *seconds > 3600)
        return ctx.usage(QStringLiteral("--seconds must be 1 to 3600"));
    if (*skus < 1 || *skus > 9'999'999)
        return ctx.usage(QStringLiteral("--skus must be 1 to 9999999"));
    if (!ctx.checkUnused())
        return Usage;
    if (!ctx.connect())
        return Failed;

    Services::ReserveBenchmarkOptions options;
    options.clients = int(*clients);
    options.seconds = int(*seconds);
    options.skus = int(*skus);
    const bool quiet = ctx.json();
    Services::ReserveBenchmark benchmark(*ctx.spec(), options, [quiet](const QString &step) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", step.toUtf8().constData());
    });
    auto result = benchmark.run();
    if (!result)
        return ctx.fail(result.error());
    ctx.print(result->toJson(), humanReport(result.value()));
    return result->differences == 0 ? Done : Failed;
}

} // namespace Stockroom::Ctl
