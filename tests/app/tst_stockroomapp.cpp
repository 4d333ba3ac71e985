#include <QProcess>
#include <QTest>

// The desktop app's command line where no display can be reached (a terminal over ssh, a CI job): --help
// and --version print and exit 0 instead of aborting for want of a display.
class TestStockroomApp : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run app(const QStringList &arguments)
    {
        Run run;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "STOCKROOM_DB"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("STOCKROOM_DATA_DIR"), QStringLiteral("/nonexistent/stockroom-test"));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("STOCKROOM_APP"), arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(30000)) {
            process.kill();
            run.err = process.errorString();
            return run;
        }
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return run;
    }

private slots:
    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--demo");
        QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--db");
        QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("stockroom ");
    }

    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, argument);
        QFETCH(QString, expected);
        const Run run = app({argument});
        QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestStockroomApp)
#include "tst_stockroomapp.moc"
