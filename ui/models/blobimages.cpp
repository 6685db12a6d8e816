#include "blobimages.h"

#include "blobstore.h"

#include <QImageReader>
#include <QPixmapCache>

namespace {

// A picture larger than this is refused before decoding: a hostile or broken file must not
// make the kiosk allocate gigabytes.
constexpr qint64 kMaxPixels = qint64(8000) * 8000;

} // namespace

BlobImages::BlobImages(const BlobStore *blobs)
    : m_blobs(blobs)
{}

QPixmap BlobImages::filled(const QString &sha256, QSize size) const
{
    return load(sha256, size, true);
}

QPixmap BlobImages::fitted(const QString &sha256, QSize size) const
{
    return load(sha256, size, false);
}

QPixmap BlobImages::load(const QString &sha256, QSize size, bool fill) const
{
    if (!m_blobs || sha256.isEmpty() || size.isEmpty() || !m_blobs->has(sha256))
        return {};
    const QString key = QStringLiteral("blob:%1:%2x%3:%4")
                            .arg(sha256)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(fill ? 1 : 0);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;

    QImageReader reader(m_blobs->path(sha256));
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid() || qint64(original.width()) * original.height() > kMaxPixels)
        return {};
    const QSize scaled =
        original.scaled(size, fill ? Qt::KeepAspectRatioByExpanding : Qt::KeepAspectRatio);
    reader.setScaledSize(scaled);
    if (fill) {
        reader.setScaledClipRect(QRect(
            QPoint((scaled.width() - size.width()) / 2, (scaled.height() - size.height()) / 2),
            size));
    }
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}
