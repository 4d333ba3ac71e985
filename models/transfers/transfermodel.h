#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <ledger/ledgerrecords.h>

namespace Stockroom::Models {

class ReadThread;

// Transfers between locations (api.transfer_list), newest first: open ones by default, filtered by either
// end's location. Reloads as a whole: the ledger keeps at most a few thousand transfers open.
class TransferModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferModel)

public:
    enum Column
    {
        Id,
        Sku,
        Name,
        From,
        To,
        Shipped,
        Received,
        WrittenOff,
        InTransit,
        State,
        Age,
        ShippedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers, times as times
        TransferIdRole,
    };

    explicit TransferModel(ReadThread *reads, QObject *parent = nullptr);
    ~TransferModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const QString &location, bool openOnly);
    void reload();
    bool isLoading() const { return m_pending != 0; }
    const Services::TransferInfo &rowAt(int row) const { return m_rows.at(row); }
    QString location() const { return m_location; }
    bool openOnly() const { return m_openOnly; }

    static QString stateText(const QString &state);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message, bool connectionLost);

private:
    void onLoaded(quint64 requestId, const QList<Services::TransferInfo> &rows);

    ReadThread *m_reads;
    QList<Services::TransferInfo> m_rows;
    QString m_location;
    bool m_openOnly = true;
    quint64 m_pending = 0;
};

} // namespace Stockroom::Models
