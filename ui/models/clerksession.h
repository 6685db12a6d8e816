#pragma once

#include "accountbook.h"
#include "auditlog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class ClerkStore;
class Clock;

// Who is at the counter: a clerk logs in with a name and password (checked on a pool thread,
// since a check costs seconds on purpose), works, and logs out, by hand or when the window
// has been left alone. Everything a clerk does is recorded in the audit log under the clerk's
// account name, logins refused and lockouts included.
class ClerkSession final : public QObject
{
    Q_OBJECT

public:
    ClerkSession(ClerkStore &store, const Clock &clock, QObject *parent = nullptr);
    ~ClerkSession() override;

    bool isLoggedIn() const { return !m_account.isEmpty(); }
    QString account() const { return m_account; }
    QString fullName() const { return m_fullName; }
    bool checking() const { return m_checking; }

    // Records an action of the clerk logged in; false (and a log line) if it could not be
    // written or nobody is logged in.
    bool record(const QString &action, const QString &target, const QString &detail = {});
    QList<AuditLog::Entry> recentAudit(int limit) const;

public slots:
    // Ignored while a check runs. The password's characters are overwritten once checked.
    void logIn(const QString &name, QString password);
    // `why`: "clerk" (the button), "idle" or "closed", as the audit log says it.
    void logOut(const QString &why);

signals:
    void checkingChanged(bool checking);
    void loginFinished(AccountBook::Verdict verdict);
    void loggedIn();
    void loggedOut(const QString &why);

private:
    void finish();
    void setChecking(bool checking);

    ClerkStore &m_store;
    const Clock &m_clock;
    QString m_account;
    QString m_fullName;
    bool m_checking = false;
    AccountBook::Attempt m_attempt;
    QFutureWatcher<bool> m_watcher;
};
