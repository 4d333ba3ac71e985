#include "snapshotmodel.h"

#include "dashboardwords.h"

#include <QLocale>

#include <reconcile/dashboardreader.h>

namespace Stockroom::Models {

namespace {

Services::SnapshotClass classIn(const Services::SnapshotOverview &overview, const QString &code)
{
    for (const Services::SnapshotClass &entry : overview.classes)
        if (entry.snapshotClass == code)
            return entry;
    return {code, 0, 0};
}

} // namespace

SnapshotModel::SnapshotModel(ReadThread *reads, QObject *parent)
    : DashboardModel(reads, parent)
{
}

SnapshotModel::~SnapshotModel() = default;

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotModel::classOf(int row)
{
    static const QStringList classes = {QStringLiteral("matched"), QStringLiteral("timing"), QStringLiteral("unknown"),
                                        QStringLiteral("bucket"), QStringLiteral("variance")};
    return classes.value(row);
}

qint64 SnapshotModel::linesOf(const QString &snapshotClass) const
{
    return classIn(m_overview, snapshotClass).lines;
}

qint64 SnapshotModel::lines() const
{
    qint64 sum = 0;
    for (const Services::SnapshotClass &entry : m_overview.classes)
        sum += entry.lines;
    return sum;
}

Services::SnapshotInfo SnapshotModel::current() const
{
    for (const Services::SnapshotInfo &info : m_overview.snapshots)
        if (info.id == m_overview.snapshot)
            return info;
    return {};
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString code = classOf(index.row());
    const Services::SnapshotClass row = classIn(m_overview, code);
    const QLocale locale;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Class ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1: %Ln line(s), %2 units apart — %3", nullptr, int(row.lines))
            .arg(DashboardWords::snapshotClass(code), locale.toString(row.units),
                 DashboardWords::snapshotClassMeaning(code));
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
        return role == RawValueRole ? QVariant(index.row()) : QVariant(DashboardWords::snapshotClass(code));
    case Lines:
        return text ? QVariant(locale.toString(row.lines)) : QVariant(row.lines);
    case Units:
        return text ? QVariant(locale.toString(row.units)) : QVariant(row.units);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Class:
        return tr("Class");
    case Lines:
        return tr("Lines");
    case Units:
        return tr("Units apart");
    case ColumnCount:
        break;
    }
    return {};
}

Services::LinesRequest SnapshotModel::linesFor(int row) const
{
    Services::LinesRequest request;
    request.kind = Services::LinesRequest::Kind::SnapshotLines;
    request.filter = filter();
    request.snapshot = m_overview.snapshot;
    if (row >= 0 && row < ClassCount)
        request.code = classOf(row);
    return request;
}

void SnapshotModel::setSnapshot(qint64 snapshot)
{
    m_wanted = snapshot;
    reload();
}

ReadJob SnapshotModel::job() const
{
    return [filter = filter(), wanted = m_wanted](Services::Session &session) -> Services::Result<QVariant> {
        auto overview = Services::DashboardReader(session).snapshots(filter, wanted);
        if (!overview)
            return overview.error();
        return QVariant::fromValue(overview.value());
    };
}

void SnapshotModel::apply(const QVariant &value)
{
    beginResetModel();
    m_overview = value.value<Services::SnapshotOverview>();
    endResetModel();
}

} // namespace Stockroom::Models
