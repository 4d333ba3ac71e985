#include "ledgerrecords.h"

#include <QRegularExpression>

namespace Stockroom::Services {

namespace {

QJsonValue timestamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

constexpr qint64 kMaxCents = Q_INT64_C(1000000000000); // numeric(12,2): below 10^10

} // namespace

bool AdjustReason::allows(qint64 delta) const
{
    switch (direction) {
    case Direction::In:
        return delta > 0;
    case Direction::Out:
        return delta < 0;
    case Direction::Either:
        break;
    }
    return delta != 0;
}

QString AdjustReason::directionName(Direction direction)
{
    switch (direction) {
    case Direction::In:
        return QStringLiteral("in");
    case Direction::Out:
        return QStringLiteral("out");
    case Direction::Either:
        break;
    }
    return QStringLiteral("either");
}

AdjustReason::Direction AdjustReason::directionFrom(const QString &name)
{
    if (name == u"in")
        return Direction::In;
    if (name == u"out")
        return Direction::Out;
    return Direction::Either;
}

QJsonObject AdjustReason::toJson() const
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("description"), description},
        {QStringLiteral("direction"), directionName(direction)},
        {QStringLiteral("needs_note"), needsNote},
    };
}

QJsonObject TransferInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("sku_name"), skuName},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
        {QStringLiteral("shipped"), shipped},
        {QStringLiteral("received"), received},
        {QStringLiteral("written_off"), writtenOff},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("in_transit"), inTransit},
        {QStringLiteral("state"), state},
        {QStringLiteral("shipped_at"), timestamp(shippedAt)},
        {QStringLiteral("last_change_at"), timestamp(lastChangeAt)},
        {QStringLiteral("shipped_by"), shippedBy},
    };
}

QJsonObject ReservationInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("sku_name"), skuName},
        {QStringLiteral("location"), location},
        {QStringLiteral("order_ref"), orderRef.isNull() ? QJsonValue() : QJsonValue(orderRef)},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("backordered"), backordered},
        {QStringLiteral("created_at"), timestamp(createdAt)},
        {QStringLiteral("expires_at"), timestamp(expiresAt)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("expired"), expired},
    };
}

QString formatCents(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + u'.' +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> parseCents(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 whole = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(2, u'0');
    const qint64 cents = whole * 100 + fraction.toLongLong();
    if (cents >= kMaxCents)
        return std::nullopt;
    return cents;
}

} // namespace Stockroom::Services
