#include "sqldatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>
#include <sqlite3.h>

namespace {

QAtomicInteger<quint64> connectionCounter;

// version -> resource path of its script
std::map<int, QString> migrationScripts(const QString &dir)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    std::map<int, QString> scripts;
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            scripts.emplace(match.captured(1).toInt(), dir + QLatin1Char('/') + file);
    }
    return scripts;
}

} // namespace

SqlDatabase::SqlDatabase()
    : m_connectionName(QStringLiteral("mk-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

SqlDatabase::~SqlDatabase()
{
    close();
}

bool SqlDatabase::open(const QString &path, const QString &migrationsDir, Durability durability,
                       QString *error)
{
    close();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error =
                    QStringLiteral("cannot open database %1: %2").arg(path, db.lastError().text());
            return false;
        }
    }
    // journal_size_limit: a large write (a full sync, a migration) would otherwise leave a WAL
    // file of its size behind for good.
    const QString pragmas =
        QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=%1; "
                       "PRAGMA journal_size_limit=67108864;")
            .arg(durability == Durability::Precious ? QLatin1String("FULL")
                                                    : QLatin1String("NORMAL"));
    if (!execScript(pragmas, error) || !migrate(migrationsDir, error)) {
        close();
        return false;
    }
    return true;
}

void SqlDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase SqlDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *SqlDatabase::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

bool SqlDatabase::execScript(const QString &sql, QString *error)
{
    sqlite3 *db = handle();
    if (!db) {
        if (error)
            *error = QStringLiteral("the database is not open");
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

int SqlDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int SqlDatabase::latestVersion(const QString &migrationsDir)
{
    const auto scripts = migrationScripts(migrationsDir);
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

bool SqlDatabase::migrate(const QString &migrationsDir, QString *error)
{
    const auto scripts = migrationScripts(migrationsDir);
    if (scripts.empty()) {
        if (error)
            *error = QStringLiteral("no schema scripts found in %1").arg(migrationsDir);
        return false;
    }
    const int current = schemaVersion();
    const int latest = scripts.rbegin()->first;
    if (current > latest) {
        if (error)
            *error = QStringLiteral("database %1 has schema version %2, newer than this program "
                                    "knows (%3); it was written by a newer version")
                         .arg(m_path)
                         .arg(current)
                         .arg(latest);
        return false;
    }
    for (const auto &[version, file] : scripts) {
        if (version <= current)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read schema script %1").arg(file);
            return false;
        }
        const QString sql = QStringLiteral("BEGIN IMMEDIATE;\n%1\n;PRAGMA user_version=%2;COMMIT;")
                                .arg(QString::fromUtf8(script.readAll()))
                                .arg(version);
        QString why;
        if (!execScript(sql, &why)) {
            execScript(QStringLiteral("ROLLBACK;"), nullptr);
            if (error)
                *error = QStringLiteral("schema migration %1 of %2 failed, database left at "
                                        "version %3: %4")
                             .arg(version)
                             .arg(m_path)
                             .arg(schemaVersion())
                             .arg(why);
            return false;
        }
    }
    // A migration is one transaction, as large as the file for some: nothing is written after
    // it to checkpoint its WAL, and a WAL left behind is read back whole on every later start
    // (a gigabyte, seconds). This is the only connection yet, so the copy completes.
    if (latest > current)
        execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"), nullptr);
    return true;
}
