#pragma once

#include <QDate>
#include <QWidget>

namespace Stockroom::Models {
class CountDayModel;
}

namespace Stockroom::Ui {

// Counts per day as a calendar: a column per week (from the locale's first weekday), a row per weekday, each day of
// the filter's range a cell coloured by how many counts were recorded on it (ChartPalette::heat, five steps with a
// legend of their ranges). It reads CountDayModel, the same rows the drill-down's table shows. Hovering a cell
// tells its figures; clicking it, or Enter on the day chosen with the arrow keys, asks for that day's counts.
class CalendarHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarHeatMap)

public:
    explicit CalendarHeatMap(Models::CountDayModel *model, QWidget *parent = nullptr);
    ~CalendarHeatMap() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The colour step (0 for none) of a number of counts, against the busiest day.
    int stepOf(qint64 counts) const;
    // The cell of a day, in widget coordinates (empty outside the range).
    QRect cellRect(QDate day) const;
    QDate dayAt(QPoint position) const;
    QDate currentDay() const { return m_current; }
    void setCurrentDay(QDate day);

Q_SIGNALS:
    void dayActivated(QDate day);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Geometry
    {
        QDate firstWeek; // the first column's first day
        int weeks = 0;
        int cell = 0;
        int gap = 2;
        QPoint origin; // the first cell's top left
    };
    Geometry geometry() const;
    QDate from() const;
    QDate to() const;
    qint64 countsOn(QDate day) const;
    QString describe(QDate day) const;

    Models::CountDayModel *m_model;
    QDate m_current;
};

} // namespace Stockroom::Ui
