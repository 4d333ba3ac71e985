#include "accuracymodel.h"

#include "dashboardwords.h"

#include <QLocale>

#include <cmath>
#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

using Services::AccuracyPoint;

namespace {

double percent(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

} // namespace

AccuracyModel::AccuracyModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

AccuracyModel::~AccuracyModel() = default;

int AccuracyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double AccuracyModel::accuracy() const
{
    return m_counted == 0 ? -1.0 : percent(m_within, m_counted);
}

QVariant AccuracyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccuracyPoint &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() >= Counted ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1, %2: %3 % within tolerance (%4 of %5 counted lines)")
            .arg(DashboardWords::abcClass(row.abcClass), periodText(row.period),
                 locale.toString(percent(row.within, row.counted), 'f', 1), locale.toString(row.within),
                 locale.toString(row.counted));
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Class:
        return role == RawValueRole ? row.abcClass : DashboardWords::abcClass(row.abcClass);
    case Period:
        // A period that began before the range is drawn where the range begins.
        return role == TextRole ? QVariant(periodText(row.period)) : QVariant(qMax(row.period, filter().from));
    case Counted:
        return role == TextRole ? QVariant(locale.toString(row.counted)) : QVariant(row.counted);
    case Within:
        return role == TextRole ? QVariant(locale.toString(row.within)) : QVariant(row.within);
    case Accuracy:
        return role == TextRole ? QVariant(locale.toString(percent(row.within, row.counted), 'f', 1))
                                : QVariant(percent(row.within, row.counted));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccuracyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Class:
        return tr("ABC class");
    case Period:
        return tr("Period");
    case Counted:
        return tr("Counted lines");
    case Within:
        return tr("Within tolerance");
    case Accuracy:
        return tr("Accuracy (%)");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest AccuracyModel::linesFor(int row) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Accuracy;
    request.filter = filter();
    if (row >= 0 && row < m_rows.size()) {
        const AccuracyPoint &point = m_rows.at(row);
        request.filter.from = qMax(filter().from, point.period);
        request.filter.to = filter().periodEnd(point.period).addDays(-1);
        if (!point.abcClass.isEmpty())
            request.filter.abcClass = point.abcClass;
    }
    return request;
}

ReadJob AccuracyModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto points = Services::DashboardReader(session).accuracy(filter);
        if (!points)
            return points.error();
        return QVariant::fromValue(points.value());
    };
}

void AccuracyModel::apply(const QVariant &value)
{
    QList<AccuracyPoint> points = value.value<QList<AccuracyPoint>>();
    // One class filtered: its own block says all there is.
    if (!filter().abcClass.isEmpty())
        points.removeIf([](const AccuracyPoint &point) { return point.abcClass.isEmpty(); });
    beginResetModel();
    m_rows = std::move(points);
    m_blocks.clear();
    m_counted = 0;
    m_within = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const AccuracyPoint &point = m_rows.at(row);
        if (m_blocks.isEmpty() || m_blocks.constLast().abcClass != point.abcClass)
            m_blocks.append({point.abcClass, row, 0});
        ++m_blocks.last().count;
        if (point.abcClass == m_rows.constFirst().abcClass) {
            m_counted += point.counted;
            m_within += point.within;
        }
    }
    endResetModel();
}

} // namespace Stockroom::Models
