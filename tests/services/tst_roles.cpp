#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledger/permissions.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

Q_DECLARE_METATYPE(Stockroom::Services::Error::Kind)

namespace {

const QString A = QStringLiteral("A");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");

QString key()
{
    return LedgerService::newKey();
}

ReserveRequest request(qint64 quantity)
{
    ReserveRequest r;
    r.sku = A;
    r.location = ST1;
    r.quantity = quantity;
    return r;
}

// The ledger as the superuser sets it up: two locations, one SKU in stock at both, a transfer in transit and
// three open reservations.
struct Fixture : Tests::LedgerFixture
{
    qint64 transfer = 0;
    qint64 reservations[3] = {0, 0, 0};

    QString setUp()
    {
        if (QString error = open(QStringLiteral("superuser")); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({WH1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}})
              << api->addLocation({ST1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}})
              << api->addSku(A, QStringLiteral("Anvil")) << api->receive(A, WH1, 50, key())
              << api->receive(A, ST1, 50, key());
        auto shipped = api->transferShip(A, WH1, ST1, 5, key());
        auto first = api->reserve(request(1), key());
        auto second = api->reserve(request(1), key());
        auto third = api->reserve(request(1), key());
        steps << shipped << first << second << third;
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        transfer = shipped->value(QStringLiteral("transfer")).toInteger();
        reservations[0] = first->value(QStringLiteral("reservation")).toInteger();
        reservations[1] = second->value(QStringLiteral("reservation")).toInteger();
        reservations[2] = third->value(QStringLiteral("reservation")).toInteger();
        return {};
    }
};

