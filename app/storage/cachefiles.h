#pragma once

#include <QString>

// Which file is the content cache. Each rebuild (a resync) writes a new generation,
// content-<N>.sqlite, and a small pointer file, cache.current, names the one in use. The
// pointer is replaced atomically (QSaveFile), so a crash at any moment leaves it naming a
// complete database, and a reader can keep using an old generation until it moves on.
class CacheFiles final
{
public:
    explicit CacheFiles(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    QString currentPath() const;
    QString nextPath() const;
    bool promote(const QString &path, QString *error) const;
    // Deletes every generation but the current one (and its -wal/-shm files).
    void removeStale() const;

private:
    int currentGeneration() const;
    QString pathOf(int generation) const;

    QString m_dataDir;
};
