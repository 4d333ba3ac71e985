#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>
#include <QtConcurrent>

#include <connection/embeddedcluster.h>
#include <connection/ledgerlocator.h>
#include <connection/migrator.h>
#include <connection/session.h>
#include <ledger/ledgerservice.h>
#include <ledgertest.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Stockroom;
using namespace Stockroom::Services;

namespace {

int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QString postmasterPid(const EmbeddedCluster &cluster)
{
    QFile file(cluster.dataDir() + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine()).trimmed();
}

QString pgBinDir()
{
    const QString fromEnv = qEnvironmentVariable("STOCKROOM_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        best = std::max(best, QVersionNumber::fromString(entry));
    return root.filePath(best.toString() + QStringLiteral("/bin"));
}

// What someone does by hand: pg_ctl start -D <data> (as the postgres user when root, as the cluster runs).
QString pgCtlByHand(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    const QString pgCtl = pgBinDir() + QStringLiteral("/pg_ctl");
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgCtl} +
                          arguments);
    else
        process.start(pgCtl, arguments);
    if (!process.waitForFinished(90000) || process.exitCode() != 0)
        return QStringLiteral("pg_ctl failed: ") + QString::fromLocal8Bit(process.readAll());
    return {};
}

// The rules pg_hba.conf holds now: "type method" per line.
QStringList hbaRules(Session &session)
{
    QStringList out;
    auto rows = session.rows(QStringLiteral("SELECT type, auth_method, coalesce(error, '') AS error"
                                            " FROM pg_hba_file_rules ORDER BY line_number"));
    if (!rows)
        return {rows.errorMessage()};
    for (const QJsonValue &row : rows.value()) {
        const QJsonObject rule = row.toObject();
        out << rule.value(u"type").toString() + u' ' + rule.value(u"auth_method").toString() +
                   rule.value(u"error").toString();
    }
    return out;
}

} // namespace

