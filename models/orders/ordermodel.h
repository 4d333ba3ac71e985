#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

#include <orders/orderrecords.h>

namespace Stockroom::Models {

class ReadThread;

// Orders (api.orders), newest first, filtered in SQL by state, channel, reference and stuck, and fetched in
// pages of 200 as the view scrolls (keyset paging by id). reload() reads the first page again.
class OrderModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderModel)

public:
    enum Column
    {
        Ref,
        Channel,
        State,
        InState,
        Lines,
        Units,
        Shipments,
        Destination,
        Age,
        CreatedBy,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers, times as times
        RefRole,
        ChannelRole,
        StuckRole,
    };

    static constexpr int PageSize = 200;

    explicit OrderModel(ReadThread *reads, QObject *parent = nullptr);
    ~OrderModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    void setFilter(const Services::OrderFilter &filter);
    const Services::OrderFilter &filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_pending != 0; }
    const QJsonObject &rowAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message, bool connectionLost);

private:
    void request(qint64 beforeId);
    void onLoaded(quint64 requestId, const QVariant &value);

    ReadThread *m_reads;
    QList<QJsonObject> m_rows;
    Services::OrderFilter m_filter;
    quint64 m_pending = 0;
    bool m_appending = false;
    bool m_more = false;
};

} // namespace Stockroom::Models
