#include "dashboardlinesmodel.h"

#include "dashboardwords.h"

#include <QDateTime>
#include <QLocale>

#include <counts/countwords.h>
#include <reconcile/dashboardreader.h>
#include <stock/ledgerwords.h>

namespace Stockroom::Models {

using Kind = Services::LinesRequest::Kind;

DashboardLinesModel::DashboardLinesModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

DashboardLinesModel::~DashboardLinesModel() = default;

int DashboardLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.columns.size());
}

QVariant DashboardLinesModel::rawValue(int row, const QString &column) const
{
    const int at = columnOf(column);
    if (row < 0 || row >= m_lines.rows.size() || at < 0)
        return {};
    return m_lines.rows.at(row).value(at);
}

QString DashboardLinesModel::text(const QString &column, const QVariant &value) const
{
    const QLocale locale;
    if (value.isNull())
        return column == u"last_counted" ? tr("Never") : QString();
    if (column == u"age")
        return DashboardWords::age(value.toLongLong());
    if (column == u"reason")
        return DashboardWords::reason(value.toString());
    if (column == u"kind")
        return m_request.kind == Kind::Discrepancies ? DashboardWords::discrepancyKind(value.toString())
                                                     : movementKindText(value.toString());
    if (column == u"class")
        return DashboardWords::snapshotClass(value.toString());
    if (column == u"bucket")
        return bucketText(value.toString());
    if (column == u"state")
        return m_request.kind == Kind::Accuracy ? CountWords::lineState(value.toString())
                                                : DashboardWords::snapshotState(value.toString());
    if (column == u"policy")
        return DashboardWords::snapshotState(value.toString());
    if (column == u"value")
        return locale.toString(value.toDouble(), 'f', 2);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::Int:
    case QMetaType::LongLong:
        // Ids are names, not amounts: no group separators.
        if (column == u"session" || column == u"movement" || column == u"movement_id" || column == u"line_no")
            return value.toString();
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f', 2);
    default:
        break;
    }
    return value.toString();
}

QVariant DashboardLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &column = m_lines.columns.at(index.column());
    const QVariant value = m_lines.rows.at(index.row()).value(index.column());
    switch (role) {
    case RawValueRole:
        return value;
    case Qt::DisplayRole:
    case TextRole:
        return text(column, value);
    case Qt::ToolTipRole:
        return column == u"name" || column == u"reference" ? value : QVariant();
    case Qt::TextAlignmentRole: {
        const int type = value.metaType().id();
        if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double)
            return column == u"age" ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        break;
    }
    return {};
}

QVariant DashboardLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_lines.columns.size())
        return {};
    const QString &column = m_lines.columns.at(section);
    if (column == u"variance" && m_request.kind == Kind::Accuracy)
        return tr("Variance (units)");
    if (column == u"kind" && m_request.kind == Kind::Discrepancies)
        return tr("Open item");
    return DashboardWords::column(column);
}

Services::LinesRequest DashboardLinesModel::linesFor(int) const
{
    return m_request;
}

void DashboardLinesModel::setRequest(const Services::LinesRequest &request)
{
    m_request = request;
    setFilter(request.filter);
}

ReadJob DashboardLinesModel::job() const
{
    return [request = m_request](Services::Session &session) -> Services::Result<QVariant> {
        auto lines = Services::DashboardReader(session).lines(request);
        if (!lines)
            return lines.error();
        return QVariant::fromValue(lines.value());
    };
}

void DashboardLinesModel::apply(const QVariant &value)
{
    beginResetModel();
    m_lines = value.value<Services::DashboardLines>();
    endResetModel();
}

} // namespace Stockroom::Models
