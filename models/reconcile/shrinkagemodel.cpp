#include "shrinkagemodel.h"

#include <QLocale>

#include <cmath>
#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

using Services::ShrinkagePoint;

namespace {

double percent(qint64 lost, qint64 sold)
{
    return sold == 0 ? 0.0 : std::round(10000.0 * double(lost) / double(sold)) / 100.0;
}

} // namespace

ShrinkageModel::ShrinkageModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

ShrinkageModel::~ShrinkageModel() = default;

int ShrinkageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ShrinkageModel::shrinkage() const
{
    return m_sold == 0 ? -1.0 : percent(m_lost, m_sold);
}

double ShrinkageModel::highest() const
{
    double top = 0;
    for (const ShrinkagePoint &row : m_rows)
        top = qMax(top, percent(row.unitsLost, row.unitsSold));
    return top;
}

QVariant ShrinkageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShrinkagePoint &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Period ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2 % shrinkage (%3 units lost, %4 sold)")
            .arg(periodText(row.period), locale.toString(percent(row.unitsLost, row.unitsSold), 'f', 2),
                 locale.toString(row.unitsLost), locale.toString(row.unitsSold));
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    const bool text = role == TextRole;
    switch (Column(index.column())) {
    case Period:
        // A period that began before the range is drawn where the range begins.
        return text ? QVariant(periodText(row.period)) : QVariant(qMax(row.period, filter().from));
    case Lost:
        return text ? QVariant(locale.toString(row.unitsLost)) : QVariant(row.unitsLost);
    case Sold:
        return text ? QVariant(locale.toString(row.unitsSold)) : QVariant(row.unitsSold);
    case Shrinkage:
        return text ? QVariant(locale.toString(percent(row.unitsLost, row.unitsSold), 'f', 2))
                    : QVariant(percent(row.unitsLost, row.unitsSold));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ShrinkageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Period:
        return tr("Period");
    case Lost:
        return tr("Units lost");
    case Sold:
        return tr("Units sold");
    case Shrinkage:
        return tr("Shrinkage (%)");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest ShrinkageModel::linesFor(int row) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Losses;
    request.filter = filter();
    if (row >= 0 && row < m_rows.size()) {
        const QDate start = m_rows.at(row).period;
        request.filter.from = qMax(filter().from, start);
        request.filter.to = filter().periodEnd(start).addDays(-1);
    }
    return request;
}

ReadJob ShrinkageModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::DashboardReader(session).shrinkage(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    };
}

void ShrinkageModel::apply(const QVariant &value)
{
    const QList<ShrinkagePoint> points = value.value<QList<ShrinkagePoint>>();
    beginResetModel();
    m_rows.clear();
    m_lost = 0;
    m_sold = 0;
    m_lostWithoutSales = 0;
    for (const ShrinkagePoint &point : points) {
        m_lost += point.unitsLost;
        m_sold += point.unitsSold;
        if (point.unitsSold > 0)
            m_rows.append(point);
        else
            m_lostWithoutSales += point.unitsLost;
    }
    endResetModel();
}

} // namespace Stockroom::Models
