#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class SqlDatabase;

// Named accounts with a password each: the server's editors, the kiosk's counter clerks. Each
// lives in its own table of the same shape (name, password_hash, created_at, disabled_at,
// failed_attempts, locked_until). Passwords are PBKDF2-HMAC-SHA256 with a salt per account
// (PasswordHash). Repeated wrong passwords lock the account for a while, and the count is kept
// in the database, so neither a restart nor a second window resets it.
//
// Checking a password costs about two seconds on purpose. So that a window can do it off its
// UI thread while the database stays on that thread, a check comes in three parts: begin()
// reads the account, matches() hashes (any thread), finish() records the outcome.
// authenticate() does all three in a row, for command lines.
class AccountBook final
{
public:
    struct Account
    {
        QString name;
        QDateTime createdAt;
        QDateTime disabledAt;
        QDateTime lockedUntil;
        int failedAttempts = 0;
    };

    enum class Verdict
    {
        Accepted,
        Refused, // wrong name or password: the caller does not say which
        Locked,
        Disabled,
        Failed // the store could not be read or written
    };

    // What begin() found, to be hashed against.
    struct Attempt
    {
        QString name;
        QString storedHash; // a decoy when there is no such account
        bool exists = false;
        bool disabled = false;
        bool locked = false;
    };

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;
    static constexpr int kDefaultIterations = 600000; // OWASP's figure for PBKDF2-HMAC-SHA256

    // `table` is a name from the code (the schema's own table), never from input.
    AccountBook(SqlDatabase &db, const QString &table, int iterations);

    bool add(const QString &name, const QString &password, QString *error);
    bool resetPassword(const QString &name, const QString &password, QString *error);
    bool setDisabled(const QString &name, bool disabled, QString *error);
    QList<Account> list() const;
    bool exists(const QString &name) const;

    // Nothing when the store cannot be read.
    std::optional<Attempt> begin(const QString &name, const QDateTime &now) const;
    // The slow part: safe on any thread, touches no database.
    static bool matches(const Attempt &attempt, const QString &password);
    Verdict finish(const Attempt &attempt, bool matched, const QDateTime &now);

    Verdict authenticate(const QString &name, const QString &password, const QDateTime &now);

    // Names: what audit logs and server logs show, so no spaces or control characters.
    static bool isValidName(const QString &name);
    static QString passwordProblem(const QString &password);

private:
    QString sql(const char *statement) const;
    bool recordFailure(const QString &name, const QDateTime &now);

    SqlDatabase &m_db;
    QString m_table;
    int m_iterations;
};
