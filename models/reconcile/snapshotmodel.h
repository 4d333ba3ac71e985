#pragma once

#include "dashboardmodel.h"

namespace Stockroom::Models {

// The snapshot reconciliation summary (api.snapshot_summary, api.snapshot_lines): for one outside snapshot (the
// newest unless one is chosen), its lines per class — matched, timing, unknown, bucket difference, true variance —
// within the location filters. One row per class, always in that order, so the bars keep their places.
class SnapshotModel final : public DashboardModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotModel)

public:
    enum Column
    {
        Class,
        Lines,
        Units, // absolute differences
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SnapshotModel(ReadThread *reads, QObject *parent = nullptr);
    ~SnapshotModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Services::LinesRequest linesFor(int row) const override;

    // 0: the newest. Reads again.
    void setSnapshot(qint64 snapshot);
    // The snapshot shown (0: none imported yet).
    qint64 snapshot() const { return m_overview.snapshot; }
    const QList<Services::SnapshotInfo> &snapshots() const { return m_overview.snapshots; }
    // The shown snapshot's summary (id 0 when there is none).
    Services::SnapshotInfo current() const;
    static QString classOf(int row);
    qint64 lines() const;
    qint64 linesOf(const QString &snapshotClass) const;

protected:
    ReadJob job() const override;
    void apply(const QVariant &value) override;
    int rows() const override { return m_overview.snapshot == 0 ? 0 : ClassCount; }

private:
    static constexpr int ClassCount = 5;

    Services::SnapshotOverview m_overview;
    qint64 m_wanted = 0;
};

} // namespace Stockroom::Models
