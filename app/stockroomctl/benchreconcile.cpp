// stockroomctl bench reconcile: a million-line snapshot against a ledger of a million stock rows and ten million
// movements (services/bench/reconcilebenchmark).
#include "commands.h"
#include "context.h"

#include <bench/reconcilebenchmark.h>
#include <cstdio>

namespace Stockroom::Ctl {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString classes(const QJsonObject &c)
{
    return QStringLiteral("%1 matched, %2 timing, %3 unknown, %4 bucket, %5 variance (%6 of them rows the file lacks)")
        .arg(c.value(u"matched").toInteger())
        .arg(c.value(u"timing").toInteger())
        .arg(c.value(u"unknown").toInteger())
        .arg(c.value(u"bucket").toInteger())
        .arg(c.value(u"variance").toInteger())
        .arg(c.value(u"ledger_only").toInteger());
}

QString reconcileReport(const Services::ReconcileBenchmarkResult &r)
{
    const QJsonObject json = r.toJson();
    const QJsonObject phases = r.phases;
    QString text;
    text +=
        QStringLiteral("bench reconcile: database %1 (made for the run, dropped after it)\n").arg(r.options.database);
    text += QStringLiteral("  tables     %1 locations, %2 SKUs, %3 stock rows, %4 movements; seeded in %5 s\n")
                .arg(r.locations)
                .arg(r.skus)
                .arg(r.stockRows)
                .arg(r.movements)
                .arg(number(r.seedSeconds, 1));
    text += QStringLiteral("  cutoff     %1 holds before it, %2 receipts just after it; timing window %3 s\n")
                .arg(r.holds)
                .arg(r.lateReceipts)
                .arg(r.options.timingWindowSeconds);
    text += QStringLiteral("  file       %1 lines, %2 MB (written in %3 s); made to hold %4\n")
                .arg(r.lines)
                .arg(number(double(r.csvBytes) / 1e6, 1), number(r.csvSeconds, 1),
                     classes(json.value(u"file").toObject().value(u"expected").toObject()));
    text +=
        QStringLiteral("  (1) import %1 s in all (target: each step under 10 s)\n").arg(number(r.importSeconds(), 1));
    text += QStringLiteral("             parse and check on the client  %1 s\n").arg(number(r.parseSeconds, 2));
    text += QStringLiteral("             load in batches of 10,000      %1 s\n").arg(number(r.loadSeconds, 2));
    text += QStringLiteral("             classify at the cutoff         %1 s (on the server: resolve %2 ms, as of "
                           "%3 ms, classify %4 ms, clean up %5 ms)\n")
                .arg(number(r.classifySeconds, 2))
                .arg(phases.value(u"resolve_ms").toInteger())
                .arg(phases.value(u"as_of_ms").toInteger())
                .arg(phases.value(u"classify_ms").toInteger())
                .arg(phases.value(u"clean_up_ms").toInteger());
    text +=
        QStringLiteral("             found %1: %2\n")
            .arg(classes(r.summary), r.classesAsExpected ? QStringLiteral("as made") : QStringLiteral("NOT as made"));
    text += QStringLiteral("  (2) as of  the book of all %1 stock rows %2 days back (%3 movements after it): %4 s\n")
                .arg(r.asOfRows)
                .arg(r.deepDays)
                .arg(r.movementsAfterDeep)
                .arg(number(r.asOfSeconds, 2));
    text += QStringLiteral("  (3) review %1 s (%2 lines not matched); approve every variance %3 s (%4 lines)\n")
                .arg(number(r.reviewSeconds, 2))
                .arg(r.reviewLines)
                .arg(number(r.approveSeconds, 2))
                .arg(r.approved);
    QStringList reads;
    for (const auto &[chart, seconds] : r.dashboardReads)
        reads << QStringLiteral("%1 %2 s").arg(chart, number(seconds, 2));
    text += QStringLiteral("  (4) dashboard refresh: the first, rolling up the year, %1 s; then %2 s (each sweep)\n")
                .arg(number(r.firstRefreshSeconds, 2), number(r.refreshSeconds, 3));
    text += QStringLiteral("      dashboard opened on the last 30 days, every location: %1 s (target: under 1 s)\n"
                           "             %2\n")
                .arg(number(r.dashboardSeconds, 2), reads.join(QStringLiteral(", ")));
    text += r.differences == 0 ? QStringLiteral("  verify     consistent: every balance equals the sum of its ledger")
                               : QStringLiteral("  verify     %1 difference(s)").arg(r.differences);
    return text;
}

} // namespace

// bench reconcile [--locations N] [--skus K] [--movements-per-row M]
int benchReconcile(Context &ctx)
{
    QString error;
    Services::ReconcileBenchmarkOptions options;
    const auto locations = ctx.args().integer(QStringLiteral("locations"), &error, options.locations);
    const auto skus = ctx.args().integer(QStringLiteral("skus"), &error, options.skus);
    const auto perRow = ctx.args().integer(QStringLiteral("movements-per-row"), &error, options.movementsPerRow);
    if (!locations || !skus || !perRow)
        return ctx.usage(error);
    if (*locations < 1 || *locations > 1000)
        return ctx.usage(QStringLiteral("--locations must be 1 to 1000"));
    if (*skus < 100 || *skus > 1'000'000)
        return ctx.usage(QStringLiteral("--skus must be 100 to 1000000"));
    if (*perRow < 1 || *perRow > 100)
        return ctx.usage(QStringLiteral("--movements-per-row must be 1 to 100"));
    if (*locations * *skus > 5'000'000)
        return ctx.usage(QStringLiteral("--locations times --skus must be at most 5000000 stock rows"));
    options.locations = int(*locations);
    options.skus = int(*skus);
    options.movementsPerRow = int(*perRow);
    if (!ctx.checkUnused())
        return Usage;
    if (!ctx.connect())
        return Failed;
    const bool quiet = ctx.json();
    Services::ReconcileBenchmark benchmark(*ctx.spec(), options, [quiet](const QString &step) {
        if (!quiet)
            std::fprintf(stderr, "%s\n", step.toUtf8().constData());
    });
    auto result = benchmark.run();
    if (!result)
        return ctx.fail(result.error());
    ctx.print(result->toJson(), reconcileReport(result.value()));
    return result->differences == 0 && result->classesAsExpected ? Done : Failed;
}

} // namespace Stockroom::Ctl
