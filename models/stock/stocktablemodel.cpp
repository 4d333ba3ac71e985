#include "stocktablemodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <modelslog.h>
#include <readworker.h>

namespace Stockroom::Models {

using namespace Services;

namespace {

QString keyOf(const QString &sku, const QString &location)
{
    return sku + u'@' + location;
}

qint64 bucketOf(const StockRow &row, int column)
{
    switch (column) {
    case StockTableModel::OnHand:
        return row.onHand;
    case StockTableModel::Reserved:
        return row.reserved;
    case StockTableModel::Available:
        return row.available;
    case StockTableModel::Inbound:
        return row.inbound;
    case StockTableModel::Damaged:
        return row.damaged;
    case StockTableModel::SafetyStock:
        return row.safetyStock;
    case StockTableModel::Backordered:
        return row.backordered;
    default:
        return 0;
    }
}

} // namespace

StockTableModel::StockTableModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::pageLoaded, this, &StockTableModel::onPage);
    connect(reads->worker(), &ReadWorker::failed, this, &StockTableModel::onFailed);
    connect(reads->worker(), &ReadWorker::matchingLoaded, this, &StockTableModel::onMatching);
}

StockTableModel::~StockTableModel() = default;

int StockTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case RawValueRole:
        switch (column) {
        case Sku:
            return row.sku;
        case Name:
            return row.skuName;
        case Location:
            return row.location;
        case Region:
            return row.region;
        default:
            return bucketOf(row, column);
        }
    case Qt::ToolTipRole:
        if (column == Location)
            return row.locationName;
        if (column == Name)
            return row.skuName;
        if (row.belowSafetyStock())
            return tr("Available %1 is below the safety stock of %2").arg(row.available).arg(row.safetyStock);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= OnHand)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (row.belowSafetyStock() && (column == Available || column == SafetyStock))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (column >= OnHand && bucketOf(row, column) == 0)
            return QBrush(QColor(0x99, 0x99, 0x99));
        return {};
    case SkuRole:
        return row.sku;
    case LocationRole:
        return row.location;
    case BelowSafetyStockRole:
        return row.belowSafetyStock();
    case VersionRole:
        return row.version;
    default:
        return {};
    }
}

QVariant StockTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= OnHand ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case Region:
        return tr("Region");
    case OnHand:
        return tr("On hand");
    case Reserved:
        return tr("Reserved");
    case Available:
        return tr("Available");
    case Inbound:
        return tr("Inbound");
    case Damaged:
        return tr("Damaged");
    case SafetyStock:
        return tr("Safety stock");
    case Backordered:
        return tr("Backordered");
    default:
        return {};
    }
}

QHash<int, QByteArray> StockTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(SkuRole, "sku");
    names.insert(LocationRole, "location");
    names.insert(BelowSafetyStockRole, "belowSafetyStock");
    names.insert(VersionRole, "version");
    return names;
}

bool StockTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_more && m_pending == 0;
}

void StockTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent))
        return;
    request(false);
}

StockSort StockTableModel::sortOf(int column)
{
    switch (column) {
    case Name:
        return StockSort::Name;
    case Location:
        return StockSort::Location;
    case Region:
        return StockSort::Region;
    case OnHand:
        return StockSort::OnHand;
    case Reserved:
        return StockSort::Reserved;
    case Available:
        return StockSort::Available;
    case Inbound:
        return StockSort::Inbound;
    case Damaged:
        return StockSort::Damaged;
    case SafetyStock:
        return StockSort::SafetyStock;
    case Backordered:
        return StockSort::Backordered;
    default:
        return StockSort::Sku;
    }
}

void StockTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = Sku;
    if (m_started && column == m_sortColumn && order == m_order)
        return;
    m_sortColumn = column;
    m_order = order;
    if (m_started)
        reload();
}

void StockTableModel::setFilter(const StockFilter &filter)
{
    if (m_started && filter == m_filter)
        return;
    m_filter = filter;
    if (m_started)
        reload();
}

void StockTableModel::reload()
{
    request(true);
}

