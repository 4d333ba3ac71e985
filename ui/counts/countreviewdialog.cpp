#include "countreviewdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <counts/countreviewmodel.h>
#include <counts/countservice.h>
#include <counts/countwords.h>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <recordtable.h>

namespace Stockroom::Ui {

using Models::CountReviewModel;

namespace {

QStringList skusOf(const QList<QJsonObject> &lines)
{
    QStringList skus;
    for (const QJsonObject &line : lines)
        skus << line.value(u"sku").toString();
    return skus;
}

// The ledger's all-or-nothing refusal, one failing line per row: "count session 5: 2 line(s) cannot be
// approved, so none was: A: …; B: …".
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

CountReviewDialog::CountReviewDialog(const Services::ConnectionSpec &spec, qint64 session, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_outsideOnly(new QCheckBox(tr("&Outside tolerance only"), this))
    , m_model(new CountReviewModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_result(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
    , m_approve(new QPushButton(tr("&Approve selected"), this))
    , m_approveWithin(new QPushButton(tr("Approve all &within tolerance"), this))
    , m_reject(new QPushButton(tr("&Reject selected…"), this))
    , m_recount(new QPushButton(tr("Order re&count"), this))
    , m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("countReview"));
    setWindowTitle(tr("Review count session %1").arg(session));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Review count session %1").arg(session));
    m_facts->setWordWrap(true);
    m_outsideOnly->setObjectName(QStringLiteral("outsideToleranceOnly"));
    m_outsideOnly->setToolTip(tr("Show only the lines whose variance is outside their class's tolerance"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CountReviewModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("countReviewTable"));
    m_table->setModel(m_proxy);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CountReviewModel::Sku, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int column = 0; column < CountReviewModel::ColumnCount; ++column)
        m_table->setColumnWidth(column,
                                metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
                                    2 * metrics.height());

    m_result->setObjectName(QStringLiteral("countReviewResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_errors->setObjectName(QStringLiteral("countReviewErrors"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumHeight(metrics.height() * 8);
    m_errors->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fdecea; color: #8a1c12; }"));
    m_errors->hide();
    m_approve->setObjectName(QStringLiteral("approveSelected"));
    m_approveWithin->setObjectName(QStringLiteral("approveWithinTolerance"));
    m_reject->setObjectName(QStringLiteral("rejectSelected"));
    m_recount->setObjectName(QStringLiteral("orderRecount"));
    m_why->setObjectName(QStringLiteral("countReviewWhy"));
    m_why->setWordWrap(true);
    m_why->setForegroundRole(QPalette::PlaceholderText);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_outsideOnly);
    filterBar->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_approve);
    actions->addWidget(m_approveWithin);
    actions->addWidget(m_reject);
    actions->addWidget(m_recount);
    actions->addWidget(m_why, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &CountReviewDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addLayout(filterBar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_errors);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_outsideOnly, &QCheckBox::toggled, m_model, &CountReviewModel::setOutsideToleranceOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CountReviewDialog::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CountReviewDialog::updateActions);
    connect(m_approve, &QPushButton::clicked, this, &CountReviewDialog::approveSelected);
    connect(m_approveWithin, &QPushButton::clicked, this, &CountReviewDialog::approveWithinTolerance);
    connect(m_reject, &QPushButton::clicked, this, &CountReviewDialog::rejectSelected);
    connect(m_recount, &QPushButton::clicked, this, &CountReviewDialog::recountSelected);
    resize(1180, 720);
    updateActions();
    reload();
}

CountReviewDialog::~CountReviewDialog() = default;

void CountReviewDialog::setPermissions(const Services::Permissions &permissions)
{
    m_permissions = permissions;
    updateActions();
}

void CountReviewDialog::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const qint64 session = m_session;
    runLedgerTask<QJsonObject>(
        this, m_spec, [session](Services::Session &s) { return Services::CountService(s).review(session); },
        [this](const Services::Result<QJsonObject> &result) {
            m_loading = false;
            if (result)
                present(result.value());
            else
                showRefusal(tr("Could not read the review"), result.error().message);
            Q_EMIT loaded();
        });
}

void CountReviewDialog::present(const QJsonObject &review)
{
    const QStringList selected = selectedSkus();
    m_review = review;
    m_model->setLines(review.value(u"lines").toArray());
    selectSkus(selected);
    int pending = 0;
    int recount = 0;
    int outside = 0;
    int decided = 0;
    bool anyShort = false;
    bool anyDouble = false;
    for (const QJsonObject &line : m_model->allLines()) {
        anyShort = anyShort || line.value(u"short_of_reserved").toBool();
        anyDouble = anyDouble || line.value(u"double_count").toBool();
        const QString state = line.value(u"state").toString();
        pending += state == u"pending" ? 1 : 0;
        recount += state == u"recount" ? 1 : 0;
        decided += state == u"approved" || state == u"rejected" ? 1 : 0;
        outside += line.value(u"within_tolerance").isBool() && !line.value(u"within_tolerance").toBool() ? 1 : 0;
    }
    // Columns that would be empty for every line stay out of the way.
    m_table->setColumnHidden(CountReviewModel::Warning, !anyShort);
    m_table->setColumnHidden(CountReviewModel::DoubleCount, !anyDouble);
    fitColumns();
    const QLocale locale;
    m_title->setText(tr("Review count session %1 — %2").arg(m_session).arg(review.value(u"location").toString()));
    m_facts->setText(
        tr("%1 · %2 · %3 lines: %4 to approve, %5 waiting for a recount, %6 decided, %7 outside tolerance")
            .arg(Models::CountWords::sessionState(review.value(u"state").toString()),
                 Models::CountWords::kind(review.value(u"blind").toBool(), review.value(u"full_count").toBool()),
                 locale.toString(m_model->allLines().size()), locale.toString(pending), locale.toString(recount),
                 locale.toString(decided), locale.toString(outside)));
    updateActions();
}

void CountReviewDialog::fitColumns()
{
    // Every column as wide as its rows; where that is wider than the table, the names give way (down to a fair
    // share) before anything scrolls.
    m_table->resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < CountReviewModel::ColumnCount; ++column)
        total += m_table->isColumnHidden(column) ? 0 : m_table->columnWidth(column);
    const int name = m_table->columnWidth(CountReviewModel::Name);
    const int excess = total - m_table->viewport()->width();
    // Room to spare goes to the names too, so the table ends at its edge.
    m_table->setColumnWidth(CountReviewModel::Name,
                            qMax(qMin(name, m_table->fontMetrics().averageCharWidth() * 18), name - excess));
}

void CountReviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_model->rowCount() > 0)
        fitColumns();
}

