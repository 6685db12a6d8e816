#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class ApiClient;
class BlobStore;
class ContentStore;
class FetchBlobJob;

// Brings the blob directory in line with what the cache's items show: deletes blobs nothing
// refers to any more, then fetches the missing ones one at a time (resuming partial
// downloads), each verified against its hash, within a disk quota.
class BlobFetcher final : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int fetched = 0;
        int resumed = 0; // of those, how many continued an earlier partial download
        int failed = 0;
        int removed = 0;
        int missing = 0; // still missing when the run ended
        qint64 bytes = 0;
        bool overQuota = false;
        bool unauthorized = false;
        QString error; // the last problem, for the log

        QString logLine() const;
    };

    BlobFetcher(ApiClient &api, const ContentStore &store, const BlobStore &blobs,
                qint64 quotaBytes, QObject *parent = nullptr);

    void start(); // ignored while running
    bool isRunning() const { return m_running; }

signals:
    void blobArrived(const QString &sha256);
    void finished(const BlobFetcher::Report &report);

private:
    void fetchNext();
    void onJobFinished();
    void finish();

    ApiClient &m_api;
    const ContentStore &m_store;
    const BlobStore &m_blobs;
    qint64 m_quota;
    bool m_running = false;
    QStringList m_queue;
    QString m_current;
    FetchBlobJob *m_job = nullptr;
    Report m_report;
    QHash<QString, int> m_badHashes; // blobs that failed verification, and how often
};
