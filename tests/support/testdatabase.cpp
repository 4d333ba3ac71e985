#include "testdatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <connection/migrator.h>
#include <connection/session.h>
#include <utility>

namespace Stockroom::Tests {

using Services::ConnectionSpec;
using Services::Migrator;
using Services::Session;

namespace {

QString schemaFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto &migration : Migrator::known()) {
        QFile file(migration.resourcePath);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

bool exec(Session &session, const QString &sql, QString *error)
{
    if (auto ran = session.execScript(sql); !ran) {
        *error = ran.error().message;
        return false;
    }
    return true;
}

// The template is built once per schema; concurrent test processes wait on an advisory lock.
bool ensureTemplate(const QString &templateName, QString *error)
{
    Session admin(TestDatabase::server(), QStringLiteral("test-admin"));
    if (auto opened = admin.open(); !opened) {
        *error = opened.error().message;
        return false;
    }
    if (!exec(admin, QStringLiteral("SELECT pg_advisory_lock(4242)"), error))
        return false;
    auto exists = admin.run(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {templateName});
    bool ok = bool(exists);
    if (ok && !exists.value()->next()) {
        exists.value()->finish();
        ok = exec(admin, QStringLiteral("CREATE DATABASE \"%1\"").arg(templateName), error);
        if (ok) {
            ConnectionSpec spec = TestDatabase::server();
            spec.database = templateName;
            Session session(spec, QStringLiteral("test-template"));
            Migrator migrator(session);
            auto migrated = migrator.migrate();
            if (!migrated) {
                *error = migrated.error().message;
                ok = false;
            }
        }
        if (!ok)
            exec(admin, QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(templateName), error);
    } else if (!ok) {
        *error = exists.error().message;
    }
    QString ignored;
    exec(admin, QStringLiteral("SELECT pg_advisory_unlock(4242)"), &ignored);
    return ok;
}

} // namespace

ConnectionSpec TestDatabase::server()
{
    QString url = qEnvironmentVariable("STOCKROOM_TEST_DB");
    if (url.isEmpty()) {
        QFile file(QStringLiteral(STOCKROOM_TEST_CLUSTER_DIR "/url"));
        if (file.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(file.readAll()).trimmed();
    }
    auto spec = ConnectionSpec::fromUrl(url);
    return spec ? spec.value() : ConnectionSpec{};
}

TestDatabase::TestDatabase()
{
    if (server().host.isEmpty()) {
        m_error = QStringLiteral("no test server: run the tests with ctest (which starts tests/pgcluster) or set "
                                 "STOCKROOM_TEST_DB to a postgresql:// URL of a superuser");
        return;
    }
    const QString templateName = QStringLiteral("stockroom_tpl_") + schemaFingerprint();
    if (!ensureTemplate(templateName, &m_error))
        return;
    static int counter = 0;
    m_name = QStringLiteral("t_%1_%2_%3")
                 .arg(QCoreApplication::applicationName().left(20).toLower().replace(u'-', u'_'))
                 .arg(QCoreApplication::applicationPid())
                 .arg(++counter);
    Session admin(server(), QStringLiteral("test-admin"));
    if (!exec(admin, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name), &m_error) ||
        !exec(admin, QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"").arg(m_name, templateName), &m_error)) {
        m_name.clear();
        return;
    }
    // CREATE DATABASE ... TEMPLATE does not copy the template's connect gate (the database's ACL): set it up as the
    // migrator does, so only this database's staff may connect.
    ConnectionSpec own = server();
    own.database = m_name;
    Session session(own, QStringLiteral("test-gate"));
    exec(session, QStringLiteral("SELECT ledger.assert_connect_gate()"), &m_error);
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    Session admin(server(), QStringLiteral("test-admin"));
    QString ignored;
    exec(admin, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name), &ignored);
    // The database's staff role (ledger.staff_role(): the name, at most 57 characters, and "_staff").
    exec(admin, QStringLiteral("DROP ROLE IF EXISTS \"%1_staff\"").arg(m_name.left(57)), &ignored);
}

ConnectionSpec TestDatabase::spec(const QString &persona) const
{
    ConnectionSpec out = server();
    out.database = m_name;
    if (!persona.isEmpty()) {
        const QString login = QStringLiteral("test_") + persona;
        Session admin(server(), QStringLiteral("test-admin"));
        QString ignored;
        // Roles are cluster-wide; concurrent test processes may race to create the same one.
        exec(admin,
             QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE stockroom_%2; "
                            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                 .arg(login, persona),
             &ignored);
        addStaff(login, persona);
        out.user = login;
    }
    return out;
}

QString TestDatabase::addStaff(const QString &login, const QString &persona, const QStringList &locations,
                               const QStringList &channels) const
{
    // What api.staff_set does, written directly: the API would store an idempotency key, and tests that compare
    // the ledger before and after a refused call count them.
    ConnectionSpec own = server();
    own.database = m_name;
    Session session(own, QStringLiteral("test-staff"));
    const QList<std::pair<QString, QVariantList>> steps = {
        {QStringLiteral("INSERT INTO ledger.staff (login, persona, all_locations, all_channels) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (login) DO UPDATE SET persona = excluded.persona,"
                        " all_locations = excluded.all_locations, all_channels = excluded.all_channels"),
         {login, persona, locations.isEmpty(), channels.isEmpty()}},
        {QStringLiteral("DELETE FROM ledger.staff_location WHERE login = ?"), {login}},
        {QStringLiteral("INSERT INTO ledger.staff_location (login, location_id) SELECT ?, id FROM ledger.location"
                        " WHERE code = ANY (string_to_array(?, ','))"),
         {login, locations.join(u',')}},
        {QStringLiteral("DELETE FROM ledger.staff_channel WHERE login = ?"), {login}},
        {QStringLiteral("INSERT INTO ledger.staff_channel (login, channel) SELECT ?, code FROM ledger.channel"
                        " WHERE code = ANY (string_to_array(?, ','))"),
         {login, channels.join(u',')}},
        {QStringLiteral("SELECT ledger.grant_connect(?)"), {login}},
    };
    for (const auto &[sql, values] : steps) {
        if (auto ran = session.run(sql, values); !ran)
            return ran.error().message;
    }
    return {};
}

QString TestDatabase::url(const QString &persona) const
{
    return spec(persona).toUrl();
}

} // namespace Stockroom::Tests
