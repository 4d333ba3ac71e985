// Snapshot reconciliation and the drift monitor (resources/migrations/0010_reconcile.sql, 0011) against a real
// PostgreSQL: a snapshot matched at its cutoff (a movement just after it and stock in transit are timing, and so are
// both together; unknown SKUs and locations are kept, damaged stock counted as on hand is a bucket difference, the
// rest and the rows the file lacks are variances), a malformed file rejected whole, approval once (a key replays,
// approval racing itself applies once, stock that moved since the review refuses the line and nothing is applied),
// the conflict policies, and a balance corrupted by hand found by the drift check with its first divergent movement
// and repaired by a compensating movement.

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <connection/session.h>
#include <functional>
#include <latch>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <map>
#include <memory>
#include <mutex>
#include <reconcile/reconcileservice.h>
#include <reconcile/snapshotcsv.h>
#include <testdatabase.h>
#include <thread>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;
using namespace Qt::StringLiterals;

namespace {

const QString W1 = QStringLiteral("W1");
const QString S1 = QStringLiteral("S1");
const QString kSupervisor = QStringLiteral("supervisor");
const QString kManager = QStringLiteral("manager");
const QStringList kSkus = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                           QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G")};
// Everything is received two hours before the cutoff; one loss is booked five seconds after it.
const QDateTime kCutoff = QDateTime::fromString(QStringLiteral("2025-06-01T12:00:00Z"), Qt::ISODate);

QString key()
{
    return LedgerService::newKey();
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

struct Fixture : Tests::LedgerFixture
{
    std::map<QString, std::unique_ptr<Session>> personas;
    std::map<QString, std::unique_ptr<ReconcileService>> services;

    QString setUp()
    {
        if (QString error = open(); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({W1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}})
              << api->addLocation({S1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}});
        for (const QString &sku : kSkus)
            steps << api->addSku(sku, QStringLiteral("Item ") + sku, {QStringLiteral("BC") + sku}, 10);
        if (QString error = at(QStringLiteral("2025-06-01 10:00:00+00")); !error.isEmpty())
            return error;
        for (const QString &sku : kSkus)
            steps << api->receive(sku, W1, 100, key());
        steps << api->receive(QStringLiteral("A"), S1, 20, key());
        auto damaged = session->run(QStringLiteral("SELECT api.adjust('D', 'W1', -5, 'damaged', NULL, ?)"), {key()});
        auto shipped = session->run(QStringLiteral("SELECT api.transfer_ship('E', 'W1', 'S1', 10, ?)"), {key()});
        if (QString error = at(QStringLiteral("2025-06-01 12:00:05+00")); !error.isEmpty())
            return error;
        auto late = session->run(QStringLiteral("SELECT api.adjust('A', 'W1', -3, 'lost', NULL, ?)"), {key()});
        if (QString error = at({}); !error.isEmpty())
            return error;
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        for (const auto *step : {&damaged, &shipped, &late}) {
            if (!*step)
                return step->error().message;
        }
        auto source = reconcile(kSupervisor)
                          .setSource(QStringLiteral("ERP"),
                                     {{QStringLiteral("sku"), QStringLiteral("Item")},
                                      {QStringLiteral("location"), QStringLiteral("Site")},
                                      {QStringLiteral("quantity"), QStringLiteral("Qty")}},
                                     {{QStringLiteral("default"), QStringLiteral("erp")},
                                      {QStringLiteral("store"), QStringLiteral("ledger")}},
                                     key());
        return source ? QString() : source.error().message;
    }

    // The ledger's clock (movement.at) for what the superuser's session writes next; empty: now again.
    QString at(const QString &time)
    {
        auto set = session->run(QStringLiteral("SELECT set_config('stockroom.seed_at', ?, false)"), {time});
        return set ? QString() : set.error().message;
    }

    Session &as(const QString &persona)
    {
        auto &entry = personas[persona];
        if (!entry)
            entry = std::make_unique<Session>(db.spec(persona), persona);
        return *entry;
    }

    ReconcileService &reconcile(const QString &persona)
    {
        auto &entry = services[persona];
        if (!entry)
            entry = std::make_unique<ReconcileService>(as(persona));
        return *entry;
    }

    Result<QJsonObject> import(const QByteArray &csv, const QString &source = QStringLiteral("ERP"),
                               int windowSeconds = 60)
    {
        auto mapping = reconcile(kSupervisor).mapping(source);
        if (!mapping)
            return mapping.error();
        const SnapshotCsv parsed = parseSnapshotCsv(csv, *mapping);
        if (!parsed.ok())
            return Error{Kind::Invalid, parsed.errors.constFirst().message, {}};
        return reconcile(kSupervisor)
            .import(source, kCutoff, QStringLiteral("snapshot.csv"), parsed.lines, windowSeconds, key());
    }

    qint64 get(const QString &sku, const QString &location, const char *bucket = "on_hand")
    {
        auto rows = session->rows(QStringLiteral("SELECT s.%1 AS q FROM ledger.stock_level s JOIN ledger.sku k ON "
                                                 "k.id = s.sku_id JOIN ledger.location l ON l.id = s.location_id "
                                                 "WHERE k.code = ? AND l.code = ?")
                                      .arg(QLatin1String(bucket)),
                                  {sku, location});
        return rows && !rows->isEmpty() ? rows->at(0)[QStringLiteral("q")].toInteger() : -1;
    }

    // "SKU@LOCATION class" per line of a review, in line order.
    static QStringList classes(const QJsonObject &review)
    {
        QStringList out;
        for (const QJsonValue &line : review.value(QStringLiteral("lines")).toArray())
            out << line[QStringLiteral("sku")].toString() + u'@' + line[QStringLiteral("location")].toString() + u' ' +
                       line[QStringLiteral("class")].toString();
        return out;
    }
};

// A: the ERP already booked the loss made 5 s after the cutoff (timing). B: matched. C: 10 short (variance). D: the
// ERP counts the 5 damaged as on hand (bucket). E: the ERP still counts the 10 shipped to S1 before the cutoff
// (timing). ZZ and X9: unknown. G by its barcode: matched. F at W1 is not in the file: a variance of -100.
const QByteArray kSnapshot = "Item,Site,Qty\n"
                             "A,W1,97\n"
                             "B,W1,100\n"
                             "C,W1,90\n"
                             "D,W1,100\n"
                             "E,W1,100\n"
                             "ZZ,W1,5\n"
                             "F,X9,1\n"
                             "BCG,W1,100\n";

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void classifiesAtTheCutoff()
    {
        SR_FIXTURE(f);
        auto imported = f.import(kSnapshot);
        SR_OK(imported);
        const QJsonObject summary = imported->value(QStringLiteral("summary")).toObject();
        QCOMPARE(integer(summary, "matched"), 2);
        QCOMPARE(integer(summary, "timing"), 2);
        QCOMPARE(integer(summary, "unknown"), 2);
        QCOMPARE(integer(summary, "bucket"), 1);
        QCOMPARE(integer(summary, "variance"), 2);
        QCOMPARE(integer(summary, "ledger_only"), 1);
        auto review = f.reconcile(kSupervisor).review(integer(*imported, "snapshot"), true);
        SR_OK(review);
        QCOMPARE(Fixture::classes(*review), QStringList({u"A@W1 timing"_s, u"B@W1 matched"_s, u"C@W1 variance"_s,
                                                         u"D@W1 bucket"_s, u"E@W1 timing"_s, u"ZZ@W1 unknown"_s,
                                                         u"F@X9 unknown"_s, u"G@W1 matched"_s, u"F@W1 variance"_s}));
        // The book is taken at the cutoff: A had 100 then (the loss came 5 s later).
        const QJsonObject a = review->value(QStringLiteral("lines")).toArray().at(0).toObject();
        QCOMPARE(integer(a, "book"), 100);
        QCOMPARE(integer(a, "theirs"), 97);
    }

