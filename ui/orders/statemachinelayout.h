#pragma once

#include "orders/statemachinegraph.h"

#include <QFont>
#include <QHash>
#include <QPainterPath>
#include <QSizeF>

// The geometry of a StateMachineGraph at scale 1, kept apart from the painting: a layered layout of its own
// (no Graphviz) for the small machines of the ledger.
namespace Stockroom::Ui::StateMachineLayout {

struct Node
{
    QRectF rect;
    bool mainRow = false;
};

// One label per edge, or one shared by the edges merged into one trunk (the same event into the same state).
struct Label
{
    QRectF rect;     // the event's name
    QRectF timeRect; // where the time it was fired goes when it is on the path
    QString text;
    QList<int> transitions;
};

struct Layout
{
    QHash<QString, Node> nodes;
    QList<QPainterPath> edges; // one per transition, in its order; empty when it is not drawn
    QList<int> edgeLabel;      // index into labels per transition, -1 for none
    QList<Label> labels;
    QPointF entry; // the initial state's entry dot; the arrow runs right from it to the state
    bool hasEntry = false;
    QSizeF size;
};

struct Metrics
{
    QFont node;      // bold: a node is sized for its label in bold, so marking it current moves nothing
    QFont label;     // edge labels
    QFont time;      // timestamps, two lines (date, time)
    QSizeF timeSize; // the largest timestamp
};

// Labels are wrapped to this many line heights of their font.
constexpr qreal NodeTextWidth = 6.0;
constexpr qreal LabelTextWidth = 5.5;
constexpr int TextFlags = Qt::AlignCenter | Qt::TextWordWrap;

Layout compute(const QList<MachineState> &states, const QList<MachineTransition> &transitions, const Metrics &metrics);

} // namespace Stockroom::Ui::StateMachineLayout
