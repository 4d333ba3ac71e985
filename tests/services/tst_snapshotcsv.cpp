// The snapshot file's parser and validator (services/reconcile/snapshotcsv.h): mapped columns, quoting, buckets,
// every error with its line and column, duplicates, a file that is not UTF-8, and the cap on listed errors.

#include <QTest>

#include <reconcile/snapshotcsv.h>

using namespace Stockroom::Services;

namespace {

const SnapshotMapping kMapping{QStringLiteral("Item"), QStringLiteral("Site"), QStringLiteral("Qty"), {}};

QStringList errors(const SnapshotCsv &csv)
{
    QStringList out;
    for (const SnapshotCsvError &e : csv.errors)
        out << QStringLiteral("%1:%2").arg(e.line).arg(e.column);
    return out;
}

} // namespace

class TestSnapshotCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesMappedColumns()
    {
        const SnapshotCsv csv = parseSnapshotCsv(
            "\xEF\xBB\xBFNote,Qty,Item,Site\r\n\"a, b\",5,A,W1\r\n\"say \"\"hi\"\"\", 0 ,B,W1\r\n\r\n", kMapping);
        QVERIFY2(csv.ok(), qPrintable(csv.errors.value(0).message));
        QCOMPARE(csv.lines.size(), 2);
        QCOMPARE(csv.lines.at(0).sku, QStringLiteral("A"));
        QCOMPARE(csv.lines.at(0).quantity, 5);
        QCOMPARE(csv.lines.at(0).line, 2);
        QCOMPARE(csv.lines.at(1).quantity, 0);
        QCOMPARE(csv.lines.at(1).bucket, QStringLiteral("on_hand"));
    }

    void semicolonsAndBuckets()
    {
        const SnapshotMapping mapping{QStringLiteral("Item"), QStringLiteral("Site"), QStringLiteral("Qty"),
                                      QStringLiteral("Stock type")};
        const SnapshotCsv csv =
            parseSnapshotCsv("Item;Site;Qty;Stock type\nA;W1;5;Damaged\nA;W1;7;on hand\nA;W2;1;lost\n", mapping);
        QCOMPARE(errors(csv), QStringList{QStringLiteral("4:4")});
        QVERIFY(csv.lines.isEmpty()); // a malformed file yields nothing
    }

    void listsEveryErrorWithLineAndColumn()
    {
        const SnapshotCsv csv = parseSnapshotCsv("Item,Site,Qty\n"
                                                 "A,W1,1.5\n" // bad number
                                                 "B,W1,-1\n"  // negative
                                                 ",W1,2\n"    // no SKU
                                                 "C,,2\n"     // no location
                                                 "D,W1\n"     // too few fields
                                                 "E,W1,3\n"
                                                 "E,W1,4\n"    // duplicate
                                                 "\"F,W1,4\n", // open quote
                                                 kMapping);
        QCOMPARE(errors(csv), QStringList({QStringLiteral("2:3"), QStringLiteral("3:3"), QStringLiteral("4:1"),
                                           QStringLiteral("5:2"), QStringLiteral("6:0"), QStringLiteral("8:1"),
                                           QStringLiteral("9:0")}));
        QVERIFY(csv.errors.at(5).message.contains(QStringLiteral("line 7")));
        QVERIFY(!csv.truncated);
    }

    void unknownColumns()
    {
        const SnapshotCsv csv = parseSnapshotCsv("Item,Location,Quantity\nA,W1,1\n", kMapping);
        QCOMPARE(errors(csv), QStringList({QStringLiteral("1:0"), QStringLiteral("1:0")}));
        QVERIFY(csv.errors.at(0).message.contains(QStringLiteral("unknown column \"Site\"")));
    }

    void notUtf8()
    {
        const SnapshotCsv csv = parseSnapshotCsv("Item,Site,Qty\nA,W1,1\nB\xFF,W1,2\n", kMapping);
        QCOMPARE(errors(csv), QStringList{QStringLiteral("3:0")});
        QVERIFY(csv.errors.at(0).message.contains(QStringLiteral("UTF-8")));
    }

    void stopsListingAfterTheCap()
    {
        QByteArray data = "Item,Site,Qty\n";
        for (int i = 0; i < 150; ++i)
            data += "A" + QByteArray::number(i) + ",W1,x\n";
        const SnapshotCsv csv = parseSnapshotCsv(data, kMapping);
        QCOMPARE(csv.errors.size(), 100);
        QVERIFY(csv.truncated);
    }

    // Found by the fuzzer (tests/fuzz/corpus/fuzz_snapshotcsv/cap-keeps-lines): reaching the cap returned at once,
    // with the good lines read so far next to the errors.
    void noLinesWhenTheCapIsReached()
    {
        const SnapshotCsv csv = parseSnapshotCsv("Item,Site,Qty\nA,W1,1,9\nB,W1,7\nC,W1,x\n", kMapping, 1);
        QCOMPARE(errors(csv), QStringList{QStringLiteral("2:0")});
        QVERIFY(csv.truncated);
        QVERIFY(csv.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCsv)
#include "tst_snapshotcsv.moc"