    void aMovementJustAfterTheCutoffOutsideTheWindowIsAVariance()
    {
        SR_FIXTURE(f);
        auto imported = f.import("Item,Site,Qty\nA,W1,97\n", QStringLiteral("ERP"), 2);
        SR_OK(imported);
        auto review = f.reconcile(kSupervisor).review(integer(*imported, "snapshot"), true);
        SR_OK(review);
        // The rest of W1 is not in this file: variances of their own, after A's line.
        QCOMPARE(Fixture::classes(*review).value(0), u"A@W1 variance"_s);
    }

    // E: 10 shipped to S1 before the cutoff, 2 lost 10 s after it. The ERP counts both the stock in transit and the
    // loss: 98 against a book of 90. Neither the window (88 to 90) nor the transit (100) explains it alone; together
    // they do.
    void theWindowAndStockInTransitTogetherAreTiming()
    {
        SR_FIXTURE(f);
        QCOMPARE(f.at(QStringLiteral("2025-06-01 12:00:10+00")), QString());
        SR_OK(f.session->run(QStringLiteral("SELECT api.adjust('E', 'W1', -2, 'lost', NULL, ?)"), {key()}));
        QCOMPARE(f.at({}), QString());
        auto imported = f.import("Item,Site,Qty\nE,W1,98\n");
        SR_OK(imported);
        auto review = f.reconcile(kSupervisor).review(integer(*imported, "snapshot"), true);
        SR_OK(review);
        QCOMPARE(Fixture::classes(*review).value(0), u"E@W1 timing"_s);
        const QJsonObject e = review->value(QStringLiteral("lines")).toArray().at(0).toObject();
        QCOMPARE(integer(e, "book"), 90);
        QCOMPARE(integer(e, "line"), 2); // its line in the file
    }

