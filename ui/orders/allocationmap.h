#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QScatterSeries;
class QValueAxis;

namespace Stockroom::Ui {

// A map of an allocation preview (api.allocation_preview): every location with coordinates by longitude and
// latitude, warehouses and stores with different markers, those the channel does not ship from in grey, the
// order's destination as a star, and a line from each location the chosen plan ships from to the destination.
// Degrees are scaled so a kilometre is as long across as up, whatever the widget's shape: it reads like a map.
class AllocationMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationMap)

public:
    explicit AllocationMap(QWidget *parent = nullptr);
    ~AllocationMap() override;

    // The preview's locations and destination, and the plan whose routes to draw ({}: none).
    void setPreview(const QJsonObject &preview, const QJsonObject &plan);
    // Nothing to show: the chart gives way to this text.
    void showEmpty(const QString &text);

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    bool isEmptyState() const;

private:
    struct Place
    {
        QString code;
        QString label;
        QPointF at; // longitude, latitude
        bool chosen = false;
    };

    void fit();
    void placeLabels();
    QScatterSeries *addSeries(const QString &name, int shape, const QColor &colour, qreal size);

    QChartView *m_view;
    QChart *m_chart;
    QLabel *m_empty;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QList<Place> m_places;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QHash<QScatterSeries *, QStringList> m_tips; // per series, per point: the tooltip
    double m_west = 0, m_east = 0, m_south = 0, m_north = 0;
    bool m_fitting = false;
};

} // namespace Stockroom::Ui
