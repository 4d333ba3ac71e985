#pragma once

// The count API (resources/migrations/0008_counts.sql) called as SQL, for tests/services/tst_counts and
// tst_countapproval: one wrapper per api function, a fixture with a login per persona (and a second associate),
// and the checks both tests make after every slot.

#include "ledgerfixture.h"
#include "ledgertest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QVariant>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <map>
#include <memory>
#include <optional>

namespace Stockroom::Tests {

using Services::Result;

// A PostgreSQL array literal of texts, or NULL.
inline QVariant sqlTextArray(const std::optional<QStringList> &values)
{
    if (!values)
        return QVariant(QMetaType::fromType<QString>());
    QStringList quoted;
    for (QString value : *values) {
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + value + u'"';
    }
    return QString(u'{' + quoted.join(u',') + u'}');
}

inline QVariant sqlBool(std::optional<bool> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<bool>());
}

inline QVariant sqlBigint(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// The count API on one session (one login).
class CountCalls
{
public:
    explicit CountCalls(Services::Session &session)
        : m_session(session)
    {
    }

    Services::Session &session() { return m_session; }

    struct Scope
    {
        std::optional<QStringList> skus;
        QString abcClass;
        bool all = false;
    };

    Result<QJsonObject> create(const QString &location, const Scope &scope, std::optional<bool> blind = {},
                               const std::optional<QStringList> &assignees = {}, const QString &note = {},
                               const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_session_create(?, ?::text[], ?, ?::boolean,"
                                                 " ?::boolean, ?::text[], ?, ?)::text"),
                                  {location, sqlTextArray(scope.skus), sqlText(scope.abcClass),
                                   scope.all ? QVariant(true) : sqlBool({}), sqlBool(blind), sqlTextArray(assignees),
                                   sqlText(note), key});
    }

    Result<QJsonObject> sheet(qint64 session)
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_sheet(?::bigint)::text"), {session});
    }

    Result<QJsonObject> record(qint64 session, const QString &sku, qint64 counted, const QString &area = {},
                               std::optional<qint64> position = {},
                               const QString &key = Services::LedgerService::newKey(),
                               const QString &device = QStringLiteral("handheld 1"))
    {
        return m_session.callJson(
            QStringLiteral("SELECT api.count_record(?::bigint, ?, ?::bigint, ?, ?, ?::bigint, ?)::text"),
            {session, sku, counted, sqlText(area), sqlText(device), sqlBigint(position), key});
    }

    Result<QJsonObject> submit(qint64 session, std::optional<bool> uncountedZero = {},
                               const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_submit(?::bigint, ?::boolean, ?)::text"),
                                  {session, sqlBool(uncountedZero), key});
    }

    Result<QJsonObject> review(qint64 session)
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_review(?::bigint)::text"), {session});
    }

    Result<QJsonObject> approve(qint64 session, const std::optional<QStringList> &skus = {},
                                std::optional<bool> withinToleranceOnly = {}, std::optional<bool> releaseHolds = {},
                                const QString &reason = QStringLiteral("cycle count"),
                                const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(
            QStringLiteral("SELECT api.count_approve(?::bigint, ?::text[], ?::boolean, ?::boolean, ?, ?)::text"),
            {session, sqlTextArray(skus), sqlBool(withinToleranceOnly), sqlBool(releaseHolds), sqlText(reason), key});
    }

    Result<QJsonObject> reject(qint64 session, const std::optional<QStringList> &skus, const QString &reason,
                               const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_reject(?::bigint, ?::text[], ?, ?)::text"),
                                  {session, sqlTextArray(skus), sqlText(reason), key});
    }

    Result<QJsonObject> recount(qint64 session, const std::optional<QStringList> &skus,
                                const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count_recount(?::bigint, ?::text[], ?)::text"),
                                  {session, sqlTextArray(skus), key});
    }

    // The single-line count, pinned to a position (none: now).
    Result<QJsonObject> countLine(const QString &sku, const QString &location, qint64 counted,
                                  std::optional<qint64> position,
                                  const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count(?, ?, ?::bigint, ?::bigint, ?)::text"),
                                  {sku, location, counted, sqlBigint(position), key});
    }

    // The 4-argument single-line count, as of now.
    Result<QJsonObject> countLegacy(const QString &sku, const QString &location, qint64 counted,
                                    const QString &key = Services::LedgerService::newKey())
    {
        return m_session.callJson(QStringLiteral("SELECT api.count(?, ?, ?::bigint, ?)::text"),
                                  {sku, location, counted, key});
    }

    Result<QJsonArray> sessions(qint64 session)
    {
        return m_session.rows(QStringLiteral("SELECT * FROM api.count_sessions WHERE id = ?::bigint"), {session});
    }

