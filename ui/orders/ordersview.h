#pragma once

#include <QHash>
#include <QPointer>

#include <connection/connectionspec.h>
#include <workview.h>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Stockroom::Models {
class OrderModel;
class ReadThread;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class OrderDetailDialog;

// Orders, newest first, filtered by state, channel, reference and "stuck", updated live from the outbox. Enter
// or a double click opens an order's detail: its lines, fulfillments, machine and history.
class OrdersView final : public WorkView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersView)

public:
    OrdersView(Models::ReadThread *reads, const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    ~OrdersView() override;

    Models::OrderModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Shows the orders in one state (from the board); an empty state shows all.
    void showState(const QString &state);
    // Shows the orders with a fulfillment in one state (from the board's fulfillment tiles).
    void showFulfillmentState(const QString &state);
    void showStuck();
    // Opens (or raises) the detail of one order.
    OrderDetailDialog *openOrder(const QString &ref, const QString &channel);
    OrderDetailDialog *openCurrent();
    // Orders changed in the ledger: the list reads again soon, open details at once.
    void ordersChanged(const QStringList &refs);

    void activate() override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    QString summary() const override;

private:
    void applyFilter();
    void onLoaded();

    Services::ConnectionSpec m_spec;
    Models::OrderModel *m_model;
    QComboBox *m_state;
    QComboBox *m_channel;
    QComboBox *m_age;
    QPushButton *m_fulfillmentFilter; // shown while a fulfillment state filters the list; a click removes it
    QString m_fulfillmentState;
    QLineEdit *m_search;
    QCheckBox *m_stuck;
    QPushButton *m_open;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_refresh;
    bool m_fitted = false; // columns fitted to the first rows, or restored
    QHash<QString, QPointer<OrderDetailDialog>> m_details;
};

} // namespace Stockroom::Ui
