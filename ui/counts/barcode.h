#pragma once

// Barcodes drawn by the app itself, for printed count sheets: Code 128 (code set B, any printable ASCII, with its
// mod-103 check symbol) and EAN-13 (with its check digit verified). Encoding gives the modules as a string of '1'
// (bar) and '0' (space), without quiet zones; paint() draws them, merging neighbouring bar modules into one bar.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QRectF;

namespace Stockroom::Ui::Barcode {

enum class Symbology
{
    Code128,
    Ean13,
};

// The symbol values of text in Code 128 B: start B (104), one value per character (its code − 32), the check
// value ((104 + Σ position × value) mod 103) and stop (106). Empty when a character is not printable ASCII.
QList<int> code128Values(const QString &text);
// Bar and space widths of one Code 128 symbol value (0-106), e.g. "211214" for start B; the stop has 7.
QString code128Widths(int value);
// The modules of text in Code 128 B; empty when it cannot be encoded.
QString code128(const QString &text);

// Thirteen digits whose last is the right check digit.
bool isEan13(const QString &digits);
// The modules of an EAN-13 (95: guards, six left digits in L/G parity set by the first digit, six right digits);
// empty unless isEan13().
QString ean13(const QString &digits);

// What to print for one SKU: an EAN-13 of its first barcode that is one, else Code 128 of the SKU code.
struct Symbol
{
    Symbology symbology = Symbology::Code128;
    QString text;       // what it encodes, printed under the bars
    QString modules;    // '1' bar, '0' space
    int quietLeft = 10; // modules of white needed before and after
    int quietRight = 10;
    double moduleMm = 0.3; // narrowest bar: 0.3 mm for Code 128, 0.33 mm (nominal) for EAN-13

    double widthMm() const { return (quietLeft + modules.size() + quietRight) * moduleMm; }
};
std::optional<Symbol> symbolFor(const QString &sku, const QStringList &barcodes);

// Fills the bars of modules into rect (left to right, full height); rect's width is modules.size() × module width.
void paint(QPainter &painter, const QRectF &rect, const QString &modules);

} // namespace Stockroom::Ui::Barcode
