#pragma once

#include <QList>
#include <QWidget>

#include <ledger/stockreader.h>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace Stockroom::Ui {

// Text (SKU, name or barcode), location, region and "below safety stock": what the stock table shows.
// Typing is debounced so a filter is asked for once the user pauses, not per key.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    Services::StockFilter filter() const;
    void setLocations(const QList<Services::LocationRef> &locations);
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *regionBox() const { return m_region; }
    QCheckBox *belowSafetyBox() const { return m_belowSafety; }

Q_SIGNALS:
    void filterChanged(const Stockroom::Services::StockFilter &filter);

private:
    void emitNow();

    QLineEdit *m_text;
    QComboBox *m_location;
    QComboBox *m_region;
    QCheckBox *m_belowSafety;
    QTimer *m_debounce;
};

} // namespace Stockroom::Ui
