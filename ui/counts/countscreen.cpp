#include "countscreen.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

#include <counts/countservice.h>
#include <counts/countwords.h>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <recordtable.h>

namespace Stockroom::Ui {

using Kind = Services::Operation::Kind;

namespace {

constexpr int kRecentRows = 8;
constexpr int kKeyRole = Qt::UserRole + 1;

enum RecentColumn
{
    RecentTime,
    RecentSku,
    RecentName,
    RecentCounted,
    RecentArea,
    RecentStatus,
    RecentColumnCount
};

} // namespace

CountScreen::CountScreen(const Services::ConnectionSpec &spec, Services::OperationQueue *queue, qint64 session,
                         QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_queue(queue)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_area(new QLineEdit(this))
    , m_scan(new QLineEdit(this))
    , m_found(new QLabel(this))
    , m_quantity(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_recent(new QTableWidget(0, RecentColumnCount, this))
    , m_offline(new QLabel(this))
    , m_finish(new QPushButton(tr("&Finish and submit…"), this))
{
    setObjectName(QStringLiteral("countScreen"));
    setWindowTitle(tr("Count session %1").arg(session));
    // Read at arm's length on a handheld or a tablet: everything here at 1.6 times the desktop's type.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    setFont(big);
    QFont title = big;
    title.setBold(true);
    title.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(title);
    m_title->setText(tr("Count session %1").arg(session));
    m_mode->setObjectName(QStringLiteral("countMode"));
    m_mode->setWordWrap(true);
    m_mode->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setObjectName(QStringLiteral("countProgress"));
    m_progress->setTextVisible(true);
    m_progress->setMinimumHeight(QFontMetrics(big).height() + 12);

    QFont entry = big;
    entry.setPointSizeF(big.pointSizeF() * 1.25);
    m_area->setObjectName(QStringLiteral("countArea"));
    m_area->setPlaceholderText(tr("Shelf or bay, if you count by area"));
    m_area->setMaxLength(40);
    m_scan->setObjectName(QStringLiteral("countScan"));
    m_scan->setFont(entry);
    m_scan->setPlaceholderText(tr("Scan a barcode or type a SKU, then Enter"));
    m_scan->setClearButtonEnabled(true);
    m_found->setObjectName(QStringLiteral("countFound"));
    m_found->setWordWrap(true);
    m_found->setMinimumHeight(2 * QFontMetrics(big).height());
    m_quantity->setObjectName(QStringLiteral("countQuantity"));
    m_quantity->setFont(entry);
    m_quantity->setValidator(new QIntValidator(0, 100000000, m_quantity));
    m_quantity->setPlaceholderText(tr("How many are there?"));
    m_quantity->setEnabled(false);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Enter records the count; the scan field is then ready for the next label."));

    m_recent->setObjectName(QStringLiteral("countRecent"));
    m_recent->setHorizontalHeaderLabels({tr("Time"), tr("SKU"), tr("Name"), tr("Counted"), tr("Area"), tr("Status")});
    setUpRecordTable(m_recent);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->horizontalHeader()->setSectionResizeMode(RecentName, QHeaderView::Stretch);
    m_recent->horizontalHeader()->setStretchLastSection(false);
    m_recent->setMinimumHeight(m_recent->verticalHeader()->defaultSectionSize() * 5);
    m_recent->horizontalHeader()->setFont(big);

    m_offline->setObjectName(QStringLiteral("countOffline"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px;"
                                            " border-radius: 4px; }"));
    m_offline->hide();
    m_finish->setObjectName(QStringLiteral("countFinish"));
    m_finish->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *areaLabel = new QLabel(tr("&Area:"), this);
    areaLabel->setBuddy(m_area);
    form->addRow(areaLabel, m_area);
    auto *scanLabel = new QLabel(tr("&Scan:"), this);
    scanLabel->setBuddy(m_scan);
    form->addRow(scanLabel, m_scan);
    form->addRow(QString(), m_found);
    auto *quantityLabel = new QLabel(tr("C&ounted:"), this);
    quantityLabel->setBuddy(m_quantity);
    form->addRow(quantityLabel, m_quantity);
    form->addRow(QString(), m_hint);

    auto *recentTitle = new QLabel(tr("Last recorded"), this);
    QFont bold = big;
    bold.setBold(true);
    recentTitle->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_finish, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mode);
    layout->addWidget(m_progress);
    layout->addWidget(m_offline);
    layout->addLayout(form);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);
    layout->addWidget(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &CountScreen::onScan);
    connect(m_scan, &QLineEdit::textEdited, this, [this] {
        // A new scan starts over: the quantity belongs to the SKU scanned before it.
        m_current = {};
        m_quantity->clear();
        m_quantity->setEnabled(false);
    });
    connect(m_quantity, &QLineEdit::returnPressed, this, &CountScreen::onQuantity);
    connect(m_finish, &QPushButton::clicked, this, &CountScreen::finish);
    connect(queue, &Services::OperationQueue::finished, this, &CountScreen::onFinished);
    connect(queue, &Services::OperationQueue::refused, this, &CountScreen::onRefused);
    connect(queue, &Services::OperationQueue::queued, this, &CountScreen::onQueued);
    connect(queue, &Services::OperationQueue::replayFinished, this, &CountScreen::onReplayed);
    connect(queue, &Services::OperationQueue::onlineChanged, this, [this](bool online) {
        m_offline->setVisible(!online);
        m_offline->setText(tr("Offline: keep counting. Counts are kept on this device and sent when the connection "
                              "returns."));
    });

    resize(900, 760);
    m_scan->setFocus();
    reload();
}

CountScreen::~CountScreen() = default;

void CountScreen::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const qint64 session = m_session;
    runLedgerTask<QJsonObject>(
        this, m_spec, [session](Services::Session &s) { return Services::CountService(s).sheet(session); },
        [this](const Services::Result<QJsonObject> &result) {
            m_loading = false;
            if (result)
                present(result.value());
            else if (m_sheet.isEmpty())
                showError(tr("Could not read the count sheet: %1").arg(result.error().message));
            Q_EMIT loaded();
        });
}

