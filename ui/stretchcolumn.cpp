#include "stretchcolumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace Stockroom::Ui {

StretchColumn::StretchColumn(QTableView *table, int column, int minimum)
    : QObject(table)
    , m_table(table)
    , m_column(column)
    , m_minimum(minimum)
{
    table->viewport()->installEventFilter(this);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != m_column)
            fit();
    });
    fit();
}

void StretchColumn::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != m_column && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    const int width = qMax(m_minimum, m_table->viewport()->width() - others);
    if (header->sectionSize(m_column) != width)
        header->resizeSection(m_column, width);
}

bool StretchColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace Stockroom::Ui