void StockTableModel::request(bool fromStart)
{
    StockPageRequest page;
    page.filter = m_filter;
    page.sort = sortOf(m_sortColumn);
    page.order = m_order;
    page.limit = m_pageSize;
    if (m_rows.isEmpty())
        fromStart = true;
    if (!fromStart)
        page.after = StockReader::cursorOf(m_rows.constLast(), page.sort);
    const bool wasLoading = isLoading();
    m_started = true;
    m_pendingReset = fromStart;
    if (fromStart)
        ++m_generation;
    m_clock.start();
    m_pending = m_reads->requestPage(page);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void StockTableModel::onPage(quint64 requestId, const QList<StockRow> &rows, bool more)
{
    if (requestId != m_pending)
        return; // an answer to a question no longer asked
    // m_pending stays set until the rows are in, so that nothing asks for the next page from within the
    // change notifications with a cursor that is about to be replaced.
    if (m_pendingReset) {
        beginResetModel();
        m_rows = rows;
        m_rowByKey.clear();
        m_more = more;
        indexRows(0);
        m_pending = 0;
        endResetModel();
        Q_EMIT firstPageShown(m_clock.elapsed());
    } else if (QList<StockRow> fresh = rows; // rows inserted live since may come again in a page
               fresh.removeIf([this](const StockRow &r) { return m_rowByKey.contains(keyOf(r.sku, r.location)); }),
               !fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        m_more = more;
        indexRows(first);
        m_pending = 0;
        endInsertRows();
    } else {
        m_more = more;
        m_pending = 0;
    }
    if (m_pending == 0)
        Q_EMIT loadingChanged(false);
}

void StockTableModel::onFailed(quint64 requestId, const QString &message, bool connectionLost)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    qCWarning(lcModels) << "loading stock failed:" << message;
    Q_EMIT loadingChanged(false);
    Q_EMIT loadFailed(message, connectionLost);
}

void StockTableModel::indexRows(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_rowByKey.insert(keyOf(m_rows.at(i).sku, m_rows.at(i).location), i);
}

int StockTableModel::rowOf(const QString &sku, const QString &location) const
{
    return m_rowByKey.value(keyOf(sku, location), -1);
}

void StockTableModel::applyEvents(const QList<StockEvent> &events)
{
    QList<int> changed;
    QList<QPair<QString, QString>> unknown;
    for (const StockEvent &event : events) {
        const int r = rowOf(event.sku, event.location);
        if (r < 0) {
            if (m_started && !unknown.contains(qMakePair(event.sku, event.location)))
                unknown.append(qMakePair(event.sku, event.location));
            continue;
        }
        StockRow &row = m_rows[r];
        if (event.version <= row.version)
            continue; // already shown, or an older event arriving late
        static_cast<Services::StockBalances &>(row) = event;
        if (event.at.isValid())
            row.updatedAt = event.at;
        changed.append(r);
    }
    if (!unknown.isEmpty()) {
        // A row this view does not hold yet, perhaps a new one: ask whether it matches the filter.
        m_matchingGeneration = m_generation;
        m_matching = m_reads->requestMatching(m_filter, unknown);
    }
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    const QList<int> roles{Qt::DisplayRole, Qt::EditRole,         RawValueRole, Qt::ForegroundRole,
                           Qt::ToolTipRole, BelowSafetyStockRole, VersionRole};
    // One dataChanged per run of adjacent rows.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(createIndex(changed.at(i), OnHand), createIndex(changed.at(j), Backordered), roles);
        i = j + 1;
    }
    Q_EMIT rowsUpdated(changed);
}

} // namespace Stockroom::Models

namespace Stockroom::Models {

bool StockTableModel::lessThan(const StockRow &a, const StockRow &b) const
{
    const StockSort sort = sortOf(m_sortColumn);
    const auto ordered = [this](auto x, auto y) {
        return m_order == Qt::AscendingOrder ? x < y : y < x;
    };
    const QVariant va = StockReader::sortValue(a, sort);
    const QVariant vb = StockReader::sortValue(b, sort);
    if (va != vb) {
        if (va.typeId() == QMetaType::QString)
            return ordered(va.toString(), vb.toString());
        return ordered(va.toLongLong(), vb.toLongLong());
    }
    if (sort == StockSort::Sku)
        return ordered(a.location, b.location);
    return a.skuId != b.skuId ? ordered(a.skuId, b.skuId) : ordered(a.locationId, b.locationId);
}

void StockTableModel::onMatching(quint64 requestId, const QList<StockRow> &rows)
{
    if (requestId != m_matching || m_matchingGeneration != m_generation || m_pending != 0)
        return;
    for (const StockRow &row : rows) {
        if (rowOf(row.sku, row.location) >= 0)
            continue;
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row,
                                         [this](const StockRow &a, const StockRow &b) { return lessThan(a, b); });
        const int position = int(at - m_rows.cbegin());
        if (position == m_rows.size() && m_more)
            continue; // beyond the rows loaded: it comes with its page
        beginInsertRows({}, position, position);
        m_rows.insert(position, row);
        m_rowByKey.clear();
        indexRows(0);
        endInsertRows();
    }
}

} // namespace Stockroom::Models
