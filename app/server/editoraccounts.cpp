#include "editoraccounts.h"

#include "passwordhash.h"
#include "sqldatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

bool setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

EditorAccounts::EditorAccounts(SqlDatabase &db, int iterations)
    : m_db(db)
    , m_iterations(iterations)
{}

bool EditorAccounts::isValidName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return shape.match(name).hasMatch();
}

QString EditorAccounts::passwordProblem(const QString &password)
{
    if (password.size() < 10)
        return QStringLiteral("the password must have at least 10 characters");
    if (password.size() > 256)
        return QStringLiteral("the password must have at most 256 characters");
    return {};
}

bool EditorAccounts::add(const QString &name, const QString &password, QString *error)
{
    if (!isValidName(name))
        return setError(error, QStringLiteral("an account name is 2-64 lower-case letters, "
                                              "digits, '.', '_' or '-' (for example "
                                              "maria.perez), not '%1'")
                                   .arg(name));
    const QString weak = passwordProblem(password);
    if (!weak.isEmpty())
        return setError(error, weak);
    QSqlQuery insert(m_db.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO editors (name, password_hash, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(PasswordHash::create(password, m_iterations));
    insert.addBindValue(isoNow());
    if (!insert.exec())
        return setError(error, QStringLiteral("cannot add '%1' (is the name already taken?): %2")
                                   .arg(name, insert.lastError().text()));
    return true;
}

bool EditorAccounts::resetPassword(const QString &name, const QString &password, QString *error)
{
    const QString weak = passwordProblem(password);
    if (!weak.isEmpty())
        return setError(error, weak);
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE editors SET password_hash = ?, failed_attempts = 0, "
                                  "locked_until = NULL WHERE name = ?"));
    update.addBindValue(PasswordHash::create(password, m_iterations));
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1)
        return setError(error, QStringLiteral("there is no account '%1'").arg(name));
    return true;
}

bool EditorAccounts::setDisabled(const QString &name, bool disabled, QString *error)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE editors SET disabled_at = ?, failed_attempts = 0, "
                                  "locked_until = NULL WHERE name = ?"));
    update.addBindValue(disabled ? QVariant(isoNow()) : QVariant());
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1)
        return setError(error, QStringLiteral("there is no account '%1'").arg(name));
    return true;
}

QList<EditorAccounts::Account> EditorAccounts::list() const
{
    QList<Account> accounts;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name, created_at, disabled_at, locked_until, "
                                   "failed_attempts FROM editors ORDER BY name")))
        return accounts;
    while (query.next()) {
        accounts.append({query.value(0).toString(), fromIso(query.value(1)),
                         fromIso(query.value(2)), fromIso(query.value(3)), query.value(4).toInt()});
    }
    return accounts;
}

EditorAccounts::Verdict EditorAccounts::authenticate(const QString &name, const QString &password,
                                                     const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT password_hash, disabled_at, locked_until FROM editors WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Verdict::Failed;
    if (!query.next()) {
        PasswordHash::verify(password, PasswordHash::decoy(m_iterations));
        return Verdict::Refused;
    }
    const QString stored = query.value(0).toString();
    const bool disabled = !query.value(1).isNull();
    const QDateTime lockedUntil = fromIso(query.value(2));
    query.finish();
    if (lockedUntil.isValid() && now < lockedUntil)
        return Verdict::Locked;
    const bool matches = PasswordHash::verify(password, stored);
    if (disabled) // only the right password learns that the account exists but is disabled
        return matches ? Verdict::Disabled : Verdict::Refused;
    if (!matches)
        return recordFailure(name, now) ? Verdict::Refused : Verdict::Failed;
    // Guesses running in parallel may have locked the account while this one was hashing:
    // success counts only if it is still unlocked now.
    QSqlQuery reset(m_db.connection());
    reset.prepare(QStringLiteral("UPDATE editors SET failed_attempts = 0, locked_until = NULL "
                                 "WHERE name = ? AND (locked_until IS NULL OR locked_until <= ?)"));
    reset.addBindValue(name);
    reset.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!reset.exec())
        return Verdict::Failed;
    return reset.numRowsAffected() == 1 ? Verdict::Accepted : Verdict::Locked;
}

bool EditorAccounts::recordFailure(const QString &name, const QDateTime &now)
{
    // One statement, so that two failed logins at once both count.
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE editors SET locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE "
        "locked_until END, "
        "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END "
        "WHERE name = ?"));
    update.addBindValue(kMaxFailures);
    update.addBindValue(now.addSecs(kLockMinutes * 60).toUTC().toString(Qt::ISODate));
    update.addBindValue(kMaxFailures);
    update.addBindValue(name);
    return update.exec();
}
