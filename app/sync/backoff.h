#pragma once

#include <chrono>
#include <functional>

// Exponential backoff with jitter, so that a fleet of kiosks that lost the server at the same
// moment does not come back at the same moment. Each delay is drawn from the upper half of
// min * 2^failures (capped at max); a server's Retry-After is honoured when it asks for longer.
class Backoff final
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max, Random random = {});

    std::chrono::milliseconds nextDelay(std::chrono::milliseconds retryAfter = {});
    // The delay after `failures` failures, for callers that keep the count themselves (one
    // per outbox item).
    std::chrono::milliseconds delayFor(int failures,
                                       std::chrono::milliseconds retryAfter = {}) const;
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    std::chrono::milliseconds m_min;
    std::chrono::milliseconds m_max;
    Random m_random;
    int m_failures = 0;
};
