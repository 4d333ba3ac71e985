#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace Stockroom::Ui {

// The SKUs of a printed count sheet in sheet order, with the count typed from it. A row keeps its idempotency key
// while its count stays the same, so saving again after a failure (or a lost connection) records it once; a row
// recorded is read-only (a second observation would add to the first).
class SheetEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetEntryModel)

public:
    enum Column
    {
        Number,
        Sku,
        Name,
        Counted,
        Status,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // the count as a number, or an invalid QVariant when empty
    };
    enum class State
    {
        Empty,
        Typed,
        Recorded,
        Failed,
    };

    struct Row
    {
        int number = 0;
        QString sku;
        QString name;
        qint64 position = -1; // pinned: the row's ledger position on the sheet
        QString counted;      // as typed
        QString key;
        State state = State::Empty;
        QString message; // why it failed
    };

    explicit SheetEntryModel(QObject *parent = nullptr);

    // The sheet's rows (api.count_sheet's result, the one that was printed).
    void setSheet(const QJsonObject &sheet);
    qint64 session() const { return m_session; }
    const Row &row(int index) const { return m_rows.at(index); }

    // Rows typed and not recorded yet.
    QList<int> toRecord() const;
    void markRecorded(int index);
    void markFailed(int index, const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int index);

    qint64 m_session = 0;
    QList<Row> m_rows;
};

} // namespace Stockroom::Ui
