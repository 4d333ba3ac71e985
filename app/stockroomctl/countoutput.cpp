#include "countoutput.h"

#include "context.h"
#include "tables.h"

#include <QJsonObject>

namespace Stockroom::Ctl::Counts {

std::optional<qint64> sessionId(Context &ctx, const QString &synopsis)
{
    const QStringList &words = ctx.args().words;
    if (words.size() != 3) {
        ctx.usage(words.size() < 3 ? QStringLiteral("expected a count session: %1").arg(synopsis)
                                   : QStringLiteral("unexpected argument \"%1\": %2").arg(words.at(3), synopsis));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.usage(
            QStringLiteral("SESSION must be a count session's number, not \"%1\": %2").arg(words.at(2), synopsis));
        return std::nullopt;
    }
    return id;
}

QString lines(qint64 n)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? QStringLiteral("line") : QStringLiteral("lines"));
}

QString skuList(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QString part = cell(item.value(QStringLiteral("sku")));
        if (item.contains(QStringLiteral("state")))
            part += QStringLiteral(" (%1)").arg(cell(item.value(QStringLiteral("state"))));
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace Stockroom::Ctl::Counts
