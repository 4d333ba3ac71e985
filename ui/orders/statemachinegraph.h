#pragma once

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Stockroom::Ui {

// One row of ledger.order_state, its label already translated by the caller.
struct MachineState
{
    QString name;
    QString label;
    int position = 0; // order along the main path: a hint for the layout
    bool initial = false;
    bool terminal = false;
};

// One row of ledger.order_transition.
struct MachineTransition
{
    QString from;
    QString event;
    QString eventLabel;
    QString to;
    QStringList roles;
    bool systemOnly = false; // only the ledger fires it: drawn dashed and grey
};

// One step an order (fulfillment, return) took; a path is oldest first.
struct PathStep
{
    QString from;
    QString event;
    QString to;
    QDateTime at;
};

namespace StateMachineLayout {
struct Layout;
}

// Draws a state machine as a graph: the main path left to right in one row, terminal states off that path
// (cancelled, expired, …) in a band below, with the edges from several states into one of them merged into
// one labelled trunk. Highlights the path an order took, its current state, and the events the user may
// fire now (their labels are clickable). Scales down to the width it is given, never below a readable
// minimum: sizeHint() is the natural size, for a QScrollArea around it.
class StateMachineGraph final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateMachineGraph)

public:
    explicit StateMachineGraph(QWidget *parent = nullptr);
    ~StateMachineGraph() override;

    void setMachine(const QList<MachineState> &states, const QList<MachineTransition> &transitions);
    void setPath(const QList<PathStep> &path, const QString &currentState);
    // The events the user may fire from the current state now: drawn emphasised, their labels clickable.
    void setAvailableEvents(const QStringList &events);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Where a state's box and a transition's label are drawn, in widget coordinates (empty when unknown).
    // Transitions merged into one trunk share one label.
    QRectF nodeRect(const QString &state) const;
    QRectF eventLabelRect(const QString &from, const QString &event) const;
    // The machine in words, one transition per line ("Created → Allocated (allocate)"), then the path taken,
    // the current state and the events available.
    QString describe() const;

Q_SIGNALS:
    void eventClicked(const QString &event);
    void stateClicked(const QString &state);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void relayout();
    QTransform viewTransform() const;
    int transitionIndex(const QString &from, const QString &event) const;
    bool isAvailable(int transition) const;
    bool onPath(int transition) const;
    int labelAt(const QPointF &widgetPos) const;
    QString stateAt(const QPointF &widgetPos) const;
    bool labelClickable(int label) const;
    QString stateLabel(const QString &state) const;
    void paintEdges(QPainter &painter) const;
    void paintNodes(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;

    QList<MachineState> m_states;
    QList<MachineTransition> m_transitions;
    QList<PathStep> m_path;
    QString m_current;
    QStringList m_available;
    std::unique_ptr<StateMachineLayout::Layout> m_layout;
    int m_hoveredLabel = -1;
};

} // namespace Stockroom::Ui
