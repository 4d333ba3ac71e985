#include "sheetentrymodel.h"

#include "countsheetpdf.h"

#include <QBrush>
#include <QColor>
#include <QUuid>

namespace Stockroom::Ui {

namespace {

constexpr qint64 kMaxCount = 100000000; // what api.count_record takes

QString newKey()
{
    return QStringLiteral("sheet-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SheetEntryModel::SheetEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SheetEntryModel::setSheet(const QJsonObject &sheet)
{
    beginResetModel();
    m_session = sheet.value(QStringLiteral("session")).toInteger();
    m_rows.clear();
    for (const CountSheetRow &line : CountSheet::rowsOf(sheet))
        m_rows.append({line.number, line.sku, line.name, line.position, {}, {}, State::Empty, {}});
    endResetModel();
}

QList<int> SheetEntryModel::toRecord() const
{
    QList<int> out;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).state == State::Typed || m_rows.at(i).state == State::Failed)
            out << i;
    }
    return out;
}

void SheetEntryModel::markRecorded(int index)
{
    m_rows[index].state = State::Recorded;
    m_rows[index].message.clear();
    rowChanged(index);
}

void SheetEntryModel::markFailed(int index, const QString &message)
{
    m_rows[index].state = State::Failed;
    m_rows[index].message = message;
    rowChanged(index);
}

void SheetEntryModel::rowChanged(int index)
{
    emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::EditRole, Qt::ForegroundRole, Qt::ToolTipRole, RawValueRole});
}

int SheetEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SheetEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case Number:
            return row.number;
        case Counted:
            return row.counted.isEmpty() ? QVariant() : QVariant(row.counted.toLongLong());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Number:
            return row.number;
        case Sku:
            return row.sku;
        case Name:
            return row.name;
        case Counted:
            return row.counted;
        case Status:
            switch (row.state) {
            case State::Empty:
                return QString();
            case State::Typed:
                return tr("To record");
            case State::Recorded:
                return tr("Recorded");
            case State::Failed:
                return tr("Not recorded: %1").arg(row.message);
            }
            break;
        default:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Counted))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && row.state == State::Failed)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole && row.state == State::Failed)
        return row.message;
    return {};
}

bool SheetEntryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Counted)
        return false;
    Row &row = m_rows[index.row()];
    if (row.state == State::Recorded)
        return false;
    const QString text = value.toString().trimmed();
    bool ok = false;
    const qint64 counted = text.toLongLong(&ok);
    if (!text.isEmpty() && (!ok || counted < 0 || counted > kMaxCount))
        return false;
    const QString normalized = text.isEmpty() ? QString() : QString::number(counted);
    if (normalized == row.counted)
        return true;
    row.counted = normalized;
    row.key = normalized.isEmpty() ? QString() : newKey(); // a new count is a new observation
    row.state = normalized.isEmpty() ? State::Empty : State::Typed;
    row.message.clear();
    rowChanged(index.row());
    return true;
}

Qt::ItemFlags SheetEntryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Counted && m_rows.at(index.row()).state != State::Recorded)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SheetEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Counted:
        return tr("Counted");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Stockroom::Ui
