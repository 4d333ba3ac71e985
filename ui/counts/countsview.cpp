#include "countsview.h"

#include "countplandialog.h"
#include "countreviewdialog.h"
#include "countscreen.h"
#include "countsheetactions.h"
#include "newcountsessiondialog.h"
#include "sheetentrydialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <counts/countsessionmodel.h>
#include <counts/countwords.h>
#include <stretchcolumn.h>

namespace Stockroom::Ui {

using Models::CountSessionModel;

namespace {

QString noRole(const Services::Permissions &permissions)
{
    return permissions.persona.isEmpty() ? CountsView::tr("no stockroom role") : permissions.persona;
}

} // namespace

CountsView::CountsView(Models::ReadThread *reads, Services::OperationQueue *queue, const Services::ConnectionSpec &spec,
                       QWidget *parent)
    : RecordPage(queue, parent)
    , m_spec(spec)
    , m_queue(queue)
    , m_model(new CountSessionModel(reads, this))
    , m_state(new QComboBox(this))
    , m_new(new QPushButton(tr("&New session…"), this))
    , m_count(new QPushButton(tr("C&ount"), this))
    , m_review(new QPushButton(tr("Re&view"), this))
    , m_plan(new QPushButton(tr("&What to count…"), this))
    , m_sheet(new QToolButton(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("counts"));
    table()->setObjectName(QStringLiteral("countSessionsTable"));
    m_state->setObjectName(QStringLiteral("countStateFilter"));
    m_state->addItem(tr("Open (counting or in review)"), QStringLiteral("open"));
    m_state->addItem(tr("All states"), QString());
    for (const char *state : {"counting", "review", "closed", "cancelled"})
        m_state->addItem(Models::CountWords::sessionState(QString::fromLatin1(state)), QString::fromLatin1(state));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_new->setObjectName(QStringLiteral("newCountSession"));
    m_count->setObjectName(QStringLiteral("countSession"));
    m_review->setObjectName(QStringLiteral("reviewCountSession"));
    auto *stateLabel = new QLabel(tr("St&ate:"), this);
    stateLabel->setBuddy(m_state);
    m_bar->addWidget(stateLabel);
    m_bar->addWidget(m_state);
    m_bar->addStretch();
    m_bar->addWidget(m_plan);
    m_bar->addWidget(m_new);
    m_bar->addWidget(m_count);
    m_bar->addWidget(m_sheet);
    m_bar->addWidget(m_review);
    m_plan->setObjectName(QStringLiteral("countPlanButton"));
    m_sheet->setObjectName(QStringLiteral("countSheetButton"));
    m_sheet->setText(tr("S&heet"));
    m_sheet->setPopupMode(QToolButton::InstantPopup);
    m_sheet->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *sheetMenu = new QMenu(m_sheet);
    m_printSheet = sheetMenu->addAction(tr("&Print a count sheet…"), this, [this] {
        if (const qint64 session = currentSession())
            printCountSheet(this, m_spec, session);
    });
    m_enterSheet = sheetMenu->addAction(tr("&Enter counts from a sheet…"), this, [this] {
        if (const qint64 session = currentSession())
            enterCountSheet(this, m_spec, session, [this](SheetEntryDialog *dialog) {
                if (dialog)
                    connect(dialog, &SheetEntryDialog::saved, this, &CountsView::reload);
            });
    });
    m_sheet->setMenu(sheetMenu);
    connect(m_plan, &QPushButton::clicked, this, &CountsView::showPlan);

    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    setModel(m_model, CountSessionModel::RawValueRole, CountSessionModel::Id, Qt::DescendingOrder);
    const QFontMetrics metrics = table()->fontMetrics();
    for (int column = 0; column < CountSessionModel::ColumnCount; ++column)
        table()->setColumnWidth(column,
                                metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                                    2 * metrics.height());
    table()->setColumnWidth(CountSessionModel::Created,
                            metrics.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 16);
    table()->horizontalHeader()->setStretchLastSection(true);

    // Counts arrive quickly while people scan: the list and open reviews read again at most once a second.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1000);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
        for (const qint64 session : std::exchange(m_changed, {}))
            if (CountReviewDialog *review = m_reviews.value(session); review && !review->isLoading())
                review->reload();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &CountsView::reload);
    connect(m_model, &CountSessionModel::loaded, this, [this] {
        loaded();
        for (int column : {CountSessionModel::Location, CountSessionModel::State, CountSessionModel::Kind,
                           CountSessionModel::Progress, CountSessionModel::Assignees, CountSessionModel::CreatedBy})
            table()->resizeColumnToContents(column);
        if (m_wanted > 0)
            selectSession(std::exchange(m_wanted, 0));
        selectionChanged();
    });
    connect(m_model, &CountSessionModel::loadFailed, this, &CountsView::reportLoadFailure);
    connect(m_new, &QPushButton::clicked, this, &CountsView::newSession);
    connect(m_count, &QPushButton::clicked, this, [this] {
        if (const qint64 session = currentSession())
            openCount(session);
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const qint64 session = currentSession())
            openReview(session);
    });
    // Enter or a double click: an associate counts, a manager reviews what is in review.
    connect(table(), &QTableView::activated, this, [this] {
        const qint64 session = currentSession();
        if (session == 0)
            return;
        const auto &row = m_model->rowAt(m_model->rowOf(session));
        if (row.state == u"review" && m_review->isEnabled())
            openReview(session);
        else if (m_count->isEnabled())
            openCount(session);
    });
    selectionChanged();
}

