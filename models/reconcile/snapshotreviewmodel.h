#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace Stockroom::Models {

// The lines of one classified snapshot that did not match the ledger (api.snapshot_review's "lines"): the line in
// the file (none for a stock row the file lacks), SKU, location, class, the book at the cutoff, their quantity, the
// difference, the proposed adjustment and its state. A class filter narrows the list; the lines whose adjustment
// is proposed can be checked for approval, and stay checked across a reload while they are still proposed.
class SnapshotReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotReviewModel)

public:
    enum Column
    {
        Approve, // the check box
        Line,
        Sku,
        Location,
        Class,
        Book,
        Theirs,
        Difference,
        Proposed,
        State,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RawValueRole = Qt::UserRole, // for sorting: numbers as numbers
        LineKeyRole,                 // "SKU@LOCATION", as api.snapshot_approve names a line
        ClassRole,                   // matched, timing, unknown, bucket, variance
        LineStateRole,               // proposed, kept, approved or empty
        ProposedRole,                // the proposed adjustment in units (0 when none)
    };

    enum class Filter
    {
        All,       // every line the review lists (all that differ)
        Variance,  // true variances, whatever their state
        Proposed,  // adjustments waiting for approval
        Timing,    // explained by movements around the cutoff or stock in transit
        Unknown,   // SKU or location the ledger does not know
        Bucket,    // on hand in one system, damaged or reserved in the other
        NotInFile, // stock rows at the file's locations that the file lacks
    };
    Q_ENUM(Filter)

    explicit SnapshotReviewModel(QObject *parent = nullptr);
    ~SnapshotReviewModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLines(const QJsonArray &lines);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // How many lines the filter would show.
    int countOf(Filter filter) const;

    const QJsonObject &lineAt(int row) const { return m_shown.at(row); }
    // Every line, shown or not.
    const QList<QJsonObject> &allLines() const { return m_all; }

    // The lines checked for approval ("SKU@LOCATION"), in the review's order; only proposed lines can be.
    QStringList checkedKeys() const;
    QList<QJsonObject> checkedLines() const;
    // Checks or unchecks the proposed lines among keys; the others are left as they are.
    void setChecked(const QStringList &keys, bool checked);
    void clearChecked();

    static QString keyOf(const QJsonObject &line);
    static bool isProposed(const QJsonObject &line);
    static bool matches(const QJsonObject &line, Filter filter);

Q_SIGNALS:
    void checkedChanged();

private:
    void refilter();

    QList<QJsonObject> m_all;
    QList<QJsonObject> m_shown;
    QSet<QString> m_checked;
    Filter m_filter = Filter::All;
};

} // namespace Stockroom::Models
