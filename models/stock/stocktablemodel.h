#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <ledger/eventlistener.h>
#include <ledger/stockreader.h>

namespace Stockroom::Models {

class ReadThread;

// Stock per SKU x location, as many rows as the view scrolls to: pages are fetched by keyset from a
// worker thread (canFetchMore/fetchMore), filtering and sorting happen in SQL, and outbox events update
// the rows in place without moving them, so selection and scroll position stay where the user left them.
class StockTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockTableModel)

public:
    enum Column
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
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // the unformatted value, for sorting and export
        SkuRole,
        LocationRole,
        BelowSafetyStockRole,
        VersionRole,
    };

    explicit StockTableModel(ReadThread *reads, QObject *parent = nullptr);
    ~StockTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const Services::StockFilter &filter);
    Services::StockFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Loads (the first call) or reloads from the first page, keeping the rows on screen until the new ones
    // arrive. Nothing is fetched before the first call, so filter and sort can be set up front.
    void reload();

    bool isLoading() const { return m_pending != 0; }
    bool hasMore() const { return m_more; }
    const Services::StockRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &sku, const QString &location) const;
    static Services::StockSort sortOf(int column);

public Q_SLOTS:
    // Outbox events from an EventListener: rows on screen take the new balances when the event is newer.
    void applyEvents(const QList<Stockroom::Services::StockEvent> &events);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A first page replaced the rows (after a filter, a sort or a reload), elapsedMs after it was asked for.
    void firstPageShown(qint64 elapsedMs);
    void rowsUpdated(const QList<int> &rows);
    void loadFailed(const QString &message, bool connectionLost);

private:
    void request(bool fromStart);
    void onPage(quint64 requestId, const QList<Services::StockRow> &rows, bool more);
    void onFailed(quint64 requestId, const QString &message, bool connectionLost);
    void indexRows(int from);
    void onMatching(quint64 requestId, const QList<Services::StockRow> &rows);
    bool lessThan(const Services::StockRow &a, const Services::StockRow &b) const;

    ReadThread *m_reads;
    QList<Services::StockRow> m_rows;
    QHash<QString, int> m_rowByKey; // "sku@location" -> row
    Services::StockFilter m_filter;
    int m_sortColumn = Sku;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_pageSize = 200;
    bool m_more = true;
    bool m_started = false;
    quint64 m_pending = 0;    // the request whose answer is awaited, 0 for none
    quint64 m_matching = 0;   // the latest look-up of rows that appeared since the pages were read
    quint64 m_generation = 0; // bumped by every reload: a look-up from before it is dropped
    quint64 m_matchingGeneration = 0;
    bool m_pendingReset = false;
    QElapsedTimer m_clock;
};

} // namespace Stockroom::Models
