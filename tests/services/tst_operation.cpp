// Operation: every kind survives the offline journal with its key and calls the API function it names, so a
// journaled operation replays exactly once.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledger/operation.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <offline/offlinejournal.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;
using Kind = Stockroom::Services::Operation::Kind;

Q_DECLARE_METATYPE(Stockroom::Services::Operation::Kind)

namespace {

const QString A = QStringLiteral("A");
const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");

Operation operation(Kind kind)
{
    Operation op;
    op.kind = kind;
    op.key = LedgerService::newKey();
    op.createdAt = QDateTime::currentDateTimeUtc();
    return op;
}

struct Fixture : Tests::LedgerFixture
{
    QString setUp()
    {
        if (QString error = open(QStringLiteral("test")); !error.isEmpty())
            return error;
        QList<Result<QJsonObject>> steps;
        steps << api->addLocation({WH1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}})
              << api->addLocation({ST1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}})
              << api->addSku(A, QStringLiteral("Anvil")) << api->receive(A, WH1, 100, LedgerService::newKey());
        for (const auto &step : steps) {
            if (!step)
                return step.error().message;
        }
        return {};
    }
};

} // namespace

class TestOperation : public QObject
{
    Q_OBJECT

private slots:
    void kindsAreDistinct()
    {
        QSet<QString> names;
        QSet<QString> functions;
        for (const Kind kind : Operation::kinds()) {
            names << Operation::kindName(kind);
            functions << Operation::functionSignature(kind);
        }
        QCOMPARE(names.size(), Operation::kinds().size());
        QCOMPARE(functions.size(), Operation::kinds().size());
        QVERIFY(Operation::kinds().size() <= 32); // Permissions keeps one bit per kind
        QVERIFY(Operation::kinds().contains(Kind::ReleaseMany));
    }

