#include "calendarheatmap.h"

#include "chartpalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <reconcile/countdaymodel.h>

namespace Stockroom::Ui {

using Models::CountDayModel;

namespace {

constexpr int MaxCell = 34;
constexpr int MinCell = 6;

// The row of a weekday: the locale's first day of the week on top.
int rowOf(QDate day)
{
    return (day.dayOfWeek() - int(QLocale().firstDayOfWeek()) + 7) % 7;
}

QDate weekStart(QDate day)
{
    return day.addDays(-rowOf(day));
}

} // namespace

CalendarHeatMap::CalendarHeatMap(CountDayModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("calendarHeatMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Counts per day"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_current.isValid() || m_current < from() || m_current > to())
            m_current = to();
        update();
    });
}

CalendarHeatMap::~CalendarHeatMap() = default;

QSize CalendarHeatMap::sizeHint() const
{
    return {640, 220};
}

QSize CalendarHeatMap::minimumSizeHint() const
{
    return {240, 150};
}

QDate CalendarHeatMap::from() const
{
    return m_model->filter().from;
}

QDate CalendarHeatMap::to() const
{
    return m_model->filter().to;
}

qint64 CalendarHeatMap::countsOn(QDate day) const
{
    const int row = m_model->rowOf(day);
    return row < 0 ? 0 : m_model->dayAt(row).observations;
}

int CalendarHeatMap::stepOf(qint64 counts) const
{
    const qint64 busiest = m_model->busiest();
    if (counts <= 0 || busiest <= 0)
        return 0;
    const int steps = ChartPalette::HeatSteps - 1;
    return 1 + int(qMin<qint64>(steps - 1, (counts - 1) * steps / busiest));
}

CalendarHeatMap::Geometry CalendarHeatMap::geometry() const
{
    Geometry g;
    if (!from().isValid() || !to().isValid() || from() > to())
        return g;
    const QFontMetrics metrics = fontMetrics();
    int labels = 0;
    for (int i = 0; i < 7; ++i)
        labels = qMax(labels, metrics.horizontalAdvance(QLocale().dayName(1 + i, QLocale::ShortFormat)));
    g.firstWeek = weekStart(from());
    g.weeks = int(g.firstWeek.daysTo(weekStart(to())) / 7) + 1;
    const int top = metrics.height() + 4;
    const int bottom = metrics.height() + 14;
    const int left = labels + 8;
    const int byWidth = (width() - left - 4) / g.weeks;
    const int byHeight = (height() - top - bottom) / 7;
    g.cell = qBound(MinCell, qMin(byWidth, byHeight), MaxCell);
    g.gap = g.cell >= 14 ? 3 : 2;
    const int gridWidth = g.weeks * g.cell;
    g.origin = QPoint(left + qMax(0, (width() - left - gridWidth) / 2 - 8), top);
    return g;
}

QRect CalendarHeatMap::cellRect(QDate day) const
{
    const Geometry g = geometry();
    if (g.weeks == 0 || day < from() || day > to())
        return {};
    const int column = int(g.firstWeek.daysTo(weekStart(day)) / 7);
    return QRect(g.origin.x() + column * g.cell, g.origin.y() + rowOf(day) * g.cell, g.cell - g.gap, g.cell - g.gap);
}

QDate CalendarHeatMap::dayAt(QPoint position) const
{
    const Geometry g = geometry();
    if (g.weeks == 0 || position.x() < g.origin.x() || position.y() < g.origin.y())
        return {};
    const int column = (position.x() - g.origin.x()) / g.cell;
    const int row = (position.y() - g.origin.y()) / g.cell;
    if (column >= g.weeks || row >= 7)
        return {};
    const QDate day = g.firstWeek.addDays(7 * column + row);
    return day >= from() && day <= to() ? day : QDate();
}

void CalendarHeatMap::setCurrentDay(QDate day)
{
    if (!day.isValid() || day < from() || day > to())
        return;
    m_current = day;
    setAccessibleDescription(describe(day));
    update();
}

QString CalendarHeatMap::describe(QDate day) const
{
    const int row = m_model->rowOf(day);
    if (row >= 0)
        return m_model->index(row, 0).data(Qt::ToolTipRole).toString();
    return tr("%1: no counts").arg(QLocale().toString(day, QLocale::LongFormat));
}

