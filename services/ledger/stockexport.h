#pragma once

#include "stockreader.h"

#include <atomic>
#include <functional>
#include <result.h>

class QIODevice;

namespace Stockroom::Services {

class Session;

// Writes every row of a stock view (its filter and order, not only the rows loaded on screen) as CSV,
// page by page so memory stays flat however many rows there are.
class StockExport final
{
public:
    using Progress = std::function<void(qint64 rowsWritten)>;

    static Result<qint64> writeCsv(Session &session, StockPageRequest view, QIODevice &out,
                                   const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    static QString csvField(const QString &value);
};

} // namespace Stockroom::Services
