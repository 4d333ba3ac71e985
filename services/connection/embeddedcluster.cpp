#include "embeddedcluster.h"

#include "session.h"

#include <QCryptographicHash>
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
const QString kIncludeLine = QStringLiteral("include 'stockroom.conf'");

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(u'\'', QStringLiteral("''"));
    return u'\'' + out + u'\'';
}

QString userName(uid_t uid)
{
    const passwd *entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

// A directory nobody else can have prepared: a real directory (not a symbolic link) owned by uid, and, with
// privateMode, open to no one else.
Status checkPrivateDirectory(const QString &dir, uid_t uid, bool privateMode)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(dir).constData(), &info) != 0)
        return Error{Error::Kind::Internal, QStringLiteral("cannot read %1").arg(dir), {}};
    if (S_ISLNK(info.st_mode) || !S_ISDIR(info.st_mode))
        return Error{Error::Kind::Internal,
                     QStringLiteral("%1 is not a directory (a symbolic link or a file): refusing to put the embedded "
                                    "cluster's files there")
                         .arg(dir),
                     {}};
    if (info.st_uid != uid)
        return Error{
            Error::Kind::Internal,
            QStringLiteral("%1 belongs to another user: refusing to put the embedded cluster's files there").arg(dir),
            {}};
    if (privateMode && (info.st_mode & 077) != 0)
        return Error{Error::Kind::Internal,
                     QStringLiteral("%1 is open to other users (mode %2): refusing to put the embedded cluster's "
                                    "socket there")
                         .arg(dir, QString::number(info.st_mode & 07777, 8)),
                     {}};
    return success();
}

} // namespace

EmbeddedCluster::EmbeddedCluster(QString baseDir)
    : m_baseDir(baseDir.isEmpty() ? defaultBaseDir() : std::move(baseDir))
    , m_asPostgresUser(::geteuid() == 0)
    , m_clusterUid(::geteuid())
    , m_clusterGid(::getegid())
{
    if (m_asPostgresUser) {
        if (const passwd *postgres = ::getpwnam("postgres")) {
            m_clusterUid = postgres->pw_uid;
            m_clusterGid = postgres->pw_gid;
        }
    }
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
    // A socket's path must fit in 107 bytes; very deep home directories fall back to the user's runtime
    // directory (never a predictable path in /tmp that another user could have made first).
    const QString preferred = m_baseDir + QStringLiteral("/socket");
    if (preferred.toLocal8Bit().size() + 20 < 107)
        return preferred;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !runtime.startsWith(u'/'))
        return {};
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(m_baseDir), QCryptographicHash::Sha256);
    return runtime + QStringLiteral("/stockroom-") + QString::fromLatin1(hash.toHex().left(12));
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
    if (m_asPostgresUser && !::getpwnam("postgres"))
        return Error{Error::Kind::Internal,
                     QStringLiteral("running as root: PostgreSQL will not run as root and there is no postgres "
                                    "user to run the embedded cluster. Run Stockroom as a normal user, or pass "
                                    "--db postgresql://... to use a server"),
                     {}};
    const QString socket = socketDir();
    if (socket.isEmpty())
        return Error{Error::Kind::Internal,
                     QStringLiteral("the embedded cluster's socket cannot live in %1/socket (the path is too long for "
                                    "a Unix socket) and $XDG_RUNTIME_DIR is not set: set STOCKROOM_DATA_DIR to a "
                                    "shorter directory, log in through a session that sets XDG_RUNTIME_DIR, or pass "
                                    "--db postgresql://... to use a server")
                         .arg(m_baseDir),
                     {}};
    if (!socket.startsWith(m_baseDir + u'/')) { // in $XDG_RUNTIME_DIR: it must be the user's own, private
        const QString runtime = QFileInfo(socket).path();
        if (auto checked = checkPrivateDirectory(runtime, ::geteuid(), true); !checked) {
            Error error = checked.error();
            error.message += QStringLiteral(" ($XDG_RUNTIME_DIR)");
            return error;
        }
        if (m_asPostgresUser)
            return Error{Error::Kind::Internal,
                         QStringLiteral("running as root, the embedded cluster's socket would be in %1, which the "
                                        "postgres user cannot reach: set STOCKROOM_DATA_DIR to a shorter directory")
                             .arg(runtime),
                         {}};
    }
    for (const QString &dir : {m_baseDir, socket}) {
        if (!QDir().mkpath(dir))
            return Error{Error::Kind::Internal, QStringLiteral("cannot create %1").arg(dir), {}};
        // The socket's directory: not a link someone planted, and only then made the cluster user's, 0700.
        const bool isSocket = dir == socket;
        if (isSocket) {
            if (auto real = checkPrivateDirectory(dir, QFileInfo(dir).ownerId(), false); !real)
                return real.error();
        }
        const QByteArray path = QFile::encodeName(dir);
        if (::chown(path.constData(), m_clusterUid, m_clusterGid) != 0 || ::chmod(path.constData(), 0700) != 0)
            return Error{
                Error::Kind::Internal, QStringLiteral("cannot make %1 private to the cluster's user").arg(dir), {}};
        if (isSocket) {
            if (auto owned = checkPrivateDirectory(dir, m_clusterUid, true); !owned)
                return owned.error();
        }
    }
    return success();
}

