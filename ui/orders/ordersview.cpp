#include "ordersview.h"

#include "orderdetaildialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <orders/ordermodel.h>
#include <orders/orderwords.h>
#include <recordtable.h>

namespace Stockroom::Ui {

namespace {

const QStringList kOrderStates = {
    QStringLiteral("created"),    QStringLiteral("allocated"),         QStringLiteral("payment_authorized"),
    QStringLiteral("fulfilling"), QStringLiteral("partially_shipped"), QStringLiteral("completed"),
    QStringLiteral("cancelled"),  QStringLiteral("payment_failed"),    QStringLiteral("expired"),
};

const QStringList kChannels = {QStringLiteral("web"), QStringLiteral("store"), QStringLiteral("wholesale")};

QString detailKey(const QString &ref, const QString &channel)
{
    return channel + u'/' + ref;
}

} // namespace

OrdersView::OrdersView(Models::ReadThread *reads, const Services::ConnectionSpec &spec, QWidget *parent)
    : WorkView(parent)
    , m_spec(spec)
    , m_model(new Models::OrderModel(reads, this))
    , m_state(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_fulfillmentFilter(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_stuck(new QCheckBox(tr("&Stuck only"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_table(new QTableView(this))
    , m_empty(addEmptyState(m_table))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("orders"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &state : kOrderStates)
        m_state->addItem(Models::OrderWords::state(state), state);
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &channel : kChannels)
        m_channel->addItem(Models::OrderWords::channel(channel), channel);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->addItem(tr("Any age"), 0);
    m_age->addItem(tr("Older than 1 hour"), 3600);
    m_age->addItem(tr("Older than 4 hours"), 4 * 3600);
    m_age->addItem(tr("Older than 1 day"), 24 * 3600);
    m_age->addItem(tr("Older than 3 days"), 3 * 24 * 3600);
    m_age->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_age->setToolTip(tr("Only orders created at least this long ago"));
    m_fulfillmentFilter->setObjectName(QStringLiteral("fulfillmentFilter"));
    m_fulfillmentFilter->setFlat(true);
    m_fulfillmentFilter->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_fulfillmentFilter->setToolTip(tr("Show orders whatever their fulfillments' states"));
    m_fulfillmentFilter->hide();
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Find an order by reference"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    m_stuck->setObjectName(QStringLiteral("stuckOnly"));
    m_stuck->setToolTip(tr("Only orders that have been in their state longer than its time limit"));
    m_open->setObjectName(QStringLiteral("openOrder"));
    m_open->setToolTip(tr("Open the selected order (Enter)"));
    m_open->setEnabled(false);

    auto *stateLabel = new QLabel(tr("St&ate:"), this);
    stateLabel->setBuddy(m_state);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
    channelLabel->setBuddy(m_channel);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(stateLabel);
    bar->addWidget(m_state);
    bar->addWidget(channelLabel);
    bar->addWidget(m_channel);
    bar->addWidget(m_age);
    bar->addWidget(m_stuck);
    bar->addWidget(m_fulfillmentFilter);
    bar->addWidget(m_search, 1);
    bar->addStretch(0);
    bar->addWidget(m_open);

    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, m_model, &Models::OrderModel::reload);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(typing, &QTimer::timeout, this, &OrdersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() == 1)
            m_table->selectRow(0);
        openCurrent();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_age, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_stuck, &QCheckBox::toggled, this, &OrdersView::applyFilter);
    connect(m_fulfillmentFilter, &QPushButton::clicked, this, [this] { showFulfillmentState({}); });
    connect(m_open, &QPushButton::clicked, this, &OrdersView::openCurrent);
    connect(m_table, &QTableView::activated, this, &OrdersView::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_open->setEnabled(m_table->selectionModel()->hasSelection());
        Q_EMIT summaryChanged();
    });
    connect(m_model, &Models::OrderModel::loaded, this, &OrdersView::onLoaded);
    connect(m_model, &Models::OrderModel::modelReset, this, [this] { m_open->setEnabled(false); });
    connect(m_model, &Models::OrderModel::loadFailed, this, &OrdersView::reportLoadFailure);
    // The ages on screen move with the clock.
    auto *tick = new QTimer(this);
    tick->setInterval(30000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (isVisible() && m_model->rowCount() > 0)
            Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                        m_model->index(m_model->rowCount() - 1, Models::OrderModel::ColumnCount - 1),
                                        {Qt::DisplayRole});
    });
    tick->start();
}