    void approvesOnceWithItsKey()
    {
        SR_FIXTURE(f);
        auto imported = f.import(kSnapshot);
        SR_OK(imported);
        const qint64 snapshot = integer(*imported, "snapshot");
        const QString k = key();
        auto approved = f.reconcile(kSupervisor).approve(snapshot, QStringList{u"C@W1"_s}, k);
        SR_OK(approved);
        QCOMPARE(approved->value(QStringLiteral("approved")).toArray().size(), 1);
        QCOMPARE(f.get(u"C"_s, W1), 90);
        auto replayed = f.reconcile(kSupervisor).approve(snapshot, QStringList{u"C@W1"_s}, k);
        SR_OK(replayed);
        QVERIFY(replayed->value(QStringLiteral("replayed")).toBool());
        auto again = f.reconcile(kSupervisor).approve(snapshot, QStringList{u"C@W1"_s}, key());
        SR_OK(again);
        QCOMPARE(again->value(QStringLiteral("approved")).toArray().size(), 0);
        QCOMPARE(f.get(u"C"_s, W1), 90);
        auto movements = f.session->rows(
            QStringLiteral("SELECT count(*) AS n, min(reference) AS ref FROM ledger.movement WHERE reason = "
                           "'reconciliation'"));
        SR_OK(movements);
        QCOMPARE(movements->at(0)[u"n"_s].toInteger(), 1);
        QCOMPARE(movements->at(0)[u"ref"_s].toString(), QStringLiteral("snapshot %1 from ERP").arg(snapshot));
        SR_FAILS(f.reconcile(kSupervisor).approve(snapshot, QStringList{u"B@W1"_s}, key()), Kind::NotFound);
        SR_VERIFY_LEDGER(*f.api);
    }

