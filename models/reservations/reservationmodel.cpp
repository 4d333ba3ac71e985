#include "reservationmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <readworker.h>

namespace Stockroom::Models {

using Services::ReservationInfo;

ReservationModel::ReservationModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
    , m_ticker(new QTimer(this))
{
    connect(reads->worker(), &ReadWorker::reservationsLoaded, this, &ReservationModel::onLoaded);
    connect(reads->worker(), &ReadWorker::failed, this, [this](quint64 requestId, const QString &message, bool lost) {
        if (requestId != 0 && requestId == m_pending) {
            m_pending = 0;
            Q_EMIT loadFailed(message, lost);
        }
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ReservationModel::tick);
    m_ticker->start();
}

ReservationModel::~ReservationModel() = default;

int ReservationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReservationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReservationModel::timeLeftText(qint64 seconds)
{
    if (seconds < 0) {
        const qint64 ago = -seconds;
        if (ago < 60)
            return tr("Expired %Ln second(s) ago", nullptr, int(ago));
        if (ago < 3600)
            return tr("Expired %Ln minute(s) ago", nullptr, int(ago / 60));
        return tr("Expired %Ln hour(s) ago", nullptr, int(ago / 3600));
    }
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool ReservationModel::isExpired(const ReservationInfo &row) const
{
    const QDateTime ledgerNow = QDateTime::currentDateTimeUtc().addMSecs(m_clockSkewMs);
    return row.expired || row.expiresAt <= ledgerNow;
}

QVariant ReservationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReservationInfo &row = m_rows.at(index.row());
    const int column = index.column();
    // Whole seconds left, rounded down, so a hold is never shown with 0 s left once its time has passed.
    const qint64 leftMs = QDateTime::currentDateTimeUtc().addMSecs(m_clockSkewMs).msecsTo(row.expiresAt);
    const qint64 left = leftMs >= 0 && !row.expired ? leftMs / 1000 : -((qAbs(leftMs) + 999) / 1000);
    switch (role) {
    case ReservationIdRole:
        return row.id;
    case ExpiredRole:
        return isExpired(row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (column == Id || column == Quantity || column == TimeLeft ? Qt::AlignRight : Qt::AlignLeft) |
            Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == TimeLeft && isExpired(row))
            return QBrush(QColor(0xb0, 0x2a, 0x37));
        if (column == TimeLeft && left < 60)
            return QBrush(QColor(0x99, 0x5c, 0x00));
        return {};
    case Qt::ToolTipRole:
        if (column == TimeLeft)
            return isExpired(row)
                       ? tr("The hold's time has run out; the next sweep returns its stock.")
                       : tr("Expires %1").arg(QLocale().toString(row.expiresAt.toLocalTime(), QLocale::LongFormat));
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case Id:
        return raw ? QVariant(row.id) : QVariant(QString::number(row.id));
    case Sku:
        return row.sku;
    case Name:
        return row.skuName;
    case Location:
        return row.location;
    case Order:
        return row.orderRef;
    case Channel:
        return row.channel;
    case Quantity:
        return raw ? QVariant(row.quantity) : QVariant(QLocale().toString(row.quantity));
    case TimeLeft:
        return raw ? QVariant(left) : QVariant(timeLeftText(left));
    case Created:
        return raw ? QVariant(row.createdAt)
                   : QVariant(QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat));
    case CreatedBy:
        return row.createdBy;
    default:
        return {};
    }
}

QVariant ReservationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Hold");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Location:
        return tr("Location");
    case Order:
        return tr("Order");
    case Channel:
        return tr("Channel");
    case Quantity:
        return tr("Quantity");
    case TimeLeft:
        return tr("Time left");
    case Created:
        return tr("Created");
    case CreatedBy:
        return tr("Created by");
    default:
        return {};
    }
}

void ReservationModel::setFilter(const QString &location, bool expiredOnly)
{
    m_location = location;
    m_expiredOnly = expiredOnly;
    reload();
}

void ReservationModel::reload()
{
    m_pending = m_reads->requestReservations(m_location, m_expiredOnly);
}

void ReservationModel::onLoaded(quint64 requestId, const QList<ReservationInfo> &rows)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    // A hold the ledger calls expired whose expiry lies ahead by this clock: this clock runs behind.
    m_clockSkewMs = 0;
    for (const ReservationInfo &row : rows) {
        if (row.expired && row.expiresAt > QDateTime::currentDateTimeUtc())
            m_clockSkewMs = qMax(m_clockSkewMs, QDateTime::currentDateTimeUtc().msecsTo(row.expiresAt));
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT loaded();
}

void ReservationModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft),
                       {Qt::DisplayRole, RawValueRole, Qt::ForegroundRole, Qt::ToolTipRole, ExpiredRole});
}

} // namespace Stockroom::Models
