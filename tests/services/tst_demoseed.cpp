// The demo data set (resources/demo/seed.sql) as `stockroom --demo` and `stockroomctl init --demo` seed it: a
// consistent ledger with 90 days of history, orders in every state of their machines, what the views need to show
// something, and nothing new the second time.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <connection/session.h>
#include <ledger/demoseeder.h>
#include <ledger/ledgerservice.h>
#include <ledgertest.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

class TestDemoSeed : public QObject
{
    Q_OBJECT

    QJsonObject row(Session &session, const QString &sql)
    {
        auto rows = session.rows(sql);
        if (!rows || rows->isEmpty())
            return {{QStringLiteral("error"), rows ? QStringLiteral("no row") : rows.error().message}};
        return rows->at(0).toObject();
    }

    // Every order, fulfillment and return with its state and when it got there, and how much history there is.
    QString orderSnapshot(Session &session)
    {
        return Tests::toText(row(
            session,
            QStringLiteral("SELECT (SELECT coalesce(jsonb_agg(jsonb_build_array(o.ref, o.channel, o.state, o.version,"
                           "   extract(epoch FROM o.state_since)) ORDER BY o.id), '[]')"
                           "   FROM ledger.customer_order o)::text AS orders,"
                           " (SELECT coalesce(jsonb_agg(jsonb_build_array(f.id, f.state,"
                           "   extract(epoch FROM f.state_since)) ORDER BY f.id), '[]')"
                           "   FROM ledger.fulfillment f)::text AS fulfillments,"
                           " (SELECT coalesce(jsonb_agg(jsonb_build_array(r.id, r.state,"
                           "   extract(epoch FROM r.state_since)) ORDER BY r.id), '[]')"
                           "   FROM ledger.order_return r)::text AS returns,"
                           " (SELECT count(*) FROM ledger.order_history) AS history")));
    }

private slots:
    void seedsAConsistentHistoryOnce()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session session(db.spec(), QStringLiteral("demo"));
        LedgerService api(session);

        QStringList steps;
        QElapsedTimer clock;
        clock.start();
        auto seeded = DemoSeeder(session).seed([&](int step, int count, const QString &title) {
            if (step < count)
                steps << title;
        });
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        qInfo("seeded the demo data in %lld ms: %s", clock.elapsed(), qPrintable(steps.join(QStringLiteral(", "))));
        SR_VERIFY_LEDGER(api);

        // The catalogue: about 3,000 SKUs in departments, readable codes, one valid EAN-13 and a unit cost each.
        const QJsonObject catalogue = row(
            session,
            QStringLiteral("SELECT count(*) AS skus, count(DISTINCT split_part(code, '-', 1)) AS departments,"
                           " count(*) FILTER (WHERE code !~ '^[A-Z]{3}-[0-9]{5}$') AS odd_codes,"
                           " count(*) FILTER (WHERE unit_cost IS NULL OR unit_cost <= 0) AS without_cost,"
                           " count(*) FILTER (WHERE cardinality(barcodes) <> 1 OR barcodes[1] !~ '^[0-9]{13}$'"
                           "   OR right(barcodes[1], 1)::int <> (10 - (SELECT sum(substr(barcodes[1], k, 1)::int"
                           "       * CASE WHEN k % 2 = 0 THEN 3 ELSE 1 END) FROM generate_series(1, 12) k) % 10) % 10)"
                           "   AS bad_barcodes,"
                           " count(DISTINCT name) AS names FROM api.skus"));
        QVERIFY2(catalogue.value(u"skus").toInteger() >= 2800 && catalogue.value(u"skus").toInteger() <= 3200,
                 qPrintable(Tests::toText(catalogue)));
        QVERIFY2(catalogue.value(u"departments").toInteger() >= 6, qPrintable(Tests::toText(catalogue)));
        QCOMPARE(catalogue.value(u"odd_codes").toInteger(), 0);
        QCOMPARE(catalogue.value(u"without_cost").toInteger(), 0);
        QCOMPARE(catalogue.value(u"bad_barcodes").toInteger(), 0);
        QCOMPARE(catalogue.value(u"names").toInteger(), catalogue.value(u"skus").toInteger());

