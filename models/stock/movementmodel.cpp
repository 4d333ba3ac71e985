#include "movementmodel.h"

#include "ledgerwords.h"

#include <QLocale>

#include <readworker.h>

namespace Stockroom::Models {

using namespace Services;

MovementModel::MovementModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::movementsLoaded, this, &MovementModel::onLoaded);
}

MovementModel::~MovementModel() = default;

int MovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MovementRow &row = m_rows.at(index.row());
    if (role == MovementIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() == Quantity ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(row.at.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (index.column()) {
    case When:
        if (role == RawValueRole)
            return row.at;
        return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return role == RawValueRole ? row.kind : movementKindText(row.kind);
    case Bucket:
        return role == RawValueRole ? row.bucket : bucketText(row.bucket);
    case Quantity:
        if (role == RawValueRole)
            return row.quantity;
        return row.quantity > 0 ? QLocale().positiveSign() + QLocale().toString(row.quantity)
                                : QLocale().toString(row.quantity);
    case Why: {
        if (row.reason.isEmpty())
            return row.reference;
        if (row.reference.isEmpty())
            return row.reason;
        return QString(row.reason + QStringLiteral(" · ") + row.reference);
    }
    case Who:
        return row.actor;
    default:
        return {};
    }
}

QVariant MovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("What");
    case Bucket:
        return tr("Stock");
    case Quantity:
        return tr("Qty");
    case Why:
        return tr("Why");
    case Who:
        return tr("Who");
    default:
        return {};
    }
}

void MovementModel::show(const QString &sku, const QString &location)
{
    m_sku = sku;
    m_location = location;
    if (sku.isEmpty() || location.isEmpty()) {
        m_pending = 0;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return;
    }
    m_pendingOlder = false;
    m_pending = m_reads->requestMovements(sku, location, PageSize);
}

bool MovementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_pending == 0 && !m_rows.isEmpty();
}

void MovementModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pendingOlder = true;
    m_pending = m_reads->requestMovements(m_sku, m_location, PageSize, m_rows.constLast().id);
}

void MovementModel::onLoaded(quint64 requestId, const QList<MovementRow> &rows)
{
    if (requestId != m_pending)
        return;
    // Still pending while the model's signals go out: a view asking for the next page from inside them would
    // otherwise ask again from the same last row.
    m_more = rows.size() == PageSize;
    if (m_pendingOlder) {
        if (!rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
            m_rows.append(rows);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    m_pending = 0;
    m_pendingOlder = false;
    Q_EMIT loaded();
}

} // namespace Stockroom::Models
