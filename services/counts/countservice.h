#pragma once

#include "countrecords.h"

#include <QDate>
#include <QJsonObject>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// The cycle-count API of the ledger (resources/migrations/0008_counts.sql) on one session. Every mutation takes
// an idempotency key; refusals come back as the API's typed errors, with the ledger's message in full (an
// all-or-nothing approval names every line it refused).
class CountService final
{
public:
    explicit CountService(Session &session);

    // Manager and above.
    Result<QJsonObject> create(const CountSessionDraft &draft, const QString &key);
    // What a counter works from; "expected" only where the session is not blind or the login is a manager.
    Result<QJsonObject> sheet(qint64 session);
    Result<QJsonObject> record(const CountObservation &observation, const QString &key);
    // uncountedZero confirms that the SKUs of a full count nobody counted are not there.
    Result<QJsonObject> submit(qint64 session, bool uncountedZero, const QString &key);
    // Manager and above: it shows expected quantities.
    Result<QJsonObject> review(qint64 session);
    // Supervisor and above. skus: those lines; nullopt: every line of the session.
    Result<QJsonObject> approve(qint64 session, const std::optional<QStringList> &skus, bool withinToleranceOnly,
                                bool releaseHolds, const QString &reason, const QString &key);
    Result<QJsonObject> reject(qint64 session, const std::optional<QStringList> &skus, const QString &reason,
                               const QString &key);
    Result<QJsonObject> recount(qint64 session, const std::optional<QStringList> &skus, const QString &key);

    // Newest first.
    Result<QList<CountSessionInfo>> sessions(const CountSessionFilter &filter);
    // What is due to be counted on a day (resources/migrations/0009_count_schedules.sql): at one location, or at
    // every location when location is empty; and a session for one location's plan.
    Result<QJsonObject> plan(const QString &location, const QDate &date);
    Result<QJsonObject> sessionFromPlan(const QString &location, const QDate &date, bool blind, const QString &key);

private:
    Session &m_session;
};

} // namespace Stockroom::Services
