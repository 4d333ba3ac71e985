#include "countreviewmodel.h"

#include "countwords.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

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

// "+3", "−2", "0": a variance reads as a change.
QString signedNumber(qint64 value)
{
    const QString digits = QLocale().toString(qAbs(value));
    return value > 0 ? u'+' + digits : value < 0 ? QStringLiteral("−") + digits : digits;
}

// A line outside tolerance: submitted and judged so (not yet judged lines count as inside).
bool outside(const QJsonObject &line)
{
    return line.value(u"within_tolerance").isBool() && !line.value(u"within_tolerance").toBool();
}

} // namespace

CountReviewModel::CountReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CountReviewModel::~CountReviewModel() = default;

int CountReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CountReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &line = m_shown.at(index.row());
    const bool short_ = line.value(u"short_of_reserved").toBool();
    const QString state = line.value(u"state").toString();
    switch (role) {
    case SkuRole:
        return line.value(u"sku").toString();
    case LineStateRole:
        return state;
    case WithinToleranceRole:
        return !outside(line);
    case ShortOfReservedRole:
        return short_;
    case Qt::TextAlignmentRole:
        if (index.column() >= Expected && index.column() <= Tolerance)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Class || index.column() == DoubleCount)
            return QVariant(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Variance || index.column() == Value) && outside(line))
            return QBrush(QColor(0xb0, 0x2a, 0x1e));
        if (index.column() == Warning && short_)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Tolerance)
            return outside(line) ? tr("Outside tolerance: the variance is more than this many units, or worth more "
                                      "than the class allows")
                                 : tr("Within tolerance for class %1").arg(line.value(u"abc_class").toString());
        if (index.column() == Warning && short_)
            return tr("Approving leaves %1 on hand while %2 are reserved: approve with “release holds”, or recount.")
                .arg(QLocale().toString(integer(line, "on_hand_now") + integer(line, "variance")),
                     QLocale().toString(integer(line, "reserved_now")));
        if (index.column() == State && !line.value(u"decision_reason").toString().isEmpty())
            return tr("%1 by %2: %3")
                .arg(CountWords::lineState(state), line.value(u"decided_by").toString(),
                     line.value(u"decision_reason").toString());
        if (index.column() == DoubleCount && line.value(u"double_count").toBool())
            return tr("Two counters counted this SKU in the same area: the units may have been counted twice");
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
    case Sku:
        return line.value(u"sku").toString();
    case Name:
        return line.value(u"name").toString();
    case Class:
        return line.value(u"abc_class").toString();
    case Expected:
        if (!isNumber(line, "expected_at_count"))
            return QVariant();
        return raw ? QVariant(integer(line, "expected_at_count"))
                   : QVariant(locale.toString(integer(line, "expected_at_count")));
    case Counted:
        if (!isNumber(line, "counted"))
            return raw ? QVariant(-1) : QVariant(tr("not counted"));
        return raw ? QVariant(integer(line, "counted")) : QVariant(locale.toString(integer(line, "counted")));
    case Variance:
        if (!isNumber(line, "variance"))
            return QVariant();
        return raw ? QVariant(integer(line, "variance")) : QVariant(signedNumber(integer(line, "variance")));
    case Value: {
        if (!isNumber(line, "variance_value"))
            return QVariant();
        const double value = line.value(u"variance_value").toDouble();
        if (raw)
            return value;
        const QString amount = locale.toString(qAbs(value), 'f', 2);
        return value > 0 ? u'+' + amount : value < 0 ? QStringLiteral("−") + amount : amount;
    }
    case Tolerance:
        if (!isNumber(line, "tolerance_units"))
            return QVariant();
        if (raw)
            return integer(line, "tolerance_units");
        return (outside(line) ? tr("outside ±%1") : tr("±%1")).arg(locale.toString(integer(line, "tolerance_units")));
    case State:
        return raw ? state : CountWords::lineState(state);
    case Recount: {
        if (!line.value(u"recounted").toBool())
            return state == u"recount" ? tr("waiting") : QString();
        const QString first = locale.toString(integer(line, "first_counted"));
        return line.value(u"confirmed").toBool() ? tr("confirmed (was %1)").arg(first)
                                                 : tr("differs (was %1)").arg(first);
    }
    case DoubleCount:
        return line.value(u"double_count").toBool() ? tr("possible") : QString();
    case Counters: {
        QStringList names;
        for (const QJsonValue &name : line.value(u"counters").toArray())
            names << name.toString();
        return names.join(QStringLiteral(", "));
    }
    case Warning:
        return short_ ? tr("Short of reserved (%1 held)").arg(locale.toString(integer(line, "reserved_now")))
                      : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CountReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == Expected)
            return tr("What the ledger held when the SKU was counted (at the count's pinned position)");
        if (section == Value)
            return tr("The variance times the unit cost");
        if (section == DoubleCount)
            return tr("Two counters counted the SKU in the same area: the units may have been counted twice");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Class:
        return tr("Class");
    case Expected:
        return tr("Expected");
    case Counted:
        return tr("Counted");
    case Variance:
        return tr("Variance");
    case Value:
        return tr("Value");
    case Tolerance:
        return tr("Tolerance");
    case State:
        return tr("State");
    case Recount:
        return tr("Recount");
    case DoubleCount:
        return tr("Double?");
    case Counters:
        return tr("Counted by");
    case Warning:
        return tr("Warning");
    case ColumnCount:
        break;
    }
    return {};
}

void CountReviewModel::setLines(const QJsonArray &lines)
{
    m_all.clear();
    m_all.reserve(lines.size());
    for (const QJsonValue &line : lines)
        m_all.append(line.toObject());
    refilter();
}

void CountReviewModel::setOutsideToleranceOnly(bool only)
{
    if (only == m_outsideOnly)
        return;
    m_outsideOnly = only;
    refilter();
}

void CountReviewModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const QJsonObject &line : std::as_const(m_all))
        if (!m_outsideOnly || outside(line))
            m_shown.append(line);
    endResetModel();
}

} // namespace Stockroom::Models
