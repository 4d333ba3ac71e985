#include "stockview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <readworker.h>
#include <recordtable.h>
#include <stock/filterbar.h>
#include <stock/ledgerpanel.h>
#include <stock/movementmodel.h>
#include <stock/stocktablemodel.h>
#include <stretchcolumn.h>

namespace Stockroom::Ui {

using Models::StockTableModel;

StockView::StockView(Models::ReadThread *reads, const Services::ReadRoute &route, QWidget *parent)
    : WorkView(parent)
    , m_reads(reads)
    , m_totalsReads(new Models::ReadThread(route, this))
    , m_countDelay(new QTimer(this))
    , m_stock(new StockTableModel(reads, this))
    , m_movements(new Models::MovementModel(reads, this))
    , m_filters(new FilterBar(this))
    , m_table(new QTableView(this))
    , m_ledger(new LedgerPanel(m_movements, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_empty(addEmptyState(m_table))
{
    setObjectName(QStringLiteral("stockPage"));
    m_table->setObjectName(QStringLiteral("stockView"));
    m_table->setModel(m_stock);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(StockTableModel::Sku, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    // Codes and numbers take what their header and a seven-digit figure need; the name takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int figure = metrics.horizontalAdvance(QLocale().toString(888888)) + 16;
    for (int column = 0; column < StockTableModel::ColumnCount; ++column) {
        const int title =
            metrics.horizontalAdvance(m_stock->headerData(column, Qt::Horizontal).toString()) + 2 * metrics.height();
        m_table->setColumnWidth(column, qMax(title, column >= StockTableModel::OnHand ? figure : 0));
    }
    m_table->setColumnWidth(StockTableModel::Sku, metrics.horizontalAdvance(QStringLiteral("SKU-000000")) + 16);
    m_table->setColumnWidth(StockTableModel::Location, metrics.horizontalAdvance(QStringLiteral("ST-CAMBRIDGE")) + 16);
    m_table->setColumnWidth(StockTableModel::Name, metrics.horizontalAdvance(u'M') * 16);
    new StretchColumn(m_table, StockTableModel::Name, m_table->columnWidth(StockTableModel::Name));
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("0000")));

    m_empty->setObjectName(QStringLiteral("stockEmpty"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_ledger);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &FilterBar::filterChanged, m_stock, &StockTableModel::setFilter);
    connect(m_stock, &StockTableModel::firstPageShown, this, [this] {
        updateSelection();
        updateEmptyState();
        m_countDelay->start(); // once the user stops typing or sorting
        Q_EMIT firstPageShown();
    });
    connect(m_stock, &StockTableModel::loadingChanged, this, &StockView::updateEmptyState);
    connect(m_stock, &QAbstractItemModel::rowsInserted, this, &WorkView::summaryChanged);
    connect(m_stock, &QAbstractItemModel::rowsInserted, this, &StockView::updateEmptyState);
    connect(m_stock, &QAbstractItemModel::modelReset, this, [this] {
        m_matchCount = -1;
        Q_EMIT summaryChanged();
    });
    connect(m_stock, &StockTableModel::rowsUpdated, this, [this](const QList<int> &rows) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        if (current.isValid() && rows.contains(current.row()))
            updateSelection();
    });
    connect(m_stock, &StockTableModel::loadFailed, this, &StockView::reportLoadFailure);
    connect(m_reads->worker(), &Models::ReadWorker::projectionRefreshed, this,
            [this](const QDateTime &refreshedAt, qint64 behind) {
                m_orderAsOf = refreshedAt;
                m_orderBehind = behind;
                Q_EMIT summaryChanged();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &StockView::updateSelection);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(300);
    connect(m_countDelay, &QTimer::timeout, this, &StockView::countMatches);
    const auto counted = [this](quint64 requestId) {
        if (requestId != m_countRequest)
            return false;
        m_countInFlight = false;
        if (m_countAgain) {
            m_countAgain = false;
            countMatches();
            return false;
        }
        return true;
    };
    connect(m_totalsReads->worker(), &Models::ReadWorker::totalsLoaded, this,
            [this, counted](quint64 requestId, const Services::StockTotals &totals) {
                if (requestId == m_skuTotalsRequest) {
                    m_ledger->showSkuTotals(m_skuTotalsOf, totals);
                    return;
                }
                if (!counted(requestId))
                    return;
                m_matchCount = totals.rows;
                m_totals = totals;
                Q_EMIT summaryChanged();
            });
    connect(m_totalsReads->worker(), &Models::ReadWorker::failed, this,
            [counted](quint64 requestId, const QString &, bool) { counted(requestId); });
}

StockView::~StockView() = default;

void StockView::resizeEvent(QResizeEvent *event)
{
    // The ledger sits beside the table when there is room for every column and it, below it otherwise.
    const Qt::Orientation wanted = width() >= 1500 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes(wanted == Qt::Horizontal ? QList<int>{width() * 7 / 10, width() * 3 / 10}
                                                      : QList<int>{height() * 6 / 10, height() * 4 / 10});
    }
    WorkView::resizeEvent(event);
}

const Services::StockRow *StockView::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? &m_stock->rowAt(current.row()) : nullptr;
}

