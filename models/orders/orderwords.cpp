#include "orderwords.h"

#include <QHash>

#include <stock/ledgerwords.h>

namespace Stockroom::Models {

QString OrderWords::state(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("allocated"), QT_TR_NOOP("Allocated")},
        {QStringLiteral("payment_authorized"), QT_TR_NOOP("Payment authorized")},
        {QStringLiteral("fulfilling"), QT_TR_NOOP("Fulfilling")},
        {QStringLiteral("partially_shipped"), QT_TR_NOOP("Partially shipped")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("payment_failed"), QT_TR_NOOP("Payment failed")},
        {QStringLiteral("expired"), QT_TR_NOOP("Expired")},
        {QStringLiteral("reserved"), QT_TR_NOOP("Reserved")},
        {QStringLiteral("picking"), QT_TR_NOOP("Picking")},
        {QStringLiteral("packed"), QT_TR_NOOP("Packed")},
        {QStringLiteral("shipped"), QT_TR_NOOP("Shipped")},
        {QStringLiteral("delivered"), QT_TR_NOOP("Delivered")},
        {QStringLiteral("return_requested"), QT_TR_NOOP("Return requested")},
        {QStringLiteral("returned"), QT_TR_NOOP("Returned")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
    };
    const auto found = words.constFind(state);
    return found == words.cend() ? codeAsWords(state) : tr(found.value());
}

QString OrderWords::event(const QString &event)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("create"), QT_TR_NOOP("Create")},
        {QStringLiteral("allocate"), QT_TR_NOOP("Allocate")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancel")},
        {QStringLiteral("expire"), QT_TR_NOOP("Expire")},
        {QStringLiteral("authorize_payment"), QT_TR_NOOP("Authorize payment")},
        {QStringLiteral("fail_payment"), QT_TR_NOOP("Payment failed")},
        {QStringLiteral("start_fulfillment"), QT_TR_NOOP("Start fulfillment")},
        {QStringLiteral("ship_part"), QT_TR_NOOP("Part shipped")},
        {QStringLiteral("complete"), QT_TR_NOOP("Complete")},
        {QStringLiteral("pick"), QT_TR_NOOP("Pick")},
        {QStringLiteral("pack"), QT_TR_NOOP("Pack")},
        {QStringLiteral("ship"), QT_TR_NOOP("Ship")},
        {QStringLiteral("deliver"), QT_TR_NOOP("Deliver")},
        {QStringLiteral("request_return"), QT_TR_NOOP("Request return")},
        {QStringLiteral("receive_restock"), QT_TR_NOOP("Receive to stock")},
        {QStringLiteral("receive_damaged"), QT_TR_NOOP("Receive as damaged")},
        {QStringLiteral("reject"), QT_TR_NOOP("Reject")},
    };
    const auto found = words.constFind(event);
    return found == words.cend() ? codeAsWords(event) : tr(found.value());
}

QString OrderWords::machine(const QString &machine)
{
    if (machine == u"order")
        return tr("Order");
    if (machine == u"fulfillment")
        return tr("Fulfillment");
    if (machine == u"return")
        return tr("Return");
    return codeAsWords(machine);
}

QString OrderWords::strategy(const QString &strategy)
{
    if (strategy == u"nearest")
        return tr("Nearest single location");
    if (strategy == u"fewest_splits")
        return tr("Fewest splits");
    if (strategy == u"balanced")
        return tr("Keep locations balanced");
    if (strategy == u"protect_safety_stock")
        return tr("Protect safety stock");
    return codeAsWords(strategy);
}

QString OrderWords::rejection(const QString &reason)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("no_stock"), QT_TR_NOOP("No stock")},
        {QStringLiteral("below_safety_stock"), QT_TR_NOOP("Would drop below safety stock")},
        {QStringLiteral("excluded_by_channel"), QT_TR_NOOP("Channel does not ship from here")},
        {QStringLiteral("cannot_ship_whole_order"), QT_TR_NOOP("Cannot ship the whole order")},
        {QStringLiteral("farther_than_equal_alternative"), QT_TR_NOOP("Farther than an equal alternative")},
        {QStringLiteral("not_needed"), QT_TR_NOOP("Not needed")},
        {QStringLiteral("no_coordinates"), QT_TR_NOOP("No coordinates")},
    };
    const auto found = words.constFind(reason);
    return found == words.cend() ? codeAsWords(reason) : tr(found.value());
}

QString OrderWords::channel(const QString &channel)
{
    if (channel == u"web")
        return tr("Online shop");
    if (channel == u"store")
        return tr("In store");
    if (channel == u"wholesale")
        return tr("Wholesale");
    return channel;
}

QString OrderWords::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 minutes = seconds / 60;
    if (minutes >= 24 * 60)
        return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
    if (minutes >= 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    if (minutes >= 1)
        return tr("%1 min").arg(minutes);
    return tr("%1 s").arg(seconds);
}

} // namespace Stockroom::Models
