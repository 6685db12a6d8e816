#include "syncworker.h"

#include "contentstore.h"
#include "sqldatabase.h"
#include "syncengine.h"

#include <QNetworkAccessManager>
#include <QTimer>

SyncWorker::SyncWorker(Options options)
    : m_options(std::move(options))
    , m_backoff(m_options.minRetry, m_options.interval * 10)
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::initialise()
{
    m_db = std::make_unique<SqlDatabase>();
    QString error;
    if (!m_db->open(m_options.cachePath, ContentStore::schemaDir(), SqlDatabase::Durability::Cache,
                    &error)) {
        emit failed(error);
        return;
    }
    m_store = std::make_unique<ContentStore>(*m_db);
    m_network = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_network, m_options.api, this);
    m_engine = new SyncEngine(*m_api, *m_store, m_clock, 500, this);
    connect(m_engine, &SyncEngine::pageApplied, this, &SyncWorker::contentChanged);
    connect(m_engine, &SyncEngine::finished, this, &SyncWorker::onFinished);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
    syncNow();
}

void SyncWorker::syncNow()
{
    if (m_engine)
        m_engine->start();
}

void SyncWorker::onFinished(const SyncReport &report)
{
    std::chrono::milliseconds next = m_options.interval;
    if (report.ok)
        m_backoff.reset();
    else
        next = m_backoff.nextDelay();
    m_timer->start(next);
    emit syncFinished(report);
}
