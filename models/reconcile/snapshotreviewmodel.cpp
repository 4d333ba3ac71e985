#include "snapshotreviewmodel.h"

#include "dashboardwords.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace Stockroom::Models {

namespace {

bool isNumber(const QJsonObject &line, const char *key)
{
    return line.value(QLatin1String(key)).isDouble();
}

qint64 integer(const QJsonObject &line, const char *key)
{
    return line.value(QLatin1String(key)).toInteger();
}

// "+3", "−2", "0": a difference reads as a change.
QString signedNumber(qint64 value)
{
    const QString digits = QLocale().toString(qAbs(value));
    return value > 0 ? u'+' + digits : value < 0 ? QStringLiteral("−") + digits : digits;
}

bool inFile(const QJsonObject &line)
{
    return isNumber(line, "line");
}

} // namespace

SnapshotReviewModel::SnapshotReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SnapshotReviewModel::~SnapshotReviewModel() = default;

QString SnapshotReviewModel::keyOf(const QJsonObject &line)
{
    return line.value(u"sku").toString() + u'@' + line.value(u"location").toString();
}

bool SnapshotReviewModel::isProposed(const QJsonObject &line)
{
    return line.value(u"state").toString() == u"proposed";
}

bool SnapshotReviewModel::matches(const QJsonObject &line, Filter filter)
{
    const QString cls = line.value(u"class").toString();
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Variance:
        return cls == u"variance";
    case Filter::Proposed:
        return isProposed(line);
    case Filter::Timing:
        return cls == u"timing";
    case Filter::Unknown:
        return cls == u"unknown";
    case Filter::Bucket:
        return cls == u"bucket";
    case Filter::NotInFile:
        return !inFile(line);
    }
    return true;
}

int SnapshotReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SnapshotReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SnapshotReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Approve && isProposed(m_shown.at(index.row())))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SnapshotReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &line = m_shown.at(index.row());
    const QString cls = line.value(u"class").toString();
    const QString state = line.value(u"state").toString();
    const QLocale locale;
    switch (role) {
    case LineKeyRole:
        return keyOf(line);
    case ClassRole:
        return cls;
    case LineStateRole:
        return state;
    case ProposedRole:
        return integer(line, "proposed");
    case Qt::CheckStateRole:
        if (index.column() != Approve || !isProposed(line))
            return {};
        return m_checked.contains(keyOf(line)) ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        if (index.column() == Line || (index.column() >= Book && index.column() <= Proposed))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Difference && integer(line, "difference") < 0)
            return QBrush(QColor(0xb0, 0x2a, 0x1e));
        if (index.column() == State && state == u"approved")
            return QBrush(QColor(0x1e, 0x6b, 0x34));
        if (index.column() == Line && !inFile(line))
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case Qt::FontRole:
        if (index.column() == State && state == u"proposed") {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Approve:
            return isProposed(line) ? tr("Check to approve this adjustment (Space checks the selected lines)")
                                    : QVariant();
        case Line:
            return inFile(line) ? tr("Line %1 of the file (the header is line 1)").arg(integer(line, "line"))
                                : tr("Not in the file: the ledger had this stock at one of the file's locations");
        case Class:
            return DashboardWords::snapshotClassMeaning(cls);
        case Book:
            return tr("What the ledger held at the snapshot's time, in the line's bucket");
        case Proposed:
            if (isNumber(line, "proposed"))
                return tr("Conflict policy: %1").arg(DashboardWords::snapshotState(line.value(u"policy").toString()));
            return {};
        case State:
            if (state == u"kept")
                return tr("The policy (%1) keeps the ledger's quantity: nothing is posted")
                    .arg(DashboardWords::snapshotState(line.value(u"policy").toString()));
            if (state == u"approved" && isNumber(line, "movement"))
                return tr("Posted as movement %1").arg(locale.toString(integer(line, "movement")));
            return {};
        default:
            return {};
        }
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }
    const bool raw = role == RawValueRole;
    auto number = [&](const char *key, bool withSign) -> QVariant {
        if (!isNumber(line, key))
            return raw ? QVariant(std::numeric_limits<qint64>::min()) : QVariant();
        const qint64 value = integer(line, key);
        if (raw)
            return value;
        return withSign ? signedNumber(value) : locale.toString(value);
    };
    switch (Column(index.column())) {
    case Approve:
        return raw ? QVariant(isProposed(line) && m_checked.contains(keyOf(line)) ? 1 : 0) : QVariant();
    case Line:
        if (!inFile(line))
            return raw ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(tr("not in file"));
        return number("line", false);
    case Sku:
        return line.value(u"sku").toString();
    case Location: {
        const QString location = line.value(u"location").toString();
        return line.value(u"bucket").toString() == u"damaged" ? tr("%1 (damaged)").arg(location) : location;
    }
    case Class:
        if (raw)
            return cls;
        return cls == u"unknown" ? tr("Unknown item") : DashboardWords::snapshotClass(cls);
    case Book:
        return number("book", false);
    case Theirs:
        return number("theirs", false);
    case Difference:
        return number("difference", true);
    case Proposed:
        return number("proposed", true);
    case State:
        return raw ? state : state.isEmpty() ? QString() : DashboardWords::snapshotState(state);
    case ColumnCount:
        break;
    }
    return {};
}

