#include "calendarcard.h"

#include "calendarheatmap.h"

#include <QLocale>

#include <reconcile/countdaymodel.h>

namespace Stockroom::Ui {

CalendarCard::CalendarCard(Models::CountDayModel *model, QWidget *parent)
    : ChartCard(tr("Counts per day"), model, parent)
    , m_days(model)
    , m_map(new CalendarHeatMap(model, this))
{
    setObjectName(QStringLiteral("calendarCard"));
    setContent(m_map);
    connect(m_map, &CalendarHeatMap::dayActivated, this,
            [this](QDate day) { Q_EMIT linesRequested(m_days->rowOf(day), m_days->linesOn(day)); });
}

CalendarCard::~CalendarCard() = default;

QString CalendarCard::refresh()
{
    m_map->update();
    const QLocale locale;
    if (m_days->rowCount() == 0) {
        setHeadline({});
        return tr("No counts were recorded %1.").arg(filterWords());
    }
    int busiest = 0;
    for (int row = 1; row < m_days->rowCount(); ++row)
        if (m_days->dayAt(row).observations > m_days->dayAt(busiest).observations)
            busiest = row;
    const qint64 days = m_days->filter().from.daysTo(m_days->filter().to) + 1;
    setHeadline(tr("%1 counts on %2 of %Ln day(s); the busiest, %3, had %4", nullptr, int(days))
                    .arg(locale.toString(m_days->observations()), locale.toString(m_days->rowCount()),
                         locale.toString(m_days->dayAt(busiest).day, QLocale::ShortFormat),
                         locale.toString(m_days->dayAt(busiest).observations)));
    return {};
}

} // namespace Stockroom::Ui
