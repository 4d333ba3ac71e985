#pragma once

#include <QSet>

#include <ledger/operation.h>
#include <ledger/permissions.h>
#include <ledger/stockreader.h>
#include <workview.h>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Stockroom::Services {
class OperationQueue;
struct Error;
} // namespace Stockroom::Services

namespace Stockroom::Ui {

// What the list views (transfers, reservations, …) share: a bar of filters and actions over a sortable
// table, a location filter, an empty state that says why it is empty, and operations sent through the
// window's queue whose outcome the view reports and then reloads.
class RecordPage : public WorkView
{
    Q_OBJECT

public:
    RecordPage(Services::OperationQueue *queue, QWidget *parent = nullptr);
    ~RecordPage() override;

    QTableView *table() const { return m_table; }
    QComboBox *locationBox() const { return m_location; }
    QLabel *emptyState() const { return m_empty; }
    void setLocations(const QList<Services::LocationRef> &locations);
    virtual void setPermissions(const Services::Permissions &permissions) { m_permissions = permissions; }
    virtual void reload() = 0;

    void activate() override { reload(); }
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;

protected:
    void setModel(QAbstractItemModel *model, int sortRole, int sortColumn, Qt::SortOrder order);
    QString currentLocation() const;
    // The selected rows of the source model, in view order.
    QList<int> selectedRows() const;
    void submit(const Services::Operation &op);
    // The model finished loading: the empty state and the status line follow.
    void loaded();
    virtual QString emptyText() const = 0;
    virtual void onApplied(const Services::Operation &op, const QJsonObject &result) = 0;
    virtual void selectionChanged() {}

    QHBoxLayout *m_bar;
    Services::Permissions m_permissions;

private:
    void onFinished(const Services::Operation &op, const QJsonObject &result);
    void onRefused(const Services::Operation &op, const Services::Error &error);

    Services::OperationQueue *m_queue;
    QComboBox *m_location;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_empty;
    QSet<QString> m_keys;
    QString m_wantedLocation;
};

} // namespace Stockroom::Ui
