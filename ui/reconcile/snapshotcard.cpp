#include "snapshotcard.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <reconcile/dashboardwords.h>
#include <reconcile/snapshotmodel.h>

namespace Stockroom::Ui {

using Models::SnapshotModel;

SnapshotCard::SnapshotCard(SnapshotModel *model, QWidget *parent)
    : ChartCard(tr("Snapshot reconciliation"), model, parent)
    , m_snapshot(model)
    , m_chart(makeChart())
    , m_bars(new QHorizontalBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_classes(new QBarCategoryAxis(this))
    , m_lines(valueAxis(tr("Lines (count)"), QStringLiteral("%.0f")))
    , m_chooser(new QComboBox(this))
{
    setObjectName(QStringLiteral("snapshotCard"));
    m_chooser->setObjectName(QStringLiteral("snapshotChooser"));
    m_chooser->setToolTip(tr("Which snapshot: the newest, or an older one"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chooser->setMaximumWidth(260);
    tools()->addWidget(m_chooser);
    connect(m_chooser, &QComboBox::activated, this,
            [this](int index) { m_snapshot->setSnapshot(m_chooser->itemData(index).toLongLong()); });

    styleAxis(m_classes);
    m_classes->setTitleText(tr("Class"));
    QStringList classes;
    for (int row = 0; row < 5; ++row)
        classes << Models::DashboardWords::snapshotClass(SnapshotModel::classOf(row)).toHtmlEscaped();
    m_classes->setCategories(classes);
    m_chart->addAxis(m_classes, Qt::AlignLeft);
    m_chart->addAxis(m_lines, Qt::AlignBottom);
    m_chart->legend()->hide();
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_bars->setLabelsFormat(QStringLiteral("@value"));
    m_bars->setBarWidth(0.6);
    m_chart->addSeries(m_bars);
    m_bars->attachAxis(m_classes);
    m_bars->attachAxis(m_lines);
    m_mapper->setFirstBarSetColumn(SnapshotModel::Lines);
    m_mapper->setLastBarSetColumn(SnapshotModel::Lines);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_bars);
    m_mapper->setModel(model);
    connect(m_bars, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) { requestLines(index); });
    connect(m_bars, &QHorizontalBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showRowTip(state ? index : -1); });
}

SnapshotCard::~SnapshotCard() = default;

QString SnapshotCard::refresh()
{
    const QLocale locale;
    {
        const QSignalBlocker quiet(m_chooser);
        m_chooser->clear();
        for (const Services::SnapshotInfo &info : m_snapshot->snapshots())
            m_chooser->addItem(tr("%1 · %2 as of %3")
                                   .arg(QString::number(info.id), info.source,
                                        locale.toString(info.asOf.toLocalTime(), QLocale::ShortFormat)),
                               info.id);
        m_chooser->setCurrentIndex(m_chooser->findData(m_snapshot->snapshot()));
        m_chooser->setVisible(m_chooser->count() > 1);
    }
    for (QBarSet *set : m_bars->barSets()) {
        set->setColor(ChartPalette::snapshotLines());
        set->setBorderColor(ChartPalette::snapshotLines());
        set->setLabelColor(palette().color(QPalette::Text));
    }
    double highest = 0;
    for (int row = 0; row < m_snapshot->rowCount(); ++row)
        highest = qMax(highest, m_snapshot->index(row, SnapshotModel::Lines).data().toDouble());
    setCountRange(m_lines, highest * 1.15);

    if (m_snapshot->snapshot() == 0) {
        setHeadline({});
        return tr("No snapshot imported yet: import a stock file from the ERP or the warehouse system (File ▸ Import "
                  "stock snapshot…) to see how it matches the ledger.");
    }
    const Services::SnapshotInfo info = m_snapshot->current();
    QString headline =
        tr("%1 as of %2: %Ln true variance(s)", nullptr, int(m_snapshot->linesOf(QStringLiteral("variance"))))
            .arg(info.source, locale.toString(info.asOf.toLocalTime(), QLocale::ShortFormat));
    if (info.proposed > 0)
        headline += tr(", %Ln to approve", nullptr, int(info.proposed));
    setHeadline(headline, tr("Snapshot %1 (%2), %3, imported by %4: %Ln line(s)", nullptr, int(info.lineCount))
                              .arg(QString::number(info.id), info.fileName,
                                   Models::DashboardWords::snapshotState(info.state).toLower(), info.importedBy));
    if (m_snapshot->lines() == 0)
        return tr("Snapshot %1 has no lines %2.")
            .arg(QString::number(info.id), m_snapshot->filter().location.isEmpty()
                                               ? tr("in region %1").arg(m_snapshot->filter().region)
                                               : tr("at %1").arg(m_snapshot->filter().location));
    return {};
}

} // namespace Stockroom::Ui
