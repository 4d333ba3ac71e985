#pragma once

#include <QList>

#include <orders/orderrecords.h>
#include <workview.h>

class QLabel;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace Stockroom::Models {
class ReadThread;
}

namespace Stockroom::Ui {

class BoardSection;

// The order board: every state of the order machine, then the fulfillment and return machines, as tiles in
// machine order, each with how many are in it now, how long the oldest and the average have been there, and
// how many are stuck; a tile's colour is its oldest age against the state's time limit (BoardPalette).
// Clicking a tile, or Enter on it, asks for the orders in that state.
class OrderBoardView final : public WorkView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderBoardView)

public:
    explicit OrderBoardView(Models::ReadThread *reads, QWidget *parent = nullptr);
    ~OrderBoardView() override;

    // Reads the board again; an answer to an earlier request that arrives later is dropped.
    void reload();
    void activate() override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(const QSettings &settings) override;
    // "128 orders open, 7 stuck".
    QString summary() const override;

    const QList<Services::BoardCell> &cells() const { return m_cells; }

Q_SIGNALS:
    void stateClicked(const QString &machine, const QString &state);
    // A board was read and shown.
    void loaded();

private:
    void showCells(const QList<Services::BoardCell> &cells);

    Models::ReadThread *m_reads;
    quint64 m_request = 0;
    QList<Services::BoardCell> m_cells;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_updated;
    QList<BoardSection *> m_sections;
    QTimer *m_refresh;
};

} // namespace Stockroom::Ui
