#include "countsessionmodel.h"

#include "countwords.h"

#include <QLocale>

#include <counts/countservice.h>
#include <readworker.h>

namespace Stockroom::Models {

CountSessionModel::CountSessionModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::jobDone, this, &CountSessionModel::onLoaded);
    connect(reads->worker(), &ReadWorker::failed, this, [this](quint64 requestId, const QString &message, bool lost) {
        if (requestId != 0 && requestId == m_pending) {
            m_pending = 0;
            Q_EMIT loadFailed(message, lost);
        }
    });
}

CountSessionModel::~CountSessionModel() = default;

int CountSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CountSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Services::CountSessionInfo &row = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Id || (index.column() >= Pending && index.column() <= Rejected))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return row.blind ? tr("Blind: counters are not shown what the ledger expects")
                             : tr("Open: counters see what the ledger expects");
        if (index.column() == Note)
            return row.note;
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case Id:
        return row.id;
    case Location:
        return row.location;
    case State:
        return raw ? row.state : CountWords::sessionState(row.state);
    case Kind:
        return CountWords::kind(row.blind, row.fullCount);
    case Progress:
        if (raw)
            return row.lines == 0 ? 0.0 : double(row.counted) / double(row.lines);
        return tr("%1 of %2").arg(locale.toString(row.counted), locale.toString(row.lines));
    case Pending:
        return row.pending;
    case Recount:
        return row.recount;
    case Approved:
        return row.approved;
    case Rejected:
        return row.rejected;
    case Assignees:
        return row.assignees.isEmpty() ? (raw ? QString() : tr("Anyone")) : row.assignees.join(QStringLiteral(", "));
    case CreatedBy:
        return row.createdBy;
    case Created:
        return raw ? QVariant(row.createdAt)
                   : QVariant(locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Note:
        return row.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CountSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("Session");
    case Location:
        return tr("Location");
    case State:
        return tr("State");
    case Kind:
        return tr("Kind");
    case Progress:
        return tr("Counted");
    case Pending:
        return tr("To approve");
    case Recount:
        return tr("Recount");
    case Approved:
        return tr("Approved");
    case Rejected:
        return tr("Rejected");
    case Assignees:
        return tr("Assigned to");
    case CreatedBy:
        return tr("Created by");
    case Created:
        return tr("Created");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

void CountSessionModel::setFilter(const Services::CountSessionFilter &filter)
{
    m_filter = filter;
    reload();
}

void CountSessionModel::reload()
{
    const Services::CountSessionFilter filter = m_filter;
    m_pending = m_reads->requestJob([filter](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::CountService(session).sessions(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(rows.value());
    });
}

int CountSessionModel::rowOf(qint64 session) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == session)
            return int(row);
    return -1;
}

void CountSessionModel::onLoaded(quint64 requestId, const QVariant &value)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    auto rows = value.value<QList<Services::CountSessionInfo>>();
    bool same = rows.size() == m_rows.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = rows.at(i).id == m_rows.at(i).id;
    if (same && !rows.isEmpty()) {
        // The same sessions with new numbers: the selection stays.
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT loaded();
}

} // namespace Stockroom::Models
