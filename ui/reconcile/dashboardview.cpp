#include "dashboardview.h"

#include "accuracycard.h"
#include "calendarcard.h"
#include "coveragecard.h"
#include "dashboardexport.h"
#include "dashboardfilterbar.h"
#include "discrepancycard.h"
#include "drilldowndialog.h"
#include "shrinkagecard.h"
#include "snapshotcard.h"
#include "variancecard.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <ledger/permissions.h>
#include <readworker.h>
#include <reconcile/accuracymodel.h>
#include <reconcile/countdaymodel.h>
#include <reconcile/coveragemodel.h>
#include <reconcile/dashboardreader.h>
#include <reconcile/discrepancymodel.h>
#include <reconcile/shrinkagemodel.h>
#include <reconcile/snapshotmodel.h>
#include <reconcile/variancemodel.h>

namespace Stockroom::Ui {

using Models::DashboardModel;

namespace {

// Charts drawn longer ago than this are read again when the dashboard comes back on screen: ages and "as of now"
// figures move on even when nothing in the ledger does.
constexpr qint64 StaleSeconds = 60;

} // namespace

DashboardView::DashboardView(Models::ReadThread *windowReads, const Services::ReadRoute &route, QWidget *parent)
    : WorkView(parent)
    , m_reads(new Models::ReadThread(route, this))
    , m_filters(new DashboardFilterBar(this))
    , m_export(new QToolButton(this))
    , m_updated(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_grid(new QWidget)
    , m_layout(new QGridLayout(m_grid))
    , m_denied(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_accuracy(new Models::AccuracyModel(m_reads, this))
    , m_variance(new Models::VarianceModel(m_reads, this))
    , m_shrinkage(new Models::ShrinkageModel(m_reads, this))
    , m_coverage(new Models::CoverageModel(m_reads, this))
    , m_days(new Models::CountDayModel(m_reads, this))
    , m_discrepancies(new Models::DiscrepancyModel(m_reads, this))
    , m_snapshot(new Models::SnapshotModel(m_reads, this))
    // Asked in this order: the reads of a few rows first, the year of sales behind shrinkage last.
    , m_models({m_accuracy, m_discrepancies, m_variance, m_snapshot, m_days, m_coverage, m_shrinkage})
    , m_accuracyCard(new AccuracyCard(m_accuracy, m_grid))
    , m_varianceCard(new VarianceCard(m_variance, m_grid))
    , m_shrinkageCard(new ShrinkageCard(m_shrinkage, m_grid))
    , m_coverageCard(new CoverageCard(m_coverage, m_grid))
    , m_calendarCard(new CalendarCard(m_days, m_grid))
    , m_discrepancyCard(new DiscrepancyCard(m_discrepancies, m_grid))
    , m_snapshotCard(new SnapshotCard(m_snapshot, m_grid))
    // What a supervisor looks at first comes first: accuracy and what is open, then why stock goes astray.
    , m_cards({m_accuracyCard, m_discrepancyCard, m_varianceCard, m_shrinkageCard, m_coverageCard, m_snapshotCard,
               m_calendarCard})
{
    setObjectName(QStringLiteral("dashboard"));
    auto *title = new QLabel(tr("Reconciliation dashboard"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setTextFormat(Qt::PlainText);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_updated->setMinimumWidth(
        m_updated->fontMetrics().horizontalAdvance(tr("Updated %1").arg(QStringLiteral("00:00 PM"))));
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save the whole dashboard as a picture (PNG) or a PDF; each chart has its own Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    connect(menu->addAction(tr("Dashboard as PNG picture…")), &QAction::triggered, this,
            [this] { chooseExport(nullptr, QStringLiteral("png")); });
    connect(menu->addAction(tr("Dashboard as PDF…")), &QAction::triggered, this,
            [this] { chooseExport(nullptr, QStringLiteral("pdf")); });
    m_export->setMenu(menu);

    m_denied->setObjectName(QStringLiteral("dashboardDenied"));
    m_denied->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_denied->setWordWrap(true);
    m_denied->setTextFormat(Qt::PlainText);
    m_denied->setMargin(40);
    m_layout->setContentsMargins(0, 0, 4, 0);
    m_layout->setSpacing(10);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_grid);
    m_scroll->viewport()->installEventFilter(this);
    m_stack->addWidget(m_scroll);
    // The role's explanation, in a column narrow enough to read.
    auto *deniedPage = new QWidget(this);
    auto *deniedLayout = new QHBoxLayout(deniedPage);
    m_denied->setMaximumWidth(640);
    deniedLayout->addStretch();
    deniedLayout->addWidget(m_denied);
    deniedLayout->addStretch();
    m_stack->addWidget(deniedPage);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_updated);
    header->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);

    for (ChartCard *card : std::as_const(m_cards)) {
        connect(card, &ChartCard::linesRequested, this,
                [this, card](int row, const Services::LinesRequest &request) { openLines(card, row, request); });
        connect(card, &ChartCard::exportRequested, this,
                [this, card](const QString &format) { chooseExport(card, format); });
    }
    for (DashboardModel *model : std::as_const(m_models)) {
        connect(model, &DashboardModel::loaded, this, &DashboardView::onModelLoaded);
        connect(model, &DashboardModel::loadFailed, this, [this](const QString &text, bool connectionLost) {
            reportLoadFailure(tr("Could not read the dashboard: %1").arg(text), connectionLost);
        });
    }
    connect(m_filters, &DashboardFilterBar::filterChanged, this, &DashboardView::applyFilter);
    connect(windowReads->worker(), &Models::ReadWorker::locationsLoaded, this, &DashboardView::setLocations);
    connect(m_reads->worker(), &Models::ReadWorker::jobDone, this, [this](quint64 id, const QVariant &value) {
        if (id == 0 || id != m_whoRequest)
            return;
        m_whoRequest = 0;
        const QVariantList who = value.toList();
        m_user = who.value(0).toString();
        m_persona = who.value(1).toString();
        m_mayRead = who.value(2).toBool() ? 1 : -1;
        if (m_mayRead > 0)
            applyFilter();
        else
            onModelLoaded();
    });
    connect(m_reads->worker(), &Models::ReadWorker::failed, this, [this](quint64 id, const QString &text, bool lost) {
        if (id == 0 || id != m_whoRequest)
            return;
        // Not known whether the login may: the charts are read, and each says what it met.
        m_whoRequest = 0;
        m_mayRead = 1;
        applyFilter();
        reportLoadFailure(tr("Could not read the dashboard: %1").arg(text), lost);
    });
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &DashboardView::refreshChanged);
    reflow();
}

DashboardView::~DashboardView() = default;

void DashboardView::requirePosition(quint64 position)
{
    m_reads->requirePosition(position);
}

Services::DashboardFilter DashboardView::filter() const
{
    return m_filters->filter();
}

void DashboardView::activate()
{
    if (!m_started) {
        // Who is asking first: a login without the supervisor role is told so, and the charts are not read at all.
        m_started = true;
        m_whoRequest = m_reads->requestJob([](Services::Session &session) -> Services::Result<QVariant> {
            auto who = Services::Permissions::load(session);
            if (!who)
                return who.error();
            auto may = Services::DashboardReader(session).mayRead();
            if (!may)
                return may.error();
            return QVariant(QVariantList{who->user, who->persona, may.value()});
        });
        return;
    }
    if (m_mayRead <= 0)
        return;
    if (m_readAt.secsTo(QDateTime::currentDateTime()) > StaleSeconds)
        reload();
    else
        refreshChanged();
}

void DashboardView::applyFilter()
{
    if (m_mayRead <= 0)
        return;
    const Services::DashboardFilter now = m_filters->filter();
    m_changed.clear();
    for (DashboardModel *model : std::as_const(m_models)) {
        if (model == m_shrinkage)
            refreshIfDue();
        model->setFilter(now);
    }
    m_readAt = QDateTime::currentDateTime();
}

void DashboardView::reload()
{
    if (m_mayRead <= 0) {
        activate();
        return;
    }
    m_changed.clear();
    for (DashboardModel *model : std::as_const(m_models)) {
        if (model == m_shrinkage)
            refreshIfDue();
        model->reload();
    }
    m_readAt = QDateTime::currentDateTime();
}

void DashboardView::refreshIfDue()
{
    // The ledger rolls shrinkage up to the last closed day when asked (every sweep asks too): once when the dashboard
    // opens and now and then after, never for a live change. Queued before shrinkage's read, on the same connection.
    if (m_refreshedAt.isValid() && m_refreshedAt.secsTo(QDateTime::currentDateTime()) < RollUpEverySeconds)
        return;
    m_refreshedAt = QDateTime::currentDateTime();
    // A write: on the primary even when the charts read from a standby, which then waits for it before shrinkage.
    m_reads->requestPrimaryJob([](Services::Session &session) -> Services::Result<QVariant> {
        auto refreshed = Services::DashboardReader(session).refresh();
        if (!refreshed)
            return refreshed.error();
        return QVariant(refreshed.value());
    });
}

bool DashboardView::isLoading() const
{
    if (m_whoRequest != 0)
        return true;
    for (const DashboardModel *model : m_models)
        if (model->isLoading())
            return true;
    return false;
}

void DashboardView::setLocations(const QList<Services::LocationRef> &locations)
{
    m_filters->setLocations(locations);
}

void DashboardView::stockChanged()
{
    markChanged({m_variance, m_shrinkage, m_coverage, m_discrepancies});
}

void DashboardView::countsChanged()
{
    markChanged({m_accuracy, m_coverage, m_days, m_discrepancies});
}

void DashboardView::snapshotsChanged()
{
    markChanged({m_snapshot, m_discrepancies});
}

void DashboardView::markChanged(const QList<DashboardModel *> &models)
{
    for (DashboardModel *model : models)
        m_changed.insert(model);
    if (!m_refresh->isActive())
        m_refresh->start();
}

void DashboardView::refreshChanged()
{
    // Off screen, the changes wait: activate() reads them when the dashboard comes back.
    if (m_mayRead <= 0 || !isVisible())
        return;
    for (auto it = m_changed.begin(); it != m_changed.end();) {
        DashboardModel *model = *it;
        // A read still on its way is not overtaken: its answer is shown, and this change is read after it.
        if (model->isLoading()) {
            ++it;
            continue;
        }
        model->reload();
        ++m_liveReloads;
        it = m_changed.erase(it);
    }
    if (!m_changed.isEmpty() && !m_refresh->isActive())
        m_refresh->start();
}

QString DashboardView::whoAmI() const
{
    if (m_user.isEmpty())
        return {};
    return u' ' + tr("%1 is connected as %2.")
                      .arg(m_user, m_persona.isEmpty() ? tr("a login without a Stockroom role") : m_persona);
}

void DashboardView::onModelLoaded()
{
    if (isDenied()) {
        m_denied->setText(tr("The reconciliation dashboard is for supervisors: its figures (inventory record accuracy, "
                             "variance, shrinkage, coverage, open discrepancies, snapshots) need the supervisor "
                             "role.%1 Ask an administrator for the role, or connect as a supervisor.")
                              .arg(whoAmI()));
        m_stack->setCurrentWidget(m_denied->parentWidget());
        for (QWidget *widget :
             {static_cast<QWidget *>(m_filters), static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_updated)})
            widget->hide();
        Q_EMIT summaryChanged();
        Q_EMIT loaded();
        return;
    }
    m_stack->setCurrentWidget(m_scroll);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_filters), static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_updated)})
        widget->show();
    if (isLoading())
        return;
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT summaryChanged();
    Q_EMIT loaded();
}

