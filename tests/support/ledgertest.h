#pragma once

// Small helpers shared by the ledger's tests: assertions on Result, bucket reads and reference data.

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <result.h>

namespace Stockroom::Tests {

inline QString toText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline const char *kindName(Services::Error::Kind kind)
{
    using K = Services::Error::Kind;
    switch (kind) {
    case K::Invalid:
        return "Invalid";
    case K::NotFound:
        return "NotFound";
    case K::Refused:
        return "Refused";
    case K::PermissionDenied:
        return "PermissionDenied";
    case K::Conflict:
        return "Conflict";
    case K::Busy:
        return "Busy";
    case K::Connection:
        return "Connection";
    case K::Internal:
        break;
    }
    return "Internal";
}

// One bucket of one stock row (0 when the row does not exist), or -1 when the read failed.
inline qint64 bucket(Services::LedgerService &api, const QString &sku, const QString &location, const QString &name)
{
    auto rows = api.stock(sku, location);
    if (!rows)
        return -1;
    if (rows->isEmpty())
        return 0;
    return rows->at(0).toObject().value(name).toInteger();
}

// Everything a mutation could change, to compare before and after a call that must change nothing.
inline QString snapshot(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT (SELECT coalesce(jsonb_agg(s ORDER BY sku, location), '[]') FROM (SELECT sku, location, on_hand,"
        " reserved, inbound, damaged, safety_stock, backordered, version FROM api.stock) s)::text AS stock,"
        " (SELECT count(*) FROM ledger.movement) AS movements, (SELECT count(*) FROM ledger.outbox) AS events,"
        " (SELECT count(*) FROM ledger.reservation) AS reservations, (SELECT count(*) FROM ledger.transfer) AS"
        " transfers, (SELECT count(*) FROM ledger.idempotency) AS keys,"
        " (SELECT coalesce(jsonb_agg(r ORDER BY r.id), '[]') FROM (SELECT id, status FROM ledger.reservation) r)::text"
        " AS statuses"));
    return rows ? toText(rows.value()) : QStringLiteral("error: ") + rows.error().message;
}

// Waits on the database clock (not a client timer) until every reservation's TTL has passed.
inline bool waitUntilExpired(Services::Session &session, qint64 reservation)
{
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        auto rows = session.rows(QStringLiteral("SELECT bool_and(expires_at <= now()) AS due FROM api.reservations"
                                                " WHERE reservation = ?"),
                                 {reservation});
        if (!rows || rows->isEmpty())
            return false;
        if (rows->at(0).toObject().value(QStringLiteral("due")).toBool())
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace Stockroom::Tests

// The call (evaluated once) succeeded; shows the error otherwise.
#define SR_OK(result)                                                                                                  \
    do {                                                                                                               \
        const auto &sr_ok_ = (result);                                                                                 \
        QVERIFY2(bool(sr_ok_), qPrintable(sr_ok_.errorMessage()));                                                     \
    } while (false)

// The call failed with this kind of error.
#define SR_FAILS(result, expectedKind)                                                                                 \
    do {                                                                                                               \
        const auto &sr_result_ = (result);                                                                             \
        QVERIFY2(!sr_result_, "the call succeeded but should have been refused");                                      \
        QVERIFY2(sr_result_.error().kind == (expectedKind),                                                            \
                 qPrintable(QStringLiteral("expected %1, got %2: %3 (SQLSTATE %4)")                                    \
                                .arg(QLatin1String(::Stockroom::Tests::kindName(expectedKind)),                        \
                                     QLatin1String(::Stockroom::Tests::kindName(sr_result_.error().kind)),             \
                                     sr_result_.error().message, sr_result_.error().sqlState)));                       \
    } while (false)

// api.verify() finds no difference between any balance and its ledger.
#define SR_VERIFY_LEDGER(api)                                                                                          \
    do {                                                                                                               \
        auto sr_verified_ = (api).verify();                                                                            \
        SR_OK(sr_verified_);                                                                                           \
        QVERIFY2(sr_verified_->isEmpty(), qPrintable(::Stockroom::Tests::toText(sr_verified_.value())));               \
    } while (false)
