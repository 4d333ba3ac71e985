#include "orders/statemachinelayout.h"

#include <QFontMetricsF>
#include <QLineF>

#include <algorithm>
#include <numeric>

// Layers: the longest path from the initial state (over edges that go forward in `position`) is the main
// path, drawn as one row left to right. Edges between neighbours on it are straight (parallel ones bow up and
// down), edges that skip states arc above the row, and every other state sits in a band below. Edges into the
// band are merged per (event, target): each source drops from its box to a horizontal channel that runs to
// one trunk with one label, so "cancel" from five states fans in from below as one tidy bus. The channels are
// stacked in the order that crosses fewest drops and trunks.

namespace Stockroom::Ui::StateMachineLayout {

namespace {

constexpr qreal Entry = 30; // left of the initial state: its entry dot and arrow
constexpr qreal NodePadX = 12;
constexpr qreal NodePadY = 7;
constexpr qreal LabelPadX = 5;
constexpr qreal LabelPadY = 1;
constexpr qreal ArrowRoom = 20; // line left visible on each side of a label in a gap
constexpr qreal MinGap = 64;
constexpr qreal LowerGap = 32; // between states in the lower band
constexpr qreal Corner = 12;   // radius of a routed edge's bends
constexpr qreal ChannelStep = 12;

QSizeF textSize(const QFont &font, const QString &text, qreal widthInLines)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, fm.height() * widthInLines, 1e6), TextFlags, text).size();
}

QRectF centredRect(qreal cx, qreal top, QSizeF size)
{
    return {cx - size.width() / 2, top, size.width(), size.height()};
}

// An orthogonal route with rounded bends through points.
QPainterPath roundedRoute(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF prev = points[i - 1], corner = points[i], next = points[i + 1];
        const qreal in = QLineF(prev, corner).length(), out = QLineF(corner, next).length();
        const qreal r = std::min({Corner, i == 1 ? in : in / 2, i + 2 == points.size() ? out : out / 2});
        if (r <= 0.5) {
            path.lineTo(corner);
            continue;
        }
        const QPointF a = corner + (prev - corner) * (r / in);
        const QPointF b = corner + (next - corner) * (r / out);
        path.lineTo(a);
        path.cubicTo(a + (corner - a) * 0.55, b + (corner - b) * 0.55, b);
    }
    path.lineTo(points.last());
    return path;
}

// Leaves and ends horizontally, passing through apex horizontally.
QPainterPath bow(QPointF from, QPointF apex, QPointF to)
{
    QPainterPath path(from);
    const QPointF d1((apex.x() - from.x()) / 2, 0), d2((to.x() - apex.x()) / 2, 0);
    path.cubicTo(from + d1, apex - d1, apex);
    path.cubicTo(apex + d2, to - d2, to);
    return path;
}

struct Bundle
{
    QString to;
    QString event;
    QList<int> transitions;
    QSizeF labelSize;
    qreal barycentre = 0;
    qreal trunkX = 0;
    qreal lo = 0;
    qreal hi = 0;
    QList<qreal> drops;
    int level = 0;
};

// Crossings when bundle a's channel runs above bundle b's: b's drops through a's channel, a's trunk through b's.
int crossings(const Bundle &a, const Bundle &b)
{
    int count = 0;
    for (qreal x : b.drops)
        count += (x > a.lo && x < a.hi) ? 1 : 0;
    count += (a.trunkX > b.lo && a.trunkX < b.hi) ? 1 : 0;
    return count;
}

} // namespace

