#include "clock.h"

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}
