#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stockroom::Models {

// The user's words for the order machines' codes (resources/migrations/0006_orders.sql): "Payment authorized"
// for payment_authorized, "Authorize payment" for authorize_payment. An unknown code (from a newer schema) is
// shown as it is, underscores as spaces.
class OrderWords
{
    Q_DECLARE_TR_FUNCTIONS(OrderWords)

public:
    static QString state(const QString &state);
    static QString event(const QString &event);
    static QString machine(const QString &machine);
    static QString strategy(const QString &strategy);
    static QString rejection(const QString &reason);
    static QString channel(const QString &channel);
    // "3 d 4 h", "5 h 12 min", "12 min", "40 s".
    static QString duration(qint64 seconds);
};

} // namespace Stockroom::Models
