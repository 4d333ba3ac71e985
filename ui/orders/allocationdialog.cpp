#include "allocationdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <ledger/ledgerservice.h>
#include <ledgertask.h>
#include <orders/allocationmap.h>
#include <orders/boardpalette.h>
#include <orders/orderservice.h>
#include <orders/orderwords.h>
#include <sentence.h>

namespace Stockroom::Ui {

using Models::OrderWords;

namespace {

QString kilometres(const QJsonValue &km)
{
    return km.isDouble() ? AllocationDialog::tr("%1 km").arg(QLocale().toString(km.toDouble(), 'f', 1))
                         : AllocationDialog::tr("distance unknown");
}

qint64 shortUnits(const QJsonObject &plan)
{
    qint64 units = 0;
    for (const QJsonValue &line : plan.value(u"short").toArray())
        units += line[u"quantity"].toInteger();
    return units;
}

QStandardItem *item(const QString &text, const QVariant &raw = {})
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(raw.isValid() ? raw : QVariant(text), Qt::UserRole);
    return cell;
}

QStandardItem *number(qint64 value)
{
    QStandardItem *cell = item(QLocale().toString(value), value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QTableView *makeTable(QStandardItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(true);
    return view;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

// One plan of the preview as a card: its strategy in words, whether it covers the order, where from, how far,
// exact or approximate, its score. Clicking it (or Space on it) chooses it.
class PlanCard final : public QWidget
{
public:
    PlanCard(const QJsonObject &plan, int index, std::function<void(int)> chosen, QWidget *parent)
        : QWidget(parent)
        , m_index(index)
        , m_chosen(std::move(chosen))
    {
        const int rank = int(plan.value(u"rank").toInteger());
        setObjectName(QStringLiteral("plan_%1").arg(rank));
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        const bool complete = plan.value(u"complete").toBool();
        const int used = int(plan.value(u"locations_used").toInteger());
        const int splits = int(plan.value(u"splits").toInteger());

        auto *title = new QLabel(
            AllocationDialog::tr("%1 · %2").arg(index + 1).arg(OrderWords::strategy(plan[u"strategy"].toString())),
            this);
        title->setObjectName(QStringLiteral("strategy"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);

        auto *cover = new QLabel(this);
        cover->setObjectName(QStringLiteral("complete"));
        cover->setFont(bold);
        if (complete) {
            cover->setText(rank == 1 ? AllocationDialog::tr("✓ Complete · best") : AllocationDialog::tr("✓ Complete"));
            cover->setStyleSheet(QStringLiteral("color: %1").arg(BoardPalette::store().darker(120).name()));
        } else {
            cover->setText(AllocationDialog::tr("Short of %Ln unit(s)", nullptr, int(shortUnits(plan))));
            cover->setStyleSheet(QStringLiteral("color: %1").arg(BoardPalette::stuck().name()));
        }

        const QString from = used == 0     ? AllocationDialog::tr("ships from nowhere")
                             : splits == 0 ? AllocationDialog::tr("Ships from 1 location (no split)")
                                           : AllocationDialog::tr("Ships from %1 (%2)")
                                                 .arg(AllocationDialog::tr("%Ln location(s)", nullptr, used),
                                                      AllocationDialog::tr("%Ln split(s)", nullptr, splits));
        auto *where = new QLabel(from, this);
        where->setWordWrap(true);
        auto *distance = new QLabel(plan.value(u"distance_km").isDouble()
                                        ? AllocationDialog::tr("%1 in all").arg(kilometres(plan.value(u"distance_km")))
                                        : AllocationDialog::tr("Distance unknown"),
                                    this);
        const QString note = plan.value(u"note").toString();
        auto *exact =
            new QLabel(plan.value(u"exact").toBool()
                           ? AllocationDialog::tr("Exact")
                           : (note.isEmpty()                    ? AllocationDialog::tr("Approximate")
                              : note.startsWith(u"approximate") ? sentence(note)
                                                                : AllocationDialog::tr("Approximate: %1").arg(note)),
                       this);
        exact->setObjectName(QStringLiteral("exact"));
        exact->setWordWrap(true);
        exact->setToolTip(note);
        QStringList same;
        for (const QJsonValue &other : plan.value(u"same_as").toArray())
            same << OrderWords::strategy(other.toString());
        auto *score = new QLabel(AllocationDialog::tr("Score %1 (lower is better)")
                                     .arg(QLocale().toString(plan.value(u"score").toDouble(), 'f', 0)),
                                 this);
        score->setToolTip(AllocationDialog::tr(
            "100 per extra location, plus the kilometres from each location used, 1,000 per "
            "location of unknown distance, 10 per line left below safety stock and 10,000 per line "
            "the plan leaves short."));
        QPalette muted = score->palette();
        muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
        score->setPalette(muted);

        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 10, 12, 10);
        layout->setSpacing(3);
        for (QWidget *widget : std::initializer_list<QWidget *>{title, cover, where, distance, exact})
            layout->addWidget(widget);
        if (!same.isEmpty()) {
            auto *sameLabel =
                new QLabel(AllocationDialog::tr("Same as: %1").arg(same.join(QStringLiteral(", "))), this);
            sameLabel->setWordWrap(true);
            sameLabel->setPalette(muted);
            layout->addWidget(sameLabel);
        }
        layout->addWidget(score);
        layout->addStretch();
        setToolTip(AllocationDialog::tr("Press %1 to choose this plan.").arg(index + 1));
        setAccessibleName(title->text());
    }

    void setSelected(bool selected)
    {
        m_selected = selected;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor highlight = palette().color(QPalette::Highlight);
        QColor fill = palette().color(QPalette::Base);
        if (m_selected) {
            QColor tint = highlight;
            tint.setAlphaF(0.12f);
            painter.setBrush(fill);
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
            fill = tint;
        }
        painter.setBrush(fill);
        painter.setPen(QPen(m_selected ? highlight : palette().color(QPalette::Mid), m_selected ? 2.5 : 1,
                            hasFocus() && !m_selected ? Qt::DashLine : Qt::SolidLine));
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
    }

    void mouseReleaseEvent(QMouseEvent *) override { m_chosen(m_index); }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Space) {
            m_chosen(m_index);
            return;
        }
        QWidget::keyPressEvent(event);
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    int m_index;
    std::function<void(int)> m_chosen;
    bool m_selected = false;
};

AllocationDialog::AllocationDialog(const Services::ConnectionSpec &spec, const QString &ref, const QString &channel,
                                   QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_ref(ref)
    , m_channel(channel)
    , m_heading(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_cardsBox(new QWidget(this))
    , m_cards(new QHBoxLayout(m_cardsBox))
    , m_map(new AllocationMap(this))
    , m_lines(new QStandardItemModel(this))
    , m_linesView(makeTable(m_lines, QStringLiteral("linesTable"), this))
    , m_linesTitle(sectionTitle(tr("Lines of this plan"), this))
    , m_rejected(new QStandardItemModel(this))
    , m_rejectedView(makeTable(m_rejected, QStringLiteral("rejectedTable"), this))
    , m_rejectedTitle(sectionTitle(tr("Locations passed over, and why"), this))
    , m_why(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply plan"), this))
{
    setObjectName(QStringLiteral("allocationDialog"));
    setWindowTitle(tr("Allocate order %1").arg(ref));
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setText(tr("Order %1").arg(ref));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_heading->setFont(big);
    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->setWordWrap(true);
    m_policy->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("busy"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: %1; color: #202020; border: 1px solid %2;"
                                           " border-radius: 4px; padding: 6px; }")
                                .arg(BoardPalette::tileFill(BoardPalette::Age::Ageing, palette()).name(),
                                     BoardPalette::tileEdge(BoardPalette::Age::Ageing, palette()).name()));
    m_notice->hide();
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->setSpacing(10);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    m_apply->setAutoDefault(true);
    m_apply->setEnabled(false);

    m_lines->setHorizontalHeaderLabels(
        {tr("SKU"), tr("From"), tr("Quantity"), tr("Left after"), tr("Safety stock"), tr("Note")});
    m_rejected->setHorizontalHeaderLabels({tr("Location"), tr("Distance"), tr("Why not"), tr("Detail")});

    auto *linesBox = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesBox);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(m_linesTitle);
    linesLayout->addWidget(m_linesView);
    auto *rejectedBox = new QWidget(this);
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    rejectedLayout->addWidget(m_rejectedTitle);
    rejectedLayout->addWidget(m_rejectedView);
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->setChildrenCollapsible(false);
    tables->addWidget(linesBox);
    tables->addWidget(rejectedBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("split"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_map);
    split->addWidget(tables);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &AllocationDialog::apply);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_why, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_policy);
    layout->addLayout(statusRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_cardsBox);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    // 1–9 choose a plan wherever the focus is; Enter applies (the default button).
    for (int key = Qt::Key_1; key <= Qt::Key_9; ++key) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, key] { selectPlan(key - Qt::Key_1); });
    }

