#pragma once

#include <QDialog>
#include <QJsonObject>

#include <connection/connectionspec.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Stockroom::Ui {

class SheetEntryModel;

// "Enter from sheet": the counts written on a printed count sheet, typed back in. The session's SKUs in sheet order
// with a count column, keyboard first: type a number, Enter goes to the next row. Save records every filled row
// through api.count_record (a key per row, pinned to the position the sheet was printed at), off the GUI thread,
// and reports every row that failed at once; typed values stay, and saving again records only what is left.
class SheetEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetEntryDialog)

public:
    // sheet: api.count_sheet's result, the one that was printed (its positions pin the counts).
    SheetEntryDialog(const Services::ConnectionSpec &spec, const QJsonObject &sheet, QWidget *parent = nullptr);
    ~SheetEntryDialog() override;

    SheetEntryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Records the typed rows; saved() follows.
    void save();

Q_SIGNALS:
    // After a save: how many rows were recorded, how many failed.
    void saved(int recorded, int failed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveDown();
    void updateButtons();

    Services::ConnectionSpec m_spec;
    SheetEntryModel *m_model;
    QTableView *m_table;
    QLineEdit *m_area;
    QLabel *m_message;
    QPushButton *m_save;
    bool m_saving = false;
};

} // namespace Stockroom::Ui
