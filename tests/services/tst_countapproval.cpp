// Cycle counts of resources/migrations/0008_counts.sql against a real PostgreSQL, approval side: a count below
// what is reserved (issue #8's second defect), approval racing itself and replaying its key, a sale committed
// between a count and its approval, all-or-nothing approval naming every line it cannot apply, holds of orders
// never released, stock found where the ledger had no row, and ABC classes from sales. Counting: tst_counts.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <connection/session.h>
#include <counttest.h>
#include <latch>
#include <ledger/ledgerservice.h>
#include <ledgertest.h>
#include <mutex>
#include <ordertest.h>
#include <thread>

using namespace Stockroom;
using namespace Stockroom::Services;
using Stockroom::Tests::CountCalls;
using Stockroom::Tests::countSnapshot;
using Stockroom::Tests::lineOf;
using Stockroom::Tests::skusOf;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString ANV = QStringLiteral("ANV-1");
const QString BKT = QStringLiteral("BKT-2");
const QString CHS = QStringLiteral("CHS-3");
const QString DRL = QStringLiteral("DRL-4");
const QString ST1 = QStringLiteral("ST1");
const QString kOnHand = QStringLiteral("on_hand");
const QString kReserved = QStringLiteral("reserved");
const QString kAssociate = QStringLiteral("associate");
const QString kManager = QStringLiteral("manager");
const QString kSupervisor = QStringLiteral("supervisor");
const QString kCheckout = QStringLiteral("checkout");

QString key()
{
    return LedgerService::newKey();
}

qint64 integer(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toInteger();
}

QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

using Fixture = Tests::CountFixture;

#define SR_RECEIVE(f, sku, quantity) SR_OK((f).api->receive(sku, ST1, quantity, key()))

#define SR_SELL(f, sku, quantity)                                                                                      \
    do {                                                                                                               \
        const QString sr_sold_ = (f).sell(sku, quantity);                                                              \
        QVERIFY2(sr_sold_.isEmpty(), qPrintable(sr_sold_));                                                            \
    } while (false)

