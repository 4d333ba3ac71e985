#pragma once

#include "chartcard.h"

class QBarCategoryAxis;
class QBarSeries;
class QVBarModelMapper;

namespace Stockroom::Models {
class CoverageModel;
}

namespace Stockroom::Ui {

// Count coverage as of now: per ABC class, the share of stock rows counted within the class's interval
// (QVBarModelMapper on the share). Clicking a bar opens the class's stock rows, those overdue first.
class CoverageCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageCard)

public:
    explicit CoverageCard(Models::CoverageModel *model, QWidget *parent = nullptr);
    ~CoverageCard() override;

    QBarSeries *bars() const { return m_bars; }

protected:
    QString refresh() override;

private:
    Models::CoverageModel *m_coverage;
    QChart *m_chart;
    QBarSeries *m_bars;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_classes;
    QValueAxis *m_share;
};

} // namespace Stockroom::Ui
