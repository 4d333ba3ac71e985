// Printable count sheets and typing them back in (ui/counts/barcode, countsheetpdf, sheetentrydialog): Code 128 and
// EAN-13 checked against known patterns, one PDF page per rowsPerPage() lines (and the time 20,000 lines take), no
// expected quantity printed for a blind session even from a manager's sheet, and the entry dialog recording typed
// rows through api.count_record pinned to the sheet's positions, reporting every failed row at once.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <connection/session.h>
#include <counts/barcode.h>
#include <counts/countsheetpdf.h>
#include <counts/sheetentrydialog.h>
#include <counts/sheetentrymodel.h>
#include <guifixture.h>
#include <ledger/ledgerservice.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <screenshot.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Ui;

namespace {

QJsonObject sheetOf(int lines, bool blind, bool withExpected)
{
    QJsonArray array;
    for (int i = 1; i <= lines; ++i) {
        QJsonObject line{
            {QStringLiteral("sku"), QStringLiteral("KIT-%1").arg(i, 5, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("Enamel casserole dish, round, %1 cm, cream").arg(i)},
            {QStringLiteral("abc_class"), QStringLiteral("B")},
            {QStringLiteral("state"), QStringLiteral("to_count")},
            {QStringLiteral("position"), 1000 + i},
            {QStringLiteral("barcodes"), i % 2 == 0 ? QJsonArray{QStringLiteral("4006381333931")} : QJsonArray{}}};
        if (withExpected)
            line.insert(QStringLiteral("expected"), 40 + i);
        array.append(line);
    }
    return {{QStringLiteral("session"), 42},
            {QStringLiteral("location"), QStringLiteral("ST-YORK")},
            {QStringLiteral("blind"), blind},
            {QStringLiteral("full_count"), false},
            {QStringLiteral("lines"), array}};
}

// The number of pages in a PDF: its page objects ("/Type /Page", not "/Pages").
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace

class TestCountSheets : public QObject
{
    Q_OBJECT

private slots:
    void code128MatchesTheStandard()
    {
        // Every symbol is 11 modules wide, the stop 13.
        for (int value = 0; value < 106; ++value) {
            int sum = 0;
            for (const QChar c : Barcode::code128Widths(value))
                sum += c.digitValue();
            QCOMPARE(sum, 11);
        }
        QCOMPARE(Barcode::code128Widths(106), QStringLiteral("2331112"));
        // "PJJ123C": the check value is 55 (the worked example of the symbology).
        const QList<int> values = Barcode::code128Values(QStringLiteral("PJJ123C"));
        QCOMPARE(values, (QList<int>{104, 48, 42, 42, 17, 18, 19, 35, 55, 106}));
        // "A": start B, 'A' (33), check (104 + 33) mod 103 = 34, stop.
        QCOMPARE(Barcode::code128(QStringLiteral("A")), QStringLiteral("11010010000") + QStringLiteral("10100011000") +
                                                            QStringLiteral("10001011000") +
                                                            QStringLiteral("1100011101011"));
        const QString kit = Barcode::code128(QStringLiteral("KIT-00123"));
        QCOMPARE(kit.size(), 11 * (9 + 3) + 2);
        QVERIFY(kit.startsWith(QStringLiteral("11010010000")));
        QVERIFY(kit.endsWith(QStringLiteral("1100011101011")));
        QVERIFY(Barcode::code128(QStringLiteral("é")).isEmpty());
        QVERIFY(Barcode::code128({}).isEmpty());
    }

    void ean13MatchesTheStandard()
    {
        QVERIFY(Barcode::isEan13(QStringLiteral("4006381333931")));
        QVERIFY(!Barcode::isEan13(QStringLiteral("4006381333932")));
        QVERIFY(!Barcode::isEan13(QStringLiteral("400638133393")));
        const QString modules = Barcode::ean13(QStringLiteral("4006381333931"));
        QCOMPARE(modules.size(), 95);
        QCOMPARE(modules.left(3), QStringLiteral("101"));
        QCOMPARE(modules.mid(45, 5), QStringLiteral("01010"));
        QCOMPARE(modules.right(3), QStringLiteral("101"));
        // First digit 4: parity L G L L G G. Digits 0 (L), 0 (G), 6 (L), 3 (L), 8 (G), 1 (G);
        // right half 3, 3, 3, 9, 3 and the check digit 1 in R codes.
        QCOMPARE(modules.mid(3, 42), QStringLiteral("0001101"
                                                    "0100111"
                                                    "0101111"
                                                    "0111101"
                                                    "0001001"
                                                    "0110011"));
        QCOMPARE(modules.mid(50, 42), QStringLiteral("1000010"
                                                     "1000010"
                                                     "1000010"
                                                     "1110100"
                                                     "1000010"
                                                     "1100110"));
        // A SKU with an EAN-13 gets it (0.33 mm modules); without one, Code 128 of its code (0.3 mm), with quiet
        // zones; both fit the sheet's 78 mm column.
        const auto ean =
            Barcode::symbolFor(QStringLiteral("KIT-1"), {QStringLiteral("123"), QStringLiteral("4006381333931")});
        QVERIFY(ean);
        QCOMPARE(ean->symbology, Barcode::Symbology::Ean13);
        QVERIFY(ean->moduleMm >= 0.3);
        const auto code = Barcode::symbolFor(QStringLiteral("KIT-00123"), {QStringLiteral("123")});
        QVERIFY(code);
        QCOMPARE(code->symbology, Barcode::Symbology::Code128);
        QCOMPARE(code->text, QStringLiteral("KIT-00123"));
        QVERIFY(code->moduleMm >= 0.3);
        QCOMPARE(code->quietLeft, 10);
        QVERIFY(code->widthMm() < 78);
    }

    void blindSheetsNeverPrintExpected()
    {
        // A manager's sheet of a blind session carries "expected": the printed rows still do not.
        for (const CountSheetRow &row : CountSheet::rowsOf(sheetOf(5, true, true)))
            QVERIFY2(row.expected.isEmpty(), qPrintable(row.sku));
        // A sheet that does not say is taken as blind.
        QJsonObject unsaid = sheetOf(2, true, true);
        unsaid.remove(QStringLiteral("blind"));
        QVERIFY(CountSheet::rowsOf(unsaid).at(0).expected.isEmpty());
        const QList<CountSheetRow> open = CountSheet::rowsOf(sheetOf(5, false, true));
        QCOMPARE(open.at(0).expected, QStringLiteral("41"));
        QCOMPARE(open.at(4).number, 5);
        QCOMPARE(open.at(4).position, 1005);
        QCOMPARE(open.at(4).location, QStringLiteral("ST-YORK"));
        QCOMPARE(open.at(0).barcode->symbology, Barcode::Symbology::Code128);
        QCOMPARE(open.at(1).barcode->symbology, Barcode::Symbology::Ean13);
    }

    void pdfHasAPagePerRowsPerPageLines_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one page") << 14;
        QTest::newRow("two pages") << 15;
        QTest::newRow("eleven pages") << 150;
    }

    void pdfHasAPagePerRowsPerPageLines()
    {
        QFETCH(int, lines);
        const CountSheet sheet(sheetOf(lines, true, true));
        QCOMPARE(sheet.rowsPerPage(), 14);
        const int pages = std::max(1, (lines + 13) / 14);
        QCOMPARE(sheet.pageCount(), pages);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(writeCountSheet(sheetOf(lines, true, true), path, &error), qPrintable(error));
        QCOMPARE(pdfPages(path), pages);
        QString refused;
        QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
        QVERIFY(!writeCountSheet(sheetOf(1, true, false), dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &refused));
        QVERIFY(!refused.isEmpty());
    }

    void twentyThousandLines()
    {
        const QJsonObject json = sheetOf(20000, true, false);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(writeCountSheet(json, path, &error), qPrintable(error));
        const qint64 ms = timer.elapsed();
        const int pages = pdfPages(path);
        QCOMPARE(pages, (20000 + 13) / 14);
        qInfo("20,000 lines: %d pages, %lld ms, %lld KB", pages, ms, QFile(path).size() / 1024);
    }

    // One page drawn by the same code into an image, for a person to look at ($STOCKROOM_SCREENSHOTS).
    void pageImage()
    {
        QJsonObject json = sheetOf(16, true, true);
        QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
        QJsonObject longOne = lines.at(2).toObject();
        longOne.insert(QStringLiteral("name"), QStringLiteral("Stonewashed linen duvet cover and two pillowcases, "
                                                              "super king, oyster grey, with button closure"));
        lines.replace(2, longOne);
        json.insert(QStringLiteral("lines"), lines);
        json.insert(QStringLiteral("note"), QStringLiteral("plan of 2026-11-25"));
        const CountSheet sheet(json, QDate(2026, 11, 25));
        QImage image(1654, 2339, QImage::Format_RGB32); // A4 at 200 dpi
        image.fill(Qt::white);
        QPainter painter(&image);
        sheet.paintPage(painter, 0);
        painter.end();
        // The first row's barcode is drawn: dark bars in its column (78 to 156 mm, 37 to 47 mm down).
        int dark = 0;
        for (int x = 78 * 1654 / 210; x < 156 * 1654 / 210; ++x)
            dark += qGray(image.pixel(x, 42 * 2339 / 297)) < 128;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
        const QString dir = qEnvironmentVariable("STOCKROOM_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(dir + QStringLiteral("/countsheet-page.png")));
        }
    }

    void entryDialogRecordsTypedRows()
    {
        Tests::LedgerFixture f;
        QVERIFY2(f.open().isEmpty(), "no database");
        auto &api = *f.api;
        SR_OK(api.addLocation({QStringLiteral("S1"), QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}}));
        for (const char *sku : {"A", "B", "C", "D"}) {
            SR_OK(api.addSku(QString::fromLatin1(sku), QStringLiteral("Item %1").arg(QLatin1String(sku))));
            SR_OK(api.receive(QString::fromLatin1(sku), QStringLiteral("S1"), 10, Services::LedgerService::newKey()));
        }
        auto created = f.session->callJson(
            QStringLiteral("SELECT api.count_session_create('S1', NULL, NULL, true, true, NULL, NULL, 'k1')"));
        SR_OK(created);
        const qint64 session = created->value(QStringLiteral("session")).toInteger();
        Services::Session associate(f.db.spec(QStringLiteral("associate")), QStringLiteral("associate"));
        auto sheet = associate.callJson(QStringLiteral("SELECT api.count_sheet(?)"), {session});
        SR_OK(sheet);
        QVERIFY(!sheet->value(QStringLiteral("lines")).toArray().at(0).toObject().contains(QStringLiteral("expected")));
        // A line that is not in the session, as if the sheet were out of date: it must fail, alone.
        QJsonObject printed = sheet.value();
        QJsonArray lines = printed.value(QStringLiteral("lines")).toArray();
        lines.insert(2, QJsonObject{{QStringLiteral("sku"), QStringLiteral("ZZZ")},
                                    {QStringLiteral("name"), QStringLiteral("Gone")},
                                    {QStringLiteral("barcodes"), QJsonArray{}}});
        printed.insert(QStringLiteral("lines"), lines);
        // The ledger moves after printing: the counts are pinned to the sheet's positions, so it is not a variance.
        SR_OK(api.count(QStringLiteral("D"), QStringLiteral("S1"), 9, Services::LedgerService::newKey()));

        SheetEntryDialog dialog(f.db.spec(QStringLiteral("associate")), printed);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.model()->rowCount(), 5);
        QTableView *table = dialog.table();
        QCOMPARE(table->currentIndex(), dialog.model()->index(0, SheetEntryModel::Counted));
        const auto focused = [table] {
            return QApplication::focusWidget() ? QApplication::focusWidget() : table;
        };
        // Type, Enter, next row: A 10, B 7, ZZZ 3, (C left empty), D 10.
        for (const char *typed : {"10", "7", "3", "", "10"}) {
            for (const char *c = typed; *c; ++c)
                QTest::keyClick(focused(), *c);
            QTest::keyClick(focused(), Qt::Key_Return);
        }
        QCOMPARE(dialog.model()->toRecord().size(), 4);
        QCOMPARE(dialog.model()->row(1).counted, QStringLiteral("7"));
        QVERIFY(dialog.model()->row(3).counted.isEmpty());
        Tests::saveScreenshot(&dialog, QStringLiteral("sheetentry-typed"));

