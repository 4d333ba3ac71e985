#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>
#include <orders/orderrecords.h>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Stockroom::Ui {

class StateMachineGraph;

// One order: its lines, fulfillments and returns, the state machine of the order (or of one fulfillment or
// return) drawn with the path it took and the current state, the legal next events as actions (disabled,
// with the reason, where this login may not fire them), and the history as a timeline. Reloads when the
// order changes in the ledger.
class OrderDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderDetailDialog)

public:
    OrderDetailDialog(const Services::ConnectionSpec &spec, const QString &ref, const QString &channel,
                      QWidget *parent = nullptr);
    ~OrderDetailDialog() override;

    QString ref() const { return m_ref; }
    QString channel() const { return m_channel; }
    const QJsonObject &order() const { return m_order; }
    StateMachineGraph *graph() const { return m_graph; }
    // The machine on show: "order", or "fulfillment" / "return" with its id.
    void showMachine(const QString &machine, qint64 target = 0);
    void reload();
    // Fires an event at the machine on show, expecting the state it is drawn in; asks first where the event
    // gives stock back or ends the order.
    void fire(const QString &event);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();
    void changed();
    void message(const QString &text);

private:
    void present(const QJsonObject &order, const Services::OrderMachine &machine);
    void showHeader();
    void showTables();
    void showTimeline();
    void showGraph();
    void showActions();
    void requestReturn();
    void allocate();
    QString targetState() const;
    void fireConfirmed(const QString &event, const QString &reason);

    Services::ConnectionSpec m_spec;
    QString m_ref;
    QString m_channel;
    QJsonObject m_order;
    Services::OrderMachine m_machine;
    QString m_shownMachine = QStringLiteral("order");
    qint64 m_shownTarget = 0;
    bool m_loading = false;
    bool m_reloadAgain = false;

    QLabel *m_title;
    QLabel *m_facts;
    QLabel *m_warning;
    QTableWidget *m_lines;
    QTableWidget *m_fulfillments;
    QTableWidget *m_returns;
    QLabel *m_returnsTitle;
    QComboBox *m_machineBox;
    StateMachineGraph *m_graph;
    QHBoxLayout *m_actions;
    QLabel *m_actionsHint;
    QTreeWidget *m_timeline;
    QPushButton *m_allocate;
    QPushButton *m_return;
};

} // namespace Stockroom::Ui
