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

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = SyncReport{};
    m_elapsed.start();
    fetchNext();
}

void SyncEngine::fetchNext()
{
    m_job = new FetchChangesJob(m_api, m_store.cursor(), m_pageLimit, this);
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
    emit pageApplied(page.next);
    if (page.more && page.next > page.since)
        fetchNext();
    else
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
