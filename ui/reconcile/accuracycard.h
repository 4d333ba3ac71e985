#pragma once

#include "chartcard.h"

#include <QList>

class QDateTimeAxis;
class QLineSeries;
class QSortFilterProxyModel;
class QVXYModelMapper;

namespace Stockroom::Models {
class AccuracyModel;
}

namespace Stockroom::Ui {

// Inventory record accuracy over time: a line per ABC class and one for every class together (each the model's rows
// of its class, through a filter, read by its own QVXYModelMapper), against the industry's target of 95 % and best in
// class, 99 %.
// Clicking a point opens the counted lines of that period and class.
class AccuracyCard final : public ChartCard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccuracyCard)

public:
    explicit AccuracyCard(Models::AccuracyModel *model, QWidget *parent = nullptr);
    ~AccuracyCard() override;

    // The series of a class ("" for every class together).
    QLineSeries *series(const QString &abcClass) const;

protected:
    QString refresh() override;

private:
    // The model row of a point of series index, nearest to x.
    int rowAt(int series, qreal x) const;

    Models::AccuracyModel *m_accuracy;
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series;
    QList<QSortFilterProxyModel *> m_classes;
    QList<QVXYModelMapper *> m_mappers;
    QLineSeries *m_target;
    QLineSeries *m_best;
};

} // namespace Stockroom::Ui
