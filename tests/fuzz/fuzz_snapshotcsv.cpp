// The stock snapshot CSV import (services/reconcile/snapshotcsv.*), as stockroomctl reconcile import and the import
// dialog read it. The first input byte picks the mapping (with or without a bucket column) and the cap on listed
// errors; the rest is the file. Every error has a message and a line of the file; a file with errors yields no
// line; a clean one yields lines with a SKU, a location, a quantity of zero or more and a known bucket, once each.
#include "fuzzcheck.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <reconcile/snapshotcsv.h>

using namespace Stockroom::Services;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[0];
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    SnapshotMapping mapping{QStringLiteral("Item"), QStringLiteral("Site"), QStringLiteral("Qty"), {}};
    if (control & 1)
        mapping.bucket = QStringLiteral("Type");
    const int maxErrors = 1 + (control >> 1) % 8;

    const SnapshotCsv csv = parseSnapshotCsv(file, mapping, maxErrors);
    const qsizetype fileLines = file.count('\n') + 1;
    FUZZ_CHECK(csv.errors.size() <= maxErrors, QStringLiteral("more errors than the cap"));
    FUZZ_CHECK(!csv.truncated || csv.errors.size() == maxErrors, QStringLiteral("truncated below the cap"));
    for (const SnapshotCsvError &e : csv.errors) {
        FUZZ_CHECK(!e.message.trimmed().isEmpty(), QStringLiteral("an error without a message"));
        FUZZ_CHECK(e.line >= 1 && e.line <= fileLines,
                   QStringLiteral("line %1 of a file of %2 lines: %3").arg(e.line).arg(fileLines).arg(e.message));
        FUZZ_CHECK(e.column >= 0, QStringLiteral("column %1: %2").arg(e.column).arg(e.message));
    }
    if (!csv.ok()) {
        FUZZ_CHECK(csv.lines.isEmpty(), QStringLiteral("a file with errors yielded lines"));
        return 0;
    }
    QSet<QString> seen;
    int previous = 1;
    for (const SnapshotCsvLine &line : csv.lines) {
        FUZZ_CHECK(!line.sku.isEmpty() && !line.location.isEmpty(), QStringLiteral("a line without SKU or location"));
        FUZZ_CHECK(line.quantity >= 0, QStringLiteral("a negative quantity on line %1").arg(line.line));
        FUZZ_CHECK(line.bucket == u"on_hand" || line.bucket == u"damaged", QStringLiteral("bucket ") + line.bucket);
        FUZZ_CHECK(line.line > previous && line.line <= fileLines, QStringLiteral("line number %1").arg(line.line));
        previous = line.line;
        const QString id = line.sku + u'\n' + line.location + u'\n' + line.bucket;
        FUZZ_CHECK(!seen.contains(id), QStringLiteral("%1 at %2 twice").arg(line.sku, line.location));
        seen.insert(id);
    }
    return 0;
}
