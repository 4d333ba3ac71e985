#include "orderservice.h"

#include <QJsonDocument>

#include <connection/session.h>

namespace Stockroom::Services {

namespace {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant optionalId(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString linesJson(const QList<QPair<QString, qint64>> &lines)
{
    QJsonArray array;
    for (const auto &[sku, quantity] : lines)
        array.append(QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("quantity"), quantity}});
    return compact(QJsonDocument(array));
}

qint64 integer(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toInteger();
}

QString string(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

} // namespace

QList<MachineState> OrderMachine::statesOf(const QString &machine) const
{
    QList<MachineState> result;
    for (const MachineState &state : states)
        if (state.machine == machine)
            result.append(state);
    return result;
}

QList<MachineTransition> OrderMachine::transitionsOf(const QString &machine) const
{
    QList<MachineTransition> result;
    for (const MachineTransition &transition : transitions)
        if (transition.machine == machine)
            result.append(transition);
    return result;
}

OrderService::OrderService(Session &session)
    : m_session(session)
{
}

Result<QJsonObject> OrderService::create(const OrderDraft &draft, const QString &key)
{
    const auto coordinate = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
    };
    return m_session.callJson(QStringLiteral("SELECT api.order_create(?, ?, ?::jsonb, ?, ?, ?, ?, ?)::text"),
                              {draft.channel, draft.ref, linesJson(draft.lines), coordinate(draft.latitude),
                               coordinate(draft.longitude), text(draft.pickup), draft.ttlSeconds, key});
}

Result<QJsonObject> OrderService::show(const QString &ref, const QString &channel)
{
    return m_session.callJson(QStringLiteral("SELECT api.order_show(?, ?)::text"), {ref, text(channel)});
}

Result<QJsonObject> OrderService::preview(const QString &ref, const QString &channel)
{
    return m_session.callJson(QStringLiteral("SELECT api.allocation_preview(?, ?)::text"), {ref, text(channel)});
}

Result<QJsonObject> OrderService::allocate(const QString &ref, const QString &channel, const QJsonObject &plan,
                                           const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.order_allocate(?, ?::jsonb, ?, ?)::text"),
                              {ref, compact(QJsonDocument(plan)), key, text(channel)});
}

Result<QJsonObject> OrderService::allocateByStrategy(const QString &ref, const QString &channel,
                                                     const QString &strategy, const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.order_allocate_strategy(?, ?, ?, ?)::text"),
                              {ref, strategy, key, text(channel)});
}

Result<QJsonObject> OrderService::fire(const OrderEvent &event, const QString &key)
{
    if (event.returnId > 0)
        return m_session.callJson(QStringLiteral("SELECT api.return_fire(?, ?, ?, ?, ?)::text"),
                                  {event.returnId, event.event, text(event.expect), text(event.reason), key});
    return m_session.callJson(QStringLiteral("SELECT api.order_fire(?, ?, ?, ?, ?, ?, ?)::text"),
                              {event.ref, event.event, text(event.expect), optionalId(event.fulfillment),
                               text(event.reason), key, text(event.channel)});
}

Result<QJsonObject> OrderService::cancel(const QString &ref, const QString &channel, const QString &reason,
                                         const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.order_cancel(?, ?, ?, ?)::text"),
                              {ref, text(reason), key, text(channel)});
}

Result<QJsonObject> OrderService::requestReturn(const QString &ref, const QString &channel, qint64 fulfillment,
                                                const QList<QPair<QString, qint64>> &lines, const QString &reason,
                                                const QString &key)
{
    return m_session.callJson(QStringLiteral("SELECT api.order_return_request(?, ?, ?::jsonb, ?, ?, ?)::text"),
                              {ref, fulfillment,
                               lines.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(linesJson(lines)),
                               text(reason), key, text(channel)});
}

