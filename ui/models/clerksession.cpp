#include "clerksession.h"

#include "clerkstore.h"
#include "clock.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcClerk, "ui.clerk")

namespace {

void wipe(QString &text)
{
    if (text.isDetached())
        text.fill(QLatin1Char('0'));
    text.clear();
}

// What the audit log names a refused login by: the name typed when it could be an account,
// never free text (it may be a password typed in the wrong box).
QString auditName(const QString &typed)
{
    return AccountBook::isValidName(typed) ? typed : QStringLiteral("(not an account name)");
}

} // namespace

ClerkSession::ClerkSession(ClerkStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ClerkSession::finish);
}

// A check still running finishes on its pool thread with its own copies; it is not waited for.
ClerkSession::~ClerkSession() = default;

void ClerkSession::logIn(const QString &name, QString password)
{
    if (m_checking || isLoggedIn()) {
        wipe(password);
        return;
    }
    const QString typed = name.trimmed().toLower();
    const auto attempt = m_store.accounts().begin(typed, m_clock.now());
    if (!attempt) {
        wipe(password);
        qCCritical(lcClerk) << "the clerks' file cannot be read: nobody can log in";
        emit loginFinished(AccountBook::Verdict::Failed);
        return;
    }
    m_attempt = *attempt;
    setChecking(true);
    m_watcher.setFuture(
        QtConcurrent::run([attempt = *attempt, password = std::move(password)]() mutable {
            const bool right = AccountBook::matches(attempt, password);
            wipe(password);
            return right;
        }));
}

void ClerkSession::finish()
{
    const bool matched = m_watcher.future().result();
    AccountBook accounts = m_store.accounts();
    const AccountBook::Verdict verdict = accounts.finish(m_attempt, matched, m_clock.now());
    const QString name = m_attempt.name;
    m_attempt = {};
    AuditLog audit = m_store.audit();
    switch (verdict) {
    case AccountBook::Verdict::Accepted:
        m_account = name;
        m_fullName = m_store.fullName(name);
        audit.record(name, QStringLiteral("login"), name, {}, nullptr);
        qCInfo(lcClerk).noquote() << "clerk" << name << "logged in";
        break;
    case AccountBook::Verdict::Refused:
        audit.record(auditName(name), QStringLiteral("login-refused"), auditName(name), {},
                     nullptr);
        qCWarning(lcClerk).noquote() << "clerk login refused for" << auditName(name);
        break;
    case AccountBook::Verdict::Locked:
        audit.record(name, QStringLiteral("login-locked"), name,
                     QStringLiteral("refused without a check: too many wrong passwords"), nullptr);
        qCWarning(lcClerk).noquote() << "clerk" << name << "is locked out";
        break;
    case AccountBook::Verdict::Disabled:
        audit.record(name, QStringLiteral("login-disabled"), name, {}, nullptr);
        qCWarning(lcClerk).noquote() << "clerk" << name << "is disabled and tried to log in";
        break;
    case AccountBook::Verdict::Failed:
        qCCritical(lcClerk) << "the clerks' file cannot be written: login refused";
        break;
    }
    setChecking(false);
    emit loginFinished(verdict);
    if (verdict == AccountBook::Verdict::Accepted)
        emit loggedIn();
}

void ClerkSession::logOut(const QString &why)
{
    if (!isLoggedIn())
        return;
    record(QStringLiteral("logout"), m_account, why);
    qCInfo(lcClerk).noquote() << "clerk" << m_account << "logged out:" << why;
    m_account.clear();
    m_fullName.clear();
    emit loggedOut(why);
}

bool ClerkSession::record(const QString &action, const QString &target, const QString &detail)
{
    if (!isLoggedIn())
        return false;
    QString error;
    if (m_store.audit().record(m_account, action, target, detail, &error))
        return true;
    qCCritical(lcClerk).noquote() << "cannot write the clerks' audit log (" << action << target
                                  << "):" << error;
    return false;
}

QList<AuditLog::Entry> ClerkSession::recentAudit(int limit) const
{
    return m_store.audit().recent(limit);
}

void ClerkSession::setChecking(bool checking)
{
    if (m_checking == checking)
        return;
    m_checking = checking;
    emit checkingChanged(checking);
}