private:
    Services::Session &m_session;
};

// The line of one SKU in a sheet's or a review's "lines" ({} when there is none).
inline QJsonObject lineOf(const QJsonObject &sheetOrReview, const QString &sku)
{
    for (const QJsonValue &line : sheetOrReview.value(QStringLiteral("lines")).toArray()) {
        if (line.toObject().value(QStringLiteral("sku")).toString() == sku)
            return line.toObject();
    }
    return {};
}

// The SKUs of a JSON array of {sku: ...} objects (approve's "approved" and "skipped").
inline QStringList skusOf(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &entry : array)
        out << entry.toObject().value(QStringLiteral("sku")).toString();
    return out;
}

// Every key anywhere in a JSON value (objects inside arrays inside objects ...) that contains one of the
// fragments, case-insensitively, with its path.
inline QStringList keysContaining(const QJsonValue &value, const QStringList &fragments,
                                  const QString &path = QStringLiteral("$"))
{
    QStringList found;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString here = path + u'.' + it.key();
            for (const QString &fragment : fragments) {
                if (it.key().contains(fragment, Qt::CaseInsensitive)) {
                    found << here;
                    break;
                }
            }
            found << keysContaining(it.value(), fragments, here);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            found << keysContaining(array.at(i), fragments, path + QStringLiteral("[%1]").arg(i));
    }
    return found;
}

// snapshot() plus everything the count API writes.
inline QString countSnapshot(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT (SELECT coalesce(jsonb_agg(s ORDER BY s.id), '[]') FROM (SELECT id, state, version, submitted_at,"
        " closed_at FROM ledger.count_session) s)::text AS sessions,"
        " (SELECT coalesce(jsonb_agg(l ORDER BY l.session_id, l.sku_id), '[]') FROM (SELECT session_id, sku_id, state,"
        " counted, expected, within_tolerance, double_count, first_counted, recounted, confirmed, decided_by,"
        " movement_id FROM ledger.count_line) l)::text AS lines,"
        " (SELECT count(*) FROM ledger.count_observation) AS observations"));
    return snapshot(session) + (rows ? toText(rows.value()) : QStringLiteral("error: ") + rows.error().message);
}

