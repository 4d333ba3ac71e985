#include "screenshot.h"

#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <orders/statemachinegraph.h>

using namespace Stockroom;
using Ui::MachineState;
using Ui::MachineTransition;
using Ui::PathStep;

namespace {

// The three machines of resources/migrations/0006_orders.sql (ledger.order_state, ledger.order_transition).
struct Machine
{
    QList<MachineState> states;
    QList<MachineTransition> transitions;
    QStringList mainPath;
    QList<PathStep> path;
    QString current;
    QStringList available;
};

QString labelFor(const QString &name)
{
    QString label = name;
    label.replace(u'_', u' ');
    return label;
}

MachineState state(const char *name, int position, bool initial = false, bool terminal = false)
{
    const QString n = QString::fromLatin1(name);
    QString label = labelFor(n);
    label[0] = label[0].toUpper();
    return {n, label, position, initial, terminal};
}

MachineTransition transition(const char *from, const char *event, const char *to, const char *roles)
{
    const QStringList r = QString::fromLatin1(roles).split(u',');
    return {QString::fromLatin1(from),
            QString::fromLatin1(event),
            labelFor(QString::fromLatin1(event)),
            QString::fromLatin1(to),
            r,
            r == QStringList{QStringLiteral("system")}};
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute));
}

Machine orderMachine()
{
    Machine m;
    m.states = {state("created", 1, true),          state("allocated", 2),
                state("payment_authorized", 3),     state("fulfilling", 4),
                state("partially_shipped", 5),      state("completed", 6, false, true),
                state("cancelled", 7, false, true), state("payment_failed", 8, false, true),
                state("expired", 9, false, true)};
    m.transitions = {
        transition("created", "allocate", "allocated", "checkout,manager"),
        transition("created", "cancel", "cancelled", "checkout,manager"),
        transition("created", "expire", "expired", "system"),
        transition("allocated", "authorize_payment", "payment_authorized", "checkout,manager"),
        transition("allocated", "fail_payment", "payment_failed", "checkout,manager"),
        transition("allocated", "cancel", "cancelled", "checkout,manager"),
        transition("allocated", "expire", "expired", "system"),
        transition("payment_authorized", "start_fulfillment", "fulfilling", "system"),
        transition("payment_authorized", "cancel", "cancelled", "manager"),
        transition("fulfilling", "ship_part", "partially_shipped", "system"),
        transition("fulfilling", "complete", "completed", "system"),
        transition("fulfilling", "cancel", "cancelled", "manager"),
        transition("partially_shipped", "complete", "completed", "system"),
        transition("partially_shipped", "cancel", "cancelled", "manager"),
    };
    m.mainPath = {
        QStringLiteral("created"),    QStringLiteral("allocated"),         QStringLiteral("payment_authorized"),
        QStringLiteral("fulfilling"), QStringLiteral("partially_shipped"), QStringLiteral("completed")};
    m.path = {{QStringLiteral("created"), QStringLiteral("allocate"), QStringLiteral("allocated"), at(11, 9, 12)},
              {QStringLiteral("allocated"), QStringLiteral("authorize_payment"), QStringLiteral("payment_authorized"),
               at(11, 9, 14)},
              {QStringLiteral("payment_authorized"), QStringLiteral("start_fulfillment"), QStringLiteral("fulfilling"),
               at(11, 10, 2)}};
    m.current = QStringLiteral("fulfilling");
    m.available = {QStringLiteral("cancel")};
    return m;
}

Machine fulfillmentMachine()
{
    Machine m;
    m.states = {state("reserved", 1, true),
                state("picking", 2),
                state("packed", 3),
                state("shipped", 4),
                state("delivered", 5, false, true),
                state("cancelled", 6, false, true)};
    m.transitions = {
        transition("reserved", "pick", "picking", "associate"),
        transition("reserved", "cancel", "cancelled", "system"),
        transition("picking", "pack", "packed", "associate"),
        transition("picking", "cancel", "cancelled", "system"),
        transition("packed", "ship", "shipped", "associate"),
        transition("packed", "cancel", "cancelled", "system"),
        transition("shipped", "deliver", "delivered", "associate,checkout"),
    };
    m.mainPath = {QStringLiteral("reserved"), QStringLiteral("picking"), QStringLiteral("packed"),
                  QStringLiteral("shipped"), QStringLiteral("delivered")};
    m.path = {{QStringLiteral("reserved"), QStringLiteral("pick"), QStringLiteral("picking"), at(11, 10, 5)},
              {QStringLiteral("picking"), QStringLiteral("pack"), QStringLiteral("packed"), at(11, 10, 41)}};
    m.current = QStringLiteral("packed");
    m.available = {QStringLiteral("ship")};
    return m;
}

