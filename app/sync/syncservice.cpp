#include "syncservice.h"

SyncService::SyncService(SyncWorker::Options options, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::initialise);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::contentChanged, this, &SyncService::contentChanged);
    connect(m_worker, &SyncWorker::cacheReplaced, this, &SyncService::cacheReplaced);
    connect(m_worker, &SyncWorker::blobArrived, this, &SyncService::blobArrived);
    connect(m_worker, &SyncWorker::outboxChanged, this, &SyncService::outboxChanged);
    connect(m_worker, &SyncWorker::syncFinished, this, &SyncService::syncFinished);
    connect(m_worker, &SyncWorker::failed, this, &SyncService::failed);
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::start()
{
    m_thread.start();
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncService::uploadNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::uploadNow, Qt::QueuedConnection);
}