const QStringList kPersonas = {QStringLiteral("checkout"), QStringLiteral("associate"), QStringLiteral("manager"),
                               QStringLiteral("supervisor"), QStringLiteral("admin")};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    // Every operation as every persona: allowed ones work, the others are refused by the database.
    void permissions_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QStringList>("allowed");
        // Every persona sweeps: every running app instance does (migration 0012).
        const QStringList checkout = {QStringLiteral("reserve"),       QStringLiteral("reserveOrder"),
                                      QStringLiteral("commit"),        QStringLiteral("release"),
                                      QStringLiteral("stock"),         QStringLiteral("eventsAfter"),
                                      QStringLiteral("adjustReasons"), QStringLiteral("sweep")};
        const QStringList associate =
            checkout + QStringList{QStringLiteral("receive"),      QStringLiteral("returnStock"),
                                   QStringLiteral("ledger"),       QStringLiteral("reservations"),
                                   QStringLiteral("transferList"), QStringLiteral("openReservations")};
        const QStringList manager =
            // Associates count in count sessions; the single-line count is a manager's (migration 0008).
            associate + QStringList{QStringLiteral("adjust"),         QStringLiteral("count"),
                                    QStringLiteral("transferShip"),   QStringLiteral("transferReceive"),
                                    QStringLiteral("setSafetyStock"), QStringLiteral("transferWriteOff"),
                                    QStringLiteral("transferCancel"), QStringLiteral("releaseMany"),
                                    QStringLiteral("updateSku"),      QStringLiteral("updateLocation")};
        const QStringList supervisor = manager + QStringList{QStringLiteral("verify")};
        const QStringList admin = supervisor + QStringList{QStringLiteral("addSku"), QStringLiteral("addLocation"),
                                                           QStringLiteral("addSkuWithCost")};
        QTest::newRow("checkout") << QStringLiteral("checkout") << checkout;
        QTest::newRow("associate") << QStringLiteral("associate") << associate;
        QTest::newRow("manager") << QStringLiteral("manager") << manager;
        QTest::newRow("supervisor") << QStringLiteral("supervisor") << supervisor;
        QTest::newRow("admin") << QStringLiteral("admin") << admin;
    }

    void permissions()
    {
        QFETCH(QString, persona);
        QFETCH(QStringList, allowed);
        SR_FIXTURE(f);
        const ConnectionSpec spec = f.db.spec(persona);
        Session session(spec, persona);
        SR_OK(session.open());
        LedgerService api(session);

        auto asJson = [](const Result<QJsonArray> &rows) -> Result<QJsonObject> {
            if (!rows)
                return rows.error();
            return QJsonObject{{QStringLiteral("rows"), rows.value()}};
        };
        const QList<std::pair<QString, std::function<Result<QJsonObject>()>>> operations = {
            {QStringLiteral("addLocation"),
             [&] {
                 return api.addLocation(
                     {QStringLiteral("X1"), QStringLiteral("X"), QStringLiteral("store"), {}, {}, {}});
             }},
            {QStringLiteral("addSku"),
             [&] {
                 return api.addSku(QStringLiteral("NEW"), QStringLiteral("New"));
             }},
            {QStringLiteral("receive"),
             [&] {
                 return api.receive(A, ST1, 1, key());
             }},
            {QStringLiteral("adjust"),
             [&] {
                 return api.adjust(A, ST1, -1, QStringLiteral("lost"), key());
             }},
            {QStringLiteral("count"),
             [&] {
                 return api.count(A, ST1, 40, key());
             }},
            {QStringLiteral("setSafetyStock"),
             [&] {
                 return api.setSafetyStock(A, ST1, 2, key());
             }},
            {QStringLiteral("transferShip"),
             [&] {
                 return api.transferShip(A, WH1, ST1, 1, key());
             }},
            {QStringLiteral("transferReceive"),
             [&] {
                 return api.transferReceive(f.transfer, 1, key());
             }},
            {QStringLiteral("transferWriteOff"),
             [&] {
                 return api.transferWriteOff(f.transfer, 1, QStringLiteral("lost"), key());
             }},
            {QStringLiteral("transferCancel"),
             [&] {
                 return api.transferCancel(f.transfer, key());
             }},
            {QStringLiteral("addSkuWithCost"),
             [&] {
                 return api.addSku(QStringLiteral("COSTED"), QStringLiteral("Costed"), {}, 250);
             }},
            {QStringLiteral("updateSku"),
             [&] {
                 return api.updateSku(SkuUpdate{A, QStringLiteral("Anvil, forged"), {}, 1999}, key());
             }},
            {QStringLiteral("updateLocation"),
             [&] {
                 return api.updateLocation(LocationUpdate{ST1, {}, QStringLiteral("North"), {}, {}}, key());
             }},
            {QStringLiteral("returnStock"),
             [&] {
                 return api.returnStock(A, ST1, 1, false, key());
             }},
            {QStringLiteral("reserve"),
             [&] {
                 return api.reserve(request(2), key());
             }},
            {QStringLiteral("reserveOrder"),
             [&] {
                 return api.reserveOrder(QStringLiteral("ORD"), {{A, ST1, 1}}, 900, QStringLiteral("web"), key());
             }},
            // A login commits and releases its own reservations (another login's needs the manager role, migration
            // 0014: tst_scoping).
            {QStringLiteral("commit"),
             [&] {
                 auto own = api.reserve(request(1), key());
                 return own ? api.commit(own->value(QStringLiteral("reservation")).toInteger(), key()) : own;
             }},
            {QStringLiteral("release"),
             [&] {
                 auto own = api.reserve(request(1), key());
                 return own ? api.release(own->value(QStringLiteral("reservation")).toInteger(), key()) : own;
             }},
            {QStringLiteral("releaseMany"),
             [&] {
                 return api.releaseMany({f.reservations[0], f.reservations[1], f.reservations[2]},
                                        QStringLiteral("store closed"), key());
             }},
            {QStringLiteral("sweep"),
             [&] {
                 return api.sweep();
             }},
            {QStringLiteral("verify"),
             [&] {
                 return asJson(api.verify());
             }},
            {QStringLiteral("stock"),
             [&] {
                 return asJson(api.stock(A));
             }},
            {QStringLiteral("ledger"),
             [&] {
                 return asJson(api.ledger(A, {}, 10));
             }},
            {QStringLiteral("reservations"),
             [&] {
                 return asJson(session.rows(QStringLiteral("SELECT * FROM api.reservations")));
             }},
            {QStringLiteral("adjustReasons"),
             [&] {
                 auto reasons = api.adjustReasons();
                 return reasons ? Result<QJsonObject>(QJsonObject{{QStringLiteral("n"), reasons->size()}})
                                : Result<QJsonObject>(reasons.error());
             }},
            {QStringLiteral("transferList"),
             [&] {
                 auto transfers = api.transferList();
                 return transfers ? Result<QJsonObject>(QJsonObject{{QStringLiteral("n"), transfers->size()}})
                                  : Result<QJsonObject>(transfers.error());
             }},
            {QStringLiteral("openReservations"),
             [&] {
                 auto reservations = api.openReservations();
                 return reservations ? Result<QJsonObject>(QJsonObject{{QStringLiteral("n"), reservations->size()}})
                                     : Result<QJsonObject>(reservations.error());
             }},
            {QStringLiteral("eventsAfter"),
             [&] {
                 return asJson(api.eventsAfter(0));
             }},
        };
        QStringList tried;
        for (const auto &[name, call] : operations) {
            tried << name;
            const Result<QJsonObject> result = call();
            if (allowed.contains(name)) {
                QVERIFY2(result, qPrintable(name + QStringLiteral(": ") + result.errorMessage()));
            } else {
                QVERIFY2(!result, qPrintable(name + QStringLiteral(" should have been refused")));
                QVERIFY2(result.error().kind == Kind::PermissionDenied && result.error().sqlState == u"42501",
                         qPrintable(name + QStringLiteral(": ") + QLatin1String(Tests::kindName(result.error().kind)) +
                                    u' ' + result.error().message));
            }
        }
        for (const QString &name : allowed)
            QVERIFY2(tried.contains(name), qPrintable(name));

        // The ledger names who did it: the login, not the function's owner.
        auto actor = f.session->rows(
            QStringLiteral("SELECT actor FROM api.ledger WHERE kind = 'reserve' ORDER BY id DESC LIMIT 1"));
        SR_OK(actor);
        QCOMPARE(actor->at(0).toObject().value(QStringLiteral("actor")).toString(), spec.user);
        SR_VERIFY_LEDGER(*f.api);
    }

    // No persona writes a table or a view directly, or calls the internal helpers; only the api functions
    // change the ledger.
    void noDirectWrites_data()
    {
        QTest::addColumn<QString>("persona");
        for (const QString &persona : kPersonas)
            QTest::newRow(qPrintable(persona)) << persona;
    }

    void noDirectWrites()
    {
        QFETCH(QString, persona);
        SR_FIXTURE(f);
        Session session(f.db.spec(persona), persona);
        SR_OK(session.open());
        const QString before = Tests::snapshot(*f.session);
        const QStringList statements = {
            QStringLiteral("INSERT INTO ledger.movement (kind, sku_id, location_id, bucket, quantity)"
                           " VALUES ('receive', 1, 1, 'on_hand', 5)"),
            QStringLiteral("UPDATE ledger.movement SET quantity = 500"),
            QStringLiteral("DELETE FROM ledger.movement"),
            QStringLiteral("UPDATE ledger.stock_level SET on_hand = on_hand + 100"),
            QStringLiteral("DELETE FROM ledger.stock_level"),
            QStringLiteral("UPDATE ledger.reservation SET status = 'committed'"),
            QStringLiteral("DELETE FROM ledger.idempotency"),
            QStringLiteral("INSERT INTO ledger.outbox (aggregate, aggregate_version, event_type, payload)"
                           " VALUES ('A@ST1', 1, 'receive', '{}')"),
            QStringLiteral("INSERT INTO ledger.sku (code, name) VALUES ('Z', 'Z')"),
            QStringLiteral("SELECT ledger.change(1, 1, 100, 0, 0, 0)"),
            QStringLiteral("UPDATE api.locations SET name = 'renamed'"),
            QStringLiteral("DELETE FROM api.locations"),
            QStringLiteral("UPDATE api.channels SET backorder_allowed = true"),
            QStringLiteral("INSERT INTO api.locations (code, name, kind) VALUES ('X', 'X', 'store')"),
            QStringLiteral("UPDATE api.stock SET on_hand = 1000"),
            QStringLiteral("DELETE FROM api.stock"),
            QStringLiteral("DELETE FROM api.ledger"),
            QStringLiteral("UPDATE api.reservations SET status = 'released'"),
            QStringLiteral("DELETE FROM ledger.adjust_reason"),
            QStringLiteral("UPDATE ledger.adjust_reason SET direction = 'either'"),
            QStringLiteral("UPDATE api.adjust_reasons SET needs_note = false"),
            QStringLiteral("UPDATE ledger.transfer SET status = 'cancelled'"),
            QStringLiteral("UPDATE ledger.sku SET unit_cost = 0"),
        };
        for (const QString &sql : statements) {
            auto ran = session.run(sql);
            QVERIFY2(!ran, qPrintable(sql));
            // Views over joins are not updatable at all; everything else is a missing privilege.
            const bool joinedView = sql.contains(QStringLiteral("api.stock")) ||
                                    sql.contains(QStringLiteral("api.ledger")) ||
                                    sql.contains(QStringLiteral("api.reservations"));
            if (!joinedView)
                QVERIFY2(ran.error().kind == Kind::PermissionDenied,
                         qPrintable(sql + QStringLiteral(": ") + QLatin1String(Tests::kindName(ran.error().kind)) +
                                    u' ' + ran.error().message));
        }
        QCOMPARE(Tests::snapshot(*f.session), before);
    }

    // What the window may offer each persona, as Permissions reads it from the database.
    void permissionsPerPersona_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<bool>("editReference");
        const QStringList checkout = {QStringLiteral("commit"), QStringLiteral("release")};
        const QStringList associate =
            checkout + QStringList{QStringLiteral("receive"), QStringLiteral("return"), QStringLiteral("count_record")};
        const QStringList manager =
            associate + QStringList{QStringLiteral("adjust"),          QStringLiteral("count"),
                                    QStringLiteral("transfer_ship"),   QStringLiteral("transfer_receive"),
                                    QStringLiteral("transfer_cancel"), QStringLiteral("transfer_write_off"),
                                    QStringLiteral("release_many")};
        QTest::newRow("checkout") << QStringLiteral("checkout") << checkout << false;
        QTest::newRow("associate") << QStringLiteral("associate") << associate << false;
        QTest::newRow("manager") << QStringLiteral("manager") << manager << true;
        QTest::newRow("admin") << QStringLiteral("admin") << manager << true;
    }

    void permissionsPerPersona()
    {
        QFETCH(QString, persona);
        QFETCH(QStringList, allowed);
        QFETCH(bool, editReference);
        SR_FIXTURE(f);
        Session session(f.db.spec(persona), persona);
        auto permissions = Permissions::load(session);
        SR_OK(permissions);
        QVERIFY(permissions->known);
        QCOMPARE(permissions->persona, persona);
        QStringList may;
        for (const Operation::Kind kind : Operation::kinds()) {
            if (permissions->may(kind))
                may << Operation::kindName(kind);
            // What the window says a refused operation needs is a persona that has it.
            if (!permissions->may(kind))
                QVERIFY2(Permissions::personaFor(kind) != persona, qPrintable(Operation::kindName(kind)));
        }
        std::sort(may.begin(), may.end());
        std::sort(allowed.begin(), allowed.end());
        QCOMPARE(may, allowed);
        QCOMPARE(permissions->mayEditReference(), editReference);
    }

    // Not even a superuser rewrites history: the movement ledger is append-only.
    void movementsAreAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << QStringLiteral("UPDATE ledger.movement SET quantity = quantity + 1");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM ledger.movement");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE ledger.movement");
    }

    void movementsAreAppendOnly()
    {
        QFETCH(QString, sql);
        SR_FIXTURE(f);
        auto superuser = f.session->rows(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
        SR_OK(superuser);
        QVERIFY(superuser->at(0).toObject().value(QStringLiteral("rolsuper")).toBool());
        const QString before = Tests::snapshot(*f.session);
        auto ran = f.session->execScript(sql); // simple protocol: TRUNCATE cannot be prepared
        QVERIFY(!ran);
        QCOMPARE(ran.error().kind, Kind::PermissionDenied);
        QVERIFY2(ran.error().message.contains(QStringLiteral("append-only")), qPrintable(ran.error().message));
        QCOMPARE(Tests::snapshot(*f.session), before);
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
