#pragma once

#include "httpanswer.h"
#include "serverstore.h"

#include <QByteArray>
#include <QString>
#include <optional>

class QHttpServerRequest;

// GET /api/v1/changes turned into an answer: the page, its ETag and cache headers, or why
// not. Knows nothing of sockets, so the same answer serves at once or after a long poll.
class ChangeFeed final
{
public:
    struct Request
    {
        qint64 since = 0;
        int limit = 500;
        int waitSeconds = 0;
        QByteArray ifNoneMatch;
        bool gzip = false;
        bool fresh = false; // the client's traversal began at 0 (see docs/protocol.md)
    };

    struct Limits
    {
        int defaultPageLimit = 500;
        int maxPageLimit = 5000;
        int maxWaitSeconds = 60;
    };

    ChangeFeed(ServerStore &store, Limits limits);

    // The parsed request, or an error answer for a malformed one.
    std::optional<Request> parse(const QHttpServerRequest &request, HttpAnswer *error) const;

    // The answer now; nullopt when there is nothing new and the client may still wait.
    std::optional<HttpAnswer> answer(const Request &request, bool mayWait) const;

    const Limits &limits() const { return m_limits; }

private:
    static QByteArray etag(const ServerStore::Head &head);

    ServerStore &m_store;
    Limits m_limits;
};
