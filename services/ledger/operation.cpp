#include "operation.h"

#include <QJsonArray>

#include <array>

namespace Stockroom::Services {

namespace {

struct KindInfo
{
    Operation::Kind kind;
    const char16_t *name;
    const char16_t *function;
};

constexpr std::array kKinds{
    KindInfo{Operation::Kind::Receive, u"receive", u"api.receive(text,text,bigint,text,text)"},
    KindInfo{Operation::Kind::Adjust, u"adjust", u"api.adjust(text,text,bigint,text,text,text)"},
    KindInfo{Operation::Kind::Count, u"count", u"api.count(text,text,bigint,bigint,text)"},
    KindInfo{Operation::Kind::TransferShip, u"transfer_ship", u"api.transfer_ship(text,text,text,bigint,text)"},
    KindInfo{Operation::Kind::TransferReceive, u"transfer_receive", u"api.transfer_receive(bigint,bigint,text)"},
    KindInfo{Operation::Kind::Return, u"return", u"api.return_stock(text,text,bigint,boolean,text,text)"},
    KindInfo{Operation::Kind::TransferCancel, u"transfer_cancel", u"api.transfer_cancel(bigint,text)"},
    KindInfo{Operation::Kind::TransferWriteOff, u"transfer_write_off",
             u"api.transfer_write_off(bigint,bigint,text,text)"},
    KindInfo{Operation::Kind::Commit, u"commit", u"api.commit(bigint,text)"},
    KindInfo{Operation::Kind::Release, u"release", u"api.release(bigint,text)"},
    KindInfo{Operation::Kind::ReleaseMany, u"release_many", u"api.release_many(bigint[],text,text)"},
    KindInfo{Operation::Kind::CountRecord, u"count_record",
             u"api.count_record(bigint,text,bigint,text,text,bigint,text)"},
};

const KindInfo &infoOf(Operation::Kind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    return kKinds.front();
}

} // namespace

QString Operation::kindName(Kind kind)
{
    return QString::fromUtf16(infoOf(kind).name);
}

QString Operation::functionSignature(Kind kind)
{
    return QString::fromUtf16(infoOf(kind).function);
}

QList<Operation::Kind> Operation::kinds()
{
    QList<Kind> out;
    for (const auto &info : kKinds)
        out << info.kind;
    return out;
}

QJsonObject Operation::toJson() const
{
    QJsonArray ids;
    for (const qint64 id : reservations)
        ids.append(id);
    QJsonObject json{
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("key"), key},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("location"), location},
        {QStringLiteral("to"), toLocation},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("position"), position},
        {QStringLiteral("transfer"), transfer},
        {QStringLiteral("reservation"), reservation},
        {QStringLiteral("reservations"), ids},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("damaged"), damaged},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    // A count observation's own fields, only where it has them: older journals read the same.
    if (kind == Kind::CountRecord) {
        json.insert(QStringLiteral("session"), session);
        json.insert(QStringLiteral("area"), area);
        json.insert(QStringLiteral("device"), device);
    }
    return json;
}

std::optional<Operation> Operation::fromJson(const QJsonObject &json)
{
    Operation op;
    const QString kind = json.value(u"kind").toString();
    bool known = false;
    for (const auto &info : kKinds) {
        if (kind == QStringView(info.name)) {
            op.kind = info.kind;
            known = true;
        }
    }
    op.key = json.value(u"key").toString();
    if (!known || op.key.isEmpty())
        return std::nullopt;
    op.sku = json.value(u"sku").toString();
    op.location = json.value(u"location").toString();
    op.toLocation = json.value(u"to").toString();
    op.quantity = json.value(u"quantity").toInteger();
    op.position = json.value(u"position").toInteger(-1);
    op.transfer = json.value(u"transfer").toInteger();
    op.reservation = json.value(u"reservation").toInteger();
    const QJsonArray ids = json.value(u"reservations").toArray();
    for (const QJsonValue &id : ids)
        op.reservations << id.toInteger();
    op.reason = json.value(u"reason").toString();
    op.reference = json.value(u"reference").toString();
    op.damaged = json.value(u"damaged").toBool();
    op.createdAt = QDateTime::fromString(json.value(u"created_at").toString(), Qt::ISODateWithMs);
    op.session = json.value(u"session").toInteger();
    op.area = json.value(u"area").toString();
    op.device = json.value(u"device").toString();
    return op;
}

QString Operation::describe() const
{
    switch (kind) {
    case Kind::Receive:
        return QStringLiteral("receive %1 × %2 at %3").arg(quantity).arg(sku, location);
    case Kind::Adjust:
        return QStringLiteral("adjust %1 at %2 by %3 (%4)").arg(sku, location).arg(quantity).arg(reason);
    case Kind::Count:
        return QStringLiteral("count %1 at %2: %3").arg(sku, location).arg(quantity);
    case Kind::TransferShip:
        return QStringLiteral("ship %1 × %2 from %3 to %4").arg(quantity).arg(sku, location, toLocation);
    case Kind::TransferReceive:
        return quantity > 0 ? QStringLiteral("receive %1 of transfer %2").arg(quantity).arg(transfer)
                            : QStringLiteral("receive the rest of transfer %1").arg(transfer);
    case Kind::Return:
        return QStringLiteral("return %1 × %2 at %3%4")
            .arg(quantity)
            .arg(sku, location, damaged ? QStringLiteral(" (damaged)") : QString());
    case Kind::TransferCancel:
        return QStringLiteral("cancel transfer %1").arg(transfer);
    case Kind::TransferWriteOff:
        return QStringLiteral("write off %1 of transfer %2 (%3)").arg(quantity).arg(transfer).arg(reason);
    case Kind::Commit:
        return QStringLiteral("commit reservation %1").arg(reservation);
    case Kind::Release:
        return QStringLiteral("release reservation %1").arg(reservation);
    case Kind::ReleaseMany: {
        QStringList ids;
        for (const qint64 id : reservations)
            ids << QString::number(id);
        return QStringLiteral("release reservation%1 %2 (%3)")
            .arg(reservations.size() == 1 ? QString() : QStringLiteral("s"), ids.join(QStringLiteral(", ")), reason);
    }
    case Kind::CountRecord:
        return QStringLiteral("count %1 × %2 in count session %3%4")
            .arg(quantity)
            .arg(sku)
            .arg(session)
            .arg(area.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(area));
    }
    return {};
}

} // namespace Stockroom::Services