void CountScreen::present(const QJsonObject &sheet)
{
    m_sheet = sheet;
    m_index.clear();
    const QJsonArray lines = sheet.value(u"lines").toArray();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        m_index.insert(line.value(u"sku").toString().toUpper(), i);
        for (const QJsonValue &barcode : line.value(u"barcodes").toArray())
            m_index.insert(barcode.toString().toUpper(), i);
    }
    const QString state = sheet.value(u"state").toString();
    const bool blind = sheet.value(u"blind").toBool();
    m_title->setText(tr("Count session %1 — %2").arg(m_session).arg(sheet.value(u"location").toString()));
    QStringList mode;
    mode << (blind ? tr("Blind count: count what you see; the ledger's quantities are not shown.")
                   : tr("Open count: the ledger's quantity is shown after each scan."));
    if (sheet.value(u"full_count").toBool())
        mode << tr("Full count: everything at this location, including SKUs not on the sheet.");
    if (state == u"review")
        mode << tr("Recount: only the SKUs sent for a recount take counts now.");
    if (!sheet.value(u"note").toString().isEmpty())
        mode << tr("Note: %1").arg(sheet.value(u"note").toString());
    m_mode->setText(mode.join(u' '));
    m_closed = state != u"counting" && state != u"review";
    m_finish->setEnabled(state == u"counting");
    m_finish->setToolTip(
        state == u"counting"
            ? tr("End counting and send the session for review")
            : tr("This session is %1: counting has ended").arg(Models::CountWords::sessionState(state)));
    if (m_closed) {
        m_scan->setEnabled(false);
        m_quantity->setEnabled(false);
        m_found->setText(
            tr("This session is %1: it takes no more counts.").arg(Models::CountWords::sessionState(state).toLower()));
    }
    showProgress();
}

