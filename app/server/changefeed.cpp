#include "changefeed.h"

#include "serverstore.h"

#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace {

using Status = QHttpServerResponder::StatusCode;

// A whole number query parameter within [min, max]; `fallback` when absent.
std::optional<qint64> parameter(const QUrlQuery &query, const QString &key, qint64 fallback,
                                qint64 min, qint64 max)
{
    if (!query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < min)
        return std::nullopt;
    return std::min(value, max);
}

} // namespace

ChangeFeed::ChangeFeed(ServerStore &store, Limits limits)
    : m_store(store)
    , m_limits(limits)
{}

std::optional<ChangeFeed::Request> ChangeFeed::parse(const QHttpServerRequest &request,
                                                     HttpAnswer *error) const
{
    const QUrlQuery query = request.query();
    const auto since = parameter(query, QStringLiteral("since"), 0, 0, qint64(1) << 53);
    const auto limit = parameter(query, QStringLiteral("limit"), m_limits.defaultPageLimit, 1,
                                 m_limits.maxPageLimit);
    const auto wait = parameter(query, QStringLiteral("wait"), 0, 0, m_limits.maxWaitSeconds);
    if (!since || !limit || !wait) {
        *error = HttpAnswer::error(Status::BadRequest, "bad_request",
                                   QStringLiteral("since, limit and wait must be whole numbers "
                                                  "(limit at least 1)."));
        return std::nullopt;
    }
    return Request{*since,
                   int(*limit),
                   int(*wait),
                   request.value("If-None-Match").trimmed(),
                   HttpAnswer::acceptsGzip(request),
                   query.queryItemValue(QStringLiteral("fresh")) == QLatin1String("1")};
}

QByteArray ChangeFeed::etag(const ServerStore::Head &head)
{
    // Every change to the feed raises the latest seq (publish, withdraw) or the floor
    // (compaction), so the pair names the feed's state; with the URL it names the page.
    return '"' + QByteArray::number(head.latestSeq) + '.' + QByteArray::number(head.floor) + '"';
}

std::optional<HttpAnswer> ChangeFeed::answer(const Request &request, bool mayWait) const
{
    // From 0 the feed is always whole (every item's latest put), and so is a traversal that
    // began at 0; only a cursor of a cache that held items before may have missed a
    // withdrawal that compaction forgot.
    const ServerStore::Head head = m_store.head(); // one read for the checks below
    if (!request.fresh && request.since > 0 && request.since < head.floor)
        return HttpAnswer::error(Status::Gone, "resync",
                                 QStringLiteral("The cursor is older than the server keeps; "
                                                "rebuild the cache from 0."));
    const QByteArray tag = etag(head);
    const bool unchanged = !request.ifNoneMatch.isEmpty() && request.ifNoneMatch == tag;
    if (unchanged && mayWait && request.waitSeconds > 0)
        return std::nullopt;
    if (unchanged) {
        HttpAnswer answer;
        answer.status = Status::NotModified;
        answer.headers = {{QByteArrayLiteral("ETag"), tag},
                          {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache")}};
        return answer;
    }

    QString error;
    const auto page = m_store.changesSince(request.since, request.limit, &error);
    if (!page) {
        qCCritical(lcServer).noquote() << "changes query failed:" << error;
        return HttpAnswer::error(Status::InternalServerError, "internal",
                                 QStringLiteral("The server could not read its store."));
    }
    if (page->count == 0 && mayWait && request.waitSeconds > 0)
        return std::nullopt;

    // The last page carries the cursor at least to the floor: no change exists between the
    // newest one left and the compacted withdrawals above it, and a cursor below the floor
    // would be sent back to rebuild.
    const qint64 next = page->more ? page->next : std::max(page->next, head.floor);
    HttpAnswer answer;
    answer.body = "{\"since\":" + QByteArray::number(request.since) +
                  ",\"next\":" + QByteArray::number(next) +
                  ",\"more\":" + (page->more ? "true" : "false") +
                  ",\"changes\":" + page->changesJson + '}';
    // A full page stays a valid page of the feed for ever: anything published later gets a
    // higher seq and reaches the kiosk on a later page. So caches may keep it; the last page
    // must be revalidated (ETag) because new changes extend it.
    answer.headers = {
        {QByteArrayLiteral("ETag"), tag},
        {QByteArrayLiteral("Cache-Control"),
         page->more ? QByteArrayLiteral("public, max-age=300") : QByteArrayLiteral("no-cache")}};
    return answer;
}