// What no sequence of count calls may leave behind: an approved line whose variance was not posted (or posted
// with another quantity), a count_variance movement no approved line owns, a decided line in a session still
// counting, a closed session with undecided lines, a line holding a movement it was not approved with.
inline QString countInconsistencies(Services::Session &session)
{
    auto rows = session.rows(QStringLiteral(
        "SELECT 'approved, variance not posted' AS problem, cl.session_id, k.code AS sku, cl.variance, NULL::bigint"
        " AS movement FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id"
        " WHERE cl.state = 'approved' AND cl.variance <> 0 AND cl.movement_id IS NULL"
        " UNION ALL SELECT 'movement differs from the variance', cl.session_id, k.code, cl.variance, m.id"
        " FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id JOIN ledger.movement m"
        " ON m.id = cl.movement_id WHERE m.kind <> 'count_variance' OR m.quantity <> cl.variance"
        " OR m.sku_id <> cl.sku_id OR m.bucket <> 'on_hand'"
        " UNION ALL SELECT 'count_variance no line owns', NULL, k.code, m.quantity, m.id FROM ledger.movement m"
        " JOIN ledger.sku k ON k.id = m.sku_id WHERE m.kind = 'count_variance'"
        " AND (SELECT count(*) FROM ledger.count_line cl WHERE cl.movement_id = m.id) <> 1"
        " UNION ALL SELECT 'movement on a line not approved', cl.session_id, k.code, cl.variance, cl.movement_id"
        " FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id"
        " WHERE cl.movement_id IS NOT NULL AND cl.state <> 'approved'"
        " UNION ALL SELECT 'decided while counting', cl.session_id, k.code, cl.variance, NULL FROM ledger.count_line cl"
        " JOIN ledger.sku k ON k.id = cl.sku_id JOIN ledger.count_session cs ON cs.id = cl.session_id"
        " WHERE cs.state = 'counting' AND cl.state NOT IN ('to_count', 'counted')"
        " UNION ALL SELECT 'closed with undecided lines', cl.session_id, k.code, cl.variance, NULL"
        " FROM ledger.count_line cl JOIN ledger.sku k ON k.id = cl.sku_id JOIN ledger.count_session cs"
        " ON cs.id = cl.session_id WHERE cs.state = 'closed' AND cl.state NOT IN ('approved', 'rejected')"));
    if (!rows)
        return rows.error().message;
    return rows->isEmpty() ? QString() : toText(rows.value());
}

// The count_variance movements of one session per SKU, as "SKU quantity" strings by SKU and id.
inline QStringList varianceMovements(Services::Session &session, qint64 countSession)
{
    auto rows = session.rows(QStringLiteral("SELECT k.code || ' ' || m.quantity AS line FROM ledger.movement m"
                                            " JOIN ledger.sku k ON k.id = m.sku_id WHERE m.kind = 'count_variance'"
                                            " AND m.reference = 'count session ' || ?::bigint ORDER BY k.code, m.id"),
                             {countSession});
    QStringList out;
    if (!rows)
        return {rows.error().message};
    for (const QJsonValue &row : rows.value())
        out << row.toObject().value(QStringLiteral("line")).toString();
    return out;
}

// The newest movement of a stock row: the position a count made now is pinned to.
inline qint64 rowPosition(Services::Session &session, const QString &sku, const QString &location)
{
    auto rows = session.rows(QStringLiteral("SELECT coalesce(max(m.id), 0) AS p FROM ledger.movement m"
                                            " JOIN ledger.sku k ON k.id = m.sku_id JOIN ledger.location l"
                                            " ON l.id = m.location_id WHERE k.code = ? AND l.code = ?"),
                             {sku, location});
    if (!rows || rows->isEmpty())
        return -1;
    return rows->at(0).toObject().value(QStringLiteral("p")).toInteger();
}

