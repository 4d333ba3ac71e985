#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMainWindow>

#include <connection/connectionspec.h>
#include <connection/readreplica.h>
#include <ledger/eventlistener.h>
#include <ledger/ledgerrecords.h>
#include <ledger/operation.h>
#include <ledger/permissions.h>
#include <ledger/stockreader.h>
#include <ledger/sweeper.h>
#include <offline/operationqueue.h>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QToolBar;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QThread;
class QTimer;

namespace Stockroom::Services {
class ClusterWatchdog;
class EventListener;
class ReplicaMonitor;
class OperationQueue;
} // namespace Stockroom::Services

namespace Stockroom::Models {
class MovementModel;
class ReadThread;
class StockTableModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class CountsView;
class DashboardView;
class FilterBar;
class LedgerPanel;
class OperationDialog;
class OrderBoardView;
class OrdersView;
class RecordPage;
class ReferenceDialog;
class ReservationsView;
class StockView;
class TransfersView;
class WorkView;

// The workstation: a navigation of views (stock, transfers, reservations, …) with one shown at a time, the
// stock operations' forms, live updates from the outbox, and the offline state they all share.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Options
    {
        QString journalPath; // empty: the per-user default for this ledger
        // How often this window sweeps the ledger (api.sweep: expired holds, stalled clients, retention); 0: never.
        int sweepEverySeconds = Services::Sweeper::kDefaultEverySeconds;
        // A streaming standby the stock view, its ledger panel and the dashboard read from (--read-db); every
        // write, the sweeper and the outbox listener stay on the primary.
        std::optional<Services::ConnectionSpec> readReplica = std::nullopt;
    };

    explicit MainWindow(const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    MainWindow(const Services::ConnectionSpec &spec, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::StockTableModel *stockModel() const;
    Models::MovementModel *movementModel() const;
    QTableView *stockView() const;
    FilterBar *filterBar() const;
    LedgerPanel *ledgerPanel() const;
    StockView *stockPage() const { return m_stockView; }
    TransfersView *transfersPage() const { return m_transfersView; }
    ReservationsView *reservationsPage() const { return m_reservationsView; }
    OrdersView *ordersPage() const { return m_ordersView; }
    OrderBoardView *orderBoard() const { return m_orderBoard; }
    CountsView *countsPage() const { return m_countsView; }
    DashboardView *dashboardPage() const { return m_dashboard; }
    // The views in navigation order; showView brings one to the front.
    const QList<WorkView *> &views() const { return m_views; }
    WorkView *currentView() const;
    void showView(WorkView *view);
    bool isOnline() const { return m_online; }
    // Where the read-heavy views read, and the status bar's word on it ("Reads: replica, 0.3 s behind").
    const Services::ReadRoute &readRoute() const { return m_route; }
    QLabel *readsStatus() const { return m_readsStatus; }
    Services::OperationQueue *operations() const { return m_queue; }
    QAction *operationAction(Services::Operation::Kind kind) const;
    // Opens (or raises) the form for kind, filled in from the selected row.
    OperationDialog *openOperation(Services::Operation::Kind kind);
    const Services::Permissions &permissions() const { return m_permissions; }
    // Writes every row of the current view (filter and order) to path, off the GUI thread.
    void exportCsvTo(const QString &path);

Q_SIGNALS:
    void onlineChanged(bool online);
    void exportFinished(bool ok, qint64 rows, const QString &message);
    // Outbox events as they arrive, after the stock view took them: other views refresh what they concern.
    void eventsApplied(const QList<Stockroom::Services::StockEvent> &events);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void addViews(QMenu *viewMenu);
    void addView(WorkView *view, const QString &title, const QKeySequence &shortcut, QMenu *viewMenu);
    QList<RecordPage *> recordPages() const;
    void buildReferenceActions(QMenu *menu);
    void updateReferenceActions();
    void openReferenceDialog(ReferenceDialog *dialog);
    void buildFileActions(QMenu *fileMenu, QMenu *helpMenu);
    void buildToolActions(QMenu *toolsMenu);
    void exportCsv();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    void buildOperationActions(QMenu *menu, QToolBar *toolbar);
    void applyPermissions(const Services::Permissions &permissions);
    void showReplayReport(const QList<Services::OperationQueue::Outcome> &outcomes);
    void startEvents();
    void stopEvents();
    void startReplicaMonitor();
    void stopReplicaMonitor();
    void requirePosition(quint64 position);
    void updateReadsStatus();
    void updateStatus();
    void setOnline(bool online, const QString &message);
    void showOfflineBanner(const QString &extra);
    void onEvents(const QList<Services::StockEvent> &events);
    void onOrdersChanged(const QStringList &orders);

    Services::ConnectionSpec m_spec;
    Services::ReadRoute m_route;
    Models::ReadThread *m_reads;
    Models::ReadThread *m_viewReads; // the stock view's: along m_route (m_reads itself without a replica)
    Services::OperationQueue *m_queue;
    StockView *m_stockView;
    TransfersView *m_transfersView = nullptr;
    ReservationsView *m_reservationsView = nullptr;
    OrdersView *m_ordersView = nullptr;
    OrderBoardView *m_orderBoard = nullptr;
    CountsView *m_countsView = nullptr;
    DashboardView *m_dashboard = nullptr;
    QTimer *m_boardRefresh = nullptr;
    QList<Services::AdjustReason> m_reasons;
    QAction *m_editSku = nullptr;
    QAction *m_editLocation = nullptr;
    QAction *m_editSafetyStock = nullptr;
    QAction *m_hotSku = nullptr;
    QAction *m_manageStaff = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<WorkView *> m_views;
    Services::ClusterWatchdog *m_watchdog;
    QLabel *m_banner;
    QLabel *m_connection;
    QLabel *m_rows;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QThread *m_eventThread = nullptr;
    Services::EventListener *m_events = nullptr;
    QLabel *m_journal;
    QLabel *m_readsStatus = nullptr;
    QThread *m_monitorThread = nullptr;
    Services::ReplicaMonitor *m_monitor = nullptr;
    Services::ReplicaStatus m_replicaStatus;
    bool m_replicaMeasured = false;
    QString m_readsOnPrimaryBecause; // set while the views' reads went to the primary instead
    QHash<int, QAction *> m_operationActions;
    QHash<int, OperationDialog *> m_dialogs;
    QList<Services::LocationRef> m_locations;
    Services::Permissions m_permissions;
    bool m_online = true;
    QDateTime m_offlineSince;
    QDateTime m_dataAsOf;
};

} // namespace Stockroom::Ui
