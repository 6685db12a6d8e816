#pragma once

#include <QByteArray>
#include <QString>

// The staff PIN as "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>". A PIN has few
// possible values, so only the cost of each guess (and the kiosk's lockout) protects it: the
// iteration count is high and travels with the hash, so that raising it later leaves hashes
// already in kiosk.conf files valid.
class StaffPin final
{
public:
    static constexpr int DefaultIterations = 600000;   // OWASP's figure for PBKDF2-HMAC-SHA256
    static constexpr int MinimumIterations = 100000;   // below this kiosk.conf is refused
    static constexpr int MaximumIterations = 10000000; // a check would take a minute or more
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;
    static constexpr int MinimumDigits = 4;
    static constexpr int MaximumDigits = 12;

    static QString hash(const QString &pin, int iterations = DefaultIterations);
    // False with `problem` in words IT staff can act on. Never quotes the text, which may be a
    // PIN written where its hash belongs.
    static bool parse(const QString &encoded, int *iterations, QByteArray *salt, QByteArray *key,
                      QString *problem);
    static bool verify(const QString &pin, const QString &encoded);
    // Empty when the PIN may be used; else why not, in words.
    static QString pinProblem(const QString &pin);
};
