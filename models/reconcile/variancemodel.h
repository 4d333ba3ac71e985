#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// Variance by reason as a Pareto chart's rows: adjustments and count variances of on-hand stock
// (api.dashboard_movements where variance), one row per reason, largest first in the measure shown (units moved
// either way, or their value at unit cost), with the running share of the whole.
class VarianceModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VarianceModel)

public:
    enum Column
    {
        Rank, // 1 for the largest: the cumulative line's x
        Reason,
        Movements,
        Units,      // moved either way
        NetUnits,   // found minus lost
        Value,      // units at unit cost (SKUs without one count nothing)
        Cumulative, // percent of the whole up to this row, in the measure shown
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Measure
    {
        Units,
        Value,
    };
    Q_ENUM(Measure)

    explicit VarianceModel(ReadThread *reads, QObject *parent = nullptr);
    ~VarianceModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    // Sorts again by the measure (a model reset).
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    // The column the bars show.
    Column measureColumn() const { return m_measure == Measure::Units ? Units : Value; }

    const Services::ReasonVariance &reasonAt(int row) const { return m_rows.at(row); }
    qint64 movements() const { return m_movements; }
    qint64 units() const { return m_units; }
    double value() const { return m_value; }
    // Movements of SKUs without a unit cost, which the value leaves out.
    qint64 unpriced() const { return m_unpriced; }

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_rows.size()); }

private:
    void sortRows();
    double measureOf(const Services::ReasonVariance &row) const;

    QList<Services::ReasonVariance> m_rows;
    QList<double> m_cumulative;
    Measure m_measure = Measure::Units;
    qint64 m_movements = 0;
    qint64 m_units = 0;
    double m_value = 0;
    qint64 m_unpriced = 0;
};

} // namespace Stockroom::Models
