#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Stockroom::Tests {

// One run of the built stockroomctl ($STOCKROOM_CTL): its exit code (-1 when it crashed or did not run) and output.
struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QString explain() const { return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err); }
};

// Runs stockroomctl, never against anything but the URL given on its command line (no $STOCKROOM_DB, no embedded
// cluster); input, when given, is its stdin (then closed). Given up after timeoutMs.
inline CtlRun runCtl(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    CtlRun run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STOCKROOM_DB"));
    env.insert(QStringLiteral("STOCKROOM_DATA_DIR"), QStringLiteral("/nonexistent/stockroom-test")); // never embedded
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("STOCKROOM_CTL"), arguments);
    if (!input.isNull() && process.waitForStarted(10000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        run.err = QStringLiteral("stockroomctl did not run: ") + process.errorString();
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace Stockroom::Tests
