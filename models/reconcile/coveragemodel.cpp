#include "coveragemodel.h"

#include "dashboardwords.h"

#include <QLocale>

#include <cmath>
#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

using Services::CoverageClass;

namespace {

double percent(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

} // namespace

CoverageModel::CoverageModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

CoverageModel::~CoverageModel() = default;

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CoverageModel::label(int row) const
{
    const CoverageClass &entry = m_rows.at(row);
    return tr("%1 · %Ln day(s)", nullptr, int(std::lround(entry.intervalDays))).arg(entry.abcClass);
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageClass &row = m_rows.at(index.row());
    const QLocale locale;
    const qint64 interval = std::lround(row.intervalDays);
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Class ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 stock rows counted in the last %Ln day(s) (%4 %); %5 overdue", nullptr, int(interval))
            .arg(DashboardWords::abcClass(row.abcClass), locale.toString(row.counted), locale.toString(row.rows),
                 locale.toString(percent(row.counted, row.rows), 'f', 1), locale.toString(row.rows - row.counted));
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    const bool text = role == TextRole;
    switch (Column(index.column())) {
    case Class:
        return role == RawValueRole ? row.abcClass : label(index.row());
    case Interval:
        return text ? QVariant(tr("%Ln day(s)", nullptr, int(interval))) : QVariant(interval);
    case Rows:
        return text ? QVariant(locale.toString(row.rows)) : QVariant(row.rows);
    case Counted:
        return text ? QVariant(locale.toString(row.counted)) : QVariant(row.counted);
    case Overdue:
        return text ? QVariant(locale.toString(row.rows - row.counted)) : QVariant(row.rows - row.counted);
    case Share:
        return text ? QVariant(locale.toString(percent(row.counted, row.rows), 'f', 1))
                    : QVariant(percent(row.counted, row.rows));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Class:
        return tr("ABC class");
    case Interval:
        return tr("Interval");
    case Rows:
        return tr("Stock rows");
    case Counted:
        return tr("Counted in time");
    case Overdue:
        return tr("Overdue");
    case Share:
        return tr("Coverage (%)");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest CoverageModel::linesFor(int row) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Coverage;
    request.filter = filter();
    if (row >= 0 && row < m_rows.size())
        request.filter.abcClass = m_rows.at(row).abcClass;
    return request;
}

ReadJob CoverageModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::DashboardReader(session).coverage(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    };
}

void CoverageModel::apply(const QVariant &value)
{
    beginResetModel();
    m_rows = value.value<QList<CoverageClass>>();
    m_rowsTotal = 0;
    m_countedTotal = 0;
    for (const CoverageClass &row : std::as_const(m_rows)) {
        m_rowsTotal += row.rows;
        m_countedTotal += row.counted;
    }
    endResetModel();
}

} // namespace Stockroom::Models
