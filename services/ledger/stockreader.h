#pragma once

#include "stockbalances.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

// One SKU x location of api.stock: every bucket, and the version that orders its changes.
struct StockRow : StockBalances
{
    int skuId = 0;
    int locationId = 0;
    QString sku;
    QString skuName;
    QString location;
    QString locationName;
    QString region;
    QDateTime updatedAt;

    bool belowSafetyStock() const { return safetyStock > 0 && available < safetyStock; }
};

// What the stock view shows. Empty fields do not filter.
struct StockFilter
{
    QString text;     // part of a SKU code or name, or a whole barcode
    QString location; // a location code
    QString region;
    bool belowSafetyStock = false;
    QString sku; // exactly this SKU code

    friend bool operator==(const StockFilter &, const StockFilter &) = default;
};

enum class StockSort
{
    Sku,
    Name,
    Location,
    Region,
    OnHand,
    Reserved,
    Available,
    Inbound,
    Damaged,
    SafetyStock,
    Backordered,
};

// Where a page ends: the sort key of its last row. The next page starts strictly after it.
struct StockCursor
{
    QVariant sortValue;
    QString sku;
    QString location;
    int skuId = 0;
    int locationId = 0;
};

// A page request: filter and order are applied in SQL, pages follow each other by keyset, never OFFSET.
struct StockPageRequest
{
    StockFilter filter;
    StockSort sort = StockSort::Sku;
    Qt::SortOrder order = Qt::AscendingOrder;
    std::optional<StockCursor> after;
    int limit = 200;
};

// One line of the movement ledger, for "who did what, when and why".
struct MovementRow
{
    qint64 id = 0;
    QDateTime at;
    QString kind;
    QString bucket;
    qint64 quantity = 0;
    QString reason;
    QString reference;
    QString actor;
};

// What a filter matches in all: the number of rows and the sum of each bucket.
struct StockTotals : StockBalances
{
    qint64 rows = 0;
};

struct TransferRef
{
    qint64 id = 0;
    QString sku;
    QString from;
    QString to;
    qint64 shipped = 0;
    qint64 received = 0;
    qint64 inTransit = 0; // what is left to receive: shipped less received, written off and cancelled
};

struct LocationRef
{
    QString code;
    QString name;
    QString region;
};

// The read side of the desktop views, one prepared statement per shape of query.
class StockReader final
{
public:
    explicit StockReader(Session &session);

    Result<QList<StockRow>> page(const StockPageRequest &request);
    // The rows among keys ("sku", "location" pairs) that match filter: rows that appeared after a page was read.
    Result<QList<StockRow>> matching(const StockFilter &filter, const QList<QPair<QString, QString>> &keys);
    // How many rows match filter, with their summed buckets (the view's total row).
    Result<StockTotals> totals(const StockFilter &filter);
    // The newest movements of sku at location, or those older than beforeId: the history a page at a time.
    Result<QList<MovementRow>> movements(const QString &sku, const QString &location, int limit = 50,
                                         qint64 beforeId = 0);
    Result<QList<LocationRef>> locations();
    Result<QList<TransferRef>> openTransfers(int limit = 500);
    // The id of the newest event already visible; api.events_after(id) continues from there.
    Result<qint64> eventsHead();

    static StockCursor cursorOf(const StockRow &row, StockSort sort);
    static QVariant sortValue(const StockRow &row, StockSort sort);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Result<Where> filterClause(const StockFilter &filter, bool withLocation);
    Result<QList<StockRow>> pageInKeyOrder(const StockPageRequest &request);
    Result<QList<StockRow>> pageByLocation(const StockPageRequest &request);
    Result<QList<StockRow>> fetch(const QString &sql, const QVariantList &values, int limit);

    Session &m_session;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::StockRow)
Q_DECLARE_METATYPE(Stockroom::Services::StockFilter)
Q_DECLARE_METATYPE(Stockroom::Services::StockPageRequest)
Q_DECLARE_METATYPE(Stockroom::Services::MovementRow)
Q_DECLARE_METATYPE(Stockroom::Services::LocationRef)
Q_DECLARE_METATYPE(Stockroom::Services::TransferRef)
Q_DECLARE_METATYPE(Stockroom::Services::StockTotals)
