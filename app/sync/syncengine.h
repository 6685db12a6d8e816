#pragma once

#include "collection.h"
#include "syncreport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <chrono>
#include <memory>

class ApiClient;
class Clock;
class ContentCache;
class ContentStore;
class FetchChangesJob;

// Pulls the change feed from the stored cursor until the server says there is no more,
// applying each page with its cursor in one transaction. Stops at the first failure and
// leaves the cache at the last good page; the next pass resumes from there. When the server
// no longer keeps the cursor (410 resync), it fills a new generation of the cache from 0
// while the old one stays on screen, and switches to it only once it is complete.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(ApiClient &api, ContentCache &cache, const Clock &clock, int pageLimit = 500,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Ignored while a pass is running. With `wait`, the first request is a long poll: the
    // server answers as soon as something changes, or after `wait` with nothing.
    void start(std::chrono::seconds wait = std::chrono::seconds(0));
    bool isRunning() const { return m_running; }

signals:
    // The collections the page changed, each once, so that the screen refreshes only what
    // shows them.
    void pageApplied(qint64 cursor, const QList<Collection> &collections);
    void cacheReplaced(const QString &path); // a resync finished: reopen the cache
    void finished(const SyncReport &report);

private:
    void fetchNext(std::chrono::seconds wait);
    void onPageFetched();
    void finish(bool ok, const QString &error);
    bool startRebuild(QString *error);

    ApiClient &m_api;
    ContentCache &m_cache;
    ContentStore *m_target = nullptr; // the cache being written: current, or a rebuild
    std::unique_ptr<ContentCache> m_rebuild;
    const Clock &m_clock;
    int m_pageLimit;
    bool m_running = false;
    int m_pauses = 0; // short pauses the server asked for in this pass
    FetchChangesJob *m_job = nullptr;
    SyncReport m_report;
    QElapsedTimer m_elapsed;
};
