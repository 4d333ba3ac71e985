// Who may do what, enforced by the database (migration 0014): every write at a location by every persona, in and
// out of the login's locations; channels a checkout is bound to; reservations and orders that belong to their
// owner; reads that show only the login's locations; a database that lets in only its own staff; and functions the
// owner creates later that PUBLIC may not execute.

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <connection/migrator.h>
#include <connection/session.h>
#include <connection/transactionguard.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <map>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

namespace {

const QStringList kPersonas = {QStringLiteral("associate"), QStringLiteral("manager"), QStringLiteral("supervisor"),
                               QStringLiteral("checkout"), QStringLiteral("admin")};

QString key()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A login of this persona assigned to store ST1 only (a checkout: ST1 and channel web). Logins are cluster-wide
// and shared by concurrent test processes; what they may do is each test database's own (ledger.staff).
QString scopedLogin(const QString &persona, const QString &which = QString())
{
    return QStringLiteral("test_st1%1_%2").arg(which, persona);
}

// The ledger as the superuser sets it up: a warehouse and two stores with stock, transfers in transit both ways,
// and a count session at each store.
struct Fixture : Tests::LedgerFixture
{
    QString setUp()
    {
        if (QString error = open(QStringLiteral("scoping")); !error.isEmpty())
            return error;
        const QString seed = QStringLiteral(R"(
            SELECT api.add_location('WH1', 'Warehouse', 'warehouse', NULL, 52.5, 13.4);
            SELECT api.add_location('ST1', 'Store one', 'store', NULL, 52.52, 13.41);
            SELECT api.add_location('ST2', 'Store two', 'store', NULL, 48.1, 11.6);
            SELECT api.add_sku('A', 'Anvil');
            SELECT api.add_sku('B', 'Bellows');
            SELECT api.receive('A', l, 100, NULL, 'seed-' || l) FROM unnest(ARRAY['WH1', 'ST1', 'ST2']) l;
            SELECT api.receive('B', l, 10, NULL, 'seed-b-' || l) FROM unnest(ARRAY['ST1', 'ST2']) l;
            SELECT api.transfer_ship('A', 'WH1', 'ST1', 5, 'seed-t1');
            SELECT api.transfer_ship('A', 'WH1', 'ST2', 5, 'seed-t2');
            SELECT api.transfer_ship('A', 'ST1', 'WH1', 5, 'seed-t3');
            SELECT api.transfer_ship('A', 'ST2', 'WH1', 5, 'seed-t4');
            SELECT api.count_session_create(l, ARRAY['A'], NULL, false, false, NULL, NULL, 'seed-c-' || l)
              FROM unnest(ARRAY['ST1', 'ST2']) l;
        )");
        if (auto seeded = session->execScript(seed); !seeded)
            return seeded.error().message;
        return {};
    }

