#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

// One run of a program that a test may SIGKILL part-way, for crash tests: how it ended and
// what it printed (stdout and stderr merged).
struct KillableRun
{
    bool started = false;
    bool finished = false;
    bool killed = false; // our SIGKILL ended it
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1;
    qint64 milliseconds = 0;
    QByteArray output;

    // With killAfter >= 0, a timer SIGKILLs the program that many ms after it started (fault
    // timing only: the run is waited for through its finished() signal, at most two minutes).
    // With fileSizeLimit >= 0, no file the program writes may grow beyond that many bytes
    // (RLIMIT_FSIZE; a write past it fails with EFBIG, as on a full disk, and the signal that
    // would kill the program is ignored).
    static KillableRun run(const QString &program, const QStringList &arguments, int killAfter,
                           qint64 fileSizeLimit = -1);
};
