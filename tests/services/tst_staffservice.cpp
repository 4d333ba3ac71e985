#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <connection/session.h>
#include <ledgerfixture.h>
#include <ledgertest.h>
#include <staff/scramverifier.h>
#include <staff/staffservice.h>
#include <testdatabase.h>

using namespace Stockroom;
using namespace Stockroom::Services;

namespace {

const QString WH1 = QStringLiteral("WH1");
const QString ST1 = QStringLiteral("ST1");
// Members of this role sign in with a password on the test server; everyone else keeps its trust.
const QString kPasswordGroup = QStringLiteral("stockroom_test_password");

bool exec(const QString &sql, QString *error = nullptr)
{
    Session admin(Tests::TestDatabase::server(), QStringLiteral("staff-admin"));
    auto ran = admin.execScript(sql);
    if (!ran && error)
        *error = ran.error().message;
    return bool(ran);
}

QVariant serverScalar(const QString &sql, const QVariantList &values = {})
{
    Session admin(Tests::TestDatabase::server(), QStringLiteral("staff-check"));
    auto ran = admin.run(sql, values);
    if (!ran)
        return ran.error().message;
    QVariant value = ran.value()->next() ? ran.value()->value(0) : QVariant();
    ran.value()->finish();
    return value;
}

bool roleExists(const QString &name)
{
    return serverScalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}).toInt() == 1;
}

// A login name no other test process uses; roles are the server's, not the database's.
QString uniqueLogin(const QString &stem)
{
    static int counter = 0;
    return QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++counter);
}

// Drops the roles it names when it goes: declare it before the fixture, so the database (which may hold the
// roles' privileges) is dropped first.
struct Roles
{
    QStringList names;
    ~Roles()
    {
        for (const QString &name : std::as_const(names))
            exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(name));
    }
};

// Whether a connection as user with password is let in.
Result<QString> signIn(const ConnectionSpec &base, const QString &user, const QString &password)
{
    ConnectionSpec spec = base;
    spec.user = user;
    spec.password = password;
    Session session(spec, QStringLiteral("sign-in"));
    auto ran = session.run(QStringLiteral("SELECT current_user::text"));
    if (!ran)
        return ran.error();
    const QString who = ran.value()->next() ? ran.value()->value(0).toString() : QString();
    ran.value()->finish();
    return who;
}

struct Fixture : Tests::LedgerFixture
{
    QString setUp()
    {
        if (QString error = open(QStringLiteral("staff")); !error.isEmpty())
            return error;
        for (const auto &step :
             {api->addLocation({WH1, QStringLiteral("Warehouse"), QStringLiteral("warehouse"), {}, {}, {}}),
              api->addLocation({ST1, QStringLiteral("Store"), QStringLiteral("store"), {}, {}, {}})}) {
            if (!step)
                return step.error().message;
        }
        return {};
    }

    // An admin login that may create logins (CREATEROLE), and its connection spec.
    ConnectionSpec creator(Roles &roles)
    {
        const QString login = uniqueLogin(QStringLiteral("staffadmin"));
        roles.names << login;
        exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE IN ROLE stockroom_admin").arg(login));
        // Staff of this database everywhere, so that it may connect to it (the superuser sets that).
        session->run(QStringLiteral("SELECT api.staff_set(gen_random_uuid(), ?, 'admin', true, NULL, true, NULL)"),
                     {login});
        ConnectionSpec spec = db.spec();
        spec.user = login;
        return spec;
    }
};

StaffDraft draft(const QString &login, const QString &persona, const QStringList &locations,
                 const QStringList &channels = {})
{
    StaffDraft out;
    out.login = login;
    out.persona = persona;
    out.locations = locations;
    out.channels = channels;
    return out;
}

std::optional<StaffMember> member(Session &session, const QString &login)
{
    auto staff = StaffService(session).list();
    if (!staff)
        return std::nullopt;
    for (const StaffMember &m : staff.value()) {
        if (m.login == login)
            return m;
    }
    return std::nullopt;
}

} // namespace

