#pragma once

#include "contentstore.h"

#include <QDir>
#include <QFile>
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
