#pragma once

class QLabel;
class QTableView;

namespace Stockroom::Ui {

// How every list of records in the app looks and behaves: whole rows selected, read-only, alternating rows,
// one line per row at the font's height, no row numbers.
void setUpRecordTable(QTableView *table);

// A label over the table's empty viewport that says why it is empty; hidden until the caller shows it.
QLabel *addEmptyState(QTableView *table);

} // namespace Stockroom::Ui
