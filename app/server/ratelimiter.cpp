#include "ratelimiter.h"

#include <cmath>

namespace {

// Past this many clients, buckets that have refilled completely are dropped: they hold
// nothing a new bucket would not, and a flood of one-off clients must not grow memory.
constexpr int kPruneAbove = 10000;

} // namespace

RateLimiter::RateLimiter(int perMinute, int burst, Clock clock)
    : m_perMs(double(perMinute) / 60000.0)
    , m_burst(double(std::max(1, burst)))
    , m_clock(std::move(clock))
{}

std::optional<int> RateLimiter::admit(const QString &client)
{
    const qint64 now = m_clock();
    if (m_buckets.size() > m_pruneAbove) {
        forgetFullBuckets(now);
        // Those left are all still held back; looking at them again before the map has
        // doubled would make every request walk them all.
        m_pruneAbove = std::max<qsizetype>(kPruneAbove, 2 * m_buckets.size());
    }
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{m_burst, now});
    Bucket &bucket = it.value();
    bucket.tokens = std::min(m_burst, bucket.tokens + double(now - bucket.updatedMs) * m_perMs);
    bucket.updatedMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    const double waitMs = (1.0 - bucket.tokens) / m_perMs;
    return std::max(1, int(std::ceil(waitMs / 1000.0)));
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + double(nowMs - it->updatedMs) * m_perMs >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}