Machine returnMachine()
{
    Machine m;
    m.states = {state("return_requested", 1, true), state("returned", 2, false, true),
                state("rejected", 3, false, true)};
    m.transitions = {
        transition("return_requested", "receive_restock", "returned", "associate"),
        transition("return_requested", "receive_damaged", "returned", "associate"),
        transition("return_requested", "reject", "rejected", "manager"),
    };
    m.mainPath = {QStringLiteral("return_requested"), QStringLiteral("returned")};
    m.current = QStringLiteral("return_requested");
    m.available = {QStringLiteral("receive_restock"), QStringLiteral("receive_damaged"), QStringLiteral("reject")};
    return m;
}

Machine machine(const QString &name)
{
    if (name == u"order-cancelled") {
        Machine m = orderMachine();
        m.path = {m.path.first(),
                  {QStringLiteral("allocated"), QStringLiteral("cancel"), QStringLiteral("cancelled"), at(11, 9, 30)}};
        m.current = QStringLiteral("cancelled");
        m.available.clear();
        return m;
    }
    if (name == u"fulfillment")
        return fulfillmentMachine();
    if (name == u"return")
        return returnMachine();
    return orderMachine();
}

void show(Ui::StateMachineGraph &graph, const Machine &m)
{
    graph.setMachine(m.states, m.transitions);
    graph.setPath(m.path, m.current);
    graph.setAvailableEvents(m.available);
    graph.resize(graph.sizeHint());
}

} // namespace

