#include "commands.h"
#include "context.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Stockroom::Ctl;

namespace Stockroom::Ctl {

const QList<CommandInfo> &commands()
{
    static const QList<CommandInfo> all = {
        {QStringLiteral("init"), initCommand, QStringLiteral("init [--demo]")},
        {QStringLiteral("location add"), locationAddCommand,
         QStringLiteral("location add CODE --name NAME --kind warehouse|store [--region R] [--lat X --lon Y]")},
        {QStringLiteral("location update"), locationUpdateCommand,
         QStringLiteral("location update CODE [--name NAME] [--region R] [--lat X --lon Y] [--key K]")},
        {QStringLiteral("location list"), locationListCommand, QStringLiteral("location list")},
        {QStringLiteral("sku add"), skuAddCommand,
         QStringLiteral("sku add CODE --name NAME [--barcode B]... [--unit-cost X]")},
        {QStringLiteral("sku update"), skuUpdateCommand,
         QStringLiteral("sku update CODE [--name NAME] [--barcode B... | --no-barcodes] [--unit-cost X] [--key K]")},
        {QStringLiteral("receive"), receiveCommand,
         QStringLiteral("receive --sku S --location L --qty N [--reference R] [--key K]")},
        {QStringLiteral("adjust"), adjustCommand,
         QStringLiteral("adjust --sku S --location L --delta ±N --reason R [--reference NOTE] [--key K]")},
        {QStringLiteral("reasons"), reasonsCommand, QStringLiteral("reasons")},
        // Before "count": the first command whose words match runs.
        {QStringLiteral("count plan"), countPlanCommand,
         QStringLiteral("count plan [--location L] [--date YYYY-MM-DD]")},
        {QStringLiteral("count"), countCommand, QStringLiteral("count --sku S --location L --counted N [--key K]")},
        {QStringLiteral("safety-stock"), safetyStockCommand,
         QStringLiteral("safety-stock --sku S --location L --qty N [--key K]")},
        {QStringLiteral("transfer ship"), transferShipCommand,
         QStringLiteral("transfer ship --sku S --from A --to B --qty N [--key K]")},
        {QStringLiteral("transfer receive"), transferReceiveCommand,
         QStringLiteral("transfer receive TRANSFER [--qty N] [--key K]")},
        {QStringLiteral("transfer cancel"), transferCancelCommand,
         QStringLiteral("transfer cancel TRANSFER [--key K]")},
        {QStringLiteral("transfer write-off"), transferWriteOffCommand,
         QStringLiteral("transfer write-off TRANSFER --qty N --reason R [--key K]")},
        {QStringLiteral("transfer list"), transferListCommand,
         QStringLiteral("transfer list [--location L] [--open] [--limit N]")},
        {QStringLiteral("return"), returnCommand,
         QStringLiteral("return --sku S --location L --qty N [--damaged] [--key K]")},
        {QStringLiteral("reserve"), reserveCommand,
         QStringLiteral("reserve --sku S --location L --qty N [--ttl SECONDS] [--channel C] [--order REF] [--key K]\n"
                        "  reserve --order REF --line S:L:N --line S:L:N ... [--ttl SECONDS] [--channel C] [--key K]")},
        {QStringLiteral("commit"), commitCommand, QStringLiteral("commit RESERVATION [--key K]")},
        {QStringLiteral("release"), releaseCommand,
         QStringLiteral("release RESERVATION [--key K]\n"
                        "  release --many ID,ID,... --reason R [--key K]")},
        {QStringLiteral("reservation list"), reservationListCommand,
         QStringLiteral("reservation list [--location L] [--expired] [--limit N]")},
        {QStringLiteral("stock"), stockCommand, QStringLiteral("stock --sku S [--location L]")},
        {QStringLiteral("ledger"), ledgerCommand, QStringLiteral("ledger [--sku S] [--location L] [--limit N]")},
        {QStringLiteral("verify"), verifyCommand, QStringLiteral("verify")},
        {QStringLiteral("sweep"), sweepCommand, QStringLiteral("sweep [--every SECONDS]")},
        {QStringLiteral("events"), eventsCommand, QStringLiteral("events [--after ID] [--follow]")},
        {QStringLiteral("order create"), orderCreateCommand,
         QStringLiteral("order create REF --channel C (--ship-to LAT,LON | --pickup LOCATION) --line SKU:QTY... "
                        "[--ttl SECONDS] [--key K]")},
        {QStringLiteral("order show"), orderShowCommand, QStringLiteral("order show REF [--channel C]")},
        {QStringLiteral("order list"), orderListCommand,
         QStringLiteral("order list [--state S] [--stuck] [--channel C] [--limit N]")},
        {QStringLiteral("order allocate"), orderAllocateCommand,
         QStringLiteral("order allocate REF --preview | --plan N | --strategy "
                        "nearest|fewest-splits|balanced|protect-safety-stock [--channel C] [--key K]")},
        {QStringLiteral("order fire"), orderFireCommand,
         QStringLiteral("order fire REF EVENT [--fulfillment F | --return R] [--expect STATE] [--reason R] "
                        "[--channel C] [--key K]")},
        {QStringLiteral("order return"), orderReturnCommand,
         QStringLiteral("order return REF --fulfillment F [--line SKU:QTY...] [--reason R] [--channel C] [--key K]")},
        {QStringLiteral("order cancel"), orderCancelCommand,
         QStringLiteral("order cancel REF [--reason R] [--channel C] [--key K]")},
        {QStringLiteral("order machine"), orderMachineCommand, QStringLiteral("order machine [--dot]")},
        {QStringLiteral("count-session create"), countSessionCreateCommand,
         QStringLiteral("count-session create --location L (--sku S... | --class A|B|C | --all) [--open] "
                        "[--assign LOGIN]... [--note N] [--key K]")},
        {QStringLiteral("count-session record"), countSessionRecordCommand,
         QStringLiteral("count-session record SESSION --sku S --counted N [--area A] [--position P] [--key K]")},
        {QStringLiteral("count-session submit"), countSessionSubmitCommand,
         QStringLiteral("count-session submit SESSION [--uncounted-zero] [--key K]")},
        {QStringLiteral("count-session review"), countSessionReviewCommand,
         QStringLiteral("count-session review SESSION [--outside-tolerance]")},
        {QStringLiteral("count-session approve"), countSessionApproveCommand,
         QStringLiteral("count-session approve SESSION [--line SKU]... [--within-tolerance] [--release-holds] "
                        "[--reason R] [--key K]")},
        {QStringLiteral("count-session reject"), countSessionRejectCommand,
         QStringLiteral("count-session reject SESSION --line SKU... --reason R [--key K]")},
        {QStringLiteral("count-session recount"), countSessionRecountCommand,
         QStringLiteral("count-session recount SESSION --line SKU... [--key K]")},
        {QStringLiteral("count-session list"), countSessionListCommand,
         QStringLiteral("count-session list [--location L] [--state counting|review|closed|cancelled]")},
        {QStringLiteral("count-session sheet"), countSessionSheetCommand,
         QStringLiteral("count-session sheet SESSION")},
        {QStringLiteral("reconcile source"), reconcileSourceCommand,
         QStringLiteral("reconcile source NAME --mapping sku=H,location=H,quantity=H[,bucket=H] "
                        "[--policy default|KIND|LOCATION=erp|ledger|conservative,...] [--key K]")},
        {QStringLiteral("reconcile import"), reconcileImportCommand,
         QStringLiteral("reconcile import FILE --source NAME --as-of TIMESTAMP [--mapping M] [--window SECONDS] "
                        "[--key K]")},
        {QStringLiteral("reconcile show"), reconcileShowCommand, QStringLiteral("reconcile show SNAPSHOT [--all]")},
        {QStringLiteral("reconcile approve"), reconcileApproveCommand,
         QStringLiteral("reconcile approve SNAPSHOT [--line SKU:LOCATION]... [--key K]")},
        {QStringLiteral("hot-sku enable"), hotSkuEnableCommand,
         QStringLiteral("hot-sku enable --sku S --location L [--slots N] [--key UUID]")},
        {QStringLiteral("hot-sku disable"), hotSkuDisableCommand,
         QStringLiteral("hot-sku disable --sku S --location L [--key UUID]")},
        {QStringLiteral("hot-sku list"), hotSkuListCommand, QStringLiteral("hot-sku list")},
        {QStringLiteral("drift"), driftCommand, QStringLiteral("drift [--limit EVENTS]")},
        {QStringLiteral("report"), reportCommand,
         QStringLiteral("report accuracy|variance|coverage [--from D] [--to D] [--location L]")},
        {QStringLiteral("bench reserve"), benchCommand,
         QStringLiteral("bench reserve --clients N --seconds S [--skus K] [--hot-sku [--slots N] [--drain-stock U]] "
                        "[--database NAME]")},
        {QStringLiteral("bench orders"), benchCommand,
         QStringLiteral("bench orders [--locations N] [--skus K] [--orders N] [--clients N] [--seconds S]")},
        {QStringLiteral("bench counts"), benchCommand, QStringLiteral("bench counts [--lines N]")},
        {QStringLiteral("bench reconcile"), benchCommand,
         QStringLiteral("bench reconcile [--locations N] [--skus K] [--movements-per-row M]")},
        {QStringLiteral("user add"), userAddCommand,
         QStringLiteral("user add LOGIN --role associate|manager|supervisor|checkout|admin [--location L]... "
                        "[--all-locations] [--channel C]... [--all-channels] [--password-stdin] [--key K]")},
        {QStringLiteral("user assign"), userAssignCommand,
         QStringLiteral("user assign LOGIN [--location L]... [--channel C]... [--key K]")},
        {QStringLiteral("user unassign"), userUnassignCommand,
         QStringLiteral("user unassign LOGIN [--location L]... [--channel C]... [--key K]")},
        {QStringLiteral("user list"), userListCommand, QStringLiteral("user list")},
        {QStringLiteral("simulate"), simulateCommand,
         QStringLiteral("simulate --stock N --buyers B --clients C [--arrival burst|poisson:RATE] [--ttl S] "
                        "[--abandon P] [--payment-ms MS] [--hot-sku on|off|both] [--slots N] [--seed N]")},
        {QStringLiteral("cluster"), clusterCommand, QStringLiteral("cluster start|status|stop")},
    };
    return all;
}

} // namespace Stockroom::Ctl