void CountScreen::showProgress()
{
    const QJsonArray lines = m_sheet.value(u"lines").toArray();
    int total = 0;
    int done = 0;
    const bool recount = m_sheet.value(u"state").toString() == u"review";
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        const QString state = line.value(u"state").toString();
        if (recount) {
            // A recount's progress: the lines sent for one, and those recounted since.
            if (state == u"recount" || line.value(u"recounted_here").toBool()) {
                ++total;
                done += state != u"recount" ? 1 : 0;
            }
            continue;
        }
        ++total;
        done += (state != u"to_count" || m_countedOffline.contains(line.value(u"sku").toString())) ? 1 : 0;
    }
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    const QLocale locale;
    m_progress->setFormat(recount ? tr("%1 of %2 recounted").arg(locale.toString(done), locale.toString(total))
                                  : tr("%1 of %2 SKUs counted").arg(locale.toString(done), locale.toString(total)));
}

QJsonObject CountScreen::lineFor(const QString &code) const
{
    const auto found = m_index.constFind(code.toUpper());
    if (found == m_index.cend())
        return {};
    return m_sheet.value(u"lines").toArray().at(found.value()).toObject();
}

void CountScreen::showError(const QString &text)
{
    QPalette palette = m_found->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1e));
    m_found->setPalette(palette);
    m_found->setText(text);
}

void CountScreen::onScan()
{
    const QString code = m_scan->text().trimmed();
    if (code.isEmpty() || m_closed)
        return;
    m_current = lineFor(code);
    const bool recount = m_sheet.value(u"state").toString() == u"review";
    if (m_current.isEmpty() && m_sheet.value(u"full_count").toBool() && !recount) {
        // Found where the ledger did not expect it: a full count counts it too, if the ledger knows the code.
        m_current = QJsonObject{{QStringLiteral("sku"), code}, {QStringLiteral("name"), QString()}};
        m_found->setPalette(this->palette());
        m_found->setText(
            tr("%1 is not on this sheet: it is added to the full count if the ledger knows it.").arg(code));
    } else if (m_current.isEmpty()) {
        showError(tr("“%1” is not on this count sheet. Check the label, or scan the next one.").arg(code));
        m_scan->selectAll();
        m_scan->setFocus();
        m_quantity->setEnabled(false);
        return;
    } else if (recount && m_current.value(u"state").toString() != u"recount") {
        showError(tr("%1 %2 is not waiting for a recount: scan one of the SKUs sent for a recount.")
                      .arg(m_current.value(u"sku").toString(), m_current.value(u"name").toString()));
        m_current = {};
        m_scan->selectAll();
        m_scan->setFocus();
        m_quantity->setEnabled(false);
        return;
    } else {
        m_found->setPalette(this->palette());
        QString text = QStringLiteral("<b>%1</b> — %2")
                           .arg(m_current.value(u"name").toString().toHtmlEscaped(),
                                m_current.value(u"sku").toString().toHtmlEscaped());
        const QLocale locale;
        // An open session's sheet says what the ledger holds; a blind one's has no such field to show.
        if (!m_sheet.value(u"blind").toBool() && m_current.value(u"expected").isDouble())
            text += u"<br>" + tr("The ledger holds %1.").arg(locale.toString(m_current.value(u"expected").toInteger()));
        if (m_current.value(u"counted").isDouble())
            text += u"<br>" + tr("Counted before in this session: %1. A new count is added to it (count each area "
                                 "once).")
                                  .arg(locale.toString(m_current.value(u"counted").toInteger()));
        m_found->setText(text);
    }
    m_quantity->setEnabled(true);
    m_quantity->clear();
    m_quantity->setFocus();
}

