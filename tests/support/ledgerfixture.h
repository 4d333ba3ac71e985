#pragma once

#include "testdatabase.h"

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <memory>

namespace Stockroom::Tests {

// A fresh database with the superuser's session and the ledger API on it; test files derive their own
// Fixture from it and seed what they need in setUp().
struct LedgerFixture
{
    TestDatabase db;
    std::unique_ptr<Services::Session> session;
    std::unique_ptr<Services::LedgerService> api;

    // An error message, or empty when the session is ready.
    QString open(const QString &purpose = QStringLiteral("test"))
    {
        if (!db.isValid())
            return db.error();
        session = std::make_unique<Services::Session>(db.spec(), purpose);
        api = std::make_unique<Services::LedgerService>(*session);
        return {};
    }
};

} // namespace Stockroom::Tests

// Declares `Fixture f` (the test file's own) and fails the test unless its setUp() succeeded.
#define SR_FIXTURE(f)                                                                                                  \
    Fixture f;                                                                                                         \
    do {                                                                                                               \
        const QString sr_setup_error_ = f.setUp();                                                                     \
        QVERIFY2(sr_setup_error_.isEmpty(), qPrintable(sr_setup_error_));                                              \
    } while (false)
