#include "shrinkagecard.h"

#include "chartpalette.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>
#include <reconcile/shrinkagemodel.h>

namespace Stockroom::Ui {

using Models::ShrinkageModel;

ShrinkageCard::ShrinkageCard(ShrinkageModel *model, QWidget *parent)
    : ChartCard(tr("Shrinkage"), model, parent)
    , m_shrinkage(model)
    , m_chart(makeChart())
    , m_x(dateAxis())
    , m_y(valueAxis(tr("Units lost (% of units sold)"), QStringLiteral("%.1f")))
    , m_line(new QLineSeries(this))
    , m_mapper(new QVXYModelMapper(this))
{
    setObjectName(QStringLiteral("shrinkageCard"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_chart->legend()->hide();
    m_line->setName(tr("Shrinkage"));
    m_line->setPen(QPen(ChartPalette::shrinkage(), 2.5));
    m_line->setPointsVisible(true);
    m_line->setMarkerSize(7);
    m_chart->addSeries(m_line);
    m_line->attachAxis(m_x);
    m_line->attachAxis(m_y);
    m_mapper->setXColumn(ShrinkageModel::Period);
    m_mapper->setYColumn(ShrinkageModel::Shrinkage);
    m_mapper->setSeries(m_line);
    m_mapper->setModel(model);
    connect(m_line, &QLineSeries::clicked, this, [this](const QPointF &point) { requestLines(rowAt(point.x())); });
    connect(m_line, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showRowTip(state ? rowAt(point.x()) : -1); });
}

ShrinkageCard::~ShrinkageCard() = default;

int ShrinkageCard::rowAt(qreal x) const
{
    int best = -1;
    qreal distance = 0;
    for (int row = 0; row < m_shrinkage->rowCount(); ++row) {
        const qreal at =
            m_shrinkage->index(row, ShrinkageModel::Period).data().toDate().startOfDay().toMSecsSinceEpoch();
        if (best < 0 || std::abs(at - x) < distance) {
            best = row;
            distance = std::abs(at - x);
        }
    }
    return best;
}

QString ShrinkageCard::refresh()
{
    setDateRange(m_x);
    const double highest = m_shrinkage->highest();
    // 1, 2 or 5 times a power of ten above the highest period, and never under 1 %.
    double top = 1;
    while (top < highest * 1.1) {
        const double next = top * (QString::number(top).startsWith(u'2') ? 2.5 : 2);
        top = next;
    }
    m_y->setRange(0, top);
    m_y->setTickCount(6);
    m_y->setLabelFormat(top <= 2 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));

    const QLocale locale;
    if (m_shrinkage->rowCount() == 0) {
        setHeadline({});
        if (m_shrinkage->lost() > 0)
            return tr("No units were sold %1, so there is no share to show: shrinkage is units lost (here %2) as a "
                      "share of units sold.")
                .arg(filterWords(), locale.toString(m_shrinkage->lost()));
        return tr("No units were sold or lost %1.").arg(filterWords());
    }
    setHeadline(tr("%1 % shrinkage: %2 units lost of %3 sold")
                    .arg(locale.toString(m_shrinkage->shrinkage(), 'f', 2), locale.toString(m_shrinkage->lost()),
                         locale.toString(m_shrinkage->sold())),
                tr("Units lost: adjustments for lost, stolen, expired and scrapped stock, and counts that found less "
                   "than the ledger; as a share of the units sold in the same days."));
    return {};
}

} // namespace Stockroom::Ui
