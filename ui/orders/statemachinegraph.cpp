#include "orders/statemachinegraph.h"

#include "orders/statemachinelayout.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Stockroom::Ui {

namespace {

constexpr qreal MinimumScale = 0.8; // below this the text is too small: the parent scrolls instead
constexpr qreal MaximumScale = 1.25;

// A date and a time on two lines, so that a timestamp is no wider than an edge label.
QString stamp(const QDateTime &at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u'\n' +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QFont scaledFont(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const auto blend = [amountOfB](qreal x, qreal y) {
        return x + (y - x) * amountOfB;
    };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())));
}

struct Colours
{
    QColor background;
    QColor edge;
    QColor system;
    QColor text;
    QColor base;
    QColor border;
    QColor accent;
    QColor available;
    QColor availableText;
};

Colours colours(const QWidget *widget)
{
    const QPalette &palette = widget->palette();
    const QColor background = palette.color(widget->backgroundRole());
    const QColor foreground = palette.color(widget->foregroundRole());
    // The one colour of our own: the path taken. A green that reads on light and dark backgrounds alike.
    const QColor accent(0x1f, 0x9d, 0x68);
    return {background,
            mix(foreground, background, 0.35),
            mix(foreground, background, 0.55),
            palette.color(QPalette::Text),
            palette.color(QPalette::Base),
            mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55),
            accent,
            palette.color(QPalette::Highlight),
            palette.color(QPalette::HighlightedText)};
}

void drawArrowHead(QPainter &painter, const QPainterPath &path, qreal penWidth, const QColor &colour,
                   const QPainterPath &stroke)
{
    const QPointF tip = path.pointAtPercent(1);
    const QPointF direction = QLineF::fromPolar(1, path.angleAtPercent(1)).p2();
    const QPointF normal(-direction.y(), direction.x());
    const qreal length = 7 + 1.5 * penWidth, half = 3 + penWidth;
    const QPointF back = tip - direction * length;
    const QPolygonF head{tip, back + normal * half, back - normal * half};
    // The line stops inside the head instead of poking through its point.
    QPainterPath clip;
    clip.setFillRule(Qt::OddEvenFill);
    clip.addRect(stroke.boundingRect().adjusted(-penWidth * 2, -penWidth * 2, penWidth * 2, penWidth * 2));
    clip.addPolygon(head);
    painter.save();
    painter.setClipPath(clip, Qt::IntersectClip);
    painter.drawPath(path);
    painter.restore();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(head);
    painter.restore();
}

} // namespace

StateMachineGraph::StateMachineGraph(QWidget *parent)
    : QWidget(parent)
    , m_layout(std::make_unique<StateMachineLayout::Layout>())
{
    setMouseTracking(true);
    setAccessibleName(tr("State machine"));
}

StateMachineGraph::~StateMachineGraph() = default;

void StateMachineGraph::setMachine(const QList<MachineState> &states, const QList<MachineTransition> &transitions)
{
    m_states = states;
    m_transitions = transitions;
    m_hoveredLabel = -1;
    relayout();
}

void StateMachineGraph::setPath(const QList<PathStep> &path, const QString &currentState)
{
    m_path = path;
    m_current = currentState;
    setAccessibleDescription(describe());
    update();
}

void StateMachineGraph::setAvailableEvents(const QStringList &events)
{
    m_available = events;
    setAccessibleDescription(describe());
    update();
}

QSize StateMachineGraph::sizeHint() const
{
    return m_layout->size.toSize().grownBy(QMargins(0, 0, 1, 1));
}

QSize StateMachineGraph::minimumSizeHint() const
{
    return (m_layout->size * MinimumScale).toSize().grownBy(QMargins(0, 0, 1, 1));
}

QRectF StateMachineGraph::nodeRect(const QString &state) const
{
    const auto it = m_layout->nodes.constFind(state);
    return it == m_layout->nodes.cend() ? QRectF() : viewTransform().mapRect(it->rect);
}

QRectF StateMachineGraph::eventLabelRect(const QString &from, const QString &event) const
{
    const int t = transitionIndex(from, event);
    const int label = t < 0 ? -1 : m_layout->edgeLabel.value(t, -1);
    return label < 0 ? QRectF() : viewTransform().mapRect(m_layout->labels[label].rect);
}