    // Every kind names an api function the schema has.
    void functionsExist()
    {
        SR_FIXTURE(f);
        for (const Kind kind : Operation::kinds()) {
            auto rows = f.session->rows(QStringLiteral("SELECT to_regprocedure(?) IS NOT NULL AS found"),
                                        {Operation::functionSignature(kind)});
            SR_OK(rows);
            QVERIFY2(rows->at(0).toObject().value(QStringLiteral("found")).toBool(),
                     qPrintable(Operation::functionSignature(kind)));
        }
    }

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        Operation writeOff = operation(Kind::TransferWriteOff);
        writeOff.transfer = 17;
        writeOff.quantity = 3;
        writeOff.reason = QStringLiteral("theft");
        Operation many = operation(Kind::ReleaseMany);
        many.reservations = {5, 9, 12};
        many.reason = QStringLiteral("store closed early");
        Operation commit = operation(Kind::Commit);
        commit.reservation = 42;
        Operation release = operation(Kind::Release);
        release.reservation = 43;
        Operation cancel = operation(Kind::TransferCancel);
        cancel.transfer = 18;
        const QList<Operation> written{writeOff, many, commit, release, cancel};
        {
            OfflineJournal journal(path);
            for (const Operation &op : written)
                SR_OK(journal.append(op));
        }
        OfflineJournal journal(path);
        SR_OK(journal.load());
        const QList<Operation> read = journal.pending();
        QCOMPARE(read.size(), written.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            const Operation &a = written.at(i);
            const Operation &b = read.at(i);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.transfer, a.transfer);
            QCOMPARE(b.quantity, a.quantity);
            QCOMPARE(b.reason, a.reason);
            QCOMPARE(b.reservation, a.reservation);
            QCOMPARE(b.reservations, a.reservations);
            QCOMPARE(b.toJson(), a.toJson());
        }
        QCOMPARE(read.at(1).describe(), QStringLiteral("release reservations 5, 9, 12 (store closed early)"));
        QCOMPARE(read.at(0).describe(), QStringLiteral("write off 3 of transfer 17 (theft)"));
        QCOMPARE(read.at(2).describe(), QStringLiteral("commit reservation 42"));
        QCOMPARE(read.at(4).describe(), QStringLiteral("cancel transfer 18"));
    }

    // A damaged journal is refused with where it is damaged. Before, a syntax error said only "the offline journal
    // is damaged: <Qt's words>", valid JSON that was not a list said "no error occurred", an entry with a quantity
    // of 1.5 or "5" was replayed as 0, and an unreadable entry was skipped with a log line.
    void damagedJournalSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray("[\n  {\"kind\": \"receive\",\n   \"key\" \"k\"}\n]")
                                << QStringLiteral("line 3, column 11");
        QTest::newRow("object") << QByteArray("{\"kind\": \"receive\"}") << QStringLiteral("not a list of operations");
        QTest::newRow("unknown kind") << QByteArray("[{\"kind\": \"teleport\", \"key\": \"k\"}]")
                                      << QStringLiteral("entry 1: unknown kind \"teleport\"");
        QTest::newRow("no key")
            << QByteArray("[{\"kind\": \"commit\", \"key\": \"a\", \"reservation\": 1}, {\"kind\": \"commit\"}]")
            << QStringLiteral("entry 2: no key");
        QTest::newRow("fraction") << QByteArray("[{\"kind\": \"adjust\", \"key\": \"k\", \"quantity\": 1.5}]")
                                  << QStringLiteral("entry 1: quantity is not a whole number");
        QTest::newRow("text number") << QByteArray("[{\"kind\": \"adjust\", \"key\": \"k\", \"quantity\": \"5\"}]")
                                     << QStringLiteral("entry 1: quantity is not a whole number");
        QTest::newRow("reservation list")
            << QByteArray("[{\"kind\": \"release_many\", \"key\": \"k\", \"reservations\": [1, \"x\"]}]")
            << QStringLiteral("entry 1: reservation 2 of the list");
        QTest::newRow("date") << QByteArray("[{\"kind\": \"commit\", \"key\": \"k\", \"created_at\": \"yesterday\"}]")
                              << QStringLiteral("entry 1: created_at \"yesterday\"");
    }

    void damagedJournalSaysWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        const auto read = OfflineJournal::parse(text, QStringLiteral("j.json"));
        QVERIFY(!read);
        QVERIFY2(read.error().message.startsWith(QStringLiteral("the offline journal j.json is damaged: ")),
                 qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(where), qPrintable(read.error().message));
    }

    // A journal that does not read is moved aside whole before anything is journaled: before, the next operation
    // typed offline was saved over it and every operation it held was lost.
    void damagedJournalIsKeptAside()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("journal.json"));
        const QByteArray damaged =
            "[{\"kind\": \"receive\", \"key\": \"k-1\", \"sku\": \"A\", \"quantity\": 5}, {\"kind\": \"rec";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(damaged);
        }
        OfflineJournal journal(path);
        const Status loaded = journal.load();
        QVERIFY(!loaded);
        QVERIFY(journal.isEmpty());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("journal.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY2(loaded.error().message.contains(aside.constFirst()), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(QStringLiteral("line 1, column")), qPrintable(loaded.error().message));

        SR_OK(journal.append(operation(Kind::Commit)));
        QFile kept(dir.filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), damaged);
        OfflineJournal again(path);
        SR_OK(again.load());
        QCOMPARE(again.size(), 1);
    }

    // Each new kind applied twice with its key: the second is the first's result, replayed.
    void applyTwice_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("transfer_cancel") << Kind::TransferCancel;
        QTest::newRow("transfer_write_off") << Kind::TransferWriteOff;
        QTest::newRow("commit") << Kind::Commit;
        QTest::newRow("release") << Kind::Release;
        QTest::newRow("release_many") << Kind::ReleaseMany;
    }

    void applyTwice()
    {
        QFETCH(Kind, kind);
        SR_FIXTURE(f);
        auto shipped = f.api->transferShip(A, WH1, ST1, 6, LedgerService::newKey());
        SR_OK(shipped);
        QList<qint64> reservations;
        for (int i = 0; i < 2; ++i) {
            auto held =
                f.api->reserve(ReserveRequest{A, WH1, 2, 900, QStringLiteral("store"), {}}, LedgerService::newKey());
            SR_OK(held);
            reservations << held->value(QStringLiteral("reservation")).toInteger();
        }
        Operation op = operation(kind);
        op.transfer = shipped->value(QStringLiteral("transfer")).toInteger();
        op.quantity = 2;
        op.reason = QStringLiteral("lost");
        op.reservation = reservations.at(0);
        op.reservations = reservations;
        auto first = applyOperation(*f.api, op);
        SR_OK(first);
        QVERIFY(!first->value(QStringLiteral("replayed")).toBool());
        const QString after = Tests::snapshot(*f.session);
        auto second = applyOperation(*f.api, *Operation::fromJson(op.toJson()));
        SR_OK(second);
        QVERIFY(second->value(QStringLiteral("replayed")).toBool());
        QCOMPARE(Tests::snapshot(*f.session), after);
        SR_VERIFY_LEDGER(*f.api);
    }
};

QTEST_GUILESS_MAIN(TestOperation)
#include "tst_operation.moc"
