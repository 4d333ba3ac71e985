#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

#include <connection/session.h>
#include <connection/transactionguard.h>
#include <functional>
#include <latch>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <memory>
#include <testdatabase.h>
#include <thread>
#include <vector>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::bucket;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString A = QStringLiteral("A");
const QString B = QStringLiteral("B");
const QString C = QStringLiteral("C");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");
const QString ST2 = QStringLiteral("ST2");

QString key()
{
    return LedgerService::newKey();
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

QString describe(const Error &error)
{
    return QStringLiteral("%1 [%2] %3").arg(QLatin1String(Tests::kindName(error.kind)), error.sqlState, error.message);
}

ReserveRequest request(const QString &sku, const QString &location, qint64 quantity,
                       const QString &channel = QStringLiteral("store"), int ttl = 900)
{
    ReserveRequest r;
    r.sku = sku;
    r.location = location;
    r.quantity = quantity;
    r.channel = channel;
    r.ttlSeconds = ttl;
    return r;
}

// Runs body(index, api) in `count` threads, each with its own Session made (and closed) in that thread. All
// threads connect first and then start together. Returns the milliseconds from the start to the last finish.
qint64 runThreads(const ConnectionSpec &spec, int count, const std::function<void(int, LedgerService &)> &body)
{
    std::latch connected(count);
    std::latch go(1);
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i) {
        threads.emplace_back([&, i] {
            Session session(spec, QStringLiteral("worker"));
            LedgerService api(session);
            session.open(); // a failure shows in the body's first call, which opens again and reports it
            connected.count_down();
            go.wait();
            body(i, api);
        });
    }
    connected.wait();
    QElapsedTimer timer;
    timer.start();
    go.count_down();
    for (std::thread &thread : threads)
        thread.join();
    return timer.elapsed();
}

// Errors collected from many threads, asserted on in the test thread (QTest macros are not thread-safe).
class Problems
{
public:
    void add(const QString &what)
    {
        QMutexLocker lock(&m_mutex);
        m_list << what;
    }
    QStringList list() const
    {
        QMutexLocker lock(&m_mutex);
        return m_list;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_list;
};

struct Fixture : Tests::LedgerFixture
{

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        for (const auto &[code, kind] :
             {std::pair{WH1, QStringLiteral("warehouse")}, std::pair{ST1, QStringLiteral("store")},
              std::pair{ST2, QStringLiteral("store")}}) {
            if (auto added = api->addLocation({code, code, kind, {}, {}, {}}); !added)
                return added.error().message;
        }
        for (const QString &sku : {A, B, C}) {
            if (auto added = api->addSku(sku, QStringLiteral("Item ") + sku); !added)
                return added.error().message;
        }
        return {};
    }
};

