#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <counts/countrecords.h>

namespace Stockroom::Models {

class ReadThread;

// Count sessions (api.count_sessions), newest first, filtered in SQL by location and state. Reloads as a
// whole: a location has a handful of sessions open and a few hundred closed.
class CountSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountSessionModel)

public:
    enum Column
    {
        Id,
        Location,
        State,
        Kind,
        Progress,
        Pending,
        Recount,
        Approved,
        Rejected,
        Assignees,
        CreatedBy,
        Created,
        Note,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers, times as times
        SessionIdRole,
    };

    explicit CountSessionModel(ReadThread *reads, QObject *parent = nullptr);
    ~CountSessionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const Services::CountSessionFilter &filter);
    const Services::CountSessionFilter &filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_pending != 0; }
    const Services::CountSessionInfo &rowAt(int row) const { return m_rows.at(row); }
    // The row of a session, or -1.
    int rowOf(qint64 session) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message, bool connectionLost);

private:
    void onLoaded(quint64 requestId, const QVariant &value);

    ReadThread *m_reads;
    QList<Services::CountSessionInfo> m_rows;
    Services::CountSessionFilter m_filter;
    quint64 m_pending = 0;
};

} // namespace Stockroom::Models
