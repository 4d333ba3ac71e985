#include "commands.h"
#include "context.h"

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

} // namespace

int benchCommand(Context &ctx)
{
    const QStringList &words = ctx.args().words;
    if (words.size() != 2 || words.at(1) != u"reserve")
        return ctx.usage(QStringLiteral("the benchmark is \"bench reserve --clients N --seconds S [--skus K]\""));
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
