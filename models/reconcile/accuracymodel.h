#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// Inventory record accuracy over time (api.count_accuracy): per period and ABC class, the counted lines decided and
// those within tolerance. Rows come in blocks, one per series of the chart: every class together first, then class
// A, B and C, each in period order (block()).
class AccuracyModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccuracyModel)

public:
    enum Column
    {
        Class,
        Period,   // the period's first day (a QDate in Qt::DisplayRole, for the chart's x)
        Counted,  // lines
        Within,   // lines within tolerance
        Accuracy, // percent, one decimal
        ColumnCount
    };
    Q_ENUM(Column)

    // A class's rows: abcClass empty for every class together.
    struct Block
    {
        QString abcClass;
        int first = 0;
        int count = 0;
    };

    explicit AccuracyModel(ReadThread *reads, QObject *parent = nullptr);
    ~AccuracyModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    const QList<Block> &blocks() const { return m_blocks; }
    const Services::AccuracyPoint &pointAt(int row) const { return m_rows.at(row); }
    // Over the whole range: lines counted and within tolerance (every class, or the one filtered).
    qint64 counted() const { return m_counted; }
    qint64 within() const { return m_within; }
    // Percent, or -1 without counted lines.
    double accuracy() const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Services::AccuracyPoint> m_rows;
    QList<Block> m_blocks;
    qint64 m_counted = 0;
    qint64 m_within = 0;
};

} // namespace Stockroom::Models