void StockView::requirePosition(quint64 position)
{
    m_reads->requirePosition(position);
    m_totalsReads->requirePosition(position);
}

void StockView::setLocations(const QList<Services::LocationRef> &locations)
{
    m_filters->setLocations(locations);
}

void StockView::updateSelection()
{
    const Services::StockRow *row = currentRow();
    m_ledger->showRow(row);
    if (row) {
        // Totals over every location, whatever the filter shows.
        Services::StockFilter only;
        only.sku = row->sku;
        m_skuTotalsOf = row->sku;
        m_skuTotalsRequest = m_totalsReads->requestTotals(only);
    } else if (!row) {
        m_skuTotalsOf.clear();
    }
}

void StockView::countMatches()
{
    // One count at a time: a filter changed while one runs is counted when it ends.
    if (m_countInFlight) {
        m_countAgain = true;
        return;
    }
    m_countInFlight = true;
    m_countRequest = m_totalsReads->requestTotals(m_stock->filter());
}

QString StockView::summary() const
{
    const int shown = m_stock->rowCount();
    // A bucket sort's order comes from the bucket projection: say as of when (the figures shown are current).
    QString order;
    Services::StockPageRequest request;
    request.filter = m_stock->filter();
    request.sort = StockTableModel::sortOf(m_stock->sortColumn());
    if (m_orderAsOf.isValid() && Services::StockReader::readsProjection(request)) {
        const QString at = m_orderAsOf.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        order =
            QStringLiteral(" · ") +
            (m_orderBehind > 0
                 ? tr("order as of %1, %Ln change(s) since", nullptr, int(qMin<qint64>(m_orderBehind, 1000000))).arg(at)
                 : tr("order up to date"));
    }
    if (m_matchCount >= 0) {
        const QLocale locale;
        return tr("%Ln row(s)", nullptr, int(qMin<qint64>(m_matchCount, std::numeric_limits<int>::max()))) +
               QStringLiteral(" · ") +
               tr("on hand %1 · available %2")
                   .arg(locale.toString(m_totals.onHand), locale.toString(m_totals.available)) +
               order;
    }
    if (m_stock->hasMore())
        return tr("%Ln row(s) shown, more below", nullptr, shown) + order;
    return tr("%Ln row(s)", nullptr, shown) + order;
}

QString StockView::emptyText() const
{
    const Services::StockFilter filter = m_stock->filter();
    QStringList parts;
    if (!filter.text.isEmpty())
        parts << tr("text “%1”").arg(filter.text);
    if (!filter.location.isEmpty())
        parts << tr("location %1").arg(filter.location);
    if (!filter.region.isEmpty())
        parts << tr("region %1").arg(filter.region);
    if (filter.belowSafetyStock)
        parts << tr("below safety stock");
    if (parts.isEmpty())
        return tr("The ledger holds no stock yet.\nReceive stock (F2) to start, or start Stockroom with --demo to "
                  "try it with a demo shop.");
    return tr("No stock matches %1.\nClear or change the filter to see more.").arg(parts.join(QStringLiteral(", ")));
}

void StockView::updateEmptyState()
{
    const bool empty = m_stock->rowCount() == 0 && !m_stock->isLoading();
    if (empty)
        m_empty->setText(emptyText());
    m_empty->setVisible(empty);
}

void StockView::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("stockColumns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("ledgerColumns"), m_ledger->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void StockView::restoreLayout(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("stockColumns")).toByteArray());
    m_ledger->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("ledgerColumns")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

} // namespace Stockroom::Ui
