#include "clerkstore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool ClerkStore::open(const QString &path, QString *error)
{
    if (!m_db.open(path, schemaDir(), SqlDatabase::Durability::Precious, error))
        return false;
    // Password hashes and an audit trail that names residents' complaints: the kiosk's user
    // alone reads them, whatever the umask. SQLite gives its -wal and -shm files the same
    // permissions as the database file.
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("cannot make %1 private to this user").arg(path);
        return false;
    }
    return true;
}

AccountBook ClerkStore::accounts(int iterations)
{
    return AccountBook(m_db, QStringLiteral("clerks"), iterations);
}

bool ClerkStore::setFullName(const QString &name, const QString &fullName, QString *error)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE clerks SET full_name = ? WHERE name = ?"));
    update.addBindValue(fullName.simplified().left(200));
    update.addBindValue(name);
    if (!update.exec() || update.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("there is no clerk '%1'").arg(name);
        return false;
    }
    return true;
}

QString ClerkStore::fullName(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT full_name FROM clerks WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    return name;
}
