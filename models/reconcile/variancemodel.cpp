#include "variancemodel.h"

#include "dashboardwords.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

using Services::ReasonVariance;

VarianceModel::VarianceModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

VarianceModel::~VarianceModel() = default;

int VarianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double VarianceModel::measureOf(const ReasonVariance &row) const
{
    return m_measure == Measure::Units ? double(row.unitsAbs) : row.value;
}

QVariant VarianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReasonVariance &row = m_rows.at(index.row());
    const QLocale locale;
    const double cumulative = m_cumulative.value(index.row());
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Reason ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString text =
            tr("%1: %Ln movement(s), %2 units moved (net %3), value %4; with the reasons before it %5 % of "
               "the whole",
               nullptr, int(row.movements))
                .arg(DashboardWords::reason(row.reason), locale.toString(row.unitsAbs), locale.toString(row.units),
                     locale.toString(row.value, 'f', 2), locale.toString(cumulative, 'f', 1));
        if (row.unpriced > 0)
            text += u'\n' +
                    tr("%Ln movement(s) of SKUs without a unit cost are not in the value.", nullptr, int(row.unpriced));
        return text;
    }
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    const bool text = role == TextRole;
    switch (Column(index.column())) {
    case Rank:
        return text ? QVariant(locale.toString(index.row() + 1)) : QVariant(index.row() + 1);
    case Reason:
        return role == RawValueRole ? row.reason : DashboardWords::reason(row.reason);
    case Movements:
        return text ? QVariant(locale.toString(row.movements)) : QVariant(row.movements);
    case Units:
        return text ? QVariant(locale.toString(row.unitsAbs)) : QVariant(row.unitsAbs);
    case NetUnits:
        return text ? QVariant(locale.toString(row.units)) : QVariant(row.units);
    case Value:
        return text ? QVariant(locale.toString(row.value, 'f', 2)) : QVariant(std::round(row.value * 100) / 100);
    case Cumulative:
        return text ? QVariant(locale.toString(cumulative, 'f', 1)) : QVariant(cumulative);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VarianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rank:
        return tr("Rank");
    case Reason:
        return tr("Reason");
    case Movements:
        return tr("Movements");
    case Units:
        return tr("Units moved");
    case NetUnits:
        return tr("Net units");
    case Value:
        return tr("Value at cost");
    case Cumulative:
        return tr("Cumulative (%)");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest VarianceModel::linesFor(int row) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Variance;
    request.filter = filter();
    if (row >= 0 && row < m_rows.size())
        request.reason = m_rows.at(row).reason;
    return request;
}

void VarianceModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    beginResetModel();
    m_measure = measure;
    sortRows();
    endResetModel();
}

void VarianceModel::sortRows()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const ReasonVariance &a, const ReasonVariance &b) { return measureOf(a) > measureOf(b); });
    double total = 0;
    for (const ReasonVariance &row : std::as_const(m_rows))
        total += measureOf(row);
    m_cumulative.clear();
    double running = 0;
    for (const ReasonVariance &row : std::as_const(m_rows)) {
        running += measureOf(row);
        m_cumulative.append(total > 0 ? std::round(1000.0 * running / total) / 10.0 : 0.0);
    }
}

ReadJob VarianceModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::DashboardReader(session).varianceByReason(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    };
}

void VarianceModel::apply(const QVariant &value)
{
    beginResetModel();
    m_rows = value.value<QList<ReasonVariance>>();
    m_movements = 0;
    m_units = 0;
    m_value = 0;
    m_unpriced = 0;
    for (const ReasonVariance &row : std::as_const(m_rows)) {
        m_movements += row.movements;
        m_units += row.unitsAbs;
        m_value += row.value;
        m_unpriced += row.unpriced;
    }
    sortRows();
    endResetModel();
}

} // namespace Stockroom::Models