bool SnapshotReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Approve ||
        !isProposed(m_shown.at(index.row())))
        return false;
    setChecked({keyOf(m_shown.at(index.row()))}, value.toInt() == Qt::Checked);
    return true;
}

QVariant SnapshotReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Approve:
            return tr("Lines checked for approval");
        case Book:
            return tr("What the ledger held at the snapshot's time (the balance minus every movement after it)");
        case Theirs:
            return tr("The quantity in the file");
        case Difference:
            return tr("The file's quantity minus the ledger's at the snapshot's time");
        case Proposed:
            return tr("The adjustment the source's conflict policy proposes");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Approve:
        return tr("Approve");
    case Line:
        return tr("Line");
    case Sku:
        return tr("SKU");
    case Location:
        return tr("Location");
    case Class:
        return tr("Class");
    case Book:
        return tr("Book at cutoff");
    case Theirs:
        return tr("In the file");
    case Difference:
        return tr("Difference");
    case Proposed:
        return tr("Adjustment");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void SnapshotReviewModel::setLines(const QJsonArray &lines)
{
    beginResetModel();
    m_all.clear();
    m_all.reserve(lines.size());
    QSet<QString> proposed;
    for (const QJsonValue &line : lines) {
        m_all << line.toObject();
        if (isProposed(m_all.constLast()))
            proposed.insert(keyOf(m_all.constLast()));
    }
    const qsizetype checked = m_checked.size();
    m_checked.intersect(proposed);
    m_shown.clear();
    for (const QJsonObject &line : std::as_const(m_all))
        if (matches(line, m_filter))
            m_shown << line;
    endResetModel();
    if (checked != m_checked.size())
        Q_EMIT checkedChanged();
}

void SnapshotReviewModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

int SnapshotReviewModel::countOf(Filter filter) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [filter](const QJsonObject &line) { return matches(line, filter); }));
}

void SnapshotReviewModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const QJsonObject &line : std::as_const(m_all))
        if (matches(line, m_filter))
            m_shown << line;
    endResetModel();
}

QStringList SnapshotReviewModel::checkedKeys() const
{
    QStringList keys;
    for (const QJsonObject &line : m_all) {
        const QString key = keyOf(line);
        if (isProposed(line) && m_checked.contains(key) && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QList<QJsonObject> SnapshotReviewModel::checkedLines() const
{
    QList<QJsonObject> lines;
    for (const QJsonObject &line : m_all)
        if (isProposed(line) && m_checked.contains(keyOf(line)))
            lines << line;
    return lines;
}

void SnapshotReviewModel::setChecked(const QStringList &keys, bool checked)
{
    QSet<QString> proposed;
    for (const QJsonObject &line : std::as_const(m_all))
        if (isProposed(line))
            proposed.insert(keyOf(line));
    bool changed = false;
    for (const QString &key : keys) {
        if (!proposed.contains(key) || m_checked.contains(key) == checked)
            continue;
        if (checked)
            m_checked.insert(key);
        else
            m_checked.remove(key);
        changed = true;
    }
    if (!changed)
        return;
    // Two lines of one SKU and location (on hand and damaged) are approved together: both rows change.
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, Approve), index(int(m_shown.size()) - 1, Approve),
                           {Qt::CheckStateRole, RawValueRole});
    Q_EMIT checkedChanged();
}

void SnapshotReviewModel::clearChecked()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, Approve), index(int(m_shown.size()) - 1, Approve),
                           {Qt::CheckStateRole, RawValueRole});
    Q_EMIT checkedChanged();
}

} // namespace Stockroom::Models
