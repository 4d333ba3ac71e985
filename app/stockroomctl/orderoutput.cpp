#include "orderoutput.h"

#include "context.h"
#include "tables.h"

#include <QJsonArray>

namespace Stockroom::Ctl::Orders {

std::optional<QString> reference(Context &ctx, const QString &synopsis)
{
    const QStringList &words = ctx.args().words;
    if (words.size() != 3 || words.at(2).isEmpty()) {
        ctx.usage(words.size() < 3 ? QStringLiteral("expected an order reference: %1").arg(synopsis)
                                   : QStringLiteral("unexpected argument \"%1\": %2").arg(words.at(3), synopsis));
        return std::nullopt;
    }
    return words.at(2);
}

QString channel(Context &ctx)
{
    return ctx.args().value(QStringLiteral("channel"));
}

std::optional<QList<QPair<QString, qint64>>> lines(const QStringList &texts, QString *error)
{
    QList<QPair<QString, qint64>> out;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &line = texts.at(i);
        const qsizetype colon = line.lastIndexOf(u':');
        const QString where =
            texts.size() == 1
                ? QStringLiteral("--line \"%1\"").arg(line)
                : QStringLiteral("--line \"%1\" (--line %2 of %3)").arg(line).arg(i + 1).arg(texts.size());
        if (colon <= 0 || colon == line.size() - 1) {
            *error = QStringLiteral("%1 must be SKU:QUANTITY, such as A-100:2").arg(where);
            return std::nullopt;
        }
        bool ok = false;
        const qint64 quantity = line.mid(colon + 1).toLongLong(&ok);
        if (!ok || quantity < 1 || quantity > 1000000) {
            *error = QStringLiteral("%1: the quantity \"%2\" after the colon must be a whole number from 1 to 1000000")
                         .arg(where, line.mid(colon + 1));
            return std::nullopt;
        }
        out.append({line.left(colon), quantity});
    }
    return out;
}

QString stateSentence(const QJsonObject &order)
{
    QStringList parts;
    for (const QJsonValue &value : order.value(QStringLiteral("fulfillments")).toArray()) {
        const QJsonObject f = value.toObject();
        parts << QStringLiteral("%1 at %2 %3")
                     .arg(cell(f.value(QStringLiteral("id"))), cell(f.value(QStringLiteral("location"))),
                          cell(f.value(QStringLiteral("state"))));
    }
    QString sentence = QStringLiteral("order %1 (%2) is %3")
                           .arg(cell(order.value(QStringLiteral("ref"))), cell(order.value(QStringLiteral("channel"))),
                                cell(order.value(QStringLiteral("state"))));
    if (!parts.isEmpty())
        sentence += QStringLiteral("; fulfillment%1 %2")
                        .arg(parts.size() == 1 ? QString() : QStringLiteral("s"), parts.join(QStringLiteral(", ")));
    return sentence;
}

} // namespace Stockroom::Ctl::Orders