    resize(1180, 780);
    setMinimumSize(760, 520);
    refresh();
}

AllocationDialog::~AllocationDialog() = default;

QJsonObject AllocationDialog::selectedPlan() const
{
    return m_selected >= 0 && m_selected < m_plans.size() ? m_plans.at(m_selected).toObject() : QJsonObject();
}

void AllocationDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setStyleSheet({});
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    updateApply();
}

void AllocationDialog::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(BoardPalette::stuck().name()));
    m_status->setText(text);
    m_status->show();
}

void AllocationDialog::refresh()
{
    setBusy(true, tr("Reading stock and working out the plans…"));
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [ref = m_ref, channel = m_channel](Services::Session &session) {
            return Services::OrderService(session).preview(ref, channel);
        },
        [this](const Services::Result<QJsonObject> &preview) {
            if (!preview) {
                setBusy(false, {});
                showError(tr("Could not work out the plans: %1").arg(sentence(preview.error().message)));
                if (m_preview.isEmpty())
                    m_map->showEmpty(tr("No plans to show."));
                return;
            }
            setBusy(false, {});
            showPreview(preview.value());
        });
}

void AllocationDialog::showPreview(const QJsonObject &preview)
{
    m_preview = preview;
    m_plans = preview.value(u"plans").toArray();
    const QString state = preview.value(u"state").toString();
    const QString channel = preview.value(u"channel").toString();
    const QJsonObject destination = preview.value(u"destination").toObject();
    QString to;
    if (!destination.value(u"pickup").toString().isEmpty())
        to = tr("picked up at %1").arg(destination.value(u"pickup").toString());
    else if (destination.value(u"latitude").isDouble())
        to = tr("ships to %1, %2")
                 .arg(QLocale().toString(destination.value(u"latitude").toDouble(), 'f', 3),
                      QLocale().toString(destination.value(u"longitude").toDouble(), 'f', 3));
    m_heading->setText(
        tr("Order %1 · %2 · %3 · %4")
            .arg(preview.value(u"order").toString(), OrderWords::channel(channel), OrderWords::state(state), to));

    const QJsonObject policy = preview.value(u"channel_policy").toObject();
    QStringList kinds;
    for (const QJsonValue &kind : policy.value(u"ship_from").toArray())
        kinds << (kind.toString() == u"warehouse" ? tr("warehouses")
                  : kind.toString() == u"store"   ? tr("stores")
                                                  : kind.toString());
    m_policy->setText(tr("%1 orders ship from %2; %3")
                          .arg(OrderWords::channel(channel), kinds.join(tr(" and ")),
                               policy.value(u"respects_safety_stock").toBool()
                                   ? tr("no plan takes a location below its safety stock.")
                                   : tr("plans may sell into safety stock, except \"%1\".")
                                         .arg(OrderWords::strategy(QStringLiteral("protect_safety_stock")))));

    // The cards, the best ranked first and chosen (or, after stock moved, the strategy the user had chosen).
    qDeleteAll(m_cardList);
    m_cardList.clear();
    for (qsizetype i = 0; i < m_plans.size(); ++i) {
        auto *card = new PlanCard(
            m_plans.at(i).toObject(), int(i), [this](int index) { selectPlan(index); }, m_cardsBox);
        m_cards->addWidget(card, 1);
        card->show();
        m_cardList.append(card);
    }
    int chosen = m_plans.isEmpty() ? -1 : 0;
    if (!m_keepStrategy.isEmpty()) {
        for (qsizetype i = 0; i < m_plans.size(); ++i)
            if (m_plans.at(i)[u"strategy"].toString() == m_keepStrategy)
                chosen = int(i);
        m_keepStrategy.clear();
    }
    m_cardsBox->setVisible(!m_plans.isEmpty());
    m_selected = -1;
    selectPlan(chosen);
    if (m_plans.isEmpty()) {
        m_map->setPreview(m_preview, {});
        showPlan();
    }
    Q_EMIT previewShown();
}

