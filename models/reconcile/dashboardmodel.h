#pragma once

#include <QAbstractTableModel>

#include <readworker.h>
#include <reconcile/dashboardrecords.h>

namespace Stockroom::Models {

class ReadThread;

// What every chart model of the supervisors' dashboard shares: its rows are read whole off the GUI thread
// (ReadThread::requestJob) for a filter, an answer to an older request is dropped, and a login that may not read the
// dashboard's views leaves the model empty in the Denied state rather than failing.
//
// Roles: the chart's mappers (QVXYModelMapper, QVBarModelMapper) read Qt::DisplayRole, so mapped columns give numbers
// and dates there; TextRole is the same value written for people (a table shows it), RawValueRole sorts.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers, dates as dates
        TextRole,                    // the cell as a table shows it ("95.2 %", "12 May")
    };

    enum class State
    {
        Idle,    // nothing asked yet
        Loading, // the first answer is on its way (later reloads keep the rows until theirs arrives)
        Ready,
        Denied, // the login lacks the supervisor role
        Failed,
    };
    Q_ENUM(State)

    explicit DashboardModel(ReadThread *reads, QObject *parent = nullptr);
    ~DashboardModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;

    void setFilter(const Services::DashboardFilter &filter);
    const Services::DashboardFilter &filter() const { return m_filter; }
    // Reads again with the same filter; the rows stay until the answer arrives.
    void reload();
    bool isLoading() const { return m_pending != 0; }
    State state() const { return m_state; }
    QString errorText() const { return m_error; }

    // The lines behind a row (row < 0: behind every row), for the drill-down.
    virtual Services::LinesRequest linesFor(int row) const = 0;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // An answer was shown (rows, denied or failed).
    void loaded();
    void loadFailed(const QString &message, bool connectionLost);

protected:
    // The read for the current filter, run on the read thread.
    virtual ReadJob job() const = 0;
    // Replaces the rows with an answer (value: what job() returned) through begin/endResetModel.
    virtual void apply(const QVariant &value) = 0;
    // The number of rows shown.
    virtual int rows() const = 0;
    // Empties the model (denied or failed before any rows).
    void clear();

    // A period's label for the filter's grouping: "12 May", "week of 12 May", "May 2025".
    QString periodText(const QDate &start) const;

private:
    void onDone(quint64 requestId, const QVariant &value);
    void onFailed(quint64 requestId, const QString &message, bool connectionLost);

    ReadThread *m_reads;
    Services::DashboardFilter m_filter;
    quint64 m_pending = 0;
    State m_state = State::Idle;
    QString m_error;
};

} // namespace Stockroom::Models
