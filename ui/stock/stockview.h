#pragma once

#include <QDateTime>

#include <connection/connectionspec.h>
#include <connection/readreplica.h>
#include <ledger/stockreader.h>
#include <workview.h>

class QLabel;
class QSplitter;
class QTableView;
class QTimer;

namespace Stockroom::Models {
class MovementModel;
class ReadThread;
class StockTableModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class FilterBar;
class LedgerPanel;

// Stock per SKU x location with its filters, how many rows match, and the selected row's ledger.
class StockView final : public WorkView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StockView)

public:
    // reads: the table's and the ledger panel's; the totals read on a connection of their own along route.
    StockView(Models::ReadThread *reads, const Services::ReadRoute &route, QWidget *parent = nullptr);
    ~StockView() override;

    Models::StockTableModel *model() const { return m_stock; }
    Models::MovementModel *movements() const { return m_movements; }
    QTableView *table() const { return m_table; }
    FilterBar *filters() const { return m_filters; }
    LedgerPanel *ledger() const { return m_ledger; }
    QLabel *emptyState() const { return m_empty; }
    // The selected row, or nullptr.
    const Services::StockRow *currentRow() const;
    // How many rows match the filter in all (-1 until counted).
    qint64 matchCount() const { return m_matchCount; }

    void setLocations(const QList<Services::LocationRef> &locations);
    // Reads from a standby from now on wait until it has replayed the primary's position (an outbox event's).
    void requirePosition(quint64 position);
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    QString summary() const override;

Q_SIGNALS:
    void firstPageShown();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateSelection();
    void updateEmptyState();
    void countMatches();
    QString emptyText() const;

    Models::ReadThread *m_reads;
    // Totals sum whole tables: they have a thread and a connection of their own, so a count over a million
    // rows never holds up the next page or filter.
    Models::ReadThread *m_totalsReads;
    QTimer *m_countDelay;
    bool m_countInFlight = false;
    bool m_countAgain = false;
    Models::StockTableModel *m_stock;
    Models::MovementModel *m_movements;
    FilterBar *m_filters;
    QTableView *m_table;
    LedgerPanel *m_ledger;
    QSplitter *m_splitter;
    QLabel *m_empty;
    qint64 m_matchCount = -1;
    quint64 m_countRequest = 0;
    quint64 m_skuTotalsRequest = 0;
    QString m_skuTotalsOf;
    Services::StockTotals m_totals;
    QDateTime m_orderAsOf; // a bucket sort's order: the projection's refresh it was read after
    qint64 m_orderBehind = 0;
};

} // namespace Stockroom::Ui
