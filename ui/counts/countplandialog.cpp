#include "countplandialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <counts/countservice.h>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <recordtable.h>

namespace Stockroom::Ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString reasonText(const QString &reason)
{
    if (reason == u"zero")
        return CountPlanDialog::tr("Went to zero");
    if (reason == u"variance")
        return CountPlanDialog::tr("Last count found a difference");
    if (reason == u"never_counted")
        return CountPlanDialog::tr("Never counted");
    if (reason == u"due")
        return CountPlanDialog::tr("Due by its class");
    return reason;
}

} // namespace

CountPlanDialog::CountPlanDialog(const Services::ConnectionSpec &spec, const QList<Services::LocationRef> &locations,
                                 const QString &location, bool mayStart, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_mayStart(mayStart)
    , m_location(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_empty(addEmptyState(m_table))
    , m_blind(new QCheckBox(tr("&Blind (counters do not see expected quantities)"), this))
    , m_start(new QPushButton(tr("&Start a session for this plan"), this))
{
    setObjectName(QStringLiteral("countPlan"));
    setWindowTitle(tr("What to count"));
    m_location->setObjectName(QStringLiteral("planLocation"));
    m_location->addItem(tr("All locations"), QString());
    for (const Services::LocationRef &ref : locations)
        m_location->addItem(ref.name.isEmpty() ? ref.code : ref.name, ref.code);
    m_location->setCurrentIndex(qMax(0, m_location->findData(location)));
    m_location->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("planDate"));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Location"), tr("SKU"), tr("Name"), tr("Class"), tr("Why"), tr("Due since"), tr("Days overdue")});
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_blind->setChecked(true);
    m_start->setObjectName(QStringLiteral("startPlannedSession"));

    auto *locationLabel = new QLabel(tr("&Location:"), this);
    locationLabel->setBuddy(m_location);
    auto *dateLabel = new QLabel(tr("&Day:"), this);
    dateLabel->setBuddy(m_date);
    auto *bar = new QHBoxLayout;
    bar->addWidget(locationLabel);
    bar->addWidget(m_location);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_blind);
    layout->addWidget(buttons);

    connect(m_location, &QComboBox::currentIndexChanged, this, &CountPlanDialog::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &CountPlanDialog::reload);
    connect(m_start, &QPushButton::clicked, this, &CountPlanDialog::startSession);
    resize(980, 620);
    reload();
}

CountPlanDialog::~CountPlanDialog() = default;

void CountPlanDialog::reload()
{
    m_loading = true;
    m_start->setEnabled(false);
    m_summary->setText(tr("Reading the plan…"));
    const QString location = m_location->currentData().toString();
    const QDate date = m_date->date();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [location, date](Services::Session &session) { return Services::CountService(session).plan(location, date); },
        [this](const Services::Result<QJsonObject> &result) {
            m_loading = false;
            if (!result)
                m_summary->setText(tr("Could not read the plan: %1").arg(result.error().message));
            else
                present(result.value());
            Q_EMIT loaded();
        });
}

void CountPlanDialog::present(const QJsonObject &plan)
{
    m_plan = plan;
    const QJsonObject totals = plan.value(u"totals").toObject();
    const auto n = [&totals](const char *key) {
        return QLocale().toString(totals.value(QLatin1String(key)).toInteger());
    };
    m_summary->setText(
        tr("%1 rows due, %2 of them triggered; %3 planned for the day, %4 over the daily cap, %5 already "
           "in an open session.")
            .arg(n("due"), n("triggered"), n("planned"), n("over_cap"), n("in_session")));
    const QJsonArray lines = plan.value(u"lines").toArray();
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject line = lines.at(row).toObject();
        m_table->setItem(row, 0, cell(line.value(u"location").toString()));
        m_table->setItem(row, 1, cell(line.value(u"sku").toString()));
        m_table->setItem(row, 2, cell(line.value(u"name").toString()));
        m_table->setItem(row, 3, cell(line.value(u"abc_class").toString()));
        m_table->setItem(row, 4, cell(reasonText(line.value(u"reason").toString())));
        m_table->setItem(row, 5,
                         cell(QLocale().toString(QDate::fromString(line.value(u"due_since").toString(), Qt::ISODate),
                                                 QLocale::ShortFormat)));
        m_table->setItem(row, 6, cell(QLocale().toString(line.value(u"days_overdue").toInteger()), true));
    }
    m_table->resizeColumnsToContents();
    m_empty->setText(tr("Nothing is due on this day: every row was counted within its class's interval, and none went "
                        "to zero or showed a difference since."));
    m_empty->setVisible(lines.isEmpty());
    const bool oneLocation = !m_location->currentData().toString().isEmpty();
    m_start->setEnabled(m_mayStart && oneLocation && !lines.isEmpty());
    m_start->setToolTip(!m_mayStart       ? tr("Starting a count session needs the manager role")
                        : !oneLocation    ? tr("Choose one location: a session counts one location")
                        : lines.isEmpty() ? tr("Nothing to count")
                                          : tr("One session with the planned rows of this location and day"));
}

void CountPlanDialog::startSession()
{
    const QString location = m_location->currentData().toString();
    const QDate date = m_date->date();
    const bool blind = m_blind->isChecked();
    const QString key = Services::LedgerService::newKey();
    m_start->setEnabled(false);
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [=](Services::Session &session) {
            return Services::CountService(session).sessionFromPlan(location, date, blind, key);
        },
        [this](const Services::Result<QJsonObject> &result) {
            if (!result) {
                QMessageBox::warning(this, windowTitle(),
                                     tr("The session was not started: %1").arg(result.error().message));
                reload();
                return;
            }
            Q_EMIT sessionStarted(result->value(u"session").toInteger());
            accept();
        });
}

} // namespace Stockroom::Ui
