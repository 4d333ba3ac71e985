#include "countdaymodel.h"

#include <QLocale>

#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

using Services::CountDay;

CountDayModel::CountDayModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

CountDayModel::~CountDayModel() = default;

int CountDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CountDay &row = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Day ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %Ln count(s) of %2 SKU row(s)", nullptr, int(row.observations))
            .arg(locale.toString(row.day, QLocale::LongFormat), locale.toString(row.skus));
    case Qt::DisplayRole:
    case RawValueRole:
    case TextRole:
        break;
    default:
        return {};
    }
    const bool text = role == TextRole;
    switch (Column(index.column())) {
    case Day:
        return text ? QVariant(locale.toString(row.day, QLocale::ShortFormat)) : QVariant(row.day);
    case Observations:
        return text ? QVariant(locale.toString(row.observations)) : QVariant(row.observations);
    case Skus:
        return text ? QVariant(locale.toString(row.skus)) : QVariant(row.skus);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CountDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Day:
        return tr("Day");
    case Observations:
        return tr("Counts");
    case Skus:
        return tr("SKU rows");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest CountDayModel::linesOn(QDate day) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::Observations;
    request.filter = filter();
    if (day.isValid()) {
        request.filter.from = day;
        request.filter.to = day;
    }
    return request;
}

Services::LinesRequest CountDayModel::linesFor(int row) const
{
    return linesOn(row >= 0 && row < m_rows.size() ? m_rows.at(row).day : QDate());
}

ReadJob CountDayModel::job() const
{
    return [filter = filter()](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::DashboardReader(session).countsPerDay(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    };
}

void CountDayModel::apply(const QVariant &value)
{
    beginResetModel();
    m_rows = value.value<QList<CountDay>>();
    m_index.clear();
    m_observations = 0;
    m_busiest = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const CountDay &day = m_rows.at(row);
        m_index.insert(day.day, row);
        m_observations += day.observations;
        m_busiest = qMax(m_busiest, day.observations);
    }
    endResetModel();
}

} // namespace Stockroom::Models
