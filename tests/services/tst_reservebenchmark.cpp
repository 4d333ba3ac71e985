// The rules floor of `stockroomctl bench reserve` (resources/bench/floor_reserve.sql) against a real server: it is
// the bare statement (same stock row update, same movement and outbox columns) plus one idempotency record holding
// the request and the result and one reservation row the movement points at; a refused update writes nothing at all
// and reports no row, as the benchmark's clients expect. A short run of the benchmark has a floor phase in the
// reserve-only and hot cases (not in the cycle), its ratios, its JSON fields, and the hot case's uncontended ceiling.

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <bench/benchsupport.h>
#include <bench/reservebenchmark.h>
#include <connection/session.h>
#include <iterator>
#include <testdatabase.h>
#include <utility>
#include <vector>

using namespace Stockroom;
using namespace Stockroom::Services;

namespace {

// One row of a query as JSON (the first, or an empty object), without the columns named in drop.
QJsonObject firstRow(Session &session, const QString &sql, const QStringList &drop = {})
{
    auto rows = session.rows(sql);
    if (!rows || rows->isEmpty())
        return {};
    QJsonObject row = rows->first().toObject();
    for (const QString &column : drop)
        row.remove(column);
    return row;
}

qint64 count(Session &session, const QString &table)
{
    auto rows = session.rows(QStringLiteral("SELECT count(*) AS n FROM %1").arg(table));
    return rows && !rows->isEmpty() ? rows->first().toObject().value(u"n").toInteger() : -1;
}

} // namespace