    void stockMovedSinceTheReviewRefusesEveryLine()
    {
        SR_FIXTURE(f);
        auto imported = f.import(kSnapshot);
        SR_OK(imported);
        SR_OK(f.api->receive(u"F"_s, W1, 1, key()));
        auto refused = f.reconcile(kSupervisor).approve(integer(*imported, "snapshot"), std::nullopt, key());
        SR_FAILS(refused, Kind::Refused);
        QVERIFY2(refused.error().message.contains(u"F@W1: on_hand is 101 now, the review showed 100"),
                 qPrintable(refused.error().message));
        QCOMPARE(f.get(u"C"_s, W1), 100); // nothing applied
        QCOMPARE(f.get(u"F"_s, W1), 101);
    }

    void approvalRacingItselfAppliesOnce()
    {
        SR_FIXTURE(f);
        auto imported = f.import(kSnapshot);
        SR_OK(imported);
        const qint64 snapshot = integer(*imported, "snapshot");
        const ConnectionSpec spec = f.db.spec(kSupervisor);
        std::latch connected(2);
        std::latch go(1);
        std::mutex mutex;
        QList<Result<QJsonObject>> results;
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back([&] {
                Session s(spec, QStringLiteral("approver"));
                ReconcileService service(s);
                (void)s.open();
                connected.count_down();
                go.wait();
                auto result = service.approve(snapshot, std::nullopt, LedgerService::newKey());
                std::lock_guard lock(mutex);
                results << result;
            });
        }
        connected.wait();
        go.count_down();
        for (std::thread &thread : threads)
            thread.join();
        int applied = 0;
        for (const auto &result : results) {
            SR_OK(result);
            if (!result->value(QStringLiteral("approved")).toArray().isEmpty())
                ++applied;
        }
        QCOMPARE(applied, 1);
        QCOMPARE(f.get(u"C"_s, W1), 90);
        QCOMPARE(f.get(u"F"_s, W1), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    void conflictPolicies()
    {
        SR_FIXTURE(f);
        SR_OK(f.reconcile(kSupervisor)
                  .setSource(u"WMS"_s, {{u"sku"_s, u"sku"_s}, {u"location"_s, u"loc"_s}, {u"quantity"_s, u"qty"_s}},
                             {{u"default"_s, u"conservative"_s}, {u"S1"_s, u"ledger"_s}}, key()));
        // Conservative: the lower quantity wins (C lower: adjust down; B higher: keep). S1 by location: the ledger.
        auto imported = f.import("sku,loc,qty\nC,W1,80\nB,W1,120\nA,S1,5\n", u"WMS"_s);
        SR_OK(imported);
        auto review = f.reconcile(kSupervisor).review(integer(*imported, "snapshot"));
        SR_OK(review);
        QStringList decided;
        for (const QJsonValue &line : review->value(u"lines"_s).toArray()) {
            if (line[u"class"_s].toString() == u"variance")
                decided << line[u"sku"_s].toString() + u'@' + line[u"location"_s].toString() + u' ' +
                               line[u"policy"_s].toString() + u' ' + QString::number(line[u"proposed"_s].toInteger()) +
                               u' ' + line[u"state"_s].toString();
        }
        QVERIFY2(decided.contains(u"C@W1 conservative -20 proposed"_s), qPrintable(decided.join(u"; ")));
        QVERIFY2(decided.contains(u"B@W1 conservative 0 kept"_s), qPrintable(decided.join(u"; ")));
        QVERIFY2(decided.contains(u"A@S1 ledger 0 kept"_s), qPrintable(decided.join(u"; ")));
        SR_FAILS(f.reconcile(kSupervisor).setSource(u"BAD"_s, {{u"sku"_s, u"x"_s}}, {}, key()), Kind::Invalid);
    }

    void aMalformedFileIsRejectedWhole()
    {
        SR_FIXTURE(f);
        auto mapping = f.reconcile(kSupervisor).mapping(u"ERP"_s);
        SR_OK(mapping);
        const SnapshotCsv parsed = parseSnapshotCsv("Item,Site,Qty\nA,W1,x\nB,W1,5\nB,W1,6\n,W1,1\n", *mapping);
        QCOMPARE(parsed.errors.size(), 3);
        QCOMPARE(parsed.errors.at(0).line, 2);
        QCOMPARE(parsed.errors.at(0).column, 3);
        QVERIFY(parsed.lines.isEmpty());
        auto snapshots = f.session->rows(u"SELECT count(*) AS n FROM ledger.snapshot"_s);
        SR_OK(snapshots);
        QCOMPARE(snapshots->at(0)[u"n"_s].toInteger(), 0);
    }

    void driftIsFoundAndRepairedByACompensatingMovement()
    {
        SR_FIXTURE(f);
        // The outbox shows a transaction's events once every older transaction on the server has finished, and
        // other tests' may still be running: the check is repeated until it has seen the setup's events.
        const auto checkUntil = [&f](const std::function<bool(const QJsonObject &)> &done) {
            QJsonObject last;
            qint64 events = 0;
            QDeadlineTimer deadline(20000);
            do {
                auto checked = f.reconcile(kSupervisor).driftCheck();
                if (!checked)
                    return QJsonObject{{u"error"_s, checked.error().message}};
                last = *checked;
                events += integer(last, "events");
                last.insert(u"events"_s, events);
                if (done(last))
                    break;
                QThread::msleep(100);
            } while (!deadline.hasExpired());
            return last;
        };
        // Until the check has read every event written so far: other tests' open transactions may hold some back.
        const auto caughtUp = [&f] {
            auto rows = f.session->rows(u"SELECT (SELECT last_id FROM ledger.drift_state) >= "
                                        "(SELECT max(id) FROM ledger.outbox) AS done"_s);
            return rows && !rows->isEmpty() && rows->at(0)[u"done"_s].toBool();
        };
        const QJsonObject clean =
            checkUntil([&caughtUp](const QJsonObject &r) { return integer(r, "events") > 0 && caughtUp(); });
        QCOMPARE(integer(clean, "open"), 0);
        QVERIFY2(integer(clean, "events") > 0, qPrintable(Tests::toText(clean)));
        // Corrupt a balance as the owner, then a movement on the row puts it in the outbox.
        SR_OK(f.session->run(u"UPDATE ledger.stock_level SET on_hand = on_hand + 7 WHERE sku_id = "
                             "(SELECT id FROM ledger.sku WHERE code = 'B')"_qs));
        SR_OK(f.api->receive(u"B"_s, W1, 1, key()));
        auto newest = f.session->rows(u"SELECT max(id) AS id FROM ledger.movement"_s);
        SR_OK(newest);
        const QJsonObject checked = checkUntil([](const QJsonObject &r) { return integer(r, "events") >= 1; });
        QCOMPARE(integer(checked, "events"), 1);
        QCOMPARE(integer(checked, "open"), 1);
        auto drift = f.reconcile(kSupervisor).drift();
        SR_OK(drift);
        QCOMPARE(drift->size(), 1);
        const QJsonObject finding = drift->at(0).toObject();
        QCOMPARE(finding[u"sku"_s].toString(), u"B"_s);
        QCOMPARE(finding[u"bucket"_s].toString(), u"on_hand"_s);
        QCOMPARE(integer(finding, "balance"), 108);
        QCOMPARE(integer(finding, "expected"), 101);
        QCOMPARE(finding[u"first_divergent_movement"_s].toInteger(), newest->at(0)[u"id"_s].toInteger());
        // Nothing new: nothing checked again.
        auto idle = f.reconcile(kSupervisor).driftCheck();
        SR_OK(idle);
        QCOMPARE(integer(*idle, "events"), 0);
        SR_FAILS(f.reconcile(kManager).driftRepair(u"B"_s, W1, u"on_hand"_s, {}, key()), Kind::Invalid);
        auto repaired = f.reconcile(kManager).driftRepair(u"B"_s, W1, u"on_hand"_s, u"balance edited by hand"_s, key());
        SR_OK(repaired);
        QCOMPARE(integer(*repaired, "compensation"), 7);
        QCOMPARE(f.get(u"B"_s, W1), 108); // the balance is not overwritten
        SR_VERIFY_LEDGER(*f.api);
        auto after = f.reconcile(kSupervisor).drift();
        SR_OK(after);
        QCOMPARE(after->size(), 0);
    }

    // Shrinkage reads closed days from the refresh's roll-up and the days since from the movements: the figures are
    // the same before and after a refresh, a loss backdated into a rolled-up day counts after the next refresh, and
    // today's loss at once. Coverage reads the classes the refresh kept.
    void dashboardRefreshKeepsShrinkageExact()
    {
        SR_FIXTURE(f);
        const auto lost = [&f]() -> qint64 {
            auto rows = f.as(kSupervisor)
                            .rows(u"SELECT coalesce(sum(units_lost), 0) AS n FROM api.shrinkage "
                                  "WHERE day > current_date - 10 AND location = 'W1'"_qs);
            return rows && !rows->isEmpty() ? rows->at(0)[u"n"_s].toInteger() : -1;
        };
        const auto loseAt = [&f](const QString &when, int units) {
            QCOMPARE(f.at(when), QString());
            SR_OK(f.session->run(u"SELECT api.adjust('B', 'W1', ?, 'lost', NULL, ?)"_s, {-units, key()}));
            QCOMPARE(f.at({}), QString());
        };
        const auto daysAgo = [](int days) {
            return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
        };
        loseAt(daysAgo(5), 2);
        QCOMPARE(lost(), 2);
        auto refreshed = f.as(kSupervisor).callJson(u"SELECT api.dashboard_refresh()::text"_s);
        SR_OK(refreshed);
        QCOMPARE(refreshed->value(u"abc"_s).toBool(), true);
        QCOMPARE(lost(), 2);
        auto rolled = f.session->rows(u"SELECT coalesce(sum(units_lost), 0) AS n FROM ledger.shrink_day"_s);
        SR_OK(rolled);
        QCOMPARE(rolled->at(0)[u"n"_s].toInteger(), 5); // the fixture's loss of 3 on its cutoff day too

        loseAt(daysAgo(4), 3);
        QCOMPARE(lost(), 2);
        SR_OK(f.as(kSupervisor).callJson(u"SELECT api.dashboard_refresh()::text"_s));
        QCOMPARE(lost(), 5);
        SR_OK(f.session->run(u"SELECT api.adjust('B', 'W1', -1, 'theft', NULL, ?)"_s, {key()}));
        QCOMPARE(lost(), 6);

        auto coverage = f.as(kSupervisor).rows(u"SELECT sum(rows) AS n FROM api.count_coverage"_s);
        SR_OK(coverage);
        QCOMPARE(coverage->at(0)[u"n"_s].toInteger(), 9); // seven SKUs at W1, A and E at S1
        SR_FAILS(f.as(u"associate"_s).callJson(u"SELECT api.dashboard_refresh()::text"_s), Kind::PermissionDenied);
    }

    void dashboardViewsReadAsSupervisor()
    {
        SR_FIXTURE(f);
        SR_OK(f.import(kSnapshot));
        for (const char *view :
             {"count_accuracy", "variance_by_reason", "shrinkage", "count_coverage", "counts_per_day",
              "open_discrepancies", "snapshot_summary", "snapshot_lines", "drift"}) {
            auto rows = f.as(kSupervisor).rows(QStringLiteral("SELECT * FROM api.%1").arg(QLatin1String(view)));
            QVERIFY2(bool(rows), qPrintable(QLatin1String(view) + u": " + rows.errorMessage()));
        }
        auto open = f.as(kSupervisor)
                        .rows(u"SELECT count(*) AS n FROM api.open_discrepancies WHERE kind = "
                              "'snapshot_variance'"_qs);
        SR_OK(open);
        QCOMPARE(open->at(0)[u"n"_s].toInteger(), 2);
        SR_FAILS(f.as(u"associate"_s).rows(u"SELECT * FROM api.snapshot_summary"_s), Kind::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
