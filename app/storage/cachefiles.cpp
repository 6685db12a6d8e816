#include "cachefiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

const QString kPointer = QStringLiteral("cache.current");

} // namespace

CacheFiles::CacheFiles(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QString CacheFiles::pathOf(int generation) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("content-%1.sqlite").arg(generation));
}

int CacheFiles::currentGeneration() const
{
    QFile pointer(QDir(m_dataDir).filePath(kPointer));
    if (!pointer.open(QIODevice::ReadOnly))
        return 1;
    static const QRegularExpression name(QStringLiteral("^content-(\\d+)\\.sqlite$"));
    const auto match = name.match(QString::fromUtf8(pointer.readAll()).trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 1;
}

QString CacheFiles::currentPath() const
{
    return pathOf(currentGeneration());
}

QString CacheFiles::nextPath() const
{
    return pathOf(currentGeneration() + 1);
}

bool CacheFiles::promote(const QString &path, QString *error) const
{
    QSaveFile pointer(QDir(m_dataDir).filePath(kPointer));
    if (!pointer.open(QIODevice::WriteOnly) ||
        pointer.write(QFileInfo(path).fileName().toUtf8() + '\n') < 0 || !pointer.commit()) {
        if (error)
            *error = QStringLiteral("cannot switch the cache to %1: %2")
                         .arg(path, pointer.errorString());
        return false;
    }
    return true;
}

void CacheFiles::removeStale() const
{
    const QString current = QFileInfo(currentPath()).fileName();
    const QStringList files = QDir(m_dataDir).entryList(
        {QStringLiteral("content-*.sqlite"), QStringLiteral("content-*.sqlite-wal"),
         QStringLiteral("content-*.sqlite-shm"), QStringLiteral("content-*.sqlite-journal")},
        QDir::Files);
    for (const QString &file : files) {
        if (!file.startsWith(current))
            QFile::remove(QDir(m_dataDir).filePath(file));
    }
}
