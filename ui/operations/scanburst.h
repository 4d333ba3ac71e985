#pragma once

#include <QElapsedTimer>
#include <QObject>

class QLineEdit;

namespace Stockroom::Ui {

// Tells a barcode scanner from a person in a line edit. A scanner types as a keyboard: a burst of
// characters much faster than anyone types, then Enter. When Enter ends such a burst, or the text is a
// barcode by its check digit (EAN-8, UPC-A, EAN-13, GTIN-14), the Enter is swallowed and scanned() emitted
// instead, so a barcode scanned into a quantity field can never be taken for a quantity.
class ScanBurst final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanBurst)

public:
    explicit ScanBurst(QLineEdit *edit);

    static bool isBarcode(const QString &text);

    static constexpr int MinimumLength = 6;
    static constexpr qint64 MaximumMsPerKey = 30;

Q_SIGNALS:
    void scanned(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QElapsedTimer m_burst; // since the first key of the current burst
    qint64 m_lastKeyMs = 0;
    int m_keys = 0;
};

} // namespace Stockroom::Ui