bool CalendarHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), describe(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    if (g.weeks == 0)
        return;
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);

    // Weekday names on the left: every row when there is room, else every second or third.
    painter.setPen(muted);
    const int every = qMax(1, (metrics.height() + g.cell) / g.cell);
    for (int row = 0; row < 7; row += every) {
        const int weekday = (int(locale.firstDayOfWeek()) - 1 + row) % 7 + 1;
        const int middle = g.origin.y() + row * g.cell + (g.cell - g.gap) / 2;
        const QRect label(0, middle - metrics.height() / 2, g.origin.x() - 6, metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(weekday, QLocale::ShortFormat));
    }
    // Month names above the first week of each month (the first column: the month the range starts in), where they
    // do not run into the one before.
    int lastRight = -1;
    int lastMonth = 0;
    for (int column = 0; column < g.weeks; ++column) {
        const QDate first = column == 0 ? qMax(from(), g.firstWeek) : g.firstWeek.addDays(7 * column);
        if (first.month() == lastMonth)
            continue;
        lastMonth = first.month();
        const QString name = locale.monthName(first.month(), QLocale::ShortFormat);
        // A month that would run into the last one's name moves right by less than a week, or is left out.
        const int x = qMax(g.origin.x() + column * g.cell, lastRight);
        if (x - (g.origin.x() + column * g.cell) >= g.cell)
            continue;
        painter.drawText(QPoint(x, g.origin.y() - 5), name);
        lastRight = x + metrics.horizontalAdvance(name) + 6;
    }

    // The days.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const bool numbers = g.cell >= QFontMetrics(small).height() + 10;
    painter.setFont(small);
    for (QDate day = from(); day <= to(); day = day.addDays(1)) {
        const QRect cell = cellRect(day);
        const qint64 counts = countsOn(day);
        const int step = stepOf(counts);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ChartPalette::heat(step));
        painter.drawRoundedRect(cell, 2, 2);
        if (numbers && counts > 0) {
            painter.setPen(ChartPalette::heatText(step));
            painter.drawText(cell, Qt::AlignCenter, locale.toString(counts));
        }
    }
    if (hasFocus() && m_current.isValid()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRoundedRect(cellRect(m_current).adjusted(-1, -1, 1, 1), 2, 2);
    }

    // The legend: what each colour stands for, in counts per day; centred under the days, or from the left edge
    // when it is wider than they are, without its caption when even that is too narrow.
    painter.setFont(font());
    const qint64 busiest = m_model->busiest();
    const int steps = ChartPalette::HeatSteps - 1;
    const int swatch = metrics.height() - 4;
    QList<QPair<int, QString>> entries{{0, tr("none")}};
    for (int step = 1; step <= steps; ++step) {
        const qint64 low = (step - 1) * busiest / steps + 1;
        const qint64 high = step * busiest / steps;
        if (busiest <= 0 || high < low)
            continue;
        entries.append(
            {step, low == high ? locale.toString(low) : tr("%1–%2").arg(locale.toString(low), locale.toString(high))});
    }
    QString caption = tr("Counts per day:");
    int legendWidth = metrics.horizontalAdvance(caption) + 8;
    for (const auto &entry : std::as_const(entries))
        legendWidth += swatch + 4 + metrics.horizontalAdvance(entry.second) + 12;
    if (legendWidth > width()) {
        legendWidth -= metrics.horizontalAdvance(caption) + 8;
        caption.clear();
    }
    const int gridCentre = g.origin.x() + g.weeks * g.cell / 2;
    int x = qBound(0, gridCentre - legendWidth / 2, qMax(0, width() - legendWidth));
    const int y = g.origin.y() + 7 * g.cell + 8;
    painter.setPen(muted);
    if (!caption.isEmpty()) {
        painter.drawText(QPoint(x, y + metrics.ascent()), caption);
        x += metrics.horizontalAdvance(caption) + 8;
    }
    for (const auto &entry : std::as_const(entries)) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ChartPalette::heat(entry.first));
        painter.drawRoundedRect(QRect(x, y + 2, swatch, swatch), 2, 2);
        x += swatch + 4;
        painter.setPen(muted);
        painter.drawText(QPoint(x, y + metrics.ascent()), entry.second);
        x += metrics.horizontalAdvance(entry.second) + 12;
    }
}

void CalendarHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QDate day = dayAt(event->position().toPoint());
    if (!day.isValid())
        return;
    setCurrentDay(day);
    Q_EMIT dayActivated(day);
}

void CalendarHeatMap::keyPressEvent(QKeyEvent *event)
{
    QDate day = m_current.isValid() ? m_current : to();
    switch (event->key()) {
    case Qt::Key_Up:
        day = day.addDays(-1);
        break;
    case Qt::Key_Down:
        day = day.addDays(1);
        break;
    case Qt::Key_Left:
        day = day.addDays(-7);
        break;
    case Qt::Key_Right:
        day = day.addDays(7);
        break;
    case Qt::Key_Home:
        day = from();
        break;
    case Qt::Key_End:
        day = to();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current.isValid())
            Q_EMIT dayActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentDay(day);
    const QRect cell = cellRect(m_current);
    if (cell.isValid())
        QToolTip::showText(mapToGlobal(cell.bottomRight()), describe(m_current), this, cell);
}

} // namespace Stockroom::Ui
