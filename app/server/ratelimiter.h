#pragma once

#include <QHash>
#include <QString>
#include <functional>
#include <optional>

// Requests per client (a device token, or an address for public routes) as a token bucket:
// a client may burst, then is held to a steady rate. A refused request learns how many
// seconds to wait, which the server sends as Retry-After with its 429.
class RateLimiter final
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(int perMinute, int burst, Clock clock);

    // nullopt: go ahead; otherwise the whole seconds to wait (at least 1).
    std::optional<int> admit(const QString &client);
    int clientCount() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    void forgetFullBuckets(qint64 nowMs);

    double m_perMs;
    double m_burst;
    Clock m_clock;
    QHash<QString, Bucket> m_buckets;
    qsizetype m_pruneAbove = 10000;
};