Result<QJsonArray> OrderService::list(const OrderFilter &filter)
{
    return m_session.rows(
        QStringLiteral("SELECT id, ref, channel, state, created_at, created_by, state_since, expires_at, stuck, lines,"
                       " units, fulfillments, shipped, destination, pickup FROM api.orders o"
                       " WHERE (?::text IS NULL OR state = ?::text) AND (?::text IS NULL OR channel = ?::text)"
                       " AND (?::text IS NULL OR ref ILIKE ?::text || '%') AND (NOT ?::boolean OR stuck)"
                       " AND (?::text IS NULL OR EXISTS (SELECT 1 FROM api.fulfillments f WHERE f.order_ref = o.ref"
                       " AND f.channel = o.channel AND f.state = ?::text))"
                       " AND created_at <= now() - make_interval(secs => ?::bigint)"
                       " AND (?::bigint = 0 OR id < ?::bigint) ORDER BY id DESC LIMIT ?::integer"),
        {text(filter.state), text(filter.state), text(filter.channel), text(filter.channel), text(filter.search),
         text(filter.search), filter.stuckOnly, text(filter.fulfillmentState), text(filter.fulfillmentState),
         filter.olderThanSeconds, filter.beforeId, filter.beforeId, qMax(1, filter.limit)});
}

Result<OrderMachine> OrderService::machine()
{
    auto states = m_session.rows(QStringLiteral("SELECT machine, state, position, initial, terminal,"
                                                " coalesce(time_limit_seconds, 0) AS time_limit_seconds"
                                                " FROM api.order_states ORDER BY machine, position"));
    if (!states)
        return states.error();
    auto transitions = m_session.rows(
        QStringLiteral("SELECT t.machine, t.from_state, t.event, t.to_state, array_to_string(t.roles, ',') AS roles,"
                       " coalesce(t.effect, '') AS effect, coalesce(t.guard, '') AS guard, t.description,"
                       " t.system_only FROM api.order_machine t JOIN api.order_states s"
                       " ON s.machine = t.machine AND s.state = t.from_state ORDER BY t.machine, s.position, t.event"));
    if (!transitions)
        return transitions.error();
    OrderMachine machine;
    for (const QJsonValue &value : states.value()) {
        const QJsonObject row = value.toObject();
        machine.states.append({string(row, "machine"), string(row, "state"), int(integer(row, "position")),
                               row.value(u"initial").toBool(), row.value(u"terminal").toBool(),
                               integer(row, "time_limit_seconds")});
    }
    for (const QJsonValue &value : transitions.value()) {
        const QJsonObject row = value.toObject();
        machine.transitions.append({string(row, "machine"), string(row, "from_state"), string(row, "event"),
                                    string(row, "to_state"), string(row, "roles").split(u',', Qt::SkipEmptyParts),
                                    string(row, "effect"), string(row, "guard"), string(row, "description"),
                                    row.value(u"system_only").toBool()});
    }
    return machine;
}

Result<QList<BoardCell>> OrderService::board()
{
    auto rows = m_session.rows(QStringLiteral(
        "SELECT machine, state, position, terminal, coalesce(time_limit_seconds, 0) AS time_limit_seconds, count,"
        " stuck, oldest_age_seconds, average_age_seconds FROM api.order_board ORDER BY machine, position"));
    if (!rows)
        return rows.error();
    QList<BoardCell> cells;
    for (const QJsonValue &value : rows.value()) {
        const QJsonObject row = value.toObject();
        cells.append({string(row, "machine"), string(row, "state"), int(integer(row, "position")),
                      row.value(u"terminal").toBool(), integer(row, "count"), integer(row, "stuck"),
                      integer(row, "oldest_age_seconds"), integer(row, "average_age_seconds"),
                      integer(row, "time_limit_seconds")});
    }
    return cells;
}

Result<QStringList> OrderService::channels()
{
    auto rows = m_session.rows(QStringLiteral("SELECT code FROM api.channels ORDER BY code"));
    if (!rows)
        return rows.error();
    QStringList codes;
    for (const QJsonValue &value : rows.value())
        codes.append(value.toObject().value(u"code").toString());
    return codes;
}

} // namespace Stockroom::Services
