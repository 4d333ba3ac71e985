#pragma once

#include "chartcard.h"

class QBarCategoryAxis;
class QBarSeries;
class QLineSeries;
class QToolButton;
class QVBarModelMapper;
class QVXYModelMapper;

namespace Stockroom::Models {
class VarianceModel;
}

namespace Stockroom::Ui {

// Variance by reason as a Pareto chart: a bar per reason, largest first, in units moved or in value at unit cost
// (QVBarModelMapper on the measure's column), and the cumulative share as a line over them (QVXYModelMapper on the
// rank and the cumulative column). Clicking a bar opens that reason's movements.
class VarianceCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VarianceCard)

public:
    explicit VarianceCard(Models::VarianceModel *model, QWidget *parent = nullptr);
    ~VarianceCard() override;

    // The reasons' names need the room: two columns.
    int span(int columns) const override { return columns >= 2 ? 2 : 1; }
    QToolButton *unitsButton() const { return m_units; }
    QToolButton *valueButton() const { return m_value; }
    QBarSeries *bars() const { return m_bars; }

protected:
    QString refresh() override;
    void fitToSize() override;

private:
    void showMeasure();

    Models::VarianceModel *m_variance;
    QChart *m_chart;
    QBarSeries *m_bars;
    QVBarModelMapper *m_barMapper;
    QLineSeries *m_cumulative;
    QVXYModelMapper *m_lineMapper;
    QBarCategoryAxis *m_reasons;
    QValueAxis *m_amount;
    QValueAxis *m_rank;
    QValueAxis *m_percent;
    QToolButton *m_units;
    QToolButton *m_value;
};

} // namespace Stockroom::Ui
