// stockroomctl simulate, run as a person would: its usage errors, a small flash sale's summary and --json fields
// (nothing oversold, every unit accounted for, the ledger verified), hot-SKU mode (run side by side, or refused with
// the reason), and a login that may not make the scratch database.

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctlrun.h>
#include <testdatabase.h>

using namespace Stockroom;

namespace {

using Run = Tests::CtlRun;

// A sale takes longer than an ordinary command: up to two minutes.
Run ctl(const QStringList &arguments)
{
    return Tests::runCtl(arguments, {}, 120000);
}

QString explain(const Run &run)
{
    return run.explain();
}

QStringList sale(const QString &url)
{
    return {QStringLiteral("--db"),     url,
            QStringLiteral("simulate"), QStringLiteral("--stock"),
            QStringLiteral("20"),       QStringLiteral("--buyers"),
            QStringLiteral("60"),       QStringLiteral("--clients"),
            QStringLiteral("4"),        QStringLiteral("--ttl"),
            QStringLiteral("2"),        QStringLiteral("--abandon"),
            QStringLiteral("0.25"),     QStringLiteral("--payment-ms"),
            QStringLiteral("50"),       QStringLiteral("--seed"),
            QStringLiteral("7")};
}

void checkRun(const QJsonObject &run, const QString &mode)
{
    QCOMPARE(run.value(u"mode").toString(), mode);
    QCOMPARE(run.value(u"stock").toInteger(), 20);
    QCOMPARE(run.value(u"buyers").toInteger(), 60);
    QCOMPARE(run.value(u"oversold").toInteger(), 0);
    QCOMPARE(run.value(u"put_on_sale").toInteger(), 20);
    // The burst took every unit; the abandoned ones came back by expiry.
    QCOMPARE(run.value(u"sold").toInteger() + run.value(u"returned_by_expiry").toInteger(), 20);
    QCOMPARE(run.value(u"returned_by_expiry").toInteger(), run.value(u"abandoned").toInteger());
    QCOMPARE(run.value(u"reserved_at_end").toInteger(), 0);
    QCOMPARE(run.value(u"reservations").toInteger() + run.value(u"refusals").toInteger(), 60);
    QCOMPARE(run.value(u"sell_through").toDouble(), double(run.value(u"sold").toInteger()) / 20.0);
    QVERIFY(run.value(u"reservations_per_second").toDouble() > 0);
    QVERIFY(run.value(u"p99_ms").toDouble() >= run.value(u"p50_ms").toDouble());
    QCOMPARE(run.value(u"lock_waits").toObject().value(u"source").toString(), QStringLiteral("pg_locks"));
    QVERIFY(run.value(u"lock_waits").toObject().contains(u"peak_waiters"));
    QCOMPARE(run.value(u"verify").toBool(), true);
    QCOMPARE(run.value(u"accounting_holds").toBool(), true);
    QCOMPARE(run.value(u"clean").toBool(), true);
    QCOMPARE(run.value(u"errors").toInteger(), 0);
}

} // namespace

class TestCtlSimulate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("STOCKROOM_CTL"), "run through ctest"); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList base = {QStringLiteral("simulate"), QStringLiteral("--stock"), QStringLiteral("10"),
                                  QStringLiteral("--buyers"), QStringLiteral("10"),      QStringLiteral("--clients"),
                                  QStringLiteral("2")};
        QTest::newRow("no stock") << QStringList{QStringLiteral("simulate"), QStringLiteral("--buyers"),
                                                 QStringLiteral("10"), QStringLiteral("--clients"), QStringLiteral("2")}
                                  << QStringLiteral("--stock");
        QTest::newRow("abandon above 1") << base + QStringList{QStringLiteral("--abandon"), QStringLiteral("1.5")}
                                         << QStringLiteral("--abandon is a share of buyers from 0 to 1");
        QTest::newRow("poisson without rate")
            << base + QStringList{QStringLiteral("--arrival"), QStringLiteral("poisson:0")}
            << QStringLiteral("--arrival is burst or poisson:RATE");
        QTest::newRow("hot-sku maybe") << base + QStringList{QStringLiteral("--hot-sku"), QStringLiteral("maybe")}
                                       << QStringLiteral("--hot-sku is on, off or both");
        QTest::newRow("ttl 0") << base + QStringList{QStringLiteral("--ttl"), QStringLiteral("0")}
                               << QStringLiteral("--ttl must be 1 to 3600");
        QTest::newRow("unknown option") << base + QStringList{QStringLiteral("--speed"), QStringLiteral("9")}
                                        << QStringLiteral("--speed is not an option");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // Usage is checked before any connection: the server is never asked.
        const Run run =
            ctl(QStringList{QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/x")} + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(explain(run)));
        QVERIFY2(run.err.contains(message), qPrintable(explain(run)));
    }

    void summaryForAPerson()
    {
        const Run run = ctl(sale(Tests::TestDatabase::server().toUrl()));
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        for (const QString &line :
             {QStringLiteral("sell-through"), QStringLiteral("oversold"), QStringLiteral("returned by expiry"),
              QStringLiteral("reservations/s"), QStringLiteral("reserve latency"), QStringLiteral("refused (sold out)"),
              QStringLiteral("lock waits (pg_locks)"), QStringLiteral("api.verify")})
            QVERIFY2(run.out.contains(line), qPrintable(line + u'\n' + run.out));
        QVERIFY2(run.out.contains(u"consistent"), qPrintable(run.out));
        QVERIFY2(!run.out.contains(u"OVERSOLD"), qPrintable(run.out));
        // Progress goes to stderr, with the ledger's samples.
        QVERIFY2(run.err.contains(u"available"), qPrintable(run.err));
    }

    void jsonFields()
    {
        const Run run = ctl(sale(Tests::TestDatabase::server().toUrl()) + QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(!object.isEmpty(), qPrintable(run.out));
        QCOMPARE(object.value(u"simulation").toString(), QStringLiteral("flash-sale"));
        checkRun(object, QStringLiteral("plain"));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // --json: nothing but the object
    }

    void hotSkuBoth()
    {
        const Run run = ctl(sale(Tests::TestDatabase::server().toUrl()) +
                            QStringList{QStringLiteral("--hot-sku"), QStringLiteral("both"), QStringLiteral("--json")});
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        if (object.value(u"error").toString() == u"refused") {
            // A build without hot-SKU mode says so, and runs nothing.
            QVERIFY2(run.exitCode == 3, qPrintable(explain(run)));
            QVERIFY2(run.err.contains(u"hot-SKU mode is not available in this ledger (schema version"),
                     qPrintable(explain(run)));
            return;
        }
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        checkRun(object.value(u"plain").toObject(), QStringLiteral("plain"));
        checkRun(object.value(u"hot").toObject(), QStringLiteral("hot"));
        QCOMPARE(object.value(u"oversold").toInteger(), 0);
        QCOMPARE(object.value(u"clean").toBool(), true);
    }

    void loginWithoutCreatedb()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        const Run run = ctl(sale(db.url(QStringLiteral("associate"))));
        QVERIFY2(run.exitCode == 3, qPrintable(explain(run)));
        QVERIFY2(run.err.contains(u"may not create databases") && run.err.contains(u"CREATEDB"),
                 qPrintable(explain(run)));
    }
};

QTEST_GUILESS_MAIN(TestCtlSimulate)
#include "tst_ctlsimulate.moc"
