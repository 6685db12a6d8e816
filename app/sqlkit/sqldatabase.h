#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <vector>

struct sqlite3;

// One database connection, opened with the project's settings and migrated to the newest
// schema found under a resource folder (files named NNN_what.sql, applied in order, each in its
// own transaction together with the schema version, so a failed migration leaves the database
// as it was). A QSqlDatabase belongs to the thread that opened it: open one per thread.
//
// The location is an SQLite file path, or a PostgreSQL URI (postgresql://user@host:port/db,
// libpq's parameters such as passfile or sslmode as query items), whose scripts are read from
// the `postgresql` folder beside the SQLite ones (see docs/server-storage.md).
class SqlDatabase final
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    enum class Durability
    {
        Cache,   // synchronous=NORMAL: a power cut may lose the last commits, never corrupt
        Precious // synchronous=FULL: committed means on disk
    };

    SqlDatabase();
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    bool open(const QString &location, const QString &migrationsDir, Durability durability,
              QString *error);
    // A second connection to the PostgreSQL database `other` has open (and has migrated), for
    // a connection with one job, such as listening for notifications.
    bool openLike(const SqlDatabase &other, QString *error);
    void close();

    static bool isPostgreSqlLocation(const QString &location);
    // The location with any password left out, for logs and messages.
    static QString displayLocation(const QString &location);

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    int schemaVersion() const;
    static int latestVersion(const QString &migrationsDir);
    // Where the scripts for this engine are, given the SQLite scripts' folder.
    static QString migrationsFor(Engine engine, const QString &migrationsDir);

    // A statement prepared once for the life of the connection, for what runs on every request:
    // on PostgreSQL each prepare() is a round trip to the database and another to deallocate.
    // Bind its values and exec it as usual; call finish() once its rows are read (SQLite keeps
    // a read snapshot open until then). Not for statements that may run nested in themselves.
    QSqlQuery &prepared(const QString &sql) const;

    // Runs one or more statements (no results), e.g. a migration script.
    bool execScript(const QString &sql, QString *error);
    sqlite3 *handle() const;

private:
    bool openSqlite(const QString &path, Durability durability, QString *error);
    bool openPostgreSql(const QString &location, QString *error);
    bool migrate(const QString &migrationsDir, QString *error);
    bool migratePostgreSql(const QString &migrationsDir, QString *error);

    QString m_connectionName;
    QString m_path;
    // The cache of prepared statements is not the database's state: const readers use it.
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    mutable std::vector<std::shared_ptr<QSqlQuery>> m_unprepared; // the last that failed
    Engine m_engine = Engine::SQLite;
};
