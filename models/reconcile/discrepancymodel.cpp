#include "discrepancymodel.h"

#include "dashboardwords.h"

#include <QLocale>

#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

DiscrepancyModel::DiscrepancyModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

DiscrepancyModel::~DiscrepancyModel() = default;

int DiscrepancyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiscrepancyModel::kindOf(int column)
{
    switch (column) {
    case SnapshotVariances:
        return QStringLiteral("snapshot_variance");
    case DriftFindings:
        return QStringLiteral("drift");
    case CountsPending:
        return QStringLiteral("count_pending");
    default:
        break;
    }
    return {};
}

qint64 DiscrepancyModel::open() const
{
    qint64 sum = 0;
    for (const Bucket &bucket : m_buckets)
        sum += bucket.total;
    return sum;
}

qint64 DiscrepancyModel::olderThanAWeek() const
{
    return m_buckets[3].total + m_buckets[4].total;
}

QVariant DiscrepancyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bucket &row = m_buckets.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Age ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList parts;
        for (int column = SnapshotVariances; column <= CountsPending; ++column)
            parts << tr("%1: %2").arg(DashboardWords::discrepancyKind(kindOf(column)),
                                      locale.toString(row.items.at(column - SnapshotVariances)));
        return QString(tr("Open %1: %Ln item(s)", nullptr, int(row.total)).arg(DashboardWords::ageBucket(index.row())) +
                       u'\n' + parts.join(u'\n'));
    }
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    const bool text = role == TextRole;
    qint64 number = 0;
    switch (Column(index.column())) {
    case Age:
        return role == RawValueRole ? QVariant(index.row()) : QVariant(DashboardWords::ageBucket(index.row()));
    case SnapshotVariances:
    case DriftFindings:
    case CountsPending:
        number = row.items.at(index.column() - SnapshotVariances);
        break;
    case Total:
        number = row.total;
        break;
    case Units:
        number = row.units;
        break;
    case ColumnCount:
        return {};
    }
    return text ? QVariant(locale.toString(number)) : QVariant(number);
}

QVariant DiscrepancyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Age:
        return tr("Open for");
    case SnapshotVariances:
    case DriftFindings:
    case CountsPending:
        return DashboardWords::discrepancyKind(kindOf(section));
    case Total:
        return tr("All open");
    case Units:
        return tr("Units");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest DiscrepancyModel::linesFor(int row) const
{
    return linesFor(row, -1);
}

Services::LinesRequest DiscrepancyModel::linesFor(int row, int column) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Discrepancies;
    request.filter = filter();
    request.ageBucket = row >= 0 && row < BucketCount ? row : -1;
    request.code = kindOf(column);
    return request;
}

ReadJob DiscrepancyModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::DashboardReader(session).openDiscrepancies(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    };
}

void DiscrepancyModel::apply(const QVariant &value)
{
    beginResetModel();
    m_buckets = {};
    m_loaded = value.isValid();
    const auto ages = value.value<QList<Services::DiscrepancyAge>>();
    for (const Services::DiscrepancyAge &age : ages) {
        Bucket &bucket = m_buckets.at(qBound(0, age.bucket, BucketCount - 1));
        for (int column = SnapshotVariances; column <= CountsPending; ++column)
            if (kindOf(column) == age.kind)
                bucket.items.at(column - SnapshotVariances) += age.items;
        bucket.total += age.items;
        bucket.units += age.units;
    }
    endResetModel();
}

} // namespace Stockroom::Models
