#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockroom::Ctl {

class Context;

// What the order commands share: the REF argument, --channel, and the sentences that describe an order.
namespace Orders {

// The one positional argument after "order <verb>", or std::nullopt after a usage message.
std::optional<QString> reference(Context &ctx, const QString &synopsis);

// --channel, or empty when not given: then a reference alone must name one order.
QString channel(Context &ctx);

// --line SKU:QTY, each one, or std::nullopt and what is wrong with which --line.
std::optional<QList<QPair<QString, qint64>>> lines(const QStringList &texts, QString *error);

// "order WEB-1 (web) is allocated" and, for a fulfillment or return, which one and where.
QString stateSentence(const QJsonObject &order);

} // namespace Orders

} // namespace Stockroom::Ctl
