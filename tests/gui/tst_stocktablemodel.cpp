#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <guifixture.h>
#include <readworker.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>
#include <testdatabase.h>

using namespace Stockroom;
using Models::StockTableModel;
using Services::StockFilter;

class TestStockTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Tests::TestDatabase> m_db;
    std::unique_ptr<Models::ReadThread> m_reads;

    // Loads every page; returns false when a page does not arrive.
    static bool loadAll(StockTableModel &model)
    {
        QSignalSpy loading(&model, &StockTableModel::loadingChanged);
        for (int guard = 0; guard < 1000; ++guard) {
            if (model.isLoading() && !QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
                return false;
            if (!model.canFetchMore())
                return true;
            model.fetchMore();
        }
        return false;
    }

    static bool reloadAndWait(StockTableModel &model)
    {
        QSignalSpy shown(&model, &StockTableModel::firstPageShown);
        model.reload();
        return shown.wait(10000);
    }

    int expectedRows(const QString &where, const QVariantList &values = {})
    {
        return Tests::scalar(m_db->spec(), QStringLiteral("SELECT count(*) FROM api.stock WHERE ") + where, values)
            .toInt();
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Tests::TestDatabase>();
        STOCKROOM_REQUIRE_DB(*m_db);
        auto seeded = Tests::seedSmallLedger(m_db->spec());
        QVERIFY2(seeded, qPrintable(seeded.errorMessage()));
        // A bucket sort orders by the projection kept from the outbox (0016), whose refresh stops at the oldest
        // transaction open on the server: under a parallel test run, another test's. Wait until it has applied
        // every event the seed wrote, so the order checked below is the seed's own.
        const bool current = QTest::qWaitFor(
            [this] {
                Tests::scalar(m_db->spec(), QStringLiteral("SELECT api.stock_rank_refresh()"));
                return Tests::scalar(m_db->spec(),
                                     QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM ledger.outbox o, "
                                                    "ledger.stock_rank_state s WHERE (o.tx, o.id) > (s.event_tx, "
                                                    "s.event_id))"))
                    .toBool();
            },
            60000);
        QVERIFY2(current, "the bucket projection did not catch up with the seed's events within 60 s");
        m_reads = std::make_unique<Models::ReadThread>(m_db->spec(QStringLiteral("associate")));
    }

    void cleanup()
    {
        m_reads.reset();
        m_db.reset();
    }

    void pagesThroughEveryRowInOrder()
    {
        StockTableModel model(m_reads.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore()); // nothing is fetched before the first reload()
        QVERIFY(reloadAndWait(model));
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.hasMore());
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 60);
        QVERIFY(!model.hasMore());
        for (int row = 1; row < model.rowCount(); ++row) {
            const auto &a = model.rowAt(row - 1);
            const auto &b = model.rowAt(row);
            QVERIFY2(a.sku < b.sku || (a.sku == b.sku && a.location < b.location), qPrintable(b.sku));
        }
        QCOMPARE(model.index(0, StockTableModel::Sku).data().toString(), QStringLiteral("T-001"));
        QCOMPARE(model.index(0, StockTableModel::Location).data().toString(), QStringLiteral("ST-B"));
        QCOMPARE(model.headerData(StockTableModel::OnHand, Qt::Horizontal).toString(), QStringLiteral("On hand"));
    }

    void sortsByAnyColumnAcrossPages_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = 0; column < StockTableModel::ColumnCount; ++column) {
            const QByteArray name = QByteArray::number(column);
            QTest::newRow(QByteArray(name + " asc").constData()) << column << Qt::AscendingOrder;
            QTest::newRow(QByteArray(name + " desc").constData()) << column << Qt::DescendingOrder;
        }
    }

    void sortsByAnyColumnAcrossPages()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        StockTableModel model(m_reads.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5); // many ties per page boundary in the bucket columns
        model.sort(column, order);
        QVERIFY(reloadAndWait(model));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 60);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto &r = model.rowAt(row);
            QVERIFY2(!seen.contains(r.sku + u'@' + r.location), "a row appeared twice");
            seen.insert(r.sku + u'@' + r.location);
            if (row == 0)
                continue;
            const QVariant a = model.index(row - 1, column).data(StockTableModel::RawValueRole);
            const QVariant b = model.index(row, column).data(StockTableModel::RawValueRole);
            const auto cmp = QVariant::compare(a, b);
            if (order == Qt::AscendingOrder)
                QVERIFY2(cmp != QPartialOrdering::Greater, qPrintable(a.toString() + u" > " + b.toString()));
            else
                QVERIFY2(cmp != QPartialOrdering::Less, qPrintable(a.toString() + u" < " + b.toString()));
        }
    }

    void filtersInSql()
    {
        StockTableModel model(m_reads.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reloadAndWait(model));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 60);

        QSignalSpy shown(&model, &StockTableModel::firstPageShown);
        StockFilter filter;
        filter.text = QStringLiteral("lamp");
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), expectedRows(QStringLiteral("sku_name ILIKE '%lamp%'")));
        QVERIFY(model.rowCount() > 0);

        filter.text = QStringLiteral("400000000007"); // a whole barcode finds its SKU
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowAt(0).sku, QStringLiteral("T-007"));

        filter.text = QStringLiteral("t-01%"); // typed wildcards are literal text
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QCOMPARE(model.rowCount(), 0);

        filter = {};
        filter.location = QStringLiteral("ST-C");
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 20);

        filter = {};
        filter.region = QStringLiteral("North");
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), 40);

        filter = {};
        filter.belowSafetyStock = true;
        model.setFilter(filter);
        QVERIFY(shown.wait(10000));
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), expectedRows(QStringLiteral("safety_stock > 0 AND available < safety_stock")));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, 0).data(StockTableModel::BelowSafetyStockRole).toBool());
    }

    // The side panel's history pages back to the first movement, newest first, never repeating one.
    void movementHistoryPagesBackToTheStart()
    {
        Tests::scalar(m_db->spec(), QStringLiteral("SELECT count(api.receive('T-009', 'ST-B', 1, 'PO-' || i, "
                                                   "'history-' || i)) FROM generate_series(1, 230) i"));
        const int expected = Tests::scalar(m_db->spec(), QStringLiteral("SELECT count(*) FROM api.ledger WHERE sku = "
                                                                        "'T-009' AND location = 'ST-B'"))
                                 .toInt();
        QVERIFY(expected > 230);
        Models::MovementModel model(m_reads.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &Models::MovementModel::loaded);
        model.show(QStringLiteral("T-009"), QStringLiteral("ST-B"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), Models::MovementModel::PageSize);
        // Scrolling down asks for more (so may the model tester); each page arrives in turn.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (model.canFetchMore())
                    model.fetchMore();
                return model.rowCount() == expected;
            }(),
            10000);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(!model.canFetchMore());
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row).id < model.rowAt(row - 1).id);
        QCOMPARE(model.index(0, Models::MovementModel::Kind).data().toString(), QStringLiteral("Received"));
        QCOMPARE(model.index(0, Models::MovementModel::Bucket).data().toString(), QStringLiteral("On hand"));
    }

    void staleAnswersAreDropped()
    {
        StockTableModel model(m_reads.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&model, &StockTableModel::firstPageShown);
        model.reload();
        StockFilter filter;
        for (const char16_t *text : {u"T", u"T-0", u"T-00", u"T-005"}) {
            filter.text = QString::fromUtf16(text);
            model.setFilter(filter); // each replaces the question before it
        }
        QVERIFY(shown.wait(10000));
        QTest::qWait(100);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowAt(0).sku, QStringLiteral("T-005"));
    }
};

QTEST_GUILESS_MAIN(TestStockTableModel)
#include "tst_stocktablemodel.moc"
