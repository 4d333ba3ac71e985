#include "snapshotcsv.h"

#include <QHash>
#include <QStringDecoder>

namespace Stockroom::Services {

namespace {

// Splits one line into fields; false when a quote is not closed.
bool splitFields(const QString &line, QChar separator, QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == separator) {
            fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields << (wasQuoted ? field : field.trimmed());
    return !quoted;
}

QString bucketOf(const QString &value)
{
    const QString v = value.trimmed().toLower().replace(u' ', u'_').replace(u'-', u'_');
    if (v.isEmpty() || v == u"on_hand" || v == u"onhand" || v == u"available" || v == u"sellable")
        return QStringLiteral("on_hand");
    if (v == u"damaged" || v == u"damage" || v == u"blocked")
        return QStringLiteral("damaged");
    return {};
}

} // namespace

// The lines and the errors, up to maxErrors; it returns early when the cap is reached, with the lines read so far.
static SnapshotCsv parseAll(const QByteArray &data, const SnapshotMapping &mapping, int maxErrors)
{
    SnapshotCsv out;
    auto fail = [&](int line, int column, const QString &message) {
        if (out.errors.size() >= maxErrors) {
            out.truncated = true;
            return false;
        }
        out.errors.append({line, column, message});
        return true;
    };

    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<QByteArray> raw = bytes.split('\n');
    QStringList text;
    text.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QByteArray line = raw.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decode(line);
        if (decode.hasError()) {
            if (!fail(int(i) + 1, 0, QStringLiteral("not UTF-8")))
                return out;
            decoded.clear();
        }
        text << decoded;
    }
    while (!text.isEmpty() && text.constLast().trimmed().isEmpty() && raw.size() > 1)
        text.removeLast();
    if (text.isEmpty() || text.constFirst().trimmed().isEmpty()) {
        fail(1, 0, QStringLiteral("no header row"));
        return out;
    }

    const QChar separator = text.constFirst().contains(u',') || !text.constFirst().contains(u';') ? u',' : u';';
    QStringList header;
    splitFields(text.constFirst(), separator, header);
    auto columnOf = [&](const QString &name, const char *what, bool required) {
        if (name.isEmpty()) {
            if (required)
                fail(1, 0, QStringLiteral("the mapping names no column for the %1").arg(QLatin1String(what)));
            return -1;
        }
        const qsizetype at = header.indexOf(name);
        if (at < 0)
            fail(1, 0,
                 QStringLiteral("unknown column \"%1\" (the %2): the header has %3")
                     .arg(name, QLatin1String(what), header.join(QStringLiteral(", "))));
        return int(at);
    };
    const int skuAt = columnOf(mapping.sku, "SKU", true);
    const int locationAt = columnOf(mapping.location, "location", true);
    const int quantityAt = columnOf(mapping.quantity, "quantity", true);
    const int bucketAt = columnOf(mapping.bucket, "bucket", false);
    if (!out.errors.isEmpty())
        return out;

    QHash<QString, int> seen;
    QStringList fields;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int lineNo = int(i) + 1;
        const QString &line = text.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (!splitFields(line, separator, fields)) {
            if (!fail(lineNo, 0, QStringLiteral("a quote is not closed")))
                return out;
            continue;
        }
        if (fields.size() != header.size()) {
            if (!fail(lineNo, 0, QStringLiteral("%1 fields, the header has %2").arg(fields.size()).arg(header.size())))
                return out;
            continue;
        }
        SnapshotCsvLine row;
        row.line = lineNo;
        row.sku = fields.at(skuAt);
        row.location = fields.at(locationAt);
        bool good = true;
        if (row.sku.isEmpty()) {
            good = false;
            if (!fail(lineNo, skuAt + 1, QStringLiteral("no SKU")))
                return out;
        }
        if (row.location.isEmpty()) {
            good = false;
            if (!fail(lineNo, locationAt + 1, QStringLiteral("no location")))
                return out;
        }
        bool number = false;
        row.quantity = fields.at(quantityAt).toLongLong(&number);
        if (!number || row.quantity < 0) {
            good = false;
            if (!fail(lineNo, quantityAt + 1,
                      QStringLiteral("bad number \"%1\": a whole number of zero or more").arg(fields.at(quantityAt))))
                return out;
        }
        row.bucket = bucketAt >= 0 ? bucketOf(fields.at(bucketAt)) : QStringLiteral("on_hand");
        if (row.bucket.isEmpty()) {
            good = false;
            if (!fail(lineNo, bucketAt + 1,
                      QStringLiteral("unknown bucket \"%1\": on_hand or damaged").arg(fields.at(bucketAt))))
                return out;
        }
        if (!good)
            continue;
        const QString id = row.sku + u'\x1f' + row.location + u'\x1f' + row.bucket;
        if (const auto before = seen.constFind(id); before != seen.constEnd()) {
            if (!fail(lineNo, skuAt + 1,
                      QStringLiteral("duplicate: %1 at %2 is on line %3 already")
                          .arg(row.sku, row.location)
                          .arg(*before)))
                return out;
            continue;
        }
        seen.insert(id, lineNo);
        out.lines.append(std::move(row));
    }
    return out;
}

SnapshotCsv parseSnapshotCsv(const QByteArray &data, const SnapshotMapping &mapping, int maxErrors)
{
    SnapshotCsv out = parseAll(data, mapping, maxErrors);
    if (!out.ok()) // however it ended: a file with errors yields no line
        out.lines.clear();
    return out;
}

} // namespace Stockroom::Services
