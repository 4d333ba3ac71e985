#include "accuracycard.h"

#include "chartpalette.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>
#include <reconcile/accuracymodel.h>
#include <reconcile/dashboardwords.h>

namespace Stockroom::Ui {

using Models::AccuracyModel;

namespace {

const QStringList kClasses = {QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
constexpr double Target = 95.0;
constexpr double BestInClass = 99.0;

QLineSeries *referenceLine(const QString &name, const QColor &colour)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(colour, 1.5, Qt::DashLine);
    line->setPen(pen);
    return line;
}

} // namespace

AccuracyCard::AccuracyCard(AccuracyModel *model, QWidget *parent)
    : ChartCard(tr("Inventory record accuracy"), model, parent)
    , m_accuracy(model)
    , m_chart(makeChart())
    , m_x(dateAxis())
    , m_y(valueAxis(tr("Accuracy (%)"), QStringLiteral("%.0f")))
    , m_target(referenceLine(tr("Target %1 %").arg(QLocale().toString(Target, 'f', 0)), ChartPalette::target()))
    , m_best(referenceLine(tr("Best in class %1 %").arg(QLocale().toString(BestInClass, 'f', 0)),
                           ChartPalette::bestInClass()))
{
    setObjectName(QStringLiteral("accuracyCard"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_y->setRange(0, 100);
    for (int i = 0; i < kClasses.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(i == 0 ? tr("All classes") : tr("Class %1").arg(kClasses.at(i)));
        QPen pen(ChartPalette::abcClass(kClasses.at(i)), i == 0 ? 3 : 2);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(i == 0 ? 8 : 6);
        // The class's rows, in the model's order.
        auto *rows = new QSortFilterProxyModel(this);
        rows->setFilterKeyColumn(AccuracyModel::Class);
        rows->setFilterRole(AccuracyModel::RawValueRole);
        rows->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(kClasses.at(i)))));
        rows->setSourceModel(model);
        auto *mapper = new QVXYModelMapper(this);
        mapper->setXColumn(AccuracyModel::Period);
        mapper->setYColumn(AccuracyModel::Accuracy);
        mapper->setSeries(series);
        mapper->setModel(rows);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        connect(series, &QLineSeries::clicked, this,
                [this, i](const QPointF &point) { requestLines(rowAt(i, point.x())); });
        connect(series, &QLineSeries::hovered, this,
                [this, i](const QPointF &point, bool state) { showRowTip(state ? rowAt(i, point.x()) : -1); });
        m_series.append(series);
        m_classes.append(rows);
        m_mappers.append(mapper);
    }
    for (QLineSeries *line : {m_target, m_best}) {
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
    }
}

AccuracyCard::~AccuracyCard() = default;

QLineSeries *AccuracyCard::series(const QString &abcClass) const
{
    const qsizetype at = kClasses.indexOf(abcClass);
    return at < 0 ? nullptr : m_series.at(at);
}

int AccuracyCard::rowAt(int series, qreal x) const
{
    const QSortFilterProxyModel *rows = m_classes.at(series);
    int best = -1;
    qreal distance = 0;
    for (int proxyRow = 0; proxyRow < rows->rowCount(); ++proxyRow) {
        const int row = rows->mapToSource(rows->index(proxyRow, 0)).row();
        const qreal at = m_accuracy->index(row, AccuracyModel::Period).data().toDate().startOfDay().toMSecsSinceEpoch();
        if (best < 0 || std::abs(at - x) < distance) {
            best = row;
            distance = std::abs(at - x);
        }
    }
    return best;
}

QString AccuracyCard::refresh()
{
    for (int i = 0; i < kClasses.size(); ++i) {
        const int count = m_classes.at(i)->rowCount();
        m_series.at(i)->setVisible(count > 0);
        for (QLegendMarker *marker : m_chart->legend()->markers(m_series.at(i)))
            marker->setVisible(count > 0);
    }
    setDateRange(m_x);
    double lowest = 100;
    for (int row = 0; row < m_accuracy->rowCount(); ++row)
        lowest = qMin(lowest, m_accuracy->index(row, AccuracyModel::Accuracy).data().toDouble());
    // The reference lines stay in view; a low figure widens the scale in steps of ten.
    double bottom = qBound(0.0, std::floor((lowest - 5) / 10) * 10, 90.0);
    if (bottom < 50)
        bottom = 0;
    m_y->setRange(bottom, 100);
    m_y->setTickCount(bottom == 0 ? 6 : qMax(3, int(100 - bottom) / 10 + 1));
    const qreal from = m_x->min().toMSecsSinceEpoch();
    const qreal to = m_x->max().toMSecsSinceEpoch();
    m_target->replace({{from, Target}, {to, Target}});
    m_best->replace({{from, BestInClass}, {to, BestInClass}});

    const QLocale locale;
    if (m_accuracy->counted() == 0) {
        setHeadline({});
        return tr("No counted lines were decided %1: accuracy appears once a count session is submitted and its lines "
                  "are reviewed.")
            .arg(filterWords());
    }
    const QString who = m_accuracy->filter().abcClass.isEmpty()
                            ? QString()
                            : Models::DashboardWords::abcClass(m_accuracy->filter().abcClass) + QStringLiteral(": ");
    const double accuracy = m_accuracy->accuracy();
    const QString verdict = accuracy >= BestInClass ? tr("best in class")
                            : accuracy >= Target    ? tr("on target")
                                                    : tr("below the 95 % target");
    setHeadline(tr("%1%2 % of %3 counted lines within tolerance — %4")
                    .arg(who, locale.toString(accuracy, 'f', 1), locale.toString(m_accuracy->counted()), verdict));
    return {};
}

} // namespace Stockroom::Ui
