#include "passwordprompt.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

QString PasswordPrompt::read(const char *environmentVariable, const QString &question)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);

    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    QTextStream err(stderr);
    if (terminal) {
        err << question << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    return line;
}

QString PasswordPrompt::readNew(const char *environmentVariable, const QString &name)
{
    const QString first =
        read(environmentVariable, QStringLiteral("New password for %1: ").arg(name));
    if (!qEnvironmentVariableIsEmpty(environmentVariable))
        return first;
    const QString second = read("", QStringLiteral("Once more: "));
    return first == second ? first : QString();
}
