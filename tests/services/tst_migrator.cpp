#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <connection/migrator.h>
#include <connection/session.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void migratedDatabaseIsAtLatestVersion()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session session(db.spec());
        Migrator migrator(session);
        auto version = migrator.currentVersion();
        QVERIFY2(version, qPrintable(version.errorMessage()));
        QCOMPARE(version.value(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 2);
        auto again = migrator.migrate();
        QVERIFY(again);
        QCOMPARE(again.value(), Migrator::latestVersion());
    }

    // A script fails when any of its statements fails, not only the first: Qt's driver reported only the first
    // one's error, so a seed or migration whose later statement failed was rolled back in silence.
    void scriptFailsOnAnyStatement()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session session(db.spec());
        auto failed = session.execScript(QStringLiteral(
            "CREATE TABLE public.first_step (x integer); SELECT 1 / 0; CREATE TABLE public.last_step (x integer)"));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("division by zero")),
                 qPrintable(failed.error().message));
        auto tables = session.rows(QStringLiteral("SELECT count(*)::integer AS n FROM pg_tables WHERE tablename IN "
                                                  "('first_step', 'last_step')"));
        QVERIFY(tables);
        QCOMPARE(tables->at(0).toObject().value(QStringLiteral("n")).toInt(), 0);
        QVERIFY(session.execScript(QStringLiteral("SELECT 1; SELECT 2; SELECT 3")));
    }

    void refusesNewerSchema()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session session(db.spec());
        QVERIFY(session.execScript(QStringLiteral("INSERT INTO stockroom_schema_version VALUES (9999, 'future')")));
        Migrator migrator(session);
        auto result = migrator.migrate();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY(result.error().message.contains(QStringLiteral("newer")));
    }

    void freshDatabaseMigratesFromZero()
    {
        Tests::TestDatabase db;
        STOCKROOM_REQUIRE_DB(db);
        Session admin(Tests::TestDatabase::server(), QStringLiteral("admin"));
        const QString name = db.name() + QStringLiteral("_empty");
        QVERIFY(admin.execScript(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)));
        {
            ConnectionSpec spec = db.spec();
            spec.database = name;
            Session session(spec);
            Migrator migrator(session);
            QCOMPARE(migrator.currentVersion().value(), 0);
            auto result = migrator.migrate();
            QVERIFY2(result, qPrintable(result.errorMessage()));
            QCOMPARE(result.value(), Migrator::latestVersion());
        }
        QVERIFY(admin.execScript(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(name)));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