// A manager's blind count session over the SKUs named; its id in `var`.
#define SR_SESSION(var, f, skus)                                                                                       \
    SR_VALUE(var##_created, (f).as(kManager).create(ST1, {skus, {}, false}));                                          \
    const qint64 var = integer(var##_created, "session");                                                              \
    QVERIFY(var > 0)

// A non-order hold of `quantity` at ST1, as the checkout; its id in `var`.
#define SR_HOLD(var, f, sku, quantity)                                                                                 \
    SR_VALUE(var##_held, hold(f, sku, quantity));                                                                      \
    const qint64 var = integer(var##_held, "reservation")

Result<QJsonObject> hold(Fixture &f, const QString &sku, qint64 quantity)
{
    ReserveRequest request;
    request.sku = sku;
    request.location = ST1;
    request.quantity = quantity;
    return f.ledgerAs(kCheckout).reserve(request, key());
}

QString reservationStatus(Session &session, qint64 reservation)
{
    auto rows =
        session.rows(QStringLiteral("SELECT status FROM ledger.reservation WHERE id = ?::bigint"), {reservation});
    if (!rows || rows->isEmpty())
        return QStringLiteral("?");
    return rows->at(0).toObject().value(QStringLiteral("status")).toString();
}

QStringList lineStates(const QJsonObject &review)
{
    QStringList out;
    for (const QJsonValue &line : review.value(QStringLiteral("lines")).toArray())
        out << str(line.toObject(), "sku") + u' ' + str(line.toObject(), "state");
    return out;
}

} // namespace

class TestCountApproval : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------------------------------------------
    // A count below what is reserved (issue #8's second defect): recorded, flagged in review, and applied only
    // when the supervisor releases holds.

    void countBelowReservedIsRecorded()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 1);
        SR_HOLD(hold, f, ANV, 1);
        QCOMPARE(f.get(ANV, kReserved), 1);
        SR_SESSION(session, f, QStringList{ANV});

        // The shelf is empty: the associate's count of 0 is taken.
        SR_VALUE(recorded, f.as(kAssociate).record(session, ANV, 0, QStringLiteral("shelf 3")));
        QCOMPARE(str(recorded, "line_state"), QStringLiteral("counted"));
        SR_VALUE(submitted, f.as(kAssociate).submit(session));
        QCOMPARE(integer(submitted, "pending"), 1);

        SR_VALUE(review, f.as(kManager).review(session));
        const QJsonObject line = lineOf(review, ANV);
        QCOMPARE(integer(line, "expected_at_count"), 1);
        QCOMPARE(integer(line, "variance"), -1);
        QCOMPARE(integer(line, "on_hand_now"), 1);
        QCOMPARE(integer(line, "reserved_now"), 1);
        QCOMPARE(line.value(QStringLiteral("short_of_reserved")).toBool(), true);

        // Approving without releasing the hold is refused, naming the line, and changes nothing.
        const QString before = countSnapshot(*f.session);
        auto refused = f.as(kSupervisor).approve(session);
        SR_FAILS(refused, Kind::Refused);
        QVERIFY2(refused.error().sqlState == u"SR001" || refused.error().sqlState == u"SR005",
                 qPrintable(refused.error().sqlState));
        QVERIFY2(refused.error().message.contains(ANV), qPrintable(refused.error().message));
        QCOMPARE(countSnapshot(*f.session), before);

        // Releasing holds applies it: the hold is released, nothing is on hand or reserved.
        SR_VALUE(approved,
                 f.as(kSupervisor).approve(session, std::nullopt, std::nullopt, true, QStringLiteral("shelf empty")));
        QCOMPARE(approved.value(QStringLiteral("released")).toArray(), (QJsonArray{hold}));
        QCOMPARE(skusOf(approved.value(QStringLiteral("approved")).toArray()), QStringList{ANV});
        QCOMPARE(reservationStatus(*f.session, hold), QStringLiteral("released"));
        QCOMPARE(f.get(ANV, kOnHand), 0);
        QCOMPARE(f.get(ANV, kReserved), 0);
        QCOMPARE(Tests::varianceMovements(*f.session, session), QStringList{ANV + QStringLiteral(" -1")});
        SR_VERIFY_COUNTS(f);
    }

    // Releasing holds releases the newest first, and only as many as the count needs.
    void releasesNewestHoldsFirst()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_HOLD(oldest, f, ANV, 3);
        SR_HOLD(middle, f, ANV, 3);
        SR_HOLD(newest, f, ANV, 2);
        SR_SESSION(session, f, QStringList{ANV});
        SR_OK(f.as(kAssociate).record(session, ANV, 6)); // 6 on hand, 8 reserved: 2 too many
        SR_OK(f.as(kAssociate).submit(session));
        SR_VALUE(review, f.as(kManager).review(session));
        QCOMPARE(str(lineOf(review, ANV), "state"), QStringLiteral("recount")); // −4 of 10 is outside 5 %
        SR_OK(f.as(QStringLiteral("associate2")).record(session, ANV, 6));
        SR_VALUE(approved, f.as(kSupervisor).approve(session, std::nullopt, std::nullopt, true));
        QCOMPARE(approved.value(QStringLiteral("released")).toArray(), (QJsonArray{newest}));
        QCOMPARE(reservationStatus(*f.session, oldest), QStringLiteral("active"));
        QCOMPARE(reservationStatus(*f.session, middle), QStringLiteral("active"));
        QCOMPARE(f.get(ANV, kOnHand), 6);
        QCOMPARE(f.get(ANV, kReserved), 6);
        SR_VERIFY_COUNTS(f);
    }

    // Releasing holds for one row leaves the holds of other rows alone: a checkout's multi-line order hold (made by
    // api.reserve_order, an order's hold though it has no fulfillment here) keeps what it holds of another SKU.
    void releaseLeavesOtherRowsHeld()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 1);
        SR_RECEIVE(f, BKT, 5);
        SR_VALUE(shop, f.ledgerAs(kCheckout).reserveOrder(QStringLiteral("SHOP-9"), {{ANV, ST1, 1}, {BKT, ST1, 2}}, 900,
                                                          QStringLiteral("web"), key()));
        const qint64 shopHold = integer(shop, "reservation");
        SR_SESSION(session, f, QStringList{ANV});
        SR_OK(f.as(kAssociate).record(session, ANV, 0));
        SR_OK(f.as(kAssociate).submit(session));
        (void)f.as(kSupervisor).approve(session, std::nullopt, std::nullopt, true); // refused or applied: see below
        QCOMPARE(f.get(BKT, kReserved), 2);
        QCOMPARE(reservationStatus(*f.session, shopHold), QStringLiteral("active"));
        SR_VERIFY_COUNTS(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Approval racing itself: two supervisors' workstations approve one session at once with their own keys.

    void approvalRacesItself()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_RECEIVE(f, BKT, 10);
        SR_RECEIVE(f, CHS, 10);
        SR_SESSION(session, f, (QStringList{ANV, BKT, CHS}));
        SR_OK(f.as(kAssociate).record(session, ANV, 9));
        SR_OK(f.as(kAssociate).record(session, BKT, 11));
        SR_OK(f.as(kAssociate).record(session, CHS, 10));
        SR_VALUE(submitted, f.as(kAssociate).submit(session));
        QCOMPARE(integer(submitted, "pending"), 3);

        const ConnectionSpec spec = f.specOf(kSupervisor);
        std::latch connected(2);
        std::latch go(1);
        std::mutex mutex;
        QList<Result<QJsonObject>> results;
        std::vector<std::thread> threads;
        for (int i = 0; i < 2; ++i) {
            threads.emplace_back([&] {
                Session s(spec, QStringLiteral("approver"));
                CountCalls counts(s);
                (void)s.open();
                connected.count_down();
                go.wait();
                auto result = counts.approve(session);
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
            if (result) {
                if (!result->value(QStringLiteral("approved")).toArray().isEmpty())
                    ++applied;
            } else {
                // The loser finds the session closed.
                QVERIFY2(result.error().sqlState == u"SR005", qPrintable(result.error().message));
            }
        }
        QCOMPARE(applied, 1);
        QCOMPARE(Tests::varianceMovements(*f.session, session),
                 (QStringList{ANV + QStringLiteral(" -1"), BKT + QStringLiteral(" 1")}));
        QCOMPARE(f.get(ANV, kOnHand), 9);
        QCOMPARE(f.get(BKT, kOnHand), 11);
        QCOMPARE(f.get(CHS, kOnHand), 10);
        SR_VERIFY_COUNTS(f);
    }

    // The same key twice replays the first result and applies nothing; the same key for another request is refused.
    void approvalKeyReplays()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_RECEIVE(f, BKT, 10);
        SR_SESSION(session, f, (QStringList{ANV, BKT}));
        SR_OK(f.as(kAssociate).record(session, ANV, 9));
        SR_OK(f.as(kAssociate).record(session, BKT, 10));
        SR_OK(f.as(kAssociate).submit(session));
        const QString approvalKey = key();
        SR_VALUE(first, f.as(kSupervisor)
                            .approve(session, std::nullopt, std::nullopt, std::nullopt, QStringLiteral("cycle count"),
                                     approvalKey));
        QCOMPARE(first.value(QStringLiteral("replayed")).toBool(), false);
        const QString after = countSnapshot(*f.session);
        SR_VALUE(second, f.as(kSupervisor)
                             .approve(session, std::nullopt, std::nullopt, std::nullopt, QStringLiteral("cycle count"),
                                      approvalKey));
        QCOMPARE(second.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("approved")), first.value(QStringLiteral("approved")));
        QCOMPARE(countSnapshot(*f.session), after);
        SR_REFUSED_WITH(f.as(kSupervisor)
                            .approve(session, QStringList{ANV}, std::nullopt, std::nullopt,
                                     QStringLiteral("cycle count"), approvalKey),
                        Kind::Conflict, "SR002");
        QCOMPARE(countSnapshot(*f.session), after);
        QCOMPARE(Tests::varianceMovements(*f.session, session), QStringList{ANV + QStringLiteral(" -1")});
        QCOMPARE(f.get(ANV, kOnHand), 9);
        SR_VERIFY_COUNTS(f);
    }

    // Approval says which movement it posted for each line (the review's "movement").
    void approvalNamesItsMovements()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_SESSION(session, f, QStringList{ANV});
        SR_OK(f.as(kAssociate).record(session, ANV, 9));
        SR_OK(f.as(kAssociate).submit(session));
        SR_VALUE(approved, f.as(kSupervisor).approve(session));
        SR_VALUE(review, f.as(kManager).review(session));
        const qint64 movement = integer(lineOf(review, ANV), "movement");
        QVERIFY(movement > 0);
        const QJsonObject line = approved.value(QStringLiteral("approved")).toArray().at(0).toObject();
        QVERIFY2(line.contains(QStringLiteral("movement")), qPrintable(Tests::toText(approved)));
        QCOMPARE(integer(line, "movement"), movement);
        SR_VERIFY_COUNTS(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // A sale committed between a count and its approval: the variance is the one at the count, and the sale stays.

    void saleBetweenCountAndApproval()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 20);
        SR_SESSION(session, f, QStringList{ANV});
        SR_VALUE(sheet, f.as(kAssociate).sheet(session));
        const qint64 position = integer(lineOf(sheet, ANV), "position");
        SR_OK(f.as(kAssociate).record(session, ANV, 19, QStringLiteral("shelf 1"), position));
        SR_SELL(f, ANV, 5); // after the count, before the submit
        SR_OK(f.as(kAssociate).submit(session));
        SR_SELL(f, ANV, 2); // after the submit, before the approval
        QCOMPARE(f.get(ANV, kOnHand), 13);
        SR_VALUE(review, f.as(kManager).review(session));
        QCOMPARE(integer(lineOf(review, ANV), "expected_at_count"), 20);
        QCOMPARE(integer(lineOf(review, ANV), "variance"), -1);
        QCOMPARE(integer(lineOf(review, ANV), "on_hand_now"), 13);
        SR_OK(f.as(kSupervisor).approve(session));
        QCOMPARE(f.get(ANV, kOnHand), 12); // 20 − 1 counted short − 7 sold
        QCOMPARE(Tests::varianceMovements(*f.session, session), QStringList{ANV + QStringLiteral(" -1")});
        auto sold = f.session->rows(QStringLiteral("SELECT coalesce(sum(m.quantity), 0) AS sold FROM ledger.movement m"
                                                   " JOIN ledger.sku k ON k.id = m.sku_id WHERE k.code = ?"
                                                   " AND m.kind = 'commit' AND m.bucket = 'on_hand'"),
                                    {ANV});
        SR_OK(sold);
        QCOMPARE(sold->at(0).toObject().value(QStringLiteral("sold")).toInteger(), -7);
        SR_VERIFY_COUNTS(f);
    }

    // A late count whose variance would take on hand below zero now (it moved since the count) is not applied.
    void approvalRefusesBelowZero()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_SESSION(session, f, QStringList{ANV});
        SR_OK(f.as(kAssociate).record(session, ANV, 9));
        SR_OK(f.as(kAssociate).submit(session));
        SR_SELL(f, ANV, 10); // 9 counted of 10 expected: −1, and nothing is on hand now
        const QString before = countSnapshot(*f.session);
        auto refused = f.as(kSupervisor).approve(session);
        SR_REFUSED_WITH(refused, Kind::Refused, "SR001");
        QVERIFY2(refused.error().message.contains(ANV), qPrintable(refused.error().message));
        QCOMPARE(countSnapshot(*f.session), before);
        SR_OK(f.as(kSupervisor).reject(session, QStringList{ANV}, QStringLiteral("sold out since")));
        QCOMPARE(f.get(ANV, kOnHand), 0);
        SR_VERIFY_COUNTS(f);
    }

    // A row is corrected once: it is counted in one open session at a time, and a count pinned before another
    // count's correction (an offline journal replayed late) is refused rather than netting that correction out as
    // if it were a sale.
    void overlappingCountsCorrectOnce()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 10);
        SR_SESSION(first, f, QStringList{ANV});
        const QString before = countSnapshot(*f.session);
        auto second = f.as(kManager).create(ST1, {QStringList{ANV}, {}, false});
        SR_REFUSED_WITH(second, Kind::Refused, "SR005");
        QVERIFY2(second.error().message.contains(ANV), qPrintable(second.error().message));
        QCOMPARE(countSnapshot(*f.session), before);
        const qint64 pinned = Tests::rowPosition(*f.session, ANV, ST1);
        SR_OK(f.as(kAssociate).record(first, ANV, 9));
        SR_OK(f.as(kAssociate).submit(first));
        SR_OK(f.as(kSupervisor).approve(first));
        QCOMPARE(f.get(ANV, kOnHand), 9);
        auto late = f.as(kManager).countLine(ANV, ST1, 9, pinned);
        SR_REFUSED_WITH(late, Kind::Refused, "SR005");
        QCOMPARE(f.get(ANV, kOnHand), 9);      // both saw 9 on the shelf
        SR_SESSION(next, f, QStringList{ANV}); // the first is closed: the row may be counted again
        Q_UNUSED(next);
        SR_VERIFY_COUNTS(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // All or nothing: every line that cannot be applied is named in the one refusal, and nothing is applied.

    void approvalIsAllOrNothing()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 1);
        SR_RECEIVE(f, BKT, 2);
        SR_RECEIVE(f, CHS, 10);
        SR_HOLD(anvilHold, f, ANV, 1);
        SR_HOLD(bucketHold, f, BKT, 2);
        SR_SESSION(session, f, (QStringList{ANV, BKT, CHS}));
        SR_OK(f.as(kAssociate).record(session, ANV, 0));
        SR_OK(f.as(kAssociate).record(session, BKT, 0));
        SR_OK(f.as(kAssociate).record(session, CHS, 9));
        SR_VALUE(submitted, f.as(kAssociate).submit(session));
        QCOMPARE(integer(submitted, "pending"), 3);

        const QString before = countSnapshot(*f.session);
        auto refused = f.as(kSupervisor).approve(session);
        SR_REFUSED_WITH(refused, Kind::Refused, "SR001");
        QVERIFY2(refused.error().message.contains(ANV) && refused.error().message.contains(BKT) &&
                     !refused.error().message.contains(CHS),
                 qPrintable(refused.error().message));
        QCOMPARE(countSnapshot(*f.session), before);
        SR_VALUE(review, f.as(kManager).review(session));
        QCOMPARE(lineStates(review), (QStringList{ANV + QStringLiteral(" pending"), BKT + QStringLiteral(" pending"),
                                                  CHS + QStringLiteral(" pending")}));
        QCOMPARE(Tests::varianceMovements(*f.session, session), QStringList{});
        QCOMPARE(f.get(CHS, kOnHand), 10);
        QCOMPARE(reservationStatus(*f.session, anvilHold), QStringLiteral("active"));
        QCOMPARE(reservationStatus(*f.session, bucketHold), QStringLiteral("active"));

        // The line that can be applied alone is.
        SR_VALUE(approved, f.as(kSupervisor).approve(session, QStringList{CHS}));
        QCOMPARE(skusOf(approved.value(QStringLiteral("approved")).toArray()), QStringList{CHS});
        QCOMPARE(f.get(CHS, kOnHand), 9);
        SR_VERIFY_COUNTS(f);
    }

    // Holds of orders are never released by a count: the line is named and nothing is applied.
    void orderHoldsAreNotReleased()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 1);
        SR_RECEIVE(f, BKT, 2);
        SR_HOLD(anvilHold, f, ANV, 1);
        Tests::OrderCalls orders(*f.persona(kCheckout).session);
        SR_OK(orders.create(QStringLiteral("web"), QStringLiteral("W-1"), {{BKT, 2}}));
        SR_OK(orders.allocate(QStringLiteral("W-1"), {{BKT, ST1, 2}}));
        QCOMPARE(f.get(BKT, kReserved), 2);
        SR_SESSION(session, f, (QStringList{ANV, BKT}));
        SR_OK(f.as(kAssociate).record(session, ANV, 0));
        SR_OK(f.as(kAssociate).record(session, BKT, 0));
        SR_OK(f.as(kAssociate).submit(session));

        const QString before = countSnapshot(*f.session) + Tests::orderSnapshot(*f.session);
        auto refused = f.as(kSupervisor).approve(session, std::nullopt, std::nullopt, true);
        SR_REFUSED_WITH(refused, Kind::Refused, "SR001");
        QVERIFY2(refused.error().message.contains(BKT) && refused.error().message.contains(QStringLiteral("W-1")) &&
                     !refused.error().message.contains(ANV),
                 qPrintable(refused.error().message));
        QCOMPARE(countSnapshot(*f.session) + Tests::orderSnapshot(*f.session), before);
        QCOMPARE(reservationStatus(*f.session, anvilHold), QStringLiteral("active"));

        SR_VALUE(approved, f.as(kSupervisor).approve(session, QStringList{ANV}, std::nullopt, true));
        QCOMPARE(approved.value(QStringLiteral("released")).toArray(), (QJsonArray{anvilHold}));
        QCOMPARE(f.get(ANV, kOnHand), 0);
        QCOMPARE(f.get(BKT, kReserved), 2);
        SR_VERIFY_ORDERS(*f.session);
        SR_VERIFY_COUNTS(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // Stock found where the ledger has no row: a full count takes the SKU, and approval puts it on hand.

    void foundStockIsPutOnHand()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 5);
        SR_VALUE(created, f.as(kManager).create(ST1, {std::nullopt, {}, true}));
        const qint64 session = integer(created, "session");
        SR_OK(f.as(kAssociate).record(session, ANV, 5));
        SR_VALUE(found, f.as(kAssociate).record(session, DRL, 2)); // no DRL row at ST1
        QCOMPARE(str(found, "line_state"), QStringLiteral("counted"));
        SR_OK(f.as(kAssociate).submit(session));
        SR_VALUE(review, f.as(kManager).review(session));
        QCOMPARE(integer(lineOf(review, DRL), "expected_at_count"), 0);
        QCOMPARE(integer(lineOf(review, DRL), "variance"), 2);
        QCOMPARE(str(lineOf(review, DRL), "state"), QStringLiteral("pending"));
        SR_VALUE(approved, f.as(kSupervisor).approve(session));
        QVERIFY(skusOf(approved.value(QStringLiteral("approved")).toArray()).contains(DRL));
        QCOMPARE(f.get(DRL, kOnHand), 2);
        QCOMPARE(Tests::varianceMovements(*f.session, session), QStringList{DRL + QStringLiteral(" 2")});
        SR_VERIFY_COUNTS(f);
    }

    // ------------------------------------------------------------------------------------------------------
    // ABC classes from the ledger: the SKU that makes most of the sales is class A.

    void topSellerIsClassA()
    {
        SR_FIXTURE(f);
        SR_RECEIVE(f, ANV, 20);
        SR_RECEIVE(f, BKT, 20);
        SR_RECEIVE(f, CHS, 20);
        SR_SELL(f, ANV, 9); // 90 % of what sold
        SR_SELL(f, BKT, 1); // 10 %
        SR_SESSION(session, f, (QStringList{ANV, BKT, CHS}));
        SR_VALUE(sheet, f.as(kManager).sheet(session));
        QCOMPARE(str(lineOf(sheet, ANV), "abc_class"), QStringLiteral("A"));
        QCOMPARE(str(lineOf(sheet, CHS), "abc_class"), QStringLiteral("C")); // sold nothing
        SR_VERIFY_COUNTS(f);
    }
};

QTEST_GUILESS_MAIN(TestCountApproval)
#include "tst_countapproval.moc"