Status EmbeddedCluster::ownedByClusterUser(const QString &path) const
{
    const QByteArray name = QFile::encodeName(path);
    if (::chown(name.constData(), m_clusterUid, m_clusterGid) != 0 || ::chmod(name.constData(), 0600) != 0)
        return Error{Error::Kind::Internal, QStringLiteral("cannot make %1 the cluster user's").arg(path), {}};
    return success();
}

Status EmbeddedCluster::writeConfiguration(bool *changed) const
{
    *changed = false;
    // Peer authentication on the socket, for the user who runs Stockroom (and the cluster's own user), as the
    // cluster's superuser; no host line at all, so TCP is refused even if someone turns listening on.
    QStringList osUsers{userName(::geteuid())};
    if (m_clusterUid != ::geteuid())
        osUsers << userName(m_clusterUid);
    osUsers.removeAll(QString());
    QString ident =
        QStringLiteral("# Written by Stockroom at every start: the OS users who may log in as %1.\n").arg(kSuperuser);
    for (const QString &user : std::as_const(osUsers))
        ident += QStringLiteral("stockroom %1 %2\n").arg(user, kSuperuser);
    const QString hba = QStringLiteral("# Written by Stockroom at every start: only through the Unix socket, only the "
                                       "OS users in pg_ident.conf (peer). No TCP.\n"
                                       "local all %1 peer map=stockroom\n")
                            .arg(kSuperuser);
    const QString conf = QStringLiteral("# Written by Stockroom at every start, included by postgresql.conf: a cluster "
                                        "started by hand gets these too.\n"
                                        "listen_addresses = ''\n"
                                        "port = %1\n"
                                        "unix_socket_directories = %2\n"
                                        "unix_socket_permissions = 0700\n")
                             .arg(kPort)
                             .arg(quoted(socketDir()));
    const auto write = [&](const QString &name, const QByteArray &content) -> Status {
        const QString path = dataDir() + u'/' + name;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll() == content)
            return success();
        file.close();
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size() ||
            !file.flush())
            return Error{Error::Kind::Internal, QStringLiteral("cannot write %1").arg(path), {}};
        file.close();
        *changed = true;
        return ownedByClusterUser(path);
    };
    for (const auto &[name, content] :
         {std::pair{QStringLiteral("pg_hba.conf"), hba}, std::pair{QStringLiteral("pg_ident.conf"), ident},
          std::pair{QStringLiteral("stockroom.conf"), conf}}) {
        if (auto written = write(name, content.toUtf8()); !written)
            return written;
    }
    QFile main(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!main.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Internal, QStringLiteral("cannot read %1").arg(main.fileName()), {}};
    const QByteArray text = main.readAll();
    main.close();
    if (!text.contains(kIncludeLine.toUtf8())) {
        if (!main.open(QIODevice::WriteOnly | QIODevice::Append) ||
            main.write("\n" + kIncludeLine.toUtf8() + "\n") < 0 || !main.flush())
            return Error{Error::Kind::Internal, QStringLiteral("cannot write %1").arg(main.fileName()), {}};
        *changed = true;
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
        if (auto created = runTool(QStringLiteral("initdb"),
                                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), kSuperuser,
                                    QStringLiteral("--auth-local=peer"), QStringLiteral("--auth-host=reject"),
                                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                    QStringLiteral("--no-instructions")},
                                   180000);
            !created)
            return created.error();
    }

    // Every start writes the configuration, so a cluster an older version made (trust, TCP settings only on
    // its command line) is fixed here; a running one reloads its authentication rules at once.
    bool changed = false;
    if (auto configured = writeConfiguration(&changed); !configured)
        return configured.error();
    if (isRunning()) {
        if (changed) {
            report(QStringLiteral("Updating the embedded database's configuration…"));
            if (auto reloaded =
                    runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("reload"), QStringLiteral("-D"), dataDir(), QStringLiteral("-s")}, 30000);
                !reloaded)
                return reloaded.error();
        }
    } else {
        report(QStringLiteral("Starting the embedded database…"));
        auto started =
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("start"), QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-s")},
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