void AllocationDialog::selectPlan(int index)
{
    if (index < 0 || index >= m_plans.size())
        return;
    m_selected = index;
    for (qsizetype i = 0; i < m_cardList.size(); ++i)
        m_cardList.at(i)->setSelected(i == index);
    showPlan();
}

void AllocationDialog::showPlan()
{
    const QJsonObject plan = selectedPlan();
    m_map->setPreview(m_preview, plan);

    m_lines->removeRows(0, m_lines->rowCount());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int below = 0;
    for (const QJsonValue &value : plan.value(u"lines").toArray()) {
        const QJsonObject line = value.toObject();
        const qint64 left = line.value(u"left_after").toInteger();
        const qint64 safety = line.value(u"safety_stock").toInteger();
        const bool low = line.value(u"below_safety_stock").toBool();
        QList<QStandardItem *> row{
            item(line.value(u"sku").toString()),
            item(line.value(u"location").toString()),
            number(line.value(u"quantity").toInteger()),
            number(left),
            number(safety),
            item(low ? tr("Leaves %1 below its safety stock").arg(QLocale().toString(safety - left)) : QString())};
        if (low) {
            ++below;
            row[3]->setIcon(warning);
            for (QStandardItem *cell : row) {
                cell->setBackground(BoardPalette::belowSafetyStock());
                cell->setForeground(QColor(0x20, 0x20, 0x20));
                cell->setToolTip(tr("After this plan %1 would have %2 of %3, below its safety stock of %4.")
                                     .arg(line.value(u"location").toString(), QLocale().toString(left),
                                          line.value(u"sku").toString(), QLocale().toString(safety)));
            }
        }
        m_lines->appendRow(row);
    }
    for (const QJsonValue &value : plan.value(u"short").toArray()) {
        const QJsonObject line = value.toObject();
        QList<QStandardItem *> row{item(line.value(u"sku").toString()),
                                   item(tr("nowhere")),
                                   number(line.value(u"quantity").toInteger()),
                                   item({}),
                                   item({}),
                                   item(tr("Short: no location this plan may use has it"))};
        for (QStandardItem *cell : row)
            cell->setForeground(BoardPalette::stuck());
        row[0]->setIcon(warning);
        m_lines->appendRow(row);
    }
    m_linesTitle->setText(below == 0 ? tr("Lines of this plan")
                                     : tr("Lines of this plan (%Ln below safety stock)", nullptr, below));

    m_rejected->removeRows(0, m_rejected->rowCount());
    QHash<QString, QJsonValue> distances;
    for (const QJsonValue &value : m_preview.value(u"locations").toArray())
        distances.insert(value[u"location"].toString(), value[u"distance_km"]);
    for (const QJsonValue &value : plan.value(u"rejected").toArray()) {
        const QJsonObject rejected = value.toObject();
        const QString code = rejected.value(u"location").toString();
        QStringList reasons;
        for (const QJsonValue &reason : rejected.value(u"reasons").toArray())
            reasons << OrderWords::rejection(reason.toString());
        const QJsonValue km = distances.value(code);
        QStandardItem *distance = item(kilometres(km), km.isDouble() ? QVariant(km.toDouble()) : QVariant());
        distance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStandardItem *detail = item(sentence(rejected.value(u"detail").toString()));
        detail->setToolTip(detail->text());
        m_rejected->appendRow({item(code), distance, item(reasons.join(QStringLiteral("; "))), detail});
    }
    m_rejectedTitle->setText(tr("Locations passed over, and why (%1)").arg(m_rejected->rowCount()));

    for (QTableView *view : {m_linesView, m_rejectedView}) {
        view->resizeColumnsToContents();
        // The last column (a sentence) takes what is left and wraps.
        const int last = view->model()->columnCount() - 1;
        view->setColumnWidth(last, qMin(view->columnWidth(last), 240));
        view->resizeRowsToContents();
    }
    m_rejectedView->setColumnWidth(2, qMin(m_rejectedView->columnWidth(2), 220));
    m_rejectedView->resizeRowsToContents();
    updateApply();
}

