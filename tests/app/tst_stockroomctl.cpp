#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <connection/session.h>
#include <ctlrun.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

using namespace Qt::StringLiterals;

namespace {

const QString A = QStringLiteral("A");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");
const QString kDb = QStringLiteral("@DB"); // stands for the test database's URL in data rows

using Run = Tests::CtlRun;

Run ctl(const QStringList &arguments, const QByteArray &input = {})
{
    return Tests::runCtl(arguments, input);
}

QString explain(const Run &run)
{
    return run.explain();
}

struct Fixture : Tests::LedgerFixture
{
    QString url;

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        if (qEnvironmentVariableIsEmpty("STOCKROOM_CTL"))
            return QStringLiteral("STOCKROOM_CTL is not set: run through ctest");
        url = db.url();
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({WH1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}})
              << api->addLocation({ST1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}})
              << api->addSku(A, QStringLiteral("Anvil")) << api->receive(A, WH1, 10, LedgerService::newKey())
              << api->receive(A, ST1, 10, LedgerService::newKey());
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    QStringList withDb(QStringList arguments) const
    {
        for (QString &argument : arguments)
            argument.replace(kDb, url);
        return arguments;
    }
};

// The command (run once) exited with this code; shows its output otherwise.
#define SR_EXIT(run, code)                                                                                             \
    do {                                                                                                               \
        const Run sr_run_ = (run);                                                                                     \
        QVERIFY2(sr_run_.exitCode == (code), qPrintable(explain(sr_run_)));                                            \
    } while (false)

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestStockroomCtl : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("done") << args({"receive", "--sku", "A", "--location", "WH1", "--qty", "3", "--db", "@DB"}) << 0;
        QTest::newRow("help") << args({"--help"}) << 0;
        QTest::newRow("no command") << QStringList() << 2;
        QTest::newRow("unknown command") << args({"frobnicate", "--db", "@DB"}) << 2;
        QTest::newRow("missing --qty") << args({"receive", "--sku", "A", "--location", "WH1", "--db", "@DB"}) << 2;
        QTest::newRow("zero quantity") << args({"receive", "--sku", "A", "--location", "WH1", "--qty", "0", "--db",
                                                "@DB"})
                                       << 2;
        QTest::newRow("quantity not a number")
            << args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "ten", "--db", "@DB"}) << 2;
        QTest::newRow("unknown option") << args({"receive", "--sku", "A", "--location", "WH1", "--qty", "1", "--colour",
                                                 "red", "--db", "@DB"})
                                        << 2;
        QTest::newRow("option without value") << args({"receive", "--db", "@DB", "--sku"}) << 2;
        QTest::newRow("invalid reason (server says)") << args({"adjust", "--sku", "A", "--location", "WH1", "--delta",
                                                               "-1", "--reason", "gremlins", "--db", "@DB"})
                                                      << 2;
        QTest::newRow("malformed --db") << args({"stock", "--sku", "A", "--db", "mysql://root@db/ledger"}) << 2;
        QTest::newRow("insufficient stock")
            << args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "1000", "--db", "@DB"}) << 3;
        QTest::newRow("unknown SKU") << args({"receive", "--sku", "NOPE", "--location", "WH1", "--qty", "1", "--db",
                                              "@DB"})
                                     << 3;
        QTest::newRow("unknown location")
            << args({"reserve", "--sku", "A", "--location", "NOWHERE", "--qty", "1", "--db", "@DB"}) << 3;
        QTest::newRow("unknown SKU in stock") << args({"stock", "--sku", "NOPE", "--db", "@DB"}) << 3;
        QTest::newRow("unknown reservation") << args({"commit", "999999", "--db", "@DB"}) << 3;
        QTest::newRow("unknown transfer") << args({"transfer", "receive", "999999", "--db", "@DB"}) << 3;
        QTest::newRow("reasons") << args({"reasons", "--db", "@DB"}) << 0;
        QTest::newRow("transfer list") << args({"transfer", "list", "--open", "--location", "ST1", "--db", "@DB"}) << 0;
        QTest::newRow("transfer list at an unknown location")
            << args({"transfer", "list", "--location", "NOWHERE", "--db", "@DB"}) << 3;
        QTest::newRow("reservation list") << args({"reservation", "list", "--expired", "--db", "@DB"}) << 0;
        QTest::newRow("cancel an unknown transfer") << args({"transfer", "cancel", "999999", "--db", "@DB"}) << 3;
        QTest::newRow("cancel without a transfer") << args({"transfer", "cancel", "--db", "@DB"}) << 2;
        QTest::newRow("write-off without a reason")
            << args({"transfer", "write-off", "1", "--qty", "1", "--db", "@DB"}) << 2;
        QTest::newRow("write-off of nothing")
            << args({"transfer", "write-off", "1", "--qty", "0", "--reason", "lost", "--db", "@DB"}) << 2;
        QTest::newRow("write-off with a reason that takes stock in (server says)")
            << args({"transfer", "write-off", "999999", "--qty", "1", "--reason", "found", "--db", "@DB"}) << 2;
        QTest::newRow("bulk release without a reason") << args({"release", "--many", "1,2", "--db", "@DB"}) << 2;
        QTest::newRow("bulk release of a malformed id")
            << args({"release", "--many", "1,x", "--reason", "r", "--db", "@DB"}) << 2;
        QTest::newRow("bulk release of an unknown reservation")
            << args({"release", "--many", "999999", "--reason", "r", "--db", "@DB"}) << 3;
        QTest::newRow("sku update without a change") << args({"sku", "update", "A", "--db", "@DB"}) << 2;
        QTest::newRow("sku update of an unknown SKU")
            << args({"sku", "update", "NOPE", "--name", "Nope", "--db", "@DB"}) << 3;
        QTest::newRow("sku update with a cost in tenths of cents")
            << args({"sku", "update", "A", "--unit-cost", "1.234", "--db", "@DB"}) << 2;
        QTest::newRow("location update with --lat alone")
            << args({"location", "update", "ST1", "--lat", "10", "--db", "@DB"}) << 2;
        QTest::newRow("location update of an unknown location")
            << args({"location", "update", "NOWHERE", "--name", "x", "--db", "@DB"}) << 3;
        QTest::newRow("order with a malformed --line")
            << args({"order", "create", "W-9", "--channel", "web", "--pickup", "ST1", "--line", "A:two", "--db", "@DB"})
            << 2;
        QTest::newRow("order with a malformed --ship-to")
            << args({"order", "create", "W-9", "--channel", "web", "--ship-to", "52.5", "--line", "A:1", "--db", "@DB"})
            << 2;
        QTest::newRow("order without a destination")
            << args({"order", "create", "W-9", "--channel", "web", "--line", "A:1", "--db", "@DB"}) << 2;
        QTest::newRow("order of an unknown SKU") << args({"order", "create", "W-9", "--channel", "web", "--pickup",
                                                          "ST1", "--line", "NOPE:1", "--db", "@DB"})
                                                 << 3;
        QTest::newRow("unknown order") << args({"order", "show", "W-404", "--db", "@DB"}) << 3;
        QTest::newRow("event on an unknown order") << args({"order", "fire", "W-404", "cancel", "--db", "@DB"}) << 3;
        QTest::newRow("order list of an unknown state")
            << args({"order", "list", "--state", "lost", "--db", "@DB"}) << 2;
        QTest::newRow("allocate without a plan or strategy") << args({"order", "allocate", "W-1", "--db", "@DB"}) << 2;
        QTest::newRow("allocate by an unknown strategy")
            << args({"order", "allocate", "W-1", "--strategy", "cheapest", "--db", "@DB"}) << 2;
        QTest::newRow("count session without a scope")
            << args({"count-session", "create", "--location", "ST1", "--db", "@DB"}) << 2;
        QTest::newRow("count session of two scopes")
            << args({"count-session", "create", "--location", "ST1", "--all", "--sku", "A", "--db", "@DB"}) << 2;
        QTest::newRow("count session of an unknown class")
            << args({"count-session", "create", "--location", "ST1", "--class", "D", "--db", "@DB"}) << 2;
        QTest::newRow("count session at an unknown location")
            << args({"count-session", "create", "--location", "NOWHERE", "--all", "--db", "@DB"}) << 3;
        QTest::newRow("count without --counted")
            << args({"count-session", "record", "1", "--sku", "A", "--db", "@DB"}) << 2;
        QTest::newRow("count in a session that is not a number")
            << args({"count-session", "record", "one", "--sku", "A", "--counted", "1", "--db", "@DB"}) << 2;
        QTest::newRow("count in an unknown session")
            << args({"count-session", "record", "999999", "--sku", "A", "--counted", "1", "--db", "@DB"}) << 3;
        QTest::newRow("reject without a reason")
            << args({"count-session", "reject", "1", "--line", "A", "--db", "@DB"}) << 2;
        QTest::newRow("recount without a line") << args({"count-session", "recount", "1", "--db", "@DB"}) << 2;
        QTest::newRow("approve an unknown session") << args({"count-session", "approve", "999999", "--db", "@DB"}) << 3;
        QTest::newRow("count sessions in an unknown state")
            << args({"count-session", "list", "--state", "lost", "--db", "@DB"}) << 2;
        QTest::newRow("server unreachable")
            << args({"stock", "--sku", "A", "--db", "postgresql://postgres@127.0.0.1:1/x"}) << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        SR_FIXTURE(f);
        const QString before = Tests::snapshot(*f.session);
        const Run run = ctl(f.withDb(arguments));
        SR_EXIT(run, exitCode);
        if (exitCode != 0) {
            QVERIFY2(!run.err.isEmpty() || arguments.isEmpty(), qPrintable(explain(run))); // says why
            QCOMPARE(Tests::snapshot(*f.session), before);                                 // and changed nothing
        }
    }

    void keyConflict()
    {
        SR_FIXTURE(f);
        const QStringList receive = f.withDb(args({"receive", "--sku", "A", "--location", "WH1", "--db", "@DB"}));
        const Run first = ctl(receive + args({"--qty", "2", "--key", "po-42"}));
        SR_EXIT(first, 0);
        const QString after = Tests::snapshot(*f.session);

        const Run conflict = ctl(receive + args({"--qty", "3", "--key", "po-42"}));
        SR_EXIT(conflict, 4);
        QVERIFY2(conflict.err.contains(QStringLiteral("po-42")), qPrintable(explain(conflict)));
        QCOMPARE(Tests::snapshot(*f.session), after);

        const Run replay = ctl(receive + args({"--qty", "2", "--key", "po-42"}));
        SR_EXIT(replay, 0);
        QVERIFY2(replay.out.contains(QStringLiteral("already applied")), qPrintable(explain(replay)));
        QCOMPARE(Tests::snapshot(*f.session), after);
        QCOMPARE(Tests::bucket(*f.api, A, WH1, QStringLiteral("on_hand")), 12);
    }

    void jsonOutput()
    {
        SR_FIXTURE(f);
        const Run reserve = ctl(f.withDb(args({"--json", "reserve", "--sku", "A", "--location", "ST1", "--qty", "2",
                                               "--order", "ORD-1", "--db", "@DB"})));
        SR_EXIT(reserve, 0);
        QCOMPARE(reserve.lines().size(), 1);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(reserve.lines().at(0).toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(explain(reserve)));
        const qint64 id = object.value(QStringLiteral("reservation")).toInteger();
        QVERIFY2(id > 0, qPrintable(explain(reserve)));
        QCOMPARE(object.value(QStringLiteral("order")).toString(), QStringLiteral("ORD-1"));
        QVERIFY(!object.value(QStringLiteral("key")).toString().isEmpty()); // the key it made, to retry with
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 2);

        const Run order = ctl(f.withDb(
            args({"reserve", "--order", "ORD-2", "--line", "A:ST1:1", "--line", "A:WH1:2", "--db", "@DB", "--json"})));
        SR_EXIT(order, 0);
        QCOMPARE(order.lines().size(), 1);
        QVERIFY(QJsonDocument::fromJson(order.lines().at(0).toUtf8())
                    .object()
                    .value(QStringLiteral("reservation"))
                    .toInteger() > id);

        const Run refused = ctl(
            f.withDb(args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "100", "--db", "@DB", "--json"})));
        SR_EXIT(refused, 3);
        QCOMPARE(refused.lines().size(), 1);
        const QJsonObject problem = QJsonDocument::fromJson(refused.lines().at(0).toUtf8()).object();
        QCOMPARE(problem.value(QStringLiteral("error")).toString(), QStringLiteral("refused"));
        QCOMPARE(problem.value(QStringLiteral("sqlstate")).toString(), QStringLiteral("SR001"));

        const Run ledger = ctl(f.withDb(args({"ledger", "--json", "--db", "@DB"})));
        SR_EXIT(ledger, 0);
        QCOMPARE(ledger.lines().size(), 2 + 1 + 2); // two receipts, one reservation, one order of two lines
        for (const QString &line : ledger.lines()) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
            QVERIFY2(doc.isObject(), qPrintable(line));
            QVERIFY(doc.object().contains(QStringLiteral("kind")));
        }
    }

    void optionsAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("first") << args(
            {"--db", "@DB", "--json", "reserve", "--sku", "A", "--location", "ST1", "--qty", "1"});
        QTest::newRow("between") << args(
            {"reserve", "--json", "--sku", "A", "--db", "@DB", "--location", "ST1", "--qty", "1"});
        QTest::newRow("last, with =") << args(
            {"reserve", "--sku", "A", "--location", "ST1", "--qty", "1", "--json", "--db=@DB"});
    }

    void optionsAnywhere()
    {
        QFETCH(QStringList, arguments);
        SR_FIXTURE(f);
        const Run run = ctl(f.withDb(arguments));
        SR_EXIT(run, 0);
        QCOMPARE(run.lines().size(), 1);
        QVERIFY2(QJsonDocument::fromJson(run.lines().at(0).toUtf8())
                         .object()
                         .value(QStringLiteral("reservation"))
                         .toInteger() > 0,
                 qPrintable(explain(run)));
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 1);
    }

    void rejectedCommandsChangeNothing()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->reserve(ReserveRequest{A, ST1, 4, 900, QStringLiteral("store"), {}}, QStringLiteral("held")));
        const QString before = Tests::snapshot(*f.session);
        const QList<std::pair<QStringList, int>> rejected = {
            {args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "7"}), 3},
            {args({"reserve", "--order", "O", "--line", "A:ST1:1", "--line", "A:WH1:11"}), 3},
            {args({"adjust", "--sku", "A", "--location", "ST1", "--delta", "-7", "--reason", "lost"}), 3},
            {args({"count", "--sku", "A", "--location", "ST1", "--counted", "3"}), 3},
            {args({"transfer", "ship", "--sku", "A", "--from", "ST1", "--to", "WH1", "--qty", "7"}), 3},
            {args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "2", "--key", "held"}), 4},
            {args({"release", "1", "--key", "held"}), 4},
            {args({"receive", "--sku", "A", "--location", "ST1", "--qty", "-1"}), 2},
            {args({"adjust", "--sku", "A", "--location", "ST1", "--delta", "5", "--reason", "lost"}), 2},
        };
        for (const auto &[arguments, code] : rejected) {
            const Run run = ctl(arguments + QStringList{QStringLiteral("--db"), f.url});
            QVERIFY2(run.exitCode == code, qPrintable(arguments.join(u' ') + u'\n' + explain(run)));
            QCOMPARE(Tests::snapshot(*f.session), before);
        }
        const Run verify = ctl({QStringLiteral("verify"), QStringLiteral("--db"), f.url});
        SR_EXIT(verify, 0);
    }

    void verify()
    {
        SR_FIXTURE(f);
        const Run consistent = ctl(f.withDb(args({"verify", "--db", "@DB"})));
        SR_EXIT(consistent, 0);
        QVERIFY2(consistent.out.contains(QStringLiteral("consistent")), qPrintable(explain(consistent)));
        const Run json = ctl(f.withDb(args({"verify", "--json", "--db", "@DB"})));
        SR_EXIT(json, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("consistent")).toBool(),
                 true);
        // What only a superuser could do, verify reports: exit 1 and the difference.
        QVERIFY(f.session->execScript(QStringLiteral("UPDATE ledger.stock_level SET on_hand = on_hand + 1")));
        const Run broken = ctl(f.withDb(args({"verify", "--db", "@DB"})));
        SR_EXIT(broken, 1);
        QVERIFY2(broken.out.contains(QStringLiteral("on_hand")), qPrintable(explain(broken)));
    }

    // A snapshot through the CLI: a malformed file exits 2 listing its errors with line and column and imports
    // nothing; a good one prints its snapshot and summary; approval posts the variance; drift exits 0 only when
    // nothing drifts; the variance report shows the reconciliation.
    void reconcile()
    {
        SR_FIXTURE(f);
        SR_EXIT(ctl(f.withDb(args({"reconcile", "source", "ERP", "--mapping", "sku=Item,location=Site,quantity=Qty",
                                   "--policy", "default=erp", "--db", "@DB"}))),
                0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() ? file.fileName() : QString();
        };
        const QString asOf = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString bad = write(QStringLiteral("bad.csv"), "Item,Site,Qty\nA,WH1,x\nA,WH1,2\nA,WH1,3\n");
        const Run rejected =
            ctl(f.withDb(QStringList{QStringLiteral("reconcile"), QStringLiteral("import"), bad,
                                     QStringLiteral("--source"), QStringLiteral("ERP"), QStringLiteral("--as-of"), asOf,
                                     QStringLiteral("--json"), QStringLiteral("--db"), kDb}));
        SR_EXIT(rejected, 2);
        const QJsonArray errors = QJsonDocument::fromJson(rejected.out.toUtf8()).object()[u"errors"_s].toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0)[u"line"_s].toInt(), 2);
        QCOMPARE(errors.at(0)[u"column"_s].toInt(), 3);
        QCOMPARE(errors.at(1)[u"line"_s].toInt(), 4);
        auto snapshots = f.session->rows(u"SELECT count(*) AS n FROM ledger.snapshot"_s);
        QVERIFY(snapshots);
        QCOMPARE(snapshots->at(0)[u"n"_s].toInteger(), 0);

        const QString good = write(QStringLiteral("good.csv"), "Item,Site,Qty\nA,WH1,7\n");
        const Run imported = ctl(f.withDb(
            QStringList{QStringLiteral("reconcile"), QStringLiteral("import"), good, QStringLiteral("--source"),
                        QStringLiteral("ERP"), QStringLiteral("--as-of"), asOf, QStringLiteral("--window"),
                        QStringLiteral("0"), QStringLiteral("--json"), QStringLiteral("--db"), kDb}));
        SR_EXIT(imported, 0);
        const QJsonObject result = QJsonDocument::fromJson(imported.out.toUtf8()).object();
        const QString snapshot = QString::number(result[u"snapshot"_s].toInteger());
        QCOMPARE(result[u"summary"_s][u"variance"_s].toInt(), 1);
        QCOMPARE(result[u"summary"_s][u"matched"_s].toInt(), 0);
        const Run shown = ctl(f.withDb(
            QStringList{QStringLiteral("reconcile"), QStringLiteral("show"), snapshot, QStringLiteral("--db"), kDb}));
        SR_EXIT(shown, 0);
        QVERIFY2(shown.out.contains(u"variance"_s), qPrintable(explain(shown)));
        SR_EXIT(
            ctl(f.withDb(QStringList{QStringLiteral("reconcile"), QStringLiteral("approve"), snapshot,
                                     QStringLiteral("--line"), QStringLiteral("A:WH1"), QStringLiteral("--db"), kDb})),
            0);
        const Run report = ctl(f.withDb(args({"report", "variance", "--location", "WH1", "--db", "@DB"})));
        SR_EXIT(report, 0);
        QVERIFY2(report.out.contains(u"reconciliation"_s), qPrintable(explain(report)));
        SR_EXIT(ctl(f.withDb(args({"report", "accuracy", "--from", "2025-01-01", "--db", "@DB"}))), 0);
        SR_EXIT(ctl(f.withDb(args({"report", "coverage", "--db", "@DB"}))), 0);

        SR_EXIT(ctl(f.withDb(args({"drift", "--db", "@DB"}))), 0);
        QVERIFY(f.session->execScript(QStringLiteral("UPDATE ledger.stock_level SET on_hand = on_hand + 1")));
        SR_OK(f.api->receive(A, WH1, 1, LedgerService::newKey()));
        // The outbox shows the receipt once every older transaction on the server has finished, and other tests'
        // may still be running: drift is asked again until it has seen it.
        Run drift = ctl(f.withDb(args({"drift", "--json", "--db", "@DB"})));
        for (QDeadlineTimer deadline(20000); drift.exitCode == 0 && !deadline.hasExpired();) {
            QThread::msleep(200);
            drift = ctl(f.withDb(args({"drift", "--json", "--db", "@DB"})));
        }
        SR_EXIT(drift, 1);
        QVERIFY2(drift.out.contains(u"first_divergent_movement"_s), qPrintable(explain(drift)));
    }

    void events()
    {
        SR_FIXTURE(f);
        SR_EXIT(ctl(f.withDb(args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "1", "--db", "@DB"}))), 0);
        // Events show once no older transaction on the server is still running.
        QStringList lines;
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired() && lines.size() < 3; QThread::msleep(50)) {
            const Run run = ctl(f.withDb(args({"events", "--json", "--after", "0", "--db", "@DB"})));
            SR_EXIT(run, 0);
            lines = run.lines();
        }
        QCOMPARE(lines.size(), 3); // two receipts in the fixture, one reservation
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        const QJsonObject last = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("event_type")).toString(), QStringLiteral("receive"));
        QCOMPARE(last.value(QStringLiteral("event_type")).toString(), QStringLiteral("reserve"));
        QCOMPARE(last.value(QStringLiteral("payload")).toObject().value(QStringLiteral("reserved")).toInteger(), 1);

        const QString firstId = QString::number(first.value(QStringLiteral("id")).toInteger());
        const Run after = ctl(f.withDb(
            QStringList{QStringLiteral("events"), QStringLiteral("--after"), firstId, QStringLiteral("--db"), kDb}));
        SR_EXIT(after, 0);
        QCOMPARE(after.lines().size(), 2);
        QVERIFY2(after.lines().at(1).contains(QStringLiteral("reserve")), qPrintable(explain(after)));
    }

    // The workstation's commands (transfer cancel, write-off and list, reservation list, bulk release, reasons,
    // SKU and location edits): exit codes and what --json prints.
    void workstationCommands()
    {
        SR_FIXTURE(f);
        auto shipped = f.api->transferShip(A, WH1, ST1, 5, LedgerService::newKey());
        SR_OK(shipped);
        const QString transfer = QString::number(shipped->value(QStringLiteral("transfer")).toInteger());
        auto json = [](const Run &run, int line = 0) {
            return QJsonDocument::fromJson(run.lines().value(line).toUtf8()).object();
        };

        const Run writeOff =
            ctl(f.withDb({QStringLiteral("transfer"), QStringLiteral("write-off"), transfer, QStringLiteral("--qty"),
                          QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("lost"),
                          QStringLiteral("--json"), QStringLiteral("--db"), kDb}));
        SR_EXIT(writeOff, 0);
        QCOMPARE(json(writeOff).value(QStringLiteral("written_off")).toInteger(), 2);
        QCOMPARE(json(writeOff).value(QStringLiteral("status")).toString(), QStringLiteral("in_transit"));

        const Run open =
            ctl(f.withDb(args({"transfer", "list", "--open", "--location", "ST1", "--json", "--db", "@DB"})));
        SR_EXIT(open, 0);
        QCOMPARE(open.lines().size(), 1);
        const QJsonObject row = json(open);
        QCOMPARE(QString::number(row.value(QStringLiteral("id")).toInteger()), transfer);
        QCOMPARE(row.value(QStringLiteral("sku")).toString(), A);
        QCOMPARE(row.value(QStringLiteral("from")).toString(), WH1);
        QCOMPARE(row.value(QStringLiteral("to")).toString(), ST1);
        QCOMPARE(row.value(QStringLiteral("shipped")).toInteger(), 5);
        QCOMPARE(row.value(QStringLiteral("received")).toInteger(), 0);
        QCOMPARE(row.value(QStringLiteral("written_off")).toInteger(), 2);
        QCOMPARE(row.value(QStringLiteral("in_transit")).toInteger(), 3);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("in_transit"));
        QCOMPARE(row.value(QStringLiteral("sku_name")).toString(), QStringLiteral("Anvil"));
        QVERIFY(row.contains(QStringLiteral("shipped_at")) && row.contains(QStringLiteral("shipped_by")) &&
                row.contains(QStringLiteral("last_change_at")));

        const QStringList cancel = f.withDb({QStringLiteral("transfer"), QStringLiteral("cancel"), transfer,
                                             QStringLiteral("--json"), QStringLiteral("--db"), kDb});
        const Run cancelled = ctl(cancel + args({"--key", "cancel-1"}));
        SR_EXIT(cancelled, 0);
        QCOMPARE(json(cancelled).value(QStringLiteral("cancelled")).toInteger(), 3);
        QCOMPARE(json(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const Run replayed = ctl(cancel + args({"--key", "cancel-1"}));
        SR_EXIT(replayed, 0);
        QVERIFY(json(replayed).value(QStringLiteral("replayed")).toBool());
        const Run again = ctl(cancel);
        SR_EXIT(again, 3);
        QCOMPARE(json(again).value(QStringLiteral("sqlstate")).toString(), QStringLiteral("SR005"));
        QCOMPARE(Tests::bucket(*f.api, A, WH1, QStringLiteral("on_hand")), 8);
        const Run none = ctl(f.withDb(args({"transfer", "list", "--open", "--json", "--db", "@DB"})));
        SR_EXIT(none, 0);
        QVERIFY2(none.lines().isEmpty(), qPrintable(explain(none)));
        const Run all = ctl(f.withDb(args({"transfer", "list", "--db", "@DB"})));
        SR_EXIT(all, 0);
        QCOMPARE(all.lines().size(), 2); // a header and the transfer
        QVERIFY2(all.lines().at(1).contains(QStringLiteral("cancelled")), qPrintable(explain(all)));

        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            auto held = f.api->reserve(ReserveRequest{A, ST1, 1, 900, QStringLiteral("store"), QStringLiteral("O")},
                                       LedgerService::newKey());
            SR_OK(held);
            ids << QString::number(held->value(QStringLiteral("reservation")).toInteger());
        }
        SR_OK(f.api->commit(ids.at(2).toLongLong(), LedgerService::newKey()));
        const Run listed = ctl(f.withDb(args({"reservation", "list", "--location", "ST1", "--json", "--db", "@DB"})));
        SR_EXIT(listed, 0);
        QCOMPARE(listed.lines().size(), 2);
        QCOMPARE(QString::number(json(listed).value(QStringLiteral("id")).toInteger()), ids.at(0));
        QCOMPARE(json(listed).value(QStringLiteral("quantity")).toInteger(), 1);
        QCOMPARE(json(listed).value(QStringLiteral("order_ref")).toString(), QStringLiteral("O"));
        QCOMPARE(json(listed).value(QStringLiteral("expired")).toBool(), false);
        QVERIFY(!json(listed).value(QStringLiteral("created_by")).toString().isEmpty());

        const Run released = ctl(
            f.withDb({QStringLiteral("release"), QStringLiteral("--many"), ids.join(u','), QStringLiteral("--reason"),
                      QStringLiteral("store closing"), QStringLiteral("--json"), QStringLiteral("--db"), kDb}));
        SR_EXIT(released, 0);
        QCOMPARE(json(released).value(QStringLiteral("released")).toArray().size(), 2);
        QCOMPARE(json(released).value(QStringLiteral("skipped")).toArray().size(), 1);
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 0);
        const Run human =
            ctl(f.withDb({QStringLiteral("release"), QStringLiteral("--many"), ids.join(u','),
                          QStringLiteral("--reason"), QStringLiteral("again"), QStringLiteral("--db"), kDb}));
        SR_EXIT(human, 0);
        QVERIFY2(human.out.contains(QStringLiteral("skipped")), qPrintable(explain(human)));

        const Run reasons = ctl(f.withDb(args({"reasons", "--json", "--db", "@DB"})));
        SR_EXIT(reasons, 0);
        QCOMPARE(reasons.lines().size(), 7);
        QCOMPARE(json(reasons, 6).value(QStringLiteral("code")).toString(), QStringLiteral("correction"));
        QCOMPARE(json(reasons, 6).value(QStringLiteral("needs_note")).toBool(), true);
        QCOMPARE(json(reasons, 0).value(QStringLiteral("direction")).toString(), QStringLiteral("out"));

        const Run sku = ctl(f.withDb(args({"sku", "update", "A", "--name", "Anvil, forged", "--barcode", "777",
                                           "--unit-cost", "9.99", "--json", "--db", "@DB"})));
        SR_EXIT(sku, 0);
        QCOMPARE(json(sku).value(QStringLiteral("name")).toString(), QStringLiteral("Anvil, forged"));
        QCOMPARE(json(sku).value(QStringLiteral("unit_cost")).toDouble(), 9.99);
        QCOMPARE(json(sku).value(QStringLiteral("barcodes")).toArray(), QJsonArray{QStringLiteral("777")});
        SR_EXIT(ctl(f.withDb(args({"sku", "add", "B", "--name", "Bucket", "--unit-cost", "3", "--db", "@DB"}))), 0);
        const Run taken = ctl(f.withDb(args({"sku", "update", "B", "--barcode", "777", "--db", "@DB"})));
        SR_EXIT(taken, 3);
        QVERIFY2(taken.err.contains(QStringLiteral("777")) && taken.err.contains(QStringLiteral("\"A\"")),
                 qPrintable(explain(taken)));
        const Run location =
            ctl(f.withDb(args({"location", "update", "ST1", "--region", "North", "--json", "--db", "@DB"})));
        SR_EXIT(location, 0);
        QCOMPARE(json(location).value(QStringLiteral("region")).toString(), QStringLiteral("North"));
        QCOMPARE(json(location).value(QStringLiteral("changed")).toBool(), true);

        SR_EXIT(ctl(f.withDb(args({"verify", "--db", "@DB"}))), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    // The order commands: an order through allocation, payment and picking to its cancellation, with --json,
    // a stale --expect (exit 3), a reused key (exit 4), the preview and the transition table.
    void orders()
    {
        SR_FIXTURE(f);
        auto json = [](const Run &run, int line = 0) {
            return QJsonDocument::fromJson(run.lines().value(line).toUtf8()).object();
        };
        auto states = [](const QJsonObject &order) {
            QStringList out{order.value(QStringLiteral("state")).toString()};
            for (const QJsonValue &f : order.value(QStringLiteral("fulfillments")).toArray())
                out << f.toObject().value(QStringLiteral("state")).toString();
            return out;
        };
        const QStringList create = f.withDb(args({"order", "create", "W-1", "--channel", "web", "--ship-to",
                                                  "53.48,-2.24", "--line", "A:3", "--json", "--db", "@DB"}));
        const Run created = ctl(create + args({"--key", "order-1"}));
        SR_EXIT(created, 0);
        QCOMPARE(json(created).value(QStringLiteral("ref")).toString(), QStringLiteral("W-1"));
        QCOMPARE(json(created).value(QStringLiteral("state")).toString(), QStringLiteral("created"));
        const QString afterCreate = Tests::snapshot(*f.session);
        const Run reused = ctl(f.withDb(args({"order", "create", "W-1", "--channel", "web", "--ship-to", "53.48,-2.24",
                                              "--line", "A:4", "--key", "order-1", "--db", "@DB"})));
        SR_EXIT(reused, 4);
        QVERIFY2(reused.err.contains(QStringLiteral("order-1")), qPrintable(explain(reused)));
        QCOMPARE(Tests::snapshot(*f.session), afterCreate);

        const Run shown = ctl(f.withDb(args({"order", "show", "W-1", "--channel", "web", "--json", "--db", "@DB"})));
        SR_EXIT(shown, 0);
        QCOMPARE(shown.lines().size(), 1);
        const QJsonObject order = json(shown);
        for (const char *key : {"ref", "state", "lines", "fulfillments", "history"})
            QVERIFY2(order.contains(QLatin1String(key)), key);
        QCOMPARE(order.value(QStringLiteral("lines")).toArray().at(0)[QStringLiteral("quantity")].toInteger(), 3);
        QCOMPARE(order.value(QStringLiteral("history")).toArray().size(), 1);
        const Run human = ctl(f.withDb(args({"order", "show", "W-1", "--db", "@DB"})));
        SR_EXIT(human, 0);
        QVERIFY2(human.out.contains(QStringLiteral("created")) && human.out.contains(QStringLiteral("Anvil")),
                 qPrintable(explain(human)));

        const Run listed = ctl(f.withDb(args({"order", "list", "--json", "--db", "@DB"})));
        SR_EXIT(listed, 0);
        QCOMPARE(listed.lines().size(), 1);
        QCOMPARE(json(listed).value(QStringLiteral("ref")).toString(), QStringLiteral("W-1"));
        QCOMPARE(json(listed).value(QStringLiteral("units")).toInteger(), 3);
        const Run none = ctl(f.withDb(args({"order", "list", "--state", "cancelled", "--json", "--db", "@DB"})));
        SR_EXIT(none, 0);
        QVERIFY2(none.lines().isEmpty(), qPrintable(explain(none)));

        const Run preview = ctl(f.withDb(args({"order", "allocate", "W-1", "--preview", "--json", "--db", "@DB"})));
        SR_EXIT(preview, 0);
        const QJsonArray plans = json(preview).value(QStringLiteral("plans")).toArray();
        QVERIFY2(!plans.isEmpty(), qPrintable(explain(preview)));
        for (const QJsonValue &plan : plans) {
            for (const char *key : {"strategy", "splits", "distance_km", "lines", "rejected"})
                QVERIFY2(plan.toObject().contains(QLatin1String(key)), key);
            const QJsonObject line = plan[QStringLiteral("lines")].toArray().at(0).toObject();
            QVERIFY(line.contains(QStringLiteral("sku")) && line.contains(QStringLiteral("location")) &&
                    line.contains(QStringLiteral("quantity")));
        }
        const Run readable = ctl(f.withDb(args({"order", "allocate", "W-1", "--preview", "--db", "@DB"})));
        SR_EXIT(readable, 0);
        QVERIFY2(readable.out.startsWith(QStringLiteral("1. ")) && readable.out.contains(QStringLiteral("not used: ")),
                 qPrintable(explain(readable)));
        QCOMPARE(Tests::snapshot(*f.session), afterCreate); // a preview changes nothing

        const Run allocated =
            ctl(f.withDb(args({"order", "allocate", "W-1", "--strategy", "fewest-splits", "--json", "--db", "@DB"})));
        SR_EXIT(allocated, 0);
        QCOMPARE(states(json(allocated)), (QStringList{QStringLiteral("allocated"), QStringLiteral("reserved")}));
        QCOMPARE(Tests::bucket(*f.api, A, WH1, QStringLiteral("reserved")) +
                     Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")),
                 3); // one location ships it whole
        const qint64 fulfillment =
            json(allocated).value(QStringLiteral("fulfillments")).toArray().at(0)[QStringLiteral("id")].toInteger();

        const QString afterAllocate = Tests::snapshot(*f.session);
        const Run stale = ctl(f.withDb(
            args({"order", "fire", "W-1", "authorize_payment", "--expect", "created", "--json", "--db", "@DB"})));
        SR_EXIT(stale, 3);
        QCOMPARE(json(stale).value(QStringLiteral("sqlstate")).toString(), QStringLiteral("SR005"));
        QCOMPARE(Tests::snapshot(*f.session), afterAllocate);
        const Run paid = ctl(f.withDb(
            args({"order", "fire", "W-1", "authorize_payment", "--expect", "allocated", "--json", "--db", "@DB"})));
        SR_EXIT(paid, 0);
        QCOMPARE(json(paid).value(QStringLiteral("state")).toString(), QStringLiteral("payment_authorized"));
        const Run picked =
            ctl(f.withDb({QStringLiteral("order"), QStringLiteral("fire"), QStringLiteral("W-1"),
                          QStringLiteral("pick"), QStringLiteral("--fulfillment"), QString::number(fulfillment),
                          QStringLiteral("--json"), QStringLiteral("--db"), kDb}));
        SR_EXIT(picked, 0);
        QCOMPARE(states(json(picked)), (QStringList{QStringLiteral("fulfilling"), QStringLiteral("picking")}));

        const Run cancelled =
            ctl(f.withDb(args({"order", "cancel", "W-1", "--reason", "customer called", "--db", "@DB"})));
        SR_EXIT(cancelled, 0);
        QVERIFY2(cancelled.out.contains(QStringLiteral("cancelled")), qPrintable(explain(cancelled)));
        QCOMPARE(Tests::bucket(*f.api, A, WH1, QStringLiteral("reserved")) +
                     Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")),
                 0);
        const Run again = ctl(f.withDb(args({"order", "cancel", "W-1", "--db", "@DB"})));
        SR_EXIT(again, 3);
        const Run gone = ctl(f.withDb(args({"order", "list", "--state", "cancelled", "--json", "--db", "@DB"})));
        SR_EXIT(gone, 0);
        QCOMPARE(gone.lines().size(), 1);

        const Run machine = ctl(f.withDb(args({"order", "machine", "--json", "--db", "@DB"})));
        SR_EXIT(machine, 0);
        QCOMPARE(machine.lines().size(), 1);
        const QJsonArray transitions = json(machine).value(QStringLiteral("transitions")).toArray();
        auto rows = f.session->rows(QStringLiteral("SELECT count(*) AS n FROM api.order_machine"));
        SR_OK(rows);
        QCOMPARE(transitions.size(), rows->at(0)[QStringLiteral("n")].toInteger());
        const QJsonObject first = transitions.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("machine")).toString(), QStringLiteral("order"));
        QCOMPARE(first.value(QStringLiteral("from")).toString(), QStringLiteral("created"));
        QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("allocate"));
        QCOMPARE(first.value(QStringLiteral("to")).toString(), QStringLiteral("allocated"));
        QCOMPARE(first.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("checkout"), QStringLiteral("manager")}));

        const Run dot = ctl(f.withDb(args({"order", "machine", "--dot", "--db", "@DB"})));
        SR_EXIT(dot, 0);
        QVERIFY2(dot.out.startsWith(QStringLiteral("digraph ")) && dot.out.trimmed().endsWith(u'}'),
                 qPrintable(explain(dot)));
        QCOMPARE(dot.out.count(u'{'), dot.out.count(u'}'));
        for (const char *cluster :
             {"subgraph cluster_order {", "subgraph cluster_fulfillment {", "subgraph cluster_return {"})
            QVERIFY2(dot.out.contains(QLatin1String(cluster)), cluster);
        QVERIFY2(dot.out.contains(QStringLiteral("order_created -> order_allocated [label=\"allocate\\n(checkout, "
                                                 "manager)\"];")),
                 qPrintable(explain(dot)));
        QCOMPARE(dot.out.count(QStringLiteral(" -> ")), transitions.size());

        SR_EXIT(ctl(f.withDb(args({"verify", "--db", "@DB"}))), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    // create → record → submit → review --json → approve, with the exit codes of a refused approval, a session in
    // the wrong state and a reused key; every refusal changes nothing.
    void countSessions()
    {
        SR_FIXTURE(f);
        auto json = [](const Run &run) {
            return QJsonDocument::fromJson(run.lines().value(0).toUtf8()).object();
        };
        const QStringList create = f.withDb(args({"count-session", "create", "--location", "ST1", "--sku", "A",
                                                  "--note", "aisle 3", "--json", "--db", "@DB"}));
        const Run created = ctl(create + args({"--key", "count-1"}));
        SR_EXIT(created, 0);
        const qint64 id = json(created).value(QStringLiteral("session")).toInteger();
        QVERIFY2(id > 0, qPrintable(explain(created)));
        QVERIFY(json(created).value(QStringLiteral("blind")).toBool());
        const QString session = QString::number(id);
        const QString afterCreate = Tests::snapshot(*f.session);
        const Run reused = ctl(f.withDb(
            args({"count-session", "create", "--location", "WH1", "--sku", "A", "--key", "count-1", "--db", "@DB"})));
        SR_EXIT(reused, 4);
        QVERIFY2(reused.err.contains(QStringLiteral("count-1")), qPrintable(explain(reused)));
        QCOMPARE(Tests::snapshot(*f.session), afterCreate);

        auto inSession = [&](const char *verb, const QStringList &more) {
            return ctl(f.withDb(QStringList{QStringLiteral("count-session"), QString::fromLatin1(verb), session,
                                            QStringLiteral("--db"), kDb} +
                                more));
        };
        const Run early = inSession("approve", args({"--json"}));
        SR_EXIT(early, 3); // still counting
        QCOMPARE(json(early).value(QStringLiteral("sqlstate")).toString(), QStringLiteral("SR005"));
        QCOMPARE(Tests::snapshot(*f.session), afterCreate);

        const Run recorded = inSession("record", args({"--sku", "A", "--counted", "8", "--area", "back", "--json"}));
        SR_EXIT(recorded, 0);
        QCOMPARE(json(recorded).value(QStringLiteral("line_state")).toString(), QStringLiteral("counted"));
        QCOMPARE(json(recorded).value(QStringLiteral("to_count")).toInteger(), 0);
        const Run sheet = inSession("sheet", {});
        SR_EXIT(sheet, 0);
        QVERIFY2(sheet.out.contains(QStringLiteral("Anvil")) && sheet.out.contains(QStringLiteral("aisle 3")),
                 qPrintable(explain(sheet)));
        const Run listed =
            ctl(f.withDb(args({"count-session", "list", "--state", "counting", "--json", "--db", "@DB"})));
        SR_EXIT(listed, 0);
        QCOMPARE(listed.lines().size(), 1);
        QCOMPARE(json(listed).value(QStringLiteral("counted")).toInteger(), 1);

        SR_EXIT(inSession("submit", {}), 0);
        // A sale between the count and its approval: it stays, and the count no longer covers the hold.
        SR_EXIT(ctl(f.withDb(args({"reserve", "--sku", "A", "--location", "ST1", "--qty", "9", "--db", "@DB"}))), 0);

        const Run review = inSession("review", args({"--json"}));
        SR_EXIT(review, 0);
        QCOMPARE(review.lines().size(), 1);
        const QJsonArray lines = json(review).value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = lines.at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("sku")).toString(), A);
        QCOMPARE(line.value(QStringLiteral("expected_at_count")).toInteger(), 10);
        QCOMPARE(line.value(QStringLiteral("counted")).toInteger(), 8);
        QCOMPARE(line.value(QStringLiteral("variance")).toInteger(), -2);
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(line.value(QStringLiteral("short_of_reserved")).toBool());
        const Run table = inSession("review", {});
        SR_EXIT(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("EXPECTED")) && table.out.contains(QStringLiteral("short of "
                                                                                                     "reserved")),
                 qPrintable(explain(table)));
        const Run outside = inSession("review", args({"--outside-tolerance", "--json"}));
        SR_EXIT(outside, 0);
        QVERIFY(json(outside).value(QStringLiteral("lines")).toArray().isEmpty());

        const QString beforeApproval = Tests::snapshot(*f.session);
        const Run refused = inSession("approve", args({"--json"}));
        SR_EXIT(refused, 3); // 8 on hand would be less than the 9 reserved
        QVERIFY2(refused.err.contains(QStringLiteral("A: 8 on hand")), qPrintable(explain(refused)));
        QCOMPARE(Tests::snapshot(*f.session), beforeApproval);

        const QStringList approve = args({"--release-holds", "--reason", "shelf count", "--key", "approve-1"});
        const Run approved = inSession("approve", approve);
        SR_EXIT(approved, 0);
        QVERIFY2(approved.out.contains(QStringLiteral("approved 1 line")) &&
                     approved.out.contains(QStringLiteral("closed")),
                 qPrintable(explain(approved)));
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("on_hand")), 8);
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 0);
        const QString afterApproval = Tests::snapshot(*f.session);
        const Run replayed = inSession("approve", approve);
        SR_EXIT(replayed, 0);
        QVERIFY2(replayed.out.contains(QStringLiteral("already applied")), qPrintable(explain(replayed)));
        SR_EXIT(inSession("approve", args({"--reason", "again", "--key", "approve-1"})), 4);
        SR_EXIT(inSession("approve", {}), 3); // closed
        SR_EXIT(inSession("record", args({"--sku", "A", "--counted", "1"})), 3);
        QCOMPARE(Tests::snapshot(*f.session), afterApproval);

        SR_EXIT(ctl(f.withDb(args({"verify", "--db", "@DB"}))), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    void transferShipPrintsTheTransfer()
    {
        SR_FIXTURE(f);
        const Run ship = ctl(f.withDb(
            args({"transfer", "ship", "--sku", "A", "--from", "WH1", "--to", "ST1", "--qty", "4", "--db", "@DB"})));
        SR_EXIT(ship, 0);
        const auto match = QRegularExpression(QStringLiteral("^transfer (\\d+):")).match(ship.out);
        QVERIFY2(match.hasMatch(), qPrintable(explain(ship)));
        const QString id = match.captured(1);
        auto transfers = f.session->rows(QStringLiteral("SELECT transfer, in_transit FROM api.transfers"));
        SR_OK(transfers);
        QCOMPARE(transfers->size(), 1);
        QCOMPARE(QString::number(transfers->at(0).toObject().value(QStringLiteral("transfer")).toInteger()), id);
        QCOMPARE(transfers->at(0).toObject().value(QStringLiteral("in_transit")).toInteger(), 4);

        SR_EXIT(ctl(f.withDb({QStringLiteral("transfer"), QStringLiteral("receive"), id, QStringLiteral("--qty"),
                              QStringLiteral("1"), QStringLiteral("--db"), kDb})),
                0);
        const Run rest =
            ctl(f.withDb({QStringLiteral("transfer"), QStringLiteral("receive"), id, QStringLiteral("--db"), kDb}));
        SR_EXIT(rest, 0);
        QVERIFY2(rest.out.contains(QStringLiteral("received 3")), qPrintable(explain(rest)));
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("on_hand")), 14);
        QCOMPARE(Tests::bucket(*f.api, A, WH1, QStringLiteral("on_hand")), 6);
        SR_VERIFY_LEDGER(*f.api);
    }

    // user add/assign/unassign/list: a login made with its password from stdin, assigned and listed; what is
    // wrong is said with the exit status of its kind, and nothing is made.
    void users()
    {
        const QString login = QStringLiteral("ctlclerk_%1").arg(QCoreApplication::applicationPid());
        const QString untouched = login + QStringLiteral("_not");
        const auto dropRoles = qScopeGuard([&] {
            Services::Session admin(Tests::TestDatabase::server(), QStringLiteral("drop"));
            admin.execScript(QStringLiteral("DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2").arg(login, untouched));
        });
        SR_FIXTURE(f);
        const auto roleExists = [&f](const QString &name) {
            auto rows = f.session->rows(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {name});
            return rows && !rows->isEmpty();
        };

        const Run badRole = ctl(f.withDb({u"user"_s, u"add"_s, untouched, u"--role"_s, u"boss"_s, u"--db"_s, kDb}));
        SR_EXIT(badRole, 2);
        QVERIFY2(
            badRole.err.contains(u"--role must be associate, manager, supervisor, checkout or admin, not \"boss\""_s),
            qPrintable(explain(badRole)));
        // No terminal to ask the password on, and none given: refused, nothing made.
        const Run noPassword = ctl(f.withDb({u"user"_s, u"add"_s, untouched, u"--role"_s, u"associate"_s,
                                             u"--location"_s, WH1, u"--db"_s, kDb}),
                                   QByteArray(""));
        SR_EXIT(noPassword, 2);
        QVERIFY2(noPassword.err.contains(u"--password-stdin"_s), qPrintable(explain(noPassword)));
        const Run shortPassword = ctl(f.withDb({u"user"_s, u"add"_s, untouched, u"--role"_s, u"associate"_s,
                                                u"--password-stdin"_s, u"--db"_s, kDb}),
                                      QByteArray("short\n"));
        SR_EXIT(shortPassword, 2);
        QVERIFY2(shortPassword.err.contains(u"at least 8 characters"_s), qPrintable(explain(shortPassword)));
        const Run unknownPlace = ctl(f.withDb({u"user"_s, u"add"_s, untouched, u"--role"_s, u"associate"_s,
                                               u"--location"_s, u"NOPE-1"_s, u"--password-stdin"_s, u"--db"_s, kDb}),
                                     QByteArray("long enough password\n"));
        SR_EXIT(unknownPlace, 3);
        QVERIFY2(unknownPlace.err.contains(u"NOPE-1"_s), qPrintable(explain(unknownPlace)));
        QVERIFY(!roleExists(untouched));

        const Run added =
            ctl(f.withDb({u"user"_s, u"add"_s, login, u"--role"_s, u"associate"_s, u"--location"_s, WH1, u"--channel"_s,
                          u"store"_s, u"--password-stdin"_s, u"--json"_s, u"--db"_s, kDb}),
                QByteArray("clerk password 1\n"));
        SR_EXIT(added, 0);
        const QJsonObject made = QJsonDocument::fromJson(added.lines().value(0).toUtf8()).object();
        QCOMPARE(made.value(u"login_created").toBool(), true);
        QCOMPARE(made.value(u"login").toString(), login);
        QVERIFY(roleExists(login));
        QVERIFY2(!added.out.contains(u"clerk password"_s) && !added.err.contains(u"clerk password"_s),
                 qPrintable(explain(added)));

        SR_EXIT(ctl(f.withDb({u"user"_s, u"assign"_s, login, u"--location"_s, ST1, u"--db"_s, kDb})), 0);
        SR_EXIT(ctl(f.withDb({u"user"_s, u"unassign"_s, login, u"--channel"_s, u"store"_s, u"--db"_s, kDb})), 0);
        SR_EXIT(ctl(f.withDb({u"user"_s, u"assign"_s, login, u"--db"_s, kDb})), 2);
        const Run unknownChannel =
            ctl(f.withDb({u"user"_s, u"assign"_s, login, u"--channel"_s, u"pigeon"_s, u"--db"_s, kDb}));
        SR_EXIT(unknownChannel, 3);
        QVERIFY2(unknownChannel.err.contains(u"pigeon"_s), qPrintable(explain(unknownChannel)));

        const Run listed = ctl(f.withDb({u"user"_s, u"list"_s, u"--json"_s, u"--db"_s, kDb}));
        SR_EXIT(listed, 0);
        QJsonObject row;
        for (const QString &line : listed.lines()) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            if (object.value(u"login").toString() == login)
                row = object;
        }
        QVERIFY2(!row.isEmpty(), qPrintable(explain(listed)));
        QCOMPARE(row.value(u"persona").toString(), u"associate"_s);
        QCOMPARE(row.value(u"locations").toArray(), (QJsonArray{ST1, WH1}));
        QCOMPARE(row.value(u"channels").toArray(), QJsonArray());
        QCOMPARE(row.value(u"all_channels").toBool(), false);
        QCOMPARE(row.value(u"may_connect").toBool(), true);
        const Run table = ctl(f.withDb({u"user"_s, u"list"_s, u"--db"_s, kDb}));
        SR_EXIT(table, 0);
        QVERIFY2(table.out.startsWith(u"LOGIN"_s) && table.out.contains(login + u"  associate"_s),
                 qPrintable(explain(table)));

        // Not an admin: the ledger refuses (exit 3).
        const Run associate = ctl({u"user"_s, u"list"_s, u"--db"_s, f.db.url(u"associate"_s)});
        SR_EXIT(associate, 3);
        QVERIFY2(associate.err.contains(u"permission denied"_s), qPrintable(explain(associate)));
    }
};

QTEST_GUILESS_MAIN(TestStockroomCtl)
#include "tst_stockroomctl.moc"
