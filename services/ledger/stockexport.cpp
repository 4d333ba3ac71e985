#include "stockexport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Stockroom::Services {

namespace {

constexpr int kPage = 5000;

} // namespace

QString StockExport::csvField(const QString &text)
{
    // A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first)
    // is written with a leading apostrophe, as OWASP recommends against CSV injection.
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<qint64> StockExport::writeCsv(Session &session, StockPageRequest view, QIODevice &out, const Progress &progress,
                                     const std::atomic_bool *cancel)
{
    // UTF-8 with a byte order mark, so spreadsheet programs read names in any language right.
    out.write("\xEF\xBB\xBF");
    const char *const headers[] = {
        QT_TRANSLATE_NOOP("StockExport", "SKU"),          QT_TRANSLATE_NOOP("StockExport", "Name"),
        QT_TRANSLATE_NOOP("StockExport", "Location"),     QT_TRANSLATE_NOOP("StockExport", "Location name"),
        QT_TRANSLATE_NOOP("StockExport", "Region"),       QT_TRANSLATE_NOOP("StockExport", "On hand"),
        QT_TRANSLATE_NOOP("StockExport", "Reserved"),     QT_TRANSLATE_NOOP("StockExport", "Available"),
        QT_TRANSLATE_NOOP("StockExport", "Inbound"),      QT_TRANSLATE_NOOP("StockExport", "Damaged"),
        QT_TRANSLATE_NOOP("StockExport", "Safety stock"), QT_TRANSLATE_NOOP("StockExport", "Backordered"),
    };
    QStringList header;
    for (const char *name : headers)
        header << csvField(QCoreApplication::translate("StockExport", name));
    out.write(header.join(u',').toUtf8() + "\r\n");
    StockReader reader(session);
    view.after.reset();
    view.limit = kPage;
    qint64 written = 0;
    for (;;) {
        if (cancel && cancel->load())
            return Error{Error::Kind::Internal, QStringLiteral("the export was cancelled"), {}};
        auto page = reader.page(view);
        if (!page)
            return page.error();
        for (const StockRow &row : page.value()) {
            const QStringList fields{csvField(row.sku),
                                     csvField(row.skuName),
                                     csvField(row.location),
                                     csvField(row.locationName),
                                     csvField(row.region),
                                     QString::number(row.onHand),
                                     QString::number(row.reserved),
                                     QString::number(row.available),
                                     QString::number(row.inbound),
                                     QString::number(row.damaged),
                                     QString::number(row.safetyStock),
                                     QString::number(row.backordered)};
            out.write(fields.join(u',').toUtf8() + "\r\n");
        }
        written += page.value().size();
        if (progress)
            progress(written);
        if (page.value().size() < kPage)
            return written;
        view.after = StockReader::cursorOf(page.value().constLast(), view.sort);
    }
}

} // namespace Stockroom::Services
