#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockroom::Services {

// What the order screens read from the ledger (resources/migrations/0006_orders.sql) and send to it, as plain
// values that can cross threads. Orders themselves travel as the API's JSON (api.order_show): its keys are the
// contract every client shares.

// One state of a machine (api.order_states).
struct MachineState
{
    QString machine; // order, fulfillment or return
    QString state;
    int position = 0;
    bool initial = false;
    bool terminal = false;
    qint64 timeLimitSeconds = 0; // 0: no limit
};

// One row of the transition table (api.order_machine).
struct MachineTransition
{
    QString machine;
    QString from;
    QString event;
    QString to;
    QStringList roles;
    QString effect;
    QString guard;
    QString description;
    bool systemOnly = false;
};

// The three machines: orders, fulfillments, returns.
struct OrderMachine
{
    QList<MachineState> states;
    QList<MachineTransition> transitions;

    QList<MachineState> statesOf(const QString &machine) const;
    QList<MachineTransition> transitionsOf(const QString &machine) const;
};

// How many orders (fulfillments, returns) are in one state now, and how old (api.order_board).
struct BoardCell
{
    QString machine;
    QString state;
    int position = 0;
    bool terminal = false;
    qint64 count = 0;
    qint64 stuck = 0;
    qint64 oldestAgeSeconds = 0;
    qint64 averageAgeSeconds = 0;
    qint64 timeLimitSeconds = 0; // 0: no limit
};

// Which orders a list shows; empty fields do not filter. Newest first, keyset-paged by id.
struct OrderFilter
{
    QString state;
    QString channel;
    QString search;              // a reference, or its beginning
    QString fulfillmentState;    // only orders with a fulfillment in this state
    qint64 olderThanSeconds = 0; // only orders created at least this long ago
    bool stuckOnly = false;
    qint64 beforeId = 0; // the next page starts below this id; 0: the first page
    int limit = 200;

    bool operator==(const OrderFilter &other) const = default;
};

// A new order: lines of (SKU, quantity), shipped to coordinates or picked up at a location.
struct OrderDraft
{
    QString channel;
    QString ref;
    QList<QPair<QString, qint64>> lines;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString pickup;
    int ttlSeconds = 1800;
};

// An event fired at an order, one of its fulfillments, or one of its returns.
struct OrderEvent
{
    QString ref;
    QString channel;
    QString event;
    QString expect; // the state the caller saw; empty: any state the event is allowed from
    qint64 fulfillment = 0;
    qint64 returnId = 0;
    QString reason;
};

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::OrderMachine)
Q_DECLARE_METATYPE(Stockroom::Services::OrderFilter)
