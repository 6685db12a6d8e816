#pragma once

#include <QByteArray>
#include <QString>

// Passwords as "pbkdf2-sha256$<iterations>$<salt>$<key>" (base64), derived with Qt's
// QPasswordDigestor. The iteration count travels with the hash so that raising it for new
// passwords leaves old ones valid.
class PasswordHash final
{
public:
    static QString create(const QString &password, int iterations);
    static bool verify(const QString &password, const QString &stored);
    // A hash no password matches, for comparing against when the account does not exist, so
    // that a wrong name takes as long as a wrong password.
    static QString decoy(int iterations);
};
