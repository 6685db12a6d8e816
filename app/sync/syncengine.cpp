#include "syncengine.h"

#include "apiclient.h"
#include "clock.h"
#include "contentcache.h"
#include "fetchchangesjob.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "sync")

SyncEngine::SyncEngine(ApiClient &api, ContentCache &cache, const Clock &clock, int pageLimit,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_clock(clock)
    , m_pageLimit(pageLimit)
{}

SyncEngine::~SyncEngine()
{
    if (m_rebuild)
        m_rebuild->discard();
}

void SyncEngine::start(std::chrono::seconds wait)
{
    if (m_running)
        return;
    m_running = true;
    m_pauses = 0;
    m_report = SyncReport{};
    m_report.longPoll = wait.count() > 0;
    m_elapsed.start();
    // Another process (--sync-once) may have rebuilt the cache since the last pass.
    QString error;
    if (m_cache.followCurrent(&error))
        emit cacheReplaced(m_cache.path());
    if (!error.isEmpty()) {
        finish(false, error);
        return;
    }
    m_target = &m_cache.store();
    fetchNext(wait);
}

void SyncEngine::fetchNext(std::chrono::seconds wait)
{
    FetchChangesJob::Request request;
    request.since = m_target->cursor();
    request.limit = m_pageLimit;
    request.wait = wait;
    request.fresh = m_target->isFreshTraversal();
    // The ETag of the last complete pass names the feed's state then; if it has not moved,
    // the server answers 304 and the idle check costs one small request.
    const auto [etagCursor, etag] = m_target->feedEtag();
    if (etagCursor == request.since)
        request.ifNoneMatch = etag;
    m_job = new FetchChangesJob(m_api, request, this);
    connect(m_job, &FetchChangesJob::finished, this, &SyncEngine::onPageFetched);
    m_job->start();
}

void SyncEngine::onPageFetched()
{
    FetchChangesJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const FetchChangesJob::Result &result = job->result();
    m_report.bytes += result.bytes;

    if (result.outcome == ApiReply::Outcome::Unauthorized)
        m_report.unauthorized = true;
    m_report.retryAfter = result.retryAfter;
    // A server that asks for a short pause mid-pass (its rate limit, during a full sync of
    // many pages) gets it, and the pass goes on from its cursor instead of failing and
    // waiting for the next one.
    constexpr auto kLongestPause = std::chrono::seconds(10);
    constexpr int kMostPauses = 60;
    if (result.outcome == ApiReply::Outcome::Unavailable && result.retryAfter &&
        *result.retryAfter <= kLongestPause && m_pauses < kMostPauses) {
        ++m_pauses;
        qCInfo(lcSync) << "the server asked for a pause of" << result.retryAfter->count()
                       << "s; the pass goes on after it";
        QTimer::singleShot(*result.retryAfter, this,
                           [this] { fetchNext(std::chrono::seconds(0)); });
        return;
    }
    if (result.outcome == ApiReply::Outcome::Gone && !m_rebuild) {
        QString error;
        if (!startRebuild(&error))
            finish(false, error);
        return;
    }
    if (result.outcome == ApiReply::Outcome::NotModified) {
        m_report.notModified = true;
        QString error;
        const bool noted = m_target->setLastSyncAt(m_clock.now(), &error);
        finish(noted, noted ? QString() : error);
        return;
    }
    if (!result.page) {
        finish(false, result.error);
        return;
    }
    const ChangePage &page = *result.page;
    QString error;
    QElapsedTimer storing;
    storing.start();
    const bool stored = m_target->applyPage(page, &error);
    m_report.storeMilliseconds += storing.elapsed();
    if (!stored) {
        finish(false,
               QStringLiteral("could not store the page after %1: %2").arg(page.since).arg(error));
        return;
    }
    for (const RejectedChange &rejected : page.rejected)
        qCWarning(lcSync).noquote() << "skipped change" << rejected.seq << rejected.collection
                                    << rejected.id << "-" << rejected.reason;
    ++m_report.pages;
    m_report.changes += int(page.changes.size());
    m_report.rejected += int(page.rejected.size());
    if (!m_rebuild && (!page.changes.isEmpty() || !page.rejected.isEmpty())) {
        QList<Collection> collections;
        for (const Change &change : page.changes) {
            if (!collections.contains(change.item.collection))
                collections.append(change.item.collection);
        }
        emit pageApplied(page.next, collections);
    }
    if (page.more && page.next > page.since) {
        fetchNext(std::chrono::seconds(0));
        return;
    }
    if (!m_target->completePass(page.next, result.etag, m_clock.now(), &error)) {
        finish(false, QStringLiteral("could not note the end of the pass: %1").arg(error));
        return;
    }
    if (m_rebuild) {
        if (!m_cache.adopt(*m_rebuild, &error)) {
            finish(false, error);
            return;
        }
        m_rebuild.reset();
        m_target = &m_cache.store();
        m_report.resynced = true;
        emit cacheReplaced(m_cache.path());
    }
    finish(true, {});
}

bool SyncEngine::startRebuild(QString *error)
{
    qCWarning(lcSync) << "the server no longer keeps cursor" << m_target->cursor()
                      << "- rebuilding the cache from the start; the old one stays on screen";
    m_rebuild = m_cache.startRebuild(error);
    if (!m_rebuild)
        return false;
    m_target = &m_rebuild->store();
    fetchNext(std::chrono::seconds(0));
    return true;
}

void SyncEngine::finish(bool ok, const QString &error)
{
    if (m_rebuild) {
        // An unfinished rebuild is thrown away; the next 410 starts it again from nothing.
        m_rebuild->discard();
        m_rebuild.reset();
    }
    m_target = &m_cache.store();
    m_report.ok = ok;
    m_report.error = error;
    m_report.cursor = m_cache.store().cursor();
    m_report.milliseconds = m_elapsed.elapsed();
    m_running = false;
    if (ok)
        qCInfo(lcSync).noquote() << m_report.logLine();
    else
        qCWarning(lcSync).noquote() << m_report.logLine();
    emit finished(m_report);
}
