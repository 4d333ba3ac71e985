#pragma once

#include "chartcard.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QVBarModelMapper;

namespace Stockroom::Models {
class DiscrepancyModel;
}

namespace Stockroom::Ui {

// Open discrepancies by age as of now: a stacked bar per age bucket, one colour per kind (QVBarModelMapper on the
// model's kind columns). Clicking a segment opens the items of that kind and age.
class DiscrepancyCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyCard)

public:
    explicit DiscrepancyCard(Models::DiscrepancyModel *model, QWidget *parent = nullptr);
    ~DiscrepancyCard() override;

    QStackedBarSeries *bars() const { return m_bars; }

protected:
    QString refresh() override;

private:
    Models::DiscrepancyModel *m_discrepancies;
    QChart *m_chart;
    QStackedBarSeries *m_bars;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_ages;
    QValueAxis *m_items;
};

} // namespace Stockroom::Ui
