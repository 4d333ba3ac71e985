#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockroom::Ctl {

class Context;

// What the count-session commands share: the SESSION argument, --line SKU, and the words for lines.
namespace Counts {

// The one positional argument after "count-session <verb>", a session id, or std::nullopt after a usage message.
std::optional<qint64> sessionId(Context &ctx, const QString &synopsis);

// "3 lines", "1 line".
QString lines(qint64 n);

// "A, B (pending), C" for the API's lists of {sku, state?}.
QString skuList(const QJsonArray &items);

} // namespace Counts

} // namespace Stockroom::Ctl
