#include "orderdetaildialog.h"

#include "allocationdialog.h"
#include "statemachinegraph.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <orders/orderservice.h>
#include <orders/orderwords.h>
#include <recordtable.h>

namespace Stockroom::Ui {

using Models::OrderWords;

namespace {

struct Detail
{
    QJsonObject order;
    Services::OrderMachine machine;
};

QDateTime timeOf(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toLocalTime();
}

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

QString linesText(const QJsonArray &lines)
{
    QStringList parts;
    for (const QJsonValue &line : lines)
        parts << OrderDetailDialog::tr("%1 × %2").arg(line[u"sku"].toString()).arg(line[u"quantity"].toInteger());
    return parts.join(QStringLiteral(", "));
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpRecordTable(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Events that give stock back or end something for good: asked first, with a reason for the history.
bool needsConfirmation(const QString &event)
{
    return event == u"cancel" || event == u"fail_payment" || event == u"reject" || event == u"receive_damaged";
}

} // namespace

OrderDetailDialog::OrderDetailDialog(const Services::ConnectionSpec &spec, const QString &ref, const QString &channel,
                                     QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_ref(ref)
    , m_channel(channel)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_lines(makeTable({tr("SKU"), tr("Name"), tr("Ordered"), tr("Allocated"), tr("Shipped")}, this))
    , m_fulfillments(makeTable(
          {tr("No."), tr("Ships from"), tr("State"), tr("Lines"), tr("Distance"), tr("Hold"), tr("In state for")},
          this))
    , m_returns(makeTable({tr("No."), tr("Fulfillment"), tr("State"), tr("Lines"), tr("Reason")}, this))
    , m_returnsTitle(heading(tr("Returns"), this))
    , m_machineBox(new QComboBox(this))
    , m_graph(new StateMachineGraph(this))
    , m_actions(new QHBoxLayout)
    , m_actionsHint(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_allocate(new QPushButton(tr("&Allocate…"), this))
    , m_return(new QPushButton(tr("Request &return…"), this))
{
    setObjectName(QStringLiteral("orderDetail"));
    setWindowTitle(tr("Order %1").arg(ref));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Order %1").arg(ref));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_warning->setObjectName(QStringLiteral("orderWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 6px;"
                                            " border-radius: 4px; }"));
    m_warning->hide();

    m_machineBox->setObjectName(QStringLiteral("machineBox"));
    m_machineBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_graph->setObjectName(QStringLiteral("machineGraph"));
    auto *graphScroll = new QScrollArea(this);
    graphScroll->setWidget(m_graph);
    graphScroll->setWidgetResizable(true);
    graphScroll->setFrameShape(QFrame::NoFrame);
    m_actionsHint->setForegroundRole(QPalette::PlaceholderText);
    m_actionsHint->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Why")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setUniformRowHeights(true);
    // The names and the lines of a fulfillment take the width the numbers leave.
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fulfillments->horizontalHeader()->setStretchLastSection(false);
    m_fulfillments->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_lines->setObjectName(QStringLiteral("orderLines"));
    m_fulfillments->setObjectName(QStringLiteral("fulfillments"));
    m_returns->setObjectName(QStringLiteral("returns"));
    m_allocate->setObjectName(QStringLiteral("allocate"));
    m_return->setObjectName(QStringLiteral("requestReturn"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading(tr("Lines"), left));
    leftLayout->addWidget(m_lines, 1);
    leftLayout->addWidget(heading(tr("Fulfillments"), left));
    leftLayout->addWidget(m_fulfillments, 1);
    leftLayout->addWidget(m_returnsTitle);
    leftLayout->addWidget(m_returns, 1);

    auto *machine = new QWidget(this);
    auto *machineLayout = new QVBoxLayout(machine);
    machineLayout->setContentsMargins(0, 0, 0, 0);
    auto *machineBar = new QHBoxLayout;
    auto *machineLabel = new QLabel(tr("&State machine of:"), machine);
    machineLabel->setBuddy(m_machineBox);
    machineBar->addWidget(machineLabel);
    machineBar->addWidget(m_machineBox);
    machineBar->addStretch(1);
    machineLayout->addLayout(machineBar);
    machineLayout->addWidget(graphScroll, 1);
    m_actions->setContentsMargins(0, 0, 0, 0);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(new QLabel(tr("Next:"), machine));
    actionRow->addLayout(m_actions);
    actionRow->addWidget(m_actionsHint, 1);
    machineLayout->addLayout(actionRow);

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(heading(tr("History"), history));
    historyLayout->addWidget(m_timeline, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(machine);
    right->addWidget(history);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({420, 260});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({380, 800});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_allocate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_return, QDialogButtonBox::ActionRole);
    auto *refresh = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refresh, &QPushButton::clicked, this, &OrderDetailDialog::reload);
    connect(m_allocate, &QPushButton::clicked, this, &OrderDetailDialog::allocate);
    connect(m_return, &QPushButton::clicked, this, &OrderDetailDialog::requestReturn);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_machineBox, &QComboBox::activated, this, [this](int index) {
        const QVariantList data = m_machineBox->itemData(index).toList();
        showMachine(data.value(0).toString(), data.value(1).toLongLong());
    });
    connect(m_graph, &StateMachineGraph::eventClicked, this, &OrderDetailDialog::fire);
    connect(m_fulfillments, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        showMachine(QStringLiteral("fulfillment"), m_fulfillments->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_returns, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        showMachine(QStringLiteral("return"), m_returns->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    resize(1180, 760);
    reload();
}

OrderDetailDialog::~OrderDetailDialog() = default;

void OrderDetailDialog::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const bool needMachine = m_machine.states.isEmpty();
    const QString ref = m_ref;
    const QString channel = m_channel;
    runLedgerTask<Detail>(
        this, m_spec,
        [ref, channel, needMachine](Services::Session &session) -> Services::Result<Detail> {
            Services::OrderService orders(session);
            auto order = orders.show(ref, channel);
            if (!order)
                return order.error();
            Detail detail{order.value(), {}};
            if (needMachine) {
                auto machine = orders.machine();
                if (!machine)
                    return machine.error();
                detail.machine = machine.value();
            }
            return detail;
        },
        [this, needMachine](const Services::Result<Detail> &result) {
            m_loading = false;
            if (!result) {
                m_warning->setText(tr("Could not read order %1: %2").arg(m_ref, result.error().message));
                m_warning->show();
            } else {
                present(result->order, needMachine ? result->machine : m_machine);
            }
            Q_EMIT loaded();
            if (std::exchange(m_reloadAgain, false))
                reload();
        });
}

void OrderDetailDialog::present(const QJsonObject &order, const Services::OrderMachine &machine)
{
    m_order = order;
    m_machine = machine;
    if (m_channel.isEmpty())
        m_channel = order.value(u"channel").toString();
    showHeader();
    showTables();
    showTimeline();
    // The machine box lists the order, each fulfillment and each return.
    const QSignalBlocker block(m_machineBox);
    m_machineBox->clear();
    m_machineBox->addItem(tr("Order %1").arg(m_ref), QVariantList{QStringLiteral("order"), 0});
    for (const QJsonValue &f : order.value(u"fulfillments").toArray())
        m_machineBox->addItem(tr("Fulfillment %1 from %2").arg(f[u"id"].toInteger()).arg(f[u"location"].toString()),
                              QVariantList{QStringLiteral("fulfillment"), f[u"id"].toInteger()});
    for (const QJsonValue &r : order.value(u"returns").toArray())
        m_machineBox->addItem(tr("Return %1").arg(r[u"id"].toInteger()),
                              QVariantList{QStringLiteral("return"), r[u"id"].toInteger()});
    const int shown = m_machineBox->findData(QVariantList{m_shownMachine, m_shownTarget});
    if (shown < 0) {
        m_shownMachine = QStringLiteral("order");
        m_shownTarget = 0;
    }
    m_machineBox->setCurrentIndex(qMax(0, shown));
    showGraph();
    showActions();
}

void OrderDetailDialog::showHeader()
{
    const QString state = m_order.value(u"state").toString();
    const QJsonObject destination = m_order.value(u"destination").toObject();
    const QString where = destination.value(u"pickup").isString()
                              ? tr("pickup at %1").arg(destination.value(u"pickup").toString())
                              : tr("ships to %1, %2")
                                    .arg(QLocale().toString(destination.value(u"latitude").toDouble(), 'f', 3),
                                         QLocale().toString(destination.value(u"longitude").toDouble(), 'f', 3));
    QStringList facts;
    facts << tr("<b>%1</b> for %2")
                 .arg(OrderWords::state(state).toHtmlEscaped(),
                      OrderWords::duration(timeOf(m_order, "state_since").secsTo(QDateTime::currentDateTime())))
          << OrderWords::channel(m_order.value(u"channel").toString()).toHtmlEscaped() << where.toHtmlEscaped()
          << tr("created %1 by %2")
                 .arg(shortTime(timeOf(m_order, "created_at")), m_order.value(u"created_by").toString())
                 .toHtmlEscaped();
    if (state == u"created" || state == u"allocated")
        facts << tr("payment window until %1").arg(shortTime(timeOf(m_order, "expires_at"))).toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    if (m_order.value(u"stuck").toBool()) {
        m_warning->setText(tr("Stuck: this order has been in the state “%1” longer than its time limit.")
                               .arg(OrderWords::state(state)));
        m_warning->show();
    } else {
        m_warning->hide();
    }
    m_allocate->setVisible(state == u"created");
}

void OrderDetailDialog::showTables()
{
    const QJsonArray lines = m_order.value(u"lines").toArray();
    m_lines->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonObject line = lines.at(row).toObject();
        m_lines->setItem(row, 0, cell(line.value(u"sku").toString()));
        m_lines->setItem(row, 1, cell(line.value(u"name").toString()));
        m_lines->setItem(row, 2, cell(QLocale().toString(line.value(u"quantity").toInteger()), true));
        m_lines->setItem(row, 3, cell(QLocale().toString(line.value(u"allocated").toInteger()), true));
        m_lines->setItem(row, 4, cell(QLocale().toString(line.value(u"shipped").toInteger()), true));
    }
    m_lines->resizeColumnsToContents();

    const QJsonArray fulfillments = m_order.value(u"fulfillments").toArray();
    m_fulfillments->setRowCount(int(fulfillments.size()));
    bool anyShipped = false;
    for (int row = 0; row < fulfillments.size(); ++row) {
        const QJsonObject f = fulfillments.at(row).toObject();
        const QString state = f.value(u"state").toString();
        anyShipped = anyShipped || state == u"shipped" || state == u"delivered";
        auto *id = cell(QString::number(f.value(u"id").toInteger()), true);
        id->setData(Qt::UserRole, f.value(u"id").toInteger());
        m_fulfillments->setItem(row, 0, id);
        m_fulfillments->setItem(row, 1, cell(f.value(u"location").toString()));
        auto *stateItem = cell(f.value(u"stuck").toBool() ? tr("%1 (stuck)").arg(OrderWords::state(state))
                                                          : OrderWords::state(state));
        m_fulfillments->setItem(row, 2, stateItem);
        m_fulfillments->setItem(row, 3, cell(linesText(f.value(u"lines").toArray())));
        const QJsonValue km = f.value(u"distance_km");
        m_fulfillments->setItem(
            row, 4, cell(km.isDouble() ? tr("%1 km").arg(QLocale().toString(km.toDouble(), 'f', 1)) : QString(), true));
        m_fulfillments->setItem(row, 5, cell(OrderWords::state(f.value(u"hold").toString())));
        m_fulfillments->setItem(
            row, 6, cell(OrderWords::duration(timeOf(f, "state_since").secsTo(QDateTime::currentDateTime()))));
    }
    m_fulfillments->resizeColumnsToContents();
    m_return->setEnabled(anyShipped);
    m_return->setToolTip(anyShipped ? tr("Ask for stock that shipped to come back")
                                    : tr("Nothing has shipped yet, so nothing can be returned"));

    const QJsonArray returns = m_order.value(u"returns").toArray();
    m_returns->setRowCount(int(returns.size()));
    for (int row = 0; row < returns.size(); ++row) {
        const QJsonObject r = returns.at(row).toObject();
        auto *id = cell(QString::number(r.value(u"id").toInteger()), true);
        id->setData(Qt::UserRole, r.value(u"id").toInteger());
        m_returns->setItem(row, 0, id);
        m_returns->setItem(row, 1, cell(QString::number(r.value(u"fulfillment").toInteger()), true));
        m_returns->setItem(row, 2, cell(OrderWords::state(r.value(u"state").toString())));
        m_returns->setItem(row, 3, cell(linesText(r.value(u"lines").toArray())));
        m_returns->setItem(row, 4, cell(r.value(u"reason").toString()));
    }
    m_returns->resizeColumnsToContents();
    m_returns->setVisible(!returns.isEmpty());
    m_returnsTitle->setVisible(!returns.isEmpty());
}

void OrderDetailDialog::showTimeline()
{
    m_timeline->clear();
    for (const QJsonValue &value : m_order.value(u"history").toArray()) {
        const QJsonObject h = value.toObject();
        const QString machine = h.value(u"machine").toString();
        QString subject = OrderWords::machine(machine);
        if (machine == u"fulfillment")
            subject = tr("Fulfillment %1").arg(h.value(u"fulfillment").toInteger());
        else if (machine == u"return")
            subject = tr("Return %1").arg(h.value(u"return").toInteger());
        const QString to = OrderWords::state(h.value(u"to").toString());
        const QString what = h.value(u"from").isString()
                                 ? tr("%1: %2 → %3 (%4)")
                                       .arg(subject, OrderWords::state(h.value(u"from").toString()), to,
                                            OrderWords::event(h.value(u"event").toString()))
                                 : tr("%1: %2").arg(subject, to);
        auto *item = new QTreeWidgetItem(m_timeline, {shortTime(timeOf(h, "at")), what, h.value(u"actor").toString(),
                                                      h.value(u"reason").toString()});
        item->setToolTip(1, what);
        item->setToolTip(3, h.value(u"reason").toString());
    }
    for (int column = 0; column < 3; ++column)
        m_timeline->resizeColumnToContents(column);
    m_timeline->scrollToBottom();
}

QString OrderDetailDialog::targetState() const
{
    if (m_shownMachine == u"order")
        return m_order.value(u"state").toString();
    const auto list = m_order.value(m_shownMachine == u"fulfillment" ? u"fulfillments" : u"returns").toArray();
    for (const QJsonValue &item : list)
        if (item[u"id"].toInteger() == m_shownTarget)
            return item[u"state"].toString();
    return {};
}

void OrderDetailDialog::showMachine(const QString &machine, qint64 target)
{
    m_shownMachine = machine;
    m_shownTarget = target;
    const int index = m_machineBox->findData(QVariantList{machine, target});
    if (index >= 0)
        m_machineBox->setCurrentIndex(index);
    showGraph();
    showActions();
}

void OrderDetailDialog::showGraph()
{
    QList<MachineState> states;
    for (const Services::MachineState &s : m_machine.statesOf(m_shownMachine))
        states.append({s.state, OrderWords::state(s.state), s.position, s.initial, s.terminal});
    QList<MachineTransition> transitions;
    for (const Services::MachineTransition &t : m_machine.transitionsOf(m_shownMachine))
        transitions.append({t.from, t.event, OrderWords::event(t.event), t.to, t.roles, t.systemOnly});
    m_graph->setMachine(states, transitions);
    QList<PathStep> path;
    for (const QJsonValue &value : m_order.value(u"history").toArray()) {
        const QJsonObject h = value.toObject();
        if (h.value(u"machine").toString() != m_shownMachine || !h.value(u"from").isString())
            continue;
        const qint64 target = m_shownMachine == u"order"         ? 0
                              : m_shownMachine == u"fulfillment" ? h.value(u"fulfillment").toInteger()
                                                                 : h.value(u"return").toInteger();
        if (target == m_shownTarget)
            path.append({h.value(u"from").toString(), h.value(u"event").toString(), h.value(u"to").toString(),
                         timeOf(h, "at")});
    }
    m_graph->setPath(path, targetState());
}

void OrderDetailDialog::showActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList available;
    int shown = 0;
    for (const QJsonValue &value : m_order.value(u"next_events").toArray()) {
        const QJsonObject next = value.toObject();
        const qint64 target = next.value(u"target").toInteger();
        if (next.value(u"machine").toString() != m_shownMachine || target != m_shownTarget)
            continue;
        const QString event = next.value(u"event").toString();
        const bool allowed = next.value(u"allowed").toBool();
        auto *button = new QPushButton(OrderWords::event(event), this);
        button->setObjectName(QStringLiteral("fire_") + event);
        button->setEnabled(allowed);
        button->setToolTip(allowed ? tr("%1 → %2: %3")
                                         .arg(OrderWords::event(event), OrderWords::state(next.value(u"to").toString()),
                                              next.value(u"description").toString())
                                   : tr("Not for this login: %1").arg(next.value(u"why").toString()));
        // A disabled button shows no tooltip: its reason is said beside the buttons as well.
        connect(button, &QPushButton::clicked, this, [this, event] { fire(event); });
        m_actions->addWidget(button);
        if (allowed)
            available << event;
        ++shown;
    }
    m_graph->setAvailableEvents(available);
    if (shown == 0)
        m_actionsHint->setText(tr("Nothing to do here: this is a final state, or the ledger moves it on by itself."));
    else if (available.isEmpty())
        m_actionsHint->setText(tr("This login may not fire these events."));
    else
        m_actionsHint->clear();
}

void OrderDetailDialog::fire(const QString &event)
{
    if (event == u"allocate") {
        allocate();
        return;
    }
    if (!needsConfirmation(event)) {
        fireConfirmed(event, {});
        return;
    }
    QString question;
    if (event == u"cancel")
        question = tr("Cancel order %1? Whatever is still held goes back to stock; what has shipped stays shipped.")
                       .arg(m_ref);
    else if (event == u"fail_payment")
        question =
            tr("Record that the payment for order %1 failed? Everything it holds goes back to stock.").arg(m_ref);
    else if (event == u"reject")
        question = tr("Reject return %1? Nothing comes back into stock.").arg(m_shownTarget);
    else
        question = tr("Receive return %1 as damaged? Its units go to the damaged bucket, not to sellable stock.")
                       .arg(m_shownTarget);
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, OrderWords::event(event), question + u"\n\n" + tr("Reason (kept in the history):"),
                              QLineEdit::Normal, {}, &ok);
    if (ok)
        fireConfirmed(event, reason.trimmed());
}

void OrderDetailDialog::fireConfirmed(const QString &event, const QString &reason)
{
    Services::OrderEvent request;
    request.ref = m_ref;
    request.channel = m_channel;
    request.event = event;
    request.expect = targetState();
    request.reason = reason;
    if (m_shownMachine == u"fulfillment")
        request.fulfillment = m_shownTarget;
    else if (m_shownMachine == u"return")
        request.returnId = m_shownTarget;
    const QString key = Services::LedgerService::newKey();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [request, key](Services::Session &session) { return Services::OrderService(session).fire(request, key); },
        [this, event](const Services::Result<QJsonObject> &result) {
            if (!result) {
                QMessageBox::warning(this, tr("Order %1").arg(m_ref),
                                     tr("“%1” was refused: %2").arg(OrderWords::event(event), result.error().message));
            } else {
                Q_EMIT message(tr("Order %1: %2 done").arg(m_ref, OrderWords::event(event)));
                Q_EMIT changed();
            }
            reload();
        });
}

