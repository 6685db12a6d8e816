#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <chrono>

class Clock;

// Lets staff past the hidden gesture with the PIN whose hash is in kiosk.conf, and makes
// guessing slow: every check costs a full PBKDF2 derivation (seconds at 600,000 iterations, so
// it runs on a pool thread and the screen stays alive), and after `maxAttempts` wrong PINs in
// a row every try is refused, without a check, until the lockout ends. Each further lockout
// lasts twice as long (at most a day); a right PIN forgives everything.
class PinGate : public QObject
{
    Q_OBJECT

public:
    PinGate(const QString &encodedHash, int maxAttempts, std::chrono::seconds lockout,
            const Clock &clock, QObject *parent = nullptr);
    ~PinGate() override;

    // A valid hash is set; a disabled gate lets no one in.
    bool enabled() const { return m_enabled; }
    bool checking() const { return m_checking; }
    // Named apart from the lockedOut() signal so that connecting to it needs no qOverload.
    bool isLockedOut() const;
    QDateTime lockedUntil() const; // invalid when not locked out
    int attemptsLeft() const;      // before the next lockout
    int maxAttempts() const { return m_maxAttempts; }
    const Clock &clock() const { return m_clock; } // what lockedUntil() is measured by

public slots:
    // Ignored while a check runs and on a disabled gate; refused at once during a lockout.
    // The characters are overwritten once checked.
    void tryPin(QString pin);

signals:
    void checkingChanged(bool checking);
    void accepted();
    void rejected(int attemptsLeft);
    void lockedOut(const QDateTime &until);

private:
    void finish();
    void endExpiredLockout();
    void setChecking(bool checking);

    const QString m_hash;
    const Clock &m_clock;
    const bool m_enabled;
    const int m_maxAttempts;
    const std::chrono::seconds m_lockout;
    QFutureWatcher<bool> m_watcher;
    bool m_checking = false;
    int m_failures = 0; // in a row, since the last success or the end of the last lockout
    int m_lockouts = 0; // since the last success: each one doubles the next
    QDateTime m_lockedUntil;
};
