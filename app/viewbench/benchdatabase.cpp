#include "benchdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <connection/migrator.h>
#include <connection/session.h>

namespace Stockroom::Bench {

using namespace Services;

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

Result<ConnectionSpec> prepareDatabase(const ConnectionSpec &admin, const QString &name, int skus, bool reuse)
{
    QTextStream out(stdout);
    ConnectionSpec spec = admin;
    spec.database = name;
    Session server(admin, QStringLiteral("bench-admin"));
    auto exists = server.run(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {name});
    if (!exists)
        return exists.error();
    const bool present = exists.value()->next();
    exists.value()->finish();
    if (present && reuse) {
        Session check(spec, QStringLiteral("bench-check"));
        auto count = check.run(QStringLiteral("SELECT count(*) FROM api.stock"));
        if (count && count.value()->next() && count.value()->value(0).toLongLong() == qint64(skus) * 10) {
            out << "reusing " << name << " with " << skus * 10 << " stock rows\n";
            return spec;
        }
    }
    if (auto dropped = server.execScript(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        !dropped)
        return dropped.error();
    if (auto created = server.execScript(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)); !created)
        return created.error();
    Session session(spec, QStringLiteral("bench-seed"));
    if (auto migrated = Migrator(session).migrate(); !migrated)
        return migrated.error();
    QFile file(QStringLiteral(":/viewbench/stockview_seed.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Internal, QStringLiteral("the seed script is missing"), {}};
    QString script = QString::fromUtf8(file.readAll());
    script.replace(QStringLiteral(":skus"), QString::number(skus));
    QElapsedTimer clock;
    clock.start();
    out << "seeding " << name << ": " << skus << " SKUs x 10 locations…" << Qt::endl;
    if (auto seeded = session.execScript(script); !seeded)
        return seeded.error();
    out << "seeded " << skus * 10 << " stock rows and their movements in " << clock.elapsed() / 1000.0 << " s\n";
    auto verify = session.run(QStringLiteral("SELECT count(*) FROM api.verify()"));
    if (verify && verify.value()->next())
        out << "api.verify(): " << verify.value()->value(0).toLongLong() << " differences\n";
    return spec;
}

} // namespace Stockroom::Bench
