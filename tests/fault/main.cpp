// stockroom-faulttest: a randomized fault test of the ledger and its client, in the spirit of Jepsen's bank test.
// Clients reserve, commit, release, ship, receive, adjust and count through the app's own client path while the
// server is killed with SIGKILL and restarted and a TCP proxy cuts their connections; afterwards every operation
// is checked against the ledger (see README, "Testing"). Exit status: 0 no violation, 1 violations, 2 no run.
#include "faultcheck.h"
#include "faultclient.h"
#include "faultcluster.h"
#include "faultplan.h"
#include "faultreplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <atomic>
#include <connection/migrator.h>
#include <connection/session.h>
#include <cstdio>
#include <memory>
#include <tcpproxy.h>

using namespace Stockroom;
using namespace Stockroom::FaultTest;

namespace {

const QStringList kSkus{QStringLiteral("FT-APPLE"), QStringLiteral("FT-PEAR"), QStringLiteral("FT-PLUM"),
                        QStringLiteral("FT-FIG")};
const QStringList kLocations{QStringLiteral("FT-WH"), QStringLiteral("FT-S1"), QStringLiteral("FT-S2")};
constexpr qint64 kSeedUnits = 150;

// Qt's PostgreSQL driver warns for every prepared statement it cannot free on a connection that is gone, and for
// each use of a connection that is gone; a cut or a kill makes hundreds. The calls' errors say it all: not printed.
QtMessageHandler s_defaultHandler = nullptr;

void filterMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        (message.startsWith(u"Unable to free statement") || message.startsWith(u"no connection to the server") ||
         message.startsWith(u"QSqlQuery::prepare: database not open"))) {
        return;
    }
    s_defaultHandler(type, context, message);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int setupFailed(const QString &what, const QString &message)
{
    std::fprintf(stderr, "fault test: %s: %s\n", qPrintable(what), qPrintable(message));
    return 2;
}

// The ledger's reference data and opening stock, as acknowledged seed operations.
Services::Result<std::vector<FaultOp>> seedLedger(Services::Session &session)
{
    Services::LedgerService ledger(session);
    for (const QString &location : kLocations) {
        auto added =
            ledger.addLocation({location,
                                location,
                                location == kLocations.first() ? QStringLiteral("warehouse") : QStringLiteral("store"),
                                {},
                                {},
                                {}});
        if (!added)
            return added.error();
    }
    std::vector<FaultOp> seeds;
    for (const QString &sku : kSkus) {
        if (auto added = ledger.addSku(sku, sku); !added)
            return added.error();
        for (const QString &location : kLocations) {
            FaultOp seed;
            seed.seq = int(seeds.size());
            seed.op.kind = Services::Operation::Kind::Receive;
            seed.op.key = Services::LedgerService::newKey();
            seed.op.sku = sku;
            seed.op.location = location;
            seed.op.quantity = kSeedUnits;
            auto result = send(ledger, seed);
            if (!result)
                return result.error();
            seed.outcome = Outcome::Acknowledged;
            seed.result = result.value();
            seeds.push_back(seed);
        }
    }
    return seeds;
}

