#include "takehomelink.h"

namespace {

// Each segment is percent-encoded whole, so an id holding "/", "?", "#" or "%" stays one path
// segment instead of changing the path, starting a query or being decoded twice.
QUrl withSegments(const QUrl &publicBase, const QString &first, const QString &second)
{
    if (!publicBase.isValid() || publicBase.host().isEmpty() || first.isEmpty() || second.isEmpty())
        return {};
    const QString scheme = publicBase.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {};

    QUrl url = publicBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path(QUrl::FullyEncoded);
    // QUrl::StripTrailingSlash keeps a root "/", which would give "//news/...".
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : {first, second})
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace

QUrl TakeHomeLink::forItem(const QUrl &publicBase, Collection collection, const QString &id)
{
    return withSegments(publicBase, collectionName(collection), id);
}

QUrl TakeHomeLink::forReceipt(const QUrl &publicBase, const QString &reference)
{
    return withSegments(publicBase, QStringLiteral("seguimiento"), reference);
}
