#pragma once

#include <QString>

// Where the admin command line gets a password: the environment variable (for scripts and for a
// clerk's session that sets it once), else the terminal with echo off, else one line of stdin.
class PasswordPrompt final
{
public:
    static QString read(const char *environmentVariable, const QString &question);
};