        QSignalSpy saved(&dialog, &SheetEntryDialog::saved);
        dialog.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(0).at(0).toInt(), 3);
        QCOMPARE(saved.at(0).at(1).toInt(), 1);
        QCOMPARE(dialog.model()->row(2).state, SheetEntryModel::State::Failed);
        QCOMPARE(dialog.model()->row(2).counted, QStringLiteral("3")); // kept
        QCOMPARE(dialog.model()->row(0).state, SheetEntryModel::State::Recorded);
        QVERIFY(!(dialog.model()->flags(dialog.model()->index(0, SheetEntryModel::Counted)) & Qt::ItemIsEditable));
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        QTest::qWait(50); // the message's new height is laid out
        Tests::saveScreenshot(&dialog, QStringLiteral("sheetentry-saved"));

        // Each recorded row once, pinned to the sheet's position: D's expected is the 10 before the later count.
        auto observed = f.session->rows(
            QStringLiteral("SELECT k.code, o.counted, o.expected, o.device FROM ledger.count_observation o "
                           "JOIN ledger.sku k ON k.id = o.sku_id WHERE o.session_id = ? ORDER BY k.code"),
            {session});
        SR_OK(observed);
        QCOMPARE(Tests::toText(observed.value()),
                 QStringLiteral("[{\"code\":\"A\",\"counted\":10,\"device\":\"count sheet\",\"expected\":10},"
                                "{\"code\":\"B\",\"counted\":7,\"device\":\"count sheet\",\"expected\":10},"
                                "{\"code\":\"D\",\"counted\":10,\"device\":\"count sheet\",\"expected\":10}]"));
        // Saving again sends only the failed row (and it fails again): nothing is recorded twice.
        dialog.save();
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.at(1).at(0).toInt(), 0);
        QCOMPARE(saved.at(1).at(1).toInt(), 1);
        QCOMPARE(Tests::scalar(f.db.spec(), QStringLiteral("SELECT count(*) FROM ledger.count_observation")).toInt(),
                 3);
    }
};

QTEST_MAIN(TestCountSheets)
#include "tst_countsheets.moc"
