#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <ledger/ledgerrecords.h>

class QTimer;

namespace Stockroom::Models {

class ReadThread;

// Active holds (api.open_reservations), soonest to expire first, with a live countdown of the time each
// has left; holds whose time has run out but that no sweeper has expired yet say so.
class ReservationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationModel)

public:
    enum Column
    {
        Id,
        Sku,
        Name,
        Location,
        Order,
        Channel,
        Quantity,
        TimeLeft,
        Created,
        CreatedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole,
        ReservationIdRole,
        ExpiredRole, // the TTL has passed (by the ledger's clock when read, by this clock since)
    };

    explicit ReservationModel(ReadThread *reads, QObject *parent = nullptr);
    ~ReservationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const QString &location, bool expiredOnly);
    void reload();
    const Services::ReservationInfo &rowAt(int row) const { return m_rows.at(row); }
    bool isExpired(const Services::ReservationInfo &row) const;

    // "4 min 05 s", "1 h 02 min", "Expired 3 min ago".
    static QString timeLeftText(qint64 seconds);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message, bool connectionLost);

private:
    void onLoaded(quint64 requestId, const QList<Services::ReservationInfo> &rows);
    void tick();

    ReadThread *m_reads;
    QList<Services::ReservationInfo> m_rows;
    QString m_location;
    bool m_expiredOnly = false;
    quint64 m_pending = 0;
    qint64 m_clockSkewMs = 0; // the ledger's clock minus this one, from the read
    QTimer *m_ticker;
};

} // namespace Stockroom::Models