void CountScreen::onQuantity()
{
    if (m_current.isEmpty()) {
        m_scan->setFocus();
        return;
    }
    bool ok = false;
    const qint64 counted = m_quantity->text().trimmed().toLongLong(&ok);
    if (!ok || counted < 0) {
        m_hint->setText(tr("Type the number of units you counted, then Enter."));
        m_quantity->selectAll();
        return;
    }
    Services::Operation op;
    op.kind = Kind::CountRecord;
    op.key = Services::LedgerService::newKey();
    op.session = m_session;
    op.sku = m_current.value(u"sku").toString();
    op.quantity = counted;
    op.area = m_area->text().trimmed();
    op.device = QSysInfo::machineHostName().left(80);
    // Pinned to the row's position the sheet gave when it was read: the variance is taken there.
    op.position = m_current.value(u"position").isDouble() ? m_current.value(u"position").toInteger() : -1;
    op.createdAt = QDateTime::currentDateTimeUtc();
    m_sent.insert(op.key);
    m_recentKeys.insert(op.key, op.sku);
    addRecent(op, m_current.value(u"name").toString(), tr("Sending…"));
    m_queue->submit(op);

    m_current = {};
    m_quantity->clear();
    m_quantity->setEnabled(false);
    m_found->setPalette(this->palette());
    m_found->setText(tr("Recorded %1 × %2. Scan the next label.").arg(QLocale().toString(counted), op.sku));
    m_hint->setText(tr("Enter records the count; the scan field is then ready for the next label."));
    m_scan->clear();
    m_scan->setFocus();
}

