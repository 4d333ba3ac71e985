#pragma once

#include "ledgerrecords.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <result.h>

namespace Stockroom::Services {

class Session;

struct OrderLine
{
    QString sku;
    QString location;
    qint64 quantity = 0;
};

struct ReserveRequest
{
    QString sku;
    QString location;
    qint64 quantity = 0;
    int ttlSeconds = 900;
    QString channel = QStringLiteral("store");
    QString orderRef;
};

struct LocationInfo
{
    QString code;
    QString name;
    QString kind; // warehouse or store
    QString region;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// The ledger's write API and reads, one database round trip per operation. Every mutation takes an
// idempotency key: a retry with the same key returns the first result (with "replayed": true).
class LedgerService final
{
public:
    explicit LedgerService(Session &session);

    static QString newKey();
    // The session it calls on, for the other domains' services an operation may need (counts).
    Session &session() const { return m_session; }

    Result<QJsonObject> addLocation(const LocationInfo &location);
    // With a unit cost, an existing SKU without one gets it; one with another cost is refused.
    Result<QJsonObject> addSku(const QString &code, const QString &name, const QStringList &barcodes = {},
                               std::optional<qint64> unitCostCents = std::nullopt);
    Result<QJsonObject> updateSku(const SkuUpdate &update, const QString &key);
    Result<QJsonObject> updateLocation(const LocationUpdate &update, const QString &key);

    Result<QJsonObject> receive(const QString &sku, const QString &location, qint64 quantity, const QString &key,
                                const QString &reference = {});
    Result<QJsonObject> adjust(const QString &sku, const QString &location, qint64 delta, const QString &reason,
                               const QString &key, const QString &reference = {});
    // position: the stock row's newest movement when it was counted (-1: as of now); the difference is taken
    // against on hand there, so movements after it stay.
    Result<QJsonObject> count(const QString &sku, const QString &location, qint64 counted, const QString &key,
                              qint64 position = -1);
    Result<QJsonObject> setSafetyStock(const QString &sku, const QString &location, qint64 quantity,
                                       const QString &key);
    Result<QJsonObject> transferShip(const QString &sku, const QString &from, const QString &to, qint64 quantity,
                                     const QString &key);
    Result<QJsonObject> transferReceive(qint64 transfer, std::optional<qint64> quantity, const QString &key);
    // What is still in transit goes back to the source's on hand.
    Result<QJsonObject> transferCancel(qint64 transfer, const QString &key);
    // Units lost in transit, for a reason that takes stock out (lost, theft, damaged, ...).
    Result<QJsonObject> transferWriteOff(qint64 transfer, qint64 quantity, const QString &reason, const QString &key);
    Result<QJsonObject> returnStock(const QString &sku, const QString &location, qint64 quantity, bool damaged,
                                    const QString &key, const QString &reference = {});

    Result<QJsonObject> reserve(const ReserveRequest &request, const QString &key);
    Result<QJsonObject> reserveOrder(const QString &orderRef, const QList<OrderLine> &lines, int ttlSeconds,
                                     const QString &channel, const QString &key);
    Result<QJsonObject> commit(qint64 reservation, const QString &key);
    Result<QJsonObject> release(qint64 reservation, const QString &key);
    // Releases every reservation that is still active, for reason; those already resolved are listed under
    // "skipped". One key for the whole batch.
    Result<QJsonObject> releaseMany(const QList<qint64> &reservations, const QString &reason, const QString &key);
    Result<QJsonObject> sweep(int limit = 1000);

    Result<QJsonArray> stock(const QString &sku, const QString &location = {});
    Result<QJsonArray> ledger(const QString &sku, const QString &location, int limit);
    Result<QJsonArray> verify(); // empty: every balance equals its ledger

    // Hot-SKU mode (a manager's): the row's free units spread over `slots` slot rows that reserves take from in
    // parallel; off returns them to the row. hotSkus lists the rows in hot mode. The key is a UUID.
    Result<QJsonObject> hotSkuEnable(const QString &sku, const QString &location, int slotCount, const QString &key);
    Result<QJsonObject> hotSkuDisable(const QString &sku, const QString &location, const QString &key);
    Result<QJsonArray> hotSkus();
    Result<QJsonArray> eventsAfter(qint64 afterId, int limit = 1000);
    Result<QJsonArray> locations();

    // The workstation's reads (ledgerservicereads.cpp).
    Result<QList<AdjustReason>> adjustReasons();
    // Newest first; location matches either end; openOnly keeps those with units in transit.
    Result<QList<TransferInfo>> transferList(const QString &location = {}, bool openOnly = false, int limit = 1000);
    // One row per reservation line, by reservation id; expiredOnly keeps those past their TTL but not yet swept.
    Result<QList<ReservationInfo>> openReservations(const QString &location = {}, bool expiredOnly = false,
                                                    int limit = 1000);

private:
    Session &m_session;
};

} // namespace Stockroom::Services
