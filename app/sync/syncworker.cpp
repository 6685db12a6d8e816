#include "syncworker.h"

#include "blobfetcher.h"
#include "blobstore.h"
#include "contentcache.h"
#include "heartbeatreporter.h"
#include "outboxstore.h"
#include "outboxuploader.h"
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
    // The engine, fetcher and uploader (children) must let go of their stores first.
    delete m_engine;
    delete m_blobFetcher;
    delete m_uploader;
    delete m_heartbeat;
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
    connect(
        m_engine, &SyncEngine::pageApplied, this,
        [this](qint64, const QList<Collection> &collections) { emit contentChanged(collections); });
    connect(m_engine, &SyncEngine::cacheReplaced, this, &SyncWorker::cacheReplaced);
    m_blobs = std::make_unique<BlobStore>(m_options.blobDir);
    m_blobFetcher =
        new BlobFetcher(*m_api, m_cache->store(), *m_blobs, m_options.blobQuotaBytes, this);
    connect(m_blobFetcher, &BlobFetcher::blobArrived, this, &SyncWorker::blobArrived);

    // The outbox has its own connection here; the UI writes through its own.
    if (!m_options.outboxPath.isEmpty()) {
        m_outbox = std::make_unique<OutboxStore>();
        if (!m_outbox->open(m_options.outboxPath, &error)) {
            emit failed(error);
            m_outbox.reset();
        } else {
            m_uploader = new OutboxUploader(*m_api, *m_outbox, m_clock, this);
            connect(m_uploader, &OutboxUploader::itemSent, this, &SyncWorker::outboxChanged);
            connect(m_uploader, &OutboxUploader::itemRejected, this, &SyncWorker::outboxChanged);
            m_outboxTimer = new QTimer(this);
            m_outboxTimer->setInterval(std::chrono::seconds(30));
            connect(m_outboxTimer, &QTimer::timeout, this, &SyncWorker::uploadNow);
            m_outboxTimer->start();
        }
    }
    if (m_options.heartbeatInterval.count() > 0) {
        m_heartbeat = new HeartbeatReporter(*m_api, m_cache->store(), m_outbox.get(),
                                            m_options.dataDir, m_options.version, m_clock, this);
        connect(m_heartbeat, &HeartbeatReporter::finished, this, &SyncWorker::heartbeatFinished);
        // Soon after start, so a kiosk that was just switched on shows up without waiting a
        // whole interval.
        m_heartbeat->start(m_options.heartbeatInterval,
                           std::min<std::chrono::milliseconds>(m_options.heartbeatInterval,
                                                               std::chrono::seconds(30)));
    }
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

void SyncWorker::uploadNow()
{
    if (m_uploader)
        m_uploader->drain();
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
    if (m_heartbeat)
        m_heartbeat->setLastError(report.ok ? QString() : report.error);
    uploadNow(); // whatever brought the network back brings the outbox with it
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