CountsView::~CountsView() = default;

CountPlanDialog *CountsView::showPlan()
{
    QList<Services::LocationRef> locations;
    for (int i = 0; i < locationBox()->count(); ++i)
        if (const QString code = locationBox()->itemData(i).toString(); !code.isEmpty())
            locations.append({code, locationBox()->itemText(i), {}});
    auto *dialog = new CountPlanDialog(m_spec, locations, currentLocation(), m_permissions.mayCreateCounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CountPlanDialog::sessionStarted, this, [this](qint64 session) {
        m_wanted = session;
        reload();
    });
    dialog->open();
    return dialog;
}

void CountsView::setPermissions(const Services::Permissions &permissions)
{
    RecordPage::setPermissions(permissions);
    for (const auto &review : std::as_const(m_reviews))
        if (review)
            review->setPermissions(permissions);
    selectionChanged();
}

void CountsView::reload()
{
    Services::CountSessionFilter filter;
    filter.location = currentLocation();
    filter.state = m_state->currentData().toString();
    m_model->setFilter(filter);
}

qint64 CountsView::currentSession() const
{
    const QList<int> rows = selectedRows();
    return rows.isEmpty() ? 0 : m_model->rowAt(rows.first()).id;
}

void CountsView::selectSession(qint64 session)
{
    const int row = m_model->rowOf(session);
    if (row < 0) {
        m_wanted = session;
        return;
    }
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table()->model());
    const QModelIndex index = proxy ? proxy->mapFromSource(m_model->index(row, 0)) : m_model->index(row, 0);
    table()->selectRow(index.row());
    table()->scrollTo(index);
}

void CountsView::selectionChanged()
{
    const qint64 session = currentSession();
    const QString state = session ? m_model->rowAt(m_model->rowOf(session)).state : QString();
    const bool counting = state == u"counting" || state == u"review";
    const bool mayCount = m_permissions.may(Services::Operation::Kind::CountRecord);
    m_count->setEnabled(counting && mayCount);
    m_count->setToolTip(
        !mayCount ? tr("Counting needs the associate role; %1 is connected as %2.")
                        .arg(m_permissions.user, noRole(m_permissions))
        : session == 0 ? tr("Select a session to count")
        : !counting
            ? tr("This session is %1: it takes no more counts.").arg(Models::CountWords::sessionState(state).toLower())
            : tr("Open the count screen: scan, type the count, Enter (Enter on the row)"));
    const bool mayReview = m_permissions.mayReviewCounts();
    m_review->setEnabled(session != 0 && mayReview);
    m_review->setToolTip(!mayReview ? tr("Reviewing shows the ledger's quantities: it needs the manager role; %1 is "
                                         "connected as %2.")
                                          .arg(m_permissions.user, noRole(m_permissions))
                         : session == 0 ? tr("Select a session to review")
                         : m_permissions.mayDecideCounts()
                             ? tr("Variances, tolerances and recounts; approve, reject or order a recount")
                             : tr("Variances, tolerances and recounts (approving needs the supervisor role)"));
    // Sheets are for stores without scanners: printed for a session being counted, typed back in the same way.
    m_sheet->setEnabled(counting && mayCount);
    m_sheet->setToolTip(counting ? tr("Print the session's count sheet, or type in the counts written on it")
                                 : tr("Select a session being counted"));
    m_plan->setEnabled(m_permissions.mayCreateCounts());
    m_plan->setToolTip(m_permissions.mayCreateCounts()
                           ? tr("The rows due today by their ABC class, and those that went to zero or showed a "
                                "difference, up to each location's daily cap")
                           : tr("The count plan shows what the ledger holds: it needs the manager role"));
    const bool mayCreate = m_permissions.mayCreateCounts();
    m_new->setEnabled(mayCreate);
    m_new->setToolTip(mayCreate ? tr("Start a count at a location: every SKU, chosen SKUs or one ABC class")
                                : tr("Starting a count session needs the manager role; %1 is connected as %2.")
                                      .arg(m_permissions.user, noRole(m_permissions)));
    Q_EMIT summaryChanged();
}

