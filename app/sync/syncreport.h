#pragma once

#include <QMetaType>
#include <QString>

// What one sync pass did, for the log line, the status badge and --sync-once.
struct SyncReport
{
    bool ok = false;
    bool unauthorized = false; // the server refused our device token: IT staff must act
    int pages = 0;
    int changes = 0;
    int rejected = 0;
    qint64 bytes = 0;
    qint64 milliseconds = 0;
    qint64 cursor = 0;
    QString error;

    QString logLine() const;
};

Q_DECLARE_METATYPE(SyncReport)
