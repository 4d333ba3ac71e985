#include "snapshotreviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledger/permissions.h>
#include <ledgertask.h>
#include <reconcile/dashboardwords.h>
#include <reconcile/reconcileservice.h>
#include <reconcile/snapshotreviewmodel.h>
#include <recordtable.h>
#include <sentence.h>

namespace Stockroom::Ui {

using Models::SnapshotReviewModel;
using Filter = Models::SnapshotReviewModel::Filter;

namespace {

// The summary's tiles, in order: the key in api.snapshot_review's "summary" and the filter a click would apply.
struct Tile
{
    const char *key;
    Filter filter;
};

constexpr Tile kTiles[] = {
    {"matched", Filter::All},   {"timing", Filter::Timing},     {"unknown", Filter::Unknown},
    {"bucket", Filter::Bucket}, {"variance", Filter::Variance}, {"ledger_only", Filter::NotInFile},
};

QString tileWord(const QString &key)
{
    if (key == u"ledger_only")
        return SnapshotReviewDialog::tr("Rows the file lacks");
    if (key == u"unknown")
        return SnapshotReviewDialog::tr("Unknown item");
    return Models::DashboardWords::snapshotClass(key);
}

QString tileMeaning(const QString &key)
{
    if (key == u"ledger_only")
        return SnapshotReviewDialog::tr("Stock rows at the file's locations that the file does not list; each is "
                                        "also counted in its class (usually a true variance)");
    return sentence(Models::DashboardWords::snapshotClassMeaning(key));
}

// "00:15:00", "1 day 02:00:00" (PostgreSQL's interval text) in minutes; -1 when it is something else.
int intervalMinutes(const QString &text)
{
    int days = 0;
    QString time = text.trimmed();
    const qsizetype space = time.lastIndexOf(u' ');
    if (space > 0) {
        bool ok = false;
        days = time.section(u' ', 0, 0).toInt(&ok);
        if (!ok)
            return -1;
        time = time.mid(space + 1);
    }
    const QStringList parts = time.split(u':');
    if (parts.size() != 3)
        return -1;
    return days * 1440 + parts.at(0).toInt() * 60 + parts.at(1).toInt();
}

// "+3", "−2": an adjustment reads as a change.
QString signedUnits(qint64 units)
{
    const QString digits = QLocale().toString(qAbs(units));
    return units > 0 ? QString(u'+' + digits) : units < 0 ? QString(QStringLiteral("−") + digits) : digits;
}

// The ledger's all-or-nothing refusal, one refused line per row: "snapshot 5: 2 line(s) cannot be approved, so
// none was: A@S1: …; B@S1: …".
QString linePerRow(const QString &message)
{
    const QString marker = QStringLiteral("so none was: ");
    const qsizetype at = message.indexOf(marker);
    if (at < 0)
        return message;
    const QString head = message.left(at + marker.size() - 1);
    const QStringList items = message.mid(at + marker.size()).split(QStringLiteral("; "));
    return head + u'\n' + QStringLiteral("• ") + items.join(u'\n' + QStringLiteral("• "));
}

} // namespace

Services::Error supervisorRefusal(Services::Session &session, const QString &what, const Services::Error &error)
{
    const auto permissions = Services::Permissions::load(session);
    const QString login = permissions ? permissions->user : session.spec().user;
    const QString persona = permissions ? permissions->persona : QString();
    Services::Error refusal = error;
    refusal.message =
        persona.isEmpty()
            ? SnapshotReviewDialog::tr("%1 needs the supervisor role; the login %2 has no Stockroom role.")
                  .arg(what, login)
            : SnapshotReviewDialog::tr("%1 needs the supervisor role; the login %2 has the %3 role.")
                  .arg(what, login, persona);
    refusal.message += u' ' + SnapshotReviewDialog::tr("Ask a supervisor, or connect as one (File ▸ Connect to "
                                                       "another ledger…).");
    return refusal;
}

SnapshotReviewDialog *openSnapshotReview(QWidget *parent, const Services::ConnectionSpec &spec, qint64 snapshot)
{
    auto *dialog = new SnapshotReviewDialog(spec, snapshot, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

SnapshotReviewDialog::SnapshotReviewDialog(const Services::ConnectionSpec &spec, qint64 snapshot, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_snapshot(snapshot)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_summary(new QGridLayout)
    , m_hint(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_shown(new QLabel(this))
    , m_model(new SnapshotReviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_empty(addEmptyState(m_table))
    , m_result(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
    , m_approve(new QPushButton(tr("&Approve checked"), this))
    , m_approveAll(new QPushButton(tr("Approve all &proposed"), this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("snapshotReview"));
    setWindowTitle(tr("Review snapshot %1").arg(QLocale().toString(snapshot)));
    setSizeGripEnabled(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("snapshotReviewTitle"));
    m_title->setText(tr("Snapshot %1").arg(QLocale().toString(snapshot)));
    m_title->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("snapshotReviewFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buildSummary();
    m_hint->setObjectName(QStringLiteral("snapshotReviewHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();

    m_filter->setObjectName(QStringLiteral("snapshotClassFilter"));
    const QList<std::pair<QString, Filter>> filters = {
        {tr("Every line that differs"), Filter::All},     {tr("True variances"), Filter::Variance},
        {tr("Adjustments to approve"), Filter::Proposed}, {tr("Timing"), Filter::Timing},
        {tr("Unknown items"), Filter::Unknown},           {tr("Bucket differences"), Filter::Bucket},
        {tr("Rows the file lacks"), Filter::NotInFile},
    };
    for (const auto &[text, filter] : filters)
        m_filter->addItem(text, QVariant::fromValue(filter));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_shown->setObjectName(QStringLiteral("snapshotShown"));
    m_shown->setForegroundRole(QPalette::PlaceholderText);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotReviewModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("snapshotReviewTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SnapshotReviewModel::Line, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->installEventFilter(this);
    m_empty->setObjectName(QStringLiteral("snapshotReviewEmpty"));

    m_result->setObjectName(QStringLiteral("snapshotReviewResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_errors->setObjectName(QStringLiteral("snapshotReviewErrors"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(m_table->fontMetrics().height() * 8);
    m_errors->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fdecea; color: #8a1c12; }"));
    m_errors->hide();
    m_approve->setObjectName(QStringLiteral("approveChecked"));
    m_approveAll->setObjectName(QStringLiteral("approveAllProposed"));
    m_why->setObjectName(QStringLiteral("snapshotReviewWhy"));
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter);
    filterBar->addWidget(m_shown, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_approveAll);
    actions->addWidget(m_why, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter closes, as Escape does; approving is always a button of its own and asks first.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("snapshotReviewRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &SnapshotReviewDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(m_summary);
    layout->addWidget(m_hint);
    layout->addLayout(filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    // Tab goes from the filter to the lines to the actions, then the dialog's buttons.
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_approve);
    setTabOrder(m_approve, m_approveAll);
    setTabOrder(m_approveAll, buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(m_filter->currentData().value<Filter>());
        updateEmptyState();
        fitColumns();
    });
    connect(m_model, &SnapshotReviewModel::checkedChanged, this, &SnapshotReviewDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SnapshotReviewDialog::updateActions);
    connect(m_approve, &QPushButton::clicked, this, &SnapshotReviewDialog::approveChecked);
    connect(m_approveAll, &QPushButton::clicked, this, &SnapshotReviewDialog::approveAll);
    resize(1120, 720);
    m_table->setFocus();
    updateActions();
    updateEmptyState();
    reload();
}

SnapshotReviewDialog::~SnapshotReviewDialog() = default;

QString SnapshotReviewDialog::errorText() const
{
    return m_errors->isHidden() ? QString() : m_errors->toPlainText();
}

QString SnapshotReviewDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void SnapshotReviewDialog::buildSummary()
{
    m_summary->setHorizontalSpacing(6);
    QFont numberFont = font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    numberFont.setBold(true);
    int column = 0;
    for (const Tile &tile : kTiles) {
        const QString key = QLatin1String(tile.key);
        auto *number = new QLabel(QStringLiteral("–"), this);
        number->setObjectName(QStringLiteral("snapshotCount_") + key);
        number->setFont(numberFont);
        number->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        auto *word = new QLabel(tileWord(key), this);
        word->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        word->setWordWrap(true);
        for (QLabel *label : {number, word})
            label->setToolTip(tileMeaning(key));
        m_summary->addWidget(number, 0, column);
        m_summary->addWidget(word, 1, column);
        m_summary->setColumnStretch(column, 1);
        m_counts << number;
        ++column;
    }
}

void SnapshotReviewDialog::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const qint64 snapshot = m_snapshot;
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [snapshot](Services::Session &s) -> Services::Result<QJsonObject> {
            auto review = Services::ReconcileService(s).review(snapshot);
            if (!review && review.error().kind == Services::Error::Kind::PermissionDenied)
                return supervisorRefusal(s, tr("Reviewing a stock snapshot"), review.error());
            return review;
        },
        [this](const Services::Result<QJsonObject> &result) {
            m_loading = false;
            if (result) {
                m_denied = false;
                present(result.value());
            } else {
                m_denied = result.error().kind == Services::Error::Kind::PermissionDenied;
                m_loadFailed = true;
                showRefusal(tr("Could not read snapshot %1").arg(QLocale().toString(m_snapshot)),
                            result.error().message);
                updateActions();
                updateEmptyState();
            }
            Q_EMIT loaded();
        });
}

void SnapshotReviewDialog::present(const QJsonObject &review)
{
    m_review = review;
    m_model->setLines(review.value(u"lines").toArray());
    const QLocale locale;
    const QString source = review.value(u"source").toString();
    const QDateTime asOf = QDateTime::fromString(review.value(u"as_of").toString(), Qt::ISODateWithMs).toLocalTime();
    m_title->setText(tr("Snapshot %1 from %2, as of %3")
                         .arg(locale.toString(m_snapshot), source, locale.toString(asOf, QLocale::ShortFormat)));
    const QJsonObject summary = review.value(u"summary").toObject();
    presentSummary(summary);
    qint64 lines = 0;
    for (const char *key : {"matched", "timing", "unknown", "bucket", "variance"})
        lines += summary.value(QLatin1String(key)).toInteger();
    lines -= summary.value(u"ledger_only").toInteger();
    QStringList facts;
    const QString file = review.value(u"file").toString();
    if (!file.isEmpty())
        facts << tr("File %1").arg(file);
    facts << tr("%1 lines in the file").arg(locale.toString(lines));
    const int window = intervalMinutes(review.value(u"timing_window").toString());
    if (window >= 0)
        facts << tr("timing window ±%1 min").arg(locale.toString(window));
    facts << tr("state: %1").arg(Models::DashboardWords::snapshotState(review.value(u"state").toString()).toLower());
    facts << tr("%1 to approve, %2 approved")
                 .arg(locale.toString(summary.value(u"proposed").toInteger()),
                      locale.toString(summary.value(u"approved").toInteger()));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const qint64 unknown = summary.value(u"unknown").toInteger();
    if (unknown > 0) {
        m_hint->setText(tr("%Ln line(s) name a SKU or location the ledger does not know: nothing is proposed for "
                           "them. Check the source's columns, or add the SKUs or locations to the ledger, then import "
                           "the file again.",
                           nullptr, int(unknown)));
        m_hint->show();
    } else {
        m_hint->hide();
    }
    if (m_loadFailed)
        m_errors->hide(); // the read that failed before; a refused approval stays said
    m_loadFailed = false;
    updateEmptyState();
    fitColumns();
    updateActions();
}

void SnapshotReviewDialog::presentSummary(const QJsonObject &summary)
{
    const QLocale locale;
    for (qsizetype i = 0; i < m_counts.size(); ++i)
        m_counts.at(i)->setText(locale.toString(summary.value(QLatin1String(kTiles[i].key)).toInteger()));
}

void SnapshotReviewDialog::updateEmptyState()
{
    int shown = m_model->rowCount();
    m_shown->setText(
        m_model->allLines().isEmpty()
            ? QString()
            : tr("%1 of %2 lines")
                  .arg(QLocale().toString(shown), QLocale().toString(qsizetype(m_model->allLines().size()))));
    QString empty;
    if (m_loading && m_review.isEmpty())
        empty = tr("Reading the snapshot…");
    else if (m_denied)
        empty = tr("Nothing to show: this login may not review snapshots.");
    else if (m_review.isEmpty())
        empty = QString();
    else if (m_review.value(u"state").toString() == u"importing")
        empty = tr("This snapshot's import did not finish, so nothing was matched yet. Import the file again with the "
                   "same source and time to continue it.");
    else if (m_model->allLines().isEmpty())
        empty = tr("Every line of the file matched the ledger at the snapshot's time: nothing to review.");
    else if (shown == 0)
        empty = tr("No line of this kind. Choose “Every line that differs” to see them all.");
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
}

void SnapshotReviewDialog::fitColumns()
{
    // Every column as wide as its title and its rows. Room to spare goes to the state, the last column, so the
    // numbers stay next to the words they belong to; too little room comes out of the class (elided, its tooltip
    // says it) before anything scrolls.
    m_table->resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < SnapshotReviewModel::ColumnCount; ++column)
        total += m_table->columnWidth(column);
    const int spare = m_table->viewport()->width() - total;
    const int state = m_table->columnWidth(SnapshotReviewModel::State);
    const int cls = m_table->columnWidth(SnapshotReviewModel::Class);
    if (spare > 0)
        m_table->setColumnWidth(SnapshotReviewModel::State, state + spare);
    else
        m_table->setColumnWidth(SnapshotReviewModel::Class,
                                qMax(qMin(cls, m_table->fontMetrics().averageCharWidth() * 10), cls + spare));
}

void SnapshotReviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitColumns();
}

bool SnapshotReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Space checks (or unchecks) every proposed line among the selected rows: select with the keyboard, then Space.
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        QStringList keys;
        bool anyUnchecked = false;
        const QStringList checked = m_model->checkedKeys();
        for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
            if (row.data(SnapshotReviewModel::LineStateRole).toString() != u"proposed")
                continue;
            const QString key = row.data(SnapshotReviewModel::LineKeyRole).toString();
            keys << key;
            anyUnchecked = anyUnchecked || !checked.contains(key);
        }
        if (!keys.isEmpty())
            m_model->setChecked(keys, anyUnchecked);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QList<QJsonObject> SnapshotReviewDialog::proposedLines() const
{
    QList<QJsonObject> lines;
    for (const QJsonObject &line : m_model->allLines())
        if (SnapshotReviewModel::isProposed(line))
            lines << line;
    return lines;
}

void SnapshotReviewDialog::updateActions()
{
    const QString state = m_review.value(u"state").toString();
    const bool open = state == u"classified" || state == u"approved";
    const qsizetype checked = m_model->checkedLines().size();
    const qsizetype proposed = proposedLines().size();
    const bool free = !m_busy && !m_loading;
    m_approve->setEnabled(free && open && !m_denied && checked > 0);
    m_approveAll->setEnabled(free && open && !m_denied && proposed > 0);
    m_approve->setText(checked > 0 ? tr("&Approve checked (%1)").arg(QLocale().toString(checked))
                                   : tr("&Approve checked"));
    m_approveAll->setText(proposed > 0 ? tr("Approve all &proposed (%1)").arg(QLocale().toString(proposed))
                                       : tr("Approve all &proposed"));
    QString why;
    if (m_denied)
        why = tr("Approving adjustments needs the supervisor role.");
    else if (m_busy)
        why = tr("Posting the adjustments…");
    else if (!m_review.isEmpty() && proposed == 0)
        why = tr("No adjustment is waiting for approval.");
    else if (!m_review.isEmpty() && checked == 0)
        why = tr("Check the lines to approve (Space checks the selected rows), or approve all proposed.");
    m_why->setText(why);
    m_approve->setToolTip(tr("Post the checked lines' adjustments to the ledger (all or nothing)"));
    m_approveAll->setToolTip(tr("Post every proposed adjustment of this snapshot to the ledger (all or nothing)"));
}

QString SnapshotReviewDialog::confirmationText(const QList<QJsonObject> &lines, const QString &reference)
{
    const QLocale locale;
    qint64 added = 0;
    qint64 removed = 0;
    QStringList shown;
    for (const QJsonObject &line : lines) {
        const qint64 units = line.value(u"proposed").toInteger();
        (units > 0 ? added : removed) += qAbs(units);
        if (shown.size() < 10) {
            shown << tr("%1 at %2: %3 (ledger %4, file %5)")
                         .arg(line.value(u"sku").toString(), line.value(u"location").toString(), signedUnits(units),
                              locale.toString(line.value(u"book").toInteger()),
                              locale.toString(line.value(u"theirs").toInteger()));
        }
    }
    QString text = tr("Post %n adjustment(s) to the ledger?", nullptr, int(lines.size())) + u"\n\n" +
                   tr("Units: %1 in all (%2 added, %3 removed).")
                       .arg(locale.toString(added + removed), locale.toString(added), locale.toString(removed)) +
                   u"\n\n• " + shown.join(QStringLiteral("\n• "));
    if (lines.size() > shown.size())
        text += u'\n' + tr("… and %1 more").arg(locale.toString(lines.size() - shown.size()));
    text += u"\n\n" + tr("Each is an adjustment movement with the reason “reconciliation” and the reference “%1”. "
                         "If the stock of any of them moved since the snapshot was matched, none is posted.")
                          .arg(reference);
    return text;
}

bool SnapshotReviewDialog::confirm(const QList<QJsonObject> &lines)
{
    const QString reference =
        QStringLiteral("snapshot %1 from %2").arg(m_snapshot).arg(m_review.value(u"source").toString());
    QMessageBox box(QMessageBox::Question, tr("Approve adjustments"), confirmationText(lines, reference),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("snapshotApproveConfirm"));
    QPushButton *post =
        box.addButton(tr("&Post %n adjustment(s)", nullptr, int(lines.size())), QMessageBox::AcceptRole);
    post->setObjectName(QStringLiteral("confirm"));
    box.setDefaultButton(post);
    box.exec();
    return box.clickedButton() == post;
}

void SnapshotReviewDialog::approveChecked()
{
    const QList<QJsonObject> lines = m_model->checkedLines();
    if (!lines.isEmpty() && confirm(lines))
        approve(m_model->checkedKeys());
}

void SnapshotReviewDialog::approveAll()
{
    const QList<QJsonObject> lines = proposedLines();
    if (!lines.isEmpty() && confirm(lines))
        approve(std::nullopt);
}

void SnapshotReviewDialog::approve(const std::optional<QStringList> &lines)
{
    const qint64 snapshot = m_snapshot;
    const QString key = Services::LedgerService::newKey();
    m_busy = true;
    updateActions();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [snapshot, lines, key](Services::Session &s) -> Services::Result<QJsonObject> {
            auto approved = Services::ReconcileService(s).approve(snapshot, lines, key);
            if (!approved && approved.error().kind == Services::Error::Kind::PermissionDenied)
                return supervisorRefusal(s, tr("Approving adjustments"), approved.error());
            return approved;
        },
        [this](const Services::Result<QJsonObject> &result) {
            m_busy = false;
            if (result) {
                showOutcome(result.value());
            } else {
                showRefusal(tr("Nothing was posted"), result.error().message);
                updateActions();
            }
            reload();
        });
}

void SnapshotReviewDialog::showOutcome(const QJsonObject &result)
{
    m_errors->hide();
    const QLocale locale;
    const QJsonArray done = result.value(u"approved").toArray();
    const QJsonArray skipped = result.value(u"skipped").toArray();
    QStringList posted;
    for (const QJsonValue &v : done) {
        const qint64 units = v[u"adjustment"].toInteger();
        posted << tr("%1 at %2 %3").arg(v[u"sku"].toString(), v[u"location"].toString(), signedUnits(units));
    }
    QString text =
        done.isEmpty()
            ? tr("Nothing new was posted.")
            : tr("Posted %n adjustment(s): ", nullptr, int(done.size())) +
                  posted.mid(0, 10).join(QStringLiteral(", ")) +
                  (posted.size() > 10 ? tr(" and %1 more").arg(locale.toString(posted.size() - 10)) : QString()) + u'.';
    if (!skipped.isEmpty())
        text += u' ' + tr("%1 line(s) left as they were: already approved, or the ledger's quantity is kept.")
                           .arg(locale.toString(skipped.size()));
    if (result.value(u"state").toString() == u"approved")
        text += u' ' + tr("Every proposed adjustment of this snapshot is approved.");
    m_result->setText(text);
    m_result->show();
    if (!done.isEmpty())
        Q_EMIT approved(result);
}

void SnapshotReviewDialog::showRefusal(const QString &what, const QString &message)
{
    m_result->hide();
    m_errors->setPlainText(what + QStringLiteral(": ") + linePerRow(message));
    m_errors->show();
}

} // namespace Stockroom::Ui
