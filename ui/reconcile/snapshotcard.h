#pragma once

#include "chartcard.h"

class QBarCategoryAxis;
class QComboBox;
class QHorizontalBarSeries;
class QVBarModelMapper;

namespace Stockroom::Models {
class SnapshotModel;
}

namespace Stockroom::Ui {

// The snapshot reconciliation summary: for the newest outside snapshot (or one chosen beside the title), its lines
// per class — matched, timing, unknown, bucket difference, true variance — as horizontal bars (QVBarModelMapper on
// the lines). Clicking a bar opens the snapshot's lines of that class.
class SnapshotCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCard)

public:
    explicit SnapshotCard(Models::SnapshotModel *model, QWidget *parent = nullptr);
    ~SnapshotCard() override;

    QComboBox *chooser() const { return m_chooser; }
    QHorizontalBarSeries *bars() const { return m_bars; }

protected:
    QString refresh() override;

private:
    Models::SnapshotModel *m_snapshot;
    QChart *m_chart;
    QHorizontalBarSeries *m_bars;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_classes;
    QValueAxis *m_lines;
    QComboBox *m_chooser;
};

} // namespace Stockroom::Ui
