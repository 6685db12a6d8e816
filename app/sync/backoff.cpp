#include "backoff.h"

#include <QRandomGenerator>
#include <algorithm>

Backoff::Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max, Random random)
    : m_min(min)
    , m_max(std::max(min, max))
    , m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{}

std::chrono::milliseconds Backoff::nextDelay(std::chrono::milliseconds retryAfter)
{
    return delayFor(m_failures++, retryAfter);
}

std::chrono::milliseconds Backoff::delayFor(int failures,
                                            std::chrono::milliseconds retryAfter) const
{
    const int exponent = std::clamp(failures, 0, 30);
    const double ceiling =
        std::min(double(m_max.count()), double(m_min.count()) * double(qint64(1) << exponent));
    const double delay = ceiling / 2 + m_random() * ceiling / 2;
    return std::max(std::chrono::milliseconds(qint64(delay)), std::min(retryAfter, m_max * 4));
}