QString StateMachineGraph::describe() const
{
    QStringList lines;
    for (const MachineTransition &t : m_transitions) {
        const QString event = t.eventLabel.isEmpty() ? t.event : t.eventLabel;
        lines.append(t.systemOnly ? tr("%1 → %2 (%3, by the system)").arg(stateLabel(t.from), stateLabel(t.to), event)
                                  : tr("%1 → %2 (%3)").arg(stateLabel(t.from), stateLabel(t.to), event));
    }
    if (!m_path.isEmpty()) {
        QStringList taken{stateLabel(m_path.first().from)};
        for (const PathStep &step : m_path)
            taken.append(stateLabel(step.to));
        lines.append(tr("Path taken: %1").arg(taken.join(QStringLiteral(" → "))));
    }
    if (!m_current.isEmpty())
        lines.append(tr("Current state: %1").arg(stateLabel(m_current)));
    QStringList available;
    for (qsizetype t = 0; t < m_transitions.size(); ++t) {
        if (isAvailable(int(t)))
            available.append(m_transitions[t].eventLabel.isEmpty() ? m_transitions[t].event
                                                                   : m_transitions[t].eventLabel);
    }
    if (!available.isEmpty())
        lines.append(tr("Available now: %1").arg(available.join(QStringLiteral(", "))));
    return lines.join(u'\n');
}

void StateMachineGraph::relayout()
{
    StateMachineLayout::Metrics metrics;
    metrics.node = font();
    metrics.node.setBold(true);
    metrics.label = scaledFont(font(), 0.9);
    metrics.time = scaledFont(font(), 0.85);
    metrics.timeSize =
        QFontMetricsF(metrics.time)
            .boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, stamp(QDateTime(QDate(2000, 12, 28), QTime(23, 58))))
            .size() +
        QSizeF(6, 0);
    m_layout =
        std::make_unique<StateMachineLayout::Layout>(StateMachineLayout::compute(m_states, m_transitions, metrics));
    setAccessibleDescription(describe());
    updateGeometry();
    update();
}

QTransform StateMachineGraph::viewTransform() const
{
    const QSizeF natural = m_layout->size;
    if (natural.isEmpty())
        return {};
    qreal scale = std::min({width() / natural.width(), height() / natural.height(), MaximumScale});
    scale = std::max(scale, MinimumScale);
    const QSizeF drawn = natural * scale;
    QTransform transform;
    transform.translate(std::max(0.0, (width() - drawn.width()) / 2), std::max(0.0, (height() - drawn.height()) / 2));
    transform.scale(scale, scale);
    return transform;
}

int StateMachineGraph::transitionIndex(const QString &from, const QString &event) const
{
    for (qsizetype t = 0; t < m_transitions.size(); ++t) {
        if (m_transitions[t].from == from && m_transitions[t].event == event)
            return int(t);
    }
    return -1;
}

bool StateMachineGraph::isAvailable(int transition) const
{
    const MachineTransition &t = m_transitions[transition];
    return !m_current.isEmpty() && t.from == m_current && m_available.contains(t.event);
}

bool StateMachineGraph::onPath(int transition) const
{
    const MachineTransition &t = m_transitions[transition];
    return std::any_of(m_path.cbegin(), m_path.cend(), [&t](const PathStep &step) {
        return step.from == t.from && step.event == t.event && step.to == t.to;
    });
}

int StateMachineGraph::labelAt(const QPointF &widgetPos) const
{
    const QPointF pos = viewTransform().inverted().map(widgetPos);
    for (qsizetype i = 0; i < m_layout->labels.size(); ++i) {
        if (m_layout->labels[i].rect.adjusted(-2, -2, 2, 2).contains(pos))
            return int(i);
    }
    return -1;
}

QString StateMachineGraph::stateAt(const QPointF &widgetPos) const
{
    const QPointF pos = viewTransform().inverted().map(widgetPos);
    for (auto it = m_layout->nodes.cbegin(); it != m_layout->nodes.cend(); ++it) {
        if (it->rect.contains(pos))
            return it.key();
    }
    return {};
}

bool StateMachineGraph::labelClickable(int label) const
{
    const QList<int> &members = m_layout->labels[label].transitions;
    return std::any_of(members.cbegin(), members.cend(), [this](int t) { return isAvailable(t); });
}

QString StateMachineGraph::stateLabel(const QString &state) const
{
    for (const MachineState &s : m_states) {
        if (s.name == state)
            return s.label.isEmpty() ? s.name : s.label;
    }
    return state;
}

