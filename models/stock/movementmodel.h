#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <ledger/stockreader.h>

namespace Stockroom::Models {

class ReadThread;

// The movements of one SKU at one location, newest first: who did what, when and why. The newest page
// loads first; scrolling down fetches older pages (keyset on the movement id) back to the first receipt.
class MovementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementModel)

public:
    enum Column
    {
        When,
        Kind,
        Quantity,
        Bucket,
        Who,
        Why,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole,
        MovementIdRole,
    };

    explicit MovementModel(ReadThread *reads, QObject *parent = nullptr);
    ~MovementModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static constexpr int PageSize = 100;

    // Shows sku at location (empty: nothing); reloads when called again with the same row.
    void show(const QString &sku, const QString &location);
    QString sku() const { return m_sku; }
    QString location() const { return m_location; }
    const Services::MovementRow &rowAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void loaded();

private:
    void onLoaded(quint64 requestId, const QList<Services::MovementRow> &rows);

    ReadThread *m_reads;
    QString m_sku;
    QString m_location;
    QList<Services::MovementRow> m_rows;
    quint64 m_pending = 0;
    bool m_pendingOlder = false;
    bool m_more = false;
};

} // namespace Stockroom::Models
