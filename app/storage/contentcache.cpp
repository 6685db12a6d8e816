#include "contentcache.h"

#include <QDir>
#include <QFile>

ContentCache::ContentCache(const QString &dataDir)
    : m_files(dataDir)
    , m_store(m_db)
{}

ContentCache::ContentCache(const QString &dataDir, const QString &path)
    : m_files(dataDir)
    , m_fixedPath(path)
    , m_store(m_db)
{}

bool ContentCache::openPath(const QString &path, QString *error)
{
    return m_db.open(path, ContentStore::schemaDir(), SqlDatabase::Durability::Cache, error);
}

bool ContentCache::open(QString *error)
{
    if (!QDir().mkpath(m_files.dataDir())) {
        if (error)
            *error = QStringLiteral("cannot create the data directory %1").arg(m_files.dataDir());
        return false;
    }
    return openPath(m_fixedPath.isEmpty() ? m_files.currentPath() : m_fixedPath, error);
}

std::unique_ptr<ContentCache> ContentCache::startRebuild(QString *error) const
{
    const QString path = m_files.nextPath();
    // Leftovers of a rebuild that was cut short are not trusted: start it again from nothing.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    std::unique_ptr<ContentCache> rebuild(new ContentCache(m_files.dataDir(), path));
    if (!rebuild->open(error))
        return nullptr;
    return rebuild;
}

bool ContentCache::adopt(ContentCache &rebuilt, QString *error)
{
    const QString path = rebuilt.path();
    rebuilt.m_db.close(); // the last connection checkpoints the WAL into the file
    if (!m_files.promote(path, error))
        return false;
    return openPath(path, error);
}

bool ContentCache::followCurrent(QString *error)
{
    const QString current = m_files.currentPath();
    if (!m_fixedPath.isEmpty() || current == m_db.path())
        return false;
    return openPath(current, error);
}

void ContentCache::discard()
{
    const QString path = m_db.path();
    m_db.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
