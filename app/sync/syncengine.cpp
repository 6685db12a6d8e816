#include "syncengine.h"

#include "apiclient.h"
#include "clock.h"
#include "contentstore.h"
#include "fetchchangesjob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "sync")

SyncEngine::SyncEngine(ApiClient &api, ContentStore &store, const Clock &clock, int pageLimit,
                       QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_clock(clock)
    , m_pageLimit(pageLimit)
{}

void SyncEngine::start(std::chrono::seconds wait)
{
    if (m_running)
        return;
    m_running = true;
    m_report = SyncReport{};
    m_report.longPoll = wait.count() > 0;
    m_elapsed.start();
    fetchNext(wait);
}

void SyncEngine::fetchNext(std::chrono::seconds wait)
{
    FetchChangesJob::Request request;
    request.since = m_store.cursor();
    request.limit = m_pageLimit;
    request.wait = wait;
    // The ETag of the last complete pass names the feed's state then; if it has not moved,
    // the server answers 304 and the idle check costs one small request.
    const auto [etagCursor, etag] = m_store.feedEtag();
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
    if (result.outcome == ApiReply::Outcome::NotModified) {
        m_report.notModified = true;
        finish(true, {});
        return;
    }
    if (!result.page) {
        finish(false, result.error);
        return;
    }
    const ChangePage &page = *result.page;
    QString error;
    if (!m_store.applyPage(page, &error)) {
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
    if (!page.changes.isEmpty() || !page.rejected.isEmpty())
        emit pageApplied(page.next);
    if (page.more && page.next > page.since) {
        fetchNext(std::chrono::seconds(0));
        return;
    }
    m_store.setFeedEtag(page.next, result.etag);
    finish(true, {});
}

void SyncEngine::finish(bool ok, const QString &error)
{
    m_report.ok = ok;
    m_report.error = error;
    m_report.cursor = m_store.cursor();
    m_report.milliseconds = m_elapsed.elapsed();
    if (ok)
        m_store.setLastSyncAt(m_clock.now());
    m_running = false;
    if (ok)
        qCInfo(lcSync).noquote() << m_report.logLine();
    else
        qCWarning(lcSync).noquote() << m_report.logLine();
    emit finished(m_report);
}