bool StateMachineGraph::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    QString text;
    if (const int label = labelAt(help->pos()); label >= 0) {
        const StateMachineLayout::Label &l = m_layout->labels[label];
        if (labelClickable(label)) {
            text = tr("Fire %1").arg(l.text);
        } else {
            QStringList lines;
            for (int t : l.transitions) {
                const MachineTransition &edge = m_transitions[t];
                lines.append(edge.systemOnly
                                 ? tr("%1 → %2, by the system").arg(stateLabel(edge.from), stateLabel(edge.to))
                                 : tr("%1 → %2").arg(stateLabel(edge.from), stateLabel(edge.to)));
            }
            text = lines.join(u'\n');
        }
    } else if (const QString state = stateAt(help->pos()); !state.isEmpty()) {
        text = stateLabel(state);
        for (auto step = m_path.crbegin(); step != m_path.crend(); ++step) {
            if (step->to == state) {
                text = tr("%1, since %2").arg(text, QLocale().toString(step->at.toLocalTime(), QLocale::ShortFormat));
                break;
            }
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

void StateMachineGraph::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        relayout();
    else if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void StateMachineGraph::mouseMoveEvent(QMouseEvent *event)
{
    const int label = labelAt(event->position());
    const int hovered = label >= 0 && labelClickable(label) ? label : -1;
    if (hovered != m_hoveredLabel) {
        m_hoveredLabel = hovered;
        if (hovered >= 0)
            setCursor(Qt::PointingHandCursor);
        else
            unsetCursor();
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void StateMachineGraph::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (const int label = labelAt(event->position()); label >= 0 && labelClickable(label)) {
        for (int t : m_layout->labels[label].transitions) {
            if (isAvailable(t)) {
                Q_EMIT eventClicked(m_transitions[t].event);
                return;
            }
        }
    }
    if (const QString state = stateAt(event->position()); !state.isEmpty())
        Q_EMIT stateClicked(state);
}

void StateMachineGraph::leaveEvent(QEvent *event)
{
    if (m_hoveredLabel >= 0) {
        m_hoveredLabel = -1;
        unsetCursor();
        update();
    }
    QWidget::leaveEvent(event);
}

void StateMachineGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(viewTransform());
    paintEdges(painter);
    paintNodes(painter);
    paintLabels(painter);
}

void StateMachineGraph::paintEdges(QPainter &painter) const
{
    const Colours c = colours(this);
    // Plain edges first, then the path, then what may be fired now, each group of merged edges together: a
    // group's halo cuts the lines it crosses, so crossings read as one line passing over another.
    struct Item
    {
        int rank;
        int label;
        int transition;
    };
    QList<Item> items;
    for (qsizetype t = 0; t < m_transitions.size(); ++t) {
        if (!m_layout->edges[t].isEmpty())
            items.append({isAvailable(int(t)) ? 2 : onPath(int(t)) ? 1 : 0, m_layout->edgeLabel[t], int(t)});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::pair(a.rank, a.label) < std::pair(b.rank, b.label);
    });
    const auto penFor = [&](const Item &item) {
        const bool system = m_transitions[item.transition].systemOnly;
        QPen pen(item.rank == 2   ? c.available
                 : item.rank == 1 ? c.accent
                 : system         ? c.system
                                  : c.edge,
                 item.rank == 2   ? 3.0
                 : item.rank == 1 ? 2.2
                                  : 1.4);
        pen.setCapStyle(Qt::FlatCap);
        if (system && item.rank < 2) {
            // Dashes in step at the arrow end, so edges merged into one trunk dash it as one line.
            pen.setDashPattern({4, 3});
            const qreal length = m_layout->edges[item.transition].length() / pen.widthF();
            pen.setDashOffset(7 - std::fmod(length, 7.0));
        }
        return pen;
    };
    for (qsizetype i = 0; i < items.size();) {
        qsizetype j = i;
        while (j < items.size() && items[j].rank == items[i].rank && items[j].label == items[i].label)
            ++j;
        if (items[i].rank == 0) {
            QPen halo(c.background, 6);
            halo.setCapStyle(Qt::FlatCap);
            painter.setPen(halo);
            painter.setBrush(Qt::NoBrush);
            for (qsizetype k = i; k < j; ++k)
                painter.drawPath(m_layout->edges[items[k].transition]);
        }
        for (qsizetype k = i; k < j; ++k) {
            const QPen pen = penFor(items[k]);
            const QPainterPath &path = m_layout->edges[items[k].transition];
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            drawArrowHead(painter, path, pen.widthF(), pen.color(), path);
        }
        i = j;
    }

    if (m_layout->hasEntry) {
        const bool started = !m_current.isEmpty() || !m_path.isEmpty();
        const QColor colour = started ? c.accent : c.edge;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(m_layout->entry, 4, 4);
        QString initial;
        for (const MachineState &s : m_states) {
            if (s.initial)
                initial = s.name;
        }
        const QRectF target = m_layout->nodes.value(initial).rect;
        if (!target.isNull()) {
            QPainterPath path(m_layout->entry);
            path.lineTo(target.left(), m_layout->entry.y());
            QPen pen(colour, started ? 2.2 : 1.4);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            drawArrowHead(painter, path, pen.widthF(), colour, path);
        }
    }
}

void StateMachineGraph::paintNodes(QPainter &painter) const
{
    const Colours c = colours(this);
    QSet<QString> visited;
    for (const PathStep &step : m_path) {
        visited.insert(step.from);
        visited.insert(step.to);
    }
    QFont bold = font();
    bold.setBold(true);
    for (const MachineState &state : m_states) {
        const auto it = m_layout->nodes.constFind(state.name);
        if (it == m_layout->nodes.cend())
            continue;
        const QRectF rect = it->rect;
        const bool current = state.name == m_current;
        const bool path = visited.contains(state.name);
        QPen pen(current || path ? c.accent : c.border, current || path ? 2.0 : 1.2);
        if (current)
            pen.setColor(c.accent.darker(115));
        painter.setPen(pen);
        painter.setBrush(current ? c.accent : c.base);
        painter.drawRoundedRect(rect, 7, 7);
        if (state.terminal) {
            painter.setBrush(Qt::NoBrush);
            QPen inner = pen;
            inner.setWidthF(1.0);
            if (current)
                inner.setColor(c.base);
            painter.setPen(inner);
            painter.drawRoundedRect(rect.adjusted(3.5, 3.5, -3.5, -3.5), 4.5, 4.5);
        }
        painter.setFont(current ? bold : font());
        painter.setPen(current ? QColor(Qt::white) : c.text);
        painter.drawText(rect.adjusted(8, 4, -8, -4), StateMachineLayout::TextFlags,
                         state.label.isEmpty() ? state.name : state.label);
    }
}

void StateMachineGraph::paintLabels(QPainter &painter) const
{
    const Colours c = colours(this);
    const QFont labelFont = scaledFont(font(), 0.9);
    const QFont timeFont = scaledFont(font(), 0.85);
    for (qsizetype i = 0; i < m_layout->labels.size(); ++i) {
        const StateMachineLayout::Label &label = m_layout->labels[i];
        const bool clickable = labelClickable(int(i));
        QDateTime at;
        bool path = false, system = true;
        for (int t : label.transitions) {
            system = system && m_transitions[t].systemOnly;
            if (!onPath(t))
                continue;
            path = true;
            for (const PathStep &step : m_path) {
                if (step.from == m_transitions[t].from && step.event == m_transitions[t].event && step.at > at)
                    at = step.at;
            }
        }
        painter.setPen(Qt::NoPen);
        if (clickable) {
            painter.setBrush(i == m_hoveredLabel ? c.available.lighter(120) : c.available);
            painter.drawRoundedRect(label.rect, 4, 4);
        } else {
            QColor background = c.background;
            background.setAlpha(235);
            painter.setBrush(background);
            painter.drawRoundedRect(label.rect, 3, 3);
        }
        painter.setFont(labelFont);
        painter.setPen(clickable ? c.availableText : path ? c.accent : system ? c.system : c.text);
        painter.drawText(label.rect, StateMachineLayout::TextFlags, label.text);
        if (path && at.isValid()) {
            const QString text = stamp(at);
            painter.setFont(timeFont);
            const QRectF bounds = painter.boundingRect(label.timeRect, Qt::AlignCenter, text).adjusted(-3, -2, 3, 0);
            QColor background = c.background;
            background.setAlpha(235);
            painter.setPen(Qt::NoPen);
            painter.setBrush(background);
            painter.drawRoundedRect(bounds, 3, 3);
            painter.setPen(c.accent);
            painter.drawText(label.timeRect, Qt::AlignCenter, text);
        }
    }
}

} // namespace Stockroom::Ui
