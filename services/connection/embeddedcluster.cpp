#include "embeddedcluster.h"

#include "session.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVersionNumber>

#include <pwd.h>
#include <servicelog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Stockroom::Services {

namespace {

constexpr int kPort = 5432; // only a socket file name here: the cluster listens on no TCP address
const QString kSuperuser = QStringLiteral("stockroom");
const QString kDatabase = QStringLiteral("stockroom");

} // namespace

EmbeddedCluster::EmbeddedCluster(QString baseDir)
    : m_baseDir(baseDir.isEmpty() ? defaultBaseDir() : std::move(baseDir))
    , m_asPostgresUser(::geteuid() == 0)
{
}

QString EmbeddedCluster::defaultBaseDir()
{
    const QString fromEnv = qEnvironmentVariable("STOCKROOM_DATA_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/stockroom");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/stockroom");
}

QString EmbeddedCluster::dataDir() const
{
    return m_baseDir + QStringLiteral("/cluster");
}

QString EmbeddedCluster::socketDir() const
{
    // A socket's path must fit in 107 bytes; very deep home directories fall back to /tmp.
    const QString preferred = m_baseDir + QStringLiteral("/socket");
    if (preferred.toLocal8Bit().size() + 20 < 107)
        return preferred;
    return QStringLiteral("/tmp/stockroom-%1").arg(::geteuid());
}

QString EmbeddedCluster::logFile() const
{
    return m_baseDir + QStringLiteral("/postgresql.log");
}

Result<QString> EmbeddedCluster::binDir() const
{
    const QString fromEnv = qEnvironmentVariable("STOCKROOM_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (version.majorVersion() >= 15 && version > best &&
            QFileInfo::exists(root.filePath(entry + QStringLiteral("/bin/pg_ctl")))) {
            best = version;
            found = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    if (found.isEmpty())
        return Error{Error::Kind::Internal,
                     QStringLiteral("PostgreSQL 15 or newer is not installed (no /usr/lib/postgresql/*/bin/pg_ctl): "
                                    "install the postgresql package, or pass --db postgresql://... to use a server"),
                     {}};
    return found;
}

Status EmbeddedCluster::prepareDirectories() const
{
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (m_asPostgresUser) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres)
            return Error{Error::Kind::Internal,
                         QStringLiteral("running as root: PostgreSQL will not run as root and there is no postgres "
                                        "user to run the embedded cluster. Run Stockroom as a normal user, or pass "
                                        "--db postgresql://... to use a server"),
                         {}};
        uid = postgres->pw_uid;
        gid = postgres->pw_gid;
    }
    for (const QString &dir : {m_baseDir, socketDir()}) {
        if (!QDir().mkpath(dir))
            return Error{Error::Kind::Internal, QStringLiteral("cannot create %1").arg(dir), {}};
        const QByteArray path = QFile::encodeName(dir);
        if (::chmod(path.constData(), 0700) != 0 || ::chown(path.constData(), uid, gid) != 0)
            return Error{
                Error::Kind::Internal, QStringLiteral("cannot make %1 private to the cluster's user").arg(dir), {}};
    }
    return success();
}

Status EmbeddedCluster::runTool(const QString &tool, const QStringList &arguments, int timeoutMs, QString *output) const
{
    auto bin = binDir();
    if (!bin)
        return bin.error();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    const QString program = bin.value() + u'/' + tool;
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return Error{
            Error::Kind::Internal, QStringLiteral("cannot run %1: %2").arg(program, process.errorString()), {}};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        return Error{Error::Kind::Internal, QStringLiteral("%1 did not finish in time").arg(tool), {}};
    }
    const QString text = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{Error::Kind::Internal, QStringLiteral("%1 failed: %2").arg(tool, text), {}};
    return success();
}

bool EmbeddedCluster::isRunning() const
{
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION")))
        return false;
    return bool(runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDir()}, 10000));
}

Result<ConnectionSpec> EmbeddedCluster::start(const Progress &progress)
{
    auto report = [&](const QString &text) {
        qCInfo(lcServices) << text;
        if (progress)
            progress(text);
    };
    if (auto prepared = prepareDirectories(); !prepared)
        return prepared.error();
    // One starter at a time: the app and stockroomctl (or two windows) started together would otherwise both
    // run initdb, pg_ctl start and CREATE DATABASE, and the loser would fail. The others wait, then find it ready.
    QLockFile lock(m_baseDir + QStringLiteral("/start.lock"));
    if (!lock.tryLock(240000))
        return Error{Error::Kind::Internal,
                     QStringLiteral("another program has been starting the embedded cluster in %1 for minutes; "
                                    "if none is, remove %2")
                         .arg(m_baseDir, lock.fileName()),
                     {}};

    if (!QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"))) {
        report(QStringLiteral("Creating the embedded database in %1…").arg(dataDir()));
        if (auto created =
                runTool(QStringLiteral("initdb"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), kSuperuser, QStringLiteral("-A"),
                         QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions")},
                        180000);
            !created)
            return created.error();
    }

    if (!isRunning()) {
        report(QStringLiteral("Starting the embedded database…"));
        const QString options =
            QStringLiteral("-c listen_addresses='' -c unix_socket_permissions=0700 -k '%1'").arg(socketDir());
        auto started = runTool(QStringLiteral("pg_ctl"),
                               {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                                logFile(), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                QStringLiteral("-s"), QStringLiteral("-o"), options},
                               90000);
        if (!started && !isRunning()) {
            Error error = started.error();
            error.message += QStringLiteral(" (see %1)").arg(logFile());
            return error;
        }
    }

    ConnectionSpec spec;
    spec.host = socketDir();
    spec.port = kPort;
    spec.user = kSuperuser;
    spec.database = QStringLiteral("postgres");
    {
        Session admin(spec, QStringLiteral("embedded-setup"));
        auto exists = admin.run(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {kDatabase});
        if (!exists)
            return exists.error();
        const bool hasDatabase = exists.value()->next();
        exists.value()->finish();
        if (!hasDatabase) {
            report(QStringLiteral("Creating database %1…").arg(kDatabase));
            if (auto created = admin.execScript(QStringLiteral("CREATE DATABASE ") + kDatabase); !created)
                return created.error();
        }
    }
    spec.database = kDatabase;
    return spec;
}

Status EmbeddedCluster::stop()
{
    if (!isRunning())
        return success();
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("stop"), QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-s")},
                   60000);
}

} // namespace Stockroom::Services