void report(const QString &phase, const QStringList &violations, QStringList &all)
{
    say(QStringLiteral("check %1: %2")
            .arg(phase, violations.isEmpty() ? QStringLiteral("clean")
                                             : QStringLiteral("%1 violations").arg(violations.size())));
    for (int i = 0; i < violations.size() && i < 25; ++i)
        say(QStringLiteral("  VIOLATION %1").arg(violations.at(i)));
    if (violations.size() > 25)
        say(QStringLiteral("  ... and %1 more").arg(violations.size() - 25));
    all += violations;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    s_defaultHandler = qInstallMessageHandler(filterMessages);
    QCoreApplication::setApplicationName(QStringLiteral("stockroom-faulttest"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Randomized fault test of the Stockroom ledger and its client."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Replay the operations and faults of seed N (default: "
                                                       "$STOCKROOM_FAULT_SEED, else random)."),
                                        QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Run for S seconds (default 75)."),
                                           QStringLiteral("S"), QStringLiteral("75"));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Run for M minutes."),
                                           QStringLiteral("M"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Client threads (default 6)."),
                                           QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption killsOption(
        QStringLiteral("kills"), QStringLiteral("Server kills (default: 2, or one per 40 s in runs over 2 minutes)."),
        QStringLiteral("N"));
    const QCommandLineOption cutsOption(
        QStringLiteral("cut-every"),
        QStringLiteral("Mean seconds between network faults: cuts, lost replies (default 5; 0: none)."),
        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"), QStringLiteral("Keep the cluster's directory (it is kept anyway on violations)."));
    parser.addOptions({seedOption, secondsOption, minutesOption, clientsOption, killsOption, cutsOption, keepOption});
    parser.process(app);

    bool ok = true;
    quint64 seed = 0;
    const QString seedText =
        parser.isSet(seedOption) ? parser.value(seedOption) : qEnvironmentVariable("STOCKROOM_FAULT_SEED");
    if (!seedText.isEmpty()) {
        seed = seedText.toULongLong(&ok);
        if (!ok)
            return setupFailed(QStringLiteral("--seed"), QStringLiteral("\"%1\" is not a whole number").arg(seedText));
    } else {
        seed = QRandomGenerator::system()->bounded(1000000000U);
    }
    const int seconds = parser.isSet(minutesOption) ? int(parser.value(minutesOption).toDouble(&ok) * 60)
                                                    : parser.value(secondsOption).toInt(&ok);
    if (!ok || seconds < 10)
        return setupFailed(QStringLiteral("--seconds/--minutes"), QStringLiteral("a run lasts 10 seconds or more"));
    const int clientCount = parser.value(clientsOption).toInt(&ok);
    if (!ok || clientCount < 1 || clientCount > 40)
        return setupFailed(QStringLiteral("--clients"), QStringLiteral("1 to 40 clients"));
    const int kills =
        parser.isSet(killsOption) ? parser.value(killsOption).toInt(&ok) : (seconds > 120 ? seconds / 40 : 2);
    if (!ok || kills < 0)
        return setupFailed(QStringLiteral("--kills"), QStringLiteral("a number of kills, 0 or more"));
    const double cutEvery = parser.value(cutsOption).toDouble(&ok);
    if (!ok || cutEvery < 0)
        return setupFailed(QStringLiteral("--cut-every"), QStringLiteral("seconds, 0 or more"));

    say(QStringLiteral("fault test seed %1: %2 s, %3 clients, %4 kills, a network fault every ~%5 s")
            .arg(seed)
            .arg(seconds)
            .arg(clientCount)
            .arg(kills)
            .arg(cutEvery));
    say(QStringLiteral("replay it: stockroom-faulttest --seed %1 --seconds %2 --clients %3 --kills %4 --cut-every %5")
            .arg(seed)
            .arg(seconds)
            .arg(clientCount)
            .arg(kills)
            .arg(cutEvery));
    QElapsedTimer total;
    total.start();

    // A cluster of its own, behind a proxy; migrated and seeded over a direct connection.
    FaultCluster cluster;
    if (auto created = cluster.create(); !created)
        return setupFailed(QStringLiteral("the test's own cluster"), created.error().message);
    if (parser.isSet(keepOption))
        cluster.keep();
    say(QStringLiteral("own cluster in %1 on 127.0.0.1:%2").arg(cluster.directory()).arg(cluster.port()));
    std::vector<FaultOp> seeds;
    {
        Services::Session admin(cluster.spec(QStringLiteral("postgres")), QStringLiteral("fault-admin"));
        if (auto made = admin.execScript(QStringLiteral("CREATE DATABASE stockroom")); !made)
            return setupFailed(QStringLiteral("creating the database"), made.error().message);
    }
    Services::Session checker(cluster.spec(QStringLiteral("stockroom")), QStringLiteral("fault-checker"));
    if (auto migrated = Services::Migrator(checker).migrate(); !migrated)
        return setupFailed(QStringLiteral("migrating"), migrated.error().message);
    if (auto seeded = seedLedger(checker); !seeded)
        return setupFailed(QStringLiteral("seeding"), seeded.error().message);
    else
        seeds = std::move(seeded).value();
    checker.close();

    Tests::TcpProxy proxy(QStringLiteral("127.0.0.1"), cluster.port());
    if (!proxy.start())
        return setupFailed(QStringLiteral("the proxy"), QStringLiteral("cannot listen on 127.0.0.1"));
    Services::ConnectionSpec viaProxy = cluster.spec(QStringLiteral("stockroom"));
    viaProxy.port = proxy.port();

    std::atomic_bool stop = false;
    std::vector<std::unique_ptr<FaultClient>> clients;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < clientCount; ++i) {
        clients.push_back(
            std::make_unique<FaultClient>(FaultClient::Setup{viaProxy, seed, i, kSkus, kLocations, &stop}));
        threads.emplace_back(QThread::create([client = clients.back().get()] { client->run(); }));
        threads.back()->setObjectName(QStringLiteral("fault-client-%1").arg(i));
        threads.back()->start();
    }
    const std::vector<Fault> plan = planFaults(seed, seconds, kills, cutEvery);
    const FaultCounts faults = runFaults(plan, seconds * 1000LL, cluster, proxy);
    stop = true;
    for (auto &thread : threads)
        thread->wait();
    if (!faults.problem.isEmpty())
        return setupFailed(QStringLiteral("the faults"), faults.problem);
    if (!cluster.isRunning())
        if (auto started = cluster.start(); !started)
            return setupFailed(QStringLiteral("restarting for the checks"), started.error().message);

    // Every operation, the seed's first.
    std::vector<FaultOp *> ops;
    for (FaultOp &seedOp : seeds)
        ops.push_back(&seedOp);
    int retries = 0;
    for (auto &client : clients) {
        for (FaultOp &op : client->ops())
            ops.push_back(&op);
        retries += client->retries();
    }
    int acknowledged = 0, refused = 0, unknown = 0;
    for (const FaultOp *op : ops) {
        if (op->client < 0)
            continue;
        acknowledged += op->outcome == Outcome::Acknowledged;
        refused += op->outcome == Outcome::Refused;
        unknown += op->outcome == Outcome::Unknown;
    }
    const int attempted = int(ops.size() - seeds.size());
    say(QStringLiteral("clients done: %1 operations, %2 acknowledged, %3 refused by the ledger, %4 unanswered; "
                       "%5 client retries")
            .arg(attempted)
            .arg(acknowledged)
            .arg(refused)
            .arg(unknown)
            .arg(retries));

    // After recovery, straight to the server.
    QStringList violations;
    Services::Session session(cluster.spec(QStringLiteral("stockroom")), QStringLiteral("fault-checker"));
    const Checker check(ops);
    QStringList table;
    auto facts = LedgerFacts::read(session);
    if (!facts)
        return setupFailed(QStringLiteral("reading the ledger"), facts.error().message);
    report(QStringLiteral("after recovery: operations"), check.checkOperations(facts.value()), violations);
    report(QStringLiteral("after recovery: balances"), check.checkBalances(session, facts.value(), nullptr),
           violations);

    const ReplayReport replayed = replayApplied(session.spec(), clientCount, ops, facts.value());
    report(QStringLiteral("replaying the %1 applied keys").arg(replayed.replays), replayed.violations, violations);
    const ReplayReport resent = resendUnanswered(session, ops, facts.value());
    report(QStringLiteral("resending %1 unanswered operations not in the ledger (%2 applied now, %3 refused)")
               .arg(resent.replays)
               .arg(resent.applied)
               .arg(resent.refused),
           resent.violations, violations);
    facts = LedgerFacts::read(session);
    if (!facts)
        return setupFailed(QStringLiteral("reading the ledger"), facts.error().message);
    const ReplayReport again = replayApplied(session.spec(), clientCount, ops, facts.value());
    report(QStringLiteral("replaying all %1 applied keys again").arg(again.replays), again.violations, violations);
    report(QStringLiteral("final: operations"), check.checkOperations(facts.value()), violations);
    report(QStringLiteral("final: balances"), check.checkBalances(session, facts.value(), &table), violations);
    for (const QString &line : std::as_const(table))
        say(QStringLiteral("  ") + line);
    session.close();

    const int replays = replayed.replays + resent.replays + again.replays;
    say(QStringLiteral("\nsummary (seed %1, %2 s of faults, %3 s in all)")
            .arg(seed)
            .arg(seconds)
            .arg(total.elapsed() / 1000.0, 0, 'f', 1));
    say(QStringLiteral("  operations attempted %1: acknowledged %2, refused %3, failed without an answer %4")
            .arg(attempted)
            .arg(acknowledged)
            .arg(refused)
            .arg(unknown));
    say(QStringLiteral("  ledger: %1 movements, %2 events, %3 keys")
            .arg(facts->movements)
            .arg(facts->events)
            .arg(facts->keys));
    say(QStringLiteral(
            "  kills %1 (%2 processes), restarts %3, cuts %4, windows of lost replies %5, client retries %6, "
            "replays %7")
            .arg(faults.kills)
            .arg(faults.processesKilled)
            .arg(faults.restarts)
            .arg(faults.cuts)
            .arg(faults.replyLosses)
            .arg(retries)
            .arg(replays));
    say(QStringLiteral("  violations found: %1").arg(violations.size()));
    if (!violations.isEmpty()) {
        cluster.keep();
        say(QStringLiteral("  the cluster is kept in %1 (server log: server.log)").arg(cluster.directory()));
        return 1;
    }
    return 0;
}
