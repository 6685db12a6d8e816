#pragma once

#include "cachefiles.h"
#include "contentstore.h"
#include "sqldatabase.h"

#include <memory>

// One connection to the current generation of the content cache (see CacheFiles). The
// ContentStore it hands out stays the same object when the cache moves to a new generation,
// so views and engines holding it keep working.
class ContentCache final
{
public:
    explicit ContentCache(const QString &dataDir);

    bool open(QString *error);
    ContentStore &store() { return m_store; }
    const ContentStore &store() const { return m_store; }
    SqlDatabase &database() { return m_db; }
    QString path() const { return m_db.path(); }
    const CacheFiles &files() const { return m_files; }

    // An empty cache in the next generation's file, to fill from cursor 0.
    std::unique_ptr<ContentCache> startRebuild(QString *error) const;
    // Makes `rebuilt` the current generation and moves this connection onto it.
    bool adopt(ContentCache &rebuilt, QString *error);
    // If another connection promoted a new generation, moves onto it; true when it moved.
    bool followCurrent(QString *error);
    void discard(); // closes and deletes this generation (an abandoned rebuild)

private:
    ContentCache(const QString &dataDir, const QString &path);
    bool openPath(const QString &path, QString *error);

    CacheFiles m_files;
    QString m_fixedPath; // a rebuild's own file; empty: follow the pointer
    SqlDatabase m_db;
    ContentStore m_store;
};
