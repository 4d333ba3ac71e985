#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stockroom::Services {

// What the workstation's screens read from the ledger (resources/migrations/0004_workstation.sql), as plain
// values that can cross threads, and what its edit forms send. toJson() uses the API's own key names.

// One adjustment reason (api.adjust_reasons), in the order a form lists them.
struct AdjustReason
{
    enum class Direction
    {
        In,     // takes stock in: the quantity is positive
        Out,    // takes stock out: the quantity is negative
        Either, // either way
    };

    QString code;
    QString description;
    Direction direction = Direction::Either;
    bool needsNote = false; // refused without a note (the adjustment's reference)

    // Whether an adjustment by delta goes with this reason's direction.
    bool allows(qint64 delta) const;
    QJsonObject toJson() const;
    static QString directionName(Direction direction);
    static Direction directionFrom(const QString &name);
};

// One transfer as the transfers screen shows it (api.transfer_list).
struct TransferInfo
{
    qint64 id = 0;
    QString sku;
    QString skuName;
    QString from;
    QString to;
    qint64 shipped = 0;
    qint64 received = 0;
    qint64 writtenOff = 0;
    qint64 cancelled = 0; // put back on the source's shelf by a cancel
    qint64 inTransit = 0; // shipped - received - written off - cancelled
    QString state;        // in_transit, received, cancelled or written_off
    QDateTime shippedAt;
    QDateTime lastChangeAt;
    QString shippedBy;

    bool isOpen() const { return state == u"in_transit"; }
    // Keys: id, sku, sku_name, from, to, shipped, received, written_off, cancelled, in_transit, state, shipped_at,
    // last_change_at, shipped_by.
    QJsonObject toJson() const;
};

// One line of an active reservation (api.open_reservations); a reservation of several lines is several of these
// with the same id.
struct ReservationInfo
{
    qint64 id = 0;
    QString sku;
    QString skuName;
    QString location;
    QString orderRef;
    QString channel;
    qint64 quantity = 0;
    qint64 backordered = 0; // of quantity, held against inbound stock
    QDateTime createdAt;
    QDateTime expiresAt;
    QString createdBy;    // the login that made it
    bool expired = false; // its TTL has passed but no sweeper has expired it yet

    // Keys: id, sku, sku_name, location, order_ref, channel, quantity, backordered, created_at, expires_at,
    // created_by, expired.
    QJsonObject toJson() const;
};

// An edit of a SKU (api.update_sku): what is not set stays as it is.
struct SkuUpdate
{
    QString code;
    std::optional<QString> name;
    std::optional<QStringList> barcodes; // replaces the SKU's barcodes; an empty list removes them all
    std::optional<qint64> unitCostCents; // 1250 is 12.50
};

// An edit of a location (api.update_location): what is not set stays as it is. Its code and kind stay.
struct LocationUpdate
{
    QString code;
    std::optional<QString> name;
    std::optional<QString> region;  // an empty region removes it
    std::optional<double> latitude; // latitude and longitude go together
    std::optional<double> longitude;
};

// Money in whole cents, written the way the ledger's numeric(12,2) reads it: 1250 is "12.50".
QString formatCents(qint64 cents);
// "12", "12.5" and "12.50" are 1250; anything that is not a non-negative amount with at most two decimals
// (and below 10^10) is std::nullopt.
std::optional<qint64> parseCents(const QString &text);

} // namespace Stockroom::Services

Q_DECLARE_METATYPE(Stockroom::Services::AdjustReason)
Q_DECLARE_METATYPE(Stockroom::Services::TransferInfo)
Q_DECLARE_METATYPE(Stockroom::Services::ReservationInfo)
