#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// Count coverage as of now (api.count_coverage): per ABC class, the stock rows and those counted within the class's
// interval (365 / counts per year days, api.count_policy).
class CoverageModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)

public:
    enum Column
    {
        Class, // "A · 30 days"
        Interval,
        Rows,
        Counted,
        Overdue,
        Share, // percent counted within the interval
        ColumnCount
    };
    Q_ENUM(Column)

    explicit CoverageModel(ReadThread *reads, QObject *parent = nullptr);
    ~CoverageModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    const Services::CoverageClass &classAt(int row) const { return m_rows.at(row); }
    qint64 rowsTotal() const { return m_rowsTotal; }
    qint64 countedTotal() const { return m_countedTotal; }
    // The class's label on the chart: "A · 30 days".
    QString label(int row) const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return int(m_rows.size()); }

private:
    QList<Services::CoverageClass> m_rows;
    qint64 m_rowsTotal = 0;
    qint64 m_countedTotal = 0;
};

} // namespace Stockroom::Models