QList<QJsonObject> CountReviewDialog::selectedLines() const
{
    QList<QJsonObject> lines;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        lines << m_model->lineAt(m_proxy->mapToSource(index).row());
    return lines;
}

QStringList CountReviewDialog::selectedSkus() const
{
    return skusOf(selectedLines());
}

void CountReviewDialog::selectSkus(const QStringList &skus)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (skus.contains(index.data(CountReviewModel::SkuRole).toString()))
            selection.select(index, m_proxy->index(row, CountReviewModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CountReviewDialog::updateActions()
{
    const bool inReview = m_review.value(u"state").toString() == u"review";
    const QList<QJsonObject> lines = selectedLines();
    int pending = 0;
    int open = 0;
    for (const QJsonObject &line : lines) {
        const QString state = line.value(u"state").toString();
        pending += state == u"pending" ? 1 : 0;
        open += state == u"pending" || state == u"recount" ? 1 : 0;
    }
    int withinPending = 0;
    for (const QJsonObject &line : m_model->allLines())
        withinPending += line.value(u"state").toString() == u"pending" && line.value(u"within_tolerance").toBool();
    const bool may = m_permissions.mayDecideCounts();
    const bool free = !m_busy;
    m_approve->setEnabled(may && free && inReview && pending > 0);
    m_approveWithin->setEnabled(may && free && inReview && withinPending > 0);
    m_reject->setEnabled(may && free && inReview && open > 0);
    m_recount->setEnabled(may && free && inReview && pending > 0);
    QString why;
    if (!may)
        why = tr("Approving, rejecting and recounting need the supervisor role; %1 is connected as %2.")
                  .arg(m_permissions.user,
                       m_permissions.persona.isEmpty() ? tr("no stockroom role") : m_permissions.persona);
    else if (!m_review.isEmpty() && !inReview)
        why = tr("This session is %1: there is nothing to decide.")
                  .arg(Models::CountWords::sessionState(m_review.value(u"state").toString()).toLower());
    m_why->setText(why);
    for (QPushButton *button : {m_approve, m_approveWithin, m_reject, m_recount})
        button->setToolTip(why);
    if (why.isEmpty()) {
        m_approve->setToolTip(tr("Post the selected lines' variances to the ledger (all or nothing)"));
        m_approveWithin->setToolTip(
            tr("Approve every line waiting for approval whose variance is within tolerance: %n line(s)", nullptr,
               withinPending));
        m_reject->setToolTip(tr("Keep the ledger as it is for the selected lines, with a reason"));
        m_recount->setToolTip(tr("Send the selected lines to be counted again, by someone who did not count them"));
    }
}

std::optional<bool> CountReviewDialog::askReleaseHolds(const QList<QJsonObject> &lines, const QString &question)
{
    QStringList shortLines;
    const QLocale locale;
    for (const QJsonObject &line : lines)
        if (line.value(u"short_of_reserved").toBool())
            shortLines << tr("%1 %2: %3 on hand after approval, %4 reserved")
                              .arg(line.value(u"sku").toString(), line.value(u"name").toString(),
                                   locale.toString(line.value(u"on_hand_now").toInteger() +
                                                   line.value(u"variance").toInteger()),
                                   locale.toString(line.value(u"reserved_now").toInteger()));
    QMessageBox box(QMessageBox::Question, tr("Approve counts"), question, QMessageBox::Cancel, this);
    QPushButton *plain = box.addButton(tr("Approve"), QMessageBox::AcceptRole);
    QPushButton *release = nullptr;
    if (!shortLines.isEmpty()) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(
            tr("Approving leaves less on hand than is reserved for these SKUs. Release holds (not orders' holds) "
               "so the count can be applied, or cancel and order a recount:") +
            u"\n• " + shortLines.join(QStringLiteral("\n• ")));
        release = box.addButton(tr("Release holds and approve"), QMessageBox::AcceptRole);
        plain->setText(tr("Approve without releasing"));
        box.setDefaultButton(release);
    } else {
        box.setDefaultButton(plain);
    }
    box.exec();
    if (box.clickedButton() == release && release)
        return true;
    if (box.clickedButton() == plain)
        return false;
    return std::nullopt;
}

void CountReviewDialog::approveSelected()
{
    QList<QJsonObject> lines;
    for (const QJsonObject &line : selectedLines())
        if (line.value(u"state").toString() == u"pending")
            lines << line;
    if (lines.isEmpty())
        return;
    const auto release = askReleaseHolds(
        lines, tr("Approve %n line(s)? Each posts its variance to the ledger once.", nullptr, int(lines.size())));
    if (release)
        approve(skusOf(lines), false, *release);
}

void CountReviewDialog::approveWithinTolerance()
{
    QList<QJsonObject> lines;
    for (const QJsonObject &line : m_model->allLines())
        if (line.value(u"state").toString() == u"pending" && line.value(u"within_tolerance").toBool())
            lines << line;
    if (lines.isEmpty())
        return;
    const auto release = askReleaseHolds(
        lines, tr("Approve all %n line(s) within tolerance? Each posts its variance to the ledger once.", nullptr,
                  int(lines.size())));
    if (release)
        approve(std::nullopt, true, *release);
}

void CountReviewDialog::rejectSelected()
{
    QStringList skus;
    for (const QJsonObject &line : selectedLines())
        if (line.value(u"state").toString() == u"pending" || line.value(u"state").toString() == u"recount")
            skus << line.value(u"sku").toString();
    if (skus.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject counts"),
        tr("Reject the counts of %n line(s)? The ledger keeps its quantities for them.", nullptr, int(skus.size())) +
            u"\n\n" + tr("Reason (required, kept with the count):"),
        QLineEdit::Normal, {}, &ok);
    if (ok && !reason.trimmed().isEmpty())
        reject(skus, reason.trimmed());
}

void CountReviewDialog::recountSelected()
{
    QStringList skus;
    for (const QJsonObject &line : selectedLines())
        if (line.value(u"state").toString() == u"pending")
            skus << line.value(u"sku").toString();
    if (!skus.isEmpty())
        recount(skus);
}

void CountReviewDialog::approve(const std::optional<QStringList> &skus, bool withinToleranceOnly, bool releaseHolds,
                                const QString &reason)
{
    const qint64 session = m_session;
    const QString key = Services::LedgerService::newKey();
    m_busy = true;
    updateActions();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [=](Services::Session &s) {
            return Services::CountService(s).approve(session, skus, withinToleranceOnly, releaseHolds, reason, key);
        },
        [this](const Services::Result<QJsonObject> &result) {
            m_busy = false;
            if (result)
                showOutcome(tr("Approved"), result.value());
            else
                showRefusal(tr("Nothing was approved"), result.error().message);
            reload();
        });
}

