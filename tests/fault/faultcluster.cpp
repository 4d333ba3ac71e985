#include "faultcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <QVersionNumber>

#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace Stockroom::FaultTest {

using Services::Error;
using Services::Status;

namespace {

Error failure(const QString &message)
{
    return Error{Error::Kind::Internal, message, {}};
}

QString findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("STOCKROOM_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (version > best && QFileInfo::exists(root.filePath(entry + QStringLiteral("/bin/pg_ctl")))) {
            best = version;
            found = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return found;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// The children of a process, from /proc (read before the parent dies: they are reparented then).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &word : file.readAll().simplified().split(' ')) {
            if (const qint64 child = word.toLongLong(); child > 0)
                out << child;
        }
    }
    return out;
}

} // namespace

FaultCluster::FaultCluster() = default;

FaultCluster::~FaultCluster()
{
    stop();
}

QString FaultCluster::dataDir() const
{
    return m_dir->filePath(QStringLiteral("data"));
}

Status FaultCluster::run(const QString &tool, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QString program = m_binDir + u'/' + tool;
    QStringList args = arguments;
    if (m_asPostgres) {
        args.prepend(program);
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args;
        program = QStringLiteral("runuser");
    }
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return failure(QStringLiteral("%1 did not finish within %2 s").arg(tool).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed()));
    return Services::success();
}

Status FaultCluster::create()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty())
        return failure(QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
                                      "(or set STOCKROOM_PG_BINDIR)"));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/stockroom-faulttest-XXXXXX"));
    if (!m_dir->isValid())
        return failure(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString()));
    if (::geteuid() == 0) { // PostgreSQL refuses to run as root
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return failure(QStringLiteral("running as root, but there is no postgres user to run the server as"));
        m_asPostgres = true;
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        if (::chown(QFile::encodeName(m_dir->path()).constData(), m_uid, m_gid) != 0)
            return failure(QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path()));
    }
    m_port = freePort();
    if (m_port == 0)
        return failure(QStringLiteral("no free TCP port on 127.0.0.1"));
    if (auto made = run(QStringLiteral("initdb"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                         QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions")},
                        120000);
        !made)
        return made;
    // Written into the cluster's configuration, so a restart after a kill gets the same settings.
    QFile conf(dataDir() + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return failure(QStringLiteral("cannot write %1").arg(conf.fileName()));
    conf.write(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\nunix_socket_directories = '%2'\n"
                              "fsync = off\nmax_connections = 60\nshared_buffers = 64MB\n"
                              "log_min_messages = warning\n")
                   .arg(m_port)
                   .arg(m_dir->path())
                   .toUtf8());
    conf.close();
    return start();
}

Status FaultCluster::start()
{
    // After a kill of the postmaster alone, its backends live on until they notice (at their next wait), and a new
    // postmaster refuses to start while they hold the old shared memory: try again until they are gone.
    Status started = failure(QStringLiteral("not started"));
    for (int attempt = 0; attempt < 60; ++attempt) {
        started = run(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                       m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                       QStringLiteral("60"), QStringLiteral("-s"), QStringLiteral("start")},
                      90000);
        if (started)
            return started;
        QThread::msleep(500);
    }
    return failure(started.error().message + QStringLiteral("\n") + logTail());
}

qint64 FaultCluster::postmasterPid() const
{
    QFile file(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool FaultCluster::isRunning() const
{
    const qint64 pid = postmasterPid();
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

Services::Result<int> FaultCluster::kill(bool everyProcess)
{
    const qint64 pid = postmasterPid();
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return failure(QStringLiteral("the server is not running (no live pid in postmaster.pid)"));
    const QList<qint64> children = everyProcess ? childrenOf(pid) : QList<qint64>{};
    if (::kill(pid_t(pid), SIGKILL) != 0)
        return failure(QStringLiteral("kill -9 %1 failed").arg(pid));
    int killed = 1;
    for (const qint64 child : children) {
        if (::kill(pid_t(child), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

void FaultCluster::stop()
{
    if (!m_dir || !m_dir->isValid())
        return;
    if (isRunning())
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
             QStringLiteral("-s"), QStringLiteral("stop")},
            60000);
    m_dir.reset();
}

void FaultCluster::keep()
{
    if (m_dir)
        m_dir->setAutoRemove(false);
}

Services::ConnectionSpec FaultCluster::spec(const QString &database) const
{
    Services::ConnectionSpec spec;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = m_port;
    spec.database = database;
    spec.user = QStringLiteral("postgres");
    spec.options = QStringLiteral("connect_timeout=5");
    return spec;
}

QString FaultCluster::logTail(int lines) const
{
    QFile file(m_dir->filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromLocal8Bit(file.readAll()).split(u'\n');
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}

} // namespace Stockroom::FaultTest
