#pragma once

// Printable count sheets: a count session (api.count_sheet's result) as an A4 PDF for stores without scanners.
// Each SKU gets a row with its number in sheet order, code, name, a scannable barcode (EAN-13 of its barcode, or
// Code 128 of its code), the location and an empty box to write the count in; every page has the session, its
// location and kind, page numbers and a "counted by / date / signature" footer. A blind session's sheet never
// shows an expected quantity, even when the login that prints it could see them.
//
// Widget-free: writeCountSheet() may run on a worker thread (QtConcurrent), as it should for big sessions.

#include "barcode.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QPainter;

namespace Stockroom::Ui {

// The texts of one row of a sheet, as printed.
struct CountSheetRow
{
    int number = 0; // 1-based, in sheet order: what the sheet entry dialog shows next to each SKU
    QString sku;
    QString name;
    QString location;
    std::optional<Barcode::Symbol> barcode; // none when neither a barcode nor the code can be encoded
    QString expected;                       // empty for a blind session, whatever the sheet holds
    qint64 position = -1;                   // the row's ledger position when the sheet was made
};

class CountSheet final
{
    Q_DECLARE_TR_FUNCTIONS(Stockroom::Ui::CountSheet)

public:
    explicit CountSheet(const QJsonObject &sheet, const QDate &printed = QDate::currentDate());

    // The rows of a sheet in its order; expected quantities only for a session that is not blind.
    static QList<CountSheetRow> rowsOf(const QJsonObject &sheet);

    const QList<CountSheetRow> &rows() const { return m_rows; }
    int rowsPerPage() const;
    int pageCount() const;

    // Draws page (0-based) onto a painter whose device is an A4 page, whatever its resolution.
    void paintPage(QPainter &painter, int page) const;

    // Writes the whole sheet as a PDF; false and a message when the file cannot be written.
    bool write(const QString &path, QString *error) const;

private:
    QString title() const;
    QString subtitle() const;

    qint64 m_session = 0;
    QString m_location;
    bool m_blind = true;
    bool m_fullCount = false;
    QString m_note;
    QDate m_printed;
    QList<CountSheetRow> m_rows;
};

// The whole sheet of a count session (api.count_sheet's result) as an A4 PDF at path.
bool writeCountSheet(const QJsonObject &sheet, const QString &path, QString *error);

} // namespace Stockroom::Ui