        // The stock view at its usual scale, with something behind each of its filters and buckets.
        const QJsonObject stock = row(
            session, QStringLiteral("SELECT count(*) AS rows, count(*) FILTER (WHERE safety_stock > 0) AS safety,"
                                    " count(*) FILTER (WHERE safety_stock > 0 AND available < safety_stock) AS below,"
                                    " count(*) FILTER (WHERE damaged > 0) AS damaged,"
                                    " count(*) FILTER (WHERE inbound > 0) AS inbound,"
                                    " count(*) FILTER (WHERE reserved > 0) AS reserved FROM api.stock"));
        const qint64 rows = stock.value(u"rows").toInteger();
        QVERIFY2(rows >= 15000 && rows <= 17500, qPrintable(Tests::toText(stock)));
        const qint64 below = stock.value(u"below").toInteger();
        QVERIFY2(below * 100 >= rows * 3 && below * 100 <= rows * 8, qPrintable(Tests::toText(stock)));
        QVERIFY2(stock.value(u"safety").toInteger() > below, qPrintable(Tests::toText(stock)));
        QVERIFY2(stock.value(u"damaged").toInteger() >= 50, qPrintable(Tests::toText(stock)));
        QVERIFY2(stock.value(u"inbound").toInteger() >= 20, qPrintable(Tests::toText(stock)));
        QVERIFY2(stock.value(u"reserved").toInteger() >= 100, qPrintable(Tests::toText(stock)));

        // Transfers on the way, some of them partly received; holds open for days, and a few past their time that
        // no sweeper has expired yet.
        const QJsonObject open =
            row(session,
                QStringLiteral("SELECT (SELECT count(*) FROM api.transfers WHERE status = 'in_transit') AS in_transit,"
                               " (SELECT count(*) FROM api.transfers WHERE status = 'in_transit' AND received > 0)"
                               "   AS partly_received,"
                               " (SELECT count(*) FROM api.transfers WHERE status = 'received') AS received,"
                               " (SELECT count(DISTINCT id) FROM api.open_reservations"
                               "   WHERE expires_at > now() + interval '1 day') AS holds,"
                               " (SELECT count(DISTINCT id) FROM api.open_reservations WHERE expired) AS expired"));
        QVERIFY2(open.value(u"in_transit").toInteger() >= 20, qPrintable(Tests::toText(open)));
        QVERIFY2(open.value(u"partly_received").toInteger() >= 1, qPrintable(Tests::toText(open)));
        QVERIFY2(open.value(u"received").toInteger() >= 200, qPrintable(Tests::toText(open)));
        QVERIFY2(open.value(u"holds").toInteger() >= 50, qPrintable(Tests::toText(open)));
        QVERIFY2(open.value(u"expired").toInteger() >= 5, qPrintable(Tests::toText(open)));

        // 90 days of history of every kind, up to yesterday, nothing after now; the outbox stamped alike.
        const QJsonObject history =
            row(session,
                QStringLiteral(
                    "SELECT min(at) >= now() - interval '91 days' AND min(at) <= now() - interval '89 days' AS starts,"
                    " max(at) <= now() AND max(at) >= now() - interval '2 days' AS ends,"
                    " count(DISTINCT date_trunc('day', at)) AS days,"
                    " count(DISTINCT kind) FILTER (WHERE kind IN ('receive', 'reserve', 'commit', 'return', 'adjust',"
                    "   'policy', 'transfer_ship', 'transfer_receive')) AS kinds,"
                    " (SELECT count(*) FROM ledger.outbox WHERE created_at > now()) AS future_events,"
                    " (SELECT count(*) FROM ledger.outbox WHERE created_at < now() - interval '30 days') AS old_events"
                    " FROM ledger.movement"));
        QVERIFY2(history.value(u"starts").toBool() && history.value(u"ends").toBool(),
                 qPrintable(Tests::toText(history)));
        QVERIFY2(history.value(u"days").toInteger() >= 89, qPrintable(Tests::toText(history)));
        QCOMPARE(history.value(u"kinds").toInteger(), 8);
        QCOMPARE(history.value(u"future_events").toInteger(), 0);
        QVERIFY2(history.value(u"old_events").toInteger() > 1000, qPrintable(Tests::toText(history)));

