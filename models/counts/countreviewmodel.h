#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Stockroom::Models {

// The lines of one count session as a supervisor reviews them (api.count_review's "lines"): expected at count
// time, counted, variance in units and value, tolerance, state, recount, double count, who counted, and a
// warning where approving would leave less on hand than is reserved. "Outside tolerance only" keeps the lines
// that need a look.
class CountReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountReviewModel)

public:
    enum Column
    {
        Sku,
        Name,
        Class,
        Expected,
        Counted,
        Variance,
        Value,
        Tolerance,
        State,
        Warning,
        Recount,
        DoubleCount,
        Counters,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers
        SkuRole,
        LineStateRole,
        WithinToleranceRole,
        ShortOfReservedRole,
    };

    explicit CountReviewModel(QObject *parent = nullptr);
    ~CountReviewModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QJsonArray &lines);
    void setOutsideToleranceOnly(bool only);
    bool outsideToleranceOnly() const { return m_outsideOnly; }
    const QJsonObject &lineAt(int row) const { return m_shown.at(row); }
    // Every line, shown or not.
    const QList<QJsonObject> &allLines() const { return m_all; }

private:
    void refilter();

    QList<QJsonObject> m_all;
    QList<QJsonObject> m_shown;
    bool m_outsideOnly = false;
};

} // namespace Stockroom::Models
