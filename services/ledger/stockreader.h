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
    // The value its page was ordered by when that is not the value shown: a bucket sort reads the order from the
    // bucket projection (api.stock_ranked), which can be a refresh older than the buckets shown. Pages continue
    // from it.
    QVariant pageKey;

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

// How fresh the bucket projection (the order of a bucket sort) is: when it was last refreshed, and how many outbox
// events it has still to apply.
struct ProjectionFreshness
{
    QDateTime refreshedAt;
    qint64 behind = 0;
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
    // Whether request's page is ordered by the bucket projection (a bucket sort without a text filter, which
    // narrows the rows enough to sort them as they are): its first page should follow a refresh of it,
    // api.stock_rank_refresh on the primary.
    static bool readsProjection(const StockPageRequest &request);
    // Brings the bucket projection up to date with the outbox (at most limit events; the sweep applies the rest),
    // on the primary, never on a standby; says how fresh it is then.
    static Result<ProjectionFreshness> refreshProjection(Session &primary, int limit = kViewRefreshLimit);
    // What the stock view applies before a first page sorted by a bucket: little enough to stay well under the
    // time to first rows of a sort; a larger backlog is the sweep's.
    static constexpr int kViewRefreshLimit = 500;
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
    Result<QList<StockRow>> fetch(const QString &sql, const QVariantList &values, int limit, bool withPageKey = false);

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
