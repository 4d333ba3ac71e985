#include "countsheetpdf.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Stockroom::Ui {

namespace {

// Page geometry in tenths of a millimetre on an A4 page (2100 × 2970): paintPage() maps this window onto any
// device, so the PDF and an on-screen image of a page are drawn by the same code.
constexpr int kPageWidth = 2100;
constexpr int kPageHeight = 2970;
constexpr int kLeft = 120;
constexpr int kRight = kPageWidth - 120;
constexpr int kTop = 120;
constexpr int kRowsTop = 370;
constexpr int kRowHeight = 160; // 16 mm: a 10 mm barcode, its text, and room to write
constexpr int kFooterTop = 2700;

// Columns: number, SKU and name, barcode, location, count box.
constexpr int kNumberRight = 210;
constexpr int kSkuLeft = 230;
constexpr int kSkuRight = 770;
constexpr int kBarcodeLeft = 780; // the quiet zone starts here: nothing else is drawn in this column
constexpr int kBarcodeRight = 1560;
constexpr int kLocationLeft = 1570;
constexpr int kLocationRight = 1750;
constexpr int kBoxLeft = 1770;
constexpr int kBarHeight = 100;

QFont font(int tenthsOfMm, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(tenthsOfMm);
    f.setBold(bold);
    return f;
}

QString thousands(qsizetype n)
{
    return QLocale().toString(qint64(n));
}

} // namespace

CountSheet::CountSheet(const QJsonObject &sheet, const QDate &printed)
    : m_session(sheet.value(QStringLiteral("session")).toInteger())
    , m_location(sheet.value(QStringLiteral("location")).toString())
    , m_blind(sheet.value(QStringLiteral("blind")).toBool(true))
    , m_fullCount(sheet.value(QStringLiteral("full_count")).toBool())
    , m_note(sheet.value(QStringLiteral("note")).toString())
    , m_printed(printed)
    , m_rows(rowsOf(sheet))
{
}

QList<CountSheetRow> CountSheet::rowsOf(const QJsonObject &sheet)
{
    // A missing "blind" is taken as blind: a sheet only shows expected quantities when it says it may.
    const bool blind = sheet.value(QStringLiteral("blind")).toBool(true);
    const QString location = sheet.value(QStringLiteral("location")).toString();
    QList<CountSheetRow> rows;
    const QJsonArray lines = sheet.value(QStringLiteral("lines")).toArray();
    rows.reserve(lines.size());
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        CountSheetRow row;
        row.number = int(rows.size()) + 1;
        row.sku = line.value(QStringLiteral("sku")).toString();
        row.name = line.value(QStringLiteral("name")).toString();
        row.location = location;
        QStringList barcodes;
        for (const QJsonValue &barcode : line.value(QStringLiteral("barcodes")).toArray())
            barcodes << barcode.toString();
        row.barcode = Barcode::symbolFor(row.sku, barcodes);
        const QJsonValue expected = line.value(QStringLiteral("expected"));
        if (!blind && expected.isDouble())
            row.expected = QLocale().toString(expected.toInteger());
        const QJsonValue position = line.value(QStringLiteral("position"));
        row.position = position.isDouble() ? position.toInteger() : -1;
        rows << row;
    }
    return rows;
}

int CountSheet::rowsPerPage() const
{
    return (kFooterTop - 10 - kRowsTop) / kRowHeight;
}

int CountSheet::pageCount() const
{
    return std::max(1, int((m_rows.size() + rowsPerPage() - 1) / rowsPerPage()));
}

QString CountSheet::title() const
{
    return tr("Count sheet: session %1").arg(m_session);
}

QString CountSheet::subtitle() const
{
    QString text = tr("Location %1 · printed %2 · %Ln SKU(s)", nullptr, int(m_rows.size()))
                       .arg(m_location, m_printed.toString(Qt::ISODate));
    text += QStringLiteral(" · ");
    text +=
        m_blind ? tr("Blind count: expected quantities are not shown") : tr("Open count: expected quantities shown");
    return text;
}

