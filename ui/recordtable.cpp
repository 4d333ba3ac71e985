#include "recordtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Stockroom::Ui {

void setUpRecordTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setHighlightSections(false);
}

QLabel *addEmptyState(QTableView *table)
{
    auto *empty = new QLabel(table->viewport());
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->hide();
    auto *layout = new QVBoxLayout(table->viewport());
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(empty);
    return empty;
}

} // namespace Stockroom::Ui