void CountReviewDialog::reject(const QStringList &skus, const QString &reason)
{
    const qint64 session = m_session;
    const QString key = Services::LedgerService::newKey();
    m_busy = true;
    updateActions();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [=](Services::Session &s) { return Services::CountService(s).reject(session, skus, reason, key); },
        [this](const Services::Result<QJsonObject> &result) {
            m_busy = false;
            if (result)
                showOutcome(tr("Rejected"), result.value());
            else
                showRefusal(tr("Nothing was rejected"), result.error().message);
            reload();
        });
}

void CountReviewDialog::recount(const QStringList &skus)
{
    const qint64 session = m_session;
    const QString key = Services::LedgerService::newKey();
    m_busy = true;
    updateActions();
    runLedgerTask<QJsonObject>(
        this, m_spec, [=](Services::Session &s) { return Services::CountService(s).recount(session, skus, key); },
        [this](const Services::Result<QJsonObject> &result) {
            m_busy = false;
            if (result)
                showOutcome(tr("Sent for a recount"), result.value());
            else
                showRefusal(tr("No recount was ordered"), result.error().message);
            reload();
        });
}

void CountReviewDialog::showOutcome(const QString &what, const QJsonObject &result)
{
    m_errors->hide();
    const QLocale locale;
    qsizetype lines = 0;
    for (const char *key : {"approved", "rejected", "recount"})
        lines += result.value(QLatin1String(key)).toArray().size();
    const qsizetype skipped = result.value(u"skipped").toArray().size();
    const qsizetype released = result.value(u"released").toArray().size();
    QString text = tr("%1: %2 line(s).").arg(what, locale.toString(lines));
    if (skipped > 0)
        text +=
            u' ' +
            tr("%1 line(s) left as they were (already decided, or outside tolerance).").arg(locale.toString(skipped));
    if (released > 0)
        text += u' ' + tr("%1 hold(s) released.").arg(locale.toString(released));
    if (result.value(u"state").toString() == u"closed")
        text += u' ' + tr("Every line is decided: the session is closed.");
    m_result->setText(text);
    m_result->show();
    Q_EMIT message(text);
    Q_EMIT changed();
}

void CountReviewDialog::showRefusal(const QString &what, const QString &message)
{
    m_result->hide();
    m_errors->setPlainText(what + QStringLiteral(" — ") + linePerRow(message));
    m_errors->show();
}

} // namespace Stockroom::Ui
