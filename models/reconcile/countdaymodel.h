#pragma once

#include "dashboardmodel.h"

#include <QHash>

namespace Stockroom::Models {

// Counts per day (api.counts_per_day), the calendar heat map's cells: one row per day with counts, in day order.
class CountDayModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountDayModel)

public:
    enum Column
    {
        Day, // a QDate
        Observations,
        Skus,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CountDayModel(ReadThread *reads, QObject *parent = nullptr);
    ~CountDayModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    // The row of a day, or -1 when nothing was counted on it.
    int rowOf(QDate day) const { return m_index.value(day, -1); }
    const Services::CountDay &dayAt(int row) const { return m_rows.at(row); }
    qint64 observations() const { return m_observations; }
    qint64 busiest() const { return m_busiest; }
    // The lines of one day (counted on it or not).
    Services::LinesRequest linesOn(QDate day) const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Services::CountDay> m_rows;
    QHash<QDate, int> m_index;
    qint64 m_observations = 0;
    qint64 m_busiest = 0;
};

} // namespace Stockroom::Models
