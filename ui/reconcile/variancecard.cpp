#include "variancecard.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QToolButton>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>
#include <reconcile/variancemodel.h>

namespace Stockroom::Ui {

using Models::VarianceModel;

VarianceCard::VarianceCard(VarianceModel *model, QWidget *parent)
    : ChartCard(tr("Variance by reason"), model, parent)
    , m_variance(model)
    , m_chart(makeChart())
    , m_bars(new QBarSeries(this))
    , m_barMapper(new QVBarModelMapper(this))
    , m_cumulative(new QLineSeries(this))
    , m_lineMapper(new QVXYModelMapper(this))
    , m_reasons(new QBarCategoryAxis(this))
    , m_amount(valueAxis(tr("Units moved"), QStringLiteral("%.0f")))
    , m_rank(new QValueAxis(this))
    , m_percent(valueAxis(tr("Cumulative (%)"), QStringLiteral("%.0f")))
    , m_units(new QToolButton(this))
    , m_value(new QToolButton(this))
{
    setObjectName(QStringLiteral("varianceCard"));
    m_units->setObjectName(QStringLiteral("varianceUnits"));
    m_value->setObjectName(QStringLiteral("varianceValue"));
    m_units->setText(tr("Units"));
    m_value->setText(tr("Value"));
    m_units->setToolTip(tr("Bars in units moved, either way"));
    m_value->setToolTip(tr("Bars in value at unit cost (SKUs without a unit cost count nothing)"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_units, m_value}) {
        button->setCheckable(true);
        button->setAutoRaise(false);
        group->addButton(button);
        tools()->addWidget(button);
    }
    m_units->setChecked(true);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *button, bool checked) {
        if (checked)
            m_variance->setMeasure(button == m_value ? VarianceModel::Measure::Value : VarianceModel::Measure::Units);
    });

    styleAxis(m_reasons);
    m_reasons->setTitleText(tr("Reason"));
    m_rank->setVisible(false);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(6);
    m_chart->addAxis(m_reasons, Qt::AlignBottom);
    m_chart->addAxis(m_rank, Qt::AlignBottom);
    m_chart->addAxis(m_amount, Qt::AlignLeft);
    m_chart->addAxis(m_percent, Qt::AlignRight);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_chart->addSeries(m_bars);
    m_bars->attachAxis(m_reasons);
    m_bars->attachAxis(m_amount);
    m_barMapper->setFirstRow(0);
    m_barMapper->setSeries(m_bars);
    m_barMapper->setModel(model);
    m_cumulative->setName(tr("Cumulative share"));
    m_cumulative->setPen(QPen(ChartPalette::cumulative(), 2));
    m_cumulative->setPointsVisible(true);
    m_cumulative->setMarkerSize(6);
    m_chart->addSeries(m_cumulative);
    m_cumulative->attachAxis(m_rank);
    m_cumulative->attachAxis(m_percent);
    m_lineMapper->setXColumn(VarianceModel::Rank);
    m_lineMapper->setYColumn(VarianceModel::Cumulative);
    m_lineMapper->setSeries(m_cumulative);
    m_lineMapper->setModel(model);
    showMeasure();

    // Bar sets are made anew each time the model resets: they take the palette's colour as they come.
    connect(m_bars, &QBarSeries::barsetsAdded, this, [](const QList<QBarSet *> &sets) {
        for (QBarSet *set : sets) {
            set->setColor(ChartPalette::varianceBars());
            set->setBorderColor(ChartPalette::varianceBars());
            set->setLabelColor(QColor(0x20, 0x20, 0x20));
        }
    });
    connect(m_bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) { requestLines(index); });
    connect(m_bars, &QBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showRowTip(state ? index : -1); });
    connect(m_cumulative, &QLineSeries::clicked, this,
            [this](const QPointF &point) { requestLines(int(std::lround(point.x())) - 1); });
    connect(m_cumulative, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showRowTip(state ? int(std::lround(point.x())) - 1 : -1); });
}

VarianceCard::~VarianceCard() = default;

void VarianceCard::showMeasure()
{
    const int column = m_variance->measureColumn();
    m_barMapper->setFirstBarSetColumn(column);
    m_barMapper->setLastBarSetColumn(column);
    const bool value = m_variance->measure() == VarianceModel::Measure::Value;
    m_amount->setTitleText(value ? tr("Value at unit cost") : tr("Units moved"));
    m_bars->setLabelsFormat(QStringLiteral("@value"));
    m_bars->setLabelsPrecision(value ? 8 : 12);
}

void VarianceCard::fitToSize()
{
    ChartCard::fitToSize();
    // The reasons slanted only when they do not fit side by side.
    const QFontMetrics metrics(m_reasons->labelsFont());
    int widest = 0;
    for (const QString &reason : m_reasons->categories())
        widest = qMax(widest, metrics.horizontalAdvance(reason));
    const qsizetype count = qMax<qsizetype>(1, m_reasons->count());
    const int room = (chartView()->width() - 140) / int(count);
    m_reasons->setLabelsAngle(widest + 12 > room ? -30 : 0);
}

QString VarianceCard::refresh()
{
    showMeasure();
    const int rows = m_variance->rowCount();
    QStringList reasons;
    double top = 0;
    for (int row = 0; row < rows; ++row) {
        reasons << m_variance->index(row, VarianceModel::Reason).data().toString().toHtmlEscaped();
        top = qMax(top, m_variance->index(row, m_variance->measureColumn()).data().toDouble());
    }
    m_reasons->setCategories(reasons);
    fitToSize();
    m_rank->setRange(0.5, qMax(1, rows) + 0.5);
    // Room above the highest bar for its label.
    setCountRange(m_amount, top * 1.12);
    for (QBarSet *set : m_bars->barSets()) {
        set->setColor(ChartPalette::varianceBars());
        set->setBorderColor(ChartPalette::varianceBars());
    }

    const QLocale locale;
    if (rows == 0) {
        setHeadline({});
        return tr("No adjustments or count variances %1.").arg(filterWords());
    }
    int vital = 0;
    for (int row = 0; row < rows; ++row) {
        ++vital;
        if (m_variance->index(row, VarianceModel::Cumulative).data().toDouble() >= 80)
            break;
    }
    const bool value = m_variance->measure() == VarianceModel::Measure::Value;
    QString headline = value ? tr("Value %1 at unit cost in %Ln movement(s)", nullptr, int(m_variance->movements()))
                                   .arg(locale.toString(m_variance->value(), 'f', 2))
                             : tr("%1 units moved in %Ln movement(s)", nullptr, int(m_variance->movements()))
                                   .arg(locale.toString(m_variance->units()));
    headline += tr("; %Ln reason(s) make 80 % of it", nullptr, vital);
    if (value && m_variance->unpriced() > 0)
        headline += u' ' + tr("(%Ln movement(s) of SKUs without a unit cost have no value)", nullptr,
                              int(m_variance->unpriced()));
    setHeadline(headline);
    if (value && m_variance->value() <= 0)
        return tr("None of these movements has a value: their SKUs have no unit cost. Set unit costs (Stock ▸ Edit "
                  "SKU…) or show the variance in units.");
    return {};
}

} // namespace Stockroom::Ui
