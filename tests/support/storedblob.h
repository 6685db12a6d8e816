#pragma once

#include "blobstore.h"

#include <QCryptographicHash>
#include <QFile>

// Puts bytes into a blob store the way the sync does (a partial file, then a checked commit),
// and returns their hash, or an empty string if that failed.
inline QString storeBlob(const BlobStore &blobs, const QByteArray &bytes)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QFile partial(blobs.partialPath(sha));
    if (!partial.open(QIODevice::WriteOnly) || partial.write(bytes) != bytes.size())
        return {};
    partial.close();
    QString error;
    return blobs.commit(sha, &error) ? sha : QString();
}
