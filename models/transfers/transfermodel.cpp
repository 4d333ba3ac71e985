#include "transfermodel.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

#include <readworker.h>

namespace Stockroom::Models {

using Services::TransferInfo;

namespace {

// "3 d 4 h", "5 h 12 min", "12 min": how long a transfer has been under way.
QString ageText(const QDateTime &since)
{
    const qint64 minutes = qMax<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes >= 24 * 60)
        return TransferModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60);
    if (minutes >= 60)
        return TransferModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return TransferModel::tr("%1 min").arg(minutes);
}

} // namespace

TransferModel::TransferModel(ReadThread *reads, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reads(reads)
{
    connect(reads->worker(), &ReadWorker::transferListLoaded, this, &TransferModel::onLoaded);
    connect(reads->worker(), &ReadWorker::failed, this, [this](quint64 requestId, const QString &message, bool lost) {
        if (requestId != 0 && requestId == m_pending) {
            m_pending = 0;
            Q_EMIT loadFailed(message, lost);
        }
    });
}

TransferModel::~TransferModel() = default;

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferModel::stateText(const QString &state)
{
    if (state == u"in_transit")
        return tr("In transit");
    if (state == u"received")
        return tr("Received");
    if (state == u"cancelled")
        return tr("Cancelled");
    if (state == u"written_off")
        return tr("Written off");
    return state;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferInfo &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == TransferIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Id || (column >= Shipped && column <= InTransit);
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column >= Shipped && column <= InTransit) {
        const qint64 value = data(index, RawValueRole).toLongLong();
        return value == 0 ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    }
    if (role == Qt::ToolTipRole && column == Age)
        return QLocale().toString(row.shippedAt.toLocalTime(), QLocale::LongFormat);
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale locale;
    const auto number = [&](qint64 value) -> QVariant {
        return raw ? QVariant(value) : QVariant(locale.toString(value));
    };
    switch (column) {
    case Id:
        return raw ? QVariant(row.id) : QVariant(QString::number(row.id));
    case Sku:
        return row.sku;
    case Name:
        return row.skuName;
    case From:
        return row.from;
    case To:
        return row.to;
    case Shipped:
        return number(row.shipped);
    case Received:
        return number(row.received);
    case WrittenOff:
        return number(row.writtenOff);
    case InTransit:
        return number(row.inTransit);
    case State:
        return raw ? row.state : stateText(row.state);
    case Age:
        return raw ? QVariant(row.shippedAt) : QVariant(ageText(row.shippedAt));
    case ShippedBy:
        return row.shippedBy;
    default:
        return {};
    }
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Transfer");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Shipped:
        return tr("Shipped");
    case Received:
        return tr("Received");
    case WrittenOff:
        return tr("Written off");
    case InTransit:
        return tr("In transit");
    case State:
        return tr("State");
    case Age:
        return tr("Age");
    case ShippedBy:
        return tr("Shipped by");
    default:
        return {};
    }
}

void TransferModel::setFilter(const QString &location, bool openOnly)
{
    m_location = location;
    m_openOnly = openOnly;
    reload();
}

void TransferModel::reload()
{
    m_pending = m_reads->requestTransferList(m_location, m_openOnly);
}

void TransferModel::onLoaded(quint64 requestId, const QList<TransferInfo> &rows)
{
    if (requestId != m_pending)
        return;
    m_pending = 0;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT loaded();
}

} // namespace Stockroom::Models
