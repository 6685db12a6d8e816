#include "blobfetcher.h"

#include "blobstore.h"
#include "contentstore.h"
#include "fetchblobjob.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

// A blob that arrives with the wrong hash three times is left alone until the kiosk restarts,
// rather than downloaded again on every pass.
constexpr int kMaxBadHashes = 3;

} // namespace

QString BlobFetcher::Report::logLine() const
{
    QString line = QStringLiteral("blobs: %1 fetched (%2 bytes), %3 failed, %4 removed, %5 missing")
                       .arg(fetched)
                       .arg(bytes)
                       .arg(failed)
                       .arg(removed)
                       .arg(missing);
    if (overQuota)
        line += QStringLiteral(", quota reached");
    if (!error.isEmpty())
        line += QStringLiteral(": ") + error;
    return line;
}

BlobFetcher::BlobFetcher(ApiClient &api, const ContentStore &store, const BlobStore &blobs,
                         qint64 quotaBytes, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_blobs(blobs)
    , m_quota(quotaBytes)
{}

void BlobFetcher::start()
{
    if (m_running)
        return;
    m_report = Report{};
    QString error;
    if (!m_blobs.ensureDirectory(&error)) {
        m_report.error = error;
        emit finished(m_report);
        return;
    }
    m_running = true;
    const QStringList referenced = m_store.referencedBlobs();
    const QSet<QString> keep(referenced.cbegin(), referenced.cend());
    m_report.removed = m_blobs.removeAllExcept(keep);
    m_queue.clear();
    for (const QString &hash : referenced) {
        if (!m_blobs.has(hash) && m_badHashes.value(hash) < kMaxBadHashes)
            m_queue.append(hash);
    }
    fetchNext();
}

void BlobFetcher::fetchNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const qint64 used = m_blobs.totalBytes();
    if (used >= m_quota) {
        m_report.overQuota = true;
        finish();
        return;
    }
    m_current = m_queue.takeFirst();
    // The partial file is already counted in `used`; the whole blob may take its place.
    const qint64 room = m_quota - used + m_blobs.partialSize(m_current);
    m_job = new FetchBlobJob(m_api, m_current, m_blobs.partialPath(m_current), room, this);
    connect(m_job, &FetchBlobJob::finished, this, &BlobFetcher::onJobFinished);
    m_job->start();
}

void BlobFetcher::onJobFinished()
{
    FetchBlobJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const FetchBlobJob::Result &result = job->result();
    m_report.bytes += result.bytes;
    switch (result.status) {
    case FetchBlobJob::Status::Done: {
        QString error;
        if (m_blobs.commit(m_current, &error)) {
            ++m_report.fetched;
            m_report.resumed += result.resumed ? 1 : 0;
            emit blobArrived(m_current);
        } else {
            ++m_report.failed;
            ++m_badHashes[m_current];
            m_report.error = error;
            qCWarning(lcSync).noquote() << error;
        }
        fetchNext();
        return;
    }
    case FetchBlobJob::Status::OverQuota:
        m_report.overQuota = true;
        ++m_report.failed;
        m_report.error = result.error;
        m_blobs.discardPartial(m_current);
        fetchNext(); // a smaller one may still fit
        return;
    case FetchBlobJob::Status::Unauthorized:
        m_report.unauthorized = true;
        break;
    case FetchBlobJob::Status::Failed:
        break;
    }
    // The network or the server failed: the rest would fail the same way. Try next pass.
    ++m_report.failed;
    m_report.error = result.error;
    m_queue.prepend(m_current);
    finish();
}

void BlobFetcher::finish()
{
    m_running = false;
    m_report.missing = 0;
    const QStringList referenced = m_store.referencedBlobs();
    for (const QString &hash : referenced) {
        if (!m_blobs.has(hash))
            ++m_report.missing;
    }
    if (m_report.failed > 0 || m_report.overQuota)
        qCWarning(lcSync).noquote() << m_report.logLine();
    else if (m_report.fetched > 0 || m_report.removed > 0)
        qCInfo(lcSync).noquote() << m_report.logLine();
    emit finished(m_report);
}