// Staff management: logins created with a verifier computed here (the password never reaches the server),
// assigned to locations and channels through the ledger's API, and refused when the caller may not.
class TestStaffService : public QObject
{
    Q_OBJECT

private:
    // The test server asks members of kPasswordGroup for their password (it trusts everyone else, as
    // tests/pgcluster sets it up): a line for them goes at the head of pg_hba.conf, once.
    static QString requirePasswords()
    {
        QString error;
        exec(QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation"
                            " THEN NULL; END $$")
                 .arg(kPasswordGroup));
        if (!qEnvironmentVariableIsEmpty("STOCKROOM_TEST_DB"))
            return {}; // a server of one's own: it is expected to ask for passwords already
        const bool ok = exec(QStringLiteral(R"sql(
DO $$
DECLARE
    hba text := pg_read_file(current_setting('hba_file'));
    blob oid;
BEGIN
    IF position('+%1' IN hba) = 0 THEN
        blob := lo_from_bytea(0, convert_to('host all +%1 127.0.0.1/32 scram-sha-256' || E'\n'
                                            || 'host all +%1 ::1/128 scram-sha-256' || E'\n' || hba, 'UTF8'));
        PERFORM lo_export(blob, current_setting('hba_file'));
        PERFORM lo_unlink(blob);
        PERFORM pg_reload_conf();
    END IF;
END $$)sql")
                                 .arg(kPasswordGroup),
                             &error);
        return ok ? QString() : error;
    }