Layout compute(const QList<MachineState> &states, const QList<MachineTransition> &transitions, const Metrics &metrics)
{
    Layout layout;
    layout.edges.resize(transitions.size());
    layout.edgeLabel.fill(-1, transitions.size());
    const qsizetype n = states.size();
    if (n == 0)
        return layout;

    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(states[i].name, i);
    const auto before = [&](int a, int b) {
        return std::pair(states[a].position, a) < std::pair(states[b].position, b);
    };
    QList<int> from(transitions.size(), -1), to(transitions.size(), -1);
    for (qsizetype t = 0; t < transitions.size(); ++t) {
        if (index.contains(transitions[t].from) && index.contains(transitions[t].to)) {
            from[t] = index.value(transitions[t].from);
            to[t] = index.value(transitions[t].to);
        }
    }
    const auto forward = [&](qsizetype t) {
        return from[t] >= 0 && before(from[t], to[t]);
    };

    int initial = 0;
    for (int i = 1; i < n; ++i) {
        if (states[i].initial != states[initial].initial ? states[i].initial : before(i, initial))
            initial = i;
    }

    // Longest path from the initial state.
    QList<int> layer(n, -1);
    layer[initial] = 0;
    for (qsizetype round = 0; round < n; ++round) {
        bool changed = false;
        for (qsizetype t = 0; t < transitions.size(); ++t) {
            if (forward(t) && layer[from[t]] >= 0 && layer[from[t]] + 1 > layer[to[t]]) {
                layer[to[t]] = layer[from[t]] + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    int end = initial;
    for (int i = 0; i < n; ++i) {
        if (layer[i] > layer[end] || (layer[i] == layer[end] && layer[i] >= 0 && before(i, end)))
            end = i;
    }
    QList<int> mainPath{end};
    while (mainPath.first() != initial) {
        const int current = mainPath.first();
        int best = -1;
        for (qsizetype t = 0; t < transitions.size(); ++t) {
            if (forward(t) && to[t] == current && layer[from[t]] == layer[current] - 1 &&
                (best < 0 || before(from[t], best)))
                best = from[t];
        }
        if (best < 0)
            break;
        mainPath.prepend(best);
    }
    QList<int> column(n, -1);
    for (qsizetype c = 0; c < mainPath.size(); ++c)
        column[mainPath[c]] = int(c);

    const auto stateText = [&](int i) {
        return states[i].label.isEmpty() ? states[i].name : states[i].label;
    };
    const auto eventText = [&](qsizetype t) {
        return transitions[t].eventLabel.isEmpty() ? transitions[t].event : transitions[t].eventLabel;
    };
    const auto labelSize = [&](qsizetype t) {
        return textSize(metrics.label, eventText(t), LabelTextWidth) + QSizeF(2 * LabelPadX, 2 * LabelPadY);
    };
    const QSizeF timeSize = metrics.timeSize;
    const auto addLabel = [&](const QList<int> &members, const QRectF &rect, const QRectF &timeRect) {
        layout.labels.append({rect, timeRect, eventText(members.first()), members});
        for (int t : members)
            layout.edgeLabel[t] = int(layout.labels.size() - 1);
    };

    QList<QSizeF> text(n);
    qreal mainHeight = 0, lowerHeight = 0;
    for (int i = 0; i < n; ++i) {
        text[i] = textSize(metrics.node, stateText(i), NodeTextWidth);
        qreal &height = column[i] >= 0 ? mainHeight : lowerHeight;
        height = std::max(height, text[i].height() + 2 * NodePadY);
    }

    // Classify the edges.
    QList<QList<int>> gapEdges(mainPath.size()); // neighbours on the main path, by the left one's column
    QList<int> arcs, fallback;
    QList<Bundle> bundles;
    for (int t = 0; t < transitions.size(); ++t) {
        if (from[t] < 0 || from[t] == to[t])
            continue;
        const int cf = column[from[t]], ct = column[to[t]];
        if (cf >= 0 && ct == cf + 1) {
            gapEdges[cf].append(t);
        } else if (cf >= 0 && ct >= 0) {
            arcs.append(t);
        } else if (cf >= 0) {
            auto it = std::find_if(bundles.begin(), bundles.end(), [&](const Bundle &b) {
                return b.to == transitions[t].to && b.event == transitions[t].event;
            });
            if (it == bundles.end()) {
                Bundle bundle;
                bundle.to = transitions[t].to;
                bundle.event = transitions[t].event;
                bundle.labelSize = labelSize(t);
                bundles.append(bundle);
                it = bundles.end() - 1;
            }
            it->transitions.append(t);
        } else {
            fallback.append(t);
        }
    }

    // The main row, centred on y = 0.
    qreal x = Entry;
    for (qsizetype c = 0; c < mainPath.size(); ++c) {
        const int s = mainPath[c];
        layout.nodes.insert(states[s].name,
                            {QRectF(x, -mainHeight / 2, text[s].width() + 2 * NodePadX, mainHeight), true});
        qreal gap = MinGap;
        for (int t : gapEdges[c]) // bows need a longer run to curve gently
            gap = std::max(gap, std::max(labelSize(t).width(), timeSize.width()) + 2 * ArrowRoom +
                                    (gapEdges[c].size() > 1 ? 2 * ArrowRoom : 0));
        x += text[s].width() + 2 * NodePadX + gap;
    }
    const auto rectOf = [&](int s) {
        return layout.nodes.value(states[s].name).rect;
    };
    if (states[initial].name == states[mainPath.first()].name) {
        layout.entry = QPointF(rectOf(initial).left() - Entry + 6, 0);
        layout.hasEntry = true;
    }

    // Neighbours: one edge straight with its label above and its time below; parallel ones bow up and down.
    qreal top = -mainHeight / 2, bottom = mainHeight / 2;
    for (qsizetype c = 0; c + 1 < mainPath.size(); ++c) {
        const QList<int> &edges = gapEdges[c];
        const qreal xa = rectOf(mainPath[c]).right(), xb = rectOf(mainPath[c + 1]).left(), mid = (xa + xb) / 2;
        if (edges.size() == 1) {
            const int t = edges.first();
            QPainterPath path(QPointF(xa, 0));
            path.lineTo(xb, 0);
            layout.edges[t] = path;
            const QSizeF size = labelSize(t);
            addLabel({t}, centredRect(mid, -3 - size.height(), size), centredRect(mid, 3, timeSize));
            top = std::min(top, -3 - size.height());
            bottom = std::max(bottom, 3 + timeSize.height());
            continue;
        }
        qreal labelHeight = 0;
        for (int t : edges)
            labelHeight = std::max(labelHeight, labelSize(t).height());
        for (qsizetype j = 0; j < edges.size(); ++j) {
            const int t = edges[j];
            const bool up = j % 2 == 0;
            const qreal sign = up ? -1 : 1;
            const qreal level = qreal(j / 2 + 1);
            const qreal apex = sign * (16 + (level - 1) * (labelHeight + timeSize.height() + 6));
            const qreal port = sign * std::min(mainHeight / 4, 7 * level);
            layout.edges[t] = bow(QPointF(xa, port), QPointF(mid, apex), QPointF(xb, port));
            const QSizeF size = labelSize(t);
            QRectF label = centredRect(mid, up ? apex - 3 - size.height() : apex + 3, size);
            QRectF time = centredRect(mid, up ? label.top() - 1 - timeSize.height() : label.bottom() + 1, timeSize);
            addLabel({t}, label, time);
            top = std::min(top, time.top());
            bottom = std::max(bottom, time.bottom());
        }
    }

    // Arcs above the row, shorter ones inside longer ones.
    std::sort(arcs.begin(), arcs.end(), [&](int a, int b) {
        return std::abs(column[to[a]] - column[from[a]]) < std::abs(column[to[b]] - column[from[b]]);
    });
    QHash<int, int> arcLevel;
    qreal arcLabelHeight = 0;
    for (int a : arcs) {
        const int lo = std::min(column[from[a]], column[to[a]]), hi = std::max(column[from[a]], column[to[a]]);
        int level = 1;
        for (auto it = arcLevel.cbegin(); it != arcLevel.cend(); ++it) {
            const int b = it.key();
            const int blo = std::min(column[from[b]], column[to[b]]), bhi = std::max(column[from[b]], column[to[b]]);
            if (lo < bhi && blo < hi)
                level = std::max(level, it.value() + 1);
        }
        arcLevel.insert(a, level);
        arcLabelHeight = std::max(arcLabelHeight, labelSize(a).height());
    }
    // Ports on the tops of the boxes: arcs to farther states start farther in, so no arc crosses another.
    QHash<std::pair<int, bool>, qreal> arcPort; // (transition, at its source) -> x
    for (int s : mainPath) {
        struct End
        {
            int transition;
            bool source;
            qreal dx;
        };
        QList<End> ends;
        const QRectF rect = rectOf(s);
        for (int a : arcs) {
            if (from[a] == s)
                ends.append({a, true, rectOf(to[a]).center().x() - rect.center().x()});
            if (to[a] == s)
                ends.append({a, false, rectOf(from[a]).center().x() - rect.center().x()});
        }
        std::sort(ends.begin(), ends.end(),
                  [](const End &a, const End &b) { return std::pair(a.dx > 0, -a.dx) < std::pair(b.dx > 0, -b.dx); });
        for (qsizetype i = 0; i < ends.size(); ++i)
            arcPort.insert({ends[i].transition, ends[i].source},
                           rect.left() + rect.width() * qreal(i + 1) / qreal(ends.size() + 1));
    }
    const qreal arcTop = top;
    for (int a : arcs) {
        const qreal y = arcTop - 4 - timeSize.height() - arcLabelHeight / 2 -
                        (arcLevel.value(a) - 1) * (arcLabelHeight + timeSize.height() + 6);
        const qreal sx = arcPort.value({a, true}), tx = arcPort.value({a, false});
        layout.edges[a] = roundedRoute({{sx, -mainHeight / 2}, {sx, y}, {tx, y}, {tx, -mainHeight / 2}});
        const QRectF label = centredRect((sx + tx) / 2, y - labelSize(a).height() / 2, labelSize(a));
        addLabel({a}, label, centredRect(label.center().x(), label.bottom() + 1, timeSize));
    }

    // The lower band: states in the order of the main states that lead to them.
    QList<int> lower;
    QHash<int, qreal> ideal;
    for (Bundle &b : bundles) {
        qreal sum = 0;
        for (int t : b.transitions)
            sum += rectOf(from[t]).center().x();
        b.barycentre = sum / qreal(b.transitions.size());
    }
    const qreal mainRight = x;
    for (int i = 0; i < n; ++i) {
        if (column[i] >= 0)
            continue;
        lower.append(i);
        qreal sum = 0;
        int count = 0;
        for (const Bundle &b : bundles) {
            if (b.to == states[i].name) {
                sum += b.barycentre * qreal(b.transitions.size());
                count += int(b.transitions.size());
            }
        }
        ideal.insert(i, count > 0 ? sum / count : mainRight);
    }
    std::stable_sort(lower.begin(), lower.end(), [&](int a, int b) {
        return ideal.value(a) != ideal.value(b) ? ideal.value(a) < ideal.value(b) : before(a, b);
    });
    QList<qreal> left(lower.size()), width(lower.size());
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const int s = lower[i];
        qreal labels = 0;
        int count = 0;
        for (const Bundle &b : bundles) {
            if (b.to == states[s].name) {
                labels += b.labelSize.width();
                ++count;
            }
        }
        width[i] = std::max(text[s].width(), labels + 8 * std::max(0, count - 1)) + 2 * NodePadX;
        left[i] = ideal.value(s) - width[i] / 2;
        if (i > 0)
            left[i] = std::max(left[i], left[i - 1] + width[i - 1] + LowerGap);
    }
    for (qsizetype i = lower.size() - 1; i >= 0; --i) { // pull back what runs past the main row
        const qreal limit = i + 1 < lower.size() ? left[i + 1] - LowerGap : std::max(mainRight, left[i] + width[i]);
        left[i] = std::max(qreal(0), std::min(left[i], limit - width[i]));
    }
    for (qsizetype i = 1; i < lower.size(); ++i)
        left[i] = std::max(left[i], left[i - 1] + width[i - 1] + LowerGap);

    // Trunks side by side on top of each lower state, in the order of their sources.
    std::stable_sort(bundles.begin(), bundles.end(),
                     [](const Bundle &a, const Bundle &b) { return a.barycentre < b.barycentre; });
    for (qsizetype i = 0; i < lower.size(); ++i) {
        QList<Bundle *> into;
        qreal total = -8;
        for (Bundle &b : bundles) {
            if (b.to == states[lower[i]].name) {
                into.append(&b);
                total += b.labelSize.width() + 8;
            }
        }
        qreal cx = left[i] + width[i] / 2 - total / 2;
        for (Bundle *b : into) {
            b->trunkX = cx + b->labelSize.width() / 2;
            cx += b->labelSize.width() + 8;
        }
    }
    // Drops along the bottom of each main state, in the order of their trunks.
    QHash<int, qreal> dropX;
    for (int s : mainPath) {
        QList<std::pair<qreal, int>> drops;
        for (const Bundle &b : bundles) {
            for (int t : b.transitions) {
                if (from[t] == s)
                    drops.append({b.trunkX, t});
            }
        }
        std::sort(drops.begin(), drops.end());
        const QRectF rect = rectOf(s);
        for (qsizetype i = 0; i < drops.size(); ++i)
            dropX.insert(drops[i].second, rect.left() + rect.width() * qreal(i + 1) / qreal(drops.size() + 1));
    }
    // A trunk a few pixels beside a drop would jog: move its state under the nearest drop instead.
    for (qsizetype i = 0; i < lower.size(); ++i) {
        Bundle *only = nullptr;
        int count = 0;
        for (Bundle &b : bundles) {
            if (b.to == states[lower[i]].name) {
                only = &b;
                ++count;
            }
        }
        if (count != 1)
            continue;
        qreal shift = width[i];
        for (int t : only->transitions) {
            if (std::abs(dropX.value(t) - only->trunkX) < std::abs(shift))
                shift = dropX.value(t) - only->trunkX;
        }
        const qreal lo = i > 0 ? left[i - 1] + width[i - 1] + LowerGap : 0;
        const qreal hi = i + 1 < lower.size() ? left[i + 1] - LowerGap - width[i] : left[i] + width[i];
        if (std::abs(shift) < width[i] / 2 && left[i] + shift >= lo && left[i] + shift <= hi) {
            left[i] += shift;
            only->trunkX += shift;
        }
    }
    for (Bundle &b : bundles) {
        b.lo = b.hi = b.trunkX;
        for (int t : b.transitions) {
            b.drops.append(dropX.value(t));
            b.lo = std::min(b.lo, dropX.value(t));
            b.hi = std::max(b.hi, dropX.value(t));
        }
    }
    // Channel order: the one with fewest crossings (the widest first on a tie); few bundles, so try them all.
    QList<int> order(bundles.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return bundles[a].hi - bundles[a].lo > bundles[b].hi - bundles[b].lo; });
    if (bundles.size() <= 6) {
        const auto cost = [&](const QList<int> &o) {
            int total = 0;
            for (qsizetype i = 0; i < o.size(); ++i) {
                for (qsizetype j = i + 1; j < o.size(); ++j)
                    total += crossings(bundles[o[i]], bundles[o[j]]);
            }
            return total;
        };
        QList<int> permutation = order;
        std::sort(permutation.begin(), permutation.end());
        int best = cost(order);
        do {
            const int c = cost(permutation);
            if (c < best) {
                best = c;
                order = permutation;
            }
        } while (std::next_permutation(permutation.begin(), permutation.end()));
    }
    int levels = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        Bundle &b = bundles[order[k]];
        b.level = 0;
        for (qsizetype j = 0; j < k; ++j) {
            const Bundle &a = bundles[order[j]];
            if (b.lo <= a.hi + Corner && a.lo <= b.hi + Corner)
                b.level = std::max(b.level, a.level + 1);
        }
        levels = std::max(levels, b.level + 1);
    }
    const qreal channelTop = bottom + 18;
    const qreal stripTop = channelTop + std::max(0, levels - 1) * ChannelStep + 16;
    qreal bundleLabelHeight = 0;
    for (const Bundle &b : bundles)
        bundleLabelHeight = std::max(bundleLabelHeight, b.labelSize.height());
    const qreal lowerTop = bundles.isEmpty() ? bottom + 24 : stripTop + bundleLabelHeight + timeSize.height() + 16;
    for (qsizetype i = 0; i < lower.size(); ++i)
        layout.nodes.insert(states[lower[i]].name, {QRectF(left[i], lowerTop, width[i], lowerHeight), false});
    for (const Bundle &b : bundles) {
        const qreal y = channelTop + b.level * ChannelStep;
        for (int t : b.transitions) {
            const qreal px = dropX.value(t);
            layout.edges[t] = roundedRoute({{px, mainHeight / 2}, {px, y}, {b.trunkX, y}, {b.trunkX, lowerTop}});
        }
        const QRectF label = centredRect(b.trunkX, stripTop, b.labelSize);
        addLabel(b.transitions, label, centredRect(b.trunkX, label.bottom() + 1, timeSize));
    }

    // Anything else (edges out of the lower band): a plain curve.
    for (int t : fallback) {
        const QRectF a = rectOf(from[t]), b = rectOf(to[t]);
        const bool down = b.top() > a.bottom();
        const QPointF p0(a.center().x(), down ? a.bottom() : a.top()), p1(b.center().x(), down ? b.top() : b.bottom());
        const qreal dy = (p1.y() - p0.y()) / 2;
        QPainterPath path(p0);
        path.cubicTo(p0 + QPointF(0, dy), p1 - QPointF(0, dy), p1);
        layout.edges[t] = path;
        const QRectF label = centredRect(path.pointAtPercent(0.5).x(), path.pointAtPercent(0.5).y(), labelSize(t));
        addLabel({t}, label, centredRect(label.center().x(), label.bottom() + 1, timeSize));
    }

    // Move it all to the margin.
    QRectF bounds;
    for (const Node &node : std::as_const(layout.nodes))
        bounds |= node.rect;
    for (const Label &label : std::as_const(layout.labels))
        bounds |= label.rect | label.timeRect;
    for (const QPainterPath &path : std::as_const(layout.edges))
        bounds |= path.boundingRect();
    if (layout.hasEntry)
        bounds |= QRectF(layout.entry - QPointF(5, 5), QSizeF(10, 10));
    constexpr qreal Margin = 10;
    const QPointF shift = QPointF(Margin, Margin) - bounds.topLeft();
    for (Node &node : layout.nodes)
        node.rect.translate(shift);
    for (Label &label : layout.labels) {
        label.rect.translate(shift);
        label.timeRect.translate(shift);
    }
    for (QPainterPath &path : layout.edges)
        path.translate(shift);
    layout.entry += shift;
    layout.size = bounds.size() + QSizeF(2 * Margin, 2 * Margin);
    return layout;
}

} // namespace Stockroom::Ui::StateMachineLayout
