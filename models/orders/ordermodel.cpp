#include "ordermodel.h"

#include "orderwords.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

#include <orders/orderservice.h>
#include <readworker.h>

namespace Stockroom::Models {

namespace {

QDateTime timeOf(const QJsonObject &row, const char *key)
{
    return QDateTime::fromString(row.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

bool sameOrders(const QList<QJsonObject> &a, const QList<QJsonObject> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i).value(u"id") != b.at(i).value(u"id"))
            return false;
    return true;
}

qint64 secondsSince(const QDateTime &since)
{
    return since.isValid() ? since.secsTo(QDateTime::currentDateTimeUtc()) : 0;
}

} // namespace

OrderModel::OrderModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::jobDone, this, &OrderModel::onLoaded);
    connect(reads->worker(), &ReadWorker::failed, this, [this](quint64 requestId, const QString &message, bool lost) {
        if (requestId != 0 && requestId == m_pending) {
            m_pending = 0;
            Q_EMIT loadFailed(message, lost);
        }
    });
}

OrderModel::~OrderModel() = default;

int OrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    const bool stuck = row.value(u"stuck").toBool();
    switch (role) {
    case RefRole:
        return row.value(u"ref").toString();
    case ChannelRole:
        return row.value(u"channel").toString();
    case StuckRole:
        return stuck;
    case Qt::TextAlignmentRole:
        if (index.column() == Lines || index.column() == Units || index.column() == Shipments)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (stuck && (index.column() == State || index.column() == InState))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::ToolTipRole:
        if (stuck && (index.column() == State || index.column() == InState))
            return tr("Stuck: longer in this state than its time limit");
        if (index.column() == Destination && row.value(u"pickup").toBool())
            return tr("Picked up at %1").arg(row.value(u"destination").toString());
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case Ref:
        return row.value(u"ref").toString();
    case Channel:
        return raw ? row.value(u"channel").toString() : OrderWords::channel(row.value(u"channel").toString());
    case State: {
        const QString state = row.value(u"state").toString();
        if (raw)
            return state;
        return stuck ? tr("%1 (stuck)").arg(OrderWords::state(state)) : OrderWords::state(state);
    }
    case InState: {
        const QDateTime since = timeOf(row, "state_since");
        return raw ? QVariant(since) : QVariant(OrderWords::duration(secondsSince(since)));
    }
    case Lines:
        return row.value(u"lines").toInteger();
    case Units:
        return row.value(u"units").toInteger();
    case Shipments: {
        const qint64 shipped = row.value(u"shipped").toInteger();
        const qint64 total = row.value(u"fulfillments").toInteger();
        if (raw)
            return total * 1000 + shipped;
        return total == 0 ? QString() : tr("%1 of %2").arg(shipped).arg(total);
    }
    case Destination: {
        const QString destination = row.value(u"destination").toString();
        return raw || !row.value(u"pickup").toBool() ? destination : tr("Pickup: %1").arg(destination);
    }
    case Age: {
        const QDateTime created = timeOf(row, "created_at");
        return raw ? QVariant(created) : QVariant(OrderWords::duration(secondsSince(created)));
    }
    case CreatedBy:
        return row.value(u"created_by").toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Ref:
        return tr("Order");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State");
    case InState:
        return tr("In state for");
    case Lines:
        return tr("Lines");
    case Units:
        return tr("Units");
    case Shipments:
        return tr("Shipped");
    case Destination:
        return tr("Destination");
    case Age:
        return tr("Age");
    case CreatedBy:
        return tr("Created by");
    case ColumnCount:
        break;
    }
    return {};
}

bool OrderModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_pending == 0;
}

void OrderModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_appending = true;
    request(m_rows.constLast().value(u"id").toInteger());
}

void OrderModel::setFilter(const Services::OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void OrderModel::reload()
{
    m_appending = false;
    request(0);
}

void OrderModel::request(qint64 beforeId)
{
    Services::OrderFilter filter = m_filter;
    filter.beforeId = beforeId;
    // A reload keeps as many rows as are on screen, so that live updates do not shrink a scrolled list.
    filter.limit = beforeId == 0 ? int(qMax<qsizetype>(PageSize, m_rows.size())) : PageSize;
    m_pending = m_reads->requestJob([filter](Services::Session &session) -> Services::Result<QVariant> {
        auto rows = Services::OrderService(session).list(filter);
        if (!rows)
            return rows.error();
        return QVariant::fromValue(QVariantList{QVariant(rows.value()), QVariant(filter.limit)});
    });
}

void OrderModel::onLoaded(quint64 requestId, const QVariant &value)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    const QVariantList answer = value.toList();
    const QJsonArray rows = answer.value(0).toJsonArray();
    const int limit = answer.value(1).toInt();
    QList<QJsonObject> page;
    page.reserve(rows.size());
    for (const QJsonValue &row : rows)
        page.append(row.toObject());
    m_more = page.size() >= limit;
    if (m_appending) {
        m_appending = false;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
        }
    } else if (sameOrders(page, m_rows) && !m_rows.isEmpty()) {
        // A live update of the same orders: the selection and the scroll position stay.
        m_rows = std::move(page);
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(page);
        endResetModel();
    }
    Q_EMIT loaded();
}

} // namespace Stockroom::Models
