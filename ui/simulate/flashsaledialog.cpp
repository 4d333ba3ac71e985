#include "flashsaledialog.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <reconcile/chartpalette.h>
#include <simulate/flashsalerun.h>
#include <simulate/flashsalesamplemodel.h>

namespace Stockroom::Ui {

using Models::FlashSaleSampleModel;
using Services::FlashSaleOptions;
using Services::FlashSaleResult;

namespace {

QSpinBox *spin(int low, int high, int value, const QString &suffix, const QString &name)
{
    auto *box = new QSpinBox;
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setObjectName(name);
    return box;
}

// 0 to a round number (1, 2 or 5 times a power of ten) at or above highest, in five steps.
void setRoundRange(QValueAxis *axis, double highest, double least)
{
    double top = least;
    while (top < highest) {
        const double power = std::pow(10.0, std::floor(std::log10(top)));
        top = top / power < 2 ? 2 * power : top / power < 5 ? 5 * power : 10 * power;
    }
    if (axis->max() != top) {
        axis->setRange(0, top);
        axis->setTickInterval(top / 5);
    }
}

} // namespace

FlashSaleDialog::FlashSaleDialog(const Services::ConnectionSpec &server, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_run(new Models::FlashSaleRun(server, this))
    , m_samples(new FlashSaleSampleModel(this))
{
    setObjectName(QStringLiteral("flashSaleDialog"));
    setWindowTitle(tr("Flash-sale simulator"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildForm());
    auto *right = new QVBoxLayout;
    right->addWidget(buildChart(), 1);
    right->addWidget(buildSummary());
    layout->addLayout(right, 1);

    connect(m_run, &Models::FlashSaleRun::step, m_status, &QLabel::setText);
    connect(m_run, &Models::FlashSaleRun::sampled, this, &FlashSaleDialog::onSample);
    connect(m_run, &Models::FlashSaleRun::finished, this, &FlashSaleDialog::onFinished);
    setRunning(false);
    resize(1180, 720);
}

FlashSaleDialog::~FlashSaleDialog() = default;

QWidget *FlashSaleDialog::buildForm()
{
    auto *box = new QGroupBox(tr("The sale"));
    auto *form = new QFormLayout;
    const FlashSaleOptions defaults;
    m_stock = spin(1, 1'000'000, 500, QString(), QStringLiteral("stock"));
    m_stock->setToolTip(tr("Units of one SKU put on sale at one warehouse"));
    form->addRow(tr("&Units on sale:"), m_stock);
    m_buyers = spin(1, 1'000'000, 5000, QString(), QStringLiteral("buyers"));
    m_buyers->setToolTip(tr("Each buyer tries to reserve one unit"));
    form->addRow(tr("&Buyers:"), m_buyers);
    m_clients = spin(1, 256, 16, QString(), QStringLiteral("clients"));
    m_clients->setToolTip(tr("Connections to the ledger the buyers share, as a shop's checkout servers would"));
    form->addRow(tr("&Connections:"), m_clients);
    m_arrival = new QComboBox;
    m_arrival->setObjectName(QStringLiteral("arrival"));
    m_arrival->addItem(tr("All at once (burst)"));
    m_arrival->addItem(tr("At random (Poisson)"));
    form->addRow(tr("&Arrival:"), m_arrival);
    m_rate = spin(1, 1'000'000, 2000, tr(" buyers/s"), QStringLiteral("rate"));
    form->addRow(tr("&Rate:"), m_rate);
    connect(m_arrival, &QComboBox::currentIndexChanged, this, [this](int index) { m_rate->setEnabled(index == 1); });
    m_rate->setEnabled(false);
    m_ttl = spin(1, 3600, defaults.ttlSeconds, tr(" s"), QStringLiteral("ttl"));
    m_ttl->setToolTip(tr("How long a reservation holds its unit before the sweep returns it"));
    form->addRow(tr("&Hold time:"), m_ttl);
    m_abandon = spin(0, 100, int(std::lround(100 * defaults.abandon)), tr(" %"), QStringLiteral("abandon"));
    m_abandon->setToolTip(tr("Buyers with a reservation who never pay: their hold expires"));
    form->addRow(tr("Aba&ndon:"), m_abandon);
    m_payment = spin(0, 600'000, defaults.paymentMs, tr(" ms"), QStringLiteral("payment"));
    m_payment->setToolTip(tr("How long a paying buyer takes, on average, from reservation to commit"));
    form->addRow(tr("&Payment time:"), m_payment);
    m_hot = new QCheckBox(tr("Hot-SKU mode"));
    m_hot->setObjectName(QStringLiteral("hotSku"));
    m_slots = spin(2, 256, defaults.hotSlots, tr(" slots"), QStringLiteral("slots"));
    if (const QString why = Services::FlashSaleSimulation::hotSkuUnavailable(); !why.isEmpty()) {
        m_hot->setEnabled(false);
        m_hot->setToolTip(why.left(1).toUpper() + why.mid(1) + u'.');
        m_slots->setEnabled(false);
    } else {
        m_hot->setToolTip(tr("Splits the SKU's stock row into slots that buyers take from in parallel"));
        m_slots->setEnabled(false);
        connect(m_hot, &QCheckBox::toggled, m_slots, &QWidget::setEnabled);
    }
    form->addRow(m_hot, m_slots);
    m_seed = spin(0, std::numeric_limits<int>::max(), int(defaults.seed), QString(), QStringLiteral("seed"));
    m_seed->setGroupSeparatorShown(false);
    m_seed->setToolTip(tr("The same seed, the same buyers: arrivals, who abandons and payment times"));
    form->addRow(tr("S&eed:"), m_seed);

    auto *where = new QLabel(tr("Runs in a scratch database on %1, made for the run and dropped after it: this "
                                "ledger is not touched.")
                                 .arg(m_server.describe().toHtmlEscaped()));
    where->setWordWrap(true);
    where->setObjectName(QStringLiteral("where"));
    m_start = new QPushButton(tr("&Start"));
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("S&top"));
    m_stop->setObjectName(QStringLiteral("stop"));
    connect(m_start, &QPushButton::clicked, this, &FlashSaleDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &FlashSaleDialog::stop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *column = new QVBoxLayout(box);
    column->addLayout(form);
    column->addWidget(where);
    column->addLayout(buttons);
    column->addWidget(m_status);
    column->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &FlashSaleDialog::reject);
    column->addWidget(close);
    box->setMaximumWidth(380);
    return box;
}

QWidget *FlashSaleDialog::buildChart()
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Stock of the sale's SKU over time"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
    m_chart->setTitleBrush(palette().brush(QPalette::Text));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    m_chart->setLocalizeNumbers(true);
    // Whole seconds and whole units, from 0; the range grows with the samples.
    const auto countAxis = [this](const QString &title) {
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setRange(0, 1);
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
        return axis;
    };
    m_x = countAxis(tr("Time since the sale opened (s)"));
    m_y = countAxis(tr("Units"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    const struct
    {
        int column;
        QString name;
        QColor colour;
    } lines[] = {
        {FlashSaleSampleModel::Available, tr("Available"), ChartPalette::saleAvailable()},
        {FlashSaleSampleModel::Reserved, tr("Reserved (held, not yet paid)"), ChartPalette::saleReserved()},
        {FlashSaleSampleModel::Sold, tr("Sold"), ChartPalette::saleSold()},
    };
    for (const auto &line : lines) {
        auto *series = new QLineSeries;
        series->setName(line.name);
        series->setPen(QPen(line.colour, 2.5));
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(FlashSaleSampleModel::Seconds);
        mapper->setYColumn(line.column);
        mapper->setSeries(series);
        mapper->setModel(m_samples);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_series.append(series);
    }
    m_view = new QChartView(m_chart);
    m_view->setObjectName(QStringLiteral("saleChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);

    m_empty = new QLabel(tr("No sale yet. Set the sale's parameters and press Start: the units available, reserved "
                            "and sold appear here as buyers come, read from the ledger five times a second."));
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(40);
    m_body = new QStackedWidget;
    m_body->addWidget(m_empty);
    m_body->addWidget(m_view);
    return m_body;
}

QWidget *FlashSaleDialog::buildSummary()
{
    m_summary = new QGroupBox(tr("Outcome"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_figures = new QGridLayout(m_summary);
    m_figures->setHorizontalSpacing(18);
    m_summary->hide();
    return m_summary;
}

QLineSeries *FlashSaleDialog::series(int column) const
{
    // Available, Reserved and Sold are the model's columns 1 to 3, drawn in that order.
    return m_series.value(column - FlashSaleSampleModel::Available);
}

bool FlashSaleDialog::isShowingChart() const
{
    return m_body->currentWidget() == m_view;
}

bool FlashSaleDialog::isRunning() const
{
    return m_run->isRunning();
}

FlashSaleOptions FlashSaleDialog::options() const
{
    FlashSaleOptions o;
    o.stock = m_stock->value();
    o.buyers = m_buyers->value();
    o.clients = m_clients->value();
    o.arrival = m_arrival->currentIndex() == 1 ? FlashSaleOptions::Arrival::Poisson : FlashSaleOptions::Arrival::Burst;
    o.ratePerSecond = m_rate->value();
    o.ttlSeconds = m_ttl->value();
    o.abandon = m_abandon->value() / 100.0;
    o.paymentMs = m_payment->value();
    o.hotSku = m_hot->isEnabled() && m_hot->isChecked();
    o.hotSlots = m_slots->value();
    o.seed = quint32(m_seed->value());
    return o;
}

void FlashSaleDialog::setOptions(const FlashSaleOptions &o)
{
    m_stock->setValue(int(o.stock));
    m_buyers->setValue(o.buyers);
    m_clients->setValue(o.clients);
    m_arrival->setCurrentIndex(o.arrival == FlashSaleOptions::Arrival::Poisson ? 1 : 0);
    m_rate->setValue(int(o.ratePerSecond));
    m_ttl->setValue(o.ttlSeconds);
    m_abandon->setValue(int(std::lround(100 * o.abandon)));
    m_payment->setValue(o.paymentMs);
    m_hot->setChecked(o.hotSku && m_hot->isEnabled());
    m_slots->setValue(o.hotSlots);
    m_seed->setValue(int(o.seed));
}

void FlashSaleDialog::start()
{
    if (m_run->isRunning())
        return;
    const FlashSaleOptions o = options();
    m_samples->clear();
    m_x->setRange(0, 1);
    setRoundRange(m_y, double(o.stock), 5);
    m_body->setCurrentWidget(m_view);
    m_summary->hide();
    m_status->setText(tr("Making the scratch database…"));
    setRunning(true);
    m_run->start(o);
}

void FlashSaleDialog::stop()
{
    if (!m_run->isRunning())
        return;
    m_status->setText(tr("Stopping: the buyers stop and the scratch database is dropped…"));
    m_stop->setEnabled(false);
    m_run->stop();
}

void FlashSaleDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_stock, m_buyers, m_clients, m_arrival, m_ttl, m_abandon, m_payment, m_seed})
        field->setEnabled(!running);
    m_rate->setEnabled(!running && m_arrival->currentIndex() == 1);
    const bool hotAvailable = Services::FlashSaleSimulation::hotSkuUnavailable().isEmpty();
    m_hot->setEnabled(!running && hotAvailable);
    m_slots->setEnabled(!running && hotAvailable && m_hot->isChecked());
}

void FlashSaleDialog::onSample(const Services::FlashSaleSample &sample)
{
    m_samples->append(sample);
    setRoundRange(m_x, sample.seconds, 5);
    const QLocale locale;
    m_status->setText(tr("%1 s: %2 available, %3 reserved, %4 sold, %5 returned by expiry, %6 refused (sold out)")
                          .arg(locale.toString(sample.seconds, 'f', 1), locale.toString(sample.available),
                               locale.toString(sample.reserved), locale.toString(sample.sold),
                               locale.toString(sample.returned), locale.toString(sample.refusals)));
}

void FlashSaleDialog::onFinished(const FlashSaleResult &result, const QString &error)
{
    setRunning(false);
    if (!error.isEmpty())
        m_status->setText(tr("The simulation could not run: %1").arg(error));
    else if (result.cancelled)
        m_status->setText(tr("Stopped. The scratch database was dropped."));
    else
        m_status->setText(
            tr("Done in %1 s. The scratch database was dropped.").arg(QLocale().toString(result.totalSeconds, 'f', 1)));
    if (error.isEmpty() && !result.cancelled)
        showSummary(result);
    if (m_samples->rowCount() == 0)
        m_body->setCurrentWidget(m_empty);
    Q_EMIT finished(result, error);
    if (m_closeWhenDone)
        QDialog::reject();
}

void FlashSaleDialog::showSummary(const FlashSaleResult &r)
{
    while (QLayoutItem *item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const auto number = [&locale](qint64 value) {
        return locale.toString(value);
    };
    const auto decimal = [&locale](double value, int decimals) {
        return locale.toString(value, 'f', decimals);
    };
    const QList<std::tuple<QString, QString, QString>> figures = {
        {QStringLiteral("sellThrough"), tr("Sell-through"),
         tr("%1 % (%2 of %3 sold)").arg(decimal(100 * r.sellThrough(), 1), number(r.sold), number(r.putOnSale))},
        {QStringLiteral("oversold"), tr("Oversold"),
         r.oversold() == 0 ? tr("0 — never more sold than was on sale")
                           : tr("%1 UNITS OVERSOLD — the ledger broke its rule").arg(number(r.oversold()))},
        {QStringLiteral("soldOut"), tr("Sold out after"),
         r.soldOutSeconds < 0 ? tr("never") : tr("%1 s").arg(decimal(r.soldOutSeconds, 1))},
        {QStringLiteral("returned"), tr("Returned by expiry"),
         tr("%1 (%2 abandoned, %3 paid too late)").arg(number(r.returned), number(r.abandoned), number(r.lateCommits))},
        {QStringLiteral("rate"), tr("Reservations"),
         tr("%1 /s (%2 calls/s with refusals)")
             .arg(decimal(r.reservationsPerSecond(), 0), decimal(r.reserveCallsPerSecond(), 0))},
        {QStringLiteral("latency"), tr("Reserve latency"),
         tr("p50 %1 ms, p99 %2 ms").arg(decimal(r.p50Ms, 1), decimal(r.p99Ms, 1))},
        {QStringLiteral("refusals"), tr("Refused (sold out)"), number(r.refusals)},
        {QStringLiteral("lockWaits"), tr("Lock waits"),
         tr("peak %1, mean %2 sessions waiting (pg_locks)")
             .arg(number(r.lockWaitersPeak), decimal(r.lockWaitersMean, 1))},
        {QStringLiteral("errors"), tr("Failed calls"),
         r.errors == 0 ? tr("none") : tr("%1 — first: %2").arg(number(r.errors), r.firstError)},
        {QStringLiteral("verify"), tr("Ledger check"),
         r.differences == 0 && r.accountingHolds() ? tr("consistent (api.verify), every unit accounted for")
                                                   : tr("%1 difference(s): not consistent").arg(number(r.differences))},
    };
    int at = 0;
    for (const auto &[name, label, value] : figures) {
        auto *key = new QLabel(label);
        auto *figure = new QLabel(value);
        figure->setObjectName(name);
        figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = figure->font();
        bold.setBold(true);
        figure->setFont(bold);
        if (name == u"oversold" && r.oversold() > 0)
            figure->setStyleSheet(QStringLiteral("color: #d55e00"));
        m_figures->addWidget(key, at / 2, (at % 2) * 2);
        m_figures->addWidget(figure, at / 2, (at % 2) * 2 + 1);
        ++at;
    }
    m_figures->setColumnStretch(1, 1);
    m_figures->setColumnStretch(3, 1);
    m_summary->show();
}

void FlashSaleDialog::closeEvent(QCloseEvent *event)
{
    if (m_run->isRunning()) {
        // The run stops first, so that its database is dropped; the dialog closes when it has.
        m_closeWhenDone = true;
        stop();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void FlashSaleDialog::reject()
{
    if (m_run->isRunning()) {
        m_closeWhenDone = true;
        stop();
        return;
    }
    QDialog::reject();
}

} // namespace Stockroom::Ui
