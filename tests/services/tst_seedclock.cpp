// The ledger's clock (resources/migrations/0005_seed_clock.sql): a login that owns the ledger (a superuser, or a
// member of stockroom_owner) can set stockroom.seed_at to write history with past times, through the API like any
// other change; every other login that sets it still has its rows stamped now().

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString A = QStringLiteral("A");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");
const QString kPast = QStringLiteral("2021-03-04 10:15:00+00");
const QString kLater = QStringLiteral("2021-03-04 10:20:00+00");

QString key()
{
    return LedgerService::newKey();
}

ReserveRequest request(int ttlSeconds)
{
    ReserveRequest r;
    r.sku = A;
    r.location = ST1;
    r.quantity = 1;
    r.ttlSeconds = ttlSeconds;
    return r;
}

// Two locations with A in stock at both, set up by the superuser without the setting.
struct Fixture : Tests::LedgerFixture
{
    QString setUp()
    {
        if (QString error = open(QStringLiteral("superuser")); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({WH1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}})
              << api->addLocation({ST1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}})
              << api->addSku(A, QStringLiteral("Anvil")) << api->receive(A, WH1, 50, key())
              << api->receive(A, ST1, 50, key());
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // The first row the superuser's query returns.
    QJsonObject row(const QString &sql, const QVariantList &values = {})
    {
        auto rows = session->rows(sql, values);
        if (!rows || rows->isEmpty())
            return {{QStringLiteral("error"), rows ? QStringLiteral("no row") : rows.error().message}};
        return rows->at(0).toObject();
    }

    // The database's clock now, as text for a later comparison.
    QString now() { return row(QStringLiteral("SELECT clock_timestamp()::text AS now")).value(u"now").toString(); }

    // Whether everything the call with this key stamped (its movements, its stored result, its stock rows and the
    // outbox events after event `after`) carries the time `at` (exactly) or lies at or after `since`.
    QJsonObject stamps(const QString &callKey, qint64 after, const QString &at, const QString &since)
    {
        return row(QStringLiteral(
                       "WITH s AS (SELECT m.at FROM ledger.movement m WHERE m.idempotency_key = ?"
                       " UNION ALL SELECT i.created_at FROM ledger.idempotency i WHERE i.key = ?"
                       " UNION ALL SELECT o.created_at FROM ledger.outbox o WHERE o.id > ?"
                       " UNION ALL SELECT l.updated_at FROM ledger.stock_level l"
                       "   WHERE (l.sku_id, l.location_id) IN (SELECT m.sku_id, m.location_id FROM ledger.movement m"
                       "                                      WHERE m.idempotency_key = ?))"
                       " SELECT count(*) AS stamps, coalesce(bool_and(s.at = ?::timestamptz), false) AS at,"
                       " coalesce(bool_and(s.at >= ?::timestamptz), false) AS since FROM s"),
                   {callKey, callKey, after, callKey, at, since});
    }

    qint64 lastEvent()
    {
        return row(QStringLiteral("SELECT coalesce(max(id), 0) AS id FROM ledger.outbox")).value(u"id").toInteger();
    }
};

} // namespace

class TestSeedClock : public QObject
{
    Q_OBJECT

private slots:
    // A login of any persona may set the setting (a custom setting cannot be restricted), but what it writes is
    // stamped now(): its movements, its stored result, its stock rows, its events, its reservation.
    void ordinaryLoginsGetNow_data()
    {
        QTest::addColumn<QString>("persona");
        for (const char *persona : {"checkout", "associate", "manager", "supervisor", "admin"})
            QTest::newRow(persona) << QString::fromLatin1(persona);
    }

    void ordinaryLoginsGetNow()
    {
        QFETCH(QString, persona);
        SR_FIXTURE(f);
        Session session(f.db.spec(persona), persona);
        SR_OK(session.execScript(QStringLiteral("SET stockroom.seed_at = '%1'").arg(kPast)));
        auto setting = session.rows(QStringLiteral("SELECT current_setting('stockroom.seed_at') AS at"));
        SR_OK(setting);
        QCOMPARE(setting->at(0).toObject().value(u"at").toString(), kPast);
        LedgerService api(session);

        const QString since = f.now();
        const qint64 after = f.lastEvent();
        const QString callKey = key();
        if (persona == u"checkout") {
            auto reserved = api.reserve(request(600), callKey);
            SR_OK(reserved);
            const QJsonObject held = f.row(QStringLiteral("SELECT created_at >= ?::timestamptz AS now,"
                                                          " expires_at = created_at + interval '600 seconds' AS ttl"
                                                          " FROM ledger.reservation WHERE id = ?"),
                                           {since, reserved->value(u"reservation").toInteger()});
            QVERIFY2(held.value(u"now").toBool() && held.value(u"ttl").toBool(), qPrintable(Tests::toText(held)));
        } else {
            SR_OK(api.receive(A, ST1, 3, callKey));
        }
        const QJsonObject stamps = f.stamps(callKey, after, kPast, since);
        QVERIFY2(stamps.value(u"stamps").toInteger() >= 4, qPrintable(Tests::toText(stamps)));
        QVERIFY2(stamps.value(u"since").toBool(), qPrintable(Tests::toText(stamps)));
        QVERIFY2(!stamps.value(u"at").toBool(), qPrintable(Tests::toText(stamps)));
        SR_VERIFY_LEDGER(*f.api);
    }

    // The superuser, and a login that is a member of stockroom_owner, write at the time they set: every stamp of a
    // receipt, a transfer shipped and received, a reservation made and committed minutes later. Consumers still
    // read events in the order they were committed, whatever time they carry.
    void ownerAndSuperuserBackdate_data()
    {
        QTest::addColumn<QString>("persona");
        QTest::newRow("superuser") << QString();
        QTest::newRow("owner") << QStringLiteral("owner");
    }

