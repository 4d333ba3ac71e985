// An automatic reconnect never re-runs a statement outside its transaction (issue 10): a connection lost inside a
// TransactionGuard surfaces as a connection error, the guard's rollback on the dead connection is harmless, and
// nothing of the transaction reaches the ledger; outside a transaction the session reconnects and repeats as before.

#include <QTest>

#include <connection/session.h>
#include <connection/transactionguard.h>
#include <guifixture.h>
#include <tcpproxy.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void neverRepeatsAStatementOutsideItsTransaction()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        const ConnectionSpec direct = db.spec();
        {
            Session admin(direct, QStringLiteral("admin"));
            QVERIFY(admin.execScript(QStringLiteral("CREATE TABLE public.probe (n integer)")));
        }
        Tests::TcpProxy proxy(direct.host, quint16(direct.port));
        QVERIFY(proxy.start());
        ConnectionSpec viaProxy = direct;
        viaProxy.host = QStringLiteral("127.0.0.1");
        viaProxy.port = proxy.port();
        const auto rows = [&] {
            return Tests::scalar(direct, QStringLiteral("SELECT count(*) FROM public.probe")).toLongLong();
        };

        Session session(viaProxy, QStringLiteral("through-proxy"));
        QVERIFY(session.open());
        {
            TransactionGuard transaction(session.database());
            QVERIFY(transaction.begin());
            QVERIFY(session.run(QStringLiteral("INSERT INTO public.probe VALUES (1)")));
            proxy.cut();
            QVERIFY(proxy.restore()); // a reconnect would succeed at once
            auto second = session.run(QStringLiteral("INSERT INTO public.probe VALUES (2)"));
            QVERIFY2(!second, "the statement ran after the transaction it belonged to was lost");
            QCOMPARE(second.error().kind, Error::Kind::Connection);
            auto commit = transaction.commit();
            QVERIFY(!commit);
        } // the guard has nothing to roll back on the dead connection, and must not crash trying
        QCOMPARE(rows(), 0);

        // Outside a transaction a lost connection is reopened and the statement repeated.
        proxy.cut();
        QVERIFY(proxy.restore());
        auto again = session.run(QStringLiteral("INSERT INTO public.probe VALUES (3)"));
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(rows(), 1);
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