void AllocationDialog::updateApply()
{
    const QJsonObject plan = selectedPlan();
    QString why;
    bool ok = false;
    if (m_preview.isEmpty()) {
        why.clear();
    } else if (!m_preview.value(u"allocatable").toBool()) {
        why = tr("Order %1 is %2 now: only a new order (Created) can be allocated.")
                  .arg(m_ref, OrderWords::state(m_preview.value(u"state").toString()));
    } else if (plan.isEmpty()) {
        why = tr("There is no plan to apply.");
    } else if (!plan.value(u"complete").toBool()) {
        why = tr("This plan is short of %Ln unit(s) and cannot be applied: choose a complete plan, or receive the "
                 "stock first.",
                 nullptr, int(shortUnits(plan)));
    } else {
        qint64 units = 0;
        for (const QJsonValue &line : plan.value(u"lines").toArray())
            units += line[u"quantity"].toInteger();
        why = tr("Applying reserves %Ln unit(s) at %1 for this order.", nullptr, int(units))
                  .arg(tr("%Ln location(s)", nullptr, int(plan.value(u"locations_used").toInteger())));
        ok = true;
    }
    m_why->setText(why);
    m_why->setStyleSheet(ok || why.isEmpty() ? QString()
                                             : QStringLiteral("color: %1").arg(BoardPalette::stuck().name()));
    m_apply->setEnabled(ok && !m_busy);
}