        // Orders over the last three days in every state of the order, fulfillment and return machines: some stuck,
        // some split over two or three locations, one cancelled after a part shipped, from every channel; none left
        // for the sweep to expire.
        const QJsonObject orders =
            row(session,
                QStringLiteral(
                    "SELECT (SELECT count(*) FROM api.orders) AS orders,"
                    " (SELECT coalesce(string_agg(machine || ' ' || state, ', ' ORDER BY machine, position), '')"
                    "   FROM api.order_board WHERE count = 0) AS empty_states,"
                    " (SELECT count(*) FROM api.orders WHERE stuck) AS stuck,"
                    " (SELECT count(*) FROM api.orders WHERE fulfillments >= 2) AS split,"
                    " (SELECT count(*) FROM api.orders WHERE fulfillments >= 3) AS split_three,"
                    " (SELECT count(*) FROM api.orders WHERE state = 'cancelled' AND shipped > 0) AS cancelled_shipped,"
                    " (SELECT count(*) FROM api.orders WHERE state = 'completed' AND fulfillments > shipped) AS odd,"
                    " (SELECT count(DISTINCT channel) FROM api.orders) AS channels,"
                    " (SELECT count(*) FROM api.orders WHERE pickup) AS pickups,"
                    " (SELECT count(*) FROM api.orders WHERE state IN ('created', 'allocated') AND expires_at <= now())"
                    "   AS due,"
                    " (SELECT min(at) >= now() - interval '4 days' AND max(at) <= now()"
                    "   FROM api.order_history) AS recent"));
        QVERIFY2(orders.value(u"orders").toInteger() >= 150 && orders.value(u"orders").toInteger() <= 250,
                 qPrintable(Tests::toText(orders)));
        QCOMPARE(orders.value(u"empty_states").toString(), QString());
        QVERIFY2(orders.value(u"stuck").toInteger() >= 1, qPrintable(Tests::toText(orders)));
        QVERIFY2(orders.value(u"split").toInteger() >= 5, qPrintable(Tests::toText(orders)));
        QVERIFY2(orders.value(u"split_three").toInteger() >= 1, qPrintable(Tests::toText(orders)));
        QVERIFY2(orders.value(u"cancelled_shipped").toInteger() >= 1, qPrintable(Tests::toText(orders)));
        QCOMPARE(orders.value(u"odd").toInteger(), 0);
        QCOMPARE(orders.value(u"channels").toInteger(), 3);
        QVERIFY2(orders.value(u"pickups").toInteger() >= 10, qPrintable(Tests::toText(orders)));
        QCOMPARE(orders.value(u"due").toInteger(), 0);
        QVERIFY2(orders.value(u"recent").toBool(), qPrintable(Tests::toText(orders)));

        // The seeder's setting ended with its transaction.
        QCOMPARE(row(session, QStringLiteral("SELECT coalesce(current_setting('stockroom.seed_at', true), '') AS at"))
                     .value(u"at")
                     .toString(),
                 QString());

        // Seeding again changes nothing: every call replays. The plan is the first run's, read back from the ledger,
        // even in a session with another time zone.
        const QString before = Tests::snapshot(session);
        const QString ordersBefore = orderSnapshot(session);
        SR_OK(session.execScript(QStringLiteral("SET TimeZone = 'America/Los_Angeles'")));
        clock.restart();
        auto again = DemoSeeder(session).seed();
        QVERIFY2(again, qPrintable(again.errorMessage()));
        qInfo("seeded again in %lld ms", clock.elapsed());
        QCOMPARE(Tests::snapshot(session), before);
        QCOMPARE(orderSnapshot(session), ordersBefore);
        SR_VERIFY_LEDGER(api);
    }
};

QTEST_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