    // A login of the persona, staff of this database with the given locations (a checkout bound to web).
    QString enrol(const QString &persona, const QStringList &locations, const QString &which = QString())
    {
        const QString login = scopedLogin(persona, which);
        session->execScript(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE stockroom_%2; "
                                           "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                                .arg(login, persona));
        const QStringList channels =
            persona == u"checkout" ? QStringList{QStringLiteral("web")} : QStringList{QStringLiteral("store")};
        if (QString error = db.addStaff(login, persona, locations, channels); !error.isEmpty())
            return error;
        return {};
    }

    ConnectionSpec as(const QString &persona, const QString &which = QString()) const
    {
        ConnectionSpec spec = db.spec();
        spec.user = scopedLogin(persona, which);
        return spec;
    }

    // Waits until every event written so far can be read: api.events_after holds an event back while any older
    // transaction on the server still runs (another test's, under a parallel run). The newest event's id, or -1
    // when it was not readable within a minute.
    qint64 waitForEvents()
    {
        const qint64 newest = scalar(QStringLiteral("SELECT max(id) FROM ledger.outbox"));
        for (QDeadlineTimer deadline(60000); !deadline.hasExpired(); QTest::qWait(100)) {
            if (scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM api.events_after(0, 1000000)")) >= newest)
                return newest;
        }
        return -1;
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        auto rows = session->rows(sql, values);
        if (!rows)
            qWarning("%s: %s", qPrintable(sql), qPrintable(rows.error().message));
        if (!rows || rows->isEmpty())
            return -1;
        return rows->at(0).toObject().begin().value().toVariant().toLongLong();
    }
};

// One write: its SQL for a location ($1 the location code, $2 a transfer or session id there), and the least
// persona that may call it ("any" also lets a checkout).
struct Write
{
    QString name;
    QString sql;
    QString needs;
};

// The review steps take a submitted session with a difference at the location ($1), counted and submitted in the
// same statement under keys of their own; x.k is the call's key ($2), s.r the submitted session.
const QString kSubmittedSession = QStringLiteral(
    "FROM (SELECT ?::text AS l, ?::text AS k) x "
    "CROSS JOIN LATERAL (SELECT api.count_record(CASE x.l WHEN 'ST1' THEN 1 ELSE 2 END, 'A', 50, NULL, NULL, NULL, "
    "md5(random()::text)) AS c) c "
    "CROSS JOIN LATERAL (SELECT api.count_submit((c.c ->> 'session')::bigint, false, md5(random()::text)) AS r) s");

// Transfers of the fixture: 1 WH1->ST1, 2 WH1->ST2, 3 ST1->WH1, 4 ST2->WH1. Count sessions (of A): 1 at ST1, 2 at
// ST2. On hand of A at each store: 95.
const QList<Write> kWrites = {
    {QStringLiteral("receive"), QStringLiteral("SELECT api.receive('A', ?, 1, NULL, ?)"), QStringLiteral("associate")},
    {QStringLiteral("return_stock"), QStringLiteral("SELECT api.return_stock('A', ?, 1, false, NULL, ?)"),
     QStringLiteral("associate")},
    {QStringLiteral("reserve"), QStringLiteral("SELECT api.reserve('A', ?, 1, 600, :channel, NULL, ?)"),
     QStringLiteral("any")},
    {QStringLiteral("reserve_order"),
     QStringLiteral("SELECT api.reserve_order('R-' || md5(random()::text), jsonb_build_array(jsonb_build_object("
                    "'sku', 'A', 'location', ?::text, 'quantity', 1)), 600, :channel, ?)"),
     QStringLiteral("any")},
    {QStringLiteral("count_record"),
     QStringLiteral("SELECT api.count_record(CASE ? WHEN 'ST1' THEN 1 ELSE 2 END, 'A', 90, NULL, NULL, NULL, ?)"),
     QStringLiteral("associate")},
    {QStringLiteral("adjust"), QStringLiteral("SELECT api.adjust('A', ?, -1, 'lost', NULL, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("count (no difference)"), QStringLiteral("SELECT api.count('A', ?, 95, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("set_safety_stock (unchanged)"), QStringLiteral("SELECT api.set_safety_stock('A', ?, 0, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("transfer_ship (from)"), QStringLiteral("SELECT api.transfer_ship('A', ?, 'WH1', 1, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("transfer_receive (to)"),
     QStringLiteral("SELECT api.transfer_receive(CASE ? WHEN 'ST1' THEN 1 ELSE 2 END, 1, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("transfer_cancel (from)"),
     QStringLiteral("SELECT api.transfer_cancel(CASE ? WHEN 'ST1' THEN 3 ELSE 4 END, ?)"), QStringLiteral("manager")},
    {QStringLiteral("transfer_write_off (either end)"),
     QStringLiteral("SELECT api.transfer_write_off(CASE ? WHEN 'ST1' THEN 3 ELSE 2 END, 1, 'lost', ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("count_session_create"),
     QStringLiteral("SELECT api.count_session_create(?, ARRAY['B'], NULL, false, true, NULL, NULL, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("update_location"), QStringLiteral("SELECT api.update_location(?, NULL, 'North', NULL, NULL, ?)"),
     QStringLiteral("manager")},
    {QStringLiteral("set_count_capacity"), QStringLiteral("SELECT api.set_count_capacity(?, 25, ?)"),
     QStringLiteral("supervisor")},
    {QStringLiteral("count_submit"),
     QStringLiteral("SELECT api.count_submit(CASE ? WHEN 'ST1' THEN 1 ELSE 2 END, true, ?)"),
     QStringLiteral("associate")},
    {QStringLiteral("count_session_from_plan"),
     QStringLiteral("SELECT api.count_session_from_plan(?, current_date + 400, true, ?)"), QStringLiteral("manager")},
    {QStringLiteral("count_approve"),
     QStringLiteral("SELECT api.count_approve((s.r ->> 'session')::bigint, NULL, false, false, 'checked', x.k) ") +
         kSubmittedSession,
     QStringLiteral("supervisor")},
    {QStringLiteral("count_reject"),
     QStringLiteral("SELECT api.count_reject((s.r ->> 'session')::bigint, ARRAY['A'], 'miscounted', x.k) ") +
         kSubmittedSession,
     QStringLiteral("supervisor")},
    {QStringLiteral("count_recount"),
     QStringLiteral("SELECT api.count_recount((s.r ->> 'session')::bigint, ARRAY['A'], x.k) ") + kSubmittedSession,
     QStringLiteral("supervisor")},
    {QStringLiteral("hot_sku_enable"),
     QStringLiteral("SELECT api.hot_sku_enable(x.k::uuid, 'A', x.l, 4) FROM (SELECT ?::text AS l, ?::text AS k) x"),
     QStringLiteral("manager")},
};

bool personaMay(const QString &persona, const QString &needs)
{
    const QStringList ladder = {QStringLiteral("associate"), QStringLiteral("manager"), QStringLiteral("supervisor"),
                                QStringLiteral("admin")};
    if (persona == u"checkout")
        return needs == u"any";
    return needs == u"any" || ladder.indexOf(persona) >= ladder.indexOf(needs);
}

// An event's payload as rows() gives it (jsonb arrives as its text).
QJsonObject payloadOf(const QJsonValue &event)
{
    const QJsonValue payload = event.toObject().value(u"payload");
    return payload.isObject() ? payload.toObject() : QJsonDocument::fromJson(payload.toString().toUtf8()).object();
}

QString describe(const Result<QSqlQuery *> &ran)
{
    return ran ? QStringLiteral("succeeded") : ran.error().sqlState + u' ' + ran.error().message;
}

} // namespace

class TestScoping : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_shared;
    std::map<QString, std::unique_ptr<Session>> m_sessions;

private slots:
    // Every write at a location × every persona × in and out of the login's locations: out of scope is 42501 naming
    // the location and changes nothing; in scope it works where the persona may call the function at all.
    void writeMatrix_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("persona");
        QTest::addColumn<bool>("inScope");
        QTest::addColumn<bool>("mayCall");
        for (const Write &write : kWrites) {
            for (const QString &persona : kPersonas) {
                for (const bool inScope : {true, false}) {
                    QTest::addRow("%s/%s/%s", qPrintable(write.name), qPrintable(persona),
                                  inScope ? "ST1 (assigned)" : "ST2 (not assigned)")
                        << write.sql << persona << inScope << personaMay(persona, write.needs);
                }
            }
        }
    }

    void writeMatrix()
    {
        QFETCH(QString, sql);
        QFETCH(QString, persona);
        QFETCH(bool, inScope);
        QFETCH(bool, mayCall);
        // One database for the whole matrix (a fresh one per row takes minutes): a call that works is rolled back,
        // a refusal must change nothing.
        if (!m_shared) {
            m_shared = std::make_unique<Fixture>();
            const QString error = m_shared->setUp();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString &each : kPersonas)
                QVERIFY2(m_shared->enrol(each, {QStringLiteral("ST1")}).isEmpty(), qPrintable(each));
        }
        Fixture &f = *m_shared;
        auto &session = m_sessions[persona];
        if (!session) {
            session = std::make_unique<Session>(f.as(persona), QStringLiteral("matrix-") + persona);
            SR_OK(session->open());
        }
        const QString channel = persona == u"checkout" ? QStringLiteral("'web'") : QStringLiteral("'store'");
        const QString location = inScope ? QStringLiteral("ST1") : QStringLiteral("ST2");
        const QString call = QString(sql).replace(QStringLiteral(":channel"), channel);
        if (mayCall && inScope) {
            TransactionGuard transaction(session->database());
            SR_OK(transaction.begin());
            auto ran = session->run(call, {location, key()});
            QVERIFY2(ran, qPrintable(describe(ran)));
            return; // rolled back
        }
        const QString before = Tests::snapshot(*f.session);
        auto ran = session->run(call, {location, key()});
        QVERIFY2(!ran, "the call succeeded but should have been refused");
        QCOMPARE(ran.error().sqlState, QStringLiteral("42501"));
        if (mayCall) {
            QVERIFY2(ran.error().message.contains(
                         QStringLiteral("login \"%1\" is not assigned to location \"ST2\"").arg(scopedLogin(persona))),
                     qPrintable(ran.error().message));
        } else {
            QVERIFY2(ran.error().message.contains(QStringLiteral("permission denied for function")),
                     qPrintable(ran.error().message));
        }
        QCOMPARE(Tests::snapshot(*f.session), before);
    }

    void cleanupTestCase()
    {
        m_sessions.clear();
        m_shared.reset();
    }

    // A login with no staff row in this database is in scope of nothing, even with the right persona.
    void noStaffRowNoScope()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("manager"), {QStringLiteral("ST1")}).isEmpty());
        SR_OK(f.session->run(QStringLiteral("DELETE FROM ledger.staff WHERE login = ?"),
                             {scopedLogin(QStringLiteral("manager"))}));
        Session session(f.as(QStringLiteral("manager")), QStringLiteral("manager"));
        SR_OK(session.open()); // still a member of the staff role: the gate is a separate matter
        auto ran = session.run(QStringLiteral("SELECT api.receive('A', 'ST1', 1, NULL, ?)"), {key()});
        QVERIFY(!ran);
        QCOMPARE(ran.error().sqlState, QStringLiteral("42501"));
        QVERIFY2(ran.error().message.contains(QStringLiteral("location \"ST1\"")), qPrintable(ran.error().message));
        auto stock = session.rows(QStringLiteral("SELECT * FROM api.stock"));
        SR_OK(stock);
        QCOMPARE(stock->size(), 0);
    }

    // Every view of location-bound rows shows an ST1 login only ST1's rows (a transfer: either end at ST1).
    void readsShowOnlyAssignedLocations_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("outside");
        const QString location = QStringLiteral("location IS DISTINCT FROM 'ST1'");
        const QString either = QStringLiteral("from_location <> 'ST1' AND to_location <> 'ST1'");
        for (const QString &view :
             {QStringLiteral("stock"), QStringLiteral("ledger"), QStringLiteral("reservations"),
              QStringLiteral("open_reservations"), QStringLiteral("count_sessions"), QStringLiteral("fulfillments")})
            QTest::addRow("associate/%s", qPrintable(view)) << QStringLiteral("associate") << view << location;
        QTest::addRow("associate/transfers") << QStringLiteral("associate") << QStringLiteral("transfers") << either;
        QTest::addRow("associate/transfer_list")
            << QStringLiteral("associate") << QStringLiteral("transfer_list") << either;
        QTest::addRow("checkout/stock") << QStringLiteral("checkout") << QStringLiteral("stock") << location;
        QTest::addRow("manager/count_due") << QStringLiteral("manager") << QStringLiteral("count_due") << location;
        for (const QString &view :
             {QStringLiteral("dashboard_movements"), QStringLiteral("count_observations"),
              QStringLiteral("coverage_rows"), QStringLiteral("variance_by_reason"), QStringLiteral("shrinkage"),
              QStringLiteral("count_coverage"), QStringLiteral("open_discrepancies"), QStringLiteral("snapshot_lines")})
            QTest::addRow("supervisor/%s", qPrintable(view)) << QStringLiteral("supervisor") << view << location;
    }

    void readsShowOnlyAssignedLocations()
    {
        QFETCH(QString, persona);
        QFETCH(QString, view);
        QFETCH(QString, outside);
        SR_FIXTURE(f);
        // Something at every location in every view: holds, losses, counts, a discrepancy.
        SR_OK(f.session->execScript(QStringLiteral(R"(
            SELECT api.reserve('A', l, 1, 600, 'store', NULL, 'r-' || l) FROM unnest(ARRAY['WH1', 'ST1', 'ST2']) l;
            SELECT api.adjust('A', l, -1, 'lost', NULL, 'a-' || l) FROM unnest(ARRAY['WH1', 'ST1', 'ST2']) l;
            SELECT api.count_record(s, 'A', 90, NULL, NULL, NULL, 'cr-' || s) FROM unnest(ARRAY[1, 2]) s;
            SELECT api.count_submit(s, false, 'cs-' || s) FROM unnest(ARRAY[1, 2]) s;
            SELECT api.dashboard_refresh();
        )")));
        const QString all = QStringLiteral("SELECT count(*) AS n FROM api.%1 WHERE %2").arg(view, outside);
        QVERIFY2(f.scalar(all) > 0 || view == u"fulfillments" || view == u"snapshot_lines" || view == u"count_due",
                 qPrintable(view + QStringLiteral(": the superuser sees nothing outside ST1 to hide")));
        QVERIFY(f.enrol(persona, {QStringLiteral("ST1")}).isEmpty());
        Session session(f.as(persona), persona);
        SR_OK(session.open());
        auto outsideRows = session.rows(all);
        SR_OK(outsideRows);
        QCOMPARE(outsideRows->at(0).toObject().value(QStringLiteral("n")).toInteger(), 0);
        if (view == u"stock" || view == u"ledger" || view == u"transfers") {
            auto inside = session.rows(QStringLiteral("SELECT count(*) AS n FROM api.%1").arg(view));
            SR_OK(inside);
            QVERIFY(inside->at(0).toObject().value(QStringLiteral("n")).toInteger() > 0);
        }
    }

    // The API's read functions answer an ST1 login for ST1 only, and refuse a location or session named outside it.
    void readFunctionsShowOnlyAssignedLocations()
    {
        SR_FIXTURE(f);
        // At every location: holds, counts, a pickup order, a line in a stock file, a balance that disagrees with
        // its ledger.
        SR_OK(f.session->execScript(QStringLiteral(R"(
            SELECT api.reserve('A', l, 1, 600, 'store', NULL, 'r-' || l) FROM unnest(ARRAY['WH1', 'ST1', 'ST2']) l;
            SELECT api.count_record(s, 'A', 90, NULL, NULL, NULL, 'cr-' || s) FROM unnest(ARRAY[1, 2]) s;
            SELECT api.order_create('store', 'P-' || l, '[{"sku": "B", "quantity": 1}]', NULL, NULL, l, 600, 'o-' || l)
              FROM unnest(ARRAY['ST1', 'ST2']) l;
            SELECT api.reconcile_source_set('ERP', '{"sku": "Item", "location": "Site", "quantity": "Qty"}',
                                            '{"default": "erp"}', 'source');
            SELECT api.snapshot_begin('ERP', now(), 'erp.csv', 3, 'snap');
            SELECT api.snapshot_load(1, '{1,2,3}', '{A,A,A}', '{WH1,ST1,ST2}', '{on_hand,on_hand,on_hand}', '{1,1,1}');
            SELECT api.snapshot_classify(1, interval '15 minutes');
            UPDATE ledger.stock_level SET damaged = damaged + 1
             WHERE sku_id = (SELECT id FROM ledger.sku WHERE code = 'B');
            SELECT api.receive('B', 'ST2', 1, NULL, 'last');
        )")));
        for (const QString &persona : {QStringLiteral("associate"), QStringLiteral("manager"),
                                       QStringLiteral("supervisor"), QStringLiteral("checkout")})
            QVERIFY(f.enrol(persona, {QStringLiteral("ST1")}).isEmpty());
        Session associate(f.as(QStringLiteral("associate")), QStringLiteral("associate"));
        Session manager(f.as(QStringLiteral("manager")), QStringLiteral("manager"));
        Session supervisor(f.as(QStringLiteral("supervisor")), QStringLiteral("supervisor"));
        Session checkout(f.as(QStringLiteral("checkout")), QStringLiteral("checkout"));
        for (Session *s : {&associate, &manager, &supervisor, &checkout})
            SR_OK(s->open());
        const auto refusedAtSt2 = [](const Result<QSqlQuery *> &ran) {
            return !ran && ran.error().sqlState == u"42501" && ran.error().message.contains(u"location \"ST2\"");
        };

        // Events: ST1's stock rows, count session 1 and order P-ST1; the cursor still reaches the newest event.
        const qint64 newest = f.waitForEvents();
        QVERIFY(newest > 0);
        auto events = associate.rows(QStringLiteral("SELECT * FROM api.events_after(0, 100000)"));
        SR_OK(events);
        QVERIFY(!events->isEmpty());
        qint64 stockEvents = 0;
        for (const auto &value : events.value()) {
            const QJsonObject event = value.toObject();
            const QJsonObject payload = payloadOf(value);
            const QString type = event.value(u"event_type").toString();
            if (payload.contains(u"sku") && payload.contains(u"location")) {
                QCOMPARE(payload.value(u"location").toString(), QStringLiteral("ST1"));
                ++stockEvents;
            }
            if (type == u"count")
                QCOMPARE(payload.value(u"session").toInteger(), 1);
            if (type == u"order")
                QCOMPARE(payload.value(u"order").toString(), QStringLiteral("P-ST1"));
        }
        QVERIFY(stockEvents > 0);
        const QJsonObject last = events->last().toObject();
        QCOMPARE(last.value(u"event_type").toString(), QStringLiteral("scope_skip"));
        QCOMPARE(last.value(u"id").toInteger(), newest);
        auto after = associate.rows(QStringLiteral("SELECT * FROM api.events_after(?, 100000)"), {newest});
        SR_OK(after);
        QCOMPARE(after->size(), 0);

        // Count sessions, the count plan and what is due.
        QVERIFY(refusedAtSt2(associate.run(QStringLiteral("SELECT api.count_sheet(2)"))));
        SR_OK(associate.run(QStringLiteral("SELECT api.count_sheet(1)")));
        QVERIFY(refusedAtSt2(manager.run(QStringLiteral("SELECT api.count_review(2)"))));
        SR_OK(manager.run(QStringLiteral("SELECT api.count_review(1)")));
        QVERIFY(refusedAtSt2(manager.run(QStringLiteral("SELECT * FROM api.count_due_on('ST2', current_date)"))));
        QVERIFY(refusedAtSt2(manager.run(QStringLiteral("SELECT api.count_plan('ST2')"))));
        auto due = manager.rows(QStringLiteral(
            "SELECT count(*) FILTER (WHERE location <> 'ST1') AS outside, count(*) AS n FROM api.count_due_on(NULL, "
            "current_date + 400)"));
        SR_OK(due);
        QCOMPARE(due->at(0).toObject().value(u"outside").toInteger(), 0);
        QVERIFY(due->at(0).toObject().value(u"n").toInteger() > 0);
        QVERIFY(f.scalar(QStringLiteral("SELECT count(*) FROM api.count_due_on(NULL, current_date + 400) "
                                        "WHERE location <> 'ST1'")) > 0);
        auto plan = manager.callJson(QStringLiteral("SELECT api.count_plan(NULL, current_date + 400)::text"));
        SR_OK(plan);
        for (const char *list : {"lines", "locations"})
            for (const auto &value : plan->value(QLatin1String(list)).toArray())
                QCOMPARE(value.toObject().value(u"location").toString(), QStringLiteral("ST1"));

        // Orders: the board counts ST1's pickup only; a plan ships only from ST1.
        auto board = associate.rows(
            QStringLiteral("SELECT sum(count)::bigint AS n FROM api.order_board WHERE machine = 'order'"));
        SR_OK(board);
        QCOMPARE(board->at(0).toObject().value(u"n").toInteger(), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT sum(count) FROM api.order_board WHERE machine = 'order'")), 2);
        SR_OK(checkout.run(QStringLiteral("SELECT api.order_create('web', 'W-ST1', '[{\"sku\": \"A\", \"quantity\": "
                                          "2}]', 48.1, 11.6, NULL, 600, ?)"),
                           {key()}));
        auto preview = checkout.callJson(QStringLiteral("SELECT api.allocation_preview('W-ST1', 'web')::text"));
        SR_OK(preview);
        for (const auto &value : preview->value(u"locations").toArray()) {
            const QJsonObject site = value.toObject();
            QCOMPARE(site.value(u"eligible").toBool(), site.value(u"location").toString() == u"ST1");
        }
        const QJsonArray plans = preview->value(u"plans").toArray();
        QVERIFY(!plans.isEmpty());
        for (const auto &plan : plans)
            for (const auto &line : plan.toObject().value(u"lines").toArray())
                QCOMPARE(line.toObject().value(u"location").toString(), QStringLiteral("ST1"));

        // A supervisor's checks: past stock, verify, a stock file's review and summary.
        QVERIFY(refusedAtSt2(supervisor.run(QStringLiteral("SELECT * FROM api.stock_as_of(now(), 'ST2')"))));
        for (const QString &sql : {QStringLiteral("SELECT location FROM api.stock_as_of(now(), NULL)"),
                                   QStringLiteral("SELECT location FROM api.verify()")}) {
            auto rows = supervisor.rows(sql);
            SR_OK(rows);
            QVERIFY2(!rows->isEmpty(), qPrintable(sql));
            for (const auto &value : rows.value())
                QCOMPARE(value.toObject().value(u"location").toString(), QStringLiteral("ST1"));
        }
        QVERIFY(f.scalar(QStringLiteral("SELECT count(*) FROM api.verify() WHERE location = 'ST2'")) > 0);
        auto review = supervisor.callJson(QStringLiteral("SELECT api.snapshot_review(1, true)::text"));
        SR_OK(review);
        const QJsonArray lines = review->value(u"lines").toArray();
        for (const auto &line : lines)
            QCOMPARE(line.toObject().value(u"location").toString(), QStringLiteral("ST1"));
        auto everyLine = f.session->callJson(QStringLiteral("SELECT api.snapshot_review(1, true)::text"));
        SR_OK(everyLine);
        const QJsonArray all = everyLine->value(u"lines").toArray();
        const auto atSt1 = std::count_if(all.begin(), all.end(), [](const QJsonValue &line) {
            return line.toObject().value(u"location").toString() == u"ST1";
        });
        QVERIFY(atSt1 > 0 && atSt1 < all.size());
        QCOMPARE(lines.size(), atSt1);
        const QJsonObject summary = review->value(u"summary").toObject();
        qint64 classified = 0;
        for (const char *c : {"matched", "timing", "unknown", "bucket", "variance"})
            classified += summary.value(QLatin1String(c)).toInteger();
        QCOMPARE(classified, atSt1);
        auto summaryRow = supervisor.rows(
            QStringLiteral("SELECT matched + timing + unknown + bucket + variance AS n FROM api.snapshot_summary"));
        SR_OK(summaryRow);
        QCOMPARE(summaryRow->at(0).toObject().value(u"n").toInteger(), atSt1);
        QVERIFY(f.scalar(QStringLiteral(
                    "SELECT matched + timing + unknown + bucket + variance FROM api.snapshot_summary")) > atSt1);
    }

    // A login that sees little of a busy ledger follows the outbox without reading the same hidden events again:
    // the last row of a call carries the newest hidden event's id, and the next call starts after it.
    void eventCursorPassesHiddenEvents()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("associate"), {QStringLiteral("ST1")}).isEmpty());
        Session associate(f.as(QStringLiteral("associate")), QStringLiteral("associate"));
        SR_OK(associate.open());
        const qint64 start = f.scalar(QStringLiteral("SELECT max(id) FROM ledger.outbox"));
        SR_OK(f.session->execScript(
            QStringLiteral("SELECT api.receive('A', 'ST2', 1, NULL, 'h-' || g) FROM generate_series(1, 30) g;"
                           "SELECT api.receive('A', 'ST1', 1, NULL, 'seen');"
                           "SELECT api.receive('A', 'WH1', 1, NULL, 'h2-' || g) FROM generate_series(1, 5) g;")));
        const qint64 newest = f.waitForEvents();
        QVERIFY(newest > 0);
        // A batch of one: the one ST1 event, found past 30 hidden ones.
        auto first =
            associate.rows(QStringLiteral("SELECT id, event_type, payload FROM api.events_after(?, 1)"), {start});
        SR_OK(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(payloadOf(first->at(0)).value(u"location").toString(), QStringLiteral("ST1"));
        const qint64 seen = first->at(0).toObject().value(u"id").toInteger();
        auto rest = associate.rows(QStringLiteral("SELECT id, event_type FROM api.events_after(?, 100)"), {seen});
        SR_OK(rest);
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->at(0).toObject().value(u"event_type").toString(), QStringLiteral("scope_skip"));
        QCOMPARE(rest->at(0).toObject().value(u"id").toInteger(), newest);
        // The superuser reads every event as before, with no marker.
        auto all = f.session->rows(QStringLiteral("SELECT event_type FROM api.events_after(?, 100)"), {start});
        SR_OK(all);
        QCOMPARE(all->size(), 36);
        for (const auto &value : all.value())
            QVERIFY(value.toObject().value(u"event_type").toString() != u"scope_skip");
    }

    // A checkout is bound to its channel: another one is refused, naming it, for holds and orders alike.
    void checkoutBoundToItsChannel_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("reserve") << QStringLiteral("SELECT api.reserve('A', 'ST1', 1, 600, 'store', NULL, ?)");
        QTest::newRow("reserve_order") << QStringLiteral("SELECT api.reserve_order('R1', '[{\"sku\": \"A\", "
                                                         "\"location\": \"ST1\", \"quantity\": 1}]', 600, 'store', ?)");
        QTest::newRow("order_create") << QStringLiteral(
            "SELECT api.order_create('store', 'O1', '[{\"sku\": \"A\", \"quantity\": 1}]', NULL, NULL, 'ST1', 600, ?)");
        QTest::newRow("order_show of another channel")
            << QStringLiteral("SELECT api.order_show('S1', 'store') WHERE ?::text IS NOT NULL");
    }

    void checkoutBoundToItsChannel()
    {
        QFETCH(QString, sql);
        SR_FIXTURE(f);
        SR_OK(f.session->run(QStringLiteral("SELECT api.order_create('store', 'S1', '[{\"sku\": \"A\", \"quantity\": "
                                            "1}]', NULL, NULL, 'ST1', 600, 'seed-o')")));
        QVERIFY(f.enrol(QStringLiteral("checkout"), {QStringLiteral("ST1")}).isEmpty());
        Session session(f.as(QStringLiteral("checkout")), QStringLiteral("checkout"));
        SR_OK(session.open());
        const QString before = Tests::snapshot(*f.session);
        auto ran = session.run(sql, {key()});
        QVERIFY(!ran);
        QCOMPARE(ran.error().sqlState, QStringLiteral("42501"));
        QVERIFY2(ran.error().message.contains(QStringLiteral("login \"%1\" is not bound to channel \"store\"")
                                                  .arg(scopedLogin(QStringLiteral("checkout")))),
                 qPrintable(ran.error().message));
        QCOMPARE(Tests::snapshot(*f.session), before);
        // Its own channel works.
        SR_OK(session.run(QStringLiteral("SELECT api.reserve('A', 'ST1', 1, 600, 'web', NULL, ?)"), {key()}));
    }

    // Commit and release of another login's reservation need the manager role; the owner and a manager may.
    void othersReservations_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("allowed");
        for (const QString &function : {QStringLiteral("commit"), QStringLiteral("release")}) {
            QTest::addRow("%s by another associate", qPrintable(function))
                << function << QStringLiteral("associate") << false;
            QTest::addRow("%s by a checkout", qPrintable(function)) << function << QStringLiteral("checkout") << false;
            QTest::addRow("%s by a manager", qPrintable(function)) << function << QStringLiteral("manager") << true;
            QTest::addRow("%s by a supervisor", qPrintable(function))
                << function << QStringLiteral("supervisor") << true;
        }
    }

    void othersReservations()
    {
        QFETCH(QString, function);
        QFETCH(QString, other);
        QFETCH(bool, allowed);
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("associate"), {QStringLiteral("ST1")}).isEmpty());
        QVERIFY(f.enrol(other, {QStringLiteral("ST1")}, QStringLiteral("b")).isEmpty());
        SR_OK(f.session->run(QStringLiteral("UPDATE ledger.staff SET all_channels = true WHERE login = ?"),
                             {scopedLogin(other, QStringLiteral("b"))}));
        Session owner(f.as(QStringLiteral("associate")), QStringLiteral("owner"));
        Session another(f.as(other, QStringLiteral("b")), QStringLiteral("another"));
        SR_OK(owner.open());
        SR_OK(another.open());
        auto made = owner.rows(
            QStringLiteral("SELECT (api.reserve('A', 'ST1', 2, 600, 'store', NULL, ?) ->> 'reservation')::bigint AS r"),
            {key()});
        SR_OK(made);
        const qint64 id = made->at(0).toObject().value(QStringLiteral("r")).toVariant().toLongLong();
        QCOMPARE(f.scalar(QStringLiteral("SELECT owner::text = ? AS same FROM ledger.reservation WHERE id = ?"),
                          {scopedLogin(QStringLiteral("associate")), id}),
                 1);
        const QString before = Tests::snapshot(*f.session);
        auto ran = another.run(QStringLiteral("SELECT api.%1(?, ?)").arg(function), {id, key()});
        if (allowed) {
            QVERIFY2(ran, qPrintable(describe(ran)));
            return;
        }
        QVERIFY(!ran);
        QCOMPARE(ran.error().sqlState, QStringLiteral("42501"));
        QVERIFY2(ran.error().message.contains(QStringLiteral("manager role")), qPrintable(ran.error().message));
        QCOMPARE(Tests::snapshot(*f.session), before);
        // The owner itself may.
        SR_OK(owner.run(QStringLiteral("SELECT api.%1(?, ?)").arg(function), {id, key()}));
    }

