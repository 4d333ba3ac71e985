#include "countservice.h"

#include <QDate>
#include <QJsonArray>

#include <connection/session.h>
#include <connection/textarray.h>

namespace Stockroom::Services {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// PostgreSQL's text form of an array literal, for a text[] parameter; nothing: NULL.
QVariant textArray(const std::optional<QStringList> &values)
{
    if (!values)
        return QVariant(QMetaType::fromType<QString>());
    return textArrayLiteral(*values);
}

std::optional<QStringList> listOrNothing(const QStringList &values)
{
    return values.isEmpty() ? std::nullopt : std::optional<QStringList>(values);
}

} // namespace

CountService::CountService(Session &session)
    : m_session(session)
{
}

Result<QJsonObject> CountService::create(const CountSessionDraft &draft, const QString &key)
{
    return m_session.callJson(
        QStringLiteral("SELECT api.count_session_create(?, ?::text[], ?, ?, ?, ?::text[], ?, ?)::text"),
        {draft.location, textArray(listOrNothing(draft.skus)), text(draft.abcClass), draft.all, draft.blind,
         textArray(listOrNothing(draft.assignees)), text(draft.note), key});
}

Result<QJsonObject> CountService::sheet(qint64 session)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_sheet(?)::text"), {session});
}

Result<QJsonObject> CountService::record(const CountObservation &observation, const QString &key)
{
    return m_session.callJson(
        QStringLiteral("SELECT api.count_record(?, ?, ?, ?, ?, ?, ?)::text"),
        {observation.session, observation.sku, observation.counted, text(observation.area), text(observation.device),
         observation.position >= 0 ? QVariant(observation.position) : QVariant(QMetaType::fromType<qint64>()), key});
}

Result<QJsonObject> CountService::submit(qint64 session, bool uncountedZero, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_submit(?, ?, ?)::text"), {session, uncountedZero, key});
}

Result<QJsonObject> CountService::review(qint64 session)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_review(?)::text"), {session});
}

Result<QJsonObject> CountService::approve(qint64 session, const std::optional<QStringList> &skus,
                                          bool withinToleranceOnly, bool releaseHolds, const QString &reason,
                                          const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_approve(?, ?::text[], ?, ?, ?, ?)::text"),
                              {session, textArray(skus), withinToleranceOnly, releaseHolds, text(reason), key});
}

Result<QJsonObject> CountService::reject(qint64 session, const std::optional<QStringList> &skus, const QString &reason,
                                         const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_reject(?, ?::text[], ?, ?)::text"),
                              {session, textArray(skus), text(reason), key});
}

Result<QJsonObject> CountService::recount(qint64 session, const std::optional<QStringList> &skus, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_recount(?, ?::text[], ?)::text"),
                              {session, textArray(skus), key});
}

Result<QList<CountSessionInfo>> CountService::sessions(const CountSessionFilter &filter)
{
    auto rows = m_session.rows(
        QStringLiteral("SELECT id, location, state, blind, full_count, coalesce(note, '') AS note, created_by,"
                       " created_at, lines, counted, pending, recount, approved, rejected,"
                       " array_to_string(assignees, ',') AS assignees FROM api.count_sessions"
                       " WHERE (?::text IS NULL OR location = ?::text) AND (?::text IS NULL OR state = ?::text"
                       " OR (?::text = 'open' AND state IN ('counting', 'review'))) ORDER BY id DESC LIMIT ?::integer"),
        {text(filter.location), text(filter.location), text(filter.state), text(filter.state), text(filter.state),
         qMax(1, filter.limit)});
    if (!rows)
        return rows.error();
    QList<CountSessionInfo> out;
    out.reserve(rows->size());
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        CountSessionInfo info;
        info.id = row.value(u"id").toInteger();
        info.location = row.value(u"location").toString();
        info.state = row.value(u"state").toString();
        info.blind = row.value(u"blind").toBool();
        info.fullCount = row.value(u"full_count").toBool();
        info.note = row.value(u"note").toString();
        info.createdBy = row.value(u"created_by").toString();
        info.createdAt = QDateTime::fromString(row.value(u"created_at").toString(), Qt::ISODateWithMs);
        info.lines = row.value(u"lines").toInteger();
        info.counted = row.value(u"counted").toInteger();
        info.pending = row.value(u"pending").toInteger();
        info.recount = row.value(u"recount").toInteger();
        info.approved = row.value(u"approved").toInteger();
        info.rejected = row.value(u"rejected").toInteger();
        info.assignees = row.value(u"assignees").toString().split(u',', Qt::SkipEmptyParts);
        out.append(info);
    }
    return out;
}

Result<QJsonObject> CountService::plan(const QString &location, const QDate &date)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_plan(?, ?::date)::text"),
                              {text(location), date.toString(Qt::ISODate)});
}

Result<QJsonObject> CountService::sessionFromPlan(const QString &location, const QDate &date, bool blind,
                                                  const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.count_session_from_plan(?, ?::date, ?, ?)::text"),
                              {location, date.toString(Qt::ISODate), blind, key});
}

} // namespace Stockroom::Services
