#pragma once

#include <QFrame>

#include <reconcile/dashboardrecords.h>

class QAbstractAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QValueAxis;

namespace Stockroom::Models {
class DashboardModel;
}

namespace Stockroom::Ui {

// One chart of the dashboard in a frame: its title, a headline with the figure that matters, the chart (or, when
// there is nothing to draw, a sentence that says why), a "Lines…" button that opens the lines behind it, and export
// to PNG or PDF. The chart reads the card's model through Qt Charts' model mappers; the drill-down reads the same
// model. Subclasses build the chart and say, after each answer, what the headline is and why the chart is empty.
class ChartCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)

public:
    ChartCard(const QString &title, Models::DashboardModel *model, QWidget *parent = nullptr);
    ~ChartCard() override;

    QString title() const;
    Models::DashboardModel *model() const { return m_model; }
    QString headline() const;
    // Why the chart is empty, or nothing when it shows figures.
    QString emptyText() const;
    bool isShowingChart() const;
    // While exporting, the card shows its title, headline and chart, without its buttons.
    void setExporting(bool exporting);
    // How many of the grid's columns the card takes when it has that many: a chart whose labels need the room
    // takes two.
    virtual int span(int columns) const
    {
        Q_UNUSED(columns)
        return 1;
    }
    QPushButton *linesButton() const { return m_lines; }

Q_SIGNALS:
    // The lines behind a row of the model (row < 0: behind the whole chart).
    void linesRequested(int row, const Stockroom::Services::LinesRequest &request);
    void exportRequested(const QString &format);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The chart's size changed: labels that depend on the room follow (time axes' ticks, say).
    virtual void fitToSize();
    // After an answer: the headline and the axes follow the rows; returns why the chart is empty, or nothing.
    virtual QString refresh() = 0;

    // A chart styled as the dashboard's are (the window's palette, no title: the card has it), shown in the card.
    QChart *makeChart();
    QChartView *chartView() const { return m_view; }
    // For a widget that is not a QChart (the calendar).
    void setContent(QWidget *content);
    // Widgets beside the title (the units/value switch, the snapshot chooser).
    QHBoxLayout *tools() const { return m_tools; }
    // The figure that matters in a line; tip: what it counts, when the line has no room to say.
    void setHeadline(const QString &text, const QString &tip = {});
    QValueAxis *valueAxis(const QString &title, const QString &format);
    // A time axis over the filter's days; setDateRange() follows the filter (range, title and label format).
    QDateTimeAxis *dateAxis();
    void setDateRange(QDateTimeAxis *axis);
    void styleAxis(QAbstractAxis *axis) const;
    // 0 to a round number (1, 2 or 5 times a power of ten, at least 5) above highest, in five steps.
    static void setCountRange(QValueAxis *axis, double highest);
    // Shows a model row's tooltip at the mouse.
    void showRowTip(int row);
    void requestLines(int row);
    QString filterWords() const;

private:
    void onLoaded();
    void onLoading(bool loading);

    Models::DashboardModel *m_model;
    QLabel *m_title;
    QLabel *m_headline;
    QLabel *m_busy;
    QLabel *m_empty;
    QHBoxLayout *m_tools;
    QWidget *m_actions;
    QPushButton *m_lines;
    QToolButton *m_export;
    QStackedWidget *m_body;
    QChartView *m_view = nullptr;
};

} // namespace Stockroom::Ui