QString DashboardView::summary() const
{
    if (m_mayRead <= 0)
        return {};
    const QLocale locale;
    QStringList parts;
    if (m_accuracy->accuracy() >= 0)
        parts << tr("accuracy %1 %").arg(locale.toString(m_accuracy->accuracy(), 'f', 1));
    if (m_shrinkage->shrinkage() >= 0)
        parts << tr("shrinkage %1 %").arg(locale.toString(m_shrinkage->shrinkage(), 'f', 2));
    parts << tr("%Ln discrepancy(ies) open", nullptr, int(m_discrepancies->open()));
    return tr("Dashboard: %1").arg(parts.join(QStringLiteral(" · ")));
}

DrillDownDialog *DashboardView::openLines(ChartCard *card, int row, const Services::LinesRequest &request)
{
    QPointer<DrillDownDialog> &dialog = m_dialogs[card];
    if (!dialog) {
        dialog = new DrillDownDialog(m_reads, card->title(), card->model(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->showLines(row, request);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void DashboardView::chooseExport(ChartCard *card, const QString &format)
{
    const QString base = card ? card->objectName().remove(QStringLiteral("Card")) : QStringLiteral("dashboard");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("%1-%2.%3").arg(base, QDate::currentDate().toString(Qt::ISODate), format));
    const QString filter = format == u"pdf" ? tr("PDF (*.pdf)") : tr("PNG picture (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + format, Qt::CaseInsensitive))
        path += u'.' + format;
    const QString error = exportTo(path, card);
    Q_EMIT message(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error);
}

QString DashboardView::exportTo(const QString &path, ChartCard *card)
{
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    const QString heading =
        tr("%1 — %2 — as of %3")
            .arg(card ? card->title() : tr("Reconciliation dashboard"), m_filters->describe(), when);
    for (ChartCard *each : std::as_const(m_cards))
        each->setExporting(true);
    const QString error = exportWidget(card ? static_cast<QWidget *>(card) : m_grid, path, heading);
    for (ChartCard *each : std::as_const(m_cards))
        each->setExporting(false);
    return error;
}

void DashboardView::saveLayout(QSettings &settings) const
{
    m_filters->save(settings);
}

void DashboardView::restoreLayout(const QSettings &settings)
{
    m_filters->restore(settings);
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    // The scroll area's viewport is what the cards share: they follow its size, whenever it has one.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        reflow();
    return WorkView::eventFilter(watched, event);
}

void DashboardView::reflow()
{
    // Columns as the width allows cards of a readable size; two rows of cards fill the height, never lower than a
    // chart stays legible. The calendar takes a row of its own.
    const int width = m_scroll->viewport()->width() - m_layout->contentsMargins().right();
    const int columns = width >= 1450 ? 3 : width >= 860 ? 2 : 1;
    const int height = qMax(300, (m_scroll->viewport()->height() - m_layout->spacing()) / 2);
    for (ChartCard *card : std::as_const(m_cards))
        card->setFixedHeight(height);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartCard *card : std::as_const(m_cards))
        m_layout->removeWidget(card);
    for (int row = 0; row < m_layout->rowCount(); ++row)
        m_layout->setRowStretch(row, 0);
    // Each card in the first place, row by row, where its columns are free: a wide card that does not fit at the
    // end of a row leaves the place to the next narrow one.
    QList<QList<bool>> taken;
    int row = 0;
    for (ChartCard *card : std::as_const(m_cards)) {
        const int span = qBound(1, card->span(columns), columns);
        bool placed = false;
        for (int at = 0; !placed; ++at) {
            while (taken.size() <= at)
                taken.append(QList<bool>(columns, false));
            for (int column = 0; column + span <= columns && !placed; ++column) {
                bool free = true;
                for (int i = column; i < column + span; ++i)
                    free = free && !taken[at][i];
                if (!free)
                    continue;
                for (int i = column; i < column + span; ++i)
                    taken[at][i] = true;
                m_layout->addWidget(card, at, column, 1, span);
                row = qMax(row, at + 1);
                placed = true;
            }
        }
    }
    for (int column = 0; column < 3; ++column)
        m_layout->setColumnStretch(column, column < columns ? 1 : 0);
    m_layout->setRowStretch(row, 1);
}

} // namespace Stockroom::Ui