QString CountsView::emptyText() const
{
    if (!currentLocation().isEmpty() || m_state->currentData().toString() != u"open")
        return tr("No count sessions match these filters.");
    if (m_permissions.mayCreateCounts())
        return tr("No count session is open. Start one with “New session…”: choose a location and what to count "
                  "there; associates then count it here with a scanner or a tablet.");
    return tr("No count session is open. A manager starts one; it appears here for you to count.");
}

void CountsView::onApplied(const Services::Operation &, const QJsonObject &)
{
}

QString CountsView::summary() const
{
    const qint64 session = currentSession();
    if (session != 0)
        return tr("%Ln count session(s) — session %1 selected", nullptr, m_model->rowCount()).arg(session);
    return tr("%Ln count session(s)", nullptr, m_model->rowCount());
}

void CountsView::countsChanged(const QList<qint64> &sessions)
{
    for (const qint64 session : sessions)
        if (!m_changed.contains(session))
            m_changed.append(session);
    if (!m_refresh->isActive())
        m_refresh->start();
}

CountScreen *CountsView::openCount(qint64 session)
{
    QPointer<CountScreen> &screen = m_screens[session];
    if (!screen) {
        screen = new CountScreen(m_spec, m_queue, session, this);
        screen->setAttribute(Qt::WA_DeleteOnClose);
        connect(screen, &CountScreen::recorded, this, &CountsView::reload);
        connect(screen, &CountScreen::submitted, this, &CountsView::reload);
        connect(screen, &CountScreen::message, this, &CountsView::message);
    }
    screen->show();
    screen->raise();
    screen->activateWindow();
    return screen;
}

CountReviewDialog *CountsView::openReview(qint64 session)
{
    QPointer<CountReviewDialog> &review = m_reviews[session];
    if (!review) {
        review = new CountReviewDialog(m_spec, session, this);
        review->setAttribute(Qt::WA_DeleteOnClose);
        review->setPermissions(m_permissions);
        connect(review, &CountReviewDialog::changed, this, &CountsView::reload);
        connect(review, &CountReviewDialog::message, this, &CountsView::message);
    }
    review->show();
    review->raise();
    review->activateWindow();
    return review;
}

NewCountSessionDialog *CountsView::newSession()
{
    // The locations the filter lists (the window keeps them current), as "CODE — Name" with the code as data.
    QList<Services::LocationRef> locations;
    for (int i = 1; i < locationBox()->count(); ++i) {
        Services::LocationRef ref;
        ref.code = locationBox()->itemData(i).toString();
        ref.name = locationBox()->itemText(i).section(QStringLiteral(" — "), 1);
        locations << ref;
    }
    auto *dialog = new NewCountSessionDialog(m_spec, locations, currentLocation(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCountSessionDialog::created, this, [this](qint64 session) {
        Q_EMIT message(tr("Count session %1 created").arg(session));
        m_wanted = session;
        reload();
    });
    dialog->open();
    return dialog;
}

} // namespace Stockroom::Ui