namespace {

void printHelp()
{
    std::puts("usage: stockroomctl [--db postgresql://...] [--json] COMMAND ...\n\n"
              "Every operation on the Stockroom ledger. Without --db (or $STOCKROOM_DB) the embedded\n"
              "cluster in your data directory is used, started if needed.\n\n"
              "commands:");
    for (const CommandInfo &info : commands())
        std::printf("  %s\n", info.synopsis.toUtf8().constData());
    std::puts("\nexit status: 0 done, 2 usage error, 3 refused by the rules, 4 idempotency-key conflict,\n"
              "1 anything else. --json prints one JSON object per line.\n\n"
              "user add asks for a new login's password twice when stdin is a terminal (nothing is echoed);\n"
              "--password-stdin reads it from the first line of stdin. The server receives only its\n"
              "SCRAM-SHA-256 verifier. Creating a login needs CREATEROLE; the user commands need the admin role.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stockroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));

    QString error;
    auto parsed = Arguments::parse(QCoreApplication::arguments().mid(1), &error);
    if (!parsed) {
        std::fprintf(stderr, "stockroomctl: %s (see stockroomctl --help)\n", error.toUtf8().constData());
        return Usage;
    }
    if (parsed->flag(QStringLiteral("help")) || parsed->words.value(0) == u"help") {
        printHelp();
        return Done;
    }
    if (parsed->words.isEmpty()) {
        printHelp();
        return Usage;
    }
    Context ctx(std::move(*parsed));
    const QStringList &words = ctx.args().words;
    for (const CommandInfo &info : commands()) {
        const QStringList path = info.path.split(u' ');
        if (words.mid(0, path.size()) == path && (path.size() == 1 || words.size() >= path.size())) {
            const int code = info.run(ctx);
            // After a failed connection the command returns Failed; what failed decides the exit status.
            return ctx.connectFailure() != Done ? ctx.connectFailure() : code;
        }
    }
    return ctx.usage(QStringLiteral("unknown command \"%1\"").arg(words.mid(0, 2).join(u' ')));
}
