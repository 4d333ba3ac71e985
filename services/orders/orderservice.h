#pragma once

#include "orderrecords.h"

#include <result.h>

namespace Stockroom::Services {

class Session;

// The order API of the ledger (resources/migrations/0006_orders.sql, 0007_allocation.sql) on one session.
// Every mutation takes an idempotency key; refusals come back as the API's typed errors.
class OrderService final
{
public:
    explicit OrderService(Session &session);

    Result<QJsonObject> create(const OrderDraft &draft, const QString &key);
    Result<QJsonObject> show(const QString &ref, const QString &channel = {});
    // Ranked allocation plans, with the reasons each unused location was passed over.
    Result<QJsonObject> preview(const QString &ref, const QString &channel = {});
    // Reserves one plan of a preview as it saw the stock; refused (Refused) if stock moved since.
    Result<QJsonObject> allocate(const QString &ref, const QString &channel, const QJsonObject &plan,
                                 const QString &key);
    Result<QJsonObject> allocateByStrategy(const QString &ref, const QString &channel, const QString &strategy,
                                           const QString &key);
    Result<QJsonObject> fire(const OrderEvent &event, const QString &key);
    Result<QJsonObject> cancel(const QString &ref, const QString &channel, const QString &reason, const QString &key);
    // A return of what one fulfillment shipped; no lines: everything it shipped that is not yet coming back.
    Result<QJsonObject> requestReturn(const QString &ref, const QString &channel, qint64 fulfillment,
                                      const QList<QPair<QString, qint64>> &lines, const QString &reason,
                                      const QString &key);

    Result<QJsonArray> list(const OrderFilter &filter);
    Result<OrderMachine> machine();
    Result<QList<BoardCell>> board();
    Result<QStringList> channels();

private:
    Session &m_session;
};

} // namespace Stockroom::Services