void CountScreen::addRecent(const Services::Operation &op, const QString &name, const QString &status)
{
    m_recent->insertRow(0);
    const auto cell = [](const QString &text, bool number = false) {
        auto *item = new QTableWidgetItem(text);
        if (number)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    auto *time = cell(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    time->setData(kKeyRole, op.key);
    m_recent->setItem(0, RecentTime, time);
    m_recent->setItem(0, RecentSku, cell(op.sku));
    m_recent->setItem(0, RecentName, cell(name));
    m_recent->setItem(0, RecentCounted, cell(QLocale().toString(op.quantity), true));
    m_recent->setItem(0, RecentArea, cell(op.area));
    m_recent->setItem(0, RecentStatus, cell(status));
    while (m_recent->rowCount() > kRecentRows)
        m_recent->removeRow(m_recent->rowCount() - 1);
    for (int column : {RecentTime, RecentSku, RecentCounted, RecentArea, RecentStatus})
        m_recent->resizeColumnToContents(column);
}

void CountScreen::setStatus(const QString &key, const QString &status, bool bad)
{
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        if (m_recent->item(row, RecentTime)->data(kKeyRole).toString() != key)
            continue;
        QTableWidgetItem *item = m_recent->item(row, RecentStatus);
        item->setText(status);
        item->setToolTip(status);
        if (bad)
            item->setForeground(QColor(0xb0, 0x2a, 0x1e));
        m_recent->resizeColumnToContents(RecentStatus);
        return;
    }
}

void CountScreen::onFinished(const Services::Operation &op, const QJsonObject &result)
{
    if (!m_sent.remove(op.key))
        return;
    setStatus(op.key, result.value(u"replayed").toBool() ? tr("Recorded (sent before)") : tr("Recorded"));
    // The line's state and what was counted so far, as the ledger now has them; progress follows.
    QJsonArray lines = m_sheet.value(u"lines").toArray();
    const QString sku = result.value(u"sku").toString();
    bool onSheet = false;
    for (int i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        if (line.value(u"sku").toString() != sku)
            continue;
        onSheet = true;
        if (line.value(u"state").toString() == u"recount")
            line.insert(QStringLiteral("recounted_here"), true);
        line.insert(QStringLiteral("state"), result.value(u"line_state").toString());
        line.insert(QStringLiteral("counted"), line.value(u"counted").toInteger() + op.quantity);
        lines.replace(i, line);
    }
    m_sheet.insert(QStringLiteral("lines"), lines);
    m_countedOffline.remove(sku);
    showProgress();
    if (!onSheet)
        reload(); // a SKU a full count found: the sheet has a line for it now
    Q_EMIT recorded(sku);
}

void CountScreen::onRefused(const Services::Operation &op, const Services::Error &error)
{
    if (!m_sent.remove(op.key))
        return;
    setStatus(op.key, tr("Refused: %1").arg(error.message), true);
    showError(tr("The count of %1 was not recorded: %2").arg(op.sku, error.message));
    m_countedOffline.remove(op.sku);
    showProgress();
}

void CountScreen::onQueued(const Services::Operation &op)
{
    if (!m_sent.contains(op.key))
        return;
    setStatus(op.key, tr("Kept offline — sent when the connection returns"));
    m_countedOffline.insert(op.sku);
    m_offline->setText(tr("Offline: keep counting. Counts are kept on this device and sent when the connection "
                          "returns."));
    m_offline->show();
    showProgress();
}

void CountScreen::onReplayed(const QList<Services::OperationQueue::Outcome> &outcomes)
{
    bool mine = false;
    for (const auto &outcome : outcomes) {
        if (!m_sent.remove(outcome.op.key))
            continue;
        mine = true;
        if (outcome.applied)
            setStatus(outcome.op.key, tr("Recorded (sent after reconnecting)"));
        else
            setStatus(outcome.op.key, tr("Refused: %1").arg(outcome.message), true);
    }
    m_offline->hide();
    if (mine) {
        m_countedOffline.clear();
        reload();
    }
}

void CountScreen::finish()
{
    if (!m_sent.isEmpty()) {
        QMessageBox::information(this, tr("Finish and submit"),
                                 tr("%n count(s) have not reached the ledger yet. Submit once they have been sent: "
                                    "the list below says when.",
                                    nullptr, int(m_sent.size())));
        return;
    }
    const bool full = m_sheet.value(u"full_count").toBool();
    int uncounted = 0;
    for (const QJsonValue &line : m_sheet.value(u"lines").toArray())
        uncounted += line[u"state"].toString() == u"to_count" ? 1 : 0;
    QString question =
        tr("Finish count session %1 and send it for review? Only recounts can be added afterwards.").arg(m_session);
    if (uncounted > 0 && !full)
        question += u"\n\n" +
                    tr("%n SKU(s) on the sheet were not counted: they are left out of this count.", nullptr, uncounted);
    if (QMessageBox::question(this, tr("Finish and submit"), question) != QMessageBox::Yes)
        return;
    bool zero = false;
    if (full && uncounted > 0) {
        const auto answer = QMessageBox::warning(
            this, tr("Uncounted SKUs"),
            tr("This is a full count and %n SKU(s) on the sheet were not counted. Confirm that none of them is at "
               "this location? They are recorded as counted zero.",
               nullptr, uncounted),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        zero = true;
    }
    submitCount(zero);
}

void CountScreen::submitCount(bool uncountedZero)
{
    const qint64 session = m_session;
    const QString key = Services::LedgerService::newKey();
    m_finish->setEnabled(false);
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [session, uncountedZero, key](Services::Session &s) {
            return Services::CountService(s).submit(session, uncountedZero, key);
        },
        [this](const Services::Result<QJsonObject> &result) {
            if (!result) {
                m_finish->setEnabled(true);
                showError(tr("Not submitted: %1").arg(result.error().message));
                return;
            }
            const QLocale locale;
            m_found->setPalette(this->palette());
            m_found->setText(tr("Submitted for review: %1 line(s) to approve, %2 sent for a recount.")
                                 .arg(locale.toString(result->value(u"pending").toInteger()),
                                      locale.toString(result->value(u"recount").toInteger())));
            Q_EMIT message(m_found->text());
            Q_EMIT submitted();
            reload();
        });
}

} // namespace Stockroom::Ui
