#include "coveragecard.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <reconcile/coveragemodel.h>

namespace Stockroom::Ui {

using Models::CoverageModel;

CoverageCard::CoverageCard(CoverageModel *model, QWidget *parent)
    : ChartCard(tr("Count coverage"), model, parent)
    , m_coverage(model)
    , m_chart(makeChart())
    , m_bars(new QBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_classes(new QBarCategoryAxis(this))
    , m_share(valueAxis(tr("Counted within interval (%)"), QStringLiteral("%.0f")))
{
    setObjectName(QStringLiteral("coverageCard"));
    styleAxis(m_classes);
    m_classes->setTitleText(tr("ABC class · count interval"));
    // Room above a full bar for its label; ticks every 20 % from 0 to 100.
    m_share->setRange(0, 112);
    m_share->setTickType(QValueAxis::TicksDynamic);
    m_share->setTickAnchor(0);
    m_share->setTickInterval(20);
    m_chart->addAxis(m_classes, Qt::AlignBottom);
    m_chart->addAxis(m_share, Qt::AlignLeft);
    m_chart->legend()->hide();
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(tr("@value %"));
    m_bars->setBarWidth(0.6);
    m_chart->addSeries(m_bars);
    m_bars->attachAxis(m_classes);
    m_bars->attachAxis(m_share);
    m_mapper->setFirstBarSetColumn(CoverageModel::Share);
    m_mapper->setLastBarSetColumn(CoverageModel::Share);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_bars);
    m_mapper->setModel(model);
    connect(m_bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) { requestLines(index); });
    connect(m_bars, &QBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showRowTip(state ? index : -1); });
}

CoverageCard::~CoverageCard() = default;

QString CoverageCard::refresh()
{
    QStringList classes;
    for (int row = 0; row < m_coverage->rowCount(); ++row)
        classes << m_coverage->label(row).toHtmlEscaped();
    m_classes->setCategories(classes);
    for (QBarSet *set : m_bars->barSets()) {
        set->setColor(ChartPalette::coverage());
        set->setBorderColor(ChartPalette::coverage());
        set->setLabelColor(palette().color(QPalette::Text));
    }
    const QLocale locale;
    if (m_coverage->rowsTotal() == 0) {
        setHeadline({});
        const QString where =
            m_coverage->filter().location.isEmpty() && m_coverage->filter().region.isEmpty() ? QString() : tr(" here");
        return tr("No stock rows%1 to count: coverage is the share of stock rows counted within their class's "
                  "interval.")
            .arg(where);
    }
    const double share = 100.0 * double(m_coverage->countedTotal()) / double(m_coverage->rowsTotal());
    setHeadline(tr("%1 of %2 stock rows (%3 %) counted within their class's interval, as of now")
                    .arg(locale.toString(m_coverage->countedTotal()), locale.toString(m_coverage->rowsTotal()),
                         locale.toString(share, 'f', 1)));
    return {};
}

} // namespace Stockroom::Ui
