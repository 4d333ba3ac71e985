#include "flashsalesamplemodel.h"

namespace Stockroom::Models {

FlashSaleSampleModel::FlashSaleSampleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FlashSaleSampleModel::~FlashSaleSampleModel() = default;

int FlashSaleSampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int FlashSaleSampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlashSaleSampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Services::FlashSaleSample &s = m_samples.at(index.row());
    QVariant value;
    switch (Column(index.column())) {
    case Seconds:
        value = s.seconds;
        break;
    case Available:
        value = s.available;
        break;
    case Reserved:
        value = s.reserved;
        break;
    case Sold:
        value = s.sold;
        break;
    case Returned:
        value = s.returned;
        break;
    case Refusals:
        value = s.refusals;
        break;
    case LockWaiters:
        value = s.lockWaiters;
        break;
    case ColumnCount:
        return {};
    }
    if (role == RawValueRole)
        return value;
    if (role == Qt::DisplayRole)
        // The chart's mapper reads Qt::DisplayRole as a number: seconds stay a double, counts whole numbers.
        return value;
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FlashSaleSampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Seconds:
        return tr("Time (s)");
    case Available:
        return tr("Available");
    case Reserved:
        return tr("Reserved");
    case Sold:
        return tr("Sold");
    case Returned:
        return tr("Returned by expiry");
    case Refusals:
        return tr("Refused (sold out)");
    case LockWaiters:
        return tr("Waiting for a lock");
    case ColumnCount:
        break;
    }
    return {};
}

void FlashSaleSampleModel::append(const Services::FlashSaleSample &sample)
{
    const int row = int(m_samples.size());
    beginInsertRows({}, row, row);
    m_samples.append(sample);
    endInsertRows();
}

void FlashSaleSampleModel::clear()
{
    if (m_samples.isEmpty())
        return;
    beginResetModel();
    m_samples.clear();
    endResetModel();
}

} // namespace Stockroom::Models
