#pragma once

#include "contentstore.h"
#include "sqldatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// The kiosk's schema scripts up to `version`, copied into `directory`/schema: opening a cache
// with that folder writes a cache as an older kiosk did, for migration tests. Returns the
// folder, or an empty string if a script could not be copied.
inline QString oldKioskSchema(const QString &directory, int version)
{
    const QDir schema(ContentStore::schemaDir());
    const QDir target(directory);
    if (!target.mkpath(QStringLiteral("schema")))
        return {};
    const QStringList scripts =
        schema.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : scripts) {
        if (name.section(u'_', 0, 0).toInt() > version)
            continue;
        if (!QFile::copy(schema.filePath(name), target.filePath(QStringLiteral("schema/") + name)))
            return {};
    }
    return target.filePath(QStringLiteral("schema"));
}

// A cache as a kiosk at schema `version` wrote it, in `directory`/cache.sqlite, holding what the
// SQL statements `rows` insert. Returns its path, or an empty string with `error` set.
inline QString oldKioskCache(const QString &directory, int version, const QStringList &rows,
                             QString *error)
{
    const QString schema = oldKioskSchema(directory, version);
    if (schema.isEmpty()) {
        *error = QStringLiteral("cannot copy the schema scripts");
        return {};
    }
    const QString path = QDir(directory).filePath(QStringLiteral("cache.sqlite"));
    SqlDatabase db;
    if (!db.open(path, schema, SqlDatabase::Durability::Cache, error))
        return {};
    if (db.schemaVersion() != version) {
        *error = QStringLiteral("the cache is at schema %1").arg(db.schemaVersion());
        return {};
    }
    QSqlQuery insert(db.connection());
    for (const QString &row : rows) {
        if (!insert.exec(row)) {
            *error = insert.lastError().text();
            return {};
        }
    }
    return path;
}
