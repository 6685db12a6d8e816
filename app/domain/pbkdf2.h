#pragma once

#include <QByteArray>
#include <QString>

// PBKDF2-HMAC-SHA256 and what every use of it needs around it, shared by the kiosk's staff
// PIN and the server's editor passwords (both stored as pbkdf2-sha256$iterations$salt$key).
class Pbkdf2 final
{
public:
    static constexpr int KeyBytes = 32;

    // The secret's UTF-8 copy is overwritten before it is freed.
    static QByteArray derive(const QString &secret, const QByteArray &salt, int iterations);
    static QByteArray randomSalt(int bytes);
    // Takes the same time wherever the first difference is, so timing tells nothing about a key.
    static bool sameBytes(const QByteArray &a, const QByteArray &b);
};
