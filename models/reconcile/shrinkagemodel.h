#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// Shrinkage over time (api.shrinkage): per period, units lost (lost, theft, expired, scrapped and counted short)
// as a share of units sold. Only periods with sales are rows (a share of nothing is no figure); the units lost in
// periods without sales are in lostWithoutSales().
class ShrinkageModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShrinkageModel)

public:
    enum Column
    {
        Period, // the period's first day (a QDate in Qt::DisplayRole, for the chart's x)
        Lost,
        Sold,
        Shrinkage, // percent of units sold, two decimals
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ShrinkageModel(ReadThread *reads, QObject *parent = nullptr);
    ~ShrinkageModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    const Services::ShrinkagePoint &pointAt(int row) const { return m_rows.at(row); }
    qint64 lost() const { return m_lost; }
    qint64 sold() const { return m_sold; }
    qint64 lostWithoutSales() const { return m_lostWithoutSales; }
    // Over the whole range (every unit lost, against every unit sold), percent; -1 without sales.
    double shrinkage() const;
    double highest() const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Services::ShrinkagePoint> m_rows;
    qint64 m_lost = 0;
    qint64 m_sold = 0;
    qint64 m_lostWithoutSales = 0;
};

} // namespace Stockroom::Models