void CountSheet::paintPage(QPainter &painter, int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setWindow(0, 0, kPageWidth, kPageHeight);
    painter.setViewport(0, 0, painter.device()->width(), painter.device()->height());
    painter.fillRect(QRect(0, 0, kPageWidth, kPageHeight), Qt::white);
    painter.setPen(Qt::black);

    // Header: what this sheet is, on every page (pages get separated).
    painter.setFont(font(60, true));
    painter.drawText(QRectF(kLeft, kTop, kRight - kLeft, 75), Qt::AlignLeft | Qt::AlignVCenter, title());
    painter.setFont(font(34));
    painter.drawText(QRectF(kLeft, kTop + 80, kRight - kLeft, 45), Qt::AlignLeft | Qt::AlignVCenter, subtitle());
    QString instruction = tr("Write the number of units you count in the box; write 0 when there are none.");
    if (m_fullCount)
        instruction = tr("Full count: every SKU on this sheet needs a number.") + u' ' + instruction;
    if (!m_note.isEmpty())
        instruction += u' ' + tr("Note: %1").arg(m_note);
    painter.setFont(font(30));
    painter.drawText(QRectF(kLeft, kTop + 128, kRight - kLeft, 45), Qt::AlignLeft | Qt::AlignVCenter, instruction);

    const int headerTop = kRowsTop - 60;
    painter.fillRect(QRect(kLeft, headerTop, kRight - kLeft, 50), QColor(0xe8, 0xe8, 0xe8));
    painter.setFont(font(28, true));
    const auto header = [&](int left, int right, const QString &text, Qt::Alignment align = Qt::AlignLeft) {
        painter.drawText(QRectF(left, headerTop, right - left, 50), align | Qt::AlignVCenter, text);
    };
    header(kLeft, kNumberRight, tr("#"), Qt::AlignRight);
    header(kSkuLeft, kSkuRight, tr("SKU and name"));
    header(kBarcodeLeft + 30, kBarcodeRight, tr("Barcode"));
    header(kLocationLeft, kLocationRight, tr("Location"));
    header(kBoxLeft, kRight, tr("Count"));

    // Rows.
    const QFont numberFont = font(30);
    const QFont skuFont = font(38, true);
    const QFont nameFont = font(30);
    const QFont smallFont = font(26);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF skuMetrics(skuFont);
    const int first = page * rowsPerPage();
    const int last = std::min(int(m_rows.size()), first + rowsPerPage());
    QPen rule(QColor(0xb0, 0xb0, 0xb0));
    rule.setWidthF(2);
    QPen box(Qt::black);
    box.setWidthF(5);
    for (int i = first; i < last; ++i) {
        const CountSheetRow &row = m_rows.at(i);
        const int top = kRowsTop + (i - first) * kRowHeight;
        painter.setPen(Qt::black);
        painter.setFont(numberFont);
        painter.drawText(QRectF(kLeft, top + 20, kNumberRight - kLeft, 45), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(row.number));
        painter.setFont(skuFont);
        painter.drawText(QRectF(kSkuLeft, top + 15, kSkuRight - kSkuLeft, 50), Qt::AlignLeft | Qt::AlignVCenter,
                         skuMetrics.elidedText(row.sku, Qt::ElideRight, kSkuRight - kSkuLeft));
        painter.setFont(nameFont);
        // The name on up to two lines, cut with an ellipsis.
        const QString name = row.name;
        const int width = kSkuRight - kSkuLeft;
        int cut = int(name.size());
        while (cut > 0 && nameMetrics.horizontalAdvance(name.left(cut)) > width)
            cut = int(name.lastIndexOf(u' ', cut - 1));
        if (cut <= 0)
            cut = int(name.size());
        const QString firstLine = nameMetrics.elidedText(name.left(cut), Qt::ElideRight, width);
        const QString secondLine = nameMetrics.elidedText(name.mid(cut).trimmed(), Qt::ElideRight, width);
        painter.drawText(QRectF(kSkuLeft, top + 68, width, 38), Qt::AlignLeft | Qt::AlignVCenter, firstLine);
        if (!secondLine.isEmpty())
            painter.drawText(QRectF(kSkuLeft, top + 106, width, 38), Qt::AlignLeft | Qt::AlignVCenter, secondLine);

        if (row.barcode && row.barcode->widthMm() * 10 <= kBarcodeRight - kBarcodeLeft) {
            const Barcode::Symbol &symbol = *row.barcode;
            const qreal module = symbol.moduleMm * 10;
            const qreal left = kBarcodeLeft + symbol.quietLeft * module;
            const QRectF bars(left, top + 15, symbol.modules.size() * module, kBarHeight);
            Barcode::paint(painter, bars, symbol.modules);
            painter.setFont(smallFont);
            painter.drawText(QRectF(bars.left(), top + 117, bars.width(), 34), Qt::AlignHCenter | Qt::AlignVCenter,
                             symbol.text);
        } else {
            painter.setFont(smallFont);
            painter.drawText(QRectF(kBarcodeLeft + 30, top + 20, kBarcodeRight - kBarcodeLeft - 30, 100),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             tr("No barcode: the code is too long to print one. Type the SKU."));
        }

        painter.setFont(nameFont);
        painter.drawText(QRectF(kLocationLeft, top + 20, kLocationRight - kLocationLeft, 45),
                         Qt::AlignLeft | Qt::AlignVCenter, row.location);
        if (!row.expected.isEmpty()) {
            painter.setFont(smallFont);
            painter.drawText(QRectF(kLocationLeft, top + 75, kLocationRight - kLocationLeft, 40),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("expected %1").arg(row.expected));
        }

        painter.setPen(box);
        painter.drawRect(QRectF(kBoxLeft, top + 20, kRight - kBoxLeft, 115));
        painter.setPen(rule);
        painter.drawLine(kLeft, top + kRowHeight, kRight, top + kRowHeight);
    }
    if (m_rows.isEmpty()) {
        painter.setPen(Qt::black);
        painter.setFont(nameFont);
        painter.drawText(QRectF(kLeft, kRowsTop + 20, kRight - kLeft, 50), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("This session has no SKUs to count."));
    }

    // Footer: who counted, when, and the page.
    painter.setPen(Qt::black);
    painter.setFont(font(32));
    const int fieldsTop = kFooterTop + 40;
    const auto field = [&](int left, int right, const QString &label) {
        const qreal labelWidth = QFontMetricsF(font(32)).horizontalAdvance(label) + 20;
        painter.drawText(QRectF(left, fieldsTop, labelWidth, 60), Qt::AlignLeft | Qt::AlignBottom, label);
        QPen line(Qt::black);
        line.setWidthF(3);
        painter.setPen(line);
        painter.drawLine(QPointF(left + labelWidth, fieldsTop + 58), QPointF(right, fieldsTop + 58));
        painter.setPen(Qt::black);
    };
    field(kLeft, 880, tr("Counted by"));
    field(920, 1320, tr("Date"));
    field(1360, kRight, tr("Signature"));
    painter.setFont(font(28));
    painter.drawText(QRectF(kLeft, kPageHeight - 170, 1200, 40), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Session %1 · %2").arg(m_session).arg(m_location));
    painter.drawText(QRectF(kRight - 700, kPageHeight - 170, 700, 40), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(thousands(page + 1), thousands(pageCount())));
    painter.restore();
}

bool CountSheet::write(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Stockroom"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1: check that the folder exists and that you may write to it.").arg(path);
        return false;
    }
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        paintPage(painter, page);
    }
    if (!painter.end()) {
        if (error)
            *error = tr("Writing %1 did not finish: the disk may be full.").arg(path);
        return false;
    }
    return true;
}

bool writeCountSheet(const QJsonObject &sheet, const QString &path, QString *error)
{
    return CountSheet(sheet).write(path, error);
}

} // namespace Stockroom::Ui
