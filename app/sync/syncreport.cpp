#include "syncreport.h"

QString SyncReport::logLine() const
{
    if (ok && notModified)
        return QStringLiteral("sync ok: not modified, cursor %1, %2 ms")
            .arg(cursor)
            .arg(milliseconds);
    QString line = QStringLiteral("sync %1: %2 pages, %3 changes, %4 rejected, %5 bytes, %6 ms, "
                                  "cursor %7")
                       .arg(ok ? QLatin1String("ok") : QLatin1String("failed"))
                       .arg(pages)
                       .arg(changes)
                       .arg(rejected)
                       .arg(bytes)
                       .arg(milliseconds)
                       .arg(cursor);
    // Where a slow sync spends its time: the network and the server, or this disk.
    if (pages > 0)
        line += QStringLiteral(", %1 ms storing").arg(storeMilliseconds);
    if (!error.isEmpty())
        line += QStringLiteral(": ") + error;
    return line;
}
