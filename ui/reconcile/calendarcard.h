#pragma once

#include "chartcard.h"

namespace Stockroom::Models {
class CountDayModel;
}

namespace Stockroom::Ui {

class CalendarHeatMap;

// Counts per day as a calendar heat map (Qt Charts has none: CalendarHeatMap draws it from the same model the
// drill-down shows). Clicking a day opens that day's counts.
class CalendarCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarCard)

public:
    explicit CalendarCard(Models::CountDayModel *model, QWidget *parent = nullptr);
    ~CalendarCard() override;

    // A year of weeks reads best wide: two columns of three.
    int span(int columns) const override { return columns >= 3 ? 2 : 1; }
    CalendarHeatMap *heatMap() const { return m_map; }

protected:
    QString refresh() override;

private:
    Models::CountDayModel *m_days;
    CalendarHeatMap *m_map;
};

} // namespace Stockroom::Ui
