#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Stockroom::Services {

// Which CSV header holds what (resources/migrations/0010_reconcile.sql, ledger.reconcile_source.mapping). bucket
// empty: every line counts on hand.
struct SnapshotMapping
{
    QString sku;
    QString location;
    QString quantity;
    QString bucket;
};

// One row of the file: line is its line in the file (the header is line 1).
struct SnapshotCsvLine
{
    int line = 0;
    QString sku;
    QString location;
    QString bucket; // on_hand or damaged
    qint64 quantity = 0;
};

// column: 1-based; 0 when the error is the whole line's (or the file's).
struct SnapshotCsvError
{
    int line = 0;
    int column = 0;
    QString message;
};

struct SnapshotCsv
{
    QList<SnapshotCsvLine> lines;
    QList<SnapshotCsvError> errors;
    bool truncated = false; // more errors than were listed

    bool ok() const { return errors.isEmpty(); }
};

// Parses and validates a whole snapshot file before anything is sent: the header must have every mapped column;
// every row as many fields as the header, a SKU and a location, a whole number of zero or more, a known bucket; a
// SKU x location (x bucket) once; the file UTF-8. Every error is listed with its line and column, up to maxErrors.
// Fields are separated by commas (semicolons when the header has no comma) and may be quoted ("a ""b"", c").
SnapshotCsv parseSnapshotCsv(const QByteArray &data, const SnapshotMapping &mapping, int maxErrors = 100);

} // namespace Stockroom::Services
