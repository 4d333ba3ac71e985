#include "stockexport.h"

#include <QIODevice>
#include <QStringList>

namespace Stockroom::Services {

namespace {

constexpr int kPage = 5000;

} // namespace

QString StockExport::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<qint64> StockExport::writeCsv(Session &session, StockPageRequest view, QIODevice &out, const Progress &progress,
                                     const std::atomic_bool *cancel)
{
    out.write("sku,name,location,location_name,region,on_hand,reserved,available,inbound,damaged,safety_stock,"
              "backordered\r\n");
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