OrdersView::~OrdersView() = default;

void OrdersView::showState(const QString &state)
{
    const QSignalBlocker blockStuck(m_stuck);
    const QSignalBlocker blockState(m_state);
    m_stuck->setChecked(false);
    m_fulfillmentState.clear();
    m_fulfillmentFilter->hide();
    const int index = m_state->findData(state);
    m_state->setCurrentIndex(qMax(0, index));
    applyFilter();
}

void OrdersView::showFulfillmentState(const QString &state)
{
    m_fulfillmentState = state;
    m_fulfillmentFilter->setText(tr("Fulfillment: %1").arg(Models::OrderWords::state(state)));
    m_fulfillmentFilter->setVisible(!state.isEmpty());
    if (!state.isEmpty()) {
        const QSignalBlocker blockState(m_state);
        const QSignalBlocker blockStuck(m_stuck);
        m_state->setCurrentIndex(0);
        m_stuck->setChecked(false);
    }
    applyFilter();
}

void OrdersView::showStuck()
{
    const QSignalBlocker blockState(m_state);
    m_state->setCurrentIndex(0);
    m_stuck->setChecked(true);
    applyFilter();
}

void OrdersView::applyFilter()
{
    Services::OrderFilter filter;
    filter.state = m_state->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    filter.search = m_search->text().trimmed();
    filter.stuckOnly = m_stuck->isChecked();
    filter.fulfillmentState = m_fulfillmentState;
    filter.olderThanSeconds = m_age->currentData().toLongLong();
    if (filter == m_model->filter())
        m_model->reload();
    else
        m_model->setFilter(filter);
}

void OrdersView::onLoaded()
{
    const bool filtered = !m_model->filter().state.isEmpty() || !m_model->filter().channel.isEmpty() ||
                          !m_model->filter().search.isEmpty() || m_model->filter().stuckOnly;
    m_empty->setText(filtered ? tr("No orders match these filters.")
                              : tr("No orders yet. Orders arrive from the online shop's checkout, or from "
                                   "“stockroomctl order create”."));
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!m_fitted && m_model->rowCount() > 0) {
        m_fitted = true;
        m_table->resizeColumnsToContents();
    }
    Q_EMIT summaryChanged();
}

OrderDetailDialog *OrdersView::openOrder(const QString &ref, const QString &channel)
{
    const QString key = detailKey(ref, channel);
    QPointer<OrderDetailDialog> &dialog = m_details[key];
    if (!dialog) {
        dialog = new OrderDetailDialog(m_spec, ref, channel, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OrderDetailDialog::changed, m_refresh, qOverload<>(&QTimer::start));
        connect(dialog, &OrderDetailDialog::message, this, &OrdersView::message);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

OrderDetailDialog *OrdersView::openCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return openOrder(current.data(Models::OrderModel::RefRole).toString(),
                     current.data(Models::OrderModel::ChannelRole).toString());
}

void OrdersView::ordersChanged(const QStringList &refs)
{
    if (isVisible() && !m_refresh->isActive())
        m_refresh->start();
    for (auto it = m_details.begin(); it != m_details.end();) {
        if (!it.value()) {
            it = m_details.erase(it);
            continue;
        }
        if (refs.contains(it.value()->ref()))
            it.value()->reload();
        ++it;
    }
}

void OrdersView::activate()
{
    m_model->reload();
}

void OrdersView::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("orders/columns"), m_table->horizontalHeader()->saveState());
}

void OrdersView::restoreLayout(const QSettings &settings)
{
    m_fitted =
        m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("orders/columns")).toByteArray());
}

QString OrdersView::summary() const
{
    const int rows = m_model->rowCount();
    const QString more = m_model->canFetchMore() ? tr(" (scroll for more)") : QString();
    if (const QModelIndex current = m_table->selectionModel()->currentIndex(); current.isValid())
        return tr("%Ln order(s) listed%1 — %2 selected", nullptr, rows)
            .arg(more, current.data(Models::OrderModel::RefRole).toString());
    return tr("%Ln order(s) listed%1", nullptr, rows).arg(more);
}

} // namespace Stockroom::Ui
