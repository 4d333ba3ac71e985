// Nothing can stall the ledger (issue 10): the sweep's lock is one no client login can take; a client that opens a
// transaction and goes idle (or turns its own timeout off) is cut off and everyone else proceeds; the event feed
// refuses a cursor it does not know and tells a purged one apart; one stock row's events are ordered by their
// aggregate_version; the app's event listener starts again from the head when its cursor is refused.

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <connection/session.h>
#include <connection/transactionguard.h>
#include <ledger/eventlistener.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <thread>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");
const QString ST1 = QStringLiteral("ST1");

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
    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        if (auto added = api->addLocation({ST1, QStringLiteral("High Street"), QStringLiteral("store"), {}, {}, {}});
            !added)
            return added.error().message;
        for (const QString &sku : {A, B}) {
            if (auto added = api->addSku(sku, sku + QStringLiteral(" item")); !added)
                return added.error().message;
            if (auto received = api->receive(sku, ST1, 10, key()); !received)
                return received.error().message;
        }
        return {};
    }

    qint64 get(const QString &sku, const char *name) { return Tests::bucket(*api, sku, ST1, QLatin1String(name)); }

    // The newest event written so far (api.events_head() may still stand before the fixture's own events while
    // other tests' open transactions hold the readable horizon back).
    qint64 head()
    {
        auto rows = session->rows(QStringLiteral("SELECT coalesce(max(id), 0) AS head FROM ledger.outbox"));
        return rows ? rows->at(0).toObject().value(QStringLiteral("head")).toInteger() : -1;
    }

    // Every event after `after`, once at least `count` are readable (or whatever there is after 20 s).
    QJsonArray eventsAfter(qint64 after, int count)
    {
        QJsonArray events;
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired(); QThread::msleep(20)) {
            auto read = api->eventsAfter(after);
            if (!read)
                return {};
            events = read.value();
            if (events.size() >= count)
                break;
        }
        return events;
    }

    bool waitForLockWaiters(int count)
    {
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired(); QThread::msleep(10)) {
            auto rows = session->rows(
                QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
                               " AND wait_event_type = 'Lock'"));
            if (rows && rows->at(0).toObject().value(QStringLiteral("n")).toInteger() == count)
                return true;
        }
        return false;
    }

    // A hold whose time has run out, waiting for a sweeper.
    qint64 expiredHold()
    {
        auto held = api->reserve({A, ST1, 1, 1, QStringLiteral("store"), {}}, key());
        if (!held)
            return -1;
        const qint64 id = integer(*held, "reservation");
        return Tests::waitUntilExpired(*session, id) ? id : -1;
    }

    // Low limits for this database's client logins, so a test waits seconds, not the defaults' tens of seconds.
    QString lowLimits()
    {
        auto set = session->execScript(QStringLiteral("UPDATE ledger.client_limit SET lock_timeout = '1 second', "
                                                      "idle_in_transaction_session_timeout = '2 seconds'"));
        return set ? QString() : set.error().message;
    }
};

} // namespace

class TestLiveness : public QObject
{
    Q_OBJECT

private slots:
    // A checkout login holds the advisory lock the sweep used to take; sweeps still work.
    void sweepIgnoresThePublicAdvisoryLock()
    {
        SR_FIXTURE(f);
        Session checkout(f.db.spec(QStringLiteral("checkout")), QStringLiteral("squatter"));
        SR_OK(checkout.execScript(QStringLiteral("SELECT pg_advisory_lock(hashtext('stockroom.sweep'))")));
        const qint64 hold = f.expiredHold();
        QVERIFY(hold > 0);
        Session supervisorSession(f.db.spec(QStringLiteral("supervisor")), QStringLiteral("supervisor"));
        LedgerService supervisor(supervisorSession);
        auto swept = supervisor.sweep();
        SR_OK(swept);
        QCOMPARE(swept->value(QStringLiteral("skipped")).toBool(), false);
        QCOMPARE(integer(*swept, "expired"), 1);
        QCOMPARE(f.get(A, "reserved"), 0);
    }

