#pragma once

#include "clock.h"
#include "collection.h"
#include "contentcache.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

// A clock that stays where the test puts it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

// A real kiosk cache (SQLite file in a temporary directory) filled with the demo municipality,
// as if synced on `today`, for views to be tested without a server. Items go in through the
// same validation and applyPage as a sync, so the views see exactly what a kiosk would.
class DemoCache final
{
public:
    explicit DemoCache(QDate today = QDate(2026, 11, 28));

    // False (with error()) if the demo did not load; QVERIFY2 it in initTestCase.
    bool open();
    QString error() const { return m_error; }
    QString directory() const { return m_dir.path(); }
    ContentCache &cache() { return *m_cache; }
    ContentStore &store() { return m_cache->store(); }
    SqlDatabase &database() { return m_cache->database(); }

    // One more change, as the next page of the feed would bring it.
    bool put(Collection collection, const QString &id, const QJsonObject &data);
    bool remove(Collection collection, const QString &id);

private:
    bool apply(Collection collection, const QString &id, const QJsonObject *data);

    QDate m_today;
    QTemporaryDir m_dir;
    std::unique_ptr<ContentCache> m_cache;
    qint64 m_seq = 0;
    QString m_error;
};
