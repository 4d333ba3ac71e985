#include "allocationmap.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>
#include <numbers>
#include <orders/boardpalette.h>

namespace Stockroom::Ui {

namespace {

QString kilometres(const QJsonValue &km)
{
    return km.isDouble() ? AllocationMap::tr("%1 km").arg(QLocale().toString(km.toDouble(), 'f', 1))
                         : AllocationMap::tr("distance unknown");
}

} // namespace

AllocationMap::AllocationMap(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_empty(new QLabel(this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    setObjectName(QStringLiteral("allocationMap"));
    m_view->setObjectName(QStringLiteral("mapChart"));
    m_empty->setObjectName(QStringLiteral("mapEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setFrameShape(QFrame::StyledPanel);
    m_chart->setTitle(tr("Where the order ships from"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_x->setTitleText(tr("Longitude (°)"));
    m_y->setTitleText(tr("Latitude (°)"));
    m_x->setLabelFormat(QStringLiteral("%.1f"));
    m_y->setLabelFormat(QStringLiteral("%.1f"));
    m_x->setTickCount(5);
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(260, 220);
    // The empty state lies over the chart rather than replacing it: a chart view that was hidden while the
    // dialog was laid out keeps the size it had.
    m_empty->setAutoFillBackground(true);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 0, 0);
    layout->addWidget(m_empty, 0, 0);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        fit();
        placeLabels();
    });
    showEmpty(tr("Reading where the order can ship from…"));
}

AllocationMap::~AllocationMap() = default;

bool AllocationMap::isEmptyState() const
{
    return !m_empty->isHidden();
}

void AllocationMap::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_empty->show();
    m_empty->raise();
}

QScatterSeries *AllocationMap::addSeries(const QString &name, int shape, const QColor &colour, qreal size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShape(shape));
    series->setMarkerSize(size);
    series->setColor(colour);
    series->setBorderColor(colour.darker(140));
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    connect(series, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QList<QPointF> points = series->points();
        const qsizetype index = points.indexOf(point);
        const QStringList tips = m_tips.value(series);
        if (index >= 0 && index < tips.size())
            QToolTip::showText(QCursor::pos(), tips.at(index), m_view);
    });
    return series;
}

void AllocationMap::setPreview(const QJsonObject &preview, const QJsonObject &plan)
{
    m_chart->removeAllSeries();
    m_tips.clear();
    m_places.clear();
    qDeleteAll(m_labels);
    m_labels.clear();

    const QString order = preview.value(u"order").toString();
    m_chart->setTitle(order.isEmpty() ? tr("Where the order ships from") : tr("Where order %1 ships from").arg(order));

    // How much each location ships in this plan.
    QHash<QString, qint64> shipped;
    for (const QJsonValue &line : plan.value(u"lines").toArray())
        shipped[line[u"location"].toString()] += line[u"quantity"].toInteger();

    auto *warehouses = addSeries(tr("Warehouse"), QScatterSeries::MarkerShapeRectangle, BoardPalette::warehouse(), 13);
    auto *stores = addSeries(tr("Store"), QScatterSeries::MarkerShapeCircle, BoardPalette::store(), 13);
    auto *excluded =
        addSeries(tr("Not for this channel"), QScatterSeries::MarkerShapeCircle, BoardPalette::ineligible(), 11);
    auto *excludedWarehouses =
        addSeries(tr("Not for this channel"), QScatterSeries::MarkerShapeRectangle, BoardPalette::ineligible(), 11);
    // One legend entry for the grey ones, whatever their shape.
    for (QLegendMarker *marker : m_chart->legend()->markers(excludedWarehouses))
        marker->setVisible(false);

    bool anyExcluded = false;
    QList<QPointF> sources;
    for (const QJsonValue &value : preview.value(u"locations").toArray()) {
        const QJsonObject location = value.toObject();
        if (!location.value(u"latitude").isDouble() || !location.value(u"longitude").isDouble())
            continue;
        const QPointF at(location.value(u"longitude").toDouble(), location.value(u"latitude").toDouble());
        const QString code = location.value(u"location").toString();
        const bool warehouse = location.value(u"kind").toString() == u"warehouse";
        const bool eligible = location.value(u"eligible").toBool();
        QScatterSeries *series =
            eligible ? (warehouse ? warehouses : stores) : (warehouse ? excludedWarehouses : excluded);
        anyExcluded = anyExcluded || !eligible;
        series->append(at);
        QString tip = tr("%1 (%2), %3 from the destination")
                          .arg(location.value(u"name").toString(), code, kilometres(location.value(u"distance_km")));
        const bool chosen = shipped.contains(code);
        if (chosen) {
            tip += u'\n' + tr("Ships %Ln unit(s) in this plan", nullptr, int(shipped.value(code)));
            sources.append(at);
        } else if (!eligible) {
            tip += u'\n' + tr("The channel does not ship from a %1.").arg(warehouse ? tr("warehouse") : tr("store"));
        }
        m_tips[series].append(tip);
        m_places.append({code, code, at, chosen});
    }
    const auto hideLegend = [this](QScatterSeries *series) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    };
    if (!anyExcluded)
        hideLegend(excluded);
    if (warehouses->count() == 0 && excludedWarehouses->count() == 0)
        hideLegend(warehouses);
    if (stores->count() == 0 && excluded->count() == 0)
        hideLegend(stores);

