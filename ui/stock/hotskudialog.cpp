#include "hotskudialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <ledger/ledgerservice.h>
#include <ledgertask.h>

namespace Stockroom::Ui {

namespace {

// Where the row stands now: its slot count (0: not hot) and the units parked in its slots.
struct HotState
{
    int slotCount = 0;
    qint64 parked = 0;
};

} // namespace

HotSkuDialog::HotSkuDialog(const Services::ConnectionSpec &spec, const QString &sku, const QString &location,
                           QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_sku(sku)
    , m_location(location)
    , m_state(new QLabel(this))
    , m_slots(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_enable(new QPushButton(tr("&Enable"), this))
    , m_disable(new QPushButton(tr("&Disable…"), this))
{
    setObjectName(QStringLiteral("hotSkuDialog"));
    setWindowTitle(tr("Hot SKU mode — %1 at %2").arg(sku, location));

    auto *about = new QLabel(
        tr("Hot mode spreads the row's available units over a number of slots, so many checkouts can reserve %1 "
           "at %2 at the same time instead of queuing for one row. Nothing can be oversold, and the stock view "
           "still shows one row.")
            .arg(sku, location),
        this);
    about->setObjectName(QStringLiteral("about"));
    about->setWordWrap(true);

    m_state->setObjectName(QStringLiteral("state"));
    m_state->setWordWrap(true);
    m_state->setText(tr("Reading whether the row is hot…"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    m_slots->setObjectName(QStringLiteral("slots"));
    m_slots->setRange(2, 256);
    m_slots->setValue(16);
    m_slots->setToolTip(tr("More slots let more checkouts reserve at once; 16 suits most sales."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Slots:"), m_slots);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_enable->setObjectName(QStringLiteral("enable"));
    m_disable->setObjectName(QStringLiteral("disable"));
    m_enable->setEnabled(false);
    m_disable->setEnabled(false);
    m_disable->setToolTip(tr("Returns the units parked in the slots to the row; reserves queue on it again."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_enable, QDialogButtonBox::ActionRole);
    buttons->addButton(m_disable, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("close"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addSpacing(4);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enable, &QPushButton::clicked, this, &HotSkuDialog::enable);
    connect(m_disable, &QPushButton::clicked, this, &HotSkuDialog::confirmDisable);
    connect(m_slots, &QSpinBox::valueChanged, this, [this] {
        if (!m_busy)
            showState();
    });
    // Wide enough for the explanation in four lines; grows when a message appears rather than squeezing it.
    const int width = fontMetrics().horizontalAdvance(u'M') * 40;
    about->setMinimumWidth(width);
    // A wrapped label's minimum height does not follow its width; without this the layout squeezes it.
    about->setMinimumHeight(about->heightForWidth(width));
    resize(width + layout->contentsMargins().left() + layout->contentsMargins().right(), 0);
    fitHeight();
}

HotSkuDialog::~HotSkuDialog() = default;

void HotSkuDialog::fitHeight()
{
    // Word-wrapped labels: their height depends on the width, which the plain size hint does not follow.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void HotSkuDialog::load()
{
    setBusy(true);
    runLedgerTask<HotState>(
        this, m_spec,
        [sku = m_sku, location = m_location](Services::Session &session) -> Services::Result<HotState> {
            auto rows = Services::LedgerService(session).hotSkus();
            if (!rows)
                return rows.error();
            HotState state;
            for (const QJsonValue &value : rows.value()) {
                const QJsonObject row = value.toObject();
                if (row.value(QStringLiteral("sku")).toString() == sku &&
                    row.value(QStringLiteral("location")).toString() == location) {
                    state.slotCount = row.value(QStringLiteral("slots")).toInt();
                    state.parked = row.value(QStringLiteral("parked")).toVariant().toLongLong();
                }
            }
            return state;
        },
        [this](const Services::Result<HotState> &state) {
            setBusy(false);
            if (!state) {
                m_slotsNow = -1;
                m_state->setText(tr("Whether the row is hot is not known."));
                showError(tr("Could not read the row's hot mode: %1").arg(state.error().message));
            } else {
                m_slotsNow = state.value().slotCount;
                m_parked = state.value().parked;
                if (m_slotsNow > 0)
                    m_slots->setValue(m_slotsNow);
            }
            showState();
            Q_EMIT settled();
        });
}

void HotSkuDialog::showState()
{
    const QLocale locale;
    if (m_slotsNow > 0) {
        m_state->setText(tr("Hot now: %Ln slot(s), holding %1 available unit(s).", nullptr, m_slotsNow)
                             .arg(locale.toString(m_parked)));
        m_enable->setText(tr("&Change to %Ln slot(s)", nullptr, m_slots->value()));
        m_enable->setToolTip(tr("Spreads the row's available units over the new number of slots."));
    } else if (m_slotsNow == 0) {
        m_state->setText(tr("Not hot: checkouts reserve from the row itself, one at a time."));
        m_enable->setText(tr("&Enable"));
        m_enable->setToolTip(tr("Spreads the row's available units over %Ln slot(s).", nullptr, m_slots->value()));
    }
    m_enable->setEnabled(!m_busy && m_slotsNow >= 0 && m_slots->value() != m_slotsNow);
    m_disable->setEnabled(!m_busy && m_slotsNow > 0);
    m_slots->setEnabled(!m_busy && m_slotsNow >= 0);
    fitHeight();
}

void HotSkuDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy) {
        m_enable->setEnabled(false);
        m_disable->setEnabled(false);
        m_slots->setEnabled(false);
        if (!status.isEmpty()) {
            m_status->setStyleSheet(QString());
            m_status->setText(status);
            m_status->show();
            fitHeight();
        }
    }
}

void HotSkuDialog::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setText(message);
    m_status->show();
    fitHeight();
}

void HotSkuDialog::enable()
{
    if (m_busy || m_slotsNow < 0)
        return;
    const int slotCount = m_slots->value();
    const bool change = m_slotsNow > 0;
    setBusy(true, change ? tr("Changing to %Ln slot(s)…", nullptr, slotCount) : tr("Switching hot mode on…"));
    const QString summary =
        change ? tr("%1 at %2 is hot with %Ln slot(s) now.", nullptr, slotCount).arg(m_sku, m_location)
               : tr("Hot mode is on for %1 at %2, with %Ln slot(s).", nullptr, slotCount).arg(m_sku, m_location);
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [sku = m_sku, location = m_location, slotCount,
         key = Services::LedgerService::newKey()](Services::Session &session) {
            return Services::LedgerService(session).hotSkuEnable(sku, location, slotCount, key);
        },
        [this, summary](const Services::Result<QJsonObject> &result) { finishWrite(result, summary); });
}

void HotSkuDialog::confirmDisable()
{
    if (m_busy || m_slotsNow <= 0)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Switch hot mode off"),
        tr("Switch hot mode off for %1 at %2?\n\nThe %3 unit(s) in its %Ln slot(s) go back to the row, and checkouts "
           "reserve from the row one at a time again. Reservations already made stay as they are.",
           nullptr, m_slotsNow)
            .arg(m_sku, m_location, QLocale().toString(m_parked)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDisable"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Switch it off"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirm"));
    box->setDefaultButton(box->addButton(tr("Keep it hot"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            disable();
    });
    box->open();
}

void HotSkuDialog::disable()
{
    if (m_busy || m_slotsNow <= 0)
        return;
    setBusy(true, tr("Switching hot mode off…"));
    const QString summary = tr("Hot mode is off for %1 at %2.").arg(m_sku, m_location);
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [sku = m_sku, location = m_location, key = Services::LedgerService::newKey()](Services::Session &session) {
            return Services::LedgerService(session).hotSkuDisable(sku, location, key);
        },
        [this, summary](const Services::Result<QJsonObject> &result) { finishWrite(result, summary); });
}

void HotSkuDialog::finishWrite(const Services::Result<QJsonObject> &result, const QString &summary)
{
    if (!result) {
        setBusy(false);
        const Services::Error &error = result.error();
        showError(error.kind == Services::Error::Kind::PermissionDenied
                      ? tr("Your database role may not do this: hot mode needs the manager role. Nothing was changed.")
                      : tr("The ledger refused it: %1\nNothing was changed.")
                            .arg(error.message.endsWith(u'.') ? error.message : error.message + u'.'));
        showState();
        Q_EMIT settled();
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(summary);
    m_status->show();
    fitHeight();
    Q_EMIT changed(summary);
    load(); // what the ledger holds now, slots and parked units
}

} // namespace Stockroom::Ui
