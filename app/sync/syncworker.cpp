#include "syncworker.h"

#include "blobfetcher.h"
#include "blobstore.h"
#include "contentcache.h"
#include "syncengine.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

SyncWorker::SyncWorker(Options options)
    : m_options(std::move(options))
    , m_backoff(m_options.minRetry, m_options.interval * 10)
{}

SyncWorker::~SyncWorker()
{
    // The engine and the fetcher (children) must let go of the cache before the cache goes.
    delete m_engine;
    delete m_blobFetcher;
}

void SyncWorker::initialise()
{
    m_cache = std::make_unique<ContentCache>(m_options.dataDir);
    QString error;
    if (!m_cache->open(&error)) {
        emit failed(error);
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_network, m_options.api, this);
    m_engine = new SyncEngine(*m_api, *m_cache, m_clock, m_options.pageLimit, this);
    connect(m_engine, &SyncEngine::pageApplied, this, &SyncWorker::contentChanged);
    connect(m_engine, &SyncEngine::cacheReplaced, this, &SyncWorker::cacheReplaced);
    m_blobs = std::make_unique<BlobStore>(m_options.blobDir);
    m_blobFetcher =
        new BlobFetcher(*m_api, m_cache->store(), *m_blobs, m_options.blobQuotaBytes, this);
    connect(m_blobFetcher, &BlobFetcher::blobArrived, this, &SyncWorker::blobArrived);
    connect(m_engine, &SyncEngine::finished, this, &SyncWorker::onFinished);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    m_longPollWorks = m_options.longPollWait.count() > 0;

    // When the operating system can tell us the network came back, do not wait out the
    // backoff. Where it cannot (no backend), the backoff alone brings sync back.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &SyncWorker::onReachabilityChanged);
    }
    syncNow();
}

void SyncWorker::syncNow()
{
    startPass(std::chrono::seconds(0));
}

void SyncWorker::startPass(std::chrono::seconds wait)
{
    if (m_engine && !m_engine->isRunning()) {
        m_timer->stop();
        m_engine->start(wait);
    }
}

void SyncWorker::onReachabilityChanged()
{
    const auto reachability = QNetworkInformation::instance()->reachability();
    if (reachability != QNetworkInformation::Reachability::Online || m_backoff.failures() == 0)
        return;
    qCInfo(lcSync) << "the network is back; syncing now";
    m_backoff.reset();
    syncNow();
}

void SyncWorker::onFinished(const SyncReport &report)
{
    emit syncFinished(report);
    if (!report.ok) {
        const auto retryAfter = std::chrono::duration_cast<std::chrono::milliseconds>(
            report.retryAfter.value_or(std::chrono::seconds(0)));
        m_timer->start(m_backoff.nextDelay(retryAfter));
        return;
    }
    m_backoff.reset();
    // New items may show new images; and failed downloads get another try after each pass.
    if (!report.notModified || report.changes > 0)
        m_blobFetcher->start();
    if (report.longPoll && m_longPollWorks) {
        const bool answeredAtOnce =
            report.changes == 0 &&
            report.milliseconds < qint64(m_options.longPollWait.count()) * 1000 / 2;
        m_shortLongPolls = answeredAtOnce ? m_shortLongPolls + 1 : 0;
        if (m_shortLongPolls >= 3) {
            m_longPollWorks = false;
            qCWarning(lcSync) << "the server answers long polls at once; polling every"
                              << m_options.interval.count() / 1000 << "s instead";
        }
    }
    if (m_longPollWorks) {
        // Straight into the next long poll: the server holds it until something changes.
        QTimer::singleShot(0, this, [this] { startPass(m_options.longPollWait); });
        return;
    }
    m_timer->start(m_options.interval);
}
