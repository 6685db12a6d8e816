#pragma once

#include "syncreport.h"
#include "syncworker.h"

#include <QObject>
#include <QThread>

// The UI's handle on sync: runs a SyncWorker on a thread of its own, so that neither the
// network nor writing large pages ever holds up a touch on the screen.
class SyncService final : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(SyncWorker::Options options, QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    void syncNow();
    void uploadNow(); // after a submission was queued

signals:
    void contentChanged(const QList<Collection> &collections); // a page changed these
    void cacheReplaced();                    // a resync built a new cache: reopen it
    void blobArrived(const QString &sha256); // a picture or PDF is now on disk
    void outboxChanged();                    // items were sent or refused
    void syncFinished(const SyncReport &report);
    void failed(const QString &error);

private:
    QThread m_thread;
    SyncWorker *m_worker;
};
