#include "benchsupport.h"

#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <connection/migrator.h>
#include <connection/session.h>

namespace Stockroom::Services::Bench {

QString sql(const QString &name)
{
    QFile file(u":/stockroom/bench/" + name + u".sql");
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

double percentileMs(std::vector<qint64> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(size_t(fraction * double(values.size() - 1) + 0.5))) / 1000.0;
}

Result<qint64> scalar(Session &session, const QString &statement)
{
    auto ran = session.run(statement);
    if (!ran)
        return ran.error();
    const qint64 value = ran.value()->next() ? ran.value()->value(0).toLongLong() : 0;
    ran.value()->finish();
    return value;
}

Result<ConnectionSpec> makeDatabase(const ConnectionSpec &server, const QString &name, const Progress &progress)
{
    if (name == server.database)
        return Error{Error::Kind::Invalid,
                     QStringLiteral("the benchmark makes database %1 afresh: connect to another database").arg(name),
                     {}};
    Session admin(server, QStringLiteral("bench-admin"));
    if (progress)
        progress(QStringLiteral("making database %1 on %2").arg(name, server.describe()));
    admin.execScript(QStringLiteral("SET client_min_messages = warning")); // no notice that there was none to drop
    if (auto dropped = admin.execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        !dropped)
        return dropped.error();
    if (auto created = admin.execScript(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)); !created)
        return created.error();
    ConnectionSpec spec = server;
    spec.database = name;
    Session session(spec, QStringLiteral("bench-migrate"));
    if (auto migrated = Migrator(session).migrate(); !migrated)
        return migrated.error();
    return spec;
}

void dropDatabase(const ConnectionSpec &server, const QString &name, const Progress &progress)
{
    Session admin(server, QStringLiteral("bench-admin"));
    if (progress)
        progress(QStringLiteral("dropping database %1").arg(name));
    admin.execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

} // namespace Stockroom::Services::Bench