    void ownerAndSuperuserBackdate()
    {
        QFETCH(QString, persona);
        SR_FIXTURE(f);
        Session session(f.db.spec(persona), QStringLiteral("seeder"));
        SR_OK(session.execScript(QStringLiteral("SET stockroom.seed_at = '%1'").arg(kPast)));
        LedgerService api(session);

        const QString since = f.now();
        const qint64 after = f.lastEvent();
        const QString receiveKey = key();
        SR_OK(api.receive(A, ST1, 3, receiveKey));
        const QJsonObject stamps = f.stamps(receiveKey, after, kPast, since);
        QVERIFY2(stamps.value(u"stamps").toInteger() >= 4, qPrintable(Tests::toText(stamps)));
        QVERIFY2(stamps.value(u"at").toBool(), qPrintable(Tests::toText(stamps)));

        auto shipped = api.transferShip(A, WH1, ST1, 4, key());
        SR_OK(shipped);
        const qint64 transfer = shipped->value(u"transfer").toInteger();
        auto reserved = api.reserve(request(600), key());
        SR_OK(reserved);
        const qint64 reservation = reserved->value(u"reservation").toInteger();

        SR_OK(session.execScript(QStringLiteral("SET stockroom.seed_at = '%1'").arg(kLater)));
        SR_OK(api.transferReceive(transfer, std::nullopt, key()));
        // Committed at its own time, five minutes after it was made: within its TTL on the clock it is recorded at.
        SR_OK(api.commit(reservation, key()));
        const QJsonObject history =
            f.row(QStringLiteral("SELECT t.shipped_at = ?::timestamptz AND t.received_at = ?::timestamptz"
                                 "   AND t.updated_at = ?::timestamptz AS transfer,"
                                 " r.created_at = ?::timestamptz AND r.expires_at = ?::timestamptz + interval '600 s'"
                                 "   AND r.resolved_at = ?::timestamptz AND r.status = 'committed' AS reservation"
                                 " FROM ledger.transfer t, ledger.reservation r WHERE t.id = ? AND r.id = ?"),
                  {kPast, kLater, kLater, kPast, kPast, kLater, transfer, reservation});
        QVERIFY2(history.value(u"transfer").toBool() && history.value(u"reservation").toBool(),
                 qPrintable(Tests::toText(history)));

        // Events come in commit order: the fixture's first, then these, though these carry an older time.
        // api.events_after shows a transaction's events once no older transaction is still running anywhere on
        // the server; other tests' transactions on the same cluster may hold some back for a moment. All eight:
        // the fixture's two receipts, then this receipt, the shipment's two, the hold, the receipt and the commit.
        auto events = f.api->eventsAfter(0);
        SR_OK(events);
        for (int tries = 0; tries < 100 && events->size() < 8; ++tries) {
            QTest::qWait(100);
            events = f.api->eventsAfter(0);
            SR_OK(events);
        }
        QCOMPARE(events->size(), 8);
        QCOMPARE(events->first().toObject().value(u"event_type").toString(), QStringLiteral("receive"));
        const auto stampedAt = [&](const QJsonValue &event, const QString &at) {
            return f
                .row(QStringLiteral("SELECT created_at = ?::timestamptz AS at FROM ledger.outbox WHERE id = ?"),
                     {at, event.toObject().value(u"id").toInteger()})
                .value(u"at")
                .toBool();
        };
        QVERIFY(!stampedAt(events->first(), kPast));
        QVERIFY(stampedAt(events->last(), kLater));
        SR_VERIFY_LEDGER(*f.api);
    }

    // A hold made in the past whose TTL has run out is expired by the database's own clock: listed as expired,
    // refused by a commit on now(), ended by the sweeper.
    void pastHoldsExpireOnTheRealClock()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->execScript(QStringLiteral("SET stockroom.seed_at = '%1'").arg(kPast)));
        auto reserved = f.api->reserve(request(3600), key());
        SR_OK(reserved);
        const qint64 reservation = reserved->value(u"reservation").toInteger();
        SR_OK(f.session->execScript(QStringLiteral("RESET stockroom.seed_at")));

        auto expired = f.api->openReservations({}, true);
        SR_OK(expired);
        QCOMPARE(expired->size(), 1);
        QCOMPARE(expired->at(0).id, reservation);
        SR_FAILS(f.api->commit(reservation, key()), Kind::Refused);
        auto swept = f.api->sweep();
        SR_OK(swept);
        QCOMPARE(swept->value(u"expired").toInteger(), 1);
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 0);
        SR_VERIFY_LEDGER(*f.api);
    }

    // Without the setting, or once a SET LOCAL of it has ended (the setting then reads as empty), the owner's rows
    // are stamped now() as well.
    void withoutTheSettingTheClockIsNow()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->execScript(QStringLiteral("BEGIN; SET LOCAL stockroom.seed_at = '%1'; COMMIT;").arg(kPast)));
        const QString since = f.now();
        const qint64 after = f.lastEvent();
        const QString receiveKey = key();
        SR_OK(f.api->receive(A, WH1, 2, receiveKey));
        const QJsonObject stamps = f.stamps(receiveKey, after, kPast, since);
        QVERIFY2(stamps.value(u"since").toBool() && !stamps.value(u"at").toBool(), qPrintable(Tests::toText(stamps)));
    }
};

QTEST_MAIN(TestSeedClock)
#include "tst_seedclock.moc"
