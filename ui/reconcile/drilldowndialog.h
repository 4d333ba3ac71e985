#pragma once

#include <QDialog>

#include <reconcile/dashboardrecords.h>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Stockroom::Models {
class DashboardLinesModel;
class DashboardModel;
class ReadThread;
} // namespace Stockroom::Models

namespace Stockroom::Ui {

// What is behind a chart: on top its figures (the chart's own model, the rows the chart draws), below the lines
// behind the figure chosen — the counted lines, movements, stock rows, counts or snapshot lines — with the
// dashboard's filters. Choosing another figure (mouse or keyboard) shows its lines; none chosen shows all of them.
// A live update of the chart reads both again and keeps the choice.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    DrillDownDialog(Models::ReadThread *reads, const QString &title, Models::DashboardModel *figures,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // Shows the lines of request, with its figure (row) chosen, or none for row < 0.
    void showLines(int row, const Services::LinesRequest &request);

    QTableView *figuresTable() const { return m_figuresTable; }
    QTableView *linesTable() const { return m_linesTable; }
    Models::DashboardLinesModel *lines() const { return m_lines; }
    QString what() const;

    // In words: "Movements with reason Lost, 1 May – 30 May 2025, at ST-B".
    static QString describe(const Services::LinesRequest &request);

private:
    void onFigureChosen();
    void onFiguresReset();
    void onLinesLoaded();
    void selectRow(int row);

    Models::DashboardModel *m_figures;
    Models::DashboardLinesModel *m_lines;
    QSortFilterProxyModel *m_figuresProxy;
    QSortFilterProxyModel *m_linesProxy;
    QTableView *m_figuresTable;
    QTableView *m_linesTable;
    QLabel *m_what;
    QLabel *m_count;
    QLabel *m_empty;
    Services::LinesRequest m_request;
    bool m_choosing = false;
};

} // namespace Stockroom::Ui