void OrderDetailDialog::requestReturn()
{
    qint64 fulfillment = m_shownMachine == u"fulfillment" ? m_shownTarget : 0;
    const auto list = m_order.value(u"fulfillments").toArray();
    const auto shipped = [&list](qint64 id) {
        for (const QJsonValue &f : list)
            if (f[u"id"].toInteger() == id)
                return f[u"state"].toString() == u"shipped" || f[u"state"].toString() == u"delivered";
        return false;
    };
    if (!shipped(fulfillment)) {
        fulfillment = 0;
        for (const QJsonValue &f : list)
            if (shipped(f[u"id"].toInteger())) {
                fulfillment = f[u"id"].toInteger();
                break;
            }
    }
    if (fulfillment == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Request a return"),
        tr("Return everything fulfillment %1 shipped that is not already coming back?").arg(fulfillment) + u"\n\n" +
            tr("Reason (kept in the history):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const QString ref = m_ref;
    const QString channel = m_channel;
    const QString key = Services::LedgerService::newKey();
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [=](Services::Session &session) {
            return Services::OrderService(session).requestReturn(ref, channel, fulfillment, {}, reason.trimmed(), key);
        },
        [this](const Services::Result<QJsonObject> &result) {
            if (!result) {
                QMessageBox::warning(this, tr("Order %1").arg(m_ref),
                                     tr("The return was refused: %1").arg(result.error().message));
            } else {
                showMachine(QStringLiteral("return"), result->value(u"return_id").toInteger());
                Q_EMIT changed();
            }
            reload();
        });
}

void OrderDetailDialog::allocate()
{
    auto *dialog = new AllocationDialog(m_spec, m_ref, m_channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AllocationDialog::allocated, this, [this] {
        Q_EMIT message(tr("Order %1 allocated").arg(m_ref));
        Q_EMIT changed();
        reload();
    });
    dialog->open();
}

} // namespace Stockroom::Ui
