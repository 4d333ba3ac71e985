#include "countwords.h"

#include <QHash>

#include <stock/ledgerwords.h>

namespace Stockroom::Models {

QString CountWords::sessionState(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("counting"), QT_TR_NOOP("Counting")},
        {QStringLiteral("review"), QT_TR_NOOP("In review")},
        {QStringLiteral("closed"), QT_TR_NOOP("Closed")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
    };
    const auto found = words.constFind(state);
    return found == words.cend() ? codeAsWords(state) : tr(found.value());
}

QString CountWords::lineState(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("to_count"), QT_TR_NOOP("To count")},
        {QStringLiteral("counted"), QT_TR_NOOP("Counted")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending approval")},
        {QStringLiteral("recount"), QT_TR_NOOP("Recount")},
        {QStringLiteral("approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
    };
    const auto found = words.constFind(state);
    return found == words.cend() ? codeAsWords(state) : tr(found.value());
}

QString CountWords::kind(bool blind, bool fullCount)
{
    if (blind)
        return fullCount ? tr("Blind, full count") : tr("Blind");
    return fullCount ? tr("Open, full count") : tr("Open");
}

} // namespace Stockroom::Models
