// Idempotency's edge cases (issue 10): one key raced by two different operations on one stock row is a conflict
// (SR002), never a deadlock; a call retried inside a savepoint gets its own answer again, not SR006; SR002 shows
// nothing of what another login stored under the key; a key whose record the retention purged is refused (SR007),
// never applied a second time.

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <thread>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString A = QStringLiteral("A");
const QString ST1 = QStringLiteral("ST1");
const QString kSecretRef = QStringLiteral("ORDER-SECRET-42");

QString key()
{
    return LedgerService::newKey();
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
        if (auto added = api->addSku(A, QStringLiteral("Anvil")); !added)
            return added.error().message;
        if (auto received = api->receive(A, ST1, 10, key()); !received)
            return received.error().message;
        return {};
    }

    qint64 onHand() { return Tests::bucket(*api, A, ST1, QStringLiteral("on_hand")); }

    // Waits until this many of the database's sessions wait for a lock.
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
};

QString sqlState(const Result<QJsonObject> &result)
{
    return result ? QStringLiteral("(succeeded)") : result.error().sqlState;
}

} // namespace

class TestIdempotencyEdges : public QObject
{
    Q_OBJECT

private slots:
    // A checkout's reserve and a manager's adjust carry the same key and want the same stock row. The reserve takes
    // the key and waits (a table lock held here makes it wait after the key, before the row); the adjust then takes
    // the row before the key in today's functions: a deadlock. Taking the key first everywhere makes the adjust wait
    // for the key, holding nothing, and then see it used for another request.
    void oneKeyTwoOperationsOneRowIsAConflict()
    {
        SR_FIXTURE(f);
        Session blocker(f.db.spec(), QStringLiteral("blocker"));
        SR_OK(blocker.execScript(QStringLiteral("BEGIN; LOCK TABLE ledger.reservation_line IN SHARE MODE")));
        const QString k = key();
        const ConnectionSpec checkout = f.db.spec(QStringLiteral("checkout"));
        const ConnectionSpec manager = f.db.spec(QStringLiteral("manager"));
        Result<QJsonObject> reserved = Error{};
        Result<QJsonObject> adjusted = Error{};
        std::thread first([&] {
            Session session(checkout, QStringLiteral("reserve"));
            LedgerService api(session);
            reserved = api.reserve({A, ST1, 2, 900, QStringLiteral("store"), kSecretRef}, k);
        });
        QVERIFY(f.waitForLockWaiters(1));
        std::thread second([&] {
            Session session(manager, QStringLiteral("adjust"));
            LedgerService api(session);
            adjusted = api.adjust(A, ST1, -1, QStringLiteral("lost"), k);
        });
        const bool bothWait = f.waitForLockWaiters(2);
        SR_OK(blocker.execScript(QStringLiteral("COMMIT")));
        first.join();
        second.join();
        QVERIFY(bothWait);
        SR_OK(reserved);
        QVERIFY2(!adjusted, "the adjust with the reserve's key was applied");
        QVERIFY2(adjusted.error().sqlState == u"SR002",
                 qPrintable(QStringLiteral("%1: %2").arg(adjusted.error().sqlState, adjusted.error().message)));
        QCOMPARE(adjusted.error().kind, Kind::Conflict);
        QVERIFY2(!adjusted.error().message.contains(kSecretRef), qPrintable(adjusted.error().message));
        QCOMPARE(f.onHand(), 10);
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 2);
        SR_VERIFY_LEDGER(*f.api);
    }

    // psql's ON_ERROR_ROLLBACK and JDBC's autosave wrap each statement in a savepoint and, after an error, roll back
    // to it and go on in the same transaction. The refusal must be the refusal each time (SR001), not SR006 "retry"
    // (which a client would retry for ever); once the call can succeed, it does, and a retry then replays it.
    void savepointRetriesGetTheirOwnAnswer()
    {
        SR_FIXTURE(f);
        Session session(f.db.spec(QStringLiteral("checkout")), QStringLiteral("autosave"));
        const QString k = key();
        const QString reserve = QStringLiteral("SELECT api.reserve('A', 'ST1', ?, 900, 'store', NULL, ?)::text");
        auto call = [&](qint64 quantity) -> Result<QJsonObject> {
            if (auto saved = session.execScript(QStringLiteral("SAVEPOINT autosave")); !saved)
                return saved.error();
            auto result = session.callJson(reserve, {quantity, k});
            auto after = session.execScript(result ? QStringLiteral("RELEASE SAVEPOINT autosave")
                                                   : QStringLiteral("ROLLBACK TO SAVEPOINT autosave"));
            if (!after)
                return after.error();
            return result;
        };
        SR_OK(session.execScript(QStringLiteral("BEGIN")));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            auto refused = call(50);
            QVERIFY2(
                sqlState(refused) == u"SR001",
                qPrintable(
                    QStringLiteral("attempt %1: %2 %3").arg(attempt).arg(sqlState(refused), refused.errorMessage())));
        }
        auto held = call(2);
        SR_OK(held);
        QCOMPARE(held->value(QStringLiteral("replayed")).toBool(), false);
        auto again = call(2);
        SR_OK(again);
        QCOMPARE(again->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(again->value(QStringLiteral("reservation")), held->value(QStringLiteral("reservation")));
        SR_OK(session.execScript(QStringLiteral("COMMIT")));
        auto later = session.callJson(reserve, {2, k});
        SR_OK(later);
        QCOMPARE(later->value(QStringLiteral("reservation")), held->value(QStringLiteral("reservation")));
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 2);
        SR_VERIFY_LEDGER(*f.api);
    }

    // A key stored by a checkout, reused by a manager for another operation: SR002 names the key, not the checkout's
    // order, quantity or channel.
    void conflictShowsNothingOfAnotherLoginsRequest()
    {
        SR_FIXTURE(f);
        const QString k = key();
        Session checkoutSession(f.db.spec(QStringLiteral("checkout")), QStringLiteral("checkout"));
        LedgerService checkout(checkoutSession);
        SR_OK(checkout.reserve({A, ST1, 3, 900, QStringLiteral("web"), kSecretRef}, k));
        Session managerSession(f.db.spec(QStringLiteral("manager")), QStringLiteral("manager"));
        LedgerService manager(managerSession);
        auto reused = manager.adjust(A, ST1, -1, QStringLiteral("lost"), k);
        SR_FAILS(reused, Kind::Conflict);
        QCOMPARE(reused.error().sqlState, QStringLiteral("SR002"));
        const QString message = reused.error().message;
        QVERIFY2(message.contains(k), qPrintable(message));
        for (const QString &secret : {kSecretRef, QStringLiteral("web"), QStringLiteral("reserve")})
            QVERIFY2(!message.contains(secret), qPrintable(message));
        // The same login still learns nothing it did not send: its own request is all the message may hold.
        auto own = checkout.reserve({A, ST1, 4, 900, QStringLiteral("web"), kSecretRef}, k);
        SR_FAILS(own, Kind::Conflict);
        QCOMPARE(f.onHand(), 10);
    }

    // Two calls with one key and one request at once: the second waits for the first and replays its result.
    void concurrentSameKeyReplays()
    {
        SR_FIXTURE(f);
        const QString k = key();
        Session first(f.db.spec(QStringLiteral("checkout")), QStringLiteral("first"));
        SR_OK(first.execScript(QStringLiteral("BEGIN")));
        auto held =
            first.callJson(QStringLiteral("SELECT api.reserve('A', 'ST1', 2, 900, 'store', NULL, ?)::text"), {k});
        SR_OK(held);
        Result<QJsonObject> replayed = Error{};
        std::thread second([&] {
            Session session(f.db.spec(QStringLiteral("checkout")), QStringLiteral("second"));
            LedgerService api(session);
            replayed = api.reserve({A, ST1, 2, 900, QStringLiteral("store"), {}}, k);
        });
        const bool waited = f.waitForLockWaiters(1);
        SR_OK(first.execScript(QStringLiteral("COMMIT")));
        second.join();
        QVERIFY(waited);
        SR_OK(replayed);
        QCOMPARE(replayed->value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(replayed->value(QStringLiteral("reservation")), held->value(QStringLiteral("reservation")));
        QCOMPARE(Tests::bucket(*f.api, A, ST1, QStringLiteral("reserved")), 2);
    }

    // Keys are kept for the retention (30 days by default); then the purge drops their stored results and keeps a
    // tombstone, so a late retry is refused (SR007) instead of being applied again.
    void purgedKeyIsRefused()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->execScript(QStringLiteral("UPDATE ledger.retention SET key_retention = '1 second'")));
        const QString old = key();
        const QString recent = key();
        Session session(f.db.spec(QStringLiteral("associate")), QStringLiteral("associate"));
        LedgerService api(session);
        SR_OK(api.receive(A, ST1, 1, old));
        QThread::msleep(1300);
        SR_OK(api.receive(A, ST1, 1, recent));
        auto purged = f.session->callJson(QStringLiteral("SELECT api.purge()::text"));
        SR_OK(purged);
        QCOMPARE(purged->value(QStringLiteral("keys_purged")).toInteger(), 2); // the fixture's receipt and `old`
        QCOMPARE(f.onHand(), 12);

        auto late = api.receive(A, ST1, 1, old);
        SR_FAILS(late, Kind::Refused);
        QCOMPARE(late.error().sqlState, QStringLiteral("SR007"));
        QVERIFY2(late.error().message.contains(old) && late.error().message.contains(QStringLiteral("00:00:01")),
                 qPrintable(late.error().message));
        QCOMPARE(f.onHand(), 12);
        auto replayed = api.receive(A, ST1, 1, recent);
        SR_OK(replayed);
        QCOMPARE(replayed->value(QStringLiteral("replayed")).toBool(), true);
        SR_OK(api.receive(A, ST1, 1, key()));
        QCOMPARE(f.onHand(), 13);
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyEdges)
#include "tst_idempotencyedges.moc"