class TestReserveBenchmark final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floorIsBarePlusTheRulesRows()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session session(db.spec(), QStringLiteral("test-floor"));
        QVERIFY(session.execScript(Bench::sql(QStringLiteral("bare_schema"))).ok());
        QVERIFY(session
                    .run(QStringLiteral("INSERT INTO bench_bare.stock_level (sku_id, location_id, on_hand) "
                                        "VALUES (1, 1, 10), (2, 1, 10), (3, 1, 0)"))
                    .ok());
        const QString bare = Bench::sql(QStringLiteral("bare_reserve"));
        const QString floor = Bench::sql(QStringLiteral("floor_reserve"));
        QVERIFY(!bare.isEmpty() && !floor.isEmpty());

        // The parameters the benchmark's clients bind.
        auto ranBare = session.run(bare, {1, qint64(1), QStringLiteral("k-bare")});
        QVERIFY2(ranBare.ok(), qPrintable(ranBare.errorMessage()));
        QCOMPARE(ranBare.value()->numRowsAffected(), 1);
        auto ranFloor = session.run(floor, {2, qint64(1), QStringLiteral("k-floor"), 600, QStringLiteral("store"),
                                            QStringLiteral("BENCH-0000002"), QStringLiteral("BENCH")});
        QVERIFY2(ranFloor.ok(), qPrintable(ranFloor.errorMessage()));
        QCOMPARE(ranFloor.value()->numRowsAffected(), 1);

        // Like for like: the same stock row change, movement and outbox event, the movement carrying the reservation.
        const QStringList volatileColumns{QStringLiteral("updated_at"), QStringLiteral("at"), QStringLiteral("id"),
                                          QStringLiteral("tx"), QStringLiteral("created_at")};
        auto stockOf = [&](int sku) {
            return firstRow(session, QStringLiteral("SELECT * FROM bench_bare.stock_level WHERE sku_id = %1").arg(sku),
                            volatileColumns + QStringList{QStringLiteral("sku_id")});
        };
        QCOMPARE(stockOf(2), stockOf(1));
        QCOMPARE(stockOf(2).value(u"reserved").toInteger(), 1);
        QCOMPARE(stockOf(2).value(u"version").toInteger(), 1);
        auto movementOf = [&](int sku) {
            return firstRow(session, QStringLiteral("SELECT * FROM bench_bare.movement WHERE sku_id = %1").arg(sku),
                            volatileColumns + QStringList{QStringLiteral("sku_id"), QStringLiteral("idempotency_key"),
                                                          QStringLiteral("reservation_id")});
        };
        QCOMPARE(movementOf(2), movementOf(1));
        QCOMPARE(movementOf(2).value(u"kind").toString(), QStringLiteral("reserve"));
        auto eventOf = [&](int sku) {
            QJsonObject event =
                firstRow(session, QStringLiteral("SELECT * FROM bench_bare.outbox WHERE aggregate = '%1@1'").arg(sku),
                         volatileColumns + QStringList{QStringLiteral("aggregate")});
            QJsonObject payload = QJsonDocument::fromJson(event.value(u"payload").toString().toUtf8()).object();
            payload.remove(QStringLiteral("sku"));
            event.insert(QStringLiteral("payload"), payload);
            return event;
        };
        QCOMPARE(eventOf(2), eventOf(1));
        QCOMPARE(eventOf(2).value(u"payload").toObject().value(u"available").toInteger(), 9);

        // The rules' two rows: the reservation, and the key holding request and result.
        QCOMPARE(count(session, QStringLiteral("bench_bare.reservation")), 1);
        QCOMPARE(count(session, QStringLiteral("bench_bare.idempotency")), 1);
        const QJsonObject reservation =
            firstRow(session, QStringLiteral(
                                  "SELECT status, channel, order_ref IS NULL AS no_order, resolved_at IS NULL AS open, "
                                  "actor = session_user AS mine FROM bench_bare.reservation"));
        QCOMPARE(reservation.value(u"status").toString(), QStringLiteral("active"));
        QCOMPARE(reservation.value(u"channel").toString(), QStringLiteral("store"));
        QVERIFY(reservation.value(u"no_order").toBool());
        QVERIFY(reservation.value(u"open").toBool());
        QVERIFY(reservation.value(u"mine").toBool());
        const QJsonObject pointed = firstRow(
            session, QStringLiteral("SELECT m.reservation_id = r.id AS same, r.expires_at - r.created_at AS ttl, "
                                    "i.request, i.result, i.operation, i.result->>'reservation' = r.id::text AS kept, "
                                    "(i.result->>'expires_at')::timestamptz = r.expires_at AS expires "
                                    "FROM bench_bare.movement m, bench_bare.reservation r, bench_bare.idempotency i "
                                    "WHERE m.sku_id = 2 AND i.key = 'k-floor' AND m.idempotency_key = i.key"));
        QVERIFY(pointed.value(u"same").toBool());
        QVERIFY(pointed.value(u"kept").toBool());
        QVERIFY(pointed.value(u"expires").toBool());
        QCOMPARE(pointed.value(u"ttl").toString(), QStringLiteral("00:10:00"));
        QCOMPARE(pointed.value(u"operation").toString(), QStringLiteral("reserve"));
        const QJsonObject request = QJsonDocument::fromJson(pointed.value(u"request").toString().toUtf8()).object();
        QCOMPARE(request, (QJsonObject{{QStringLiteral("sku"), QStringLiteral("BENCH-0000002")},
                                       {QStringLiteral("location"), QStringLiteral("BENCH")},
                                       {QStringLiteral("quantity"), 1},
                                       {QStringLiteral("ttl"), 600},
                                       {QStringLiteral("channel"), QStringLiteral("store")}}));
        QJsonObject result = QJsonDocument::fromJson(pointed.value(u"result").toString().toUtf8()).object();
        QVERIFY(result.contains(u"reservation"));
        QVERIFY(result.contains(u"expires_at"));
        result.remove(QStringLiteral("reservation"));
        result.remove(QStringLiteral("expires_at"));
        QCOMPARE(result, (QJsonObject{{QStringLiteral("sku"), QStringLiteral("BENCH-0000002")},
                                      {QStringLiteral("location"), QStringLiteral("BENCH")},
                                      {QStringLiteral("quantity"), 1},
                                      {QStringLiteral("available"), 9}}));

        // Refused (no stock on row 3, too little on row 2): no row reported, nothing written, no id drawn.
        const QString tables[] = {QStringLiteral("bench_bare.movement"), QStringLiteral("bench_bare.outbox"),
                                  QStringLiteral("bench_bare.reservation"), QStringLiteral("bench_bare.idempotency")};
        std::vector<qint64> before;
        for (const QString &table : tables)
            before.push_back(count(session, table));
        const QJsonObject stock = firstRow(session, QStringLiteral("SELECT sum(reserved) AS r, sum(version) AS v FROM "
                                                                   "bench_bare.stock_level"));
        for (const auto &[sku, quantity] : {std::pair{3, qint64(1)}, std::pair{2, qint64(10)}}) {
            auto refused = session.run(floor, {sku, quantity, QStringLiteral("k-refused-%1").arg(sku), 600,
                                               QStringLiteral("store"), QStringLiteral("BENCH-000000%1").arg(sku),
                                               QStringLiteral("BENCH")});
            QVERIFY2(refused.ok(), qPrintable(refused.errorMessage()));
            QCOMPARE(refused.value()->numRowsAffected(), 0);
        }
        for (size_t i = 0; i < std::size(tables); ++i)
            QCOMPARE(count(session, tables[i]), before[i]);
        QCOMPARE(firstRow(session, QStringLiteral("SELECT sum(reserved) AS r, sum(version) AS v FROM "
                                                  "bench_bare.stock_level")),
                 stock);
        auto next = session.rows(QStringLiteral("SELECT nextval('bench_bare.reservation_id_seq') AS n"));
        QVERIFY(next.ok());
        QCOMPARE(next->first().toObject().value(u"n").toInteger(), 2);
    }

    void runMeasuresTheFloor()
    {
        Tests::TestDatabase db; // the server is there and migrated
        STOCKROOM_REQUIRE_DB(db);
        ReserveBenchmarkOptions options;
        options.clients = 2;
        options.seconds = 1;
        options.skus = 20; // 10 per client: the uncontended ceiling is printed
        options.hotSku = true;
        options.slotCount = 2;
        options.drainStock = 20;
        options.database = db.name() + QStringLiteral("_bench");
        auto run = ReserveBenchmark(Tests::TestDatabase::server(), options).run();
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        const ReserveBenchmarkResult &r = run.value();
        QCOMPARE(r.differences(), 0);
        QVERIFY(r.hot.has_value());
        QVERIFY(!r.cycle.floor.has_value());
        QCOMPARE(r.cycle.floorRatio(), 0.0);
        for (const BenchCase *c : {&r.reserveOnly, &*r.hot}) {
            QVERIFY2(c->floor.has_value(), qPrintable(c->name()));
            const BenchPhase &f = *c->floor;
            QVERIFY2(f.errors == 0 && f.firstError.isEmpty(), qPrintable(f.firstError));
            QVERIFY(f.calls > 0);
            QCOMPARE(f.seconds, c->bare.seconds); // each side ran as long
            QCOMPARE(f.seconds, c->stockroom.seconds);
            QVERIFY(f.p50Ms > 0);
            QVERIFY(f.walBytesPerOp() > 0);
            QVERIFY(c->floorRatio() > 0);
            QVERIFY(c->ofFloor() > 0);
            // Every floor statement wrote its key and its reservation (those past the deadline too).
            for (const QString &name :
                 {QStringLiteral("bench_bare.idempotency"), QStringLiteral("bench_bare.reservation")}) {
                const auto t = std::find_if(c->tables.begin(), c->tables.end(),
                                            [&](const BenchTable &table) { return table.name == name; });
                QVERIFY2(t != c->tables.end(), qPrintable(name));
                QVERIFY2(t->inserted >= f.calls, qPrintable(name));
            }
            const QJsonObject json = c->toJson();
            QCOMPARE(json.value(u"floor").toObject().value(u"calls").toInteger(), f.calls);
            QCOMPARE(json.value(u"floor_ratio").toDouble(), c->floorRatio());
            QCOMPARE(json.value(u"of_floor").toDouble(), c->ofFloor());
        }
        QVERIFY(!r.cycle.toJson().contains(u"floor"));
        const QJsonObject json = r.toJson();
        QVERIFY(json.value(u"reserve_only_floor_ratio").toDouble() > 0);
        QVERIFY(json.value(u"reserve_only_ratio").toDouble() > 0); // as before
        QVERIFY(json.value(u"hot_ratio").toDouble() > 0);
        QVERIFY(r.hotUncontendedCeiling().has_value());
        QCOMPARE(json.value(u"hot_uncontended_ceiling").toDouble(),
                 r.reserveOnly.stockroom.callsPerSecond() / r.hot->bare.callsPerSecond());
        QVERIFY(*r.hotUncontendedCeiling() > 0);

        // Fewer than 10 SKUs per client: no ceiling.
        ReserveBenchmarkResult few = r;
        few.options.clients = 3;
        QVERIFY(!few.hotUncontendedCeiling().has_value());
        QVERIFY(!few.toJson().contains(u"hot_uncontended_ceiling"));
    }
};

QTEST_GUILESS_MAIN(TestReserveBenchmark)
#include "tst_reservebenchmark.moc"