class TestStateMachineGraph : public QObject
{
    Q_OBJECT

private slots:
    void layoutIsClean_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("order") << QStringLiteral("order");
        QTest::newRow("fulfillment") << QStringLiteral("fulfillment");
        QTest::newRow("return") << QStringLiteral("return");
    }

    void layoutIsClean()
    {
        QFETCH(QString, name);
        const Machine m = machine(name);
        Ui::StateMachineGraph graph;
        show(graph, m);
        const QRectF area = graph.rect();
        QVERIFY(graph.minimumSizeHint().width() < graph.sizeHint().width());

        QList<QRectF> boxes;
        for (const MachineState &s : m.states) {
            const QRectF box = graph.nodeRect(s.name);
            QVERIFY2(!box.isEmpty(), qPrintable(s.name));
            QVERIFY2(area.contains(box), qPrintable(s.name));
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!box.intersects(other), qPrintable(s.name));
            boxes.append(box);
        }
        QList<QRectF> labels;
        for (const MachineTransition &t : m.transitions) {
            const QRectF label = graph.eventLabelRect(t.from, t.event);
            const QString what = t.from + u' ' + t.event;
            QVERIFY2(!label.isEmpty(), qPrintable(what));
            QVERIFY2(area.contains(label), qPrintable(what));
            for (const QRectF &box : std::as_const(boxes))
                QVERIFY2(!label.intersects(box), qPrintable(what));
            // Edges merged into one trunk share one label; any other two labels stay apart.
            for (const QRectF &other : std::as_const(labels))
                QVERIFY2(label == other || !label.intersects(other), qPrintable(what));
            labels.append(label);
        }
        QVERIFY(graph.eventLabelRect(QStringLiteral("nowhere"), QStringLiteral("cancel")).isNull());

        // The main path reads left to right in one row.
        for (qsizetype i = 1; i < m.mainPath.size(); ++i) {
            const QRectF a = graph.nodeRect(m.mainPath[i - 1]), b = graph.nodeRect(m.mainPath[i]);
            QCOMPARE(b.center().y(), a.center().y());
            QVERIFY(b.left() > a.right());
        }
        // Everything else sits below it.
        const qreal row = graph.nodeRect(m.mainPath.first()).bottom();
        for (const MachineState &s : m.states) {
            if (!m.mainPath.contains(s.name))
                QVERIFY2(graph.nodeRect(s.name).top() > row, qPrintable(s.name));
        }
    }

    void mergedEdgesShareALabel()
    {
        Ui::StateMachineGraph graph;
        show(graph, orderMachine());
        const QRectF cancel = graph.eventLabelRect(QStringLiteral("created"), QStringLiteral("cancel"));
        for (const char *from : {"allocated", "payment_authorized", "fulfilling", "partially_shipped"})
            QCOMPARE(graph.eventLabelRect(QString::fromLatin1(from), QStringLiteral("cancel")), cancel);
        QCOMPARE(graph.eventLabelRect(QStringLiteral("created"), QStringLiteral("expire")),
                 graph.eventLabelRect(QStringLiteral("allocated"), QStringLiteral("expire")));
        // Two events between the same two states keep two labels.
        show(graph, returnMachine());
        QVERIFY(graph.eventLabelRect(QStringLiteral("return_requested"), QStringLiteral("receive_restock")) !=
                graph.eventLabelRect(QStringLiteral("return_requested"), QStringLiteral("receive_damaged")));
    }

    void clickingAnAvailableEventFiresIt()
    {
        Ui::StateMachineGraph graph;
        Machine m = orderMachine();
        m.path = {{QStringLiteral("created"), QStringLiteral("allocate"), QStringLiteral("allocated"), at(11, 9, 12)}};
        m.current = QStringLiteral("allocated");
        m.available = {QStringLiteral("authorize_payment"), QStringLiteral("cancel")};
        show(graph, m);
        graph.show();
        QVERIFY(QTest::qWaitForWindowExposed(&graph));
        QSignalSpy events(&graph, &Ui::StateMachineGraph::eventClicked);
        QSignalSpy states(&graph, &Ui::StateMachineGraph::stateClicked);

        const auto click = [&](const QRectF &rect) {
            QTest::mouseClick(&graph, Qt::LeftButton, {}, rect.center().toPoint());
        };
        click(graph.eventLabelRect(QStringLiteral("allocated"), QStringLiteral("authorize_payment")));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.takeFirst().at(0).toString(), QStringLiteral("authorize_payment"));
        click(graph.eventLabelRect(QStringLiteral("allocated"), QStringLiteral("cancel"))); // the shared trunk
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.takeFirst().at(0).toString(), QStringLiteral("cancel"));
        // Not available now: nothing fires.
        click(graph.eventLabelRect(QStringLiteral("allocated"), QStringLiteral("fail_payment")));
        click(graph.eventLabelRect(QStringLiteral("created"), QStringLiteral("allocate")));
        QCOMPARE(events.size(), 0);
        click(graph.nodeRect(QStringLiteral("payment_failed")));
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.takeFirst().at(0).toString(), QStringLiteral("payment_failed"));

        // Scaled down, the labels are still where the clicks land.
        graph.resize(graph.minimumSizeHint());
        click(graph.eventLabelRect(QStringLiteral("allocated"), QStringLiteral("authorize_payment")));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.takeFirst().at(0).toString(), QStringLiteral("authorize_payment"));
    }

    void describesTheMachineInWords()
    {
        Ui::StateMachineGraph graph;
        show(graph, orderMachine());
        const QString text = graph.describe();
        QVERIFY(text.contains(QStringLiteral("Created → Allocated (allocate)")));
        QVERIFY(text.contains(QStringLiteral("Fulfilling → Completed (complete, by the system)")));
        QVERIFY(text.contains(QStringLiteral("Current state: Fulfilling")));
        QVERIFY(text.contains(QStringLiteral("Available now: cancel")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        for (const char *name : {"order", "fulfillment", "return"}) {
            for (const QSize size : {QSize(900, 420), QSize(1600, 700)}) {
                const QString tag = QStringLiteral("graph-%1-%2x%3")
                                        .arg(QString::fromLatin1(name))
                                        .arg(size.width())
                                        .arg(size.height());
                QTest::newRow(qPrintable(tag)) << QString::fromLatin1(name) << size << false;
            }
        }
        QTest::newRow("graph-order-dark-1200x420") << QStringLiteral("order") << QSize(1200, 420) << true;
        QTest::newRow("graph-order-cancelled-1200x420")
            << QStringLiteral("order-cancelled") << QSize(1200, 420) << false;
    }

    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("STOCKROOM_SCREENSHOTS"))
            QSKIP("STOCKROOM_SCREENSHOTS is not set");
        QFETCH(QString, name);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        // As the order view holds it: in a scroll area that scrolls only below the readable minimum.
        QScrollArea area;
        area.setWidgetResizable(true);
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
            palette.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            palette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
            palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            area.setPalette(palette);
        }
        auto *graph = new Ui::StateMachineGraph;
        show(*graph, machine(name));
        area.setWidget(graph);
        area.resize(size);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        Tests::saveScreenshot(&area, QString::fromLatin1(QTest::currentDataTag()));
    }
};

QTEST_MAIN(TestStateMachineGraph)
#include "tst_statemachinegraph.moc"