void AllocationDialog::apply()
{
    if (!m_apply->isEnabled())
        return;
    const QJsonObject plan = selectedPlan();
    m_notice->hide();
    setBusy(true, tr("Reserving the plan…"));
    runLedgerTask<QJsonObject>(
        this, m_spec,
        [ref = m_ref, channel = m_channel, plan, key = Services::LedgerService::newKey()](Services::Session &session) {
            return Services::OrderService(session).allocate(ref, channel, plan, key);
        },
        [this, strategy = plan.value(u"strategy").toString()](const Services::Result<QJsonObject> &order) {
            setBusy(false, {});
            if (order) {
                Q_EMIT allocated(order.value());
                accept();
                return;
            }
            const Services::Error &error = order.error();
            if (error.kind == Services::Error::Kind::Refused && error.message.contains(u"stock moved")) {
                m_notice->setText(tr("Nothing was reserved: the stock changed while you were looking (something was "
                                     "sold, received or reserved). The plans below are worked out again from the "
                                     "stock as it is now; check the one you want and apply it again."));
                m_notice->setToolTip(sentence(error.message));
                m_notice->show();
                m_keepStrategy = strategy;
                refresh();
                return;
            }
            showError(tr("Could not reserve the plan: %1").arg(sentence(error.message)));
        });
}

void AllocationDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter applies the plan wherever the focus is, as long as it can be applied.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        apply();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace Stockroom::Ui
