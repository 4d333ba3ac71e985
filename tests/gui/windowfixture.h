#pragma once

#include <QSize>
#include <QTemporaryDir>
#include <QTest>

#include <guifixture.h>
#include <mainwindow.h>
#include <memory>
#include <stock/stocktablemodel.h>
#include <testdatabase.h>

namespace Stockroom::Tests {

// What the window tests share: a throwaway database with the small ledger, a journal directory, the main
// window opened as a persona, and the superuser's view of the truth to check it against. Call setUp() from
// init() and tearDown() from cleanup(); a failure in setUp() stops the test before it runs.
class WindowFixture
{
protected:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;

    void setUp()
    {
        m_db = std::make_unique<TestDatabase>();
        STOCKROOM_REQUIRE_DB(*m_db);
        QVERIFY(seedSmallLedger(m_db->spec()));
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void tearDown()
    {
        m_window.reset();
        m_db.reset();
    }

    QVariant sql(const QString &query, const QVariantList &values = {}) { return scalar(m_db->spec(), query, values); }

    qint64 bucket(const QString &column, const QString &sku, const QString &location)
    {
        return sql(QStringLiteral("SELECT %1 FROM api.stock WHERE sku = ? AND location = ?").arg(column),
                   {sku, location})
            .toLongLong();
    }

    // Opens the window as persona and waits for its first rows and its permissions.
    void openWindow(const QString &persona, QSize size = {})
    {
        m_window = std::make_unique<Ui::MainWindow>(
            m_db->spec(persona),
            // No sweeper: a view test decides itself when holds past their time expire (tst_appsweeper tests it).
            Ui::MainWindow::Options{m_dir->filePath(QStringLiteral("journal.json")), 0});
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->stockModel()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->permissions().known, 10000);
    }
};

} // namespace Stockroom::Tests
