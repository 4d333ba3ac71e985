// The supervisors' dashboard's reads (services/reconcile/dashboardreader) against a real PostgreSQL seeded with
// tests/support/dashboardtest.h: each chart's figures are what the ledger's views say for the same filters (accuracy
// 50 % from one line in tolerance and one out, variance by reason from the adjustments and the count's variance,
// shrinkage, coverage, counts per day, open discrepancies by age, the snapshot's classes), the location, region and
// date filters narrow them, the lines behind each chart are the right ones, and a manager is refused.

#include <QDate>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <connection/session.h>
#include <dashboardtest.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <reconcile/dashboardreader.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Error::Kind;

namespace {

struct Fixture : Tests::LedgerFixture
{
    std::unique_ptr<Session> supervisor;
    std::unique_ptr<DashboardReader> reader;

    QString setUp()
    {
        if (QString error = open(); !error.isEmpty())
            return error;
        if (auto seeded = Tests::seedDashboardLedger(db.spec()); !seeded)
            return seeded.error().message;
        supervisor = std::make_unique<Session>(db.spec(QStringLiteral("supervisor")), QStringLiteral("supervisor"));
        reader = std::make_unique<DashboardReader>(*supervisor);
        return {};
    }

    QVariant truth(const QString &sql, const QVariantList &values = {})
    {
        auto ran = session->run(sql, values);
        if (!ran)
            return ran.error().message;
        const QVariant value = ran.value()->next() ? ran.value()->value(0) : QVariant();
        ran.value()->finish();
        return value;
    }
};

// The last 30 days, today included.
DashboardFilter lastDays(int days = 30)
{
    DashboardFilter filter;
    filter.to = QDate::currentDate();
    filter.from = filter.to.addDays(1 - days);
    return filter;
}

const ReasonVariance *reasonOf(const QList<ReasonVariance> &rows, const QString &reason)
{
    for (const ReasonVariance &row : rows)
        if (row.reason == reason)
            return &row;
    return nullptr;
}

} // namespace

class TestDashboardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accuracyIsTheShareWithinTolerance()
    {
        SR_FIXTURE(f);
        // At S1: one approved session, A within tolerance and B not.
        DashboardFilter atS1 = lastDays();
        atS1.location = QStringLiteral("S1");
        auto points = f.reader->accuracy(atS1);
        SR_OK(points);
        // Every class together first, then each class: A (from its sales) and C.
        QCOMPARE(points->size(), 3);
        const AccuracyPoint all = points->constFirst();
        QVERIFY(all.abcClass.isEmpty());
        QCOMPARE(all.counted, 2);
        QCOMPARE(all.within, 1); // 50 %
        // The period is the week it was decided in, three days ago (30 days group by week, from Monday).
        QCOMPARE(all.period, atS1.periodStart(QDate::currentDate().addDays(-3)));
        QCOMPARE(points->at(1).abcClass, QStringLiteral("A"));
        QCOMPARE(points->at(1).within, 1);
        QCOMPARE(points->at(2).abcClass, QStringLiteral("C"));
        QCOMPARE(points->at(2).within, 0);

        // Everywhere: session 2's submitted line at S2 too, a day later; what the view says, summed.
        auto everywhere = f.reader->accuracy(lastDays());
        SR_OK(everywhere);
        qint64 counted = 0;
        qint64 within = 0;
        for (const AccuracyPoint &point : std::as_const(everywhere.value())) {
            if (point.abcClass.isEmpty()) {
                counted += point.counted;
                within += point.within;
            }
        }
        QCOMPARE(counted,
                 f.truth(QStringLiteral("SELECT sum(counted_lines)::bigint FROM api.count_accuracy")).toLongLong());
        QCOMPARE(within,
                 f.truth(QStringLiteral("SELECT sum(within_tolerance)::bigint FROM api.count_accuracy")).toLongLong());
        QCOMPARE(counted, 3);

        // A class, a region, a range without counts.
        DashboardFilter classC = lastDays();
        classC.abcClass = QStringLiteral("C");
        auto onlyC = f.reader->accuracy(classC);
        QVERIFY(!onlyC->isEmpty());
        for (const AccuracyPoint &point : std::as_const(onlyC.value()))
            QVERIFY(point.abcClass.isEmpty() || point.abcClass == u"C");
        DashboardFilter south = lastDays();
        south.region = QStringLiteral("South");
        QCOMPARE(f.reader->accuracy(south)->constFirst().counted, 1);
        DashboardFilter before = lastDays();
        before.to = before.from.addDays(5);
        QVERIFY(f.reader->accuracy(before)->isEmpty());
    }

    void varianceByReasonIsWhatTheViewSays()
    {
        SR_FIXTURE(f);
        const DashboardFilter filter = lastDays();
        auto rows = f.reader->varianceByReason(filter);
        SR_OK(rows);
        // Largest first: the count's 50 of B, theft 4, lost 3, damaged 2, found 1.
        QCOMPARE(rows->size(), 5);
        QCOMPARE(rows->at(0).reason, QStringLiteral("cycle count"));
        QCOMPARE(rows->at(0).unitsAbs, 50);
        QCOMPARE(rows->at(0).units, -50);
        QCOMPARE(rows->at(0).value, 125.0);
        const ReasonVariance *lost = reasonOf(*rows, QStringLiteral("lost"));
        QVERIFY(lost);
        QCOMPARE(lost->unitsAbs, 3); // the 7 lost 40 days ago are outside the range
        QCOMPARE(lost->value, 30.0);
        const ReasonVariance *found = reasonOf(*rows, QStringLiteral("found"));
        QVERIFY(found);
        QCOMPARE(found->value, 0.0); // C has no unit cost
        QCOMPARE(found->unpriced, 1);
        // The totals agree with api.variance_by_reason over the same days.
        qint64 units = 0;
        double value = 0;
        for (const ReasonVariance &row : std::as_const(rows.value())) {
            units += row.unitsAbs;
            value += row.value;
        }
        QCOMPARE(f.truth(QStringLiteral("SELECT sum(units_abs)::bigint FROM api.variance_by_reason"
                                        " WHERE day BETWEEN ?::date AND ?::date"),
                         {filter.from, filter.to})
                     .toLongLong(),
                 units);
        QCOMPARE(f.truth(QStringLiteral("SELECT sum(value)::float8 FROM api.variance_by_reason"
                                        " WHERE day BETWEEN ?::date AND ?::date"),
                         {filter.from, filter.to})
                     .toDouble(),
                 value);

        // A year reaches the old loss; a location, a region narrow.
        auto year = f.reader->varianceByReason(lastDays(365));
        QCOMPARE(reasonOf(*year, QStringLiteral("lost"))->unitsAbs, 10);
        DashboardFilter s2 = filter;
        s2.location = QStringLiteral("S2");
        auto atS2 = f.reader->varianceByReason(s2);
        QCOMPARE(atS2->size(), 1);
        QCOMPARE(atS2->at(0).reason, QStringLiteral("theft"));
        DashboardFilter south = filter;
        south.region = QStringLiteral("South");
        QCOMPARE(f.reader->varianceByReason(south)->size(), 1);
        DashboardFilter north = filter;
        north.region = QStringLiteral("North");
        QCOMPARE(f.reader->varianceByReason(north)->size(), 4);
    }

    void shrinkageIsLostOverSold()
    {
        SR_FIXTURE(f);
        auto points = f.reader->shrinkage(lastDays());
        SR_OK(points);
        qint64 lost = 0;
        qint64 sold = 0;
        for (const ShrinkagePoint &point : std::as_const(points.value())) {
            lost += point.unitsLost;
            sold += point.unitsSold;
        }
        // Lost 3, stolen 4, counted 50 short; damaged moves are not lost; 15 sold.
        QCOMPARE(lost, 57);
        QCOMPARE(sold, 15);
        QCOMPARE(f.truth(QStringLiteral("SELECT sum(units_lost)::bigint FROM api.shrinkage"
                                        " WHERE day >= current_date - 29"))
                     .toLongLong(),
                 lost);
        DashboardFilter s2 = lastDays();
        s2.location = QStringLiteral("S2");
        auto atS2 = f.reader->shrinkage(s2);
        QCOMPARE(atS2->size(), 1);
        QCOMPARE(atS2->at(0).unitsLost, 4);
        QCOMPARE(atS2->at(0).unitsSold, 5);
    }

    void coverageCountsRowsWithinTheirInterval()
    {
        SR_FIXTURE(f);
        auto classes = f.reader->coverage(lastDays());
        SR_OK(classes);
        QCOMPARE(classes->size(), 2);
        QCOMPARE(classes->at(0).abcClass, QStringLiteral("A"));
        QCOMPARE(classes->at(0).rows, 3);
        QCOMPARE(classes->at(0).counted, 1); // A at S1, approved
        QCOMPARE(classes->at(0).intervalDays, 365.0 / 12);
        QCOMPARE(classes->at(1).abcClass, QStringLiteral("C"));
        QCOMPARE(classes->at(1).rows, 6);
        QCOMPARE(classes->at(1).counted, 1); // B at S1
        QCOMPARE(classes->at(1).intervalDays, 365.0);
        QCOMPARE(
            f.truth(QStringLiteral("SELECT sum(counted_within_interval)::bigint FROM api.count_coverage")).toLongLong(),
            2);
    }

    void countsPerDayAndOpenDiscrepancies()
    {
        SR_FIXTURE(f);
        auto days = f.reader->countsPerDay(lastDays());
        SR_OK(days);
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).day, QDate::currentDate().addDays(-3));
        QCOMPARE(days->at(0).observations, 3); // A, B and B's recount
        QCOMPARE(days->at(0).skus, 2);
        QCOMPARE(days->at(1).observations, 1);

        auto open = f.reader->openDiscrepancies(lastDays());
        SR_OK(open);
        qint64 snapshotVariances = 0;
        qint64 pending = 0;
        for (const DiscrepancyAge &age : std::as_const(open.value())) {
            QCOMPARE(age.bucket, 1); // one and two days old
            if (age.kind == u"snapshot_variance")
                snapshotVariances += age.items;
            if (age.kind == u"count_pending")
                pending += age.items;
        }
        QCOMPARE(snapshotVariances, 2); // B and C at W1
        QCOMPARE(pending, 1);
        DashboardFilter north = lastDays();
        north.region = QStringLiteral("North");
        auto northOpen = f.reader->openDiscrepancies(north);
        for (const DiscrepancyAge &age : std::as_const(northOpen.value()))
            QVERIFY(age.kind != u"count_pending");
        QCOMPARE(DashboardReader::ageBucket(3600), 0);
        QCOMPARE(DashboardReader::ageBucket(2 * 86400), 1);
        QCOMPARE(DashboardReader::ageBucket(40 * 86400), 4);
    }

    void snapshotClasses()
    {
        SR_FIXTURE(f);
        auto overview = f.reader->snapshots(lastDays(), 0);
        SR_OK(overview);
        QCOMPARE(overview->snapshots.size(), 1);
        QCOMPARE(overview->snapshot, 1);
        QCOMPARE(overview->snapshots.at(0).source, QStringLiteral("ERP"));
        QCOMPARE(overview->snapshots.at(0).proposed, 2);
        QMap<QString, qint64> lines;
        for (const SnapshotClass &entry : std::as_const(overview->classes))
            lines[entry.snapshotClass] = entry.lines;
        QCOMPARE(lines.value(QStringLiteral("matched")), 1);
        QCOMPARE(lines.value(QStringLiteral("unknown")), 1);
        QCOMPARE(lines.value(QStringLiteral("variance")), 2);
        DashboardFilter s1 = lastDays();
        s1.location = QStringLiteral("S1");
        QVERIFY(f.reader->snapshots(s1, 1)->classes.isEmpty());
        // An unknown snapshot: the newest instead.
        QCOMPARE(f.reader->snapshots(lastDays(), 99)->snapshot, 1);
    }

    void linesBehindEachChart()
    {
        SR_FIXTURE(f);
        LinesRequest request;
        request.filter = lastDays();
        request.kind = LinesRequest::Kind::Accuracy;
        request.flag = 0;
        auto outside = f.reader->lines(request);
        SR_OK(outside);
        QCOMPARE(outside->rows.size(), 1);
        QCOMPARE(outside->rows.at(0).at(outside->columns.indexOf(QStringLiteral("sku"))).toString(),
                 QStringLiteral("B"));

        request = {};
        request.filter = lastDays();
        request.kind = LinesRequest::Kind::Variance;
        request.reason = QStringLiteral("lost");
        auto lost = f.reader->lines(request);
        SR_OK(lost);
        QCOMPARE(lost->rows.size(), 1);
        QCOMPARE(lost->rows.at(0).at(lost->columns.indexOf(QStringLiteral("quantity"))).toLongLong(), -3);
        request.reason.clear();
        request.limit = 2;
        auto cut = f.reader->lines(request);
        QCOMPARE(cut->rows.size(), 2);
        QVERIFY(cut->more);

        request = {};
        request.filter = lastDays();
        request.kind = LinesRequest::Kind::Losses;
        auto losses = f.reader->lines(request);
        QCOMPARE(losses->rows.size(), 3); // lost, theft, the count's variance

        request.kind = LinesRequest::Kind::Coverage;
        request.flag = 1;
        auto covered = f.reader->lines(request);
        QCOMPARE(covered->rows.size(), 2);

        request = {};
        request.filter = lastDays();
        request.filter.from = request.filter.to = QDate::currentDate().addDays(-3);
        request.kind = LinesRequest::Kind::Observations;
        QCOMPARE(f.reader->lines(request)->rows.size(), 3);

        request = {};
        request.filter = lastDays();
        request.kind = LinesRequest::Kind::Discrepancies;
        request.ageBucket = 1;
        request.code = QStringLiteral("count_pending");
        auto pending = f.reader->lines(request);
        QCOMPARE(pending->rows.size(), 1);
        QCOMPARE(pending->rows.at(0).at(pending->columns.indexOf(QStringLiteral("location"))).toString(),
                 QStringLiteral("S2"));
        request.ageBucket = 0;
        QCOMPARE(f.reader->lines(request)->rows.size(), 0);

        request = {};
        request.filter = lastDays();
        request.kind = LinesRequest::Kind::SnapshotLines;
        request.snapshot = 1;
        request.code = QStringLiteral("variance");
        auto variances = f.reader->lines(request);
        QCOMPARE(variances->rows.size(), 2);
    }

    void aManagerIsRefused()
    {
        SR_FIXTURE(f);
        Session manager(f.db.spec(QStringLiteral("manager")), QStringLiteral("manager"));
        DashboardReader reader(manager);
        auto may = reader.mayRead();
        SR_OK(may);
        QVERIFY(!may.value());
        SR_FAILS(reader.accuracy(lastDays()), Kind::PermissionDenied);
        SR_FAILS(reader.varianceByReason(lastDays()), Kind::PermissionDenied);
        SR_FAILS(reader.snapshots(lastDays(), 0), Kind::PermissionDenied);
        QVERIFY(f.reader->mayRead().value());
        // A refusal left no transaction open: the next read works.
        auto may2 = reader.mayRead();
        SR_OK(may2);
    }

    // Days are the ledger's business days, those of the server's zone (UTC here), in every chart: a loss at 11:00 UTC
    // is on the UTC day in shrinkage (rolled up by api.dashboard_refresh or not) and in variance by reason. A zone
    // named in the filter moves the views that take the session's (variance's range of times and its drill-down
    // with it): on Kiritimati (UTC+14) the loss is on the next day.
    void daysAreTheLedgers()
    {
        SR_FIXTURE(f);
        const QDateTime at(QDateTime::currentDateTimeUtc().date().addDays(-4), QTime(11, 0), Qt::UTC);
        SR_OK(f.session->run(QStringLiteral("SELECT set_config('stockroom.seed_at', ?, false)"),
                             {at.toString(Qt::ISODate)}));
        SR_OK(f.session->run(QStringLiteral("SELECT api.adjust('A', 'S2', -1, 'expired', NULL, 'tz-loss')::text")));
        SR_OK(f.session->run(QStringLiteral("SELECT set_config('stockroom.seed_at', '', false)")));
        DashboardFilter day;
        day.location = QStringLiteral("S2");
        day.from = day.to = at.date();
        for (int refreshed = 0; refreshed < 2; ++refreshed) {
            auto shrinkage = f.reader->shrinkage(day);
            SR_OK(shrinkage);
            QCOMPARE(shrinkage->size(), 1);
            QCOMPARE(shrinkage->at(0).period, at.date());
            QCOMPARE(shrinkage->at(0).unitsLost, 1);
            auto variance = f.reader->varianceByReason(day);
            QCOMPARE(variance->size(), 1);
            QCOMPARE(variance->at(0).reason, QStringLiteral("expired"));
            SR_OK(f.reader->refresh()); // the day is closed: rolled up, the same figures
        }
        Session manager(f.db.spec(QStringLiteral("manager")), QStringLiteral("manager"));
        SR_FAILS(DashboardReader(manager).refresh(), Kind::PermissionDenied);

        const QTimeZone kiritimati("Pacific/Kiritimati");
        QVERIFY(kiritimati.isValid());
        day.timeZone = kiritimati.id();
        // The fixture's theft five days ago may fall in a Kiritimati day too, depending on the hour: count the loss.
        const auto expired = [&f](const DashboardFilter &filter) {
            auto reasons = f.reader->varianceByReason(filter);
            return reasons ? std::count_if(reasons->cbegin(), reasons->cend(),
                                           [](const ReasonVariance &r) { return r.reason == u"expired"; })
                           : -1;
        };
        QCOMPARE(expired(day), 0);
        day.from = day.to = at.toTimeZone(kiritimati).date();
        QCOMPARE(day.from, at.date().addDays(1));
        QCOMPARE(expired(day), 1);
        LinesRequest request;
        request.kind = LinesRequest::Kind::Losses;
        request.filter = day;
        QCOMPARE(f.reader->lines(request)->rows.size(), 1);
    }

    void periods()
    {
        DashboardFilter filter = lastDays(14);
        QCOMPARE(filter.period(), DashboardFilter::Period::Day);
        filter = lastDays(30);
        QCOMPARE(filter.period(), DashboardFilter::Period::Week);
        filter = lastDays(365);
        QCOMPARE(filter.period(), DashboardFilter::Period::Month);
        filter = lastDays(90);
        QCOMPARE(filter.period(), DashboardFilter::Period::Week);
        const QDate monday = filter.periodStart(QDate(2025, 5, 15));
        QCOMPARE(monday, QDate(2025, 5, 12));
        filter.from = QDate(2024, 1, 1);
        filter.to = QDate(2025, 6, 30);
        QCOMPARE(filter.period(), DashboardFilter::Period::Month);
        QCOMPARE(filter.periodStart(QDate(2025, 5, 15)), QDate(2025, 5, 1));
        QCOMPARE(filter.periodEnd(QDate(2025, 6, 1)), QDate(2025, 7, 1));
    }
};

QTEST_GUILESS_MAIN(TestDashboardReader)
#include "tst_dashboardreader.moc"