    // The sweep, run by any persona, still expires every login's holds whose TTL has passed.
    void sweepExpiresOthersHolds()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("associate"), {QStringLiteral("ST1")}).isEmpty());
        QVERIFY(f.enrol(QStringLiteral("checkout"), {QStringLiteral("WH1")}).isEmpty());
        Session owner(f.as(QStringLiteral("associate")), QStringLiteral("owner"));
        Session sweeper(f.as(QStringLiteral("checkout")), QStringLiteral("sweeper"));
        SR_OK(owner.open());
        SR_OK(sweeper.open());
        auto made = owner.rows(
            QStringLiteral("SELECT (api.reserve('A', 'ST1', 3, 1, 'store', NULL, ?) ->> 'reservation')::bigint AS r"),
            {key()});
        SR_OK(made);
        const qint64 id = made->at(0).toObject().value(QStringLiteral("r")).toVariant().toLongLong();
        QVERIFY(Tests::waitUntilExpired(*f.session, id));
        auto swept = sweeper.rows(QStringLiteral("SELECT (api.sweep(100) ->> 'expired')::int AS expired"));
        SR_OK(swept);
        QVERIFY2(swept->at(0).toObject().value(QStringLiteral("expired")).toVariant().toLongLong() >= 1,
                 qPrintable(Tests::toText(swept.value())));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT (status = 'expired')::int FROM ledger.reservation WHERE id = ?"), {id}), 1);
        SR_VERIFY_LEDGER(*f.api);
    }

    // Cancelling another login's order needs the manager role; shipping it is the warehouse's, by its own roles.
    void othersOrders()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("checkout"), {}).isEmpty());
        QVERIFY(f.enrol(QStringLiteral("checkout"), {}, QStringLiteral("b")).isEmpty());
        QVERIFY(f.enrol(QStringLiteral("manager"), {QStringLiteral("WH1")}).isEmpty());
        SR_OK(f.session->run(QStringLiteral(
            "UPDATE ledger.staff SET all_locations = true, all_channels = true WHERE login LIKE 'test_st1%'")));
        Session shop(f.as(QStringLiteral("checkout")), QStringLiteral("shop"));
        Session otherShop(f.as(QStringLiteral("checkout"), QStringLiteral("b")), QStringLiteral("other"));
        Session manager(f.as(QStringLiteral("manager")), QStringLiteral("manager"));
        SR_OK(shop.open());
        SR_OK(otherShop.open());
        SR_OK(manager.open());
        for (const QString &ref : {QStringLiteral("W1"), QStringLiteral("W2")})
            SR_OK(shop.run(QStringLiteral("SELECT api.order_create('web', ?, '[{\"sku\": \"A\", \"quantity\": 1}]', "
                                          "52.5, 13.4, NULL, 600, ?)"),
                           {ref, key()}));
        const QString before = Tests::snapshot(*f.session);
        auto refused =
            otherShop.run(QStringLiteral("SELECT api.order_cancel('W1', 'changed my mind', ?, 'web')"), {key()});
        QVERIFY(!refused);
        QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("order W1")) &&
                     refused.error().message.contains(QStringLiteral("manager role")),
                 qPrintable(refused.error().message));
        QCOMPARE(Tests::snapshot(*f.session), before);
        SR_OK(shop.run(QStringLiteral("SELECT api.order_cancel('W1', 'changed my mind', ?, 'web')"), {key()}));
        SR_OK(manager.run(QStringLiteral("SELECT api.order_cancel('W2', 'fraud', ?, 'web')"), {key()}));
    }

    // A login that is staff of database A cannot connect to database B on the same server, both made by the
    // migrator; once B's admin makes it staff there, it can.
    void staffOfOneDatabaseOnly()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("manager"), {QStringLiteral("ST1")}).isEmpty());
        const QString other = f.db.name() + QStringLiteral("_b");
        Session admin(Tests::TestDatabase::server(), QStringLiteral("admin"));
        SR_OK(admin.execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(other)));
        SR_OK(admin.execScript(QStringLiteral("CREATE DATABASE \"%1\"").arg(other)));
        auto cleanup = qScopeGuard([&] {
            admin.execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(other));
            admin.execScript(
                QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(other.left(57) + QStringLiteral("_staff")));
        });
        ConnectionSpec otherSpec = Tests::TestDatabase::server();
        otherSpec.database = other;
        {
            Session owner(otherSpec, QStringLiteral("migrate"));
            Migrator migrator(owner);
            auto migrated = migrator.migrate();
            SR_OK(migrated);
            QCOMPARE(migrated.value(), Migrator::latestVersion());
        }
        Session mine(f.as(QStringLiteral("manager")), QStringLiteral("mine"));
        SR_OK(mine.open());
        ConnectionSpec there = otherSpec;
        there.user = scopedLogin(QStringLiteral("manager"));
        {
            Session refused(there, QStringLiteral("there"));
            auto opened = refused.open();
            QVERIFY2(!opened, "a manager of one database connected to another");
            QVERIFY2(opened.error().message.contains(QStringLiteral("permission denied for database")),
                     qPrintable(opened.error().message));
        }
        {
            Session owner(otherSpec, QStringLiteral("enrol"));
            SR_OK(owner.run(QStringLiteral("SELECT api.staff_set(gen_random_uuid(), ?, 'manager', NULL, '{}', NULL, "
                                           "'{}')"),
                            {there.user}));
        }
        Session admitted(there, QStringLiteral("there"));
        SR_OK(admitted.open());
    }

    // Functions the owner creates later are not executable by PUBLIC, and none of api's or ledger's is.
    void laterFunctionsNotPublic()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->execScript(QStringLiteral("SET ROLE stockroom_owner; "
                                                   "CREATE FUNCTION api.made_later() RETURNS integer LANGUAGE sql "
                                                   "AS 'SELECT 1'; RESET ROLE;")));
        const QString publicFunctions =
            QStringLiteral("SELECT count(*) AS n FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,"
                           " aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
                           " WHERE n.nspname IN ('api', 'ledger') AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'");
        QCOMPARE(f.scalar(publicFunctions), 0);
        Session session(f.db.spec(QStringLiteral("associate")), QStringLiteral("associate"));
        SR_OK(session.open());
        auto ran = session.run(QStringLiteral("SELECT api.made_later()"));
        QVERIFY(!ran);
        QCOMPARE(ran.error().sqlState, QStringLiteral("42501"));
    }

    // The staff API: an admin's, with clear refusals.
    void staffApi()
    {
        SR_FIXTURE(f);
        QVERIFY(f.enrol(QStringLiteral("admin"), {}).isEmpty());
        QVERIFY(f.enrol(QStringLiteral("manager"), {QStringLiteral("ST1")}).isEmpty());
        Session admin(f.as(QStringLiteral("admin")), QStringLiteral("admin"));
        Session manager(f.as(QStringLiteral("manager")), QStringLiteral("manager"));
        SR_OK(admin.open());
        SR_OK(manager.open());
        const QString login = scopedLogin(QStringLiteral("manager"));
        auto unknown =
            admin.run(QStringLiteral("SELECT api.staff_set(?::uuid, ?, 'manager', NULL, '{ST1,NOPE,ZZ}', NULL, '{}')"),
                      {key(), login});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("unknown location \"NOPE\", \"ZZ\"")),
                 qPrintable(unknown.error().message));
        auto persona = admin.run(
            QStringLiteral("SELECT api.staff_set(?::uuid, ?, 'associate', NULL, '{ST1}', NULL, '{}')"), {key(), login});
        QVERIFY(!persona);
        QVERIFY2(persona.error().message.contains(QStringLiteral("one persona on the whole server")),
                 qPrintable(persona.error().message));
        auto notAdmin =
            manager.run(QStringLiteral("SELECT api.staff_assign(?::uuid, ?, '{ST2}', '{}')"), {key(), login});
        QVERIFY(!notAdmin);
        QCOMPARE(notAdmin.error().sqlState, QStringLiteral("42501"));
        const QString assignKey = key();
        for (int i = 0; i < 2; ++i) // the key replays
            SR_OK(
                admin.run(QStringLiteral("SELECT api.staff_assign(?::uuid, ?, '{ST2}', '{web}')"), {assignKey, login}));
        auto listed = admin.rows(QStringLiteral("SELECT locations::text, channels::text, may_connect FROM api.staff"
                                                " WHERE login = ?"),
                                 {login});
        SR_OK(listed);
        QCOMPARE(listed->size(), 1);
        const QJsonObject row = listed->at(0).toObject();
        QCOMPARE(row.value(u"locations").toString(), QStringLiteral("{ST1,ST2}"));
        QCOMPARE(row.value(u"channels").toString(), QStringLiteral("{store,web}"));
        QVERIFY(row.value(u"may_connect").toBool());
        SR_OK(manager.run(QStringLiteral("SELECT api.receive('A', 'ST2', 1, NULL, ?)"), {key()}));
        SR_OK(admin.run(QStringLiteral("SELECT api.staff_unassign(?::uuid, ?, '{ST2}', '{}')"), {key(), login}));
        auto refused = manager.run(QStringLiteral("SELECT api.receive('A', 'ST2', 1, NULL, ?)"), {key()});
        QVERIFY(!refused);
        QCOMPARE(refused.error().sqlState, QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestScoping)
#include "tst_scoping.moc"
