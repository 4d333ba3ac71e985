#pragma once

#include "dashboardmodel.h"

#include <array>

namespace Stockroom::Models {

// Open discrepancies by age as of now (api.open_discrepancies): five rows, one per age bucket (under a day, 1–3,
// 3–7, 7–30, over 30 days), with how many of each kind are open — the stacked bars' sets are the kind columns.
class DiscrepancyModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyModel)

public:
    enum Column
    {
        Age,
        SnapshotVariances, // the first kind: the chart's first bar set
        DriftFindings,
        CountsPending, // the last kind
        Total,
        Units, // absolute units of every kind
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int BucketCount = 5;

    explicit DiscrepancyModel(ReadThread *reads, QObject *parent = nullptr);
    ~DiscrepancyModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;
    // One kind's items in one bucket (column: a kind column).
    Services::LinesRequest linesFor(int row, int column) const;

    // The API's code of a kind column ("drift").
    static QString kindOf(int column);
    qint64 open() const;
    // Open for a week or more.
    qint64 olderThanAWeek() const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return m_loaded ? BucketCount : 0; }

private:
    struct Bucket
    {
        std::array<qint64, 3> items{};
        qint64 total = 0;
        qint64 units = 0;
    };
    std::array<Bucket, BucketCount> m_buckets{};
    bool m_loaded = false;
};

} // namespace Stockroom::Models
