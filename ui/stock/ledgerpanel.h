#pragma once

#include <QWidget>

#include <ledger/stockreader.h>

class QLabel;
class QTableView;

namespace Stockroom::Models {
class MovementModel;
}

namespace Stockroom::Ui {

// The selected stock row's balances and its recent ledger movements: who, when, why.
class LedgerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerPanel)

public:
    explicit LedgerPanel(Models::MovementModel *model, QWidget *parent = nullptr);
    ~LedgerPanel() override;

    // Shows row (nullptr: nothing selected); reloads the movements when the row changed version.
    void showRow(const Services::StockRow *row);
    // The shown SKU's buckets summed over every location.
    void showSkuTotals(const QString &sku, const Services::StockTotals &totals);
    QTableView *view() const { return m_view; }

private:
    Models::MovementModel *m_model;
    QLabel *m_title;
    QLabel *m_balances;
    QLabel *m_totals;
    QTableView *m_view;
    QString m_key;
    qint64 m_version = -1;
};

} // namespace Stockroom::Ui
