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
