#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class SqlDatabase;

// The people allowed to publish (editors, counter clerks), checked by the admin command line
// against the server's own store. Repeated wrong passwords lock the account for a while, so
// that a stolen shell session cannot guess its way in quickly.
class EditorAccounts final
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

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

    EditorAccounts(SqlDatabase &db, int iterations);

    bool add(const QString &name, const QString &password, QString *error);
    bool resetPassword(const QString &name, const QString &password, QString *error);
    bool setDisabled(const QString &name, bool disabled, QString *error);
    QList<Account> list() const;

    Verdict authenticate(const QString &name, const QString &password, const QDateTime &now);

    // Names: what the audit log and the server log show, so no spaces or control characters.
    static bool isValidName(const QString &name);
    static QString passwordProblem(const QString &password);

private:
    bool recordFailure(const QString &name, const QDateTime &now);

    SqlDatabase &m_db;
    int m_iterations;
};
