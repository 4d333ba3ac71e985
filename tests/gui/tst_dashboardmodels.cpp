// The dashboard's item models (models/reconcile) against a real database seeded with tests/support/dashboardtest.h:
// each passes QAbstractItemModelTester while it loads, reloads and is refused, answers for the rows the chart draws
// (numbers and dates in Qt::DisplayRole for the charts' mappers, words in TextRole), and names the lines behind a row.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <dashboardtest.h>
#include <readworker.h>
#include <reconcile/accuracymodel.h>
#include <reconcile/countdaymodel.h>
#include <reconcile/coveragemodel.h>
#include <reconcile/dashboardlinesmodel.h>
#include <reconcile/discrepancymodel.h>
#include <reconcile/shrinkagemodel.h>
#include <reconcile/snapshotmodel.h>
#include <reconcile/variancemodel.h>
#include <testdatabase.h>

using namespace Stockroom;
using Models::DashboardModel;

namespace {

Services::DashboardFilter lastDays(int days = 30)
{
    Services::DashboardFilter filter;
    filter.to = QDate::currentDate();
    filter.from = filter.to.addDays(1 - days);
    return filter;
}

// Sets the filter and waits for the answer.
bool load(DashboardModel &model, const Services::DashboardFilter &filter)
{
    QSignalSpy loaded(&model, &DashboardModel::loaded);
    model.setFilter(filter);
    return loaded.wait(15000);
}

} // namespace

class TestDashboardModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<Tests::TestDatabase> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Tests::TestDatabase>();
        STOCKROOM_REQUIRE_DB(*m_db);
        auto seeded = Tests::seedDashboardLedger(m_db->spec());
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
    }

    void cleanupTestCase() { m_db.reset(); }

    void everyModelPassesTheTester()
    {
        Models::ReadThread reads(m_db->spec(QStringLiteral("supervisor")));
        std::vector<std::unique_ptr<DashboardModel>> models;
        models.push_back(std::make_unique<Models::AccuracyModel>(&reads));
        models.push_back(std::make_unique<Models::VarianceModel>(&reads));
        models.push_back(std::make_unique<Models::ShrinkageModel>(&reads));
        models.push_back(std::make_unique<Models::CoverageModel>(&reads));
        models.push_back(std::make_unique<Models::CountDayModel>(&reads));
        models.push_back(std::make_unique<Models::DiscrepancyModel>(&reads));
        models.push_back(std::make_unique<Models::SnapshotModel>(&reads));
        models.push_back(std::make_unique<Models::DashboardLinesModel>(&reads));
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (const auto &model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        auto *lines = static_cast<Models::DashboardLinesModel *>(models.back().get());
        Services::LinesRequest request;
        request.kind = Services::LinesRequest::Kind::Variance;
        request.filter = lastDays();
        QSignalSpy linesLoaded(lines, &DashboardModel::loaded);
        lines->setRequest(request);
        QVERIFY(linesLoaded.wait(15000));
        for (const auto &model : models) {
            if (model.get() != lines)
                QVERIFY(load(*model, lastDays()));
            QVERIFY2(model->state() == DashboardModel::State::Ready,
                     qPrintable(QString::fromLatin1(model->metaObject()->className()) + model->errorText()));
            QVERIFY2(model->rowCount() > 0, model->metaObject()->className());
            // Every cell answers every role it offers, in words and raw.
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    QVERIFY(index.data(Qt::DisplayRole).isValid() || index.data(DashboardModel::TextRole).isValid() ||
                            column > 0);
                    QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
                }
            }
            // Another range: the rows change through a reset the tester follows.
            if (model.get() != lines)
                QVERIFY(load(*model, lastDays(365)));
        }
        auto *variance = static_cast<Models::VarianceModel *>(models.at(1).get());
        variance->setMeasure(Models::VarianceModel::Measure::Value);
        QCOMPARE(variance->index(0, Models::VarianceModel::Value).data().toDouble(), 125.0);
    }

    void chartRowsAndTheirLines()
    {
        Models::ReadThread reads(m_db->spec(QStringLiteral("supervisor")));
        Models::AccuracyModel accuracy(&reads);
        Services::DashboardFilter atS1 = lastDays();
        atS1.location = QStringLiteral("S1");
        QVERIFY(load(accuracy, atS1));
        // Blocks: every class, then A and C; each a series of the chart.
        QCOMPARE(accuracy.blocks().size(), 3);
        QCOMPARE(accuracy.accuracy(), 50.0);
        const QModelIndex period = accuracy.index(0, Models::AccuracyModel::Period);
        QCOMPARE(period.data().metaType(), QMetaType::fromType<QDate>());      // the mapper's x
        const QDate week = atS1.periodStart(QDate::currentDate().addDays(-3)); // 30 days: by week, from Monday
        QCOMPARE(period.data().toDate(), week);
        QCOMPARE(accuracy.index(0, Models::AccuracyModel::Accuracy).data().toDouble(), 50.0);
        QCOMPARE(accuracy.index(0, Models::AccuracyModel::Accuracy).data(DashboardModel::TextRole).toString(),
                 QLocale().toString(50.0, 'f', 1));
        const Services::LinesRequest first = accuracy.linesFor(0);
        QCOMPARE(first.filter.from, qMax(atS1.from, week));
        QCOMPARE(first.filter.to, qMin(atS1.to, week.addDays(6)));
        QCOMPARE(first.filter.location, QStringLiteral("S1"));
        QCOMPARE(accuracy.linesFor(2).filter.abcClass, QStringLiteral("C"));

        Models::DiscrepancyModel open(&reads);
        QVERIFY(load(open, lastDays()));
        QCOMPARE(open.rowCount(), Models::DiscrepancyModel::BucketCount);
        QCOMPARE(open.index(1, Models::DiscrepancyModel::SnapshotVariances).data().toLongLong(), 2);
        QCOMPARE(open.index(1, Models::DiscrepancyModel::CountsPending).data().toLongLong(), 1);
        QCOMPARE(open.linesFor(1, Models::DiscrepancyModel::DriftFindings).code, QStringLiteral("drift"));

        Models::SnapshotModel snapshot(&reads);
        QVERIFY(load(snapshot, lastDays()));
        QCOMPARE(snapshot.rowCount(), 5);
        QCOMPARE(snapshot.linesOf(QStringLiteral("matched")), 1);
        QCOMPARE(snapshot.linesOf(QStringLiteral("variance")), 2);
        QCOMPARE(snapshot.linesFor(4).code, QStringLiteral("variance"));
        QCOMPARE(snapshot.linesFor(4).snapshot, 1);

        Models::DashboardLinesModel lines(&reads);
        QSignalSpy loaded(&lines, &DashboardModel::loaded);
        lines.setRequest(snapshot.linesFor(-1));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(lines.rowCount(), 4); // matched, variance B, unknown ZZZ, ledger-only C
        QVERIFY(lines.columnOf(QStringLiteral("class")) >= 0);
        QCOMPARE(lines.headerData(lines.columnOf(QStringLiteral("theirs")), Qt::Horizontal).toString(),
                 QStringLiteral("File"));
    }

    void aManagerIsDeniedNotFailed()
    {
        Models::ReadThread reads(m_db->spec(QStringLiteral("manager")));
        Models::VarianceModel variance(&reads);
        QAbstractItemModelTester tester(&variance, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&variance, &DashboardModel::loadFailed);
        QVERIFY(load(variance, lastDays()));
        QCOMPARE(variance.state(), DashboardModel::State::Denied);
        QCOMPARE(variance.rowCount(), 0);
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