    // Two sweeps at once: one works, the other says skipped. The lock is a ledger row no client login can lock.
    void oneSweeperAtATime()
    {
        SR_FIXTURE(f);
        QVERIFY(f.expiredHold() > 0);
        Session first(f.db.spec(QStringLiteral("associate")), QStringLiteral("sweeper-1"));
        Session second(f.db.spec(QStringLiteral("checkout")), QStringLiteral("sweeper-2"));
        LedgerService firstApi(first);
        LedgerService secondApi(second);
        SR_OK(first.open());
        {
            TransactionGuard transaction(first.database());
            SR_OK(transaction.begin());
            auto working = firstApi.sweep();
            SR_OK(working);
            QCOMPARE(integer(*working, "expired"), 1);
            auto skipped = secondApi.sweep();
            SR_OK(skipped);
            QCOMPARE(skipped->value(QStringLiteral("skipped")).toBool(), true);
            SR_OK(transaction.commit());
        }
        QCOMPARE(f.get(A, "reserved"), 0);
        auto grab = second.run(QStringLiteral("SELECT 1 FROM ledger.duty FOR UPDATE"));
        SR_FAILS(grab, Kind::PermissionDenied);
        auto after = secondApi.sweep();
        SR_OK(after);
        QCOMPARE(after->value(QStringLiteral("skipped")).toBool(), false);
    }

