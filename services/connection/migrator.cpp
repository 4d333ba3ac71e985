#include "migrator.h"

#include "session.h"
#include "transactionguard.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <servicelog.h>

namespace Stockroom::Services {

namespace {

const QString kMigrationDir = QStringLiteral(":/stockroom/migrations");
constexpr qint64 kMigrationLock = 0x53544f434b; // "STOCK": one migrator at a time per database

// Only this database's staff may connect (version 14). A database's ACL is not copied by CREATE DATABASE ...
// TEMPLATE, so after every migration run the gate is checked, and set up again by a login that may (a superuser);
// any other login leaves it to one.
void assertConnectGate(Session &session)
{
    // A login without USAGE on schema ledger (every client login) cannot even look the function up.
    auto open = session.run(QStringLiteral(
        "SELECT CASE WHEN has_schema_privilege('ledger', 'USAGE')"
        " AND has_database_privilege('public', current_database(), 'CONNECT')"
        " THEN has_function_privilege(to_regprocedure('ledger.assert_connect_gate()'), 'EXECUTE') ELSE false END"));
    if (!open)
        return;
    QSqlQuery *query = open.value();
    const bool needed = query->next() && query->value(0).toBool();
    query->finish();
    if (!needed)
        return;
    if (auto gated = session.run(QStringLiteral("SELECT ledger.assert_connect_gate()")); !gated)
        qCWarning(lcServices) << "the database still lets every login connect:" << gated.error().message;
}

} // namespace

Migrator::Migrator(Session &session)
    : m_session(session)
{
}

QList<Migrator::Migration> Migrator::known()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> out;
    const QStringList files = QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            out.append({match.captured(1).toInt(), match.captured(2), kMigrationDir + u'/' + file});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.version < b.version; });
    return out;
}

int Migrator::latestVersion()
{
    const auto all = known();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion()
{
    auto exists = m_session.run(QStringLiteral("SELECT to_regclass('public.stockroom_schema_version') IS NOT NULL"));
    if (!exists)
        return exists.error();
    QSqlQuery *query = exists.value();
    const bool hasTable = query->next() && query->value(0).toBool();
    query->finish();
    if (!hasTable)
        return 0;
    auto version =
        m_session.run(QStringLiteral("SELECT coalesce(max(version), 0) FROM public.stockroom_schema_version"));
    if (!version)
        return version.error();
    query = version.value();
    const int current = query->next() ? query->value(0).toInt() : 0;
    query->finish();
    return current;
}

Result<int> Migrator::migrate()
{
    const int latest = latestVersion();
    auto current = currentVersion();
    if (!current)
        return current;
    if (current.value() > latest)
        return Error{Error::Kind::Refused,
                     QStringLiteral("the database's schema is version %1, newer than this Stockroom knows (%2): "
                                    "upgrade Stockroom before connecting")
                         .arg(current.value())
                         .arg(latest),
                     {}};
    if (current.value() == latest) {
        assertConnectGate(m_session);
        return latest;
    }

    int version = current.value();
    for (const Migration &migration : known()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Internal, QStringLiteral("missing migration %1").arg(migration.resourcePath), {}};
        const QString script = QString::fromUtf8(file.readAll());

        TransactionGuard transaction(m_session.database());
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        // The lock and the re-read make concurrent migrators wait for one another and skip applied versions.
        if (auto locked = m_session.execScript(
                QStringLiteral("SET LOCAL client_min_messages = warning; SELECT pg_advisory_xact_lock(%1);"
                               "CREATE TABLE IF NOT EXISTS public.stockroom_schema_version ("
                               " version integer PRIMARY KEY, name text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now());"
                               "GRANT SELECT ON public.stockroom_schema_version TO PUBLIC;")
                    .arg(kMigrationLock));
            !locked)
            return locked.error();
        auto applied = currentVersion();
        if (!applied)
            return applied;
        if (applied.value() >= migration.version) {
            version = applied.value();
            continue;
        }
        if (auto ran = m_session.execScript(script); !ran) {
            Error error = ran.error();
            error.message = QStringLiteral("migration %1 (%2) failed: %3")
                                .arg(migration.version)
                                .arg(migration.name, error.message);
            return error;
        }
        if (auto reset = m_session.execScript(QStringLiteral("RESET ROLE; RESET search_path;")); !reset)
            return reset.error();
        if (auto recorded = m_session.run(
                QStringLiteral("INSERT INTO public.stockroom_schema_version (version, name) VALUES (?, ?)"),
                {migration.version, migration.name});
            !recorded)
            return recorded.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        qCInfo(lcServices) << "migrated schema to version" << migration.version << migration.name;
        version = migration.version;
    }
    assertConnectGate(m_session);
    return version;
}

} // namespace Stockroom::Services
