#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>

class BlobStore;

// Pictures the sync fetched, as the screen needs them: decoded at the size they are shown
// (QImageReader scales while decoding, which is much cheaper than decoding whole and shrinking)
// and kept in QPixmapCache so that scrolling a list does not decode the same file again.
class BlobImages final
{
public:
    explicit BlobImages(const BlobStore *blobs);

    // Cropped to fill `size` exactly. A null pixmap when there is no such blob (not yet
    // downloaded, no blob store) or it is not an image Qt can read.
    QPixmap filled(const QString &sha256, QSize size) const;
    // Scaled to fit within `size`, keeping the whole picture.
    QPixmap fitted(const QString &sha256, QSize size) const;

private:
    QPixmap load(const QString &sha256, QSize size, bool fill) const;

    const BlobStore *m_blobs;
};
