#include "accountbook.h"

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

AccountBook::AccountBook(SqlDatabase &db, const QString &table, int iterations)
    : m_db(db)
    , m_table(table)
    , m_iterations(iterations)
{}

QString AccountBook::sql(const char *statement) const
{
    return QString::fromLatin1(statement).replace(QLatin1String("$table"), m_table);
}

bool AccountBook::isValidName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    return shape.match(name).hasMatch();
}

QString AccountBook::passwordProblem(const QString &password)
{
    if (password.size() < 10)
        return QStringLiteral("the password must have at least 10 characters");
    if (password.size() > 256)
        return QStringLiteral("the password must have at most 256 characters");
    return {};
}

bool AccountBook::add(const QString &name, const QString &password, QString *error)
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
    insert.prepare(sql("INSERT INTO $table (name, password_hash, created_at) VALUES (?, ?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(PasswordHash::create(password, m_iterations));
    insert.addBindValue(isoNow());
    if (!insert.exec())
        return setError(error, QStringLiteral("cannot add '%1' (is the name already taken?): %2")
                                   .arg(name, insert.lastError().text()));
    return true;
}

bool AccountBook::resetPassword(const QString &name, const QString &password, QString *error)
{
    const QString weak = passwordProblem(password);
    if (!weak.isEmpty())
        return setError(error, weak);
    QSqlQuery update(m_db.connection());
    update.prepare(sql("UPDATE $table SET password_hash = ?, failed_attempts = 0, "
                       "locked_until = NULL WHERE name = ?"));
    update.addBindValue(PasswordHash::create(password, m_iterations));
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1)
        return setError(error, QStringLiteral("there is no account '%1'").arg(name));
    return true;
}

bool AccountBook::setDisabled(const QString &name, bool disabled, QString *error)
{
    QSqlQuery update(m_db.connection());
    update.prepare(sql("UPDATE $table SET disabled_at = ?, failed_attempts = 0, "
                       "locked_until = NULL WHERE name = ?"));
    update.addBindValue(disabled ? QVariant(isoNow()) : QVariant());
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1)
        return setError(error, QStringLiteral("there is no account '%1'").arg(name));
    return true;
}

QList<AccountBook::Account> AccountBook::list() const
{
    QList<Account> accounts;
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql("SELECT name, created_at, disabled_at, locked_until, "
                        "failed_attempts FROM $table ORDER BY name")))
        return accounts;
    while (query.next()) {
        accounts.append({query.value(0).toString(), fromIso(query.value(1)),
                         fromIso(query.value(2)), fromIso(query.value(3)), query.value(4).toInt()});
    }
    return accounts;
}

bool AccountBook::exists(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql("SELECT 1 FROM $table WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

std::optional<AccountBook::Attempt> AccountBook::begin(const QString &name,
                                                       const QDateTime &now) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        sql("SELECT password_hash, disabled_at, locked_until FROM $table WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return std::nullopt;
    Attempt attempt;
    attempt.name = name;
    if (!query.next()) {
        // A wrong name takes as long as a wrong password.
        attempt.storedHash = PasswordHash::decoy(m_iterations);
        return attempt;
    }
    attempt.exists = true;
    attempt.storedHash = query.value(0).toString();
    attempt.disabled = !query.value(1).isNull();
    const QDateTime lockedUntil = fromIso(query.value(2));
    attempt.locked = lockedUntil.isValid() && now < lockedUntil;
    return attempt;
}

bool AccountBook::matches(const Attempt &attempt, const QString &password)
{
    if (attempt.locked)
        return false; // no hashing for a locked account: the answer is known
    return PasswordHash::verify(password, attempt.storedHash) && attempt.exists;
}

AccountBook::Verdict AccountBook::finish(const Attempt &attempt, bool matched, const QDateTime &now)
{
    if (!attempt.exists)
        return Verdict::Refused;
    if (attempt.locked)
        return Verdict::Locked;
    if (attempt.disabled) // only the right password learns that the account exists but is disabled
        return matched ? Verdict::Disabled : Verdict::Refused;
    if (!matched)
        return recordFailure(attempt.name, now) ? Verdict::Refused : Verdict::Failed;
    // Guesses running in parallel may have locked the account while this one was hashing:
    // success counts only if it is still unlocked now.
    QSqlQuery reset(m_db.connection());
    reset.prepare(sql("UPDATE $table SET failed_attempts = 0, locked_until = NULL "
                      "WHERE name = ? AND (locked_until IS NULL OR locked_until <= ?)"));
    reset.addBindValue(attempt.name);
    reset.addBindValue(now.toUTC().toString(Qt::ISODate));
    if (!reset.exec())
        return Verdict::Failed;
    return reset.numRowsAffected() == 1 ? Verdict::Accepted : Verdict::Locked;
}

AccountBook::Verdict AccountBook::authenticate(const QString &name, const QString &password,
                                               const QDateTime &now)
{
    const auto attempt = begin(name, now);
    if (!attempt)
        return Verdict::Failed;
    return finish(*attempt, matches(*attempt, password), now);
}

bool AccountBook::recordFailure(const QString &name, const QDateTime &now)
{
    // One statement, so that two failed logins at once both count.
    QSqlQuery update(m_db.connection());
    update.prepare(
        sql("UPDATE $table SET locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE "
            "locked_until END, "
            "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 "
            "END WHERE name = ?"));
    update.addBindValue(kMaxFailures);
    update.addBindValue(now.addSecs(kLockMinutes * 60).toUTC().toString(Qt::ISODate));
    update.addBindValue(kMaxFailures);
    update.addBindValue(name);
    return update.exec();
}
