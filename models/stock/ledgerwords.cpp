#include "ledgerwords.h"

#include <QCoreApplication>

namespace Stockroom::Models {

namespace {

struct Word
{
    const char *code;
    const char *text;
};

template <std::size_t N>
QString lookUp(const Word (&words)[N], const QString &code)
{
    for (const Word &word : words) {
        if (code == QLatin1StringView(word.code))
            return QCoreApplication::translate("LedgerWords", word.text);
    }
    return code;
}

} // namespace

QString movementKindText(const QString &kind)
{
    static constexpr Word words[] = {
        {"receive", QT_TRANSLATE_NOOP("LedgerWords", "Received")},
        {"adjust", QT_TRANSLATE_NOOP("LedgerWords", "Adjusted")},
        {"count", QT_TRANSLATE_NOOP("LedgerWords", "Counted")},
        {"transfer_ship", QT_TRANSLATE_NOOP("LedgerWords", "Transfer shipped")},
        {"transfer_receive", QT_TRANSLATE_NOOP("LedgerWords", "Transfer received")},
        {"return", QT_TRANSLATE_NOOP("LedgerWords", "Returned")},
        {"reserve", QT_TRANSLATE_NOOP("LedgerWords", "Reserved")},
        {"commit", QT_TRANSLATE_NOOP("LedgerWords", "Sold")},
        {"release", QT_TRANSLATE_NOOP("LedgerWords", "Released")},
        {"expire", QT_TRANSLATE_NOOP("LedgerWords", "Hold expired")},
        {"backorder_fill", QT_TRANSLATE_NOOP("LedgerWords", "Backorder filled")},
        {"policy", QT_TRANSLATE_NOOP("LedgerWords", "Safety stock set")},
    };
    return lookUp(words, kind);
}

QString bucketText(const QString &bucket)
{
    static constexpr Word words[] = {
        {"on_hand", QT_TRANSLATE_NOOP("LedgerWords", "On hand")},
        {"reserved", QT_TRANSLATE_NOOP("LedgerWords", "Reserved")},
        {"inbound", QT_TRANSLATE_NOOP("LedgerWords", "Inbound")},
        {"damaged", QT_TRANSLATE_NOOP("LedgerWords", "Damaged")},
        {"safety_stock", QT_TRANSLATE_NOOP("LedgerWords", "Safety stock")},
        {"backordered", QT_TRANSLATE_NOOP("LedgerWords", "Backordered")},
    };
    return lookUp(words, bucket);
}

QString adjustReasonText(const QString &reason)
{
    static constexpr Word words[] = {
        {"damaged", QT_TRANSLATE_NOOP("LedgerWords", "Damaged")},
        {"scrapped", QT_TRANSLATE_NOOP("LedgerWords", "Scrapped")},
        {"found", QT_TRANSLATE_NOOP("LedgerWords", "Found")},
        {"lost", QT_TRANSLATE_NOOP("LedgerWords", "Lost")},
        {"theft", QT_TRANSLATE_NOOP("LedgerWords", "Theft")},
        {"expired", QT_TRANSLATE_NOOP("LedgerWords", "Expired")},
        {"correction", QT_TRANSLATE_NOOP("LedgerWords", "Correction")},
    };
    return lookUp(words, reason);
}

QString codeAsWords(QString code)
{
    code.replace(u'_', u' ');
    if (!code.isEmpty())
        code[0] = code[0].toUpper();
    return code;
}

} // namespace Stockroom::Models
