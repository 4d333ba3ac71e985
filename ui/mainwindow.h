#pragma once

#include <QDateTime>
#include <QList>
#include <QMainWindow>

#include <connectionspec.h>

class QLabel;
class QProgressBar;
class QTableView;
class QThread;
class QTimer;

namespace Stockroom::Services {
class EventListener;
struct StockEvent;
} // namespace Stockroom::Services

namespace Stockroom::Models {
class MovementModel;
class ReadThread;
class StockTableModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class FilterBar;
class LedgerPanel;

// Stock per location with its filters, the selected row's ledger, and live updates from the outbox.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Services::ConnectionSpec &spec, QWidget *parent = nullptr);
    ~MainWindow() override;

    Models::StockTableModel *stockModel() const { return m_stock; }
    Models::MovementModel *movementModel() const { return m_movements; }
    QTableView *stockView() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }
    LedgerPanel *ledgerPanel() const { return m_ledger; }
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void buildActions();
    void startEvents();
    void stopEvents();
    void updateSelection();
    void updateStatus();
    void setOnline(bool online, const QString &message);
    void onEvents(const QList<Services::StockEvent> &events);

    Services::ConnectionSpec m_spec;
    Models::ReadThread *m_reads;
    Models::StockTableModel *m_stock;
    Models::MovementModel *m_movements;
    FilterBar *m_filters;
    QTableView *m_table;
    LedgerPanel *m_ledger;
    QLabel *m_banner;
    QLabel *m_connection;
    QLabel *m_rows;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
    QThread *m_eventThread = nullptr;
    Services::EventListener *m_events = nullptr;
    bool m_online = true;
    QDateTime m_offlineSince;
    QDateTime m_dataAsOf;
};

} // namespace Stockroom::Ui
