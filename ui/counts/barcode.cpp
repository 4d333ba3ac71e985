#include "barcode.h"

#include <QPainter>
#include <QRectF>

#include <array>

namespace Stockroom::Ui::Barcode {

namespace {

// Bar/space widths of Code 128 symbol values 0-106 (ISO/IEC 15417), bar first; 11 modules each, the stop 13.
constexpr std::array<const char *, 107> kCode128 = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};
constexpr int kStartB = 104;
constexpr int kStop = 106;

// EAN-13 digit patterns: L (odd parity, left half), G (even parity, left half); R (right half) is L inverted.
constexpr std::array<const char *, 10> kEanL = {"0001101", "0011001", "0010011", "0111101", "0100011",
                                                "0110001", "0101111", "0111011", "0110111", "0001011"};
constexpr std::array<const char *, 10> kEanG = {"0100111", "0110011", "0011011", "0100001", "0011101",
                                                "0111001", "0000101", "0010001", "0001001", "0010111"};
// Which of the six left digits take G parity, by the first digit.
constexpr std::array<const char *, 10> kEanParity = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                                     "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

int digit(QChar c)
{
    return c.unicode() - u'0';
}

} // namespace

QList<int> code128Values(const QString &text)
{
    if (text.isEmpty())
        return {};
    QList<int> values{kStartB};
    int sum = kStartB;
    int position = 1;
    for (const QChar c : text) {
        const int code = c.unicode();
        if (code < 32 || code > 126)
            return {};
        values << code - 32;
        sum += position++ * (code - 32);
    }
    values << sum % 103 << kStop;
    return values;
}

QString code128Widths(int value)
{
    return value >= 0 && value < int(kCode128.size()) ? QString::fromLatin1(kCode128.at(value)) : QString();
}

QString code128(const QString &text)
{
    QString modules;
    for (const int value : code128Values(text)) {
        const QString widths = code128Widths(value);
        for (qsizetype i = 0; i < widths.size(); ++i)
            modules += QString(digit(widths.at(i)), i % 2 == 0 ? u'1' : u'0');
    }
    return modules;
}

bool isEan13(const QString &digits)
{
    if (digits.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        if (!digits.at(i).isDigit() || digits.at(i).unicode() > u'9')
            return false;
        if (i < 12)
            sum += digit(digits.at(i)) * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == digit(digits.at(12));
}

QString ean13(const QString &digits)
{
    if (!isEan13(digits))
        return {};
    const char *parity = kEanParity.at(digit(digits.at(0)));
    QString modules = QStringLiteral("101");
    for (int i = 1; i <= 6; ++i) {
        const int d = digit(digits.at(i));
        modules += QString::fromLatin1(parity[i - 1] == 'G' ? kEanG.at(d) : kEanL.at(d));
    }
    modules += QStringLiteral("01010");
    for (int i = 7; i <= 12; ++i) {
        QString right = QString::fromLatin1(kEanL.at(digit(digits.at(i))));
        for (QChar &c : right)
            c = c == u'1' ? u'0' : u'1';
        modules += right;
    }
    modules += QStringLiteral("101");
    return modules;
}

std::optional<Symbol> symbolFor(const QString &sku, const QStringList &barcodes)
{
    for (const QString &barcode : barcodes) {
        if (isEan13(barcode))
            return Symbol{Symbology::Ean13, barcode, ean13(barcode), 11, 7, 0.33};
    }
    QString modules = code128(sku);
    if (modules.isEmpty())
        return std::nullopt;
    return Symbol{Symbology::Code128, sku, modules, 10, 10, 0.3};
}

void paint(QPainter &painter, const QRectF &rect, const QString &modules)
{
    if (modules.isEmpty())
        return;
    const qreal module = rect.width() / modules.size();
    qsizetype i = 0;
    while (i < modules.size()) {
        if (modules.at(i) != u'1') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < modules.size() && modules.at(end) == u'1')
            ++end;
        painter.fillRect(QRectF(rect.left() + i * module, rect.top(), (end - i) * module, rect.height()), Qt::black);
        i = end;
    }
}

} // namespace Stockroom::Ui::Barcode
