#pragma once

#include <QMetaType>
#include <QString>
#include <chrono>
#include <optional>

// What one sync pass did, for the log line, the status badge and --sync-once.
struct SyncReport
{
    bool ok = false;
    bool unauthorized = false; // the server refused our device token: IT staff must act
    bool notModified = false;  // the server said nothing changed (304): one small request
    bool longPoll = false;     // the pass began with a long poll
    bool resynced = false;     // the cache was rebuilt from 0 after a 410
    int pages = 0;
    int changes = 0;
    int rejected = 0;
    qint64 bytes = 0;
    qint64 milliseconds = 0;
    qint64 storeMilliseconds = 0; // of those, writing pages into the cache
    qint64 cursor = 0;
    QString error;
    std::optional<std::chrono::seconds> retryAfter; // the server asked us to wait this long

    QString logLine() const;
};

Q_DECLARE_METATYPE(SyncReport)
