#include "discrepancycard.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <reconcile/dashboardwords.h>
#include <reconcile/discrepancymodel.h>

namespace Stockroom::Ui {

using Models::DiscrepancyModel;

DiscrepancyCard::DiscrepancyCard(DiscrepancyModel *model, QWidget *parent)
    : ChartCard(tr("Open discrepancies by age"), model, parent)
    , m_discrepancies(model)
    , m_chart(makeChart())
    , m_bars(new QStackedBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_ages(new QBarCategoryAxis(this))
    , m_items(valueAxis(tr("Open items (count)"), QStringLiteral("%.0f")))
{
    setObjectName(QStringLiteral("discrepancyCard"));
    styleAxis(m_ages);
    m_ages->setTitleText(tr("Open for (days)"));
    QStringList ages;
    for (int bucket = 0; bucket < DiscrepancyModel::BucketCount; ++bucket)
        ages << Models::DashboardWords::ageBucket(bucket).toHtmlEscaped(); // axis labels are rich text
    m_ages->setCategories(ages);
    m_chart->addAxis(m_ages, Qt::AlignBottom);
    m_chart->addAxis(m_items, Qt::AlignLeft);
    m_bars->setBarWidth(0.6);
    m_chart->addSeries(m_bars);
    m_bars->attachAxis(m_ages);
    m_bars->attachAxis(m_items);
    m_mapper->setFirstBarSetColumn(DiscrepancyModel::SnapshotVariances);
    m_mapper->setLastBarSetColumn(DiscrepancyModel::CountsPending);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_bars);
    m_mapper->setModel(model);
    connect(m_bars, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *set) {
        const int column = DiscrepancyModel::SnapshotVariances + int(m_bars->barSets().indexOf(set));
        Q_EMIT linesRequested(index, m_discrepancies->linesFor(index, column));
    });
    connect(m_bars, &QStackedBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showRowTip(state ? index : -1); });
}

DiscrepancyCard::~DiscrepancyCard() = default;

QString DiscrepancyCard::refresh()
{
    const QList<QBarSet *> sets = m_bars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor colour =
            ChartPalette::discrepancy(DiscrepancyModel::kindOf(DiscrepancyModel::SnapshotVariances + i));
        sets.at(i)->setColor(colour);
        sets.at(i)->setBorderColor(colour);
    }
    double highest = 0;
    for (int row = 0; row < m_discrepancies->rowCount(); ++row)
        highest = qMax(highest, m_discrepancies->index(row, DiscrepancyModel::Total).data().toDouble());
    setCountRange(m_items, highest);

    const QLocale locale;
    const qint64 open = m_discrepancies->open();
    if (open == 0) {
        setHeadline({});
        return tr("Nothing is open: no snapshot variance waits for approval, no drift finding is open and no counted "
                  "line waits for a decision%1.")
            .arg(m_discrepancies->filter().location.isEmpty() && m_discrepancies->filter().region.isEmpty()
                     ? QString()
                     : tr(" here"));
    }
    QString headline = tr("%Ln open as of now", nullptr, int(open));
    if (const qint64 old = m_discrepancies->olderThanAWeek(); old > 0)
        headline += tr("; %Ln open for a week or more", nullptr, int(old));
    setHeadline(headline);
    return {};
}

} // namespace Stockroom::Ui
