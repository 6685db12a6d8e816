#pragma once

#include <QString>

// Where a command line gets a password: the environment variable (for scripts and for an
// editor's session that sets it once), else the terminal with echo off, else one line of stdin.
class PasswordPrompt final
{
public:
    static QString read(const char *environmentVariable, const QString &question);
    // A new password for `name`: from the environment variable as it is, else asked twice.
    // Empty when the two differ or none was given.
    static QString readNew(const char *environmentVariable, const QString &name);
};
