#pragma once

#include <QDateTime>

// Time comes through this seam so that tests can set the kiosk's clock anywhere.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};
