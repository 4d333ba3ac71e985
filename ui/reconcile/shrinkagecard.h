#pragma once

#include "chartcard.h"

class QLineSeries;
class QVXYModelMapper;

namespace Stockroom::Models {
class ShrinkageModel;
}

namespace Stockroom::Ui {

// Shrinkage over time: units lost as a share of units sold per period (QVXYModelMapper on the period and the share).
// Clicking a point opens the losses of that period.
class ShrinkageCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShrinkageCard)

public:
    explicit ShrinkageCard(Models::ShrinkageModel *model, QWidget *parent = nullptr);
    ~ShrinkageCard() override;

    QLineSeries *series() const { return m_line; }

protected:
    QString refresh() override;

private:
    int rowAt(qreal x) const;

    Models::ShrinkageModel *m_shrinkage;
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_line;
    QVXYModelMapper *m_mapper;
};

} // namespace Stockroom::Ui
