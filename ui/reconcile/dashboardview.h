#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <connection/connectionspec.h>
#include <connection/readreplica.h>
#include <ledger/stockreader.h>
#include <reconcile/dashboardrecords.h>
#include <workview.h>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Stockroom::Models {
class AccuracyModel;
class CountDayModel;
class CoverageModel;
class DashboardModel;
class DiscrepancyModel;
class ReadThread;
class ShrinkageModel;
class SnapshotModel;
class VarianceModel;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

class AccuracyCard;
class CalendarCard;
class ChartCard;
class CoverageCard;
class DashboardFilterBar;
class DiscrepancyCard;
class DrillDownDialog;
class ShrinkageCard;
class SnapshotCard;
class VarianceCard;

// The supervisors' reconciliation dashboard: inventory record accuracy, variance by reason (Pareto), shrinkage,
// count coverage, counts per day (a calendar), open discrepancies by age and the newest snapshot's reconciliation,
// each a card over its own model, all following one bar of filters. Every chart drills down to the lines behind it,
// exports to PNG or PDF (one card, or the whole dashboard), and reads again when the ledger says something it shows
// changed — at most once a second, and only while the dashboard is on screen; what changed while it was not is read
// when it comes back. A login without the supervisor role sees why the dashboard is empty, not an error.
// The charts are asked in the order they come cheapest, so most of the dashboard shows while a year of sales is read.
class DashboardView final : public WorkView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    // reads: the window's, for the list of locations; the charts read on a connection of their own (spec), so that
    // a long read of a year of movements never holds up the other views' reads.
    DashboardView(Models::ReadThread *reads, const Services::ReadRoute &route, QWidget *parent = nullptr);
    // Reads from a standby from now on wait until it has replayed the primary's position (an outbox event's).
    void requirePosition(quint64 position);
    ~DashboardView() override;

    static constexpr int RefreshMs = 1000;
    static constexpr int RollUpEverySeconds = 10 * 60;

    void activate() override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    QString summary() const override;

    // Reads every chart again.
    void reload();
    Services::DashboardFilter filter() const;
    DashboardFilterBar *filters() const { return m_filters; }
    const QList<ChartCard *> &cards() const { return m_cards; }
    AccuracyCard *accuracyCard() const { return m_accuracyCard; }
    VarianceCard *varianceCard() const { return m_varianceCard; }
    ShrinkageCard *shrinkageCard() const { return m_shrinkageCard; }
    CoverageCard *coverageCard() const { return m_coverageCard; }
    CalendarCard *calendarCard() const { return m_calendarCard; }
    DiscrepancyCard *discrepancyCard() const { return m_discrepancyCard; }
    SnapshotCard *snapshotCard() const { return m_snapshotCard; }
    // Some chart is still reading.
    bool isLoading() const;
    // The login may not read the dashboard's views (it lacks the supervisor role); the page says why.
    bool isDenied() const { return m_mayRead < 0; }
    QLabel *deniedState() const { return m_denied; }
    // How many reads the live updates have asked for (a test's way to see they are throttled).
    int liveReloads() const { return m_liveReloads; }

    // Opens (or raises) the lines behind a card's row (row < 0: all of them).
    DrillDownDialog *openLines(ChartCard *card, int row, const Services::LinesRequest &request);
    // Saves one card, or the whole dashboard (card null), as .png or .pdf; an error message, or nothing.
    QString exportTo(const QString &path, ChartCard *card = nullptr);

public Q_SLOTS:
    void setLocations(const QList<Stockroom::Services::LocationRef> &locations);
    // The ledger's outbox says: stock moved (adjustments, counts' variances, sales), counts were recorded or
    // decided, a snapshot was imported, classified or approved.
    void stockChanged();
    void countsChanged();
    void snapshotsChanged();

Q_SIGNALS:
    // Every chart has its answer.
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void markChanged(const QList<Models::DashboardModel *> &models);
    void refreshIfDue();
    void refreshChanged();
    void onModelLoaded();
    void reflow();
    void chooseExport(ChartCard *card, const QString &format);
    QString whoAmI() const;

    Models::ReadThread *m_reads;
    DashboardFilterBar *m_filters;
    QToolButton *m_export;
    QLabel *m_updated;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QWidget *m_grid;
    QGridLayout *m_layout;
    QLabel *m_denied;
    QTimer *m_refresh;

    Models::AccuracyModel *m_accuracy;
    Models::VarianceModel *m_variance;
    Models::ShrinkageModel *m_shrinkage;
    Models::CoverageModel *m_coverage;
    Models::CountDayModel *m_days;
    Models::DiscrepancyModel *m_discrepancies;
    Models::SnapshotModel *m_snapshot;
    QList<Models::DashboardModel *> m_models;

    AccuracyCard *m_accuracyCard;
    VarianceCard *m_varianceCard;
    ShrinkageCard *m_shrinkageCard;
    CoverageCard *m_coverageCard;
    CalendarCard *m_calendarCard;
    DiscrepancyCard *m_discrepancyCard;
    SnapshotCard *m_snapshotCard;
    QList<ChartCard *> m_cards;

    QSet<Models::DashboardModel *> m_changed;
    QHash<ChartCard *, QPointer<DrillDownDialog>> m_dialogs;
    QString m_user;
    QString m_persona;
    quint64 m_whoRequest = 0;
    // Whether the login may read the dashboard's views, once asked (0: not yet).
    int m_mayRead = 0;
    QDateTime m_readAt;
    QDateTime m_refreshedAt;
    bool m_started = false;
    int m_columns = 0;
    int m_liveReloads = 0;
};

} // namespace Stockroom::Ui
