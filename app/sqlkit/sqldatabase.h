#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// One SQLite connection, opened with the project's PRAGMAs and migrated to the newest schema
// found under a resource folder (files named NNN_what.sql, applied in order, each in its own
// transaction together with PRAGMA user_version, so a failed migration leaves the file as it
// was). A QSqlDatabase belongs to the thread that opened it: open one per thread.
class SqlDatabase final
{
public:
    enum class Durability
    {
        Cache,   // synchronous=NORMAL: a power cut may lose the last commits, never corrupt
        Precious // synchronous=FULL: committed means on disk
    };

    SqlDatabase();
    ~SqlDatabase();
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;

    bool open(const QString &path, const QString &migrationsDir, Durability durability,
              QString *error);
    void close();

    bool isOpen() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion(const QString &migrationsDir);

    // Runs one or more statements (no results), e.g. a migration script.
    bool execScript(const QString &sql, QString *error);
    sqlite3 *handle() const;

private:
    bool migrate(const QString &migrationsDir, QString *error);

    QString m_connectionName;
    QString m_path;
};