    const QJsonObject destination = preview.value(u"destination").toObject();
    const bool located = destination.value(u"latitude").isDouble() && destination.value(u"longitude").isDouble();
    if (located) {
        const QPointF to(destination.value(u"longitude").toDouble(), destination.value(u"latitude").toDouble());
        // Lines sit under scatter markers whatever the order they were added in.
        bool first = true;
        for (const QPointF &from : std::as_const(sources)) {
            auto *route = new QLineSeries;
            route->setName(tr("Route"));
            route->setPen(QPen(BoardPalette::route(), 2.5, Qt::SolidLine, Qt::RoundCap));
            route->append(from);
            route->append(to);
            m_chart->addSeries(route);
            route->attachAxis(m_x);
            route->attachAxis(m_y);
            if (!first)
                for (QLegendMarker *marker : m_chart->legend()->markers(route))
                    marker->setVisible(false);
            first = false;
        }
        const QString pickup = destination.value(u"pickup").toString();
        auto *target = addSeries(pickup.isEmpty() ? tr("Destination") : tr("Pickup at %1").arg(pickup),
                                 QScatterSeries::MarkerShapeStar, BoardPalette::destination(), 22);
        target->append(to);
        m_tips[target].append(pickup.isEmpty() ? tr("The order ships here") : tr("Picked up at %1").arg(pickup));
        m_places.append({QString(), pickup.isEmpty() ? tr("Destination") : QString(), to, false});
    }

    if (m_places.isEmpty()) {
        showEmpty(tr(
            "No location has coordinates, so there is no map.\nSet them with Stock ▸ Edit location (Ctrl+Shift+L)."));
        return;
    }
    m_west = m_east = m_places.first().at.x();
    m_south = m_north = m_places.first().at.y();
    for (const Place &place : std::as_const(m_places)) {
        m_west = qMin(m_west, place.at.x());
        m_east = qMax(m_east, place.at.x());
        m_south = qMin(m_south, place.at.y());
        m_north = qMax(m_north, place.at.y());
    }
    // Room around the outermost points for their markers and labels; never narrower than a city.
    const double padX = qMax(0.15, (m_east - m_west) * 0.12);
    const double padY = qMax(0.1, (m_north - m_south) * 0.12);
    m_west -= padX;
    m_east += padX;
    m_south -= padY;
    m_north += padY;

    QFont bold = font();
    bold.setBold(true);
    for (const Place &place : std::as_const(m_places)) {
        if (place.label.isEmpty())
            continue;
        auto *label = new QGraphicsSimpleTextItem(place.label, m_chart);
        label->setFont(place.chosen ? bold : font());
        label->setBrush(palette().color(QPalette::Text));
        label->setZValue(20);
        m_labels.append(label);
    }
    m_empty->hide();
    fit();
    placeLabels();
}

// Ranges that hold every point with a kilometre as long across as up: the shorter side of the data grows.
void AllocationMap::fit()
{
    if (m_fitting || m_places.isEmpty())
        return;
    const QRectF area = m_chart->plotArea();
    if (area.width() < 10 || area.height() < 10)
        return;
    m_fitting = true;
    const double middle = (m_south + m_north) / 2;
    const double across = qMax(0.2, std::cos(middle * std::numbers::pi / 180)); // km per degree east, per km north
    const double dx = (m_east - m_west) * across;
    const double dy = m_north - m_south;
    const double scale = qMin(area.width() / dx, area.height() / dy); // pixels per degree of latitude
    const double halfX = area.width() / scale / across / 2;
    const double halfY = area.height() / scale / 2;
    const double cx = (m_west + m_east) / 2;
    const double cy = middle;
    const auto moved = [](double a, double b, double span) {
        return std::abs(a - b) > span * 0.005;
    };
    if (moved(m_x->min(), cx - halfX, halfX) || moved(m_x->max(), cx + halfX, halfX))
        m_x->setRange(cx - halfX, cx + halfX);
    if (moved(m_y->min(), cy - halfY, halfY) || moved(m_y->max(), cy + halfY, halfY))
        m_y->setRange(cy - halfY, cy + halfY);
    m_fitting = false;
}

void AllocationMap::placeLabels()
{
    qsizetype next = 0;
    for (const Place &place : std::as_const(m_places)) {
        if (place.label.isEmpty())
            continue;
        QGraphicsSimpleTextItem *label = m_labels.value(next++);
        if (!label)
            break;
        const QPointF at = m_chart->mapToPosition(place.at);
        const QRectF box = label->boundingRect();
        // Right of the marker, or left of it where the right edge would cut it off.
        QPointF topLeft(at.x() + 9, at.y() - box.height() / 2);
        if (place.code.isEmpty()) // the destination: under its star, clear of a location at the same place
            topLeft = QPointF(at.x() - box.width() / 2, at.y() + 12);
        else if (topLeft.x() + box.width() > m_chart->plotArea().right())
            topLeft.setX(at.x() - 9 - box.width());
        label->setPos(topLeft);
        label->setVisible(m_chart->plotArea().contains(at));
    }
}

} // namespace Stockroom::Ui
