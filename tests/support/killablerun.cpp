#include "killablerun.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <csignal>
#include <sys/resource.h>

KillableRun KillableRun::run(const QString &program, const QStringList &arguments, int killAfter,
                             qint64 fileSizeLimit)
{
    KillableRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (fileSizeLimit >= 0) {
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
            signal(SIGXFSZ, SIG_IGN);
        });
    }
    QSignalSpy finished(&process, &QProcess::finished);
    bool killSent = false;
    QTimer fault;
    fault.setSingleShot(true);
    QObject::connect(&fault, &QTimer::timeout, &process, [&] {
        if (process.state() != QProcess::NotRunning) {
            killSent = true;
            process.kill();
        }
    });
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(program, arguments);
    run.started = process.waitForStarted(30000);
    if (!run.started) {
        run.output = QStringLiteral("%1 did not start: %2 (%3)")
                         .arg(program, process.errorString())
                         .arg(int(process.error()))
                         .toUtf8();
        return run;
    }
    if (killAfter >= 0)
        fault.start(killAfter);
    run.finished = finished.wait(120000);
    fault.stop();
    if (!run.finished) {
        run.output = program.toUtf8() + " did not finish: " + process.readAll();
        process.kill();
        process.waitForFinished(10000);
    }
    run.milliseconds = elapsed.elapsed();
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.killed = killSent && run.status == QProcess::CrashExit;
    run.output += process.readAll();
    return run;
}
