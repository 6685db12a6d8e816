#pragma once

#include "syncreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <chrono>

class ApiClient;
class Clock;
class ContentStore;
class FetchChangesJob;

// Pulls the change feed from the stored cursor until the server says there is no more,
// applying each page with its cursor in one transaction. Stops at the first failure and
// leaves the cache at the last good page; the next pass resumes from there.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(ApiClient &api, ContentStore &store, const Clock &clock, int pageLimit = 500,
               QObject *parent = nullptr);

    // Ignored while a pass is running. With `wait`, the first request is a long poll: the
    // server answers as soon as something changes, or after `wait` with nothing.
    void start(std::chrono::seconds wait = std::chrono::seconds(0));
    bool isRunning() const { return m_running; }

signals:
    void pageApplied(qint64 cursor);
    void finished(const SyncReport &report);

private:
    void fetchNext(std::chrono::seconds wait);
    void onPageFetched();
    void finish(bool ok, const QString &error);

    ApiClient &m_api;
    ContentStore &m_store;
    const Clock &m_clock;
    int m_pageLimit;
    bool m_running = false;
    FetchChangesJob *m_job = nullptr;
    SyncReport m_report;
    QElapsedTimer m_elapsed;
};
