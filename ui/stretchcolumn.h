#pragma once

#include <QObject>

class QTableView;

namespace Stockroom::Ui {

// Lets one column (a name) take the width the others leave, but never less than minimum: when the window is
// too narrow for every column at its width, that column keeps its minimum and the table scrolls sideways
// instead of squeezing it to nothing (QHeaderView's Stretch alone shrinks it below its own title).
class StretchColumn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StretchColumn)

public:
    StretchColumn(QTableView *table, int column, int minimum);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_table;
    int m_column;
    int m_minimum;
};

} // namespace Stockroom::Ui
