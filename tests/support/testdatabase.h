#pragma once

#include <QString>
#include <QStringList>

#include <connection/connectionspec.h>

namespace Stockroom::Tests {

// A fresh database, migrated to the current schema, on the test run's throwaway server; dropped when the
// object goes. Creating one copies a template migrated once per schema, so a test case can have its own.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString name() const { return m_name; }
    // As the server's superuser, or as a login that has one persona's role ("associate", "checkout", ...). The
    // login is made staff of this database with every location and channel (so it may connect, and act anywhere).
    Services::ConnectionSpec spec(const QString &persona = {}) const;
    // Makes an existing login staff of this database (as api.staff_set does, without an idempotency key): all
    // locations and channels unless some are named. Returns an error message, empty when done.
    QString addStaff(const QString &login, const QString &persona, const QStringList &locations = {},
                     const QStringList &channels = {}) const;
    QString url(const QString &persona = {}) const;

    // The server the tests run against: $STOCKROOM_TEST_DB, else the URL tests/pgcluster wrote.
    static Services::ConnectionSpec server();

private:
    QString m_name;
    QString m_error;
};

} // namespace Stockroom::Tests

// Use in a test slot: skips nothing, fails loudly when the server is not there.
#define STOCKROOM_REQUIRE_DB(db) QVERIFY2((db).isValid(), qPrintable((db).error()))