#define SR_NO_PROBLEMS(problems)                                                                                       \
    do {                                                                                                               \
        const QStringList sr_problems_ = (problems).list();                                                            \
        QVERIFY2(sr_problems_.isEmpty(), qPrintable(QStringLiteral("%1 unexpected errors, e.g. %2")                    \
                                                        .arg(sr_problems_.size())                                      \
                                                        .arg(sr_problems_.mid(0, 3).join(u'\n'))));                    \
    } while (false)

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    // Many connections reserve one unit at a time from one hot row until the ledger says no.
    void raceForLastUnits_data()
    {
        QTest::addColumn<int>("stock");
        QTest::addColumn<int>("threads");
        QTest::newRow("10 units, 16 connections") << 10 << 16;
        QTest::newRow("2000 units, 16 connections") << 2000 << 16;
    }

    void raceForLastUnits()
    {
        QFETCH(int, stock);
        QFETCH(int, threads);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, stock, key()));

        Problems problems;
        QMutex mutex;
        QList<qint64> won;
        QList<int> refusedThreads;
        const qint64 ms = runThreads(f.db.spec(), threads, [&](int index, LedgerService &api) {
            QList<qint64> mine;
            for (;;) {
                auto reserved = api.reserve(request(A, ST1, 1), key());
                if (reserved) {
                    mine << integer(*reserved, "reservation");
                    continue;
                }
                if (reserved.error().kind == Kind::Refused && reserved.error().sqlState == u"SR001") {
                    QMutexLocker lock(&mutex);
                    refusedThreads << index;
                } else {
                    problems.add(describe(reserved.error()));
                }
                break;
            }
            QMutexLocker lock(&mutex);
            won << mine;
        });
        SR_NO_PROBLEMS(problems);
        QCOMPARE(won.size(), stock);
        QCOMPARE(QSet<qint64>(won.begin(), won.end()).size(), stock); // every reservation its own
        QCOMPARE(refusedThreads.size(), threads);                     // every loser was told no
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), stock);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("available")), 0);
        auto active =
            f.session->rows(QStringLiteral("SELECT sum(quantity) AS q FROM api.reservations WHERE status = 'active'"));
        SR_OK(active);
        QCOMPARE(active->at(0).toObject().value(QStringLiteral("q")).toInteger(), stock);
        SR_VERIFY_LEDGER(*f.api);
        if (stock >= 1000)
            qInfo("reservation race: %d reservations of one SKU by %d connections in %lld ms = %.0f reservations/s",
                  stock, threads, ms, ms > 0 ? stock * 1000.0 / double(ms) : 0.0);
    }

    // The same idempotency key from many connections at once: one reservation, one answer for everybody.
    void concurrentReplaySameKey_data()
    {
        QTest::addColumn<int>("stock");
        QTest::addColumn<bool>("order");
        QTest::newRow("plenty of stock") << 100 << false;
        QTest::newRow("exactly enough stock") << 2 << false;
        QTest::newRow("order, exactly enough stock") << 2 << true;
    }

    void concurrentReplaySameKey()
    {
        QFETCH(int, stock);
        QFETCH(bool, order);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, stock, key()));
        SR_OK(f.api->receive(B, ST1, stock, key()));
        constexpr int kThreads = 16;
        constexpr int kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            const QString k = key();
            Problems problems;
            QMutex mutex;
            QList<qint64> ids;
            int fresh = 0;
            runThreads(f.db.spec(), kThreads, [&](int, LedgerService &api) {
                auto reserved = order ? api.reserveOrder(QStringLiteral("ORD-%1").arg(round),
                                                         {{B, ST1, 1}, {A, ST1, 2}}, 900, QStringLiteral("store"), k)
                                      : api.reserve(request(A, ST1, 2), k);
                if (!reserved) {
                    problems.add(describe(reserved.error()));
                    return;
                }
                QMutexLocker lock(&mutex);
                ids << integer(*reserved, "reservation");
                if (!reserved->value(QStringLiteral("replayed")).toBool())
                    ++fresh;
            });
            SR_NO_PROBLEMS(problems);
            QCOMPARE(ids.size(), kThreads);
            QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 1);
            QCOMPARE(fresh, 1);
            auto made = f.session->rows(QStringLiteral("SELECT DISTINCT reservation FROM api.reservations"));
            QCOMPARE(made->size(), round + 1); // one more per round
            QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 2);
            SR_VERIFY_LEDGER(*f.api);
            SR_OK(f.api->release(ids.first(), key())); // the stock is free again for the next round
        }
    }

    // Racing to resolve one reservation (commits and releases with their own keys) or to receive one transfer
    // in full: exactly one call wins, the rest are refused, and the stock moves once.
    void resolvesOnce_data()
    {
        QTest::addColumn<QString>("race");
        QTest::newRow("commit or release one reservation") << QStringLiteral("reservation");
        QTest::newRow("receive one transfer in full") << QStringLiteral("transfer");
    }

    void resolvesOnce()
    {
        QFETCH(QString, race);
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 10, key()));
        auto reserved = f.api->reserve(request(A, WH1, 4), key());
        auto shipped = f.api->transferShip(A, WH1, ST1, 3, key());
        SR_OK(reserved);
        SR_OK(shipped);
        Problems problems;
        std::atomic<int> wins = 0;
        std::atomic<int> commits = 0;
        runThreads(f.db.spec(), 12, [&](int index, LedgerService &api) {
            const bool commit = index % 2 == 0;
            auto result = race == u"transfer" ? api.transferReceive(integer(*shipped, "transfer"), std::nullopt, key())
                          : commit            ? api.commit(integer(*reserved, "reservation"), key())
                                              : api.release(integer(*reserved, "reservation"), key());
            if (result) {
                ++wins;
                if (commit)
                    ++commits;
            } else if (result.error().sqlState != u"SR005") {
                problems.add(describe(result.error()));
            }
        });
        SR_NO_PROBLEMS(problems);
        QCOMPARE(wins.load(), 1);
        if (race == u"transfer") {
            QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("on_hand")), 3);
            QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("inbound")), 0);
        } else {
            QCOMPARE(bucket(*f.api, A, WH1, QStringLiteral("reserved")), 0);
            QCOMPARE(bucket(*f.api, A, WH1, QStringLiteral("on_hand")), commits.load() == 1 ? 3 : 7);
        }
        SR_VERIFY_LEDGER(*f.api);
    }

    // Orders whose lines come in opposite orders, and transfers both ways, never deadlock: rows are locked in
    // one fixed order whatever order the caller names them in.
    void oppositeOrdersNeverDeadlock()
    {
        SR_FIXTURE(f);
        constexpr qint64 kStock = 100000;
        for (const QString &sku : {A, B, C}) {
            SR_OK(f.api->receive(sku, ST1, kStock, key()));
            SR_OK(f.api->receive(sku, WH1, kStock, key()));
        }
        constexpr int kThreads = 8;
        constexpr int kOrders = 25;
        Problems problems;
        std::atomic<qint64> committedUnits = 0;
        runThreads(f.db.spec(), kThreads, [&](int index, LedgerService &api) {
            for (int n = 0; n < kOrders; ++n) {
                if (index % 4 == 3) { // transfers between the two locations, in both directions
                    const bool outwards = n % 2 == 0;
                    auto shipped =
                        api.transferShip((n % 3 == 0) ? A : C, outwards ? WH1 : ST1, outwards ? ST1 : WH1, 1, key());
                    if (!shipped)
                        problems.add(describe(shipped.error()));
                    continue;
                }
                QList<OrderLine> lines = {{A, ST1, 1}, {B, ST1, 2}, {C, ST1, 1}, {A, WH1, 1}};
                if (index % 2 == 1)
                    std::reverse(lines.begin(), lines.end());
                auto reserved = api.reserveOrder(QStringLiteral("ORD-%1-%2").arg(index).arg(n), lines, 900,
                                                 QStringLiteral("store"), key());
                if (!reserved) {
                    problems.add(describe(reserved.error()));
                    continue;
                }
                const qint64 id = integer(*reserved, "reservation");
                auto resolved = n % 2 == 0 ? api.commit(id, key()) : api.release(id, key());
                if (!resolved)
                    problems.add(describe(resolved.error()));
                else if (n % 2 == 0)
                    committedUnits += 5;
            }
        });
        const QStringList list = problems.list();
        for (const QString &problem : list)
            QVERIFY2(!problem.contains(QStringLiteral("40P01")), qPrintable(problem));
        QCOMPARE(list, QStringList());
        qint64 total = 0;
        for (const QString &sku : {A, B, C}) {
            for (const QString &location : {WH1, ST1}) {
                QCOMPARE(bucket(*f.api, sku, location, QStringLiteral("reserved")), 0);
                total += bucket(*f.api, sku, location, QStringLiteral("on_hand")) +
                         bucket(*f.api, sku, location, QStringLiteral("inbound"));
            }
        }
        QCOMPARE(total, 6 * kStock - committedUnits.load());
        SR_VERIFY_LEDGER(*f.api);
    }

    // Reservations expire on the database clock; one sweeper works at a time and nothing expires twice.
    void expiryAndConcurrentSweepers()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 100, key()));
        SR_OK(f.api->receive(B, ST1, 100, key()));
        auto held = f.api->reserve(request(A, ST1, 5), key()); // a long one that must survive every sweep
        SR_OK(held);
        QList<qint64> due;
        for (int i = 0; i < 10; ++i) {
            auto r = i % 2 ? f.api->reserve(request(A, ST1, 1, QStringLiteral("store"), 1), key())
                           : f.api->reserveOrder(QStringLiteral("ORD-%1").arg(i), {{A, ST1, 1}, {B, ST1, 2}}, 1,
                                                 QStringLiteral("web"), key());
            SR_OK(r);
            due << integer(*r, "reservation");
        }
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 15);
        QVERIFY(Tests::waitUntilExpired(*f.session, due.last()));

        // One sweeper inside an open transaction holds the sweep lock; a second one meanwhile skips.
        Session first(f.db.spec(), QStringLiteral("sweeper-1"));
        Session second(f.db.spec(), QStringLiteral("sweeper-2"));
        LedgerService firstApi(first);
        LedgerService secondApi(second);
        SR_OK(first.open());
        {
            TransactionGuard transaction(first.database());
            SR_OK(transaction.begin());
            auto working = firstApi.sweep();
            SR_OK(working);
            QCOMPARE(integer(*working, "expired"), 10);
            auto skipped = secondApi.sweep();
            SR_OK(skipped);
            QCOMPARE(skipped->value(QStringLiteral("skipped")).toBool(), true);
            QCOMPARE(integer(*skipped, "expired"), 0);
            QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 15); // not committed yet
            SR_OK(transaction.commit());
        }
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 5);
        QCOMPARE(bucket(*f.api, B, ST1, QStringLiteral("reserved")), 0);
        SR_VERIFY_LEDGER(*f.api);

        // Sweepers racing in threads: whoever works, every due reservation expires exactly once.
        due.clear();
        for (int i = 0; i < 30; ++i) {
            auto r = f.api->reserve(request(i % 3 ? A : B, ST1, 1, QStringLiteral("store"), 1), key());
            SR_OK(r);
            due << integer(*r, "reservation");
        }
        QVERIFY(Tests::waitUntilExpired(*f.session, due.last()));
        Problems problems;
        std::atomic<int> expired = 0;
        std::atomic<int> skippedCount = 0;
        runThreads(f.db.spec(), 4, [&](int, LedgerService &api) {
            auto swept = api.sweep(7); // small batches, so the sweepers take turns
            while (swept && integer(*swept, "expired") > 0) {
                expired += int(integer(*swept, "expired"));
                swept = api.sweep(7);
            }
            if (!swept)
                problems.add(describe(swept.error()));
            else if (swept->value(QStringLiteral("skipped")).toBool())
                ++skippedCount;
        });
        SR_NO_PROBLEMS(problems);
        auto rest = f.api->sweep();
        SR_OK(rest);
        expired += int(integer(*rest, "expired"));
        QCOMPARE(expired.load(), 30);
        qInfo("concurrent sweepers: %d of 4 reported skipped at least once", skippedCount.load());
        auto twice =
            f.session->rows(QStringLiteral("SELECT reservation_id FROM api.ledger WHERE kind = 'expire'"
                                           " GROUP BY reservation_id, sku, location, bucket HAVING count(*) > 1"));
        SR_OK(twice);
        QCOMPARE(twice->size(), 0);
        auto statuses = f.session->rows(
            QStringLiteral("SELECT status, count(DISTINCT reservation) AS n FROM api.reservations GROUP BY status"
                           " ORDER BY status"));
        QCOMPARE(Tests::toText(statuses.value()),
                 QStringLiteral("[{\"n\":1,\"status\":\"active\"},{\"n\":40,\"status\":\"expired\"}]"));
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 5);
        SR_FAILS(f.api->commit(due.first(), key()), Kind::Refused);
        SR_OK(f.api->commit(integer(*held, "reservation"), key()));
        SR_VERIFY_LEDGER(*f.api);
    }

    // A release that read its lines just before a transfer receipt filled their backorder must not return
    // the stock to the wrong bucket.
    void releaseWhileTransferFillsBackorder()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 20, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 5, key());
        SR_OK(shipped);
        auto first = f.api->reserve(request(A, ST1, 2, QStringLiteral("web")), key());
        auto second = f.api->reserve(request(A, ST1, 3, QStringLiteral("web")), key());
        SR_OK(first);
        SR_OK(second);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("backordered")), 5);

        Session receiver(f.db.spec(), QStringLiteral("receiver"));
        LedgerService receiverApi(receiver);
        SR_OK(receiver.open());
        Result<QJsonObject> released = Error{};
        std::thread releaser;
        const auto joinReleaser = qScopeGuard([&] {
            if (releaser.joinable())
                releaser.join();
        });
        {
            TransactionGuard transaction(receiver.database());
            SR_OK(transaction.begin());
            SR_OK(receiverApi.transferReceive(integer(*shipped, "transfer"), 2, key())); // fills the first
            releaser = std::thread([&] {
                Session session(f.db.spec(), QStringLiteral("releaser"));
                LedgerService api(session);
                released = api.release(integer(*first, "reservation"), key());
            });
            // Wait until the release is blocked behind the receipt's row lock, then let the receipt finish.
            bool waiting = false;
            for (QDeadlineTimer deadline(20000); !waiting && !deadline.hasExpired(); QThread::msleep(10)) {
                auto rows = f.session->rows(
                    QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
                                   " AND wait_event_type = 'Lock'")); // Qt's driver shows only "EXECUTE qpsqlpstmt_…"
                waiting = rows && rows->at(0).toObject().value(QStringLiteral("n")).toInteger() == 1;
            }
            QVERIFY(waiting);
            SR_OK(transaction.commit());
        }
        releaser.join();
        SR_OK(released);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("reserved")), 0);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("backordered")), 3);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("on_hand")), 2);
        SR_VERIFY_LEDGER(*f.api);
    }

    // Bulk releases of overlapping sets, in any order, beside single commits and releases, receipts that fill
    // backorders and a sweeper: no deadlock, no error but "already resolved", and every reservation ends once.
    void bulkReleasesResolveOnce()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, ST1, 1000, key()));
        SR_OK(f.api->receive(B, ST1, 1000, key()));
        SR_OK(f.api->receive(C, WH1, 100, key()));
        auto shipped = f.api->transferShip(C, WH1, ST1, 60, key());
        SR_OK(shipped);
        QList<qint64> ids;
        for (int i = 0; i < 60; ++i) {
            // Every third one is held against inbound stock of C (the web channel may backorder).
            auto held = i % 3 == 2 ? f.api->reserve(request(C, ST1, 1 + i % 2, QStringLiteral("web")), key())
                                   : f.api->reserveOrder(QStringLiteral("ORD-%1").arg(i),
                                                         {{i % 2 ? A : B, ST1, 1 + i % 3}, {i % 2 ? B : A, ST1, 1}},
                                                         900, QStringLiteral("store"), key());
            SR_OK(held);
            ids << integer(*held, "reservation");
        }
        QVERIFY(bucket(*f.api, C, ST1, QStringLiteral("backordered")) > 0);
        Problems problems;
        runThreads(f.db.spec(), 8, [&](int index, LedgerService &api) {
            QRandomGenerator random(quint32(1000 + index));
            for (int n = 0; n < 12; ++n) {
                if (index < 4) {
                    QList<qint64> batch;
                    for (int k = 0; k < 12; ++k)
                        batch << ids.at(random.bounded(int(ids.size())));
                    auto released = api.releaseMany(batch, QStringLiteral("bulk %1").arg(index), key());
                    if (!released)
                        problems.add(QStringLiteral("releaseMany: ") + describe(released.error()));
                    continue;
                }
                Result<QJsonObject> result = Error{};
                if (index == 7) {
                    result = n % 3 == 0 ? api.sweep() : api.transferReceive(integer(*shipped, "transfer"), 2, key());
                } else {
                    const qint64 id = ids.at(random.bounded(int(ids.size())));
                    result = index == 4 ? api.commit(id, key()) : api.release(id, key());
                }
                if (!result && result.error().sqlState != u"SR005" && result.error().sqlState != u"SR001")
                    problems.add(describe(result.error()));
            }
        });
        SR_NO_PROBLEMS(problems);
        auto rest = f.api->releaseMany(ids, QStringLiteral("end of test"), key());
        SR_OK(rest);
        auto twice = f.session->rows(
            QStringLiteral("SELECT reservation_id, count(DISTINCT coalesce(idempotency_key, 'sweep')) AS n"
                           " FROM ledger.movement WHERE kind IN ('commit', 'release', 'expire')"
                           " GROUP BY 1 HAVING count(DISTINCT coalesce(idempotency_key, 'sweep')) > 1"));
        SR_OK(twice);
        QVERIFY2(twice->isEmpty(), qPrintable(Tests::toText(twice.value())));
        auto open =
            f.session->rows(QStringLiteral("SELECT count(*) AS n FROM ledger.reservation WHERE status = 'active'"));
        SR_OK(open);
        QCOMPARE(open->at(0).toObject().value(QStringLiteral("n")).toInteger(), 0);
        for (const QString &sku : {A, B, C}) {
            QCOMPARE(bucket(*f.api, sku, ST1, QStringLiteral("reserved")), 0);
            QCOMPARE(bucket(*f.api, sku, ST1, QStringLiteral("backordered")), 0);
        }
        SR_VERIFY_LEDGER(*f.api);
    }

    // A transfer received, written off and cancelled from several connections at once: every unit is accounted
    // for once, and nothing happens to it after the cancel.
    void transferEndsOnce()
    {
        SR_FIXTURE(f);
        SR_OK(f.api->receive(A, WH1, 50, key()));
        auto shipped = f.api->transferShip(A, WH1, ST1, 20, key());
        SR_OK(shipped);
        const qint64 transfer = integer(*shipped, "transfer");
        Problems problems;
        std::atomic<qint64> received = 0;
        std::atomic<qint64> writtenOff = 0;
        std::atomic<qint64> cancelled = 0;
        runThreads(f.db.spec(), 6, [&](int index, LedgerService &api) {
            for (int n = 0; n < 8; ++n) {
                Result<QJsonObject> result = Error{};
                if (index == 5) { // cancels once, half-way through
                    if (n != 4)
                        continue;
                    result = api.transferCancel(transfer, key());
                    if (result)
                        cancelled += integer(*result, "cancelled");
                } else if (index % 2 == 0) {
                    result = api.transferReceive(transfer, 1, key());
                    if (result)
                        received += integer(*result, "received");
                } else {
                    result = api.transferWriteOff(transfer, 1, QStringLiteral("lost"), key());
                    if (result)
                        writtenOff += integer(*result, "written_off");
                }
                if (!result && result.error().sqlState != u"SR005" && result.error().sqlState != u"SR001")
                    problems.add(describe(result.error()));
            }
        });
        SR_NO_PROBLEMS(problems);
        auto rows = f.api->transferList();
        SR_OK(rows);
        const TransferInfo &t = rows->at(0);
        QCOMPARE(t.received, received.load());
        QCOMPARE(t.writtenOff, writtenOff.load());
        QCOMPARE(t.cancelled, cancelled.load());
        QCOMPARE(t.received + t.writtenOff + t.cancelled + t.inTransit, 20);
        QCOMPARE(bucket(*f.api, A, ST1, QStringLiteral("on_hand")), received.load());
        QCOMPARE(bucket(*f.api, A, WH1, QStringLiteral("on_hand")), 30 + cancelled.load());
        SR_VERIFY_LEDGER(*f.api);
    }

    // Everything at once from several connections, with a fixed seed: the ledger stays consistent and every
    // balance is the sum of its movements.
    void mixedWorkload()
    {
        SR_FIXTURE(f);
        const QStringList skus = {A, B, C};
        const QStringList locations = {WH1, ST1, ST2};
        qint64 units[3] = {0, 0, 0}; // per SKU: on hand + inbound + damaged everywhere, as the clients see it
        for (int s = 0; s < 3; ++s) {
            for (const QString &location : locations) {
                SR_OK(f.api->receive(skus.at(s), location, 40, key()));
                units[s] += 40;
            }
        }

        constexpr int kThreads = 6;
        constexpr int kOperations = 120;
        Problems problems;
        QMutex mutex;
        QHash<QString, int> outcomes;
        runThreads(f.db.spec(), kThreads, [&](int index, LedgerService &api) {
            QRandomGenerator random(20261123u + quint32(index));
            qint64 delta[3] = {0, 0, 0};
            QList<qint64> reservations;
            QList<qint64> transfers;
            QHash<QString, int> mine;
            auto pick = [&](const QStringList &from) {
                return from.at(int(random.bounded(from.size())));
            };
            for (int n = 0; n < kOperations; ++n) {
                const int s = int(random.bounded(3));
                const QString sku = skus.at(s);
                const QString location = pick(locations);
                const qint64 qty = 1 + random.bounded(4);
                const int roll = int(random.bounded(100));
                QString op;
                Result<QJsonObject> result = Error{};
                if (roll < 10) {
                    op = QStringLiteral("receive");
                    result = api.receive(sku, location, qty, key());
                    if (result)
                        delta[s] += qty;
                } else if (roll < 30) {
                    op = QStringLiteral("reserve");
                    const QString channel =
                        pick({QStringLiteral("store"), QStringLiteral("web"), QStringLiteral("wholesale")});
                    const int ttl = random.bounded(10) == 0 ? 1 : 900;
                    result = random.bounded(2)
                                 ? api.reserve(request(sku, location, qty, channel, ttl), key())
                                 : api.reserveOrder(QStringLiteral("ORD-%1-%2").arg(index).arg(n),
                                                    {{sku, location, qty}, {pick(skus), pick(locations), 1}}, ttl,
                                                    channel, key());
                    if (result)
                        reservations << integer(*result, "reservation");
                } else if (roll < 45 && !reservations.isEmpty()) {
                    op = QStringLiteral("commit");
                    result = api.commit(reservations.takeAt(int(random.bounded(reservations.size()))), key());
                    if (result) {
                        for (const QJsonValue &line : result->value(QStringLiteral("lines")).toArray()) {
                            const QJsonObject l = line.toObject();
                            delta[skus.indexOf(l.value(QStringLiteral("sku")).toString())] -=
                                l.value(QStringLiteral("quantity")).toInteger();
                        }
                    }
                } else if (roll < 55 && !reservations.isEmpty()) {
                    op = QStringLiteral("release");
                    result = api.release(reservations.takeAt(int(random.bounded(reservations.size()))), key());
                } else if (roll < 63) {
                    op = QStringLiteral("transfer ship");
                    QString to = pick(locations);
                    if (to == location)
                        to = locations.at((locations.indexOf(location) + 1) % 3);
                    result = api.transferShip(sku, location, to, qty, key());
                    if (result)
                        transfers << integer(*result, "transfer");
                } else if (roll < 71 && !transfers.isEmpty()) {
                    op = QStringLiteral("transfer receive");
                    const qint64 transfer = transfers.first();
                    result = api.transferReceive(transfer, random.bounded(2) ? std::optional<qint64>(1) : std::nullopt,
                                                 key());
                    if (result && result->value(QStringLiteral("status")).toString() == u"received")
                        transfers.removeFirst();
                    else if (!result)
                        transfers.removeFirst();
                } else if (roll < 81) {
                    op = QStringLiteral("adjust");
                    const QString reason =
                        pick({QStringLiteral("damaged"), QStringLiteral("scrapped"), QStringLiteral("found"),
                              QStringLiteral("lost"), QStringLiteral("theft"), QStringLiteral("expired"),
                              QStringLiteral("correction")});
                    const qint64 signedQty =
                        reason == u"found" || (reason == u"correction" && random.bounded(2)) ? qty : -qty;
                    result = api.adjust(sku, location, signedQty, reason, key(), QStringLiteral("concurrency test"));
                    if (result && reason != u"damaged")
                        delta[s] += signedQty;
                } else if (roll < 89) {
                    op = QStringLiteral("return");
                    result = api.returnStock(sku, location, qty, random.bounded(3) == 0, key());
                    if (result)
                        delta[s] += qty;
                } else if (roll < 93) {
                    op = QStringLiteral("count");
                    result = api.count(sku, location, random.bounded(60), key());
                    if (result)
                        delta[s] += integer(*result, "difference");
                } else if (roll < 96) {
                    op = QStringLiteral("safety stock");
                    result = api.setSafetyStock(sku, location, random.bounded(5), key());
                } else {
                    op = QStringLiteral("sweep");
                    result = api.sweep(50);
                }
                if (op.isEmpty())
                    continue;
                if (result) {
                    ++mine[op + QStringLiteral(" done")];
                } else if (result.error().sqlState == u"SR001" || result.error().sqlState == u"SR005") {
                    ++mine[op + QStringLiteral(" refused")]; // the rules said no: expected under contention
                } else {
                    problems.add(op + QStringLiteral(": ") + describe(result.error()));
                }
            }
            QMutexLocker lock(&mutex);
            for (int s = 0; s < 3; ++s)
                units[s] += delta[s];
            for (auto it = mine.cbegin(); it != mine.cend(); ++it)
                outcomes[it.key()] += it.value();
        });
        SR_NO_PROBLEMS(problems);
        QStringList summary;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        summary.sort();
        qInfo("mixed workload: %s", qPrintable(summary.join(QStringLiteral(", "))));
        QVERIFY(outcomes.value(QStringLiteral("commit done")) > 0);
        QVERIFY(outcomes.value(QStringLiteral("transfer receive done")) > 0);

        SR_VERIFY_LEDGER(*f.api);

        // Every balance, recomputed here from the movement ledger.
        auto ledger = f.api->ledger({}, {}, 10000000);
        SR_OK(ledger);
        QHash<QString, qint64> sums;
        for (const QJsonValue &value : ledger.value()) {
            const QJsonObject m = value.toObject();
            sums[m.value(QStringLiteral("sku")).toString() + u'@' + m.value(QStringLiteral("location")).toString() +
                 u'/' + m.value(QStringLiteral("bucket")).toString()] +=
                m.value(QStringLiteral("quantity")).toInteger();
        }
        for (int s = 0; s < 3; ++s) {
            auto rows = f.api->stock(skus.at(s));
            SR_OK(rows);
            qint64 total = 0;
            for (const QJsonValue &value : rows.value()) {
                const QJsonObject row = value.toObject();
                const QString at = row.value(QStringLiteral("sku")).toString() + u'@' +
                                   row.value(QStringLiteral("location")).toString() + u'/';
                for (const QString &name :
                     {QStringLiteral("on_hand"), QStringLiteral("reserved"), QStringLiteral("inbound"),
                      QStringLiteral("damaged"), QStringLiteral("safety_stock"), QStringLiteral("backordered")})
                    QCOMPARE(row.value(name).toInteger(), sums.value(at + name));
                QVERIFY(row.value(QStringLiteral("reserved")).toInteger() <=
                        row.value(QStringLiteral("on_hand")).toInteger());
                total += row.value(QStringLiteral("on_hand")).toInteger() +
                         row.value(QStringLiteral("inbound")).toInteger() +
                         row.value(QStringLiteral("damaged")).toInteger();
            }
            // ...and the units in the system, from what the clients were told.
            QCOMPARE(total, units[s]);
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