// One cluster's life, in order: created and started, private, usable and migrated, reused by a second start,
// stopped, and started again with its data. cleanupTestCase always stops it.
class TestEmbeddedCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Run as root, the cluster runs as the postgres user, which must be able to reach its base directory.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ExeGroup | QFile::ExeOther));
        m_base = m_dir.path() + QStringLiteral("/stockroom");
        m_cluster = std::make_unique<EmbeddedCluster>(m_base);
        QCOMPARE(m_cluster->baseDir(), m_base);
        QVERIFY(!m_cluster->isRunning());
    }

    // Two programs starting a cluster that does not exist yet (the app and stockroomctl, run together): one
    // creates and starts it, the other waits for it and connects; neither fails.
    void concurrentFirstStartsBothSucceed()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ExeGroup | QFile::ExeOther));
        const QString base = dir.path() + QStringLiteral("/stockroom");
        const auto start = [base] {
            return EmbeddedCluster(base).start();
        };
        QFuture<Result<ConnectionSpec>> first = QtConcurrent::run(start);
        QFuture<Result<ConnectionSpec>> second = QtConcurrent::run(start);
        const auto a = first.result();
        const auto b = second.result();
        const auto stopAtEnd = qScopeGuard([&] { EmbeddedCluster(base).stop(); });
        QVERIFY2(a, qPrintable(a.errorMessage()));
        QVERIFY2(b, qPrintable(b.errorMessage()));
        QCOMPARE(a->host, b->host);
        Session session(a.value());
        SR_OK(session.open());
    }

    void cleanupTestCase()
    {
        if (m_cluster) {
            auto stopped = m_cluster->stop();
            QVERIFY2(stopped, qPrintable(stopped.errorMessage()));
            QVERIFY(!m_cluster->isRunning());
        }
    }

    void startCreatesAndRuns()
    {
        QStringList progress;
        auto started = m_cluster->start([&](const QString &text) { progress << text; });
        QVERIFY2(started, qPrintable(started.errorMessage() + u'\n' + readLog()));
        m_spec = started.value();
        QVERIFY(m_cluster->isRunning());
        QVERIFY(QFileInfo::exists(m_cluster->dataDir() + QStringLiteral("/PG_VERSION")));
        QCOMPARE(m_spec.host, m_cluster->socketDir());
        QCOMPARE(m_spec.database, QStringLiteral("stockroom"));
        QVERIFY2(progress.join(u'\n').contains(QStringLiteral("Creating")), qPrintable(progress.join(u'\n')));
        QVERIFY(!postmasterPid(*m_cluster).isEmpty());
    }

    void onlyItsUserCanReachIt()
    {
        QVERIFY(m_cluster->isRunning());
        QCOMPARE(modeOf(m_cluster->socketDir()), 0700);
        QCOMPARE(modeOf(m_base), 0700);
        QVERIFY(QFileInfo::exists(m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.5432")));
        Session session(m_spec, QStringLiteral("embedded"));
        SR_OK(session.open());
        auto settings = session.rows(QStringLiteral("SELECT current_setting('listen_addresses') AS tcp,"
                                                    " current_setting('unix_socket_permissions') AS socket"));
        SR_OK(settings);
        QCOMPARE(settings->at(0).toObject().value(QStringLiteral("tcp")).toString(), QString()); // no TCP at all
        QCOMPARE(settings->at(0).toObject().value(QStringLiteral("socket")).toString(), QStringLiteral("0700"));
    }

    void locatorMigratesIt()
    {
        QVERIFY(m_cluster->isRunning());
        // With no --db and no $STOCKROOM_DB, the locator finds the embedded cluster in $STOCKROOM_DATA_DIR.
        const QByteArray savedDb = qgetenv("STOCKROOM_DB");
        const QByteArray savedDir = qgetenv("STOCKROOM_DATA_DIR");
        qunsetenv("STOCKROOM_DB");
        qputenv("STOCKROOM_DATA_DIR", QFile::encodeName(m_base));
        auto located = LedgerLocator::prepare({});
        qputenv("STOCKROOM_DATA_DIR", savedDir);
        if (!savedDb.isEmpty())
            qputenv("STOCKROOM_DB", savedDb);
        QVERIFY2(located, qPrintable(located.errorMessage()));
        QCOMPARE(located->host, m_spec.host);

        Session session(located.value(), QStringLiteral("embedded"));
        Migrator migrator(session);
        auto version = migrator.currentVersion();
        SR_OK(version);
        QCOMPARE(version.value(), Migrator::latestVersion());

        LedgerService api(session);
        SR_OK(api.addLocation({QStringLiteral("HOME"), QStringLiteral("Home"), QStringLiteral("store"), {}, {}, {}}));
        SR_OK(api.addSku(QStringLiteral("KETTLE"), QStringLiteral("Kettle")));
        SR_OK(api.receive(QStringLiteral("KETTLE"), QStringLiteral("HOME"), 3, QStringLiteral("embedded-1")));
        SR_VERIFY_LEDGER(api);
    }

    void secondStartReusesTheRunningCluster()
    {
        const QString pid = postmasterPid(*m_cluster);
        QVERIFY(!pid.isEmpty());
        QStringList progress;
        auto again = m_cluster->start([&](const QString &text) { progress << text; });
        SR_OK(again);
        QCOMPARE(again->host, m_spec.host);
        QCOMPARE(progress, QStringList()); // nothing to create, nothing to start
        QCOMPARE(postmasterPid(*m_cluster), pid);
        // And a second object for the same directory agrees.
        EmbeddedCluster other(m_base);
        QVERIFY(other.isRunning());
        SR_OK(other.start());
        QCOMPARE(postmasterPid(*m_cluster), pid);
    }

    void stopStopsAndStartKeepsTheData()
    {
        auto stopped = m_cluster->stop();
        SR_OK(stopped);
        QVERIFY(!m_cluster->isRunning());
        QVERIFY(!QFileInfo::exists(m_cluster->dataDir() + QStringLiteral("/postmaster.pid")));
        {
            Session session(m_spec, QStringLiteral("embedded"));
            auto opened = session.open();
            QVERIFY(!opened);
            QCOMPARE(opened.error().kind, Error::Kind::Connection);
        }
        SR_OK(m_cluster->stop()); // stopping a stopped cluster is fine

        auto restarted = m_cluster->start();
        SR_OK(restarted);
        QVERIFY(m_cluster->isRunning());
        Session session(restarted.value(), QStringLiteral("embedded"));
        LedgerService api(session);
        QCOMPARE(Tests::bucket(api, QStringLiteral("KETTLE"), QStringLiteral("HOME"), QStringLiteral("on_hand")), 3);
    }

    // Started by hand (pg_ctl start -D …, no options), the cluster has what Stockroom starts it with: its socket
    // in the 0700 directory, no TCP, peer authentication only. Before, those were only pg_ctl options, and initdb
    // -A trust made every local connection, TCP included, a trusted superuser.
    void startedByHandListensOnNoTcp()
    {
        SR_OK(m_cluster->stop());
        const QString started =
            pgCtlByHand({QStringLiteral("start"), QStringLiteral("-D"), m_cluster->dataDir(), QStringLiteral("-l"),
                         m_cluster->logFile(), QStringLiteral("-w"), QStringLiteral("-s")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_cluster->isRunning());
        QVERIFY(QFileInfo::exists(m_cluster->socketDir() + QStringLiteral("/.s.PGSQL.5432")));
        {
            Session session(m_spec, QStringLiteral("embedded"));
            SR_OK(session.open());
            auto tcp = session.rows(QStringLiteral("SELECT current_setting('listen_addresses') AS tcp"));
            SR_OK(tcp);
            QCOMPARE(tcp->at(0).toObject().value(QStringLiteral("tcp")).toString(), QString());
            QCOMPARE(hbaRules(session), QStringList{QStringLiteral("local peer")});
        }
        ConnectionSpec overTcp = m_spec;
        overTcp.host = QStringLiteral("127.0.0.1");
        Session tcpSession(overTcp, QStringLiteral("embedded-tcp"));
        auto opened = tcpSession.open();
        QVERIFY2(!opened, "the embedded cluster accepted a TCP connection");
    }

    // A cluster an older version made (trust for everyone, TCP allowed in pg_hba.conf) is fixed at the next
    // start, and a running one reloads the rules.
    void anOlderClustersTrustIsReplaced()
    {
        QFile hba(m_cluster->dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        hba.close();
        QStringList progress;
        auto started = m_cluster->start([&](const QString &text) { progress << text; });
        SR_OK(started);
        Session session(started.value(), QStringLiteral("embedded"));
        QCOMPARE(hbaRules(session), QStringList{QStringLiteral("local peer")});
        QVERIFY2(progress.join(u'\n').contains(QStringLiteral("configuration")), qPrintable(progress.join(u'\n')));
    }

    // A base directory too deep for a socket path: the socket goes to $XDG_RUNTIME_DIR (private, the user's, not
    // a link), or the start is refused saying why; never a predictable directory in /tmp.
    void theSocketNeverFallsBackToTmp()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString deep = dir.path() + QStringLiteral("/a-rather-long-directory-name/another-long-directory-name/"
                                                         "and-one-more-for-good-measure/stockroom");
        const QByteArray savedRuntime = qgetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&] {
            if (savedRuntime.isEmpty())
                qunsetenv("XDG_RUNTIME_DIR");
            else
                qputenv("XDG_RUNTIME_DIR", savedRuntime);
        });

        qunsetenv("XDG_RUNTIME_DIR");
        EmbeddedCluster cluster(deep);
        QVERIFY2(cluster.socketDir().isEmpty(), qPrintable(cluster.socketDir()));
        auto refused = cluster.start();
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("XDG_RUNTIME_DIR")),
                 qPrintable(refused.errorMessage()));

        const QString runtime = dir.path() + QStringLiteral("/run");
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        QVERIFY2(cluster.socketDir().startsWith(runtime + QStringLiteral("/stockroom-")),
                 qPrintable(cluster.socketDir()));
        QVERIFY(cluster.socketDir() != EmbeddedCluster(deep + QStringLiteral("2")).socketDir());

        // Open to others, or a link: refused.
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::WriteOther | QFile::ExeOther | QFile::ReadOther));
        auto open = cluster.start();
        QVERIFY(!open);
        QVERIFY2(open.errorMessage().contains(QStringLiteral("open to other users")), qPrintable(open.errorMessage()));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString link = dir.path() + QStringLiteral("/link");
        QVERIFY(QFile::link(runtime, link));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(link));
        auto linked = cluster.start();
        QVERIFY(!linked);
        QVERIFY2(linked.errorMessage().contains(QStringLiteral("symbolic link")), qPrintable(linked.errorMessage()));
    }

private:
    QString readLog() const
    {
        QFile log(m_cluster->logFile());
        return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(2000)) : QString();
    }

    QTemporaryDir m_dir;
    QString m_base;
    std::unique_ptr<EmbeddedCluster> m_cluster;
    ConnectionSpec m_spec;
};

QTEST_GUILESS_MAIN(TestEmbeddedCluster)
#include "tst_embeddedcluster.moc"