    // A checkout opens a transaction, holds a stock row with a reserve, and goes idle. It is cut off after its idle
    // limit; a manager's reserve of that row, which waited or gave up after its lock limit and tried again, goes
    // through; events held back behind the idle transaction are read.
    void stalledClientIsCutOff()
    {
        SR_FIXTURE(f);
        QCOMPARE(f.lowLimits(), QString());
        const qint64 head = f.head();
        Session stalled(f.db.spec(QStringLiteral("checkout")), QStringLiteral("stalled"));
        SR_OK(stalled.execScript(QStringLiteral("BEGIN")));
        SR_OK(stalled.callJson(QStringLiteral("SELECT api.reserve('A', 'ST1', 3, 900, 'store', NULL, ?)::text"),
                               {key()}));
        QElapsedTimer idle;
        idle.start();
        SR_OK(f.api->receive(B, ST1, 1, key())); // committed, but younger than the stalled transaction

        Session otherSession(f.db.spec(QStringLiteral("manager")), QStringLiteral("other"));
        SR_OK(otherSession.execScript(QStringLiteral("SET statement_timeout = '10s'"))); // never hang here
        LedgerService other(otherSession);
        const QString otherKey = key();
        Result<QJsonObject> reserved = Error{};
        int lockTimeouts = 0;
        for (QDeadlineTimer deadline(20000); !deadline.hasExpired(); QThread::msleep(100)) {
            reserved = other.reserve({A, ST1, 2, 900, QStringLiteral("store"), {}}, otherKey);
            if (reserved)
                break;
            if (reserved.error().sqlState == u"55P03")
                ++lockTimeouts;
        }
        const qint64 waited = idle.elapsed();
        SR_OK(reserved);
        qInfo("the other login's reserve went through %lld ms after the client went idle (%d lock timeout(s) first)",
              static_cast<long long>(waited), lockTimeouts);
        QVERIFY2(waited < 6000, qPrintable(QString::number(waited)));
        QCOMPARE(f.get(A, "reserved"), 2); // the stalled reserve was rolled back with its session

        const QJsonArray events = f.eventsAfter(head, 2);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("aggregate")).toString(), QStringLiteral("B@ST1"));
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("event_type")).toString(), QStringLiteral("reserve"));
        SR_VERIFY_LEDGER(*f.api);
    }

    // A client that turns its idle limit off after its call still holds the row only until the next sweep (by any
    // app instance, stockroomctl or this test) after the limit.
    void clientThatTurnsItsLimitOffIsCutOffBySweep()
    {
        SR_FIXTURE(f);
        QCOMPARE(f.lowLimits(), QString());
        Session stalled(f.db.spec(QStringLiteral("checkout")), QStringLiteral("stubborn"));
        SR_OK(stalled.execScript(QStringLiteral("BEGIN")));
        SR_OK(stalled.callJson(QStringLiteral("SELECT api.reserve('A', 'ST1', 3, 900, 'store', NULL, ?)::text"),
                               {key()}));
        SR_OK(stalled.execScript(QStringLiteral("SET LOCAL idle_in_transaction_session_timeout = 0")));
        QThread::msleep(2500);
        auto swept = f.api->sweep();
        SR_OK(swept);
        QCOMPARE(integer(*swept, "cut_off"), 1);

        Session otherSession(f.db.spec(QStringLiteral("manager")), QStringLiteral("other"));
        SR_OK(otherSession.execScript(QStringLiteral("SET statement_timeout = '5s'")));
        LedgerService other(otherSession);
        const QString otherKey = key();
        Result<QJsonObject> reserved = Error{};
        for (QDeadlineTimer deadline(10000); !deadline.hasExpired() && !reserved; QThread::msleep(100))
            reserved = other.reserve({A, ST1, 2, 900, QStringLiteral("store"), {}}, otherKey);
        SR_OK(reserved);
        QCOMPARE(f.get(A, "reserved"), 2);
        SR_VERIFY_LEDGER(*f.api);
    }

    // Cursor 0 and the head are valid; an id the ledger never had is SR003; one the retention purged is SR007,
    // naming how far the purge went and the retention.
    void eventCursors()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->execScript(QStringLiteral("UPDATE ledger.retention SET event_retention = '1 second'")));
        const QJsonArray early = f.eventsAfter(0, 2);
        QCOMPARE(early.size(), 2);
        const qint64 last = early.last().toObject().value(QStringLiteral("id")).toInteger();
        SR_OK(f.api->eventsAfter(f.head()));
        auto never = f.api->eventsAfter(last + 1000);
        SR_FAILS(never, Kind::NotFound);
        QCOMPARE(never.error().sqlState, QStringLiteral("SR003"));

        auto marked = f.session->callJson(QStringLiteral("SELECT api.purge()::text"));
        SR_OK(marked);
        QCOMPARE(integer(*marked, "events_purged"), 0); // nothing is older than the retention yet
        QThread::msleep(1300);
        SR_OK(f.api->receive(A, ST1, 1, key()));
        const QJsonArray fresh = f.eventsAfter(last, 1);
        QCOMPARE(fresh.size(), 1);
        const qint64 kept = fresh.at(0).toObject().value(QStringLiteral("id")).toInteger();
        auto purged = f.session->callJson(QStringLiteral("SELECT api.purge()::text"));
        SR_OK(purged);
        QCOMPARE(integer(*purged, "events_purged"), 2);
        QCOMPARE(integer(*purged, "events_purged_through"), last);

        auto gone = f.api->eventsAfter(early.first().toObject().value(QStringLiteral("id")).toInteger());
        SR_FAILS(gone, Kind::Refused);
        QCOMPARE(gone.error().sqlState, QStringLiteral("SR007"));
        QVERIFY2(gone.error().message.contains(QString::number(last)) &&
                     gone.error().message.contains(QStringLiteral("00:00:01")),
                 qPrintable(gone.error().message));
        auto fromStart = f.api->eventsAfter(0);
        SR_OK(fromStart);
        QCOMPARE(fromStart->size(), 1);
        QCOMPARE(fromStart->at(0).toObject().value(QStringLiteral("id")).toInteger(), kept);
        SR_OK(f.api->eventsAfter(kept));
        QCOMPARE(f.api->eventsAfter(last + 1000).error().sqlState, QStringLiteral("SR003"));
    }

    // Events come in (transaction, id) order, so one stock row's versions can arrive out of order: a transaction
    // that began writing first (another row) and then waited for the row commits after the one it waited for. Each
    // version arrives exactly once, and ordering one row's events by aggregate_version (keeping the newest) gives
    // its balance.
    void oneRowsEventsAreOrderedByVersion()
    {
        SR_FIXTURE(f);
        const qint64 head = f.head();
        std::atomic<int> step = 0;
        Result<QJsonObject> earlyReceipt = Error{};
        Status earlyCommit = Error{};
        std::thread early([&] {
            Session session(f.db.spec(), QStringLiteral("early"));
            LedgerService api(session);
            if (!session.execScript(QStringLiteral("BEGIN")) || !api.receive(B, ST1, 1, key())) {
                step = -1;
                return;
            }
            step = 1;
            while (step.load() == 1)
                QThread::msleep(5);
            earlyReceipt = api.receive(A, ST1, 5, key()); // waits for the late transaction's row lock
            earlyCommit = session.execScript(QStringLiteral("COMMIT"));
        });
        for (QDeadlineTimer deadline(10000); step.load() == 0 && !deadline.hasExpired();)
            QThread::msleep(5);
        QCOMPARE(step.load(), 1);
        Session lateSession(f.db.spec(), QStringLiteral("late"));
        LedgerService late(lateSession);
        SR_OK(lateSession.execScript(QStringLiteral("BEGIN")));
        SR_OK(late.receive(A, ST1, 1, key()));
        step = 2;
        const bool waited = f.waitForLockWaiters(1);
        SR_OK(lateSession.execScript(QStringLiteral("COMMIT")));
        early.join();
        QVERIFY(waited);
        SR_OK(earlyReceipt);
        SR_OK(earlyCommit);

        const QJsonArray events = f.eventsAfter(head, 3);
        QCOMPARE(events.size(), 3);
        QList<qint64> versions;
        qint64 newest = -1;
        qint64 onHand = -1;
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            if (event.value(QStringLiteral("aggregate")).toString() != u"A@ST1")
                continue;
            const qint64 version = event.value(QStringLiteral("aggregate_version")).toInteger();
            versions << version;
            const QJsonObject payload =
                QJsonDocument::fromJson(event.value(QStringLiteral("payload")).toString().toUtf8()).object();
            QCOMPARE(payload.value(QStringLiteral("version")).toInteger(), version);
            if (version > newest) {
                newest = version;
                onHand = payload.value(QStringLiteral("on_hand")).toInteger();
            }
        }
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0), versions.at(1) + 1); // the newer version is delivered first here
        QCOMPARE(onHand, f.get(A, "on_hand"));
        QCOMPARE(onHand, 16);
    }

    // The listener's cursor is not the ledger's (another database, a ledger set up again): it starts again from the
    // head and says so, instead of replaying the whole history as stock changes.
    void listenerStartsAgainFromTheHead()
    {
        SR_FIXTURE(f);
        QCOMPARE(f.eventsAfter(0, 2).size(), 2);
        const qint64 head = f.head();
        EventListener listener(f.db.spec(QStringLiteral("associate")));
        QSignalSpy arrived(&listener, &EventListener::eventsArrived);
        QSignalSpy resynced(&listener, &EventListener::resynced);
        listener.start(head + 100000);
        QTRY_COMPARE_WITH_TIMEOUT(resynced.size(), 1, 5000);
        QCOMPARE(resynced.at(0).at(0).toLongLong(), head);
        SR_OK(f.api->receive(A, ST1, 1, key()));
        QTRY_VERIFY_WITH_TIMEOUT(!arrived.isEmpty(), 5000);
        for (const QList<QVariant> &signal : std::as_const(arrived)) {
            for (const StockEvent &event : signal.at(0).value<QList<StockEvent>>())
                QVERIFY2(event.id > head, qPrintable(QStringLiteral("replayed event %1").arg(event.id)));
        }
        listener.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveness)
#include "tst_liveness.moc"
