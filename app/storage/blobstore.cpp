#include "blobstore.h"

#include "itemvalidator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace {

const QString kPartial = QStringLiteral(".part");

} // namespace

BlobStore::BlobStore(QString directory)
    : m_directory(std::move(directory))
{}

bool BlobStore::ensureDirectory(QString *error) const
{
    if (QDir().mkpath(m_directory))
        return true;
    if (error)
        *error = QStringLiteral("cannot create the blob directory %1").arg(m_directory);
    return false;
}

QString BlobStore::path(const QString &sha256) const
{
    return QDir(m_directory).filePath(sha256);
}

QString BlobStore::partialPath(const QString &sha256) const
{
    return path(sha256) + kPartial;
}

bool BlobStore::has(const QString &sha256) const
{
    return ItemValidator::isSha256(sha256) && QFileInfo::exists(path(sha256));
}

qint64 BlobStore::partialSize(const QString &sha256) const
{
    return QFileInfo(partialPath(sha256)).size();
}

void BlobStore::discardPartial(const QString &sha256) const
{
    QFile::remove(partialPath(sha256));
}

bool BlobStore::commit(const QString &sha256, QString *error) const
{
    QFile file(partialPath(sha256));
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = QStringLiteral("cannot read the download of %1: %2")
                         .arg(sha256, file.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = QStringLiteral("cannot read the download of %1").arg(sha256);
        return false;
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (actual != sha256) {
        file.close();
        discardPartial(sha256);
        if (error)
            *error = QStringLiteral("blob %1 arrived with hash %2; discarded").arg(sha256, actual);
        return false;
    }
    // On disk before it gets its final name, so a power cut cannot leave a short file there.
    ::fsync(file.handle());
    file.close();
    QFile::remove(path(sha256));
    if (!QFile::rename(partialPath(sha256), path(sha256))) {
        if (error)
            *error = QStringLiteral("cannot move blob %1 into place").arg(sha256);
        return false;
    }
    return true;
}

qint64 BlobStore::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

int BlobStore::removeAllExcept(const QSet<QString> &keep) const
{
    int removed = 0;
    const QStringList files = QDir(m_directory).entryList(QDir::Files);
    for (const QString &file : files) {
        const QString hash = file.endsWith(kPartial) ? file.chopped(kPartial.size()) : file;
        if (keep.contains(hash))
            continue;
        if (QFile::remove(QDir(m_directory).filePath(file)))
            ++removed;
    }
    return removed;
}