private slots:
    // Against the verifier PostgreSQL itself computes for the same password, salt and iterations: the same text,
    // including where SASLprep changes the password and where it gives up and the raw bytes count.
    void verifierIsPostgresOwn_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
        QTest::newRow("ascii control kept") << QStringLiteral("tab\there");
        QTest::newRow("NFKC: umlaut and ligature") << QStringLiteral("Grüße \uFB01nal");
        QTest::newRow("no-break space mapped") << QStringLiteral("pass\u00A0wört");
        QTest::newRow("soft hyphen removed") << QStringLiteral("pa\u00ADsswört");
        QTest::newRow("prohibited private use: raw") << QStringLiteral("pw\uE000xyzé");
        QTest::newRow("right to left") << QStringLiteral("\u05D0\u05D1\u05D2\u05D3\u05D4");
        QTest::newRow("mixed directions: raw") << QStringLiteral("a\u05D0b\u05D1c");
    }

    void verifierIsPostgresOwn()
    {
        QFETCH(QString, password);
        Roles roles;
        const QString probe = uniqueLogin(QStringLiteral("scramprobe"));
        roles.names << probe;
        Session admin(Tests::TestDatabase::server(), QStringLiteral("probe"));
        auto statement = admin.run(
            QStringLiteral("SELECT format('SET password_encryption = ''scram-sha-256''; CREATE ROLE %I PASSWORD %L',"
                           " ?::text, ?::text)"),
            {probe, password});
        QVERIFY2(statement && statement.value()->next(), qPrintable(statement.errorMessage()));
        const QString sql = statement.value()->value(0).toString();
        statement.value()->finish();
        auto created = admin.execScript(sql);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const QString stored =
            serverScalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {probe}).toString();
        const QRegularExpression format(QStringLiteral("^SCRAM-SHA-256\\$(\\d+):([^$]+)\\$([^:]+):(.+)$"));
        const auto match = format.match(stored);
        QVERIFY2(match.hasMatch(), qPrintable(stored));
        const QByteArray salt = QByteArray::fromBase64(match.captured(2).toLatin1());
        QCOMPARE(Scram::verifier(password, salt, match.captured(1).toInt()), stored);
    }

    void verifierHasAFreshSaltEachTime()
    {
        const QString first = Scram::verifier(QStringLiteral("the same password"));
        const QString second = Scram::verifier(QStringLiteral("the same password"));
        QVERIFY(first != second);
        const QRegularExpression format(
            QStringLiteral("^SCRAM-SHA-256\\$4096:[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"));
        QVERIFY2(format.match(first).hasMatch(), qPrintable(first));
        QVERIFY(!first.contains(QStringLiteral("password")));
    }

    // An admin with CREATEROLE adds a login (its name needs quoting); the login signs in with its password and
    // not with another; a retry with the same key creates nothing and changes nothing.
    void aNewLoginSignsInWithItsPassword()
    {
        Roles roles;
        SR_FIXTURE(f);
        const QString hba = requirePasswords();
        QVERIFY2(hba.isEmpty(), qPrintable(hba));
        Session adminSession(f.creator(roles), QStringLiteral("creator"));
        StaffService staff(adminSession);
        const QString login = uniqueLogin(QStringLiteral("Clerk-Ann.O"));
        roles.names << login;
        const QString password = QStringLiteral("Bl\u00E5b\u00E6r-syltet\u00F8y 7");
        const QString key = LedgerService::newKey();
        auto added =
            staff.add(draft(login, QStringLiteral("associate"), {WH1}, {QStringLiteral("store")}), password, key);
        QVERIFY2(added, qPrintable(added.errorMessage()));
        QCOMPARE(added->value(QStringLiteral("login_created")).toBool(), true);
        QVERIFY(roleExists(login));
        QCOMPARE(
            serverScalar(QStringLiteral("SELECT pg_has_role(?, 'stockroom_associate', 'MEMBER')"), {login}).toBool(),
            true);
        const QString stored =
            serverScalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {login}).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(stored));

        QVERIFY(exec(QStringLiteral("GRANT %1 TO \"%2\"").arg(kPasswordGroup, login)));
        // The server reads pg_hba.conf again when it gets to it: until a wrong password is refused.
        QTRY_VERIFY_WITH_TIMEOUT(!signIn(f.db.spec(), login, QStringLiteral("not the password")), 10000);
        const auto wrong = signIn(f.db.spec(), login, QStringLiteral("not the password"));
        QVERIFY2(wrong.errorMessage().contains(QStringLiteral("password authentication failed")),
                 qPrintable(wrong.errorMessage()));
        const auto right = signIn(f.db.spec(), login, password);
        QVERIFY2(right, qPrintable(right.errorMessage()));
        QCOMPARE(right.value(), login);

        auto again =
            staff.add(draft(login, QStringLiteral("associate"), {WH1}, {QStringLiteral("store")}), password, key);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->value(QStringLiteral("login_created")).toBool(), false);
        QCOMPARE(
            serverScalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {login}).toString(),
            stored);
    }

    // Add, assign, unassign and replace, as the list shows them.
    void addAssignAndList()
    {
        Roles roles;
        SR_FIXTURE(f);
        Session adminSession(f.creator(roles), QStringLiteral("creator"));
        StaffService staff(adminSession);
        const QString login = uniqueLogin(QStringLiteral("picker"));
        roles.names << login;
        auto added = staff.add(draft(login, QStringLiteral("associate"), {WH1}, {QStringLiteral("store")}),
                               QStringLiteral("picker-password"), LedgerService::newKey());
        QVERIFY2(added, qPrintable(added.errorMessage()));
        auto listed = member(adminSession, login);
        QVERIFY(listed);
        QCOMPARE(listed->persona, QStringLiteral("associate"));
        QCOMPARE(listed->locations, QStringList{WH1});
        QCOMPARE(listed->channels, QStringList{QStringLiteral("store")});
        QCOMPARE(listed->allLocations, false);
        QCOMPARE(listed->mayConnect, true);

        auto assigned = staff.assign(login, {ST1}, {QStringLiteral("web")}, LedgerService::newKey());
        QVERIFY2(assigned, qPrintable(assigned.errorMessage()));
        listed = member(adminSession, login);
        QVERIFY(listed);
        QStringList locations = listed->locations;
        locations.sort();
        QCOMPARE(locations, (QStringList{ST1, WH1}));
        QStringList channels = listed->channels;
        channels.sort();
        QCOMPARE(channels, (QStringList{QStringLiteral("store"), QStringLiteral("web")}));

        auto unassigned = staff.unassign(login, {WH1}, {QStringLiteral("store")}, LedgerService::newKey());
        QVERIFY2(unassigned, qPrintable(unassigned.errorMessage()));
        listed = member(adminSession, login);
        QVERIFY(listed);
        QCOMPARE(listed->locations, QStringList{ST1});
        QCOMPARE(listed->channels, QStringList{QStringLiteral("web")});

        StaffDraft everywhere = draft(login, QStringLiteral("associate"), {}, {});
        everywhere.allLocations = true;
        everywhere.allChannels = true;
        auto replaced = staff.set(everywhere, LedgerService::newKey());
        QVERIFY2(replaced, qPrintable(replaced.errorMessage()));
        listed = member(adminSession, login);
        QVERIFY(listed);
        QCOMPARE(listed->allLocations, true);
        QCOMPARE(listed->allChannels, true);
        QCOMPARE(listed->toJson().value(QStringLiteral("all_locations")).toBool(), true);
    }

    // Who may not, and what is wrong, is said; nothing is left half-made.
    void refusals()
    {
        Roles roles;
        SR_FIXTURE(f);
        // Not an admin: the database refuses every staff function (42501).
        {
            Session associate(f.db.spec(QStringLiteral("associate")), QStringLiteral("associate"));
            auto assigned =
                StaffService(associate).assign(QStringLiteral("test_associate"), {ST1}, {}, LedgerService::newKey());
            QVERIFY(!assigned);
            QCOMPARE(assigned.error().sqlState, QStringLiteral("42501"));
            QCOMPARE(assigned.error().kind, Error::Kind::PermissionDenied);
        }
        // An admin without CREATEROLE cannot make a login: said so, and nothing is made.
        {
            Session admin(f.db.spec(QStringLiteral("admin")), QStringLiteral("admin"));
            const QString login = uniqueLogin(QStringLiteral("nocreate"));
            roles.names << login;
            auto added = StaffService(admin).add(draft(login, QStringLiteral("associate"), {WH1}),
                                                 QStringLiteral("long enough"), LedgerService::newKey());
            QVERIFY(!added);
            QCOMPARE(added.error().kind, Error::Kind::PermissionDenied);
            QVERIFY2(added.error().message.contains(QStringLiteral("CREATEROLE")), qPrintable(added.error().message));
            QVERIFY2(added.error().message.contains(login), qPrintable(added.error().message));
            QVERIFY(!roleExists(login));
            QVERIFY(!member(*f.session, login));
        }
        Session creator(f.creator(roles), QStringLiteral("creator"));
        StaffService staff(creator);
        // An unknown location: named, and the login made for it in the same call is rolled back.
        {
            const QString login = uniqueLogin(QStringLiteral("nowhere"));
            roles.names << login;
            auto added = staff.add(draft(login, QStringLiteral("associate"), {QStringLiteral("NOPE-9")}),
                                   QStringLiteral("long enough"), LedgerService::newKey());
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(QStringLiteral("NOPE-9")), qPrintable(added.error().message));
            QVERIFY(!roleExists(login));
            f.db.spec(QStringLiteral("associate")); // makes test_associate
            auto channel = staff.add(draft(QStringLiteral("test_associate"), QStringLiteral("associate"), {WH1},
                                           {QStringLiteral("telepathy")}),
                                     {}, LedgerService::newKey());
            QVERIFY(!channel);
            QVERIFY2(channel.error().message.contains(QStringLiteral("telepathy")),
                     qPrintable(channel.error().message));
        }
        // A persona that is not the login's own on the server.
        {
            f.db.spec(QStringLiteral("manager")); // makes test_manager
            const auto before = member(*f.session, QStringLiteral("test_manager"));
            auto added = staff.add(draft(QStringLiteral("test_manager"), QStringLiteral("associate"), {WH1}), {},
                                   LedgerService::newKey());
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(QStringLiteral("test_manager")), qPrintable(added.error().message));
            const auto after = member(*f.session, QStringLiteral("test_manager"));
            QCOMPARE(after.has_value(), before.has_value()); // as it was, staff or not
            if (after)
                QCOMPARE(Tests::toText(after->toJson()), Tests::toText(before->toJson()));
        }
        // Checked before anything is sent: a name that is not a login's, a short or missing password, a role.
        {
            for (const QString &bad : {QStringLiteral("x; DROP TABLE ledger.movement"), QStringLiteral("pg_mine"),
                                       QStringLiteral(""), QString(70, u'a')}) {
                auto added = staff.add(draft(bad, QStringLiteral("associate"), {WH1}), QStringLiteral("long enough"),
                                       LedgerService::newKey());
                QVERIFY(!added);
                QCOMPARE(added.error().kind, Error::Kind::Invalid);
            }
            const QString login = uniqueLogin(QStringLiteral("short"));
            auto shortPassword = staff.add(draft(login, QStringLiteral("associate"), {WH1}), QStringLiteral("abc"),
                                           LedgerService::newKey());
            QVERIFY(!shortPassword);
            QVERIFY2(shortPassword.error().message.contains(QStringLiteral("8 characters")),
                     qPrintable(shortPassword.error().message));
            auto noPassword = staff.add(draft(login, QStringLiteral("associate"), {WH1}), {}, LedgerService::newKey());
            QVERIFY(!noPassword);
            QVERIFY2(noPassword.error().message.contains(login), qPrintable(noPassword.error().message));
            auto badRole = staff.add(draft(login, QStringLiteral("boss"), {WH1}), QStringLiteral("long enough"),
                                     LedgerService::newKey());
            QVERIFY(!badRole);
            QVERIFY2(badRole.error().message.contains(QStringLiteral("boss")), qPrintable(badRole.error().message));
            QVERIFY(!roleExists(login));
        }
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
