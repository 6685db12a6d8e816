#pragma once

#include "apiclient.h"
#include "backoff.h"
#include "clock.h"
#include "collection.h"
#include "syncreport.h"

#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

class BlobFetcher;
class HeartbeatReporter;
class OutboxStore;
class OutboxUploader;
class BlobStore;
class ContentCache;
class QNetworkAccessManager;
class QTimer;
class SyncEngine;

// Lives on the sync thread and owns everything sync touches there: its own network access
// manager and its own database connection (Qt SQL connections belong to one thread).
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ApiClient::Options api;
        QString dataDir; // where the content cache's generations live
        QString blobDir;
        QString outboxPath;
        qint64 blobQuotaBytes = qint64(1024) * 1024 * 1024;
        std::chrono::milliseconds interval{std::chrono::seconds(60)};
        std::chrono::milliseconds minRetry{std::chrono::seconds(5)};
        // Long poll between passes; 0 polls every `interval` instead.
        std::chrono::seconds longPollWait{55};
        int pageLimit = 500;
        QString version; // reported in heartbeats; empty: the application's version
        // A heartbeat to the server this often (the first sooner); 0 sends none.
        std::chrono::milliseconds heartbeatInterval{std::chrono::minutes(5)};
    };

    explicit SyncWorker(Options options);
    ~SyncWorker() override;

    void initialise(); // on the sync thread
    void syncNow();
    void uploadNow();

signals:
    void contentChanged(const QList<Collection> &collections);
    void cacheReplaced();
    void blobArrived(const QString &sha256);
    void outboxChanged(); // an upload round sent or refused items: receipts may show a reference
    void syncFinished(const SyncReport &report);
    void failed(const QString &error);
    void heartbeatFinished(bool ok);

private:
    void onFinished(const SyncReport &report);
    void onReachabilityChanged();
    void startPass(std::chrono::seconds wait);

    Options m_options;
    SystemClock m_clock;
    Backoff m_backoff;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_api = nullptr;
    std::unique_ptr<ContentCache> m_cache;
    std::unique_ptr<BlobStore> m_blobs;
    BlobFetcher *m_blobFetcher = nullptr;
    std::unique_ptr<OutboxStore> m_outbox;
    OutboxUploader *m_uploader = nullptr;
    QTimer *m_outboxTimer = nullptr;
    SyncEngine *m_engine = nullptr;
    HeartbeatReporter *m_heartbeat = nullptr;
    QTimer *m_timer = nullptr;
    bool m_longPollWorks = true;
    int m_shortLongPolls = 0; // long polls answered at once with nothing: a server or proxy
                              // that ignores `wait`
};
