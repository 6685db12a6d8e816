#include "freshnesstext.h"

QString FreshnessText::describe(const QDateTime &lastSync, const QDateTime &now, bool online)
{
    if (!lastSync.isValid())
        return online ? tr("Getting the latest information…")
                      : tr("Offline · no information downloaded yet");
    // A kiosk clock set wrong must not show "updated in -3 minutes".
    const qint64 minutes = std::max<qint64>(0, lastSync.secsTo(now) / 60);
    QString age;
    if (minutes < 1)
        age = tr("Updated just now");
    else if (minutes < 60)
        age = tr("Updated %n minutes ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = tr("Updated %n hours ago", nullptr, int(minutes / 60));
    else
        age = tr("Updated %n days ago", nullptr, int(minutes / (24 * 60)));
    return online ? age : tr("Offline · %1").arg(age);
}
