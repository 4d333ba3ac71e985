#include "chartcard.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <reconcile/dashboardmodel.h>

namespace Stockroom::Ui {

using Models::DashboardModel;

ChartCard::ChartCard(const QString &title, DashboardModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_title(new QLabel(title, this))
    , m_headline(new QLabel(this))
    , m_busy(new QLabel(tr("Reading…"), this))
    , m_empty(new QLabel(this))
    , m_tools(new QHBoxLayout)
    , m_actions(new QWidget(this))
    , m_lines(new QPushButton(tr("Lines…"), m_actions))
    , m_export(new QToolButton(m_actions))
    , m_body(new QStackedWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_headline->setObjectName(QStringLiteral("cardHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("cardBusy"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();
    m_empty->setObjectName(QStringLiteral("cardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(16);
    m_empty->setText(tr("Reading the ledger…"));
    m_body->addWidget(m_empty);

    m_lines->setObjectName(QStringLiteral("cardLines"));
    m_lines->setToolTip(tr("The lines behind this chart, with the dashboard's filters"));
    m_lines->setAutoDefault(false);
    m_export->setObjectName(QStringLiteral("cardExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save this chart as a picture (PNG) or a PDF"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    connect(menu->addAction(tr("As PNG picture…")), &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    connect(menu->addAction(tr("As PDF…")), &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(QStringLiteral("pdf")); });
    m_export->setMenu(menu);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addLayout(m_tools);
    actions->addWidget(m_lines);
    actions->addWidget(m_export);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_busy);
    header->addStretch();
    header->addWidget(m_actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_headline);
    layout->addWidget(m_body, 1);
    setMinimumHeight(300);

    connect(m_lines, &QPushButton::clicked, this, [this] { requestLines(-1); });
    // After an answer, and when the model sorts its rows again (the units/value switch).
    connect(model, &DashboardModel::loaded, this, &ChartCard::onLoaded);
    connect(model, &DashboardModel::modelReset, this, &ChartCard::onLoaded);
    connect(model, &DashboardModel::loadingChanged, this, &ChartCard::onLoading);
}

ChartCard::~ChartCard() = default;

QString ChartCard::title() const
{
    return m_title->text();
}

QString ChartCard::headline() const
{
    return m_headline->text();
}

QString ChartCard::emptyText() const
{
    return m_body->currentWidget() == m_empty ? m_empty->text() : QString();
}

bool ChartCard::isShowingChart() const
{
    return m_body->currentWidget() != m_empty;
}

void ChartCard::setExporting(bool exporting)
{
    // Hidden by their look, not by hide(): the layout keeps its place, so the chart is drawn at the size it has.
    for (QWidget *widget : m_actions->findChildren<QWidget *>())
        widget->setVisible(!exporting);
    m_busy->setVisible(!exporting && m_model->isLoading());
}

QChart *ChartCard::makeChart()
{
    auto *chart = new QChart;
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    chart->setLocalizeNumbers(true);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(chart, this);
    m_view->setBackgroundBrush(palette().brush(QPalette::Base));
    m_view->setObjectName(QStringLiteral("cardChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(200);
    // The mouse's way in; the keyboard's is "Lines…" (the chart's figures, then the lines behind one).
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setAccessibleName(title());
    setContent(m_view);
    return chart;
}

void ChartCard::setContent(QWidget *content)
{
    m_body->addWidget(content);
}

void ChartCard::setHeadline(const QString &text, const QString &tip)
{
    m_headline->setText(text);
    m_headline->setToolTip(tip);
    if (m_view)
        m_view->setAccessibleDescription(text);
}

void ChartCard::styleAxis(QAbstractAxis *axis) const
{
    axis->setLabelsColor(palette().color(QPalette::Text));
    axis->setTitleBrush(palette().brush(QPalette::Text));
    axis->setGridLineColor(palette().color(QPalette::Midlight));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axis->setLabelsFont(small);
    axis->setTitleFont(small);
}

QValueAxis *ChartCard::valueAxis(const QString &title, const QString &format)
{
    auto *axis = new QValueAxis(this);
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    styleAxis(axis);
    return axis;
}

void ChartCard::setCountRange(QValueAxis *axis, double highest)
{
    double top = 5;
    while (top < highest) {
        const double power = std::pow(10.0, std::floor(std::log10(top)));
        top = top / power < 2 ? 2 * power : top / power < 5 ? 5 * power : 10 * power;
    }
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(top / 5);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QDateTimeAxis *ChartCard::dateAxis()
{
    auto *axis = new QDateTimeAxis(this);
    styleAxis(axis);
    return axis;
}

void ChartCard::setDateRange(QDateTimeAxis *axis)
{
    const Services::DashboardFilter &filter = m_model->filter();
    if (!filter.from.isValid() || !filter.to.isValid())
        return;
    axis->setRange(filter.from.startOfDay(), filter.to.addDays(1).startOfDay());
    switch (filter.period()) {
    case Services::DashboardFilter::Period::Day:
        axis->setTitleText(tr("Day"));
        axis->setFormat(QStringLiteral("d MMM"));
        break;
    case Services::DashboardFilter::Period::Week:
        axis->setTitleText(tr("Week (from Monday)"));
        axis->setFormat(QStringLiteral("d MMM"));
        break;
    case Services::DashboardFilter::Period::Month:
        axis->setTitleText(tr("Month"));
        axis->setFormat(QStringLiteral("MMM yyyy"));
        break;
    }
    fitToSize();
}

void ChartCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitToSize();
}

void ChartCard::fitToSize()
{
    if (!m_view)
        return;
    // About one date per 100 pixels.
    for (QAbstractAxis *axis : m_view->chart()->axes()) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            dates->setTickCount(qBound(3, m_view->width() / 100, 9));
    }
}

void ChartCard::showRowTip(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this);
}

void ChartCard::requestLines(int row)
{
    Q_EMIT linesRequested(row, m_model->linesFor(row));
}

QString ChartCard::filterWords() const
{
    const Services::DashboardFilter &filter = m_model->filter();
    const QLocale locale;
    QString where;
    if (!filter.location.isEmpty())
        where = tr(" at %1").arg(filter.location);
    else if (!filter.region.isEmpty())
        where = tr(" in region %1").arg(filter.region);
    return tr("between %1 and %2%3")
        .arg(locale.toString(filter.from, QLocale::ShortFormat), locale.toString(filter.to, QLocale::ShortFormat),
             where);
}

void ChartCard::onLoading(bool loading)
{
    m_busy->setVisible(loading);
}

void ChartCard::onLoaded()
{
    QString why;
    switch (m_model->state()) {
    case DashboardModel::State::Denied:
        // The dashboard checks the role before it reads: this is a view the login was not given.
        why = tr("Could not read this chart: %1").arg(m_model->errorText());
        setHeadline({});
        break;
    case DashboardModel::State::Failed:
        why = tr("Could not read the ledger: %1").arg(m_model->errorText());
        setHeadline({});
        break;
    case DashboardModel::State::Idle:
    case DashboardModel::State::Loading:
    case DashboardModel::State::Ready:
        why = refresh();
        break;
    }
    m_lines->setEnabled(m_model->state() == DashboardModel::State::Ready);
    if (why.isEmpty() && m_body->count() > 1) {
        m_body->setCurrentIndex(1);
    } else {
        m_empty->setText(why);
        m_body->setCurrentWidget(m_empty);
    }
}

} // namespace Stockroom::Ui
