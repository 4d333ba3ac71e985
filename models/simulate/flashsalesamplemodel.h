#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <bench/flashsale.h>

namespace Stockroom::Models {

// A running flash sale's samples, one row each in time order: what the simulator's chart draws (through
// QVXYModelMapper) and what a table of the run would show. Rows are only ever appended, or all cleared.
class FlashSaleSampleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSaleSampleModel)

public:
    enum Column
    {
        Seconds, // since the first buyer arrived
        Available,
        Reserved,
        Sold,
        Returned, // by expiry
        Refusals, // sold out
        LockWaiters,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // the number, for sorting and the chart
    };

    explicit FlashSaleSampleModel(QObject *parent = nullptr);
    ~FlashSaleSampleModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const Services::FlashSaleSample &sample);
    void clear();
    const QList<Services::FlashSaleSample> &samples() const { return m_samples; }

private:
    QList<Services::FlashSaleSample> m_samples;
};

} // namespace Stockroom::Models
