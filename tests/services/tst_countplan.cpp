// Count schedules (resources/migrations/0009_count_schedules.sql) against a real PostgreSQL: ABC classes from the
// value sold, due dates from each class's frequency and the row's last approved count, the triggers that make a row
// due now (went to zero, a previous variance, a single-line count), the daily cap per location with its priority
// order, a session made from the plan in one call, and the supervisors' settings with keys, events and roles.

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <map>
#include <memory>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

const QString S1 = QStringLiteral("S1");
const QString S2 = QStringLiteral("S2");
const QStringList kSkus = {QStringLiteral("P"), QStringLiteral("Q"), QStringLiteral("R"), QStringLiteral("S"),
                           QStringLiteral("T")};

QString key()
{
    return LedgerService::newKey();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullDate()
{
    return QVariant(QMetaType::fromType<QDate>());
}

// "SKU reason" per line of a plan or of the due rows, in their order.
QStringList reasons(const QJsonArray &lines)
{
    QStringList out;
    for (const QJsonValue &line : lines)
        out << line[QStringLiteral("sku")].toString() + u' ' + line[QStringLiteral("reason")].toString();
    return out;
}

// Two stores; five SKUs with unit costs. At S2 they sell (over the last 90 days) for 800 (P), 100 (Q), 60 (R),
// 40 (S) and nothing (T) of 1,000: by the share sold before each, P is an A, Q and R are B, S and T are C. S1 holds
// 20 of each and sells nothing. Everything was received 100 days ago.
struct Fixture : Tests::LedgerFixture
{
    std::map<QString, std::unique_ptr<Session>> personas;

    QString setUp()
    {
        if (QString error = open(); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({S1, QStringLiteral("Store one"), QStringLiteral("store"), {}, {}, {}})
              << api->addLocation({S2, QStringLiteral("Store two"), QStringLiteral("store"), {}, {}, {}})
              << api->addSku(QStringLiteral("P"), QStringLiteral("Planer"), {}, 1000)
              << api->addSku(QStringLiteral("Q"), QStringLiteral("Quoin"), {}, 100)
              << api->addSku(QStringLiteral("R"), QStringLiteral("Rasp"), {}, 100)
              << api->addSku(QStringLiteral("S"), QStringLiteral("Saw"), {}, 100)
              << api->addSku(QStringLiteral("T"), QStringLiteral("Trowel"), {}, 100);
        if (QString error = at(QStringLiteral("100 days")); !error.isEmpty())
            return error;
        for (const QString &sku : kSkus) {
            steps << api->receive(sku, S1, 20, key()) << api->receive(sku, S2, 200, key());
        }
        if (QString error = at({}); !error.isEmpty())
            return error;
        for (const auto &[sku, units] : {std::pair{QStringLiteral("P"), 80}, std::pair{QStringLiteral("Q"), 100},
                                         std::pair{QStringLiteral("R"), 60}, std::pair{QStringLiteral("S"), 40}}) {
            if (QString error = sell(sku, S2, units); !error.isEmpty())
                return error;
        }
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // Sets the ledger's clock back to 1 o'clock that many days ago ("60 days"), so that dates computed from it do
    // not depend on the time of day the test runs; empty: now again.
    QString at(const QString &ago)
    {
        auto set = session->run(
            QStringLiteral("SELECT set_config('stockroom.seed_at', CASE WHEN ?::text = '' THEN '' "
                           "ELSE (date_trunc('day', now()) - ?::interval + interval '1 hour')::text END, false)"),
            {ago, ago.isEmpty() ? QStringLiteral("0 days") : ago});
        return set ? QString() : set.error().message;
    }

    QString sell(const QString &sku, const QString &location, qint64 units)
    {
        auto held = api->reserve({sku, location, units, 600, QStringLiteral("store"), {}}, key());
        if (!held)
            return held.error().message;
        auto sold = api->commit(held->value(QStringLiteral("reservation")).toInteger(), key());
        return sold ? QString() : sold.error().message;
    }

    Session &as(const QString &persona)
    {
        auto &entry = personas[persona];
        if (!entry)
            entry = std::make_unique<Session>(db.spec(persona), persona);
        return *entry;
    }

    // Counts rows at a location in an open session and approves every line: SKU → units counted. Variances stay
    // within every class's unit floor, so nothing is sent for a recount.
    QString countAndApprove(const QString &location, const std::map<QString, qint64> &counted)
    {
        QStringList skus;
        for (const auto &[sku, units] : counted)
            skus << sku;
        auto created = session->callJson(
            QStringLiteral("SELECT api.count_session_create(?, ?::text[], NULL, false, false, NULL, NULL, ?)"),
            {location, QString(u'{' + skus.join(u',') + u'}'), key()});
        if (!created)
            return QStringLiteral("create: ") + created.error().message;
        const qint64 id = created->value(QStringLiteral("session")).toInteger();
        for (const auto &[sku, units] : counted) {
            auto recorded = session->callJson(QStringLiteral("SELECT api.count_record(?, ?, ?, '', NULL, NULL, ?)"),
                                              {id, sku, units, key()});
            if (!recorded)
                return QStringLiteral("record: ") + recorded.error().message;
        }
        auto submitted = session->callJson(QStringLiteral("SELECT api.count_submit(?, false, ?)"), {id, key()});
        if (!submitted)
            return QStringLiteral("submit: ") + submitted.error().message;
        if (submitted->value(QStringLiteral("recount")).toInteger() != 0)
            return QStringLiteral("submit sent lines for a recount: ") + Tests::toText(submitted.value());
        auto approved =
            session->callJson(QStringLiteral("SELECT api.count_approve(?, NULL, false, false, NULL, ?)"), {id, key()});
        return approved ? QString() : QStringLiteral("approve: ") + approved.error().message;
    }

    // Every S1 row counted 60 days ago, finding what the ledger says.
    QString countAllOfS1Before()
    {
        if (QString error = at(QStringLiteral("60 days")); !error.isEmpty())
            return error;
        std::map<QString, qint64> counted;
        for (const QString &sku : kSkus)
            counted[sku] = 20;
        const QString error = countAndApprove(S1, counted);
        at({});
        return error;
    }

    QJsonArray due(const QString &location, const QDate &date)
    {
        auto rows =
            session->rows(QStringLiteral("SELECT * FROM api.count_due_on(?, ?)"),
                          {location.isEmpty() ? nullText() : QVariant(location), date.isValid() ? date : nullDate()});
        return rows ? rows.value() : QJsonArray{QJsonObject{{QStringLiteral("error"), rows.error().message}}};
    }

    Result<QJsonObject> plan(Session &on, const QString &location, const QDate &date = {})
    {
        return on.callJson(QStringLiteral("SELECT api.count_plan(?, ?)"),
                           {location.isEmpty() ? nullText() : QVariant(location), date.isValid() ? date : nullDate()});
    }

    QDate today()
    {
        auto rows = session->rows(QStringLiteral("SELECT current_date AS d"));
        return rows ? QDate::fromString(rows->at(0)[QStringLiteral("d")].toString(), Qt::ISODate) : QDate();
    }
};

#define SR_DO(call)                                                                                                    \
    do {                                                                                                               \
        const QString sr_error_ = (call);                                                                              \
        QVERIFY2(sr_error_.isEmpty(), qPrintable(sr_error_));                                                          \
    } while (false)

} // namespace

class TestCountPlan : public QObject
{
    Q_OBJECT

private slots:
    void classesFromSalesValue()
    {
        SR_FIXTURE(f);
        auto classes = f.session->rows(QStringLiteral("SELECT k.code, c.abc_class FROM ledger.sku_class c "
                                                      "JOIN ledger.sku k ON k.id = c.sku_id ORDER BY k.code"));
        SR_OK(classes);
        QStringList got;
        for (const QJsonValue &row : classes.value())
            got << row[QStringLiteral("code")].toString() + row[QStringLiteral("abc_class")].toString();
        // P alone makes 80 % of the value: it crosses the line, so it is an A.
        QCOMPARE(got, (QStringList{QStringLiteral("PA"), QStringLiteral("QB"), QStringLiteral("RB"),
                                   QStringLiteral("SC"), QStringLiteral("TC")}));
        // Never counted: every row is due, since it was first stocked, with its class.
        const QJsonArray due = f.due(S2, {});
        QCOMPARE(due.size(), 5);
        for (const QJsonValue &row : due) {
            QCOMPARE(row[QStringLiteral("reason")].toString(), QStringLiteral("never_counted"));
            QCOMPARE(row[QStringLiteral("due_since")].toString(), f.today().addDays(-100).toString(Qt::ISODate));
        }
        QCOMPARE(due.at(0)[QStringLiteral("abc_class")].toString(), QStringLiteral("A"));
    }

    void dueDatesPerClassFrequency()
    {
        SR_FIXTURE(f);
        SR_DO(f.countAllOfS1Before());
        const QDate today = f.today();
        const QDate counted = today.addDays(-60);
        // A: 12 a year, every 30.4 days: due since 30 days after the count. B and C are not due yet.
        QJsonArray due = f.due(S1, {});
        QCOMPARE(reasons(due), QStringList{QStringLiteral("P due")});
        QCOMPARE(due.at(0)[QStringLiteral("due_since")].toString(), counted.addDays(30).toString(Qt::ISODate));
        QCOMPARE(due.at(0)[QStringLiteral("last_variance")].toInteger(), 0);
        // B: 4 a year, every 91.25 days: due on the 91st day after the count, not the day before.
        QCOMPARE(reasons(f.due(S1, counted.addDays(90))), QStringList{QStringLiteral("P due")});
        QCOMPARE(reasons(f.due(S1, counted.addDays(91))),
                 (QStringList{QStringLiteral("P due"), QStringLiteral("Q due"), QStringLiteral("R due")}));
        // C: once a year.
        QCOMPARE(reasons(f.due(S1, counted.addDays(364))).size(), 3);
        QCOMPARE(reasons(f.due(S1, counted.addDays(365))).size(), 5);
        // Counting C rows monthly makes them due today.
        SR_OK(
            f.session->callJson(QStringLiteral("SELECT api.set_count_policy('C', NULL, NULL, NULL, 12, ?)"), {key()}));
        QCOMPARE(reasons(f.due(S1, {})),
                 (QStringList{QStringLiteral("P due"), QStringLiteral("S due"), QStringLiteral("T due")}));
        // The view is today's.
        auto view = f.session->rows(QStringLiteral("SELECT sku, reason FROM api.count_due WHERE location = 'S1'"));
        SR_OK(view);
        QCOMPARE(view->size(), 3);
    }

    void triggersMakeARowDueNow()
    {
        SR_FIXTURE(f);
        SR_DO(f.countAllOfS1Before());
        // Q sells out at S1; R is counted one short (a variance, approved); S gets a single-line count that finds
        // one more than the ledger (a 'count' movement: a difference).
        SR_DO(f.sell(QStringLiteral("Q"), S1, 20));
        SR_DO(f.countAndApprove(S1, {{QStringLiteral("R"), 19}}));
        SR_OK(f.api->count(QStringLiteral("S"), S1, 21, key()));
        QJsonArray due = f.due(S1, {});
        QCOMPARE(reasons(due), (QStringList{QStringLiteral("P due"), QStringLiteral("Q zero"),
                                            QStringLiteral("R variance"), QStringLiteral("S variance")}));
        const QString today = f.today().toString(Qt::ISODate);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(due.at(i)[QStringLiteral("due_since")].toString(), today);
        QCOMPARE(due.at(2)[QStringLiteral("last_variance")].toInteger(), -1);
        QCOMPARE(due.at(3)[QStringLiteral("last_variance")].toInteger(), 1);
        // A count clears them: Q confirmed empty, R and S found as the ledger says. A count's own movement (the
        // variance approval posts) never makes a row "went to zero".
        SR_DO(f.countAndApprove(S1, {{QStringLiteral("Q"), 0}, {QStringLiteral("R"), 19}, {QStringLiteral("S"), 21}}));
        QCOMPARE(reasons(f.due(S1, {})), QStringList{QStringLiteral("P due")});
        // Taken to zero by a count's variance: due for the variance, not as "went to zero".
        SR_DO(f.sell(QStringLiteral("T"), S1, 19));
        QCOMPARE(reasons(f.due(S1, {})), QStringList{QStringLiteral("P due")});
        SR_DO(f.countAndApprove(S1, {{QStringLiteral("T"), 0}}));
        QCOMPARE(Tests::bucket(*f.api, QStringLiteral("T"), S1, QStringLiteral("on_hand")), 0);
        QCOMPARE(reasons(f.due(S1, {})), (QStringList{QStringLiteral("P due"), QStringLiteral("T variance")}));
    }

    void capTakesTheMostUrgentFirst()
    {
        SR_FIXTURE(f);
        SR_DO(f.countAllOfS1Before());
        SR_DO(f.sell(QStringLiteral("Q"), S1, 20));
        SR_OK(f.api->count(QStringLiteral("S"), S1, 21, key()));
        SR_DO(f.countAndApprove(S1, {{QStringLiteral("R"), 19}}));
        SR_OK(f.session->callJson(QStringLiteral("SELECT api.set_count_capacity('S1', 3, ?)"), {key()}));
        auto plan = f.plan(*f.session, S1);
        SR_OK(plan);
        // Triggers first (zero, then variance: R before S, B before C), then the overdue P, which the cap leaves out.
        const QJsonArray lines = plan->value(QStringLiteral("lines")).toArray();
        QCOMPARE(reasons(lines),
                 (QStringList{QStringLiteral("Q zero"), QStringLiteral("R variance"), QStringLiteral("S variance")}));
        QCOMPARE(lines.at(0)[QStringLiteral("priority")].toInteger(), 1);
        QCOMPARE(lines.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Quoin"));
        QCOMPARE(lines.at(0)[QStringLiteral("location")].toString(), S1);
        QVERIFY(lines.at(0)[QStringLiteral("trigger")].toBool());
        QVERIFY(!lines.at(0).toObject().contains(QStringLiteral("on_hand")));
        const QJsonObject totals = plan->value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals[QStringLiteral("due")].toInteger(), 4);
        QCOMPARE(totals[QStringLiteral("planned")].toInteger(), 3);
        QCOMPARE(totals[QStringLiteral("over_cap")].toInteger(), 1);
        QCOMPARE(totals[QStringLiteral("triggered")].toInteger(), 3);
        // Most overdue first among the due: on a later day, P (due 30 days after the first count), then Q and R (B,
        // counted again today: due in 91 days), T (C, due a year after the first count), S (C, counted today).
        SR_OK(f.session->callJson(QStringLiteral("SELECT api.set_count_capacity('S1', 100, ?)"), {key()}));
        SR_DO(f.countAndApprove(S1, {{QStringLiteral("Q"), 0}, {QStringLiteral("R"), 19}, {QStringLiteral("S"), 21}}));
        const QDate later = f.today().addDays(400);
        auto far = f.plan(*f.session, S1, later);
        SR_OK(far);
        QCOMPARE(reasons(far->value(QStringLiteral("lines")).toArray()),
                 (QStringList{QStringLiteral("P due"), QStringLiteral("Q due"), QStringLiteral("R due"),
                              QStringLiteral("T due"), QStringLiteral("S due")}));
        // Every location, each with its own cap: S2 takes the default, and a changed default.
        SR_OK(f.session->callJson(QStringLiteral("SELECT api.set_count_capacity(NULL, 2, ?)"), {key()}));
        auto all = f.plan(*f.session, {});
        SR_OK(all);
        const QJsonArray places = all->value(QStringLiteral("locations")).toArray();
        QCOMPARE(places.size(), 2);
        QCOMPARE(places.at(1)[QStringLiteral("location")].toString(), S2);
        QCOMPARE(places.at(1)[QStringLiteral("lines_per_day")].toInteger(), 2);
        QCOMPARE(places.at(1)[QStringLiteral("due")].toInteger(), 5);
        QCOMPARE(places.at(1)[QStringLiteral("planned")].toInteger(), 2);
        QCOMPARE(places.at(1)[QStringLiteral("over_cap")].toInteger(), 3);
        QCOMPARE(places.at(0)[QStringLiteral("lines_per_day")].toInteger(), 100);
    }

    void sessionFromPlan()
    {
        SR_FIXTURE(f);
        SR_OK(f.session->callJson(QStringLiteral("SELECT api.set_count_capacity('S2', 3, ?)"), {key()}));
        Session &manager = f.as(QStringLiteral("manager"));
        const QString first = key();
        const QString sql = QStringLiteral("SELECT api.count_session_from_plan('S2', NULL, NULL, ?)");
        auto created = manager.callJson(sql, {first});
        SR_OK(created);
        QCOMPARE(created->value(QStringLiteral("lines")).toInteger(), 3);
        QCOMPARE(created->value(QStringLiteral("over_cap")).toInteger(), 2);
        QVERIFY(created->value(QStringLiteral("blind")).toBool());
        const qint64 id = created->value(QStringLiteral("session")).toInteger();
        auto sheet = manager.callJson(QStringLiteral("SELECT api.count_sheet(?)"), {id});
        SR_OK(sheet);
        QCOMPARE(reasons(sheet->value(QStringLiteral("lines")).toArray()).size(), 3);
        QCOMPARE(sheet->value(QStringLiteral("lines")).toArray().at(0)[QStringLiteral("sku")].toString(),
                 QStringLiteral("P"));
        // The rows are in a session now: the plan shows them as such and plans the rest.
        auto plan = f.plan(manager, S2);
        SR_OK(plan);
        QCOMPARE(reasons(plan->value(QStringLiteral("lines")).toArray()),
                 (QStringList{QStringLiteral("S never_counted"), QStringLiteral("T never_counted")}));
        QCOMPARE(plan->value(QStringLiteral("totals"))[QStringLiteral("in_session")].toInteger(), 3);
        // The key replays the same session; another key makes the next one; then nothing is left.
        auto again = manager.callJson(sql, {first});
        SR_OK(again);
        QCOMPARE(again->value(QStringLiteral("session")).toInteger(), id);
        QVERIFY(again->value(QStringLiteral("replayed")).toBool());
        auto next = manager.callJson(sql, {key()});
        SR_OK(next);
        QCOMPARE(next->value(QStringLiteral("lines")).toInteger(), 2);
        QVERIFY(next->value(QStringLiteral("session")).toInteger() != id);
        SR_FAILS(manager.callJson(sql, {key()}), Kind::Invalid);
        // An associate neither plans nor creates sessions (the plan would tell a blind counter what to expect).
        Session &associate = f.as(QStringLiteral("associate"));
        SR_FAILS(associate.callJson(sql, {key()}), Kind::PermissionDenied);
        SR_FAILS(f.plan(associate, S2), Kind::PermissionDenied);
        SR_FAILS(associate.rows(QStringLiteral("SELECT * FROM api.count_due")), Kind::PermissionDenied);
    }

    void settingsAreKeyedEventsForSupervisors()
    {
        SR_FIXTURE(f);
        const QString policy = QStringLiteral("SELECT api.set_count_policy(?, ?, ?, ?, ?, ?)");
        const QString capacity = QStringLiteral("SELECT api.set_count_capacity(?, ?, ?)");
        const QVariantList change = {QStringLiteral("B"), 2.5, 3, 80, 6};
        for (const char *persona : {"associate", "manager"}) {
            Session &who = f.as(QString::fromLatin1(persona));
            SR_FAILS(who.callJson(policy, change + QVariantList{key()}), Kind::PermissionDenied);
            SR_FAILS(who.callJson(capacity, {S1, 50, key()}), Kind::PermissionDenied);
        }
        Session &supervisor = f.as(QStringLiteral("supervisor"));
        const QString k = key();
        auto set = supervisor.callJson(policy, change + QVariantList{k});
        SR_OK(set);
        QVERIFY(set->value(QStringLiteral("changed")).toBool());
        QCOMPARE(set->value(QStringLiteral("counts_per_year")).toInteger(), 6);
        QCOMPARE(set->value(QStringLiteral("tolerance_percent")).toDouble(), 2.5);
        auto replayed = supervisor.callJson(policy, change + QVariantList{k});
        SR_OK(replayed);
        QVERIFY(replayed->value(QStringLiteral("replayed")).toBool());
        SR_FAILS(supervisor.callJson(policy, {QStringLiteral("B"), 2.5, 3, 80, 7, k}), Kind::Conflict);
        auto same = supervisor.callJson(policy, change + QVariantList{key()});
        SR_OK(same);
        QVERIFY(!same->value(QStringLiteral("changed")).toBool());
        // NULL leaves a setting as it is.
        auto partly = supervisor.callJson(policy, {QStringLiteral("B"), nullText(), nullText(), nullText(), 4, key()});
        SR_OK(partly);
        QCOMPARE(partly->value(QStringLiteral("unit_floor")).toInteger(), 3);
        QCOMPARE(partly->value(QStringLiteral("counts_per_year")).toInteger(), 4);
        SR_FAILS(supervisor.callJson(policy, {QStringLiteral("X"), 1, 1, 1, 1, key()}), Kind::Invalid);
        SR_FAILS(supervisor.callJson(policy, {QStringLiteral("A"), 101, 1, 1, 1, key()}), Kind::Invalid);
        SR_FAILS(supervisor.callJson(policy, {QStringLiteral("A"), 1, 1, 1, 366, key()}), Kind::Invalid);

        const QString c = key();
        SR_OK(supervisor.callJson(capacity, {S1, 50, c}));
        auto capReplay = supervisor.callJson(capacity, {S1, 50, c});
        SR_OK(capReplay);
        QVERIFY(capReplay->value(QStringLiteral("replayed")).toBool());
        SR_OK(supervisor.callJson(capacity, {S1, 60, key()}));
        SR_OK(supervisor.callJson(capacity, {nullText(), 150, key()}));
        SR_FAILS(supervisor.callJson(capacity, {S1, -1, key()}), Kind::Invalid);
        SR_FAILS(supervisor.callJson(capacity, {QStringLiteral("NOPE"), 5, key()}), Kind::NotFound);
        auto capacities =
            f.session->rows(QStringLiteral("SELECT location, lines_per_day FROM api.count_capacity ORDER BY 1"));
        SR_OK(capacities);
        QCOMPARE(
            Tests::toText(capacities.value()),
            QStringLiteral("[{\"lines_per_day\":60,\"location\":\"S1\"},{\"lines_per_day\":150,\"location\":\"\"}]"));

        // (The default has no location: rows() reads a NULL text as empty.) One event per change, versioned per
        // setting.
        auto events = f.session->rows(
            QStringLiteral("SELECT aggregate, aggregate_version AS version, event_type FROM ledger.outbox "
                           "WHERE event_type IN ('count_policy_update', 'count_capacity_update') ORDER BY id"));
        SR_OK(events);
        QCOMPARE(Tests::toText(events.value()),
                 QStringLiteral(
                     "[{\"aggregate\":\"count_policy:B\",\"event_type\":\"count_policy_update\",\"version\":1},"
                     "{\"aggregate\":\"count_policy:B\",\"event_type\":\"count_policy_update\",\"version\":2},"
                     "{\"aggregate\":\"count_capacity:S1\",\"event_type\":\"count_capacity_update\",\"version\":1},"
                     "{\"aggregate\":\"count_capacity:S1\",\"event_type\":\"count_capacity_update\",\"version\":2},"
                     "{\"aggregate\":\"count_capacity:*\",\"event_type\":\"count_capacity_update\",\"version\":1}]"));
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestCountPlan)
#include "tst_countplan.moc"
