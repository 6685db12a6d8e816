#pragma once

#include <QUrl>

class BlobStore;
class ClerkSession;
class Clock;
class ContentStore;
class OutboxWriter;
class SqlDatabase;

// What every section of the kiosk reads from and writes to, handed down by the window so that
// tests can build any section on its own over a real cache. Pointers may be null where a test
// (or a kiosk without an outbox) has no such part: sections then say so instead of failing.
struct ViewContext
{
    const ContentStore *store = nullptr;
    SqlDatabase *cacheDb = nullptr; // the same connection, for full-text search
    const Clock *clock = nullptr;
    const BlobStore *blobs = nullptr; // images and PDFs the sync fetched
    OutboxWriter *outbox = nullptr;   // forms queue submissions here
    QUrl publicBase;                  // the municipality's website, for take-home codes
    ClerkSession *clerks = nullptr;   // counter clerks' logins; null where clerks do not work
};