// Locations ST1 (a store, where counts happen) and WH1; SKUs ANV-1 (with a barcode), BKT-2, CHS-3, DRL-4 and
// no stock: each slot receives what it counts. Logins per persona, and a second associate.
struct CountFixture : LedgerFixture
{
    struct Persona
    {
        std::unique_ptr<Services::Session> session;
        std::unique_ptr<Services::LedgerService> ledger;
        std::unique_ptr<CountCalls> counts;
    };
    std::map<QString, Persona> personas;
    std::unique_ptr<CountCalls> su;

    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        su = std::make_unique<CountCalls>(*session);
        QList<Result<QJsonObject>> steps;
        steps
            << api->addLocation(
                   {QStringLiteral("ST1"), QStringLiteral("Berlin Mitte"), QStringLiteral("store"), {}, 52.50, 13.35})
            << api->addLocation(
                   {QStringLiteral("WH1"), QStringLiteral("Berlin DC"), QStringLiteral("warehouse"), {}, 52.52, 13.40})
            << api->addSku(QStringLiteral("ANV-1"), QStringLiteral("Anvil"), {QStringLiteral("4006381333931")})
            << api->addSku(QStringLiteral("BKT-2"), QStringLiteral("Bucket"))
            << api->addSku(QStringLiteral("CHS-3"), QStringLiteral("Chisel"))
            << api->addSku(QStringLiteral("DRL-4"), QStringLiteral("Drill"));
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // The connection of a persona ("associate", "manager", ...; "associate2": a second associate's login).
    Services::ConnectionSpec specOf(const QString &persona)
    {
        if (persona != u"associate2")
            return db.spec(persona);
        Services::ConnectionSpec spec = db.spec(QStringLiteral("associate"));
        // Roles are cluster-wide; concurrent test processes may race to create the same one.
        (void)session->execScript(
            QStringLiteral("DO $$ BEGIN CREATE ROLE test_associate2 LOGIN IN ROLE stockroom_associate; "
                           "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"));
        spec.user = QStringLiteral("test_associate2");
        (void)db.addStaff(spec.user, QStringLiteral("associate")); // it may connect to this database only as staff
        return spec;
    }

    Persona &persona(const QString &name)
    {
        Persona &p = personas[name];
        if (!p.session) {
            p.session = std::make_unique<Services::Session>(specOf(name), name);
            p.ledger = std::make_unique<Services::LedgerService>(*p.session);
            p.counts = std::make_unique<CountCalls>(*p.session);
        }
        return p;
    }

    CountCalls &as(const QString &name) { return *persona(name).counts; }
    Services::LedgerService &ledgerAs(const QString &name) { return *persona(name).ledger; }

    // The login a persona's calls are made as.
    QString loginOf(const QString &name) { return specOf(name).user; }

    qint64 get(const QString &sku, const QString &name, const QString &location = QStringLiteral("ST1")) const
    {
        return bucket(*api, sku, location, name);
    }

    // A checkout's sale: reserve and commit. Empty on success, else the error.
    QString sell(const QString &sku, qint64 quantity, const QString &location = QStringLiteral("ST1"))
    {
        Services::ReserveRequest request;
        request.sku = sku;
        request.location = location;
        request.quantity = quantity;
        auto held = ledgerAs(QStringLiteral("checkout")).reserve(request, Services::LedgerService::newKey());
        if (!held)
            return QStringLiteral("reserve: ") + held.error().message;
        auto sold =
            ledgerAs(QStringLiteral("checkout"))
                .commit(held->value(QStringLiteral("reservation")).toInteger(), Services::LedgerService::newKey());
        return sold ? QString() : QStringLiteral("commit: ") + sold.error().message;
    }
};

} // namespace Stockroom::Tests

// The call succeeded and returned a value; stores it in `var`.
#define SR_VALUE(var, call)                                                                                            \
    auto var##_result_ = (call);                                                                                       \
    QVERIFY2(bool(var##_result_), qPrintable(var##_result_.errorMessage()));                                           \
    const QJsonObject var = var##_result_.value()

// After every slot: every balance equals its ledger, and nothing of a count is half applied.
#define SR_VERIFY_COUNTS(f)                                                                                            \
    do {                                                                                                               \
        SR_VERIFY_LEDGER(*(f).api);                                                                                    \
        const QString sr_counts_ = ::Stockroom::Tests::countInconsistencies(*(f).session);                             \
        QVERIFY2(sr_counts_.isEmpty(), qPrintable(QStringLiteral("half-applied counts: ") + sr_counts_));              \
    } while (false)

// The call failed with this kind of error and this SQLSTATE.
#define SR_REFUSED_WITH(result, expectedKind, expectedState)                                                           \
    do {                                                                                                               \
        const auto &sr_result_s_ = (result);                                                                           \
        SR_FAILS(sr_result_s_, expectedKind);                                                                          \
        QCOMPARE(sr_result_s_.error().sqlState, QStringLiteral(expectedState));                                        \
    } while (false)
